"""The plan documents and the methodology: every placeholder filled from the data, numbers
equal to those computed from the open-data frame, strategy text escaped, strict failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import documents as d
from generator.errors import BuildError
from generator.models import (
    COUNTRIES,
    Area,
    Assessment,
    Concept,
    Criterion,
    Evidence,
    Finding,
    Page,
    Strategy,
)

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
LANGS = ("en", "cs", "sk", "hu", "pl")


def _t(text: str) -> dict[str, str]:
    return {lang: text for lang in LANGS}


def _criterion(cid: str, framework: str, area: str, weight: float = 1.0) -> Criterion:
    return Criterion(id=cid, framework=framework, area=area, title=_t(f"Title of {cid}"),
                     description=_t(f"About {cid}"), terms={"en": (cid.lower(),)}, weight=weight,
                     recommendation=_t(f"Add {cid} <now>"))


def tiny_concept() -> Concept:
    crits = [_criterion(c, "concept", "structure") for c in d.STRUCTURE_CRITERIA]
    crits += [_criterion("C-A-EDU", "concept", "A", 2.0)]
    crits += [_criterion(f"SDG-{n}", "sdg", f"SDG-{n}") for n in range(1, 18)]
    crits += [_criterion(e, "egd", e) for e in ("EGD-CLIMATE", "EGD-ENERGY", "EGD-MOBILITY")]
    areas = (Area("structure", "concept", _t("Structure")), Area("A", "concept", _t("People")))
    return Concept(criteria=tuple(crits), areas=areas, meta={}, digest="0" * 64)


def strategy(sid: str, country: str, example: bool = False, awaited: bool = False, entity: str | None = None) -> Strategy:
    meta = {"id": sid, "entity": entity or sid.title(), "country": country, "level": "city",
            "title": f"Strategie {sid}", "title_en": f"Strategy {sid}", "language": "cs",
            "year_adopted": 2022, "extraction": "awaited" if awaited else "text-layer"}
    if example:
        meta["example"] = True
    pages = () if awaited else (Page(1, "Some text.", 20),)
    return Strategy(path=Path(f"strategies/{country.lower()}/{sid}.md"), meta=meta, pages=pages)


def assessment(sid: str, concept: Concept, statuses: dict[str, str], score: float) -> Assessment:
    def findings(fw: str) -> tuple[Finding, ...]:
        out = []
        for c in concept.framework(fw):
            st = statuses.get(c.id, "missing")
            ev = (Evidence(1, "quote", (c.id.lower(),)),) if st != "missing" else ()
            out.append(Finding(c.id, st, ev))
        return tuple(out)

    return Assessment(sid, "cs", score, {"structure": score}, findings("concept"), findings("sdg"), findings("egd"))


@pytest.fixture(scope="module")
def corpus():
    concept = tiny_concept()
    strategies = [
        strategy("cz-alfa", "CZ", entity="Alfa <script>alert(1)</script> | x & \"y\""),
        strategy("cz-beta", "CZ", example=True),
        strategy("sk-gama", "SK"),
        strategy("pl-delta", "PL", awaited=True),
        strategy("hu-epsilon", "HU", entity="{{ corpus }} {% raw %}"),
    ]
    assessments = [
        assessment("cz-alfa", concept, {"S-ANALYSIS": "met", "S-VISION": "partial", "SDG-11": "met", "EGD-ENERGY": "met"}, 40.0),
        assessment("cz-beta", concept, {c: "met" for c in d.STRUCTURE_CRITERIA} | {"EGD-CLIMATE": "partial"}, 90.0),
        assessment("sk-gama", concept, {"S-GOALS": "met", "S-ANALYSIS": "partial"}, 12.5),
        assessment("hu-epsilon", concept, {"S-GOALS": "met"}, 8.0),
    ]
    return strategies, assessments, concept


def test_every_document_renders_with_no_placeholder_left(tmp_path, corpus):
    strategies, assessments, concept = corpus
    written = d.render_documents(strategies, assessments, concept, tmp_path, content_root=CONTENT,
                                 national={}, accuracy=None)
    names = d.template_names(CONTENT)
    assert len(names) >= 7  # six plan documents and the methodology
    for name in names:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "{{" not in text and "{%" not in text, name
        assert (tmp_path / name).with_suffix(".pdf") in written
        assert (tmp_path / name).with_suffix(".pdf").read_bytes().startswith(b"%PDF")
        assert f"]({d.pdf_name(name)})" in text  # the page links its PDF
        for heading in ("(čeština)", "(slovenčina)", "(magyar)", "(polski)"):
            if name.startswith("plan/"):
                assert heading in text, (name, heading)


def test_strategy_text_is_escaped_and_never_template_source(tmp_path, corpus):
    strategies, assessments, concept = corpus
    d.render_documents(strategies, assessments, concept, tmp_path, content_root=CONTENT, national={},
                       accuracy=None, pdf=False)
    text = (tmp_path / "plan" / "03-strategies-collection.md").read_text(encoding="utf-8")
    assert "<script>" not in text
    assert "Alfa &lt;script&gt;alert(1)&lt;/script&gt; &#124; x &amp; &quot;y&quot;" in text
    # the entity named "{{ corpus }}" is shown literally (escaped braces), not evaluated
    assert "{{ corpus }}" not in text and "{% raw %}" not in text
    assert "&#123;&#123; corpus &#125;&#125;" in text or "{{ corpus }}".replace("{", "&#123;") in text


def test_md_cell_escapes_html_and_pipes():
    assert d.md_cell('a|b<c>&"d\'\ne') == "a&#124;b&lt;c&gt;&amp;&quot;d&#x27; e"
    assert d.md_cell("[x](javascript:alert(1)) *b* _i_ `c` \\") == (
        "&#91;x&#93;(javascript:alert(1)) &#42;b&#42; &#95;i&#95; &#96;c&#96; &#92;")


def test_placeholder_naming_missing_data_fails_with_document_and_line(tmp_path, corpus):
    strategies, assessments, concept = corpus
    content = tmp_path / "content"
    (content / "plan").mkdir(parents=True)
    (content / "plan" / "x.md").write_text("# X\n\nfine {{ corpus.scored }}\n\n{{ corpus.no_such_figure }}\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        d.render_documents(strategies, assessments, concept, tmp_path / "out", content_root=content,
                           national={}, accuracy=None, pdf=False)
    msg = str(err.value)
    assert msg.startswith(f"{(content / 'plan' / 'x.md').as_posix()}:5: placeholder names data that does not exist")
    assert "no_such_figure" in msg


def test_unknown_name_fails(tmp_path, corpus):
    strategies, assessments, concept = corpus
    content = tmp_path / "content"
    (content / "plan").mkdir(parents=True)
    (content / "plan" / "y.md").write_text("# Y\n{{ nothing_here }}\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"y\.md:2: .*nothing_here"):
        d.render_documents(strategies, assessments, concept, tmp_path / "out", content_root=content,
                           national={}, accuracy=None, pdf=False)


def _independent(strategies, assessments, concept):
    """The figures recomputed without pandas from the objects (or from the site's frames)."""
    by_id = {a.strategy_id: a for a in assessments}
    scored = [s for s in strategies if s.id in by_id and not s.awaited]
    per_country = {cc: [by_id[s.id].score for s in scored if s.country == cc] for cc in COUNTRIES}
    met = {}
    for c in concept.framework("concept"):
        statuses = [f.status for s in scored for f in by_id[s.id].concept if f.criterion == c.id]
        met[c.id] = round(100 * statuses.count("met") / len(statuses), 1)
    return scored, per_country, met


def _open_data_frame(strategies, assessments):
    """The site's open-data frames when generator.tables exists; else None."""
    try:
        from generator import tables  # noqa: F401
    except ImportError:
        return None
    return tables


def test_numbers_equal_those_computed_from_the_data(corpus):
    strategies, assessments, concept = corpus
    ctx = d.build_context(strategies, assessments, concept, national={}, accuracy=None)
    scored, per_country, met = _independent(strategies, assessments, concept)
    assert ctx["corpus"]["strategies"] == len(strategies)
    assert ctx["corpus"]["scored"] == len(scored)
    assert ctx["corpus"]["awaited"] == sum(s.awaited for s in strategies)
    assert ctx["corpus"]["scored_examples"] == sum(s.is_example for s in scored)
    assert ctx["corpus"]["mean_score"] == round(sum(a.score for a in assessments) / len(assessments), 1)
    for c in ctx["countries"]:
        scores = per_country[c["code"]]
        assert c["scored"] == len(scores)
        assert c["mean_score"] == (round(sum(scores) / len(scores), 1) if scores else None)
    for row in ctx["frameworks"]["concept"]:
        assert row["met_pct"] == met[row["id"]]
        assert row["met"] + row["partial"] + row["missing"] == len(scored)
    # the long findings frame is the open data's shape: one row per scored strategy and criterion
    ff = d.findings_frame(strategies, {a.strategy_id: a for a in assessments})
    assert len(ff) == len(scored) * len(concept.criteria)
    tables = _open_data_frame(strategies, assessments)
    if tables is not None and hasattr(tables, "findings") and hasattr(tables, "per_criterion"):
        # the site's open-data frames (generator/tables.py): the same counts and shares
        by_id = {a.strategy_id: a for a in assessments}
        theirs = tables.per_criterion(tables.findings(strategies, by_id, concept)).set_index("criterion")
        for fw in ("concept", "sdg", "egd"):
            for row in ctx["frameworks"][fw]:
                t = theirs.loc[row["id"]]
                assert (int(t["met"]), int(t["partial"]), int(t["missing"])) == (row["met"], row["partial"], row["missing"])
                assert float(t["share"]) == row["points_pct"]
        pc = tables.per_country(tables.catalogue(strategies, by_id)).set_index("country")
        for c in ctx["countries"]:
            assert int(pc.loc[c["code"], "scored"]) == c["scored"]
            assert int(pc.loc[c["code"], "awaited"]) == c["awaited"]
            mean = pc.loc[c["code"], "mean_score"]
            assert (None if mean != mean else float(mean)) == c["mean_score"]


def test_criterion_tables_count_as_the_long_frame_grouped(corpus):
    """criterion_tables counts in one pass what criterion_table and country_criterion_table
    group from findings_frame: the same rows, order, values and shares (ties of a half
    rounded the same way), also with a status the tables do not count."""
    import pandas as pd

    strategies, assessments, concept = corpus
    by_id = {a.strategy_id: a for a in assessments}
    odd = by_id["hu-epsilon"]
    by_id["hu-epsilon"] = odd.__class__(**{**odd.__dict__, "egd": (Finding(odd.egd[0].criterion, "unknown", ()),
                                                                    *odd.egd[1:])})
    for chosen in (strategies, sorted(strategies, key=lambda s: s.id), strategies[::-1], []):
        ff = d.findings_frame(chosen, by_id)
        ct, cct = d.criterion_tables(chosen, by_id)
        for want, got in ((d.criterion_table(ff), ct), (d.country_criterion_table(ff), cct)):
            assert list(got.columns) == list(want.columns)
            assert len(got) == len(want) == (0 if not chosen else len(got))
            for col in want.columns:
                assert [*got[col]] == [*want[col]], col
    # one partial in 1,000: 0.05 % of points, a tie that NumPy's rounding (the frame's values
    # are NumPy numbers) and Python's round() settle differently; the tables must not change
    many = [strategy(f"cz-s{i:04d}", "CZ") for i in range(1000)]
    marks = {s.id: assessment(s.id, concept, {"S-GOALS": "partial"} if i == 0 else {}, 1.0) for i, s in enumerate(many)}
    ct, _ = d.criterion_tables(many, marks)
    want = d.criterion_table(d.findings_frame(many, marks))
    assert [*ct["points_pct"]] == [*want["points_pct"]] and isinstance(ct, pd.DataFrame)
    assert ct.set_index("criterion").loc["S-GOALS", "points_pct"] != round(100.0 * 0.5 / 1000, 1)


def test_gaps_rank_not_met_criteria_and_carry_the_recommendation(corpus):
    strategies, assessments, concept = corpus
    ctx = d.build_context(strategies, assessments, concept, national={}, accuracy=None)
    sk = ctx["gaps"]["SK"]["concept"]
    assert len(sk) == d.TOP_GAPS
    assert all(g["gap_pct"] == 100.0 for g in sk)  # one SK strategy, each listed gap is missing or partial
    assert "S-GOALS" not in [g["id"] for g in sk]  # met there
    assert sk[0]["action"].startswith("Add ")
    cz = {g["id"]: g for g in ctx["gaps"]["CZ"]["concept"]}
    # C-A-EDU is missing in both CZ strategies; the example meets every structure criterion
    assert list(cz)[0] == "C-A-EDU" and cz["C-A-EDU"]["gap_pct"] == 100.0
    assert all(g["gap_pct"] == 50.0 for cid, g in cz.items() if cid.startswith("S-"))
    assert "gaps_CZ_concept" in ctx["tables"] and "&lt;now&gt;" in ctx["tables"]["gaps_CZ_concept"]


def test_collection_table_years_and_scores_blank_where_missing(corpus):
    """The collection table reads year and score back from the frame: a missing year (the
    column then holds NaN, its years floats) and an unscored strategy are blank cells, a year
    an integer and a score one decimal."""
    strategies, assessments, concept = corpus
    undated = strategy("sk-zeta", "SK")
    del undated.meta["year_adopted"]
    ctx = d.build_context([*strategies, undated], assessments, concept, national={}, accuracy=None)
    cells = [[c.strip() for c in line.split("|")[1:-1]] for line in ctx["tables"]["collection"].splitlines()[2:]]
    rows = {row[1]: row for row in cells}
    assert rows["Sk-Zeta"][6:] == ["", "not yet scored", ""]
    assert rows["Sk-Gama"][6:] == ["2022", "scored", "12.5"]
    assert rows["Pl-Delta"][6:] == ["2022", "text awaited", ""]


def test_frame_cells_are_narrowed_to_their_column_type():
    """pandas-stubs types every itertuples() cell as any pandas Scalar; the documents read a
    cell as the number, count or text its column holds, and anything else is an error."""
    import numpy as np

    assert d._cell_number(None) is None and d._cell_number(float("nan")) is None
    assert d._cell_number(np.float64(2.5)) == 2.5 and d._cell_number(2021) == 2021.0
    assert d._cell_count(np.int64(3)) == 3 and type(d._cell_count(np.int64(3))) is int
    assert d._cell_share(0.0) == 0.0 and d._cell_text("S-GOALS") == "S-GOALS"
    for bad, read in ((b"1", d._cell_number), ("3", d._cell_count), (2.5, d._cell_count),
                      (1, d._cell_text), (None, d._cell_share), (float("nan"), d._cell_share)):
        with pytest.raises(TypeError):
            read(bad)


def test_aggregates_with_examples_say_so(tmp_path, corpus):
    strategies, assessments, concept = corpus
    ctx = d.build_context(strategies, assessments, concept, national={}, accuracy=None)
    assert ctx["corpus"]["includes_examples"] and "1 fictional example strategy" in ctx["corpus"]["example_note"]
    real_only = [s for s in strategies if not s.is_example]
    ctx2 = d.build_context(real_only, [a for a in assessments if a.strategy_id != "cz-beta"], concept, national={})
    assert not ctx2["corpus"]["includes_examples"]


def test_national_mapping_rendered_from_data(corpus):
    strategies, assessments, concept = corpus
    national = {"SK": {"mapping": {"S-ANALYSIS": {"element": "Analytická časť", "source": "539/2008"},
                                   "S-VISION": "Strategická časť <b>"}}}
    ctx = d.build_context(strategies, assessments, concept, national=national)
    sk = ctx["national"]["SK"]
    assert sk["available"] and sk["mapped"] == 2
    assert "| S-ANALYSIS | Analytická časť | 539/2008 |" in sk["table"]
    assert "&lt;b&gt;" in sk["table"]
    assert not ctx["national"]["CZ"]["available"]


def test_output_is_deterministic(tmp_path, corpus):
    strategies, assessments, concept = corpus
    a = d.render_documents(strategies, assessments, concept, tmp_path / "a", content_root=CONTENT, national={}, accuracy=None)
    b = d.render_documents(list(reversed(strategies)), list(reversed(assessments)), concept, tmp_path / "b",
                           content_root=CONTENT, national={}, accuracy=None)
    assert len(a) == len(b)
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name


def test_metrics():
    m = d.metrics([(True, True), (True, False), (False, False), (False, True)])
    assert (m["accuracy"], m["precision"], m["recall"], m["f1"]) == (50.0, 50.0, 50.0, 0.5)


def test_accuracy_file_fills_the_methodology(tmp_path, corpus):
    strategies, assessments, concept = corpus
    acc = {"rows": 492, "accuracy": 81.2, "precision": 80.0, "recall": 70.5, "f1": 0.75,
           "tp": 1, "fp": 2, "tn": 3, "fn": 4}
    d.render_documents(strategies, assessments, concept, tmp_path, content_root=CONTENT, national={},
                       accuracy=acc, pdf=False)
    text = (tmp_path / "methodology.md").read_text(encoding="utf-8")
    assert "| Accuracy % | 81.2 |" in text and "492" in text and "CC BY 4.0" in text


def test_measure_sdg_uses_the_classifier_on_the_csv(tmp_path):
    csv = tmp_path / "dev.csv"
    csv.write_text(
        "id,text,sdg,label\n"
        "a,\"Extreme poverty and social protection for the poor.\",1,True\n"
        "b,\"The football match ended in a draw.\",1,False\n"
        "c,\"Extreme poverty and social protection for the poor.\",14,False\n",
        encoding="utf-8")
    m = d.measure_sdg(csv)
    assert m["rows"] == 3 and m["tp"] == 1 and m["tn"] == 2 and m["accuracy"] == 100.0
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text,sdg,label\nx,t,notanumber,True\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"bad\.csv:2: "):
        d.measure_sdg(bad)


def test_documents_render_with_the_real_concept(tmp_path, corpus):
    concept_mod = pytest.importorskip("generator.concept")
    concept = concept_mod.load_concept(ROOT / "concept")
    strategies, _, _ = corpus
    assessments = [assessment(s.id, concept, {}, 0.0) for s in strategies if not s.awaited]
    d.render_documents(strategies, assessments, concept, tmp_path, content_root=CONTENT, national=None,
                       accuracy=None, pdf=False, root=ROOT)
    text = (tmp_path / "methodology.md").read_text(encoding="utf-8")
    for c in concept.framework("concept"):
        assert f"| {d.md_cell(c.id)} |" in text  # every criterion's thresholds are listed


def test_pdf_cache_gives_the_same_bytes_and_follows_the_text(tmp_path):
    rendered = {"plan/x.md": "# Title\n\nSome text.\n\n| a | b |\n| --- | --- |\n| 1 | two words |\n"}
    context = {"figures": {}}
    cache = tmp_path / "cache"
    first = d.render_document_pdfs(rendered, context, tmp_path / "one", cache)[0].read_bytes()
    assert len(list(cache.glob("*.pdf"))) == 1
    second = d.render_document_pdfs(rendered, context, tmp_path / "two", cache)[0].read_bytes()
    assert first == second
    fresh = d.render_document_pdfs(rendered, context, tmp_path / "three")[0].read_bytes()
    assert fresh == first  # the cache holds exactly what would be made
    changed = {"plan/x.md": rendered["plan/x.md"].replace("two words", "three words")}
    d.render_document_pdfs(changed, context, tmp_path / "four", cache)
    assert len(list(cache.glob("*.pdf"))) == 2


def test_refreshing_accuracy_keeps_the_first_held_out_measurement(tmp_path):
    """A held-out set is honest once: refreshing the development figures must not measure it
    again (with terms since shaped on it) under the 'texts it has not seen' heading."""
    dev = tmp_path / "dev.csv"
    dev.write_text("id,text,sdg,label\n"
                   "a,Extreme poverty and hunger remain widespread in rural areas of the region.,1,True\n"
                   "b,The orchestra performed a new symphony at the opening of the festival.,14,False\n",
                   encoding="utf-8")
    out = tmp_path / "accuracy.json"
    first = {"held_out": {"en": {"f1": 0.8, "precision": 0.857}}, "held_out_sets": ["`eval/set/`"]}
    out.write_text(json.dumps(first), encoding="utf-8")
    result = d.refresh_accuracy(out, dev)
    assert result["rows"] == 2 and result["tp"] + result["fn"] == 1
    assert result["held_out"] == first["held_out"] and result["held_out_sets"] == first["held_out_sets"]
    assert json.loads(out.read_text(encoding="utf-8"))["held_out"] == first["held_out"]
    with pytest.raises(BuildError):
        d.refresh_accuracy(out, dev, held_out_sets=("no-such-set",))


def test_md_cell_escapes_once_per_value_and_type():
    """md_cell remembers what it escaped: equal values of other types (True, 1, 1.0) keep their
    own text, and unhashable values are still escaped."""
    assert [d.md_cell(v) for v in (True, 1, 1.0, "1")] == ["True", "1", "1.0", "1"]
    assert [d.md_cell(v) for v in (1.0, 1, True)] == ["1.0", "1", "True"]  # the same from the cache
    assert d.md_cell(["a|b"]) == "&#91;&#x27;a&#124;b&#x27;&#93;"
    assert d.md_cell("x\n|y") == d.md_cell("x\n|y") == "x &#124;y"
