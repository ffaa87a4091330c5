"""A rebuild after one strategy changed renders only what that strategy feeds, and its output
equals a build from nothing."""

from __future__ import annotations

import shutil

import pytest
from test_build import REPO, build, digest_tree, fake_concept, fake_score, make_root  # noqa: F401 - fixture

from generator import build as site_build
from generator.incremental import Parts
from generator.models import Evidence, Finding

EXAMPLE = "examples/cz/hostilov.md"


def _write(parts: Parts, path, items):
    parts.write(path, "f.txt", b"HEAD\n", [(k, d, (lambda t=t: t)) for k, d, t in items], b",", b"\nEND\n")
    return path.read_bytes()


def test_parts_copies_unchanged_and_makes_changed(tmp_path):
    (tmp_path / "a").mkdir()
    first = Parts(None)
    items = [("x", "1", b"xx"), ("e", "1", b""), ("y", "1", b"yyy"), ("z", "1", b"z")]
    assert _write(first, tmp_path / "a" / "f.txt", items) == b"HEAD\nxx,yyy,z\nEND\n"
    first.save(tmp_path / "a")
    second = Parts(tmp_path / "a")
    changed = [("x", "1", b"NEW"), ("e", "1", b"")] + items[2:] + [("w", "1", b"w")]
    got = _write(second, tmp_path / "b.txt",
                 [(k, d, t) if k != "x" else (k, "2", t) for k, d, t in changed])
    assert got == b"HEAD\nNEW,yyy,z,w\nEND\n"
    assert (second.made, second.copied) == (2, 3)  # x changed, w is new; e, y, z copied


def test_parts_link_a_file_none_of_whose_parts_changed(tmp_path):
    (tmp_path / "a").mkdir()
    first = Parts(None)
    items = [("x", "1", b"xx"), ("y", "1", b"yyy")]
    _write(first, tmp_path / "a" / "f.txt", items)
    first.save(tmp_path / "a")
    second = Parts(tmp_path / "a")
    assert _write(second, tmp_path / "b.txt", items) == b"HEAD\nxx,yyy\nEND\n"
    assert (tmp_path / "b.txt").stat().st_ino == (tmp_path / "a" / "f.txt").stat().st_ino
    assert (second.made, second.copied) == (0, 2)
    # other order, another digest, another tail: made again, never linked
    for other, tail in ((items[::-1], b"\nEND\n"), ([("x", "2", b"xx"), items[1]], b"\nEND\n"), (items, b"\n]\n")):
        third = Parts(tmp_path / "a")
        third.write(tmp_path / "c.txt", "f.txt", b"HEAD\n", [(k, d, (lambda t=t: t)) for k, d, t in other], b",", tail)
        assert (tmp_path / "c.txt").stat().st_ino != (tmp_path / "a" / "f.txt").stat().st_ino


def test_parts_ignore_a_last_file_that_does_not_match_its_manifest(tmp_path):
    (tmp_path / "a").mkdir()
    first = Parts(None)
    _write(first, tmp_path / "a" / "f.txt", [("x", "1", b"xx"), ("y", "1", b"yy")])
    first.save(tmp_path / "a")
    (tmp_path / "a" / "f.txt").write_bytes(b"HEAD\nxx,Yy!\nEND\n")  # edited by hand: other size
    second = Parts(tmp_path / "a")
    assert _write(second, tmp_path / "b.txt", [("x", "1", b"xx"), ("y", "1", b"yy")]) == b"HEAD\nxx,yy\nEND\n"
    assert (second.made, second.copied) == (2, 0)


def test_open_data_after_one_change_has_its_rows_and_equals_a_clean_build(tmp_path, monkeypatch,
                                                                          fake_concept):  # noqa: F811
    scored = [0]

    def scored_from_text(strategies, concept, root, progress=None, stats=None, pages=None):
        # Evidence quotes the last line of the text, so a change of the text changes the rows.
        found = {}
        scored[0] = sum(not s.awaited for s in strategies)
        for s in strategies:
            if s.awaited:
                continue
            a = fake_score(s, concept)
            quote = s.pages[-1].text.strip().splitlines()[-1]
            found[s.id] = a.__class__(**{**a.__dict__, "sdg": (Finding("SDG-7", "met", (
                Evidence(page=1, quote=quote, terms=("energie",)),)),)})
        return found

    monkeypatch.setattr(site_build, "score_strategies", scored_from_text)
    root = make_root(tmp_path)
    build(root)
    path = root / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8") + "\nEnergie pro \"všechny\", i tady.\n", encoding="utf-8")
    before = {p.name: p.stat().st_ino for p in (root / "build" / "docs" / "data").glob("evidence-*")}
    stats: dict = {}
    build(root, stats=stats)
    docs = root / "build" / "docs"
    assert stats["parts_made"] == 3  # one strategy's part of scores.csv and of the CZ evidence CSV and JSON
    assert stats["parts_copied"] == 3 * (scored[0] - 1) and scored[0] > 2  # every other strategy's parts
    assert '"Energie pro ""všechny"", i tady."' in (docs / "data" / "evidence-cz.csv").read_text(encoding="utf-8")
    assert "Energie pro" not in (docs / "data" / "evidence-sk.csv").read_text(encoding="utf-8")
    # the other countries' evidence files are the last build's, linked; the Czech ones are new
    after = {p.name: p.stat().st_ino for p in (docs / "data").glob("evidence-*")}
    assert sorted(after) == [f"evidence-{cc}.{ext}" for cc in ("cz", "hu", "pl", "sk") for ext in ("csv", "json")]
    assert [name for name in sorted(after) if after[name] == before[name]] == [
        f"evidence-{cc}.{ext}" for cc in ("hu", "pl", "sk") for ext in ("csv", "json")]

    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns(".cache", "build", "site"))
    build(clean)
    assert digest_tree(clean / "build" / "docs") == digest_tree(docs)


def _render(root, out, previous=None):
    data = site_build.gather(root)
    out.mkdir()
    site_build.render_docs(data, out, root, documents=False, previous=previous)
    return out


def test_aggregate_pages_render_again_only_where_the_change_shows(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    first = _render(root, tmp_path / "first")
    path = root / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8").replace("entity: \"Hostilov", "entity: \"Hostilov Nový"),
                    encoding="utf-8")
    second = _render(root, tmp_path / "second", previous=first)

    def linked(rel):  # reused pages are hard links to the last build's files
        return (first / rel).stat().st_ino == (second / rel).stat().st_ino

    assert not linked("countries/cz.md") and "Hostilov Nový" in (second / "countries/cz.md").read_text("utf-8")
    assert not linked("catalogue.md") and "Hostilov Nový" in (second / "catalogue.md").read_text("utf-8")
    assert all(linked(f"countries/{cc}.md") for cc in ("sk", "hu", "pl"))
    criteria = sorted(p.relative_to(second).as_posix() for p in (second / "concept" / "criteria").glob("*.md"))
    assert criteria and all(linked(rel) for rel in criteria + ["concept/index.md", "v4.md"])  # same numbers

    clean = _render(root, tmp_path / "clean")
    assert digest_tree(clean) == digest_tree(second)


def test_a_criterion_page_renders_again_when_its_numbers_change(tmp_path, monkeypatch, fake_concept):  # noqa: F811
    def scorer(strategies, concept, root, progress=None, stats=None, pages=None):
        found = {}
        for s in strategies:
            if s.awaited:
                continue
            a = fake_score(s, concept)
            if "MARKER" in s.pages[-1].text:  # the change turns S-ANALYSIS from met to missing
                a = a.__class__(**{**a.__dict__, "concept": (Finding("S-ANALYSIS", "missing", ()),) + a.concept[1:]})
            found[s.id] = a
        return found

    monkeypatch.setattr(site_build, "score_strategies", scorer)
    root = make_root(tmp_path)
    first = _render(root, tmp_path / "first")
    path = root / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8") + "\nMARKER\n", encoding="utf-8")
    second = _render(root, tmp_path / "second", previous=first)
    changed = "concept/criteria/s-analysis.md"
    assert (first / changed).read_bytes() != (second / changed).read_bytes()
    assert (first / changed).stat().st_ino != (second / changed).stat().st_ino
    kept = "concept/criteria/s-indicators.md"
    assert (first / kept).stat().st_ino == (second / kept).stat().st_ino
    assert digest_tree(_render(root, tmp_path / "clean")) == digest_tree(second)


def test_compiled_templates_follow_their_source_and_a_broken_cache_is_no_error(tmp_path):
    from generator.render import make_environment

    (tmp_path / "t").mkdir()
    page = tmp_path / "t" / "p.md.j2"
    page.write_text("one {{ x }}", encoding="utf-8")
    cache = tmp_path / "cache"
    assert make_environment([tmp_path / "t"], cache=cache).get_template("p.md.j2").render(x="a") == "one a"
    assert list(cache.rglob("*.cache"))  # compiled once, kept
    page.write_text("two {{ x }}", encoding="utf-8")
    assert make_environment([tmp_path / "t"], cache=cache).get_template("p.md.j2").render(x="a") == "two a"
    for entry in cache.rglob("*.cache"):
        entry.write_bytes(b"damaged")
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a cache folder that cannot be made
    for folder in (cache, blocked):
        assert make_environment([tmp_path / "t"], cache=folder).get_template("p.md.j2").render(x="b") == "two b"


def test_edition_pages_are_linked_when_unchanged(tmp_path, fake_concept):  # noqa: F811
    from generator.editions import load_strings, render_edition

    root = make_root(tmp_path)
    t = load_strings()["cs"]
    first = tmp_path / "first"
    render_edition(site_build.gather(root), "cs", t, first, [])
    path = root / EXAMPLE
    path.write_text(path.read_text(encoding="utf-8").replace('title: "Strategie', 'title: "Nová strategie'),
                    encoding="utf-8")
    data = site_build.gather(root)
    second = tmp_path / "second"
    render_edition(data, "cs", t, second, [], previous=first)
    criteria = sorted(p.relative_to(second).as_posix() for p in (second / "concept" / "criteria").glob("*.md"))
    assert criteria and all((first / rel).stat().st_ino == (second / rel).stat().st_ino
                            for rel in criteria + ["concept/index.md"])
    home = (second / "index.md").read_text(encoding="utf-8")  # lists the edition country's titles
    assert "Nová strategie" in home and (first / "index.md").stat().st_ino != (second / "index.md").stat().st_ino
    clean = tmp_path / "clean"
    render_edition(data, "cs", t, clean, [])
    assert digest_tree(clean) == digest_tree(second)


def _fail():
    raise site_build.BuildError("unfilled placeholder", "content/plan/x.md", 3)


def test_background_work_returns_its_value_and_raises_its_error(tmp_path):
    assert site_build.Background(lambda: ["plan/a.md"]).result() == ["plan/a.md"]
    with pytest.raises(site_build.BuildError, match=r"content/plan/x\.md:3: unfilled placeholder"):
        site_build.Background(_fail).result()
    marker = tmp_path / "late"

    def slow():
        import time

        time.sleep(5)
        marker.write_text("written", encoding="utf-8")

    work = site_build.Background(slow)
    work.stop()  # the build failed meanwhile: the child is ended, it writes nothing later
    assert not marker.exists()


def test_plan_documents_made_beside_the_pages_and_their_errors_reported(tmp_path, fake_concept):  # noqa: F811
    root = make_root(tmp_path)
    shutil.copytree(REPO / "content" / "plan", root / "content" / "plan")
    data = site_build.gather(root)
    out = tmp_path / "docs"
    out.mkdir()
    nav = site_build.render_docs(data, out, root, documents=True)
    plan = sorted(p.name for p in (out / "plan").iterdir())
    assert "01-implementation-plan.md" in plan and "01-implementation-plan.pdf" in plan
    assert any("V4 plan documents" in item for item in nav if isinstance(item, dict))

    (root / "content" / "plan" / "99-broken.md").write_text("# Broken\n\n{{ no_such_figure }}\n", encoding="utf-8")
    broken = tmp_path / "broken"
    broken.mkdir()
    with pytest.raises(Exception, match="no_such_figure"):
        site_build.render_docs(data, broken, root, documents=True)


def test_parts_copied_in_ranges_equal_a_file_made_from_nothing(tmp_path):
    import random

    rng = random.Random(7)
    for trial in range(40):
        keys = [f"k{i}" for i in range(rng.randint(0, 12))]
        before = {k: rng.choice([b"", b"a" * rng.randint(1, 5), b"bb,"]) for k in keys}
        folder = tmp_path / f"t{trial}"
        folder.mkdir()
        first = Parts(None)
        _write(first, folder / "f.txt", [(k, "1", v) for k, v in before.items()])
        first.save(folder)
        after = [k for k in keys if rng.random() > 0.2] + [f"n{i}" for i in range(rng.randint(0, 2))]
        if rng.random() < 0.5:
            rng.shuffle(after)
        changed = {k for k in after if rng.random() < 0.3}
        items = [(k, "2" if k in changed or k not in before else "1",
                  (b"new" + k.encode()) if k in changed or k not in before else before[k]) for k in after]
        again = Parts(folder)
        got = _write(again, tmp_path / f"b{trial}.txt", items)
        assert got == _write(Parts(None), tmp_path / f"c{trial}.txt", items), trial
        assert again.now["f.txt"]["size"] == len(got)
