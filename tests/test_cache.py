"""The assessment cache: keyed by content, rescoring only what changed."""

from __future__ import annotations

import sys
import types
from dataclasses import replace
from pathlib import Path

import pytest

from generator.cache import AssessmentCache, score_all
from generator.models import Assessment, Concept, Evidence, Finding, Page, Strategy

CONCEPT = Concept(criteria=(), areas=(), meta={}, digest="c0ffee")
CALLS: list[str] = []


def fake_score(strategy: Strategy, concept: Concept) -> Assessment:
    CALLS.append(strategy.id)
    finding = Finding("S-VISION", "met", (Evidence(1, "quote", ("vize",), ((0, 4),)),), {})
    return Assessment(strategy.id, strategy.language, 50.0, {"structure": 50.0}, (finding,), (), ())


def strategy(sid: str, text: str = "Vize města.", extraction: str = "text-layer") -> Strategy:
    meta = {"id": sid, "language": "cs", "extraction": extraction}
    return Strategy(Path(f"strategies/cz/{sid}.md"), meta, (Page(1, text, 5),))


def test_second_build_hits_cache_and_a_change_rescores_only_that_one(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "generator.score", types.SimpleNamespace(score=fake_score, recommendation=lambda c, lang, status: {}, has_combined=lambda concept, lang: True))
    CALLS.clear()
    corpus = [strategy(f"cz-s{i}") for i in range(3)] + [strategy("cz-awaited", "", "awaited")]

    cache = AssessmentCache(CONCEPT, tmp_path)
    first = score_all(corpus, CONCEPT, cache, jobs=1)
    assert sorted(CALLS) == ["cz-s0", "cz-s1", "cz-s2"]
    assert list(first) == ["cz-s0", "cz-s1", "cz-s2"]  # awaited ones are never scored

    CALLS.clear()
    changed = corpus[:1] + [replace(corpus[1], pages=(Page(1, "Nová vize.", 5),))] + corpus[2:]
    cache = AssessmentCache(CONCEPT, tmp_path)
    second = score_all(changed, CONCEPT, cache, jobs=1)
    assert CALLS == ["cz-s1"]
    assert (cache.hits, cache.misses) == (2, 1)
    assert second["cz-s0"] == first["cz-s0"]  # a cached assessment round-trips exactly


def test_another_concept_is_another_key(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "generator.score", types.SimpleNamespace(score=fake_score, recommendation=lambda c, lang, status: {}, has_combined=lambda concept, lang: True))
    CALLS.clear()
    score_all([strategy("cz-a")], CONCEPT, AssessmentCache(CONCEPT, tmp_path), jobs=1)
    other = replace(CONCEPT, digest="beef")
    score_all([strategy("cz-a")], other, AssessmentCache(other, tmp_path), jobs=1)
    assert CALLS == ["cz-a", "cz-a"]


def test_cache_entry_round_trips_exactly(tmp_path):
    """A real assessment (evidence shared by several criteria, recommendations in two
    languages) comes back equal, recommendations rebuilt from the concept; its summary too."""
    import marshal

    from generator.cache import _assessment, _entry_bytes, _summary
    from generator.concept import load_concept
    from generator.load import load_strategy
    from generator.models import summarise
    from generator.score import score

    root = Path(__file__).resolve().parent.parent
    concept = load_concept(root / "concept")
    a = score(load_strategy(sorted((root / "examples" / "cz").glob("*.md"))[0]), concept)
    assert any(f.recommendation for f in a.concept) and any(f.evidence for f in a.concept)
    entry = marshal.loads(_entry_bytes(a))
    back = _assessment(entry, {c.id: c for c in concept.criteria})
    assert back == a and list(back.areas) == list(a.areas)
    assert _summary(entry[1]) == summarise(a)
    with pytest.raises(ValueError):
        _assessment(("something else",), {})


def test_assessments_read_lazily_in_order_and_rescore_a_lost_entry(tmp_path):
    from generator.cache import assess_all
    from generator.concept import load_concept
    from generator.load import load_strategy
    from generator.models import summarise

    root = Path(__file__).resolve().parent.parent
    concept = load_concept(root / "concept")
    corpus = [load_strategy(p) for p in sorted((root / "examples").glob("*/*.md"))[:3]]
    fresh = assess_all(corpus, concept, AssessmentCache(concept, tmp_path), jobs=1)
    full = {sid: fresh[sid] for sid in fresh}
    cache = AssessmentCache(concept, tmp_path)
    again = assess_all(list(reversed(corpus)), concept, cache, jobs=1)
    assert cache.hits == 3 and list(again) == [s.id for s in reversed(corpus)]
    assert again.summaries == {sid: summarise(a) for sid, a in full.items()}
    assert not again._full and not again._recent  # nothing read in full until asked
    again.RECENT = 2
    assert {sid: again[sid] for sid in again} == full
    assert len(again._recent) == 2  # read from the cache, not all kept: memory stays flat
    import marshal

    from generator.cache import _FORMAT

    for path in tmp_path.rglob("*.marshal"):  # evidence damaged meanwhile: scored again
        summary = marshal.loads(path.read_bytes())[1]
        path.write_bytes(marshal.dumps((_FORMAT, summary, b"not marshal")))
    again._recent.clear()
    assert {sid: again[sid] for sid in again} == full
    for path in tmp_path.rglob("*.marshal"):
        path.unlink()  # entries lost meanwhile: scored again on demand, same result
    again._recent.clear()
    assert {sid: again[sid] for sid in again} == full
    assert again.get("cz-not-there") is None


def test_strategy_digest_is_remembered_per_object_and_forgotten_with_it():
    import gc

    from generator.cache import _DIGESTS, strategy_digest

    a, b = strategy("cz-a"), strategy("cz-a", "Vize města 2030.")
    first = strategy_digest(a)
    assert strategy_digest(a) == first and id(a) in _DIGESTS
    assert strategy_digest(b) != first  # another object: worked out for itself
    assert strategy_digest(strategy("cz-a")) == first  # same content, same digest
    key = id(a)
    del a
    gc.collect()
    assert key not in _DIGESTS


def test_summaries_come_from_one_index_and_a_damaged_index_is_ignored(tmp_path, monkeypatch):
    from generator.cache import assess_all
    from generator.concept import load_concept
    from generator.load import load_strategy

    root = Path(__file__).resolve().parent.parent
    concept = load_concept(root / "concept")
    corpus = [load_strategy(p) for p in sorted((root / "examples").glob("*/*.md"))[:3]]
    first = assess_all(corpus, concept, AssessmentCache(concept, tmp_path), jobs=1)
    cache = AssessmentCache(concept, tmp_path)
    assert (cache.folder / cache.INDEX).is_file()
    monkeypatch.setattr(AssessmentCache, "read", lambda self, s: pytest.fail("entry read for a summary"))
    assert assess_all(corpus, concept, cache, jobs=1).summaries == first.summaries
    monkeypatch.undo()
    (cache.folder / cache.INDEX).write_bytes(b"\x00 not marshal")
    cache = AssessmentCache(concept, tmp_path)
    assert assess_all(corpus, concept, cache, jobs=1).summaries == first.summaries
    assert (cache.hits, cache.misses) == (3, 0)  # read from the entries, index written again
    again = AssessmentCache(concept, tmp_path)
    again.summary(corpus[0])
    assert again._index  # the rewritten index is read next time


def test_pages_written_by_scoring_workers_equal_pages_written_afterwards(tmp_path):
    """Workers that score many strategies write their pages; the bytes are those the main
    process writes for an assessment read back from the cache."""
    from generator import build as site_build
    from generator.cache import PARALLEL_FROM, assess_all
    from generator.concept import load_concept
    from generator.load import load_strategy

    root = Path(__file__).resolve().parent.parent
    concept = load_concept(root / "concept")
    corpus = [load_strategy(p) for p in sorted((root / "examples").glob("*/*.md"))]
    assert len(corpus) >= PARALLEL_FROM
    maker = site_build.PageMaker(tmp_path / "workers", tmp_path / "parts", None, concept)
    found = assess_all(corpus, concept, AssessmentCache(concept, tmp_path / "cache"), jobs=2, after=maker)
    assert found.made == {s.id for s in corpus} and not found._full
    later = site_build.Writer(tmp_path / "main")
    for s in corpus:
        site_build._render_strategy(later, concept, s, found[s.id])
        for rel in site_build.strategy_files(s.id):
            assert (tmp_path / "workers" / rel).read_bytes() == (tmp_path / "main" / rel).read_bytes(), rel
        area_of = {c.id: c.area for c in concept.criteria}
        assert tuple(maker.rows(s.id, k) for k in range(3)) == site_build.open_data_rows(s, found[s.id], area_of)


def _collector_settings(strategy: Strategy, concept: Concept) -> Assessment:
    import gc

    return Assessment(f"{gc.get_threshold()[0]} {gc.get_freeze_count() > 0}", "en", 0.0, {}, (), (), ())


def test_scoring_workers_collect_garbage_rarely_and_the_parent_is_restored(tmp_path, monkeypatch):
    """Speed only: a parallel scoring run freezes what the workers inherit and raises the
    young-generation threshold in them and, while it lasts, in the parent (_init_worker);
    afterwards the parent's collector is as it was."""
    import gc

    from generator import score as scoring
    from generator.cache import PARALLEL_FROM, WORKER_GC_YOUNG, assess_all

    monkeypatch.setattr(scoring, "score", _collector_settings)
    before = (gc.get_threshold(), gc.get_freeze_count())
    corpus = [Strategy(Path(f"s{i}.md"), {"id": f"cz-s{i}", "language": "en", "extraction": "text-layer"},
                       (Page(1, "text", 1),)) for i in range(PARALLEL_FROM)]
    found = assess_all(corpus, CONCEPT, jobs=2)
    assert {found[s.id].strategy_id for s in corpus} == {f"{WORKER_GC_YOUNG} True"}
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def _named(strategy: Strategy, concept: Concept) -> Assessment:
    return Assessment(f"scored {strategy.id} {len(strategy.pages)}", "en", 0.0, {}, (), (), ())


def test_parallel_scoring_hands_workers_each_strategy_once_forked_or_pickled(tmp_path, monkeypatch):
    """Speed only: forked workers take the strategies from the list they inherit (a task is a
    place in it), elsewhere each task carries its strategy; either way every strategy is scored
    once, by itself, and the results keep the strategies' order."""
    from generator import cache as cache_module
    from generator import score as scoring
    from generator.cache import PARALLEL_FROM, assess_all

    monkeypatch.setattr(scoring, "score", _named)
    corpus = [Strategy(Path(f"s{i}.md"), {"id": f"cz-s{i:02d}", "language": "en", "extraction": "text-layer"},
                       tuple(Page(k, "text", k) for k in range(1, 2 + i % 3))) for i in range(3 * PARALLEL_FROM)]
    want = [f"scored {s.id} {len(s.pages)}" for s in corpus]
    forked = assess_all(corpus, CONCEPT, jobs=2)
    assert [forked[s.id].strategy_id for s in corpus] == want and list(forked) == [s.id for s in corpus]
    monkeypatch.setattr(cache_module, "_fork_context", lambda: None)
    pickled = assess_all(corpus, CONCEPT, jobs=2)
    assert [pickled[s.id].strategy_id for s in corpus] == want
    assert cache_module._TODO == ()  # the parent's list of a pool stays empty: only workers set it


class _Files:
    """A cache.Loader of made-up files: item i is a strategy, with an error when i is in `bad`."""

    def __init__(self, bad: set[int]):
        self.bad = bad

    def load(self, item):
        from generator.errors import Problem

        s = strategy(f"cz-f{item:03d}")
        problems = [Problem(f"f{item}.md", 1, "broken")] if item in self.bad else []
        return (None if problems else s), problems, (None if problems else item), not problems

    def adopt(self, item, sent):
        return strategy(f"cz-f{sent:03d}")


def _by_id(strategy: Strategy) -> str:
    return strategy.id


def _slow(strategy: Strategy, concept: Concept) -> Assessment:
    import time

    time.sleep(0.002)
    return fake_score(strategy, concept)


def test_workers_that_load_files_report_each_file_in_order_and_stop_scoring_after_an_error(monkeypatch):
    """load_and_assess: per file (strategy, problems) in the files' order, known strategies
    scored too; once a file has an error the workers only load the rest (the build stops
    anyway), so far fewer than all are scored."""
    from generator import score as scoring
    from generator.cache import load_and_assess

    monkeypatch.setattr(scoring, "score", _slow)
    known = [strategy("cz-known")]
    loaded, found = load_and_assess(list(range(40)), _Files(set()), known, CONCEPT, jobs=2, order=_by_id)
    assert [s.id for s, _ in loaded] == [f"cz-f{i:03d}" for i in range(40)] and all(not p for _, p in loaded)
    assert list(found) == sorted(["cz-known", *(f"cz-f{i:03d}" for i in range(40))])

    loaded, found = load_and_assess(list(range(400)), _Files({0, 250}), [], CONCEPT, jobs=2, order=_by_id)
    assert [i for i, (s, p) in enumerate(loaded) if s is None and p[0].message == "broken"] == [0, 250]
    assert len(found) < 200
