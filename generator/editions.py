"""Language editions of the site: small MkDocs sites at /cs/, /sk/, /hu/ and /pl/.

Material sets one language per `mkdocs.yml` (HTML allows one `lang` per document) and its
documentation recommends one project per language in a subfolder, linked by the language
selector (`extra.alternate`). So each edition is its own `mkdocs build --strict` run with
`theme.language` set to that language (Material's own texts: search, table of contents,
...), with these pages only:

  index.md                   home: what the catalogue is, headline figures, the edition
                             country's strategies (original titles), links into the English site
  concept/index.md           every criterion of the SMART Concept, SDGs and Green Deal
  concept/criteria/<id>.md   title, description, detection terms, recommendation
  plan/index.md              the summary of each V4 plan document in that language

Strategy pages are not repeated per edition: an edition has about 55 pages whatever the
number of strategies (one table row per strategy of its country on the home page).

Texts come from concept/ (criteria in five languages), content/plan (the summaries, rendered
by generator.documents) and site_templates/editions/strings.yaml (the edition's own words).
Strategy data reaches a page only as escaped values (generator.render), never as template
source.

Entry point: `render_editions(data, root, site_dir, quiet, ...)`, called by `build_site`
after the English site has been built into `site_dir` (the sub-folders are written inside
it). An edition whose inputs (rendered docs, settings, mkdocs.yml, package versions) are
those of the previous build is copied from the previous site instead of built again.

The English site's sitemap gets the same treatment as the editions' (no <lastmod>) by
rewriting it here, because `theme.custom_dir: overrides` in mkdocs.yml would break every
test and benchmark that copies mkdocs.yml without the overrides/ folder.
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
import os
import posixpath
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from markupsafe import Markup

from generator import render, tables
from generator.build import (
    FRAMEWORK_TITLES,
    SiteData,
    Writer,
    criterion_page,
    home_context,
    jinja_cache,
    page_url,
    site_url_override,
    strategy_page,
    title,
)
from generator.errors import BuildError
from generator.models import LANGUAGES

STRINGS = render.TEMPLATES / "editions" / "strings.yaml"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster
OVERRIDES = render.TEMPLATES.parent / "overrides"  # theme custom_dir: the sitemap without dates
EDITION_COUNTRY = {"cs": "CZ", "sk": "SK", "hu": "HU", "pl": "PL"}
LANGUAGE_NAMES = {"en": "English", "cs": "Čeština", "sk": "Slovenčina", "hu": "Magyar", "pl": "Polski"}
ASSETS = ("s4s.js", "s4s.css")  # no plotly: editions draw no charts
_SUMMARY_HEADING = re.compile(r"^###\s+.*\((?P<marker>[^()]+)\)\s*$")
_HEADING = re.compile(r"^(#{1,3})\s")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?!https?://)[^)\s]*\)")  # relative links break in an edition


def load_strings(path: Path = STRINGS) -> dict[str, dict[str, Any]]:
    """Edition language -> its texts. Every edition must define the same keys."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}  # noqa: S506 - safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise BuildError(f"cannot read the edition texts: {exc}", path) from exc
    keys = [set(v) for v in data.values()]
    missing = sorted(set().union(*keys) - set.intersection(*keys)) if keys else []
    if missing:
        raise BuildError(f"edition texts differ in keys: {', '.join(missing)}", path)
    return data


# --- links ------------------------------------------------------------------------------

def main_href(from_page: str, target: str) -> str:
    """URL from an edition page to a page ('x.md') or file of the English site one level up."""
    depth = len([p for p in page_url(from_page).split("/") if p])
    dest = page_url(target) if target.endswith(".md") else target
    return "../" * (depth + 1) + dest


def edition_alternate(alternate: Sequence[dict], lang: str) -> list[dict]:
    """The main site's `extra.alternate` as seen from the edition at '<lang>/'.

    Links in mkdocs.yml are relative to the English site's root; one level deeper they gain
    a '../' (Material's `url` filter then makes them relative to each page).
    """
    out = []
    for alt in alternate:
        link = str(alt.get("link", ""))
        if not (link.startswith(("/", "#")) or "://" in link):
            link = posixpath.normpath(posixpath.join("..", link)) + "/"
            if link.startswith(f"../{lang}/"):
                link = "./" + link[len(f"../{lang}/"):]
        out.append({**alt, "link": link})
    return out


# --- plan documents ---------------------------------------------------------------------

def plan_summaries(plan_dir: Path, markers: dict[str, str]) -> list[dict[str, Any]]:
    """For each rendered plan document: its English title, page and summary per language.

    A summary is the text under a '### ... (<marker>)' heading (content/plan convention),
    up to the next heading; relative links in it are reduced to their text.
    """
    by_marker = {m: lang for lang, m in markers.items()}
    docs = []
    for path in sorted(plan_dir.glob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        title_en = next((ln[2:].strip() for ln in lines if ln.startswith("# ")), path.stem)
        summaries: dict[str, list[str]] = {}
        current: list[str] | None = None
        for line in lines:
            found = _SUMMARY_HEADING.match(line)
            if found:
                lang = by_marker.get(found.group("marker").strip())
                current = summaries.setdefault(lang, []) if lang else None
            elif _HEADING.match(line):
                current = None
            elif current is not None:
                current.append(line)
        docs.append({"stem": path.stem, "title_en": title_en, "page": f"plan/{path.name}",
                     "summaries": {lang: _MD_LINK.sub(r"\1", "\n".join(text).strip())
                                   for lang, text in summaries.items()}})
    return docs


def render_plan_for_editions(data: SiteData, root: Path, out: Path) -> Path | None:
    """Render content/plan with generator.documents (no PDFs) when no rendered copy is given."""
    if not (root / "content" / "plan").is_dir():
        return None
    from generator import documents

    documents.render_documents(data.strategies, data.summaries,
                               data.concept if data.concept.criteria else None, out,
                               content_root=root / "content", pdf=False, root=root)
    return out / "plan"


# --- pages ------------------------------------------------------------------------------

def _linker(rel: str) -> Callable[[str], Markup]:
    return lambda target: render.h(main_href(rel, target))


def home_page_context(data: SiteData, lang: str, t: dict[str, Any]) -> dict[str, Any]:
    ctx = home_context(data, tables.per_country(data.catalogue))
    cc = EDITION_COUNTRY.get(lang)
    own = []
    cat = data.catalogue
    part = cat[cat["country"] == cc].sort_values("id")
    # Column by column (tolist gives the values to_dict("records") gives, without boxing each
    # of a country's 1,250 rows x 8 cells one by one: two thirds of this at 5,000 strategies)
    columns = (part[name].tolist() for name in ("id", "title", "entity", "language", "example", "year_adopted",
                                                "score", "awaited"))
    for sid, name, entity, language, example, year, score, awaited in zip(*columns, strict=True):
        own.append({
            "page": strategy_page(sid), "title": name, "entity": entity,
            "language": language, "example": bool(example),
            "year": int(year) if year is not None and year == year else "",
            "score": render.fmt(score) if score == score else
            (t["text_awaited"] if awaited else t["not_scored"]),
        })
    return {**ctx, "own": own}


EDITION_CODE = ("build.py", "render.py", "editions.py", "models.py")


def render_edition(data: SiteData, lang: str, t: dict[str, Any], out: Path,
                   plan_docs: list[dict[str, Any]], previous: Path | None = None) -> list[Any]:
    """Write one edition's docs folder; returns its nav.

    `previous` is this edition's docs folder of the last build: a page whose context is
    unchanged is linked from it (the criterion pages depend on the concept only).
    """
    from generator.incremental import PageReuse, code_digest

    reuse = PageReuse(previous)
    w = Writer(out, reuse, code=code_digest(EDITION_CODE, [render.TEMPLATES]))
    cache = jinja_cache(data.content_root.parent) if data.content_root is not None else None
    w.env = render.make_environment([render.TEMPLATES / "editions", render.TEMPLATES], cache=cache)
    concept = data.concept
    areas = {a.id: title(a.title, lang) for a in concept.areas}
    w.aggregate("index.md", "home.md.j2", links={"main": _linker("index.md")}, t=t, plan=bool(plan_docs),
                **home_page_context(data, lang, t))
    groups = []
    for fw in ("concept", "sdg", "egd"):
        items = concept.framework(fw)
        if items:
            groups.append({"title": t["frameworks"].get(fw, FRAMEWORK_TITLES[fw]), "criteria": [
                {"id": c.id, "title": title(c.title, lang), "page": criterion_page(c.id),
                 "area": areas.get(c.area, c.area)} for c in items]})
    w.aggregate("concept/index.md", "concept.md.j2", links={"main": _linker("concept/index.md")}, t=t,
                groups=groups)
    order = (lang,) + tuple(x for x in LANGUAGES if x != lang)  # the reader's language first
    for c in concept.criteria:
        rel = criterion_page(c.id)
        w.aggregate(rel, "criterion.md.j2", links={"main": _linker(rel)}, t=t, c=c, title=title(c.title, lang),
               description=title(c.description, lang), recommendation=title(c.recommendation, lang),
               area=areas.get(c.area, c.area), languages=order, language_names=LANGUAGE_NAMES,
               english_page=rel)
    if plan_docs:
        w.aggregate("plan/index.md", "plan.md.j2", links={"main": _linker("plan/index.md")}, t=t, documents=[
            {"title": t["plan_titles"].get(d["stem"], d["title_en"]), "title_en": d["title_en"],
             "page": d["page"], "summary": Markup(d["summaries"].get(lang, ""))}
            for d in plan_docs])
    for name in ASSETS:
        (out / "assets").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(render.TEMPLATES / "assets" / name, out / "assets" / name)
    reuse.save(out)
    nav: list[Any] = [{t["nav_home"]: "index.md"}, {t["nav_concept"]: "concept/index.md"}]
    if plan_docs:
        nav.append({t["nav_plan"]: "plan/index.md"})
    return nav


# --- mkdocs -----------------------------------------------------------------------------

def read_site_config(config_file: Path) -> dict[str, Any]:
    try:
        return yaml.load(config_file.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}  # noqa: S506 - safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise BuildError(f"cannot read the site configuration: {exc}", config_file) from exc


def edition_overrides(config_file: Path, lang: str, t: dict[str, Any],
                      cfg: dict[str, Any] | None = None) -> dict[str, Any]:
    """The settings an edition changes in mkdocs.yml (`cfg`, read from `config_file` when not
    given): language, name, selector, assets."""
    cfg = cfg if cfg is not None else read_site_config(config_file)
    theme = copy.deepcopy(cfg.get("theme") or {"name": "material"})
    theme["language"] = lang
    if OVERRIDES.is_dir():
        theme["custom_dir"] = str(OVERRIDES)
    extra = copy.deepcopy(cfg.get("extra") or {})
    extra["alternate"] = edition_alternate(extra.get("alternate") or [], lang)
    out = {"theme": theme, "extra": extra, "site_name": t["site_name"],
           "extra_css": [f"assets/{n}" for n in ASSETS if n.endswith(".css")],
           "extra_javascript": [f"assets/{n}" for n in ASSETS if n.endswith(".js")]}
    url = site_url_override() or cfg.get("site_url")
    if url:
        out["site_url"] = url.rstrip("/") + f"/{lang}/"
    return out


def run_edition_mkdocs(config_file: Path, docs_dir: Path, site_dir: Path, nav: list[Any],
                       overrides: dict[str, Any]) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from generator.build import DEFAULT_EPOCH

    os.environ.setdefault("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)
    try:
        cfg = load_config(str(config_file), docs_dir=str(docs_dir), site_dir=str(site_dir),
                          nav=nav, strict=True, **overrides)
        mkdocs_build(cfg)
    except (Abort, ConfigurationError) as exc:
        raise BuildError(f"mkdocs build --strict failed for the {overrides['theme']['language']} "
                         f"edition: {exc}", config_file) from exc


_LASTMOD = re.compile(r"[ \t]*<lastmod>[^<]*</lastmod>\n?")


def drop_sitemap_dates(site_dir: Path) -> None:
    """Remove <lastmod> from a sitemap MkDocs wrote with its own template (1970-01-01 when
    SOURCE_DATE_EPOCH=0), and rewrite the .gz beside it deterministically (mtime 0).

    The editions use overrides/sitemap.xml, which writes no date; the English site needs
    this until mkdocs.yml names `theme.custom_dir: overrides` (see the module docstring).
    """
    xml = site_dir / "sitemap.xml"
    if not xml.is_file():
        return
    text = _LASTMOD.sub("", xml.read_text(encoding="utf-8"))
    xml.write_text(text, encoding="utf-8", newline="\n")
    with open(site_dir / "sitemap.xml.gz", "wb") as raw, \
            gzip.GzipFile(filename="sitemap.xml", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(text.encode("utf-8"))


def _digest(items: Sequence[tuple[str, bytes]]) -> str:
    h = hashlib.sha256()
    for name, data in items:
        h.update(name.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def edition_inputs(docs: Path, nav: list[Any], overrides: dict[str, Any], config_file: Path) -> str:
    """SHA-256 over everything an edition's HTML is made from: its rendered docs, nav and
    settings, mkdocs.yml, the theme overrides, the versions of the packages that render it,
    and SOURCE_DATE_EPOCH. Equal inputs give byte-identical output (the builds are deterministic)."""
    from importlib.metadata import version

    from generator.build import DEFAULT_EPOCH

    items = [(f"docs/{p.relative_to(docs).as_posix()}", p.read_bytes())
             for p in sorted(docs.rglob("*")) if p.is_file()]
    if OVERRIDES.is_dir():
        items += [(f"overrides/{p.relative_to(OVERRIDES).as_posix()}", p.read_bytes())
                  for p in sorted(OVERRIDES.rglob("*")) if p.is_file()]
    items.append(("mkdocs.yml", config_file.read_bytes()))
    items.append(("settings", json.dumps([nav, overrides], sort_keys=True, ensure_ascii=False,
                                         default=str).encode("utf-8")))
    items.append(("versions", json.dumps(
        [version(p) for p in ("mkdocs", "mkdocs-material", "markdown", "jinja2", "pymdown-extensions")]
        + [os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)]).encode("utf-8")))
    return _digest(items)


def tree_listing(folder: Path) -> list[list[Any]]:
    """[relative path, size, mtime in ns] of every file under `folder`, sorted: what a stamp
    records of an edition it wrote. Copies keep both (shutil.copytree copies mtimes); an edit
    changes the mtime. (Hashing every file's content took most of a rebuild's edition stage.)"""
    found = []
    for dirpath, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            st = os.stat(path)
            found.append([Path(os.path.relpath(path, folder)).as_posix(), st.st_size, st.st_mtime_ns])
    return found


def _reusable(previous: Path | None, stamp: Path, inputs: str) -> bool:
    """The previous build's edition can be copied: same inputs, and its files are the ones
    that build wrote (a build that failed later, or a hand edit, changes the listing)."""
    if previous is None or not previous.is_dir() or not stamp.is_file():
        return False
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == {"inputs": inputs, "files": tree_listing(previous)}


def render_editions(data: SiteData, root: Path, site_dir: Path, quiet: bool = True,
                    config_file: Path | None = None, docs_dir: Path | None = None,
                    previous_site: Path | None = None, timings: dict[str, float] | None = None) -> list[str]:
    """Build every language edition into `site_dir/<lang>/`; returns the languages built.

    `docs_dir` is the English site's rendered docs folder when the caller has it (its plan/
    documents are reused); otherwise the plan documents are rendered here, without PDFs.
    `previous_site` is the site the last build published: an edition whose inputs have not
    changed is copied from it instead of running MkDocs again (stamps in build/editions/).
    `timings["editions_mkdocs"]` receives the seconds spent in MkDocs itself.

    The two halves, `prepare_editions` (pages, and copies of unchanged editions, into a work
    folder) and `finish_editions` (MkDocs for the changed ones, everything moved into
    `site_dir`), may run apart: `build_site` prepares while MkDocs builds the English site.
    """
    root = Path(root).resolve()
    work = editions_work(root)
    try:
        prepared = prepare_editions(data, root, work, config_file=config_file, docs_dir=docs_dir,
                                    previous_site=previous_site)
        return finish_editions(prepared, root, site_dir, work, quiet, config_file=config_file, timings=timings)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def editions_work(root: Path) -> Path:
    """A new work folder for one build's editions, in build/ (the caller removes it)."""
    build_root = Path(root).resolve() / "build"
    (build_root / "editions").mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="editions-", dir=build_root))


def prepare_editions(data: SiteData, root: Path, work: Path, config_file: Path | None = None,
                     docs_dir: Path | None = None, previous_site: Path | None = None) -> list[dict[str, Any]]:
    """Every edition's docs folder written to `work/<lang>`, and an edition whose inputs are the
    previous build's copied from `previous_site` to `work/site-<lang>`; returns per edition
    what `finish_editions` needs. Writes only inside `work`, so it can run in another process
    while MkDocs builds the English site (which empties its site folder first)."""
    root = Path(root).resolve()
    config_file = Path(config_file or root / "mkdocs.yml").resolve()
    strings = load_strings()
    site_config = read_site_config(config_file)  # once, not once per edition
    stamps = root / "build" / "editions"
    plan_dir = docs_dir / "plan" if docs_dir and (docs_dir / "plan").is_dir() else \
        render_plan_for_editions(data, root, work / "_plan")
    markers = {lang: t["summary_heading"] for lang, t in strings.items()}
    plan_docs = plan_summaries(plan_dir, markers) if plan_dir and plan_dir.is_dir() else []
    prepared = []
    for lang, t in strings.items():
        docs = work / lang
        kept = stamps / f"docs-{lang}"  # this edition's docs folder of the last build
        nav = render_edition(data, lang, t, docs, plan_docs, kept if kept.is_dir() else None)
        overrides = edition_overrides(config_file, lang, t, site_config)
        inputs = edition_inputs(docs, nav, overrides, config_file)
        previous = Path(previous_site) / lang if previous_site else None
        copied = None
        if previous is not None and _reusable(previous, stamps / f"{lang}.json", inputs):  # (False for None too)
            copied = work / f"site-{lang}"
            shutil.copytree(previous, copied)
        prepared.append({"lang": lang, "nav": nav, "overrides": overrides, "inputs": inputs,
                         "copied": str(copied) if copied else None})
    return prepared


def finish_editions(prepared: list[dict[str, Any]], root: Path, site_dir: Path, work: Path, quiet: bool = True,
                    config_file: Path | None = None, timings: dict[str, float] | None = None) -> list[str]:
    """The prepared editions into `site_dir/<lang>/`: a copied one moved there, the others built
    by MkDocs (and stamped); then each edition's docs kept for the next build's page reuse."""
    from generator.build import _quiet_mkdocs, _replace

    root = Path(root).resolve()
    site_dir = Path(site_dir)
    config_file = Path(config_file or root / "mkdocs.yml").resolve()
    stamps = root / "build" / "editions"
    _quiet_mkdocs(quiet)
    built: list[str] = []
    for item in prepared:
        lang = item["lang"]
        target = site_dir / lang
        if target.exists():  # a page of the English site at /<lang>/: never overwrite it
            raise BuildError(f"the site already has a folder {lang}/, where the {lang} "
                             "edition belongs", site_dir / lang)
        stamp = stamps / f"{lang}.json"
        if item["copied"]:
            os.replace(item["copied"], target)
        else:
            stamp.unlink(missing_ok=True)
            started = time.perf_counter()
            run_edition_mkdocs(config_file, work / lang, target, item["nav"], item["overrides"])
            if timings is not None:
                timings["editions_mkdocs"] = timings.get("editions_mkdocs", 0.0) + time.perf_counter() - started
            stamp.write_text(json.dumps({"inputs": item["inputs"], "files": tree_listing(target)}) + "\n",
                             encoding="utf-8")
        built.append(lang)
    drop_sitemap_dates(site_dir)
    for lang in built:  # kept for the next build's page reuse
        _replace(work / lang, stamps / f"docs-{lang}")
    return built
