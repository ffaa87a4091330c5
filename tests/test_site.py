"""Scale of the built site: a worst-case strategy page stays under 150 KB, and the site grows
linearly with the number of strategies. Slow (several builds): run with `-m slow`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_build import build, fake_score, make_root  # noqa: E402

from generator import build as site_build  # noqa: E402
from generator.models import Assessment, Evidence, Finding  # noqa: E402

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
SHARED = ("assets/", "search/", "sitemap")  # theme, plotly.js and the search index


def clone_corpus(root: Path, n: int) -> None:
    """n strategies made from one fixture file with new ids (text identical, ids unique)."""
    source = (root / "strategies" / "cz" / "lipnice.md").read_text(encoding="utf-8")
    for i in range(n):
        slug = f"synth{i:04d}"
        target = root / "strategies" / "cz" / f"{slug}.md"
        target.write_text(source.replace("id: cz-lipnice", f"id: cz-{slug}")
                          .replace("entity: Lipnice nad Orlicí", f"entity: Synth {i:04d}"), encoding="utf-8")


def site_bytes(site: Path) -> int:
    total = 0
    for p in site.rglob("*"):
        rel = p.relative_to(site).as_posix()
        if p.is_file() and not rel.startswith(SHARED):
            total += p.stat().st_size
    return total


@pytest.fixture
def fake(monkeypatch):
    from test_build import make_concept

    concept = make_concept()
    monkeypatch.setattr(site_build, "load_concept", lambda root: concept)
    monkeypatch.setattr(site_build, "score_strategies", lambda strategies, concept, root, progress=None, stats=None, pages=None:
                        {s.id: fake_score(s, concept) for s in strategies if not s.awaited})
    monkeypatch.setattr(site_build, "load_national", lambda root: {})
    return concept


def test_site_grows_linearly(tmp_path, fake):
    sizes = {}
    for n in (10, 50, 100):
        root = make_root(tmp_path / str(n), examples=False)
        clone_corpus(root, n)
        site = build(root)
        sizes[n] = site_bytes(site)
        whole = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        print(f"{n} strategies: whole site {whole} bytes")
    first = (sizes[50] - sizes[10]) / 40
    second = (sizes[100] - sizes[50]) / 50
    print(f"site bytes without shared assets: {sizes}; per strategy {first:.0f} then {second:.0f}")
    assert second < first * 1.25  # no quadratic term (e.g. every strategy in every page's nav)


def test_worst_case_strategy_page_under_150kb(tmp_path, monkeypatch):
    """Every criterion of the real concept with the most evidence shown, quotes at full length."""
    concept = site_build.load_concept(REPO)
    if not concept.criteria:
        pytest.skip("concept not available")
    quote = ("Strategie stanoví měřitelné indikátory s výchozí a cílovou hodnotou " * 5)[:300]
    ev = tuple(Evidence(page=i, quote=quote, terms=("indikátor",)) for i in range(1, 6))

    def worst(strategy, concept):
        def fs(fw):
            return tuple(Finding(c.id, "partial", ev, {"en": "Add it. " * 20, "cs": "Doplňte. " * 20})
                         for c in concept.framework(fw))
        return Assessment(strategy.id, strategy.language, 50.0,
                          {a.id: 50.0 for a in concept.areas if a.framework == "concept"},
                          fs("concept"), fs("sdg"), fs("egd"))

    monkeypatch.setattr(site_build, "load_concept", lambda root: concept)
    monkeypatch.setattr(site_build, "score_strategies", lambda strategies, concept, root, progress=None, stats=None, pages=None:
                        {s.id: worst(s, concept) for s in strategies if not s.awaited})
    monkeypatch.setattr(site_build, "load_national", lambda root: {})
    site = build(make_root(tmp_path, examples=False))
    size = (site / "strategies" / "cz-lipnice" / "index.html").stat().st_size
    print(f"worst-case strategy page: {size} bytes, {len(concept.criteria)} criteria")
    assert size < 150_000
