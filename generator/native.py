"""The scorer compiled (optional): generator/match.py and generator/score.py built with mypyc.

    python -m generator.native            compile them (make setup does, where mypy is installed)
    python -m generator.native --if-stale compile only when the compiled ones are missing or stale
    python -m generator.native --clean    remove them

The same source compiled to C: same hits, same assessments (tests/test_match_native.py), about a
sixth fewer instructions per strategy a scoring worker does (benchmarks/worker.py). The
pure-Python modules stay the reference, and are what is imported where there are no compiled
ones, where they are stale (compiled from other sources than the present ones: a scorer edited
since) and with S4S_PURE=1 (generator/__init__.py, generator/compiled.py). The compiled files (generator/*.so and
STAMP) are never committed.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.compiled import (
    FILES,
    HERE,
    MODULES,
    STAMP,
    SUFFIX,
    compiled_files,
    fresh,
    sources_digest,
)


def clean() -> None:
    for p in compiled_files():
        p.unlink()
    STAMP.unlink(missing_ok=True)


def build() -> None:
    """Compile the modules in a scratch folder (a copy of generator/) and copy them in."""
    clean()
    digest = sources_digest()
    with tempfile.TemporaryDirectory(prefix="s4s-native-") as tmp:
        work = Path(tmp)
        shutil.copytree(HERE, work / "generator", ignore=shutil.ignore_patterns("__pycache__", "*.so", "native.json"))
        setup = work / "setup_native.py"
        setup.write_text(
            "from setuptools import setup\n"
            "from mypyc.build import mypycify\n"
            f"setup(name='s4s-native', ext_modules=mypycify(['--follow-imports=silent', '--ignore-missing-imports', "
            f"{', '.join(repr(f'generator/{m}.py') for m in MODULES)}], opt_level='3', separate=True))\n",
            encoding="utf-8")
        subprocess.run([sys.executable, str(setup), "build_ext", "--inplace"], cwd=work, check=True,
                       stdout=subprocess.DEVNULL)
        for name in FILES:
            shutil.copy2(work / "generator" / f"{name}{SUFFIX}", HERE / f"{name}{SUFFIX}")
    STAMP.write_text(json.dumps({"sources": digest}) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--clean" in args:
        clean()
        return 0
    if "--if-stale" in args and fresh():
        return 0
    if importlib.util.find_spec("mypyc") is None:
        print("generator.native: mypyc (the mypy package) is not installed; the pure-Python scorer is used")
        return 0
    try:
        build()
    except (OSError, subprocess.CalledProcessError) as exc:  # no compiler, no headers, a mypyc error
        clean()  # nothing half-made: the pure-Python scorer runs
        print(f"generator.native: could not compile the scorer ({exc}); the pure-Python scorer is used", file=sys.stderr)
        return 1
    print(f"generator.native: compiled {', '.join(MODULES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
