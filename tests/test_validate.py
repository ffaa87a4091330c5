"""One test per validation rule: the exact message and line (MkDocs style: inline trees)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import ValidationError
from generator.load import load_strategy
from generator.schema import Limits
from generator.validate import validate

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"

# A valid file; line numbers below refer to this layout (line 1 is '---').
VALID = """\
---
id: cz-testov
entity: Testov
country: CZ
level: city
title: Strategie Smart Testov
title_en: Smart Testov Strategy
language: cs
year_adopted: 2022
period_start: 2022
period_end: 2030
source_url: https://example.org/testov.pdf
source_sha256: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
source_pages: 2
extraction: text-layer
---
<!-- page 1 -->
První strana textu.

<!-- page 2 -->
Druhá strana textu.
"""


def tree(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return tmp_path


def problems(tmp_path: Path, text: str | bytes, name: str = "strategies/cz/testov.md", **kw) -> list[str]:
    root = tree(tmp_path, {name: text})
    return [str(p) for p in validate(root=root, **kw).problems]


def replace(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new, 1)


def test_fixture_corpus_is_valid():
    report = validate(root=FIXTURES)
    assert report.problems == []
    assert report.checked == 3
    assert sorted(s.id for s in report.strategies) == ["cz-lipnice", "pl-zielonka", "sk-brezany"]


def test_valid_file_loads_pages(tmp_path):
    root = tree(tmp_path, {"strategies/cz/testov.md": VALID})
    strategy = load_strategy(root / "strategies/cz/testov.md")
    assert [(p.number, p.text, p.line) for p in strategy.pages] == [
        (1, "První strana textu.", 17),
        (2, "Druhá strana textu.", 20),
    ]
    assert strategy.meta["year_adopted"] == 2022


def test_yaml_syntax_error_with_line(tmp_path):
    assert problems(tmp_path, replace("level: city", "level: [city")) == [
        "strategies/cz/testov.md:6: YAML syntax error: expected ',' or ']', but got ':'"
    ]


def test_missing_required_field(tmp_path):
    assert problems(tmp_path, replace("entity: Testov\n", "")) == [
        "strategies/cz/testov.md:15: required field 'entity' is missing"
    ]


def test_wrong_type(tmp_path):
    assert problems(tmp_path, replace("year_adopted: 2022", "year_adopted: last year")) == [
        "strategies/cz/testov.md:9: 'year_adopted' must be a whole number, not text"
    ]


def test_unknown_field_is_a_warning_then_an_error_under_strict(tmp_path):
    text = replace("extraction: text-layer", "extraction: text-layer\nmayor: Jan Novák")
    assert problems(tmp_path, text) == ["strategies/cz/testov.md:16: warning: unknown field 'mayor'"]
    assert problems(tmp_path, text, strict=True) == ["strategies/cz/testov.md:16: unknown field 'mayor'"]


def test_country_must_be_v4(tmp_path):
    assert problems(tmp_path, replace("country: CZ", "country: AT")) == [
        "strategies/cz/testov.md:4: 'country' must be one of CZ, SK, HU, PL, not 'AT'"
    ]


def test_country_must_match_folder(tmp_path):
    assert problems(tmp_path, replace("country: CZ", "country: SK")) == [
        "strategies/cz/testov.md:4: country 'SK' does not match the folder 'strategies/cz'"
    ]


def test_language_must_be_one_of_five(tmp_path):
    assert problems(tmp_path, replace("language: cs", "language: de")) == [
        "strategies/cz/testov.md:8: 'language' must be one of cs, sk, hu, pl, en, not 'de'"
    ]


def test_impossible_year(tmp_path):
    out = problems(tmp_path, replace("year_adopted: 2022", "year_adopted: 1848"))
    assert len(out) == 1
    assert out[0].startswith("strategies/cz/testov.md:9: 'year_adopted' must be a year between 1990 and ")


def test_period_ending_before_it_starts(tmp_path):
    assert problems(tmp_path, replace("period_end: 2030", "period_end: 2020")) == [
        "strategies/cz/testov.md:9: adopted in 2022, after the period it covers ends (2020)",
        "strategies/cz/testov.md:11: period ends (2020) before it starts (2022)",
    ]


def test_malformed_url(tmp_path):
    assert problems(tmp_path, replace("https://example.org/testov.pdf", "javascript:alert(1)")) == [
        "strategies/cz/testov.md:12: 'source_url' must be an http:// or https:// address"
    ]


def test_malformed_hash(tmp_path):
    assert problems(tmp_path, replace("source_sha256: 0123", "source_sha256: XYZ")) == [
        "strategies/cz/testov.md:13: 'source_sha256' is malformed: 'XYZ456789abcdef0123456789abcdef0123456789abcdef0123456789abc…'"
    ]


def test_id_must_match_path(tmp_path):
    assert problems(tmp_path, replace("id: cz-testov", "id: cz-other")) == [
        "strategies/cz/testov.md:2: id 'cz-other' does not match the file's place: expected 'cz-testov'"
    ]


def test_duplicate_ids(tmp_path):
    # Same id in two places: the second (by sorted path) is reported with its id line.
    root = tree(
        tmp_path,
        {
            "strategies/cz/testov.md": VALID,
            "strategies/cz/testov2.md": replace("id: cz-testov", "id: cz-testov2"),
        },
    )
    (root / "examples/cz").mkdir(parents=True)
    assert [str(p) for p in validate(root=root).problems] == []
    root = tree(tmp_path, {"strategies/cz/testov2.md": VALID})
    assert [str(p) for p in validate(root=root).problems] == [
        "strategies/cz/testov2.md:2: id 'cz-testov' does not match the file's place: expected 'cz-testov2'"
    ]


def test_duplicate_ids_across_collections(tmp_path):
    example = replace("extraction: text-layer", "extraction: text-layer\nexample: true")
    root = tree(tmp_path, {"strategies/cz/testov.md": VALID, "examples/cz/testov.md": example})
    assert [str(p) for p in validate(root=root).problems] == [
        "examples/cz/testov.md:2: duplicate id 'cz-testov' (also in strategies/cz/testov.md)"
    ]


def test_file_outside_strategies_cc(tmp_path):
    assert problems(tmp_path, VALID, name="strategies/testov.md") == [
        "strategies/testov.md: a strategy file must be at strategies/<cc>/<slug>.md (or examples/<cc>/<slug>.md)"
    ]
    assert problems(tmp_path, VALID, name="strategies/at/testov.md")[0] == (
        "strategies/at/testov.md: folder 'strategies/at' is not a country: use cz, sk, hu or pl"
    )


def test_example_flag_must_match_collection(tmp_path):
    assert problems(tmp_path, VALID, name="examples/cz/testov.md") == [
        "examples/cz/testov.md:1: files in examples/ must say 'example: true'"
    ]


def test_page_markers_out_of_order(tmp_path):
    assert problems(tmp_path, replace("<!-- page 2 -->", "<!-- page 3 -->")) == [
        "strategies/cz/testov.md:20: page marker 3 is out of order: expected page 2"
    ]


def test_page_count_must_match_markers(tmp_path):
    assert problems(tmp_path, replace("source_pages: 2", "source_pages: 5")) == [
        "strategies/cz/testov.md:14: source_pages is 5 but the text has 2 page markers"
    ]


def test_text_before_first_marker(tmp_path):
    assert problems(tmp_path, replace("<!-- page 1 -->", "Preface\n<!-- page 1 -->")) == [
        "strategies/cz/testov.md:17: text before the first page marker '<!-- page 1 -->'"
    ]


def test_text_not_utf8(tmp_path):
    raw = VALID.replace("Druhá", "DRUHA").encode("utf-8").replace(b"DRUHA", "Druhá".encode("cp1250"))
    assert problems(tmp_path, raw) == [
        "strategies/cz/testov.md:21: text is not UTF-8; save the file as UTF-8"
    ]


def test_empty_text(tmp_path):
    text = replace("První strana textu.", "").replace("Druhá strana textu.", "")
    assert problems(tmp_path, text) == [
        "strategies/cz/testov.md:17: the text is empty: ingest the PDF again or mark it 'extraction: awaited'"
    ]


def test_awaited_strategy_needs_no_text_but_must_have_none(tmp_path):
    head = VALID.split("<!-- page 1 -->")[0]
    awaited = head.replace("extraction: text-layer", "extraction: awaited")
    assert problems(tmp_path, awaited) == []
    assert problems(tmp_path, VALID.replace("extraction: text-layer", "extraction: awaited")) == [
        "strategies/cz/testov.md:17: extraction is 'awaited' but the file has text; set how the text was obtained"
    ]


def test_unclosed_front_matter(tmp_path):
    assert problems(tmp_path, "---\nid: cz-testov\n") == [
        "strategies/cz/testov.md:1: front matter is not closed: add a line '---' after it"
    ]


def test_yaml_object_tags_refused(tmp_path):
    text = replace("entity: Testov", "entity: !!python/object/apply:os.system ['echo pwned']")
    assert problems(tmp_path, text) == [
        "strategies/cz/testov.md:3: YAML tags (!...) are not allowed; write plain values"
    ]


def test_yaml_alias_bomb_refused(tmp_path):
    bomb = "a: &a ['x','x']\nb: &b [*a,*a]\nc: &c [*b,*b]\n"
    text = replace("extraction: text-layer\n", "extraction: text-layer\n" + bomb)
    assert problems(tmp_path, text) == [
        "strategies/cz/testov.md:16: YAML anchors and aliases (&, *) are not allowed; write the value out"
    ]


def test_yaml_duplicate_key(tmp_path):
    text = replace("level: city", "level: city\nlevel: region")
    assert problems(tmp_path, text) == [
        "strategies/cz/testov.md:6: duplicate key 'level' (first on line 5)"
    ]


def test_field_length_limit(tmp_path):
    root = tree(tmp_path, {"strategies/cz/testov.md": replace("entity: Testov", "entity: " + "T" * 80)})
    report = validate(root=root, limits=Limits(max_text_field=70))
    assert [str(p) for p in report.problems] == [
        "strategies/cz/testov.md:3: 'entity' is longer than 70 characters"
    ]


def test_every_problem_reported_in_one_run(tmp_path):
    root = tree(
        tmp_path,
        {
            "strategies/cz/a.md": replace("id: cz-testov", "id: cz-a").replace("language: cs", "language: xx"),
            "strategies/sk/b.md": "not front matter\n",
            "strategies/pl/c.md": replace("id: cz-testov", "id: pl-c").replace("country: CZ", "country: PL")
            .replace("source_pages: 2", "source_pages: 3"),
        },
    )
    assert [str(p) for p in validate(root=root).problems] == [
        "strategies/cz/a.md:8: 'language' must be one of cs, sk, hu, pl, en, not 'xx'",
        "strategies/pl/c.md:14: source_pages is 3 but the text has 2 page markers",
        "strategies/sk/b.md:1: the file must start with '---' and YAML front matter",
    ]


def test_load_strategy_raises_with_all_problems(tmp_path):
    root = tree(tmp_path, {"strategies/cz/testov.md": replace("country: CZ", "country: XX")})
    with pytest.raises(ValidationError) as info:
        load_strategy(root / "strategies/cz/testov.md")
    assert [p.message for p in info.value.problems] == ["'country' must be one of CZ, SK, HU, PL, not 'XX'"]


def test_cli_exit_codes_and_github_annotations(tmp_path, monkeypatch, capsys):
    root = tree(tmp_path, {"strategies/cz/testov.md": replace("language: cs", "language: de")})
    monkeypatch.chdir(root)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["validate", "strategies"]) == 1
    out, err = capsys.readouterr()
    assert "::error file=strategies/cz/testov.md,line=8::'language' must be one of" in out
    assert "strategies/cz/testov.md:8: 'language' must be one of" in err
    assert err.strip().endswith("1 error(s), 0 warning(s) in 1 file(s) checked")

    (root / "strategies/cz/testov.md").write_text(VALID, encoding="utf-8")
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert main(["validate", "strategies"]) == 0
    assert capsys.readouterr().out == "1 file(s) checked, all valid\n"


def test_missing_path_is_reported(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "nowhere"]) == 1
    assert "nowhere: no such file or folder" in capsys.readouterr().err


def test_unquoted_hash_in_a_value_warns(tmp_path):
    text = replace("title: Strategie Smart Testov", "title: Strategie #Testov2030")
    assert problems(tmp_path, text) == [
        "strategies/cz/testov.md:6: warning: 'title': ' #' starts a YAML comment, so the value ends "
        "before it; quote the value if the '#' belongs to it"
    ]
    assert problems(tmp_path, replace("title: Strategie Smart Testov", "title: 'Strategie #Testov2030'")) == []


def test_limits_are_configurable_on_the_command_line(tmp_path, monkeypatch, capsys):
    root = tree(tmp_path, {"strategies/cz/testov.md": VALID})
    monkeypatch.chdir(root)
    assert main(["validate", "strategies", "--max-pages", "1"]) == 1
    assert "strategies/cz/testov.md:17: more than 1 pages" in capsys.readouterr().err
    assert main(["validate", "strategies", "--max-field", "10"]) == 1
    assert "strategies/cz/testov.md:6: 'title' is longer than 10 characters" in capsys.readouterr().err
    assert main(["validate", "strategies", "--max-file-mb", "0.0001"]) == 1
    assert "file is larger than 104 bytes" in capsys.readouterr().err
