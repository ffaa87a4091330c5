"""Language editions (/cs/ /sk/ /hu/ /pl/): texts complete, links right, strategy data inert,
Material's UI in the edition's language, sitemaps without false dates, builds identical."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
import yaml
from test_build import digest_tree, fake_score, make_concept, make_root

from generator import build as site_build
from generator import editions
from generator.models import LANGUAGES

REPO = Path(__file__).resolve().parent.parent
MATERIAL_LANGUAGES = Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"


def material_text(lang: str, key: str) -> str:
    """A UI text as Material's own translation file for `lang` has it."""
    text = (MATERIAL_LANGUAGES / f"{lang}.html").read_text(encoding="utf-8")
    return re.search(rf'"{re.escape(key)}": "([^"]*)"', text).group(1)


# --- texts and links (no build) -----------------------------------------------------------

def test_every_edition_has_every_text_and_a_country():
    strings = editions.load_strings()
    assert sorted(strings) == sorted(editions.EDITION_COUNTRY)
    assert set(strings) | {"en"} == set(LANGUAGES)
    for lang, t in strings.items():
        assert set(t["countries"]) == {"CZ", "SK", "HU", "PL"}, lang
        assert set(t["frameworks"]) == {"concept", "sdg", "egd"}, lang
        assert {"{met}", "{partial}"} <= set(re.findall(r"\{\w+\}", t["how_text"])), lang
        assert all(v for v in t.values()), lang


def test_differing_keys_stop_the_build(tmp_path):
    bad = tmp_path / "strings.yaml"
    bad.write_text("cs: {a: 1, b: 2}\nsk: {a: 1}\n", encoding="utf-8")
    with pytest.raises(Exception, match="differ in keys: b"):
        editions.load_strings(bad)


def test_selector_in_mkdocs_yml_lists_english_and_every_edition():
    cfg = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    alternate = cfg["extra"]["alternate"]
    assert [a["lang"] for a in alternate] == ["en", *editions.EDITION_COUNTRY]
    assert {a["link"] for a in alternate} == {"./", "cs/", "sk/", "hu/", "pl/"}


@pytest.mark.parametrize(("page", "target", "expected"), [
    ("index.md", "catalogue.md", "../catalogue/"),
    ("index.md", "index.md", "../"),
    ("concept/index.md", "countries/cz.md", "../../countries/cz/"),
    ("concept/criteria/s-analysis.md", "concept/criteria/s-analysis.md", "../../../../concept/criteria/s-analysis/"),
    ("plan/index.md", "data/strategies.csv", "../../data/strategies.csv"),
])
def test_links_into_the_english_site(page, target, expected):
    assert editions.main_href(page, target) == expected


def test_selector_links_seen_from_an_edition():
    alternate = [{"name": "English", "link": "./", "lang": "en"}, {"name": "Čeština", "link": "cs/", "lang": "cs"},
                 {"name": "Polski", "link": "pl/", "lang": "pl"}, {"name": "X", "link": "https://x.example/", "lang": "x"}]
    assert [a["link"] for a in editions.edition_alternate(alternate, "cs")] == \
        ["../", "./", "../pl/", "https://x.example/"]


def test_plan_summaries_by_language(tmp_path):
    (tmp_path / "01-a.md").write_text(
        "# Plan A\n\nEnglish text.\n\n## Summary in Czech, Slovak, Hungarian and Polish\n\n"
        "### Shrnutí (čeština)\n\nČeský text, viz [metodika](../methodology.md) a "
        "[zdroj](https://example.org/x).\n\nDruhý odstavec.\n\n### Streszczenie (polski)\n\nPolski tekst.\n\n"
        "## Annex\n\nNot a summary.\n", encoding="utf-8")
    (tmp_path / "02-b.md").write_text("# Plan B\n\nNo summaries.\n", encoding="utf-8")
    docs = editions.plan_summaries(tmp_path, {"cs": "čeština", "pl": "polski", "hu": "magyar"})
    assert [(d["stem"], d["title_en"], d["page"]) for d in docs] == \
        [("01-a", "Plan A", "plan/01-a.md"), ("02-b", "Plan B", "plan/02-b.md")]
    assert docs[0]["summaries"] == {
        "cs": "Český text, viz metodika a [zdroj](https://example.org/x).\n\nDruhý odstavec.",
        "pl": "Polski tekst."}
    assert docs[1]["summaries"] == {}


# --- a built tiny corpus ----------------------------------------------------------------

def _build(root: Path, site_dir: Path | None = None) -> Path:
    site = site_build.build_site(root, site_dir=site_dir, quiet=True, documents=False)
    if not (site / "cs").is_dir():  # until build_site builds the editions itself
        data = site_build.gather(root, True, True)
        assert editions.render_editions(data, root, site, quiet=True) == list(editions.EDITION_COUNTRY)
    assert all((site / lang / "index.html").is_file() for lang in editions.EDITION_COUNTRY)
    return site


@pytest.fixture(scope="module")
def patched():
    concept = make_concept()
    mp = pytest.MonkeyPatch()
    mp.setattr(site_build, "load_concept", lambda root: concept)
    mp.setattr(site_build, "score_strategies", lambda strategies, concept, root, *_, **__:
               {s.id: fake_score(s, concept) for s in strategies if not s.awaited})
    mp.setattr(site_build, "load_national", lambda root: {})
    yield concept
    mp.undo()


@pytest.fixture(scope="module")
def project(tmp_path_factory, patched):
    root = make_root(tmp_path_factory.mktemp("editions"))
    plan = root / "content" / "plan"
    plan.mkdir()
    (plan / "01-plan.md").write_text(
        "# A plan with {{ corpus.strategies }} strategies\n\n## Summary\n\n"
        "### Shrnutí (čeština)\n\nKatalog obsahuje {{ corpus.strategies }} strategií.\n\n"
        "### Összefoglaló (magyar)\n\nA katalógus {{ corpus.strategies }} stratégiát tartalmaz.\n",
        encoding="utf-8")
    cfg = root / "mkdocs.yml"  # a site_url makes MkDocs list pages (and dates) in the sitemap
    cfg.write_text(cfg.read_text(encoding="utf-8").replace(
        "site_name:", "site_url: https://example.org/s4s/\nsite_name:", 1), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def site(project):
    return _build(project)


def read(site: Path, page: str) -> str:
    return (site / page).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", list(editions.EDITION_COUNTRY))
def test_edition_pages_in_their_language(site, patched, lang):
    home = read(site, f"{lang}/index.html")
    assert f'<html lang="{lang}"' in home
    assert f'placeholder="{material_text(lang, "search.placeholder")}"' in home
    t = editions.load_strings()[lang]
    assert t["home_intro"].split()[0] in home
    for c in patched.criteria:
        page = read(site, f"{lang}/concept/criteria/{c.id.lower()}/index.html")
        assert c.id in page and t["how_heading"] in page
    pages = sorted(p.relative_to(site / lang).as_posix() for p in (site / lang).rglob("index.html"))
    assert len(pages) == 3 + len(patched.criteria)  # home, concept, plan + one per criterion
    assert not (site / lang / "strategies").exists()
    assert not (site / lang / "assets" / "plotly.min.js").exists()


def test_plan_summary_rendered_from_the_data(site):
    cs = read(site, "cs/plan/index.html")
    assert "Katalog obsahuje 6 strategií." in cs
    assert 'href="../../plan/01-plan/"' in cs
    pl = read(site, "pl/plan/index.html")
    assert editions.load_strings()["pl"]["plan_none"] in pl


def test_selector_on_every_page_of_every_edition_and_the_main_site(site):
    for page in ("index.html", "catalogue/index.html", "cs/index.html", "hu/concept/criteria/s-analysis/index.html"):
        html = read(site, page)
        links = dict(re.findall(r'<a href="([^"]*)" hreflang="(\w+)" class="md-select__link">', html))
        assert sorted(links.values()) == sorted(["en", *editions.EDITION_COUNTRY]), page
        base = (site / page).parent
        for href in links:  # every selector link leads to an edition's home page
            assert (base / href / "index.html").resolve().is_file(), (page, href)


def test_english_criterion_pages_link_to_their_translations(site, patched):
    for c in patched.criteria:
        page = site / "concept" / "criteria" / c.id.lower() / "index.html"
        links = re.findall(r'<a href="([^"]*)" hreflang="(\w+)" lang="\w+">', page.read_text(encoding="utf-8"))
        assert [lang for _, lang in links] == list(editions.EDITION_COUNTRY)
        for href, lang in links:
            target = (page.parent / href / "index.html").resolve()
            assert target == (site / lang / "concept" / "criteria" / c.id.lower() / "index.html").resolve()
            assert target.is_file()


def test_original_titles_carry_their_language(site):
    catalogue = read(site, "catalogue/index.html")
    assert '<td lang="cs">Strategie Smart City Lipnice nad Orlicí 2024–2030</td>' in catalogue
    strategy = read(site, "strategies/cz-lipnice/index.html")
    assert '<span lang="cs"><strong>Strategie Smart City Lipnice' in strategy


def test_home_lists_its_country_with_original_titles_escaped(site):
    cs = read(site, "cs/index.html")
    assert "Strategie Smart City Lipnice nad Orlicí 2024–2030" in cs
    assert 'href="../strategies/cz-lipnice/"' in cs
    assert "<script>alert" not in cs and "<img src=x" not in cs and 'href="javascript:' not in cs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in cs and "{{ 7*7 }}" in cs
    sk = read(site, "sk/index.html")
    assert "cz-lipnice" not in sk and 'href="../strategies/sk-' in sk


def test_home_explains_language_following(site):
    home = read(site, "index.html")
    assert 'id="s4s-follow-language"' in home
    for page in ("catalogue/index.html", "cs/index.html"):
        assert 's4s-follow-language' not in read(site, page)


def test_sitemaps_list_pages_without_false_dates(site):
    for folder in ("", "cs/", "pl/"):
        xml = read(site, f"{folder}sitemap.xml")
        assert "<loc>https://example.org/s4s/" + folder in xml
        assert "lastmod" not in xml and "1970" not in xml
        with gzip.open(site / f"{folder}sitemap.xml.gz") as fh:
            assert fh.read().decode("utf-8") == xml


def test_an_english_page_at_an_edition_path_is_not_overwritten(project, site, tmp_path):
    copy = tmp_path / "site"
    copy.mkdir()
    (copy / "cs").mkdir()
    (copy / "cs" / "index.html").write_text("English page", encoding="utf-8")
    with pytest.raises(Exception, match="already has a folder cs/"):
        editions.render_editions(site_build.gather(project, True, True), project, copy, quiet=True)
    assert (copy / "cs" / "index.html").read_text(encoding="utf-8") == "English page"


def _english_only(site: Path, dest: Path) -> Path:
    import shutil

    return Path(shutil.copytree(site, dest, ignore=lambda d, names: [
        n for n in names if Path(d) == site and n in editions.EDITION_COUNTRY]))


def _counting(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = editions.run_edition_mkdocs

    def run(config_file, docs, target, nav, overrides):
        calls.append(overrides["theme"]["language"])
        real(config_file, docs, target, nav, overrides)

    monkeypatch.setattr(editions, "run_edition_mkdocs", run)
    return calls


def test_unchanged_editions_are_copied_from_the_previous_site(project, site, tmp_path, monkeypatch):
    data = site_build.gather(project, True, True)
    first = _english_only(site, tmp_path / "first")
    editions.render_editions(data, project, first, quiet=True)  # stamps now describe `first`
    calls = _counting(monkeypatch)
    second = _english_only(site, tmp_path / "second")
    editions.render_editions(data, project, second, quiet=True, previous_site=first)
    assert calls == []
    assert digest_tree(second) == digest_tree(first)
    # an edition whose files differ from what its stamp recorded is built again
    (first / "hu" / "index.html").write_text("edited by hand", encoding="utf-8")
    third = _english_only(site, tmp_path / "third")
    editions.render_editions(data, project, third, quiet=True, previous_site=first)
    assert calls == ["hu"]
    assert digest_tree(third) == digest_tree(second)


def test_changed_inputs_build_the_editions_again(project, site, tmp_path, monkeypatch):
    data = site_build.gather(project, True, True)
    first = _english_only(site, tmp_path / "first")
    editions.render_editions(data, project, first, quiet=True)
    calls = _counting(monkeypatch)
    cfg = project / "mkdocs.yml"
    before = cfg.read_text(encoding="utf-8")
    try:
        cfg.write_text(before.replace("primary: indigo", "primary: teal"), encoding="utf-8")
        second = _english_only(site, tmp_path / "second")
        editions.render_editions(data, project, second, quiet=True, previous_site=first)
    finally:
        cfg.write_text(before, encoding="utf-8")
    assert calls == list(editions.EDITION_COUNTRY)
    assert "teal" in read(second, "cs/index.html")


def test_two_builds_with_editions_byte_identical(project, site):
    again = _build(project, project / "again")
    assert digest_tree(site) == digest_tree(again)


def test_home_rows_equal_the_rows_of_the_catalogue_records():
    """Speed only: an edition's home lists its country's strategies from the catalogue's
    columns (tolist), with the values and types to_dict("records") gives, missing ones too."""
    from types import SimpleNamespace

    import pandas as pd

    from generator.render import fmt

    t = editions.load_strings()["cs"]
    cat = pd.DataFrame([
        {"id": "cz-b", "title": "Strategie <b>", "entity": "Brno", "language": "cs", "example": False,
         "year_adopted": 2020, "score": 61.3, "awaited": False, "country": "CZ"},
        {"id": "cz-a", "title": None, "entity": "Aš", "language": "en", "example": True,
         "year_adopted": None, "score": float("nan"), "awaited": True, "country": "CZ"},
        {"id": "cz-c", "title": "C", "entity": "C", "language": "cs", "example": False,
         "year_adopted": 2019, "score": float("nan"), "awaited": False, "country": "CZ"},
        {"id": "sk-a", "title": "S", "entity": "S", "language": "sk", "example": False,
         "year_adopted": 2018, "score": 10.0, "awaited": False, "country": "SK"},
    ])
    data = SimpleNamespace(catalogue=cat, include_examples=True, content_root=None,
                           concept=SimpleNamespace(framework=lambda fw: ()))
    want = []
    for r in cat[cat["country"] == "CZ"].sort_values("id").to_dict("records"):
        year, score = r["year_adopted"], r["score"]
        want.append({"page": site_build.strategy_page(r["id"]), "title": r["title"], "entity": r["entity"],
                     "language": r["language"], "example": bool(r["example"]),
                     "year": int(year) if year is not None and year == year else "",
                     "score": fmt(score) if score == score else (t["text_awaited"] if r["awaited"] else t["not_scored"])})
    own = editions.home_page_context(data, "cs", t)["own"]
    assert [{k: (type(v), repr(v)) for k, v in row.items()} for row in own] == \
        [{k: (type(v), repr(v)) for k, v in row.items()} for row in want]
