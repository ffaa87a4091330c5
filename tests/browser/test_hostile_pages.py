"""Issue 10: the built pages of the hostile strategies (tests/hostile/, those declared
'inert') load in a real browser with no script of theirs running and no dialog opening,
and their markup shows as text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from sitehttp import serve

REPO = Path(__file__).resolve().parents[2]
HOSTILE = REPO / "tests" / "hostile"
MANIFEST = yaml.safe_load((HOSTILE / "manifest.yaml").read_text(encoding="utf-8"))
INERT = sorted(name for name, case in MANIFEST.items() if case["expected"] == "inert")

# Every alert/confirm/prompt call and every <script> the attacker could add sets a trace.
TRAP = """
window.__called = [];
for (const name of ['alert', 'confirm', 'prompt']) {
  window[name] = (...args) => { window.__called.push([name, String(args[0])]); };
}
"""

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    from generator import build as site_build

    root = tmp_path_factory.mktemp("hostile-site") / "project"
    (root / "strategies" / "cz").mkdir(parents=True)
    for name in INERT:
        shutil.copy(HOSTILE / "strategies" / "cz" / f"{name}.md", root / "strategies" / "cz" / f"{name}.md")
    shutil.copytree(REPO / "concept", root / "concept")
    (root / "content").mkdir()
    for name in ("index.md", "contribute.md"):
        shutil.copy(REPO / "content" / name, root / "content" / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return site_build.build_site(root, quiet=True, documents=False)


@pytest.fixture(scope="module")
def hostile_url(hostile_site):
    with serve(hostile_site) as url:
        yield url


def _pages() -> list[str]:
    return [f"strategies/cz-{name}/" for name in INERT] + ["catalogue/", "countries/cz/", "v4/", "data/"]


@pytest.mark.parametrize("path", _pages())
def test_hostile_page_runs_no_script_and_opens_no_dialog(browser, hostile_url, path):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.add_init_script(TRAP)
    response = page.goto(hostile_url + path, wait_until="load")
    assert response is not None and response.ok, path
    page.wait_for_timeout(300)
    # Hover and focus everything once: handlers such as onmouseover must not exist either.
    page.evaluate("""() => { for (const el of document.querySelectorAll('body *')) {
        for (const type of ['mouseover', 'focus', 'toggle', 'error', 'load']) {
            el.dispatchEvent(new Event(type)); } } }""")
    called = page.evaluate("window.__called")
    handlers = page.evaluate("""() => [...document.querySelectorAll('body *')].flatMap(el =>
        [...el.attributes].filter(a => a.name.startsWith('on')).map(a => el.tagName + ' ' + a.name))""")
    js_links = page.evaluate("""() => [...document.querySelectorAll('a[href], iframe[src]')]
        .map(el => el.getAttribute('href') || el.getAttribute('src'))
        .filter(u => u.trim().toLowerCase().startsWith('javascript:'))""")
    context.close()
    assert dialogs == [] and called == [], (dialogs, called)
    assert handlers == [], handlers
    assert js_links == [], js_links


def test_hostile_markup_shows_as_text(browser, hostile_url):
    page = browser.new_page()
    page.goto(hostile_url + "strategies/cz-html-in-every-field/")
    text = page.inner_text("article")
    page.close()
    assert '<script>alert("x")</script>' in text
    assert "<img src=x onerror=alert(1)>" in text
