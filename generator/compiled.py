"""Which scorer is imported: the mypyc-compiled one (generator/native.py builds it) or the pure Python.

Kept apart from generator/native.py so that the package's import (generator/__init__.py) does not
import the module `python -m generator.native` runs."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import sysconfig
from importlib.machinery import ModuleSpec
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("match", "score")
# Each module is its own extension with its own runtime part ("<name>__mypyc"): compiled as one
# group, mypyc puts the shared part at the top of the import path and gives the modules a wrong
# __file__ (score.py finds the SDG lexicon by it).
STAMP = HERE / "native.json"  # the digest of the sources the compiled modules were made from
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
FILES = (*MODULES, *(f"{name}__mypyc" for name in MODULES))


def sources_digest() -> str:
    """SHA-256 over the compiled modules' sources and this Python's version."""
    h = hashlib.sha256(sys.version.encode())
    for name in MODULES:
        h.update(b"\0" + name.encode() + b"\0" + (HERE / f"{name}.py").read_bytes())
    return h.hexdigest()


def compiled_files() -> list[Path]:
    return [p for p in (HERE / f"{name}{SUFFIX}" for name in FILES) if p.exists()]


def fresh() -> bool:
    """Are the compiled modules there and made from the present sources?"""
    if len(compiled_files()) != len(FILES):
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
