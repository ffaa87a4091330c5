"""The build's concept cache: the same concept files give the same Concept without loading
them again; any change to a concept file loads (and validates) them again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import build
from generator.errors import ValidationError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def project(tmp_path):
    shutil.copytree(ROOT / "concept", tmp_path / "concept")
    return tmp_path


def test_cached_concept_equals_loaded_and_is_not_reloaded(project, monkeypatch):
    first = build.load_concept(project)
    assert list((project / ".cache" / "concept").glob("*.pickle"))
    import generator.concept

    def refuse(root):
        raise AssertionError("concept loaded again although no file changed")

    monkeypatch.setattr(generator.concept, "load_concept", refuse)
    assert build.load_concept(project) == first


def test_changed_concept_file_is_loaded_and_validated_again(project):
    build.load_concept(project)
    path = next(p for p in sorted((project / "concept").glob("*.yaml")) if "criteria" in p.read_text(encoding="utf-8"))
    path.write_text(path.read_text(encoding="utf-8") + "\nnot: [valid\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        build.load_concept(project)
    assert len(list((project / ".cache" / "concept").glob("*.pickle"))) == 1
