"""The plan documents' PDFs are laid out while MkDocs runs (build._build_site): the site gets the
same PDFs as laying them out at once, the cache serves the next build, and a layout that fails
fails the build and keeps the last site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_build import REPO, digest_tree, make_root

from generator import build as site_build
from generator import documents
from generator.errors import BuildError

pytest.importorskip("fpdf")


def project(tmp_path: Path) -> Path:
    root = make_root(tmp_path)
    shutil.copytree(REPO / "content", root / "content", dirs_exist_ok=True)
    shutil.copytree(REPO / "concept", root / "concept")
    return root


def build(root: Path) -> Path:
    return site_build.build_site(root, quiet=True, documents=True, editions=False)


def pdfs(folder: Path) -> dict[str, str]:
    return {rel: sha for rel, sha in digest_tree(folder).items() if rel.endswith(".pdf")}


@pytest.fixture
def fake_concept(monkeypatch):
    from test_build import fake_concept as fixture  # the same stand-in scorer, unwrapped

    return fixture.__wrapped__(monkeypatch)


def test_pdfs_made_during_mkdocs_equal_pdfs_made_at_once(tmp_path, fake_concept, monkeypatch):
    root = project(tmp_path)
    log = tmp_path / "laid-out.txt"  # make_pdfs runs in a forked process: it notes what it made here
    make = documents.make_pdfs

    def noted(jobs, out):
        made = make(jobs, out)
        if made:
            with open(log, "a", encoding="utf-8") as fh:
                fh.writelines(f"{rel}\n" for rel in made)
        return made

    monkeypatch.setattr(documents, "make_pdfs", noted)
    site = build(root)
    made = pdfs(site)
    assert made and made == pdfs(root / "build" / "docs")
    assert sorted(log.read_text(encoding="utf-8").split()) == sorted(made)  # every one laid out later
    assert all((site / rel).read_bytes().startswith(b"%PDF") for rel in made)
    # laid out at once (not copied from the cache), into another folder, from the same build's data: the same bytes
    data = site_build.gather(root, True)
    cache = root / ".cache" / "pdf"
    cache.rename(tmp_path / "pdf-cache")
    pages, later = site_build.render_plan_documents(data, tmp_path / "at-once", root)
    shutil.rmtree(cache)
    (tmp_path / "pdf-cache").rename(cache)
    assert later == [] and pdfs(tmp_path / "at-once") == {rel: made[rel] for rel in pdfs(tmp_path / "at-once")}
    assert set(pdfs(tmp_path / "at-once")) == set(made)
    # the next build finds every PDF in the cache: nothing is left for later
    log.unlink()
    assert pdfs(build(root)) == made and not log.exists()


def test_a_failed_layout_fails_the_build_and_keeps_the_site(tmp_path, fake_concept, monkeypatch):
    root = project(tmp_path)
    site = build(root)
    before = digest_tree(site)
    shutil.rmtree(root / ".cache" / "pdf")

    def broken(jobs, out):
        raise BuildError("layout failed")

    monkeypatch.setattr(documents, "make_pdfs", broken)
    with pytest.raises(BuildError, match="layout failed"):
        build(root)
    assert digest_tree(site) == before
    assert sorted(p.name for p in (root / "build").iterdir() if p.name != ".lock") == ["docs"]
