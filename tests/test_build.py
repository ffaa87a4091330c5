"""A build of a tiny corpus with a hand-made concept and assessments, under --strict."""

from __future__ import annotations

import gzip
import hashlib
import re
import shutil
from pathlib import Path

import pytest

from generator import build as site_build
from generator.errors import BuildError
from generator.models import Area, Assessment, Concept, Criterion, Evidence, Finding, Strategy

REPO = Path(__file__).resolve().parent.parent
HOSTILE = '<script>alert(1)</script> {{ 7*7 }} {% raw %} [x](javascript:alert(1)) **b** | # h'

EXAMPLE = f"""---
id: cz-hostilov
entity: "Hostilov {HOSTILE}"
country: CZ
level: city
title: "Strategie <img src=x onerror=alert(2)> {{{{ config }}}}"
title_en: Smart City Strategy of Hostilov
language: cs
year_adopted: 2023
period_start: 2023
period_end: 2030
source_url: https://example.org/hostilov.pdf
source_sha256: {"a" * 64}
source_pages: 1
extraction: text-layer
example: true
notes: "<iframe src=https://evil.example></iframe>"
---
<!-- page 1 -->
# Analýza

Město zpracovalo analýzu a indikátory.
"""


def _texts(text: str) -> dict[str, str]:
    return {lang: text for lang in ("en", "cs", "sk", "hu", "pl")}


def make_concept() -> Concept:
    def crit(cid, framework, area, terms):
        return Criterion(id=cid, framework=framework, area=area, title=_texts(f"Title of {cid}"),
                         description=_texts(f"What {cid} means."),
                         terms={lang: tuple(terms) for lang in ("en", "cs", "sk", "hu", "pl")},
                         recommendation=_texts(f"Add {cid}."), source="https://example.org/concept")
    criteria = (
        crit("S-ANALYSIS", "concept", "structure", ["analýza"]),
        crit("S-INDICATORS", "concept", "structure", ["indikátor"]),
        crit("C-A-1", "concept", "A", ["komunita"]),
        crit("SDG-7", "sdg", "SDG-7", ["energie"]),
        crit("EGD-ENERGY", "egd", "EGD-ENERGY", ["energie"]),
    )
    areas = (Area("structure", "concept", _texts("Structure")), Area("A", "concept", _texts("A People")))
    return Concept(criteria=criteria, areas=areas, meta={}, digest="test")


def fake_score(strategy: Strategy, concept: Concept) -> Assessment:
    """Deterministic findings that carry hostile text in their quotes."""
    ev = (Evidence(page=1, quote=f"analýza {HOSTILE}", terms=("analýza",)),)
    concept_findings = (
        Finding("S-ANALYSIS", "met", ev * 3),
        Finding("S-INDICATORS", "partial", ev, {"en": "Add targets.", "cs": "Doplňte cíle."}),
        Finding("C-A-1", "missing", (), {"en": "Add communities <b>now</b>."}),
    )
    return Assessment(strategy_id=strategy.id, language=strategy.language, score=62.5,
                      areas={"structure": 75.0, "A": 0.0}, concept=concept_findings,
                      sdg=(Finding("SDG-7", "missing", ()),), egd=(Finding("EGD-ENERGY", "partial", ev),))


def make_root(tmp: Path, examples: bool = True) -> Path:
    """A project folder: fixture strategies, one hostile example, content, templates, mkdocs.yml."""
    root = tmp / "project"
    shutil.copytree(REPO / "tests" / "fixtures" / "corpus" / "strategies", root / "strategies")
    shutil.copytree(REPO / "strategies" / "hu", root / "strategies" / "hu")  # awaited entries
    (root / "examples" / "cz").mkdir(parents=True)
    if examples:
        (root / "examples" / "cz" / "hostilov.md").write_text(EXAMPLE, encoding="utf-8")
    (root / "content").mkdir()
    for name in ("index.md", "contribute.md"):
        shutil.copy(REPO / "content" / name, root / "content" / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return root


@pytest.fixture
def fake_concept(monkeypatch):
    concept = make_concept()
    monkeypatch.setattr(site_build, "load_concept", lambda root: concept)
    monkeypatch.setattr(site_build, "score_strategies", lambda strategies, concept, root, progress=None, stats=None, pages=None:
                        {s.id: fake_score(s, concept) for s in strategies if not s.awaited})
    monkeypatch.setattr(site_build, "load_national", lambda root: {})
    return concept


def build(root: Path, **kw) -> Path:
    return site_build.build_site(root, quiet=True, documents=False, **{"editions": False, **kw})


def digest_tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_tiny_corpus_strict(tmp_path, fake_concept):
    root = make_root(tmp_path)
    site = build(root)
    for page in ("index.html", "catalogue/index.html", "strategies/cz-hostilov/index.html",
                 "strategies/cz-lipnice/index.html", "countries/cz/index.html", "v4/index.html",
                 "concept/index.html", "concept/criteria/s-analysis/index.html", "data/index.html",
                 "contribute/index.html", "data/strategies.csv", "data/dictionary.json",
                 "data/strategies/cz-lipnice.json", "assets/plotly.min.js"):
        assert (site / page).is_file(), page
    assert (root / "build" / "docs" / "strategies" / "cz-lipnice.md").is_file()
    # the open-data page links every download, each kind in its own list item
    data = (site / "data" / "index.html").read_text(encoding="utf-8")
    items = re.findall(r"<li>(.*?)</li>", data, flags=re.S)
    for cc in ("cz", "sk", "hu", "pl"):
        for ext in ("csv", "json"):
            assert (site / "data" / f"evidence-{cc}.{ext}").is_file()
            assert sum(f'href="evidence-{cc}.{ext}"' in item for item in items) == 1
    assert [i for i, item in enumerate(items) if "evidence-" in item] != [i for i, item in enumerate(items)
                                                                         if "dictionary.csv" in item]


def test_hostile_strings_are_inert(tmp_path, fake_concept):
    site = build(make_root(tmp_path))
    page = (site / "strategies" / "cz-hostilov" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "<img src=x" not in page and "<iframe" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and "49" not in page.split("Hostilov", 1)[1][:200]
    assert "{% raw %}" in page
    catalogue = (site / "catalogue" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in catalogue and "&lt;script&gt;" in catalogue


def test_finding_rows_escape_every_value():
    """A strategy page's criterion rows are joined in Python (build._finding_row): a quote, a
    recommendation, a criterion's id, title and status from strangers' files stay text."""
    from generator.build import _finding_row, _row_head, _row_tail
    from generator.models import Evidence
    from generator.render import h

    bad = '<script>alert(1)</script> "x" & <img src=x onerror=y>'
    lang = h('cs"><b>')
    row = _finding_row(_row_head(bad, bad, None, bad), (Evidence(3, bad, ("t",), ()),), 2,
                       _row_tail(bad, bad, lang), lang)
    assert "<script" not in row and "<img" not in row and '"x"' not in row
    assert row.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 7  # id, title, status twice, quote, both recommendations
    assert row.startswith("<tr><td>") and row.endswith("</td></tr>")
    assert "<p>and 2 more in the JSON</p>" in row and 'lang="cs&quot;&gt;&lt;b&gt;"' in row
    linked = _row_head("S-VISION", "Vision", h("../concept/criteria/s-vision/"), "met")
    assert linked.startswith('<tr><td><a href="../concept/criteria/s-vision/">S-VISION</a> Vision</td>')


def test_examples_labelled_and_awaited_without_score(tmp_path, fake_concept):
    site = build(make_root(tmp_path))
    page = (site / "strategies" / "cz-hostilov" / "index.html").read_text(encoding="utf-8")
    assert 'data-s4s="example-badge"' in page
    v4 = (site / "v4" / "index.html").read_text(encoding="utf-8")
    assert 'data-s4s="example-note"' in v4
    for shown in ("catalogue", "countries/cz", "data", "concept/criteria/s-analysis"):
        text = (site / shown / "index.html").read_text(encoding="utf-8")
        assert 'data-s4s="example-note"' in text, shown
    budapest = (site / "strategies" / "hu-budapest" / "index.html").read_text(encoding="utf-8")
    assert "Text awaited" in budapest and "not scored" in budapest
    assert "s4s-findings" not in budapest


def test_no_examples_leaves_them_out(tmp_path, fake_concept):
    root = make_root(tmp_path)
    site = build(root, include_examples=False)
    assert not (site / "strategies" / "cz-hostilov").exists()
    assert "example-note" not in (site / "catalogue" / "index.html").read_text(encoding="utf-8")
    # the same through mkdocs.yml
    cfg = root / "mkdocs.yml"
    cfg.write_text(cfg.read_text().replace("include_examples: true", "include_examples: false"))
    site = build(root)
    assert not (site / "strategies" / "cz-hostilov").exists()


def test_two_builds_byte_identical(tmp_path, fake_concept):
    root = make_root(tmp_path)
    first = digest_tree(build(root, site_dir=root / "one"))
    second = digest_tree(build(root, site_dir=root / "two"))
    assert first == second
    with gzip.open(root / "one" / "sitemap.xml.gz") as fh:
        assert fh.read()


def test_failed_build_keeps_previous_site(tmp_path, fake_concept):
    root = make_root(tmp_path)
    site = build(root)
    before = digest_tree(site)
    (root / "content" / "index.md").write_text("[broken](missing-page.md)\n", encoding="utf-8")
    with pytest.raises(BuildError):
        build(root)
    assert digest_tree(site) == before
    assert not [p for p in site.parent.iterdir() if p.name.startswith(".site-")]


def test_strategy_page_small_and_not_in_nav(tmp_path, fake_concept):
    site = build(make_root(tmp_path))
    page = site / "strategies" / "cz-lipnice" / "index.html"
    assert page.stat().st_size < 150_000
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "strategies/cz-lipnice/" not in home.split('class="md-content"')[0]


def test_scaling_page_shows_the_measured_table(tmp_path, fake_concept):
    root = make_root(tmp_path)
    shutil.copy(REPO / "content" / "scaling.md", root / "content" / "scaling.md")
    (root / "content" / "data").mkdir()
    (root / "content" / "data" / "scaling.json").write_text(
        '{"command": "python benchmarks/build.py --sizes 10", "cpus": 2, "note": "noisy", '
        '"table_md": "| N | cold wall s |\\n|---|---|\\n| 10 | 1.5 |\\n", "verdicts": ["N=10: fine"]}',
        encoding="utf-8")
    html = (build(root) / "scaling" / "index.html").read_text(encoding="utf-8")
    assert "<td>1.5</td>" in html and "N=10: fine" in html and "benchmarks/build.py --sizes 10" in html
    (root / "content" / "data" / "scaling.json").unlink()
    assert "Not measured yet" in (build(root) / "scaling" / "index.html").read_text(encoding="utf-8")


def test_records_equals_pandas_to_dict_records():
    """build.records (the catalogue's rows, column by column) gives what to_dict("records")
    gives: Python values, NaN and None where pandas has them."""
    import math

    import pandas as pd

    from generator.build import records

    frame = pd.DataFrame({"id": ["a", "b", "c"], "year": [2020.0, float("nan"), 2019.0],
                          "n": [1, 2, 3], "flag": [True, False, True], "who": ["x", None, "z"]})
    want, got = frame.to_dict("records"), records(frame)
    assert [list(r) for r in got] == [list(r) for r in want]
    for w, g in zip(want, got, strict=True):
        for k in w:
            assert type(w[k]) is type(g[k]), k
            assert w[k] == g[k] or (isinstance(w[k], float) and math.isnan(w[k]) and math.isnan(g[k]))


def test_csv_lines_equal_csv_writer():
    """build.csv_lines joins rows itself; the bytes must be csv.writer's (minimal quoting)."""
    import csv
    import io

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from generator.build import csv_lines

    cell = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                     st.text(alphabet=st.sampled_from('ab ,"\n\r\t;é\u2028'), max_size=8))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.lists(cell, min_size=1, max_size=6), max_size=5))
    def check(rows):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
        assert csv_lines(rows) == buf.getvalue().encode("utf-8")

    check()


def test_evidence_rows_equal_csv_writer_and_json_dumps_of_the_records():
    """build.evidence_rows joins a strategy's evidence CSV and JSON rows itself; the bytes must
    be csv.writer's rows and json.dumps' records (the published columns, keys sorted)."""
    import csv
    import io
    import json

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from generator import tables
    from generator.build import evidence_rows
    from generator.models import Assessment, Evidence, Finding, Strategy

    text = st.text(alphabet=st.sampled_from('ab ,;"\\\n\r\t\u2028é\u0000<>&'), max_size=8)
    evidence = st.builds(Evidence, page=st.integers(min_value=0, max_value=10_000), quote=text,
                         terms=st.lists(text, max_size=3).map(tuple))
    finding = st.builds(Finding, criterion=text, status=text, evidence=st.lists(evidence, max_size=3).map(tuple))
    findings = st.lists(finding, max_size=3).map(tuple)

    @settings(max_examples=300, deadline=None)
    @given(text, findings, findings, findings)
    def check(sid, concept, sdg, egd):
        s = Strategy(path=Path("x.md"), meta={"id": sid}, pages=())
        a = Assessment(sid, "en", 0.0, {}, concept, sdg, egd)
        rows = [(sid, framework, f.criterion, f.status, e.page, e.quote, "; ".join(e.terms))
                for framework, items in (("concept", concept), ("sdg", sdg), ("egd", egd))
                for f in items for e in f.evidence]
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
        records = [dict(zip(tables.EVIDENCE_COLUMNS, r, strict=True)) for r in rows]
        want_json = json.dumps(records, sort_keys=True, ensure_ascii=False, separators=(",", ":"))[1:-1]
        assert evidence_rows(s, a) == (buf.getvalue().encode("utf-8"), want_json.encode("utf-8"))

    check()


def test_score_rows_equal_csv_writer_of_the_sorted_rows():
    """build._score_rows joins a strategy's scores.csv rows itself; the bytes must be
    csv.writer's rows (tables.FINDING_COLUMNS) sorted by framework and criterion."""
    import csv
    import io

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from generator import tables
    from generator.build import _score_rows
    from generator.models import Assessment, Evidence, Finding, Strategy

    text = st.text(alphabet=st.sampled_from('ab ,;"\\\n\r\t\u2028é'), max_size=6)
    status = st.one_of(st.sampled_from(sorted(tables.STATUS_POINTS)), text)
    finding = st.builds(Finding, criterion=text, status=status,
                        evidence=st.lists(st.just(Evidence(1, "q", ())), max_size=3).map(tuple))
    findings = st.lists(finding, max_size=4).map(tuple)

    @settings(max_examples=300, deadline=None)
    @given(text, st.sampled_from(["CZ", "a,b"]), st.booleans(), findings, findings, findings,
           st.dictionaries(text, text, max_size=3))
    def check(sid, country, example, concept, sdg, egd, area_of):
        s = Strategy(path=Path("x.md"), meta={"id": sid, "country": country, "example": example}, pages=())
        a = Assessment(sid, "en", 0.0, {}, concept, sdg, egd)
        rows = sorted(((sid, country, example, framework, area_of.get(f.criterion, ""), f.criterion, f.status,
                        tables.STATUS_POINTS.get(f.status, 0.0), f.evidence_count)
                       for framework, items in (("concept", concept), ("sdg", sdg), ("egd", egd)) for f in items),
                      key=lambda r: (r[3], r[5]))
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
        assert _score_rows(s, a, area_of) == buf.getvalue().encode("utf-8")

    check()


def test_site_url_from_the_environment_fills_the_sitemap_and_anchors_the_404_page(tmp_path, monkeypatch,
                                                                                    fake_concept):  # noqa: F811
    """The deploy workflow publishes at GitHub Pages' address (S4S_SITE_URL): the sitemap lists
    the pages there and the 404 page, served at any depth, links its styles under it."""
    root = make_root(tmp_path)
    monkeypatch.delenv(site_build.SITE_URL_ENV, raising=False)
    site = build(root)
    assert "<loc>" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    monkeypatch.setenv(site_build.SITE_URL_ENV, "https://example.org/v4-smart")  # no final slash
    site = build(root)
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/v4-smart/catalogue/</loc>" in sitemap
    assert 'href="/v4-smart/assets/stylesheets/' in (site / "404.html").read_text(encoding="utf-8")


def test_scaling_results_keep_the_commands_of_the_sizes_they_show(tmp_path, monkeypatch):
    """benchmarks/build.py merges a run into the stored results: sizes measured now replace
    stored ones, and the file names only the commands whose results it still shows."""
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location("bench_build", REPO / "benchmarks" / "build.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    stored = tmp_path / "scaling.json"
    stored.write_text(json.dumps({"command": "old all", "results": [{"n": 100}, {"n": 5000}]}), encoding="utf-8")
    monkeypatch.setattr(bench, "RESULTS", stored)
    results, commands = bench.merged([{"n": 100}], "new 100")
    assert [(r["n"], r["command"]) for r in results] == [(100, "new 100"), (5000, "old all")]
    assert commands == ["new 100", "old all"]
    stored.write_text(json.dumps({"command": "x", "results": results}), encoding="utf-8")
    results, commands = bench.merged([{"n": 100}, {"n": 5000}], "both")
    assert commands == ["both"]


def test_dictionary_has_a_row_per_phrase_of_a_grouped_term():
    """An evidence row names the phrase that matched; the dictionary must have that phrase as a
    term, with the grouped term as the lexicon writes it beside it."""
    from generator.build import dictionary_frame
    from generator.models import Concept, Criterion

    c = Criterion(id="C-ZPO-PARTNERSHIP", framework="concept", area="zpo", title={}, description={},
                  terms={"cs": ("partnerství", "spolupráce s (obec|spolek)"), "en": ("cooperation",)})
    frame = dictionary_frame(Concept(criteria=(c,), areas=(), meta={}, digest="x"))
    rows = frame[["language", "term", "written"]].values.tolist()
    assert rows == [["en", "cooperation", "cooperation"],
                    ["cs", "partnerství", "partnerství"],
                    ["cs", "spolupráce s obec", "spolupráce s (obec|spolek)"],
                    ["cs", "spolupráce s spolek", "spolupráce s (obec|spolek)"]]


def test_frames_equal_frames_pandas_makes_from_sorted_rows():
    """Speed only: tables.area_scores and tables.findings build their columns themselves (the
    numeric ones as NumPy arrays); the frames must equal those pandas makes from the sorted
    rows, values, dtypes and order, whatever the strategies' order."""
    import random

    import pandas as pd

    from generator import tables
    from generator.models import summarise

    concept = Concept(criteria=(Criterion("S-A", "concept", "a1", {"en": "A"}, {}, {"en": ("plan",)}),
                                Criterion("C-B", "concept", "a2", {"en": "B"}, {}, {"en": ("water",)}),
                                Criterion("SDG-1", "sdg", "", {"en": "G"}, {}, {"en": ("poverty",)})),
                      areas=(), meta={}, digest="t")
    rng = random.Random(3)
    strategies, found = [], {}
    for i in range(40):
        sid = f"{'czskhupl'[2 * (i % 4):2 * (i % 4) + 2]}-s{rng.randrange(1000):03d}-{i}"
        s = Strategy(Path(f"{sid}.md"), {"id": sid, "country": sid[:2].upper(), "example": i % 3 == 0}, ())
        strategies.append(s)
        if i % 7 == 6:
            continue  # not scored
        areas = {} if i % 11 == 5 else {a: rng.choice([0.0, 33.33, 50.0, 100.0]) for a in rng.sample(["a1", "a2", "a0"], 2)}
        findings = tuple(Finding(c, rng.choice(["met", "partial", "missing", "odd"]),
                                 tuple(Evidence(1, "q", ()) for _ in range(rng.randrange(3))))
                         for c in ("C-B", "S-A"))
        found[sid] = summarise(Assessment(sid, "en", 10.0, areas, findings, (Finding("SDG-1", "met", ()),), ()))
    rng.shuffle(strategies)
    rows = sorted((s.id, s.country, s.is_example, area, round(float(v), 1))
                  for s in strategies if s.id in found for area, v in found[s.id].areas.items())
    want = pd.DataFrame(rows, columns=["strategy_id", "country", "example", "area", "score"])
    got = tables.area_scores(strategies, found)
    assert got.equals(want) and list(got.dtypes) == list(want.dtypes)
    rows = sorted((s.id, s.country, s.is_example, fw, concept_area, f[0], f[1], tables.STATUS_POINTS.get(f[1], 0.0), f[2])
                  for s in strategies if s.id in found
                  for fw, items in (("concept", found[s.id].concept), ("sdg", found[s.id].sdg))
                  for f in items for concept_area in [{"S-A": "a1", "C-B": "a2"}.get(f[0], "")])
    rows.sort(key=lambda r: (r[0], r[3], r[5]))  # by strategy, framework and criterion
    want = pd.DataFrame(rows, columns=tables.FINDING_COLUMNS)
    got = tables.findings(strategies, found, concept)
    assert got.equals(want) and list(got.dtypes) == list(want.dtypes)


CATALOGUE_ROW = """{% for r in rows %}
<tr data-country="{{ r.country|h }}" data-level="{{ r.level|h }}" data-language="{{ r.language|h }}" data-year_adopted="{{ r.year_adopted if r.year_adopted is not none else ''|h }}" data-score="{{ r.score_sort|h }}">
<td><a href="{{ href(r.page) }}">{{ r.entity|h }}</a>{% if r.example %} <span class="s4s-badge">Example</span>{% endif %}</td><td>{{ r.country|h }}</td><td>{{ r.level|h }}</td><td>{{ r.language|h }}</td><td>{{ r.year_adopted if r.year_adopted is not none else ''|h }}</td><td lang="{{ r.language|h }}">{{ r.title|h }}</td><td data-value="{{ r.score_sort|h }}">{{ r.score_text|h }}</td>
</tr>
{% endfor %}
"""
COUNTRY_ROW = """{% for r in rows %}
<tr><td><a href="{{ href(r.page) }}">{{ r.entity|h }}</a>{% if r.example %} <span class="s4s-badge">Example</span>{% endif %}</td><td>{{ r.level|h }}</td><td>{{ r.year_adopted if r.year_adopted is not none else ''|h }}</td><td lang="{{ r.language|h }}">{{ r.title|h }}</td><td>{{ r.score_text|h }}</td></tr>
{% endfor %}
"""


def test_table_rows_equal_the_rows_the_templates_wrote():
    """build._table_rows joins the catalogue's and country pages' strategy rows itself; the
    bytes must be those of the templates' former row loops (kept here), hostile values too."""
    from markupsafe import Markup

    from generator import render
    from generator.build import _table_rows, href, strategy_page

    rows = [{"id": sid, "page": strategy_page(sid), "entity": entity, "country": "CZ", "level": level,
             "language": "cs", "year_adopted": year, "title": title, "example": example,
             "score_text": text, "score_sort": sort}
            for sid, entity, level, year, title, example, text, sort in [
                ("cz-a", HOSTILE, "city", 2023, "Strategie <b>&amp;</b> \"x\" 'y'", True, "42.0", "42.0"),
                ("cz-b-2", "Brno", None, None, "", False, "text awaited", "-1"),
                ("cz-c", "  spaced\tout\u202e ", "region", 1999, HOSTILE, False, "not scored", "-1")]]
    rows.append({**rows[0], "id": "odd id", "page": "elsewhere/odd.md"})  # not a strategy page: href
    env = render.make_environment()
    for template, rel, catalogue in ((CATALOGUE_ROW, "catalogue.md", True), (COUNTRY_ROW, "countries/cz.md", False)):
        want = env.from_string(template).render(rows=rows, href=lambda t, rel=rel: render.h(href(rel, t)))
        got = "".join(f"{row}\n" for row in _table_rows(rows, rel, catalogue))
        assert got == want
        assert all(isinstance(row, Markup) for row in _table_rows(rows, rel, catalogue))


def test_build_collects_garbage_rarely_and_restores_the_collector(tmp_path, monkeypatch):
    """Speed only: build_site raises the collector's young-generation threshold while it runs
    (BUILD_GC_YOUNG) and restores it afterwards (here after a build that fails)."""
    import gc

    root = make_root(tmp_path)
    seen = []

    def fail(*a, **k):
        seen.append(gc.get_threshold()[0])
        raise BuildError("stop")

    monkeypatch.setattr(site_build, "gather", fail)
    before = gc.get_threshold()
    with pytest.raises(BuildError):
        build(root)
    assert seen == [site_build.BUILD_GC_YOUNG] and gc.get_threshold() == before


# --- many new files: read by the scoring workers (issue 9) ---------------------------------

def _many(root: Path, n: int) -> list[Path]:
    """n more strategy files in strategies/cz/: the fixture Lipnice under other names."""
    text = (REPO / "tests" / "fixtures" / "corpus" / "strategies" / "cz" / "lipnice.md").read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        path = root / "strategies" / "cz" / f"mesto-{i:02d}.md"
        path.write_text(text.replace("id: cz-lipnice", f"id: cz-mesto-{i:02d}"), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def scored_in_workers(monkeypatch):
    """The hand-made concept scored by the build's own machinery (cache, workers, pages they
    write), with fake_score as the scorer (forked workers inherit it)."""
    from generator import score as scoring

    concept = make_concept()
    monkeypatch.setattr(site_build, "load_concept", lambda root: concept)
    monkeypatch.setattr(site_build, "load_national", lambda root: {})
    monkeypatch.setattr(scoring, "score", fake_score)
    return concept


def _parsed_by(monkeypatch, log: Path) -> None:
    """Log the process id of every process that parses a strategy file."""
    import os

    from generator import load

    real = load.parse_strategy

    def parse(*args, **kw):
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        return real(*args, **kw)

    monkeypatch.setattr(load, "parse_strategy", parse)


def test_many_new_files_are_read_by_the_scoring_workers_and_make_the_same_site(tmp_path, scored_in_workers,
                                                                                monkeypatch):
    """Speed only: a build with many files to read (a first build) has its scoring workers
    read, parse and validate them while they score, instead of reading them all in the build's
    process first while the other cores wait; the site, the assessment cache and the next
    build's use of the parse cache are as when the build's process reads every file."""
    import os

    from generator import cache

    root = make_root(tmp_path)
    _many(root, 2 * cache.PARALLEL_FROM)
    clean = tmp_path / "clean"
    shutil.copytree(root, clean)
    log = tmp_path / "parsed-by"
    _parsed_by(monkeypatch, log)
    stats: dict = {}
    site = build(root, stats=stats)
    parsers = set(log.read_text(encoding="utf-8").split())
    assert parsers and str(os.getpid()) not in parsers
    assert stats["cache_misses"] == stats["scored"] == stats["strategies"] - 3  # the three awaited ones

    monkeypatch.setattr(cache, "parallel_loading", lambda *args: False)  # this process reads every file
    assert digest_tree(build(clean)) == digest_tree(site)
    kept, kept_clean = digest_tree(root / ".cache" / "assessments"), digest_tree(clean / ".cache" / "assessments")
    # The matchers kept: the workers' languages are not known before they read the files, so
    # those of every language are made for them (cache.prepare_matchers), the same bytes.
    assert kept_clean.items() <= kept.items()
    assert {k: v for k, v in kept.items() if not k.startswith("matchers/")} == \
        {k: v for k, v in kept_clean.items() if not k.startswith("matchers/")}
    stats = {}
    build(root, stats=stats)  # nothing changed: every file from the parse cache the workers' reading filled
    assert stats["parsed_from_cache"] == stats["strategies"] and stats["cache_hits"] == stats["scored"]


def test_problems_found_by_scoring_workers_are_raised_together_and_the_site_is_kept(tmp_path, scored_in_workers,
                                                                                     monkeypatch):
    """Files read by the scoring workers: every problem of every file in one ValidationError,
    the same as when the build's process reads them, and nothing of the failed build left
    (the previous site kept, no temporary folders, the summaries index not rewritten)."""
    from generator import cache
    from generator.errors import ValidationError

    root = make_root(tmp_path)
    paths = _many(root, 3 * cache.PARALLEL_FROM)
    site = build(root)
    before = digest_tree(site)
    index = {p: p.read_bytes() for p in (root / ".cache" / "assessments").rglob("summaries.marshal")}
    for path in paths:  # every file changed: all of them read again, by the workers
        path.write_text(path.read_text(encoding="utf-8") + "\nDalší odstavec.\n", encoding="utf-8")
    for path, old, new in ((paths[1], "level: city", "level: galaxy"), (paths[9], "<!-- page 2 -->", "<!-- page 3 -->"),
                           (paths[17], "\n---\n<!-- page 1", "\n<!-- page 1")):
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    twin = root / "examples" / "cz" / paths[20].name  # the same id in examples/: a duplicate
    twin.write_text(paths[20].read_text(encoding="utf-8").replace("extraction: text-layer",
                                                                  "extraction: text-layer\nexample: true"),
                    encoding="utf-8")
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns(".cache", "build", "site"))

    with pytest.raises(ValidationError) as caught:
        build(root)
    problems = caught.value.problems
    assert {p.path for p in problems} == {"strategies/cz/mesto-01.md", "strategies/cz/mesto-09.md",
                                          "strategies/cz/mesto-17.md", "cz-mesto-20"}
    assert digest_tree(site) == before
    assert sorted(p.name for p in (root / "build").iterdir() if p.name != ".lock") == ["docs"]
    assert not [p for p in site.parent.iterdir() if p.name.startswith(".site-")]
    assert {p: p.read_bytes() for p in (root / ".cache" / "assessments").rglob("summaries.marshal")} == index

    monkeypatch.setattr(cache, "parallel_loading", lambda *args: False)  # read by this process: the same problems
    with pytest.raises(ValidationError) as serial:
        build(clean)
    assert serial.value.problems == problems


def test_heatmap_statuses_equal_the_concept_rows_of_the_findings_frame(tmp_path, fake_concept):
    """Speed only: a country page's heat map reads the statuses from the summaries, as the
    findings frame's concept rows have them (the former way: filter that frame)."""
    data = site_build.gather(make_root(tmp_path))
    ids = [s.id for s in data.strategies if s.id in data.assessments]
    heat = site_build._heatmap(data, ids, "fig")
    part = data.findings[(data.findings["framework"] == "concept") & data.findings["strategy_id"].isin(ids)]
    status = dict(zip(zip(part["criterion"], part["strategy_id"], strict=True), part["status"], strict=True))
    crits = [c.id for c in data.concept.framework("concept") if c.id in set(part["criterion"])]
    sids = [i for i in ids if i in set(part["strategy_id"])]
    assert heat["criteria"] == crits and heat["strategies"] == sids and len(sids) > 1
    assert heat["matrix"] == [[status.get((c, sid), "") for sid in sids] for c in crits]
    assert site_build._heatmap(data, [], "fig") is None


def _typed_score(strategy: Strategy, concept: Concept) -> Assessment:
    """fake_score, with the compiled scorer's check of the pages' type."""
    if type(strategy.pages) is not tuple:
        raise TypeError(f"tuple object expected; got {type(strategy.pages).__name__}")
    return fake_score(strategy, concept)


def test_strategies_from_the_parse_cache_are_scored_with_their_pages_as_a_tuple(tmp_path, scored_in_workers,
                                                                                 monkeypatch):
    """Strategies taken from the parse cache read their pages when needed (LazyPages); scored
    again (the concept or scorer changed, an entry was lost), in forked workers or in the
    build's process, the scorer gets them as the tuple it takes (the compiled scorer raised
    TypeError: 'tuple object expected; got LazyPages')."""
    from generator import cache
    from generator import score as scoring

    root = make_root(tmp_path)
    _many(root, 2 * cache.PARALLEL_FROM)
    site = build(root)
    before = digest_tree(site)
    monkeypatch.setattr(scoring, "score", _typed_score)
    shutil.rmtree(root / ".cache" / "assessments")  # as after a change of the concept: all scored again
    stats: dict = {}
    assert digest_tree(build(root, stats=stats)) == before
    assert stats["parsed_from_cache"] == stats["strategies"] and stats["cache_misses"] == stats["scored"] > 8
    entries = sorted((root / ".cache" / "assessments").rglob("*.marshal"))
    for path in [p for p in entries if p.name == "summaries.marshal"] + entries[:3]:
        path.unlink(missing_ok=True)  # a few entries lost, and the index: scored again in this process
    stats = {}
    assert digest_tree(build(root, stats=stats)) == before
    assert 0 < stats["cache_misses"] < cache.PARALLEL_FROM
