"""Lexicon matchers kept on disk (cache.AssessmentCache.prepare_matcher): a rebuild after one
strategy changed reads the matcher instead of lemmatising the lexicons again, and scores the same."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from generator import score as scoring
from generator.cache import AssessmentCache
from generator.concept import load_concept
from generator.load import load_strategy
from generator.match import Matcher

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def concept():
    return load_concept(ROOT / "concept")


def example(country: str):
    return load_strategy(sorted((ROOT / "examples" / country).glob("*.md"))[0])


def _fresh(concept, lang: str) -> None:
    scoring._COMBINED.pop((concept.digest, lang), None)


@pytest.mark.parametrize("lang", ["cs", "hu", "pl"])
def test_a_matcher_from_its_state_finds_what_the_built_one_finds(concept, lang):
    built, _ = scoring.combined_matcher(concept, lang)
    again = Matcher(state=marshal.loads(marshal.dumps(built.state())))
    strategy = example({"cs": "cz", "hu": "hu", "pl": "pl"}[lang])
    texts = [page.text for page in strategy.pages]
    assert texts
    found = [built.match(t) for t in texts]
    assert sum(map(len, found)) > 50  # the example's text has many hits to compare
    assert [again.match(t) for t in texts] == found


def test_the_kept_matcher_scores_the_same_and_a_damaged_one_is_built_again(concept, tmp_path):
    strategy = example("cz")
    _fresh(concept, strategy.language)
    expected = scoring.score(strategy, concept)
    cache = AssessmentCache(concept, tmp_path)
    _fresh(concept, strategy.language)
    cache.prepare_matcher(concept, strategy.language)  # built and kept
    kept = list((tmp_path / "matchers").glob("*.marshal"))
    assert len(kept) == 1 and kept[0].name.endswith("-cs.marshal")

    _fresh(concept, strategy.language)
    cache.prepare_matcher(concept, strategy.language)  # read from the file
    assert scoring.score(strategy, concept) == expected

    kept[0].write_bytes(b"not a matcher")
    _fresh(concept, strategy.language)
    cache.prepare_matcher(concept, strategy.language)  # unreadable: built and kept again
    assert scoring.score(strategy, concept) == expected
    assert marshal.loads(kept[0].read_bytes())[1] == scoring.combined_matcher(concept, "cs")[1]


def test_a_matcher_of_another_concept_is_another_file_and_the_old_one_goes(concept, tmp_path):
    from dataclasses import replace

    cache = AssessmentCache(concept, tmp_path)
    _fresh(concept, "cs")
    cache.prepare_matcher(concept, "cs")
    first = {p.name for p in (tmp_path / "matchers").glob("*.marshal")}
    other = replace(concept, digest="another")
    cache.prepare_matcher(other, "cs")
    second = {p.name for p in (tmp_path / "matchers").glob("*.marshal")}
    assert len(first) == len(second) == 1 and first != second
    scoring._COMBINED.pop(("another", "cs"), None)


def test_another_simplemma_version_is_another_scorer_digest(monkeypatch):
    from generator import cache

    now = cache.scorer_digest()
    monkeypatch.setattr(cache, "_lemmatiser_version", lambda: "99.0.0")
    assert cache.scorer_digest() != now
