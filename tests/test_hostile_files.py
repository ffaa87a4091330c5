"""Hostile strategy files (tests/hostile/): each ends in a clear validation error naming the
file, or validates and is later shown as inert text (the site's tests check the pages)."""

from __future__ import annotations

import os
import shutil
import string
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import Problem
from generator.load import parse_strategy
from generator.validate import validate

HOSTILE = Path(__file__).parent / "hostile"
MANIFEST = yaml.safe_load((HOSTILE / "manifest.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE / "strategies", root / "strategies")
    return validate(root=root)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_hostile_case_ends_as_declared(report, name):
    expected = MANIFEST[name]["expected"]
    path = f"strategies/cz/{name}.md"
    mine = [p for p in report.problems if p.path == path and p.severity == "error"]
    if expected == "inert":
        assert mine == []
        assert any(s.path.name == f"{name}.md" for s in report.strategies)
    else:
        wanted = expected.removeprefix("error:")
        assert any(wanted in p.message for p in mine), [str(p) for p in mine]
        assert all(p.line >= 0 for p in mine)


def test_every_kind_is_covered():
    kinds = {case["kind"] for case in MANIFEST.values()}
    assert {"markup", "template", "url", "path", "unicode", "size", "yaml", "encoding"} <= kinds


# --- random input: nothing but validation problems ever comes out -------------------------

# 2,000 examples in CI (HYPOTHESIS_PROFILE=ci), fewer in the quick local run.
settings.register_profile("ci", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

FIELD_NAMES = st.sampled_from(
    ["id", "entity", "country", "level", "title", "title_en", "language", "year_adopted",
     "period_start", "period_end", "source_url", "source_sha256", "source_pages", "extraction",
     "ocr_pages", "example", "population", "latitude", "notes", "x-unknown"]
)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
    st.text(max_size=80), st.sampled_from(["CZ", "cs", "city", "awaited", "text-layer", "https://a.b/c"]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                      max_leaves=10)
RAW_LINES = st.text(alphabet=string.printable + "ěščřžýáíéůúňťďĺľőűąęłńśźż<>{}%#!&*|-:'\"\x00\u202e",
                    max_size=200)


@given(meta=st.dictionaries(FIELD_NAMES, VALUES, max_size=16), body=RAW_LINES,
       markers=st.lists(st.integers(0, 5), max_size=5))
def test_random_front_matter_and_text_give_only_problems(meta, body, markers):
    try:
        head = yaml.safe_dump(meta, allow_unicode=True)
    except yaml.YAMLError:
        return
    text = "---\n" + head + "---\n" + "".join(f"<!-- page {n} -->\n{body}\n" for n in markers) + body
    strategy, problems = parse_strategy(text.encode("utf-8", "surrogatepass"), "strategies/cz/x.md",
                                        ("strategies", "cz", "x"))
    assert all(isinstance(p, Problem) and p.message for p in problems)
    assert (strategy is None) == any(p.severity == "error" for p in problems)


@given(raw=st.binary(max_size=400))
def test_random_bytes_give_only_problems(raw):
    strategy, problems = parse_strategy(b"---\n" + raw, "strategies/cz/x.md", ("strategies", "cz", "x"))
    assert strategy is None or not [p for p in problems if p.severity == "error"]


# --- random text through the scorer: an assessment always comes out ------------------------

_CONCEPT = None


def _concept():
    global _CONCEPT
    if _CONCEPT is None:
        from generator.concept import load_concept

        _CONCEPT = load_concept(Path(__file__).resolve().parent.parent / "concept")
    return _CONCEPT


PIECES = st.one_of(
    st.text(alphabet=string.printable + "ěščřžýáíéůúňťďĺľőűąęłńśźż–—…•|#*<>{}", max_size=40),
    st.sampled_from(["\n\n", "\n# ", "\n| a | b |\n| --- | --- |\n", " akční plán ", " indikátor ",
                     " wskaźnik ", " közlekedés ", " ..... 3\n", "\u00ad", "\x00", "\u202e"]),
)
PAGE_TEXT = st.lists(PIECES, max_size=30).map("".join)


# Scoring costs ~0.1 s an example: 2,000 in CI, a few dozen in the quick local run.
@settings(max_examples=2000 if os.environ.get("CI") else 40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(pages=st.lists(PAGE_TEXT, min_size=1, max_size=4), lang=st.sampled_from(["cs", "sk", "hu", "pl", "en"]))
def test_random_text_is_scored_without_crashing(pages, lang):
    from generator.models import Page, Strategy
    from generator.score import score

    meta = {"id": "cz-random", "language": lang, "extraction": "text-layer", "country": "CZ"}
    strategy = Strategy(Path("strategies/cz/random.md"), meta,
                        tuple(Page(i + 1, text, i + 1) for i, text in enumerate(pages)))
    assessment = score(strategy, _concept())
    assert 0 <= assessment.score <= 100
    for finding in assessment.concept + assessment.sdg + assessment.egd:
        assert finding.status in ("met", "partial", "missing")
        assert all(e.page in range(1, len(pages) + 1) for e in finding.evidence)
