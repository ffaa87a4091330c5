"""The loader's shortcuts give what the general path gives: page markers found in the whole
text, and one-line front matter read without the YAML parser."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import yamlsafe
from generator.load import parse_strategy

FRONT = (
    "---\nid: cz-x\nentity: E\ncountry: CZ\nlevel: city\ntitle: T\ntitle_en: T\nlanguage: cs\n"
    "year_adopted: 2020\nperiod_start: 2020\nperiod_end: 2030\nsource_url: https://e.org/a.pdf\n"
    f"source_sha256: {'a' * 64}\nsource_pages: 2\nextraction: text-layer\n---\n"
)


def _parser(text: str) -> yamlsafe.Parsed:
    """The general path: libyaml, or PyYAML's words for a syntax error."""
    try:
        return yamlsafe._parse(text, "f.md", 2, yamlsafe._Loader)
    except yaml.MarkedYAMLError:
        return yamlsafe._parse(text, "f.md", 2, yaml.SafeLoader)


def _typed(parsed: yamlsafe.Parsed):
    data = None if parsed.data is None else [(repr(k), type(k), repr(v), type(v)) for k, v in parsed.data.items()]
    return data, parsed.lines, parsed.problems


KEYS = st.sampled_from(["id", "title", "yes", "No", "null", "on", "_x", "a1", "Y", "x" * 64, "x" * 65, "<<", "2020"])
VALUES = st.one_of(
    st.sampled_from(
        ["", "2020", "-5", "0x1F", "017", "1_000", "1:30", "1.5", ".inf", ".nan", "yes", "OFF", "~", "null",
         "2020-01-01", "2020-02-30", "2001-12-14 21:59:43.10 -5", "https://e.org/a?b=1&c=2#frag", "<<", "="]
    ),
    st.text(alphabet=" :#-'\"\ta1.é\x85\u2028\u00a0\ufeff!&*[]{},?~=<%@|>_e+x0T\r\\", max_size=8),
)
LINES = st.lists(st.tuples(KEYS, st.sampled_from([":", ": ", ":  "]), VALUES, st.sampled_from(["", " "])), max_size=4)


@settings(max_examples=500, deadline=None)
@given(LINES)
def test_one_line_front_matter_reads_as_the_parser_reads_it(lines):
    text = "\n".join(key + colon + value + tail for key, colon, value, tail in lines)
    simple = yamlsafe._simple_mapping(text, 2)
    if simple is not None:
        assert _typed(simple) == _typed(_parser(text))


def test_ingested_front_matter_takes_the_short_path():
    text = FRONT.split("---\n")[1].rstrip("\n")
    simple = yamlsafe._simple_mapping(text, 2)
    assert simple is not None and simple.data["year_adopted"] == 2020 and simple.lines["extraction"] == 15
    for refused in ("notes: a #b", "notes: 'a'", "x: &a 1", "x: !!str 1", "notes: a: b", "id: x\nid: y", "=: 1", "x: ="):
        assert yamlsafe._simple_mapping(refused, 2) is None, refused


def test_page_markers_are_whole_lines():
    body = (
        "<!-- page 1 -->\t\nOne\n <!-- page 2 -->\nx<!-- page 2 -->\n<!-- page 2 --> x\n"
        "<!-- page 2 -->\r\nTwo\n\n"
    )
    strategy, problems = parse_strategy((FRONT + body).encode(), "examples/cz/x.md", ("strategies", "cz", "x"))
    assert problems == []
    assert [(p.number, p.line, p.text) for p in strategy.pages] == [
        (1, 17, "One\n <!-- page 2 -->\nx<!-- page 2 -->\n<!-- page 2 --> x"),
        (2, 22, "Two"),
    ]


def test_body_problems_name_their_lines():
    body = "\nstray\n<!-- page 2 -->\n<!-- page 1 -->\n  \n"
    _, problems = parse_strategy((FRONT + body).encode(), "x.md", ("strategies", "cz", "x"))
    assert [(p.line, p.message) for p in problems] == [
        (19, "page marker 2 is out of order: expected page 1"),
        (20, "page marker 1 is out of order: expected page 2"),
        (18, "text before the first page marker '<!-- page 1 -->'"),
        (19, "the text is empty: ingest the PDF again or mark it 'extraction: awaited'"),
    ]


def test_a_path_given_as_text_is_kept_as_a_path(tmp_path, monkeypatch):
    """load_strategy takes `str | Path`; Strategy.path is a Path either way (it was the text
    itself, so the same file loaded both ways gave unequal strategies)."""
    from pathlib import Path

    from generator.load import load_strategy

    folder = tmp_path / "strategies" / "cz"
    folder.mkdir(parents=True)
    (folder / "x.md").write_text(FRONT.replace("source_pages: 2", "source_pages: 1") + "<!-- page 1 -->\nText.\n",
                                 encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from_text = load_strategy("strategies/cz/x.md")
    assert isinstance(from_text.path, Path)
    assert from_text == load_strategy(Path("strategies/cz/x.md"))
