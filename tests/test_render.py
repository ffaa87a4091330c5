"""Escaping of strategy-derived strings and determinism of generated Markdown and figures."""

from __future__ import annotations

import json

import markdown
import pytest

from generator import render
from generator.build import href, md_link, page_url

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "**bold** _it_ `code` # heading",
    "| a | b |",
    "{{ 7*7 }} {% for x in y %}",
    "line one\n\n# injected heading\n- list",
    "&lt;script&gt; already escaped",
    "a\u202eRTL\u200f and NUL\x00 end",
    "\\`escaped` backslash",
]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "attr_list"])


@pytest.mark.parametrize("value", HOSTILE)
def test_md_renders_as_the_same_plain_text(value):
    out = to_html(str(render.md(value)))
    assert "<script" not in out and "<img" not in out and "<a " not in out
    assert "<strong>" not in out and "<em>" not in out and "<code>" not in out
    assert "<h1" not in out and "<li>" not in out and "<table" not in out
    # What the visitor reads is the value itself (spaces collapsed, controls dropped).
    import html as _html
    import re

    shown = _html.unescape(re.sub(r"<[^>]+>", "", out)).strip()
    assert shown == render.plain(value)


def test_plain_fast_path_equals_the_substitutions():
    """plain() returns a text its substitutions would not change without running them: the
    result must be theirs on any text (spaces, controls, bidi marks at any place)."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    control = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
    # mostly letters and spaces (the fast path's texts), some with controls and other whitespace
    text = st.one_of(st.text(alphabet="ab é", max_size=8), st.text(alphabet=st.sampled_from(
        "ab \t\n\r\x0b\x0c\x00\x1c\x85\xa0\u2000\u200b\u202e\u2028\u3000é"), max_size=8))

    @settings(max_examples=500, deadline=None)
    @given(st.one_of(text, st.integers(), st.booleans(), st.floats(allow_nan=False)))
    def check(value):
        want = "" if value is None else re.sub(r"\s+", " ", control.sub("", str(
            f"{value:.1f}" if isinstance(value, float) else value))).strip()
        assert render.plain(value) == want

    check()


@pytest.mark.parametrize("value", HOSTILE)
def test_h_escapes_for_html(value):
    out = str(render.h(value))
    assert "<" not in out and ">" not in out and '"' not in out


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a.pdf", True),
    ("http://example.org", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>", False),
    ("//evil.example/x", False),
    ("https://", False),
    ("https://exa mple.org", False),
    ("vbscript:msgbox", False),
    ("", False),
    (None, False),
])
def test_safe_url(url, ok):
    assert (render.safe_url(url) is not None) == ok


def test_link_falls_back_to_text():
    assert str(render.link("javascript:alert(1)", "x<y")) == "x&lt;y"
    assert 'href="https://e.org/?a=1&amp;b=2"' in str(render.link("https://e.org/?a=1&b=2", "s"))


def test_script_json_cannot_close_the_script():
    out = str(render.script_json({"t": "</script><script>alert(1)</script>\u2028"}))
    assert "</" not in out and "<" not in out and "\u2028" not in out


def test_front_matter_title_has_no_markup():
    out = str(render.front_matter_title('</title><script>alert("x")</script> & \\'))
    assert "<" not in out and ">" not in out and "&" not in out
    assert out.startswith('"') and out.endswith('"') and "\n" not in out


def test_template_values_are_escaped_but_not_evaluated():
    env = render.make_environment()
    tpl = env.from_string("# {{ name }}\n<td>{{ name|h }}</td>")
    out = tpl.render(name="{{ 7*7 }} <b>x</b>")
    assert "49" not in out
    assert "&lt;b&gt;" in out and "<b>" not in out


def test_figures_are_deterministic():
    a = render.script_json(render.bar_figure("t", ["b", "a"], [1.0, 2.0]))
    b = render.script_json(render.bar_figure("t", ["b", "a"], [1.0, 2.0]))
    assert a == b
    assert '"template"' in a and "plotly.com" not in a  # no default template embedded


@pytest.mark.parametrize("src, target, expected", [
    ("index.md", "catalogue.md", "catalogue/"),
    ("catalogue.md", "strategies/cz-a.md", "../strategies/cz-a/"),
    ("countries/cz.md", "strategies/cz-a.md", "../../strategies/cz-a/"),
    ("concept/index.md", "concept/criteria/s-goals.md", "criteria/s-goals/"),
    ("strategies/cz-a.md", "data/strategies/cz-a.json", "../../data/strategies/cz-a.json"),
])
def test_href(src, target, expected):
    assert href(src, target) == expected


def test_page_url_and_md_link():
    assert page_url("index.md") == "" and page_url("a/index.md") == "a/" and page_url("a/b.md") == "a/b/"
    assert md_link("countries/cz.md", "strategies/x.md") == "../strategies/x.md"


def test_generated_markdown_is_deterministic(tmp_path):
    """Render the docs folder twice from the same data: identical files."""
    import hashlib
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_build import fake_score, make_concept, make_root

    from generator import build as site_build

    root = make_root(tmp_path)
    strategies = site_build.load_strategies(root)
    concept = make_concept()
    data = site_build.SiteData(strategies, concept,
                               {s.id: fake_score(s, concept) for s in strategies if not s.awaited},
                               {}, True)
    outs = []
    for name in ("a", "b"):
        site_build.render_docs(data, tmp_path / name, root, documents=False)
        outs.append({p.relative_to(tmp_path / name).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                     for p in sorted((tmp_path / name).rglob("*")) if p.is_file()})
    assert outs[0] == outs[1]
    assert "strategies/cz-hostilov.md" in outs[0]


def test_figure_labels_carry_no_markup_from_data():
    fig = render.heatmap_figure("t", ["S-A"], ['<a href="javascript:x">City</a>'], [["met"]])
    assert "<a" not in str(render.script_json(fig)) and "\\u003ca" not in str(render.script_json(fig))
    assert render.label("one two three four", 8) == "one two<br>three<br>four"


@pytest.mark.parametrize("horizontal", [True, False])
def test_bar_figure_equals_validating_each_figure(horizontal):
    labels = ["Digital public administration and services", "Energy", "Mobility <b>x</b>"]
    for values in ([0, 0, 0], [12.5, 100.0, 33.3], [7, 55.55, 99]):
        fast = render.bar_figure("Score by concept area", labels, values, horizontal=horizontal)
        slow = render._bar_figure_validated("Score by concept area", labels, [float(v) for v in values],
                                            horizontal=horizontal)
        assert json.dumps(fast, sort_keys=True) == json.dumps(slow, sort_keys=True)


def test_heatmap_figure_equals_validating_the_whole_figure():
    rows = ["S-ANALYSIS", "C-A-EDUCATION", "Long criterion title with <b>markup</b> and words"]
    columns = ["cz-a", "Město <i>B</i>", "pl-c"]
    statuses = [["met", "partial", "missing"], ["", "met", "unknown"], ["missing", "missing", "met"]]
    fast = render.heatmap_figure("Concept criteria by strategy", rows, columns, statuses)
    slow = render._heatmap_figure_validated("Concept criteria by strategy", rows, columns, statuses)
    assert json.dumps(fast, sort_keys=True) == json.dumps(slow, sort_keys=True)
    one = render.heatmap_figure("t", rows[:1], columns[:1], [statuses[0][:1]])
    assert json.dumps(one, sort_keys=True) == json.dumps(
        render._heatmap_figure_validated("t", rows[:1], columns[:1], [statuses[0][:1]]), sort_keys=True)


def test_figure_cache_serves_what_plotly_validated_and_only_for_the_same_figure(tmp_path, monkeypatch):
    """A rebuild takes figures the last build validated from .cache/figures.marshal; a figure
    asked for with other data is validated again, and a damaged file is an empty cache."""
    cache = render.FigureCache()
    monkeypatch.setattr(render, "_FIGURES", cache)
    trace = [{"type": "bar", "x": [1.0, 2.0], "y": ["a", "b"]}]
    first = render.figure(trace, {"title": {"text": "T"}})
    path = tmp_path / "figures.marshal"
    cache.save(path)

    fresh = render.FigureCache()
    fresh.load(path)
    monkeypatch.setattr(render, "_FIGURES", fresh)
    import plotly.graph_objects as go

    calls = []
    real = go.Figure
    monkeypatch.setattr(go, "Figure", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert render.figure(trace, {"title": {"text": "T"}}) == first
    assert calls == []  # served from the file
    other = render.figure([{"type": "bar", "x": [3.0], "y": ["c"]}], {"title": {"text": "T"}})
    assert calls == [1] and other["data"][0]["x"] == [3.0]

    path.write_bytes(b"not marshal")
    damaged = render.FigureCache()
    damaged.load(path)
    monkeypatch.setattr(render, "_FIGURES", damaged)
    assert render.figure(trace, {"title": {"text": "T"}}) == first and calls == [1, 1]


def test_figure_cache_keeps_only_the_figures_a_build_used(tmp_path):
    import marshal

    cache = render.FigureCache()
    cache.put("old", "{}")
    path = tmp_path / "figures.marshal"
    cache.save(path)
    again = render.FigureCache()
    again.load(path)
    again.put("new", "{}")
    again.save(path)
    assert sorted(marshal.loads(path.read_bytes())) == ["new"]
