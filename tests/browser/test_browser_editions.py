"""Language editions in Debian's chromium: Material's UI in the edition's language, the
language selector, following the browser's language on the English home page only, and
axe-core on an edition's home page.

Run: .venv/bin/pytest tests/browser -m browser
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_browser import AXE, open_page

pytestmark = pytest.mark.browser


def test_edition_shows_material_ui_in_its_language(page, base_url):
    errors, hosts = open_page(page, base_url + "cs/concept/")
    assert errors == []
    assert hosts <= {"127.0.0.1", ""}, hosts
    assert page.get_attribute("html", "lang") == "cs"
    assert page.get_attribute("input.md-search__input", "placeholder") == "Hledat"
    page.goto(base_url + "hu/", wait_until="networkidle")
    assert page.get_attribute("input.md-search__input", "placeholder") == "Keresés"


def test_selector_switches_edition_and_is_remembered(page, base_url):
    open_page(page, base_url + "cs/concept/criteria/s-analysis/")
    page.hover(".md-header__option .md-select")
    with page.expect_navigation():
        page.click(".md-select__link[hreflang=sk]")
    assert page.url == base_url + "sk/"
    assert page.get_attribute("html", "lang") == "sk"
    assert page.evaluate("localStorage.getItem('s4s-language')") == "sk"
    page.hover(".md-header__option .md-select")
    with page.expect_navigation():
        page.click(".md-select__link[hreflang=en]")
    assert page.url == base_url
    assert page.evaluate("localStorage.getItem('s4s-language')") == "en"


def _settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # a redirect, if any, has started by now


def test_czech_browser_is_sent_to_the_czech_edition(context_for, base_url):
    pg = context_for("cs-CZ")
    pg.goto(base_url)
    pg.wait_for_url(base_url + "cs/")
    assert pg.get_attribute("html", "lang") == "cs"


def test_english_browser_stays(context_for, base_url):
    pg = context_for("en-GB")
    pg.goto(base_url)
    _settle(pg)
    assert pg.url == base_url


def test_following_only_on_the_home_page(context_for, base_url):
    pg = context_for("pl-PL")
    pg.goto(base_url + "catalogue/")
    _settle(pg)
    assert pg.url == base_url + "catalogue/"
    pg.click(".md-header__topic a, a.md-header__button.md-logo")  # back home from inside the site
    _settle(pg)
    assert pg.url == base_url


def test_a_stored_choice_wins(context_for, base_url):
    pg = context_for("hu-HU")
    pg.goto(base_url + "hu/")
    pg.hover(".md-header__option .md-select")
    with pg.expect_navigation():
        pg.click(".md-select__link[hreflang=en]")
    assert pg.url == base_url
    pg.goto("about:blank")
    pg.goto(base_url)  # a new arrival: no referrer, but the choice is stored
    _settle(pg)
    assert pg.url == base_url


def test_a_stored_edition_choice_is_followed(context_for, base_url):
    pg = context_for("en-GB")
    pg.goto(base_url)
    pg.hover(".md-header__option .md-select")
    with pg.expect_navigation():
        pg.click(".md-select__link[hreflang=pl]")
    assert pg.url == base_url + "pl/"
    pg.goto("about:blank")
    pg.goto(base_url)  # a later arrival on the English home: the choice, not the browser, decides
    pg.wait_for_url(base_url + "pl/")


def test_axe_no_serious_violations_on_an_edition_home(page, base_url):
    errors, _ = open_page(page, base_url + "cs/")  # lists the hostile example's title: inert
    assert errors == []
    assert "<script>alert(1)</script>" in page.inner_text("article")
    page.add_script_tag(path=str(Path(AXE)))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
           for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == []
