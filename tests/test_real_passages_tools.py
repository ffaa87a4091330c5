"""The real-passage tools (eval/): texts rebuilt by hash, and a set scored with some texts missing."""
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


rebuild = _module("rebuild", ROOT / "eval" / "real_passages" / "rebuild.py")
real_passages = _module("real_passages", ROOT / "eval" / "real_passages.py")


def _label(pid: str, text: str, **extra) -> dict:
    return {"id": pid, "lang": "en", "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "length": len(text), **extra}


def test_rebuild_finds_the_labelled_window_and_nothing_near_it(tmp_path):
    page = "Town news\n\n  The council adopted the strategy.   Its action plan\nnames indicators.\nContact us"
    passage = "The council adopted the strategy. Its action plan names indicators."
    (tmp_path / "en-01.txt").write_text(page, encoding="utf-8")
    near = passage.replace("names", "lists")
    found = rebuild.rebuild([_label("en-01", passage), _label("en-02", near)], tmp_path)
    assert found == {"en-01": passage}  # a window differing in one word is not the labelled text


def test_rebuild_writes_nothing_unless_every_id_is_found(tmp_path):
    (tmp_path / "ex").mkdir()
    (tmp_path / "ex" / "a.txt").write_text("alpha beta gamma", encoding="utf-8")
    labels = tmp_path / "labels.yaml"
    labels.write_text(yaml.safe_dump({"passages": [_label("a", "beta"), _label("b", "delta")]}), encoding="utf-8")
    out = tmp_path / "p.jsonl"
    args = ["--labels", str(labels), "--excerpts", str(tmp_path / "ex"), "--out", str(out)]
    assert rebuild.main(args) == 1 and not out.exists()
    assert rebuild.main(args + ["--partial"]) == 0
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a"]


def _set(tmp_path: Path, texts: dict[str, str], labelled: dict[str, str]) -> tuple[Path, Path]:
    t = tmp_path / "texts.jsonl"
    t.write_text("".join(json.dumps({"id": i, "lang": "en", "text": x}) + "\n" for i, x in texts.items()),
                 encoding="utf-8")
    lab = tmp_path / "labels.yaml"
    lab.write_text(yaml.safe_dump({"passages": [_label(i, x, criteria=[]) for i, x in labelled.items()]}),
                   encoding="utf-8")
    return t, lab


def test_missing_text_stops_the_run_unless_missing_ok_and_is_then_named(tmp_path):
    t, lab = _set(tmp_path, {"a": "one"}, {"a": "one", "b": "two"})
    with pytest.raises(real_passages.EvalError, match="no text for b"):
        real_passages.load_sets([t], [lab])
    labels, texts, left_out = real_passages.load_sets([t], [lab], missing_ok=True)
    assert [e["id"] for e in labels] == ["a"] and left_out == ["b"]
    # pooled sets name a missing passage with its set's number
    labels, _texts, left_out = real_passages.load_sets([t, t], [lab, lab], missing_ok=True)
    assert [e["id"] for e in labels] == ["1:a", "2:a"] and left_out == ["1:b", "2:b"]


def test_changed_text_stops_the_run_even_with_missing_ok(tmp_path):
    t, lab = _set(tmp_path, {"a": "one, changed"}, {"a": "one"})
    with pytest.raises(real_passages.EvalError, match="differs"):
        real_passages.load_sets([t], [lab], missing_ok=True)


def test_rebuild_applies_a_passages_noted_edits_only_to_find_it(tmp_path):
    (tmp_path / "a.txt").write_text("The plan (download .pdf) names its goals.", encoding="utf-8")
    passage = "The plan names its goals."
    labels = [_label("a", passage)]
    assert rebuild.rebuild(labels, tmp_path) == {}
    assert rebuild.rebuild(labels, tmp_path, {"a": [[" (download .pdf)", ""]]}) == {"a": passage}
    assert rebuild.rebuild(labels, tmp_path, {"a": ["(download .pdf)"]}) == {"a": passage}  # removed, spaces collapsed
