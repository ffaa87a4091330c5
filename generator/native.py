"""The scorer compiled (optional): generator/match.py and generator/score.py built with mypyc.

    python -m generator.native            compile them (make setup does, where mypy is installed)
    python -m generator.native --if-stale compile only when the compiled ones are missing or stale
    python -m generator.native --clean    remove them

The same source compiled to C: same hits, same assessments (tests/test_match_native.py), about a
sixth fewer instructions per strategy a scoring worker does (benchmarks/worker.py). The
pure-Python modules stay the reference, and are what is imported where there are no compiled
ones, where they are stale (compiled from other sources than the present ones: a scorer edited
since) and with S4S_PURE=1 (generator/__init__.py). The compiled files (generator/*.so and
STAMP) are never committed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from importlib.machinery import ModuleSpec
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("match", "score")
# Each module is its own extension with its own runtime part ("<name>__mypyc"): compiled as one
# group, mypyc puts the shared part at the top of the import path and gives the modules a wrong
# __file__ (score.py finds the SDG lexicon by it).
STAMP = HERE / "native.json"  # the digest of the sources the compiled modules were made from
_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
_FILES = (*MODULES, *(f"{name}__mypyc" for name in MODULES))


def sources_digest() -> str:
    """SHA-256 over the compiled modules' sources and this Python's version."""
    h = hashlib.sha256(sys.version.encode())
    for name in MODULES:
        h.update(b"\0" + name.encode() + b"\0" + (HERE / f"{name}.py").read_bytes())
    return h.hexdigest()


def compiled_files() -> list[Path]:
    return [p for p in (HERE / f"{name}{_SUFFIX}" for name in _FILES) if p.exists()]


def fresh() -> bool:
    """Are the compiled modules there and made from the present sources?"""
    if len(compiled_files()) != len(_FILES):
        return False
    try:
        return json.loads(STAMP.read_text(encoding="utf-8")).get("sources") == sources_digest()
    except (OSError, ValueError, AttributeError):
        return False


class PureFinder:
    """Imports generator.match and generator.score from their .py files, whatever else is there."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> ModuleSpec | None:
        prefix, _, name = fullname.rpartition(".")
        if prefix != "generator" or name not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


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
        for name in _FILES:
            shutil.copy2(work / "generator" / f"{name}{_SUFFIX}", HERE / f"{name}{_SUFFIX}")
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
    build()
    print(f"generator.native: compiled {', '.join(MODULES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
