"""Fixtures for the browser tests: a site built from the tiny corpus, served locally.

Set S4S_SITE=site to run the same tests against an already built site instead (for example
the real one after `s4s build`); the pages tested are then taken from that site.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from sitehttp import launch, serve  # noqa: E402


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    if os.environ.get("S4S_SITE"):
        return Path(os.environ["S4S_SITE"]).resolve()
    import test_build

    from generator import build as site_build

    concept = test_build.make_concept()
    mp = pytest.MonkeyPatch()
    mp.setattr(site_build, "load_concept", lambda root: concept)
    mp.setattr(site_build, "score_strategies", lambda strategies, concept, root, *_, **__:
               {s.id: test_build.fake_score(s, concept) for s in strategies if not s.awaited})
    mp.setattr(site_build, "load_national", lambda root: {})
    try:
        root = test_build.make_root(tmp_path_factory.mktemp("browser"))
        site = site_build.build_site(root, quiet=True, documents=False)
        if not (site / "cs").is_dir():  # until build_site builds the language editions itself
            from generator import editions

            editions.render_editions(site_build.gather(root, True, True), root, site, quiet=True)
        return site
    finally:
        mp.undo()


@pytest.fixture(scope="session")
def base_url(built_site):
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def context_for(browser):
    """Browser contexts with a given locale (navigator.languages), closed after the test."""
    made = []

    def make(locale: str):
        context = browser.new_context(locale=locale)
        made.append(context)
        pg = context.new_page()
        pg.set_default_timeout(20_000)
        return pg

    yield make
    for context in made:
        context.close()


@pytest.fixture
def page(browser):
    # English, whatever the machine's locale: the English home page follows the browser's language.
    context = browser.new_context(locale="en-US")
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    context.close()
