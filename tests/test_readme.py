"""Meta-tests that keep the README honest (sqlite-utils' test_docs.py habit)."""

from __future__ import annotations

import re
from pathlib import Path

from generator.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def first_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block, "the README must start with a sh block of commands"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_starts_with_two_commands_of_the_task_runner():
    commands = first_commands()
    assert commands == ["make site", "make test"]
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(), re.M))
    for command in commands:
        assert command.split()[1] in targets


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci/run").read_text()


def test_every_cli_command_is_documented():
    for name in COMMANDS:
        assert f"`s4s {name}" in README, f"s4s {name} is not in the README's command table"
