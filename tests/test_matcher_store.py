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


def test_matchers_built_by_forked_processes_are_those_built_here_and_are_kept(concept, tmp_path, monkeypatch):
    from generator import cache as caching

    langs = ["cs", "hu", "sk"]
    expected = {}
    for lang in langs:
        _fresh(concept, lang)
        expected[lang] = scoring.combined_state(concept, lang)
        _fresh(concept, lang)
    store = AssessmentCache(concept, tmp_path)
    caching.prepare_matchers(concept, langs, store, jobs=2)
    assert {lang: scoring.combined_state(concept, lang) for lang in langs} == expected
    kept = sorted(p.name.rsplit("-", 1)[1] for p in (tmp_path / "matchers").glob("*.marshal"))
    assert kept == ["cs.marshal", "hu.marshal", "sk.marshal"]

    # the next build reads them: no process started, nothing lemmatised
    for lang in langs:
        _fresh(concept, lang)

    def no_pool(*args, **kwargs):
        raise AssertionError("a kept matcher was built again")

    monkeypatch.setattr(caching, "ProcessPoolExecutor", no_pool)
    monkeypatch.setattr(scoring, "Matcher", no_pool)
    caching.prepare_matchers(concept, langs, store, jobs=2)
    assert {lang: scoring.combined_state(concept, lang) for lang in langs} == expected
    assert gc_enabled()


def test_one_job_builds_the_matchers_here_without_a_pool(concept, monkeypatch):
    from generator import cache as caching

    _fresh(concept, "pl")
    expected = scoring.combined_state(concept, "pl")
    _fresh(concept, "pl")

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool for one job")

    monkeypatch.setattr(caching, "ProcessPoolExecutor", no_pool)
    caching.prepare_matchers(concept, ["pl"], None, jobs=2)  # one language: one job
    assert scoring.combined_state(concept, "pl") == expected
    _fresh(concept, "pl")
    caching.prepare_matchers(concept, ["pl", "pl"], None, jobs=1)
    assert scoring.combined_state(concept, "pl") == expected


def test_reading_a_kept_matcher_leaves_the_collector_as_it_was(concept):
    import gc

    from generator.cache import adopt_matcher_bytes

    data = marshal.dumps(scoring.combined_state(concept, "en"))
    gc.disable()
    try:
        adopt_matcher_bytes(concept, "en", data)
        assert not gc.isenabled()
    finally:
        gc.enable()
    adopt_matcher_bytes(concept, "en", data)
    assert gc.isenabled()


def gc_enabled() -> bool:
    import gc

    return gc.isenabled()


def test_the_block_runs_while_the_matchers_are_built_and_an_error_in_it_stops_the_builders(concept):
    import multiprocessing

    from generator import cache as caching

    for lang in ("cs", "sk"):
        _fresh(concept, lang)
    ran = []
    with caching.building_matchers(concept, ["cs", "sk"], None, jobs=2):
        ran.append(scoring.has_combined(concept, "cs"))
    assert ran == [False] and scoring.has_combined(concept, "cs") and scoring.has_combined(concept, "sk")

    for lang in ("cs", "sk"):
        _fresh(concept, lang)
    with pytest.raises(RuntimeError, match="a problem meanwhile"):
        with caching.building_matchers(concept, ["cs", "sk"], None, jobs=2):
            raise RuntimeError("a problem meanwhile")
    assert not scoring.has_combined(concept, "cs") and not scoring.has_combined(concept, "sk")
    assert multiprocessing.active_children() == []
