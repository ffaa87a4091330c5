"""Rebuilds reuse what did not change (parsed files, pages, PDFs) and end with the same bytes
as a build from nothing."""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil

import pytest
from test_build import build, digest_tree, fake_concept, make_root  # noqa: F401 - fixture

from generator import build as site_build
from generator.errors import BuildError, ValidationError
from generator.incremental import LazyPages, PageReuse, ParseCache, code_digest

EXAMPLE = "examples/cz/hostilov.md"


def test_rebuild_after_one_change_equals_a_clean_build(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    build(root)
    path = root / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8").replace("entity: \"Hostilov", "entity: \"Hostilov Nový"),
                    encoding="utf-8")
    stats: dict = {}
    site = build(root, stats=stats)
    assert stats["pages_reused"] > 0
    assert "Hostilov Nový" in (site / "strategies" / "cz-hostilov" / "index.html").read_text(encoding="utf-8")
    assert stats["parsed_from_cache"] == stats["strategies"] - 1  # only the changed file parsed again

    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns(".cache", "build", "site"))
    assert digest_tree(build(clean)) == digest_tree(site)


def test_unchanged_rebuild_reuses_every_strategy_page(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    build(root)
    stats: dict = {}
    build(root, stats=stats)
    strategies = sorted((root / "build" / "docs" / "strategies").glob("*.md"))
    # page + JSON download each, plus the catalogue, country, concept and data pages
    assert strategies and stats["pages_reused"] >= 2 * len(strategies) + 4


def test_a_broken_file_is_reported_even_after_a_cached_build(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    build(root)
    path = root / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8").replace("level: city", "level: galaxy"), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        build(root)
    assert any(p.path == EXAMPLE and "level" in p.message for p in caught.value.problems)


def test_code_digest_follows_templates(tmp_path):
    (tmp_path / "a.j2").write_text("one", encoding="utf-8")
    first = code_digest(["build.py"], [tmp_path])
    assert code_digest(["build.py"], [tmp_path]) == first
    (tmp_path / "a.j2").write_text("two", encoding="utf-8")
    assert code_digest(["build.py"], [tmp_path]) != first


def test_damaged_caches_are_ignored(tmp_path):
    parsed = ParseCache(tmp_path)
    parsed.path.write_bytes(b"not a pickle")
    assert ParseCache(tmp_path).old == {}
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / PageReuse.NAME).write_text("{broken", encoding="utf-8")
    reuse = PageReuse(tmp_path / "docs")
    assert not reuse.reuse("strategies/x.md", "d", tmp_path / "out")


def test_page_digest_changes_with_the_strategy(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    data = site_build.gather(root)
    before = dict(data.page_digests)
    path = root / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph.\n", encoding="utf-8")
    after = site_build.gather(root).page_digests
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"cz-hostilov"}


def test_a_file_rewritten_with_its_old_size_and_mtime_is_read_again(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    site_build.gather(root)
    path = root / EXAMPLE
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    changed = text.replace("entity: \"Hostilov", "entity: \"Hostilox")
    assert changed != text and len(changed) == len(text)
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as a restore tool would
    stats: dict = {}
    data = site_build.gather(root, stats=stats)
    assert stats["parsed_from_cache"] == len(data.strategies) - 1
    assert next(s for s in data.strategies if s.id == "cz-hostilov").meta["entity"].startswith("Hostilox")


def test_cached_strategies_read_their_pages_from_the_file(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    fresh = {s.id: s for s in site_build.load_strategies(root, parsed=ParseCache(root / ".cache"))}
    cached = {s.id: s for s in site_build.load_strategies(root, parsed=ParseCache(root / ".cache"))}
    assert isinstance(cached["cz-hostilov"].pages, LazyPages)
    assert cached == fresh  # pages read from the files equal the ones validated
    assert pickle.loads(pickle.dumps(cached["cz-hostilov"])).pages == fresh["cz-hostilov"].pages
    again = site_build.load_strategies(root, parsed=ParseCache(root / ".cache"))
    path = root / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8") + "\nA paragraph added meanwhile.\n", encoding="utf-8")
    with pytest.raises(BuildError, match="changed while"):
        list(next(s for s in again if s.id == "cz-hostilov").pages)


def test_a_removed_strategy_leaves_no_file_behind_after_a_rebuild(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    build(root)
    docs = root / "build" / "docs"
    assert (docs / "strategies" / "cz-hostilov.md").is_file()
    (root / EXAMPLE).unlink()
    stats: dict = {}
    site = build(root, stats=stats)
    assert stats["pages_reused"] > 0  # the other strategies' files were kept
    assert not (docs / "strategies" / "cz-hostilov.md").exists()
    assert not (docs / "data" / "strategies" / "cz-hostilov.json").exists()
    assert not (site / "strategies" / "cz-hostilov").exists()
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns(".cache", "build", "site"))
    assert digest_tree(build(clean)) == digest_tree(site)
    assert digest_tree(clean / "build" / "docs") == digest_tree(docs)


def test_the_dictionary_downloads_follow_the_terms_not_the_concept_digest(tmp_path, monkeypatch, fake_concept):  # noqa: F811
    # The dictionary files are kept while the criteria's terms are unchanged: a term the concept
    # loader reads differently (the same concept files, so the same Concept.digest) is shown.
    root = make_root(tmp_path)
    build(root)
    first = fake_concept.criteria[0]
    changed = dataclasses.replace(first, terms={**first.terms, "en": (*first.terms.get("en", ()), "brand new phrase")})
    concept = dataclasses.replace(fake_concept, criteria=(changed, *fake_concept.criteria[1:]))
    assert concept.digest == fake_concept.digest
    monkeypatch.setattr(site_build, "load_concept", lambda root: concept)
    stats: dict = {}
    build(root, stats=stats)
    assert stats["pages_reused"] > 0
    docs = root / "build" / "docs" / "data"
    assert "brand new phrase" in (docs / "dictionary.csv").read_text(encoding="utf-8")
    assert "brand new phrase" in (docs / "dictionary.json").read_text(encoding="utf-8")


def test_the_catalogue_and_its_downloads_follow_a_changed_score(tmp_path, monkeypatch, fake_concept):  # noqa: F811
    # Kept while the catalogue frame is unchanged: a score that changed with the same strategy
    # files (say, the scorer's) is shown on the catalogue page and in both downloads.
    root = make_root(tmp_path)
    build(root)
    rescored = site_build.score_strategies

    def score(strategies, concept, root, progress=None, stats=None, pages=None):
        found = rescored(strategies, concept, root, progress, stats, pages)
        return {sid: dataclasses.replace(a, score=87.25) if sid == "cz-hostilov" else a for sid, a in found.items()}

    monkeypatch.setattr(site_build, "score_strategies", score)
    stats: dict = {}
    build(root, stats=stats)
    assert stats["pages_reused"] > 0
    docs = root / "build" / "docs"
    for rel in ("data/strategies.csv", "data/strategies.json", "catalogue.md"):
        assert "87.2" in (docs / rel).read_text(encoding="utf-8"), rel



def test_the_build_validates_the_area_chart_its_strategy_pages_draw(tmp_path, monkeypatch):
    """The build process validates the strategy pages' area chart (the areas an assessment has,
    in the pages' order) before scoring, so it is in the figures the build saves: scoring workers
    validate it too, but their figure caches end with them, and a rebuild after one change would
    otherwise import plotly and validate it again (issue 9: 0.17 s of a rebuild at 5,000)."""
    from types import SimpleNamespace

    from test_build import REPO as ROOT

    from generator import cache, render
    from generator.concept import load_concept
    from generator.score import score

    monkeypatch.setattr(render, "_FIGURES", render.FigureCache())
    render._bar_template.cache_clear()
    monkeypatch.setattr(cache, "assess_all", lambda *args, **kw: {})  # nothing to score: only the chart
    concept = load_concept(ROOT / "concept")
    site_build.score_strategies([], concept, tmp_path, pages=SimpleNamespace(concept=None, writer=lambda: None))

    render._bar_template.cache_clear()  # as in a new process: only what the figure cache holds
    validated: list[str] = []
    monkeypatch.setattr(render.FigureCache, "put", lambda self, key, text: validated.append(key))
    strategy = next(s for s in site_build.load_strategies(ROOT) if not s.awaited)
    context = site_build._strategy_context(concept, strategy, score(strategy, concept))
    assert context["area_chart"] and validated == []
