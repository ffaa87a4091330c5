"""The built site in Debian's chromium: pages load cleanly, charts draw, the catalogue sorts
and filters, search finds a city, and axe-core finds no serious or critical violation.

Run: .venv/bin/pytest tests/browser -m browser  (needs /usr/bin/chromium; no `playwright install`).
axe-core comes from the axe-playwright-python wheel (its bundled axe.min.js).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def pages(site: Path) -> dict[str, str]:
    """The four pages under test: home, a scored strategy (one with a chart), CZ, V4."""
    strategies = sorted((site / "strategies").glob("*/index.html"))
    charted = [p for p in strategies if "s4s-chart" in p.read_text(encoding="utf-8")]
    strategy = (charted or strategies)[0].parent.name
    return {"home": "", "strategy": f"strategies/{strategy}/", "country": "countries/cz/", "v4": "v4/"}


def open_page(page, url: str) -> tuple[list[str], set[str]]:
    errors: list[str] = []
    hosts: set[str] = set()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: hosts.add(urlsplit(r.url).hostname or ""))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    page.goto(url, wait_until="networkidle")
    return errors, hosts


@pytest.mark.parametrize("name", ["home", "strategy", "country", "v4"])
def test_page_loads_clean_and_local(page, base_url, built_site, name):
    errors, hosts = open_page(page, base_url + pages(built_site)[name])
    assert errors == []
    assert hosts <= {"127.0.0.1", ""}, hosts  # no third-party request (fonts, CDNs)


@pytest.mark.parametrize("name", ["strategy", "country", "v4"])
def test_charts_draw(page, base_url, built_site, name):
    open_page(page, base_url + pages(built_site)[name])
    charts = page.locator(".s4s-chart")
    assert charts.count() >= 1
    page.wait_for_selector(".s4s-chart svg.main-svg")
    assert page.locator(".s4s-chart svg").count() >= charts.count()


def _column(page, index: int) -> list[str]:
    return page.eval_on_selector_all(
        "#catalogue-table tbody tr:not([hidden])", f"rows => rows.map(r => r.cells[{index}].innerText.trim())")


def test_catalogue_sorts_and_filters(page, base_url):
    open_page(page, base_url + "catalogue/")
    total = page.locator("#catalogue-table tbody tr").count()
    assert total >= 3
    page.click("#catalogue-table th:nth-child(1) button")
    places = _column(page, 0)
    assert places == sorted(places, key=str.lower)
    page.click("#catalogue-table th:nth-child(1) button")
    assert _column(page, 0) == sorted(places, key=str.lower, reverse=True)
    page.click("#catalogue-table th:nth-child(7) button")  # score, ascending
    scores = page.eval_on_selector_all("#catalogue-table tbody tr", "rows => rows.map(r => parseFloat(r.dataset.score))")
    assert scores == sorted(scores)
    page.select_option("select[data-filter=country]", "CZ")
    countries = _column(page, 1)
    assert countries and set(countries) == {"CZ"} and len(countries) < total
    assert page.inner_text("#catalogue-count").startswith(f"{len(countries)} ")
    page.select_option("select[data-filter=country]", "")
    page.fill("input[data-filter-min=score]", "50")
    assert all(float(v) >= 50 for v in page.eval_on_selector_all(
        "#catalogue-table tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.score)"))


def test_search_finds_a_city(page, base_url, built_site):
    open_page(page, base_url)
    city = "Lipnice" if (built_site / "strategies" / "cz-lipnice").exists() else "Praha"
    page.click("input.md-search__input")  # the desktop header shows the search box
    page.keyboard.type(city)
    result = page.locator(".md-search-result__item").first
    result.wait_for()
    assert city.lower() in page.inner_text(".md-search-result__list").lower()


AXE = Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js"


@pytest.mark.parametrize("name", ["home", "strategy", "country", "v4", "catalogue"])
def test_axe_no_serious_violations(page, base_url, built_site, name):
    path = "catalogue/" if name == "catalogue" else pages(built_site)[name]
    open_page(page, base_url + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
           for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == []
