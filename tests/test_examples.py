"""The example strategies: valid, labelled, with answer keys, and reproduced byte for byte
from their sources by examples/build.py (render the PDF, then `s4s ingest`)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from generator.load import load_strategy

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOURCES = sorted((EXAMPLES / "sources").glob("*.txt"))


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*/*.md"))


def test_every_source_has_its_pdf_strategy_file_and_key():
    for source in SOURCES:
        cc, slug = source.stem.split("-", 1)
        assert (EXAMPLES / "pdfs" / f"{source.stem}.pdf").exists(), source.stem
        assert (EXAMPLES / cc / f"{slug}.md").exists(), source.stem
        assert (EXAMPLES / "keys" / f"{source.stem}.yaml").exists(), source.stem
    assert len(example_files()) == len(SOURCES)


def test_at_least_ten_examples_in_five_languages_with_ocr_and_10_to_25_pages():
    strategies = [load_strategy(p) for p in example_files()]
    assert len(strategies) >= 10
    languages = Counter(s.language for s in strategies)
    assert all(languages[lang] >= 2 for lang in ("cs", "sk", "hu", "pl")), languages
    assert languages["en"] >= 1
    for s in strategies:
        assert s.is_example
        assert 10 <= s.meta["source_pages"] <= 25, s.id
        assert s.meta.get("ocr_pages"), f"{s.id}: no page went through OCR"


def test_answer_keys_cover_every_concept_criterion():
    from generator.concept import load_concept

    concept_ids = {c.id for c in load_concept(ROOT / "concept").framework("concept")}
    for key_path in sorted((EXAMPLES / "keys").glob("*.yaml")):
        key = yaml.safe_load(key_path.read_text(encoding="utf-8"))
        assert set(key["concept"]) == concept_ids, key_path.name
        assert set(key["concept"].values()) <= {"met", "partial", "missing"}, key_path.name


@pytest.mark.slow
def test_examples_are_reproduced_byte_for_byte():
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "build.py"), "--check"],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert result.returncode == 0, result.stderr
