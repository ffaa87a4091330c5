"""generator/ type-checks: mypy, with the settings in pyproject.toml ([tool.mypy]), finds no error.

mypy is a dev dependency (`make setup` installs it; it also compiles the scorer). Where it is
not installed the test is skipped, with the reason. Its cache (.mypy_cache, not committed)
makes a run after a small change take about a second; a first run takes ten or so.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed (it is a dev dependency: make setup, or pip install --group dev)")
def test_generator_type_checks_with_the_project_settings():
    # In a child process: mypy's own state stays out of the test process, and it is run as
    # `make lint` and a contributor run it, from the project folder with its pyproject.toml.
    run = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"mypy found errors in generator/:\n{run.stdout}{run.stderr}"
