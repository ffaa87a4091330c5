"""One build of a project at a time: a second waits for the first instead of failing mid-way."""

from __future__ import annotations

import fcntl
import threading
import time
from pathlib import Path

import pytest

from generator.build import build_lock


def test_second_build_waits_for_the_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_root = tmp_path / "build"
    order: list[str] = []
    with build_lock(build_root):
        assert (build_root / ".lock").read_text(encoding="utf-8").isdigit()

        def second() -> None:
            with build_lock(build_root):
                order.append("second")

        thread = threading.Thread(target=second)
        thread.start()
        deadline = time.monotonic() + 10
        while "another build of this project is running" not in capsys.readouterr().err:
            assert time.monotonic() < deadline, "the second build neither waited nor said so"
            time.sleep(0.02)
        assert thread.is_alive() and order == []
        order.append("first")
    thread.join(10)
    assert order == ["first", "second"]


def test_lock_is_free_after_a_build_fails(tmp_path: Path) -> None:
    build_root = tmp_path / "build"
    with pytest.raises(RuntimeError), build_lock(build_root):
        raise RuntimeError("a failed build")
    with open(build_root / ".lock", "a", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises BlockingIOError if still held
