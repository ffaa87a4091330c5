"""`s4s build`: strategies + concept + content -> Markdown + figures -> MkDocs -> site/.

Two phases (STYLE.md 2): `gather()` loads, validates and scores everything and computes the
frames; `render_docs()` writes every page of the build folder from that data only; then
`mkdocs build --strict` turns the folder into HTML.

Atomic (issue 10): pages and HTML are written into temporary folders next to their targets;
`site/` (and build/docs) are replaced only when every step succeeded, so a failed build
leaves the previous site as it was.

Deterministic: fixed figure ids, sorted rows, sorted JSON keys, and SOURCE_DATE_EPOCH (for
the sitemap's dates and its gzip header) taken from the environment or fixed at 0.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import math
import os
import pickle
import posixpath
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd
from markupsafe import Markup

from generator import render, tables
from generator.errors import BuildError, Problem, ValidationError
from generator.incremental import (
    LazyPages,
    PageReuse,
    ParseCache,
    Parts,
    code_digest,
    drop_unwritten,
    take_over,
    write_atomic,
)
from generator.models import (
    COUNTRIES,
    LANGUAGES,
    Assessment,
    AssessmentSummary,
    Concept,
    Criterion,
    Evidence,
    Strategy,
    finding_rows,
    summarise,
)

if TYPE_CHECKING:
    from generator.documents import PdfJob

COLLECTIONS = ("strategies", "examples")
SAFE_ID = re.compile(r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_EVIDENCE_SHOWN = 3  # quotes per criterion on a strategy page (all of them are in the JSON)
DEFAULT_EPOCH = "0"
CONTENT_SKIP = {"README.md", "methodology.md"}  # notes for maintainers; documents renders the other
FRAMEWORK_TITLES = {"concept": "SMART Concept", "sdg": "Sustainable Development Goals",
                    "egd": "European Green Deal"}
EXAMPLE_NOTE = ("Includes {n} fictional example strateg{ies} (marked \u201cexample\u201d): they "
                "show how the method works and say nothing about real V4 places.")


@dataclass
class SiteData:
    """Everything the pages need, gathered before anything is written."""

    strategies: list[Strategy]
    concept: Concept
    assessments: Mapping[str, Assessment]  # read lazily from the cache (generator.cache.Assessments)
    national: dict[str, dict]
    include_examples: bool
    content_root: Path | None = None  # content/, for the pages that show measured figures
    pages: PageMaker | None = None  # what scoring workers wrote strategy pages and rows with
    catalogue: pd.DataFrame = field(init=False)
    findings: pd.DataFrame = field(init=False)
    areas: pd.DataFrame = field(init=False)
    page_digests: dict[str, str] = field(init=False)
    catalogue_rows: list[dict[str, Any]] | None = field(default=None, init=False, repr=False)
    catalogue_digest: list[Any] | None = field(default=None, init=False, repr=False)  # catalogue_key

    def __post_init__(self) -> None:
        from generator.cache import strategy_digest

        # What a strategy's page and JSON are made of: its content, the concept and the scorer
        # (which fix its assessment) and the code and templates that render it.
        base = hashlib.sha256((self.concept.digest + scorer_and_render_digest()).encode()).hexdigest()
        self.page_digests = {s.id: hashlib.sha256((base + strategy_digest(s)).encode()).hexdigest()
                             for s in self.strategies}
        self.catalogue = tables.catalogue(self.strategies, self.summaries)
        self.findings = tables.findings(self.strategies, self.summaries, self.concept)
        self.areas = tables.area_scores(self.strategies, self.summaries)

    @property
    def pages_made(self) -> set[str]:
        """Ids of strategies whose page and JSON download the scoring workers wrote."""
        return getattr(self.assessments, "made", set())

    @property
    def summaries(self) -> Mapping[str, AssessmentSummary]:
        """Scores, areas and per finding status and number of passages, for every scored
        strategy: all that tables, charts and aggregate pages need (full assessments are read
        from the cache only for pages written again)."""
        found = getattr(self.assessments, "summaries", None)
        if found is None:
            found = {sid: summarise(a) for sid, a in self.assessments.items()}
        return found

    @property
    def criteria(self) -> dict[str, Criterion]:
        return {c.id: c for c in self.concept.criteria}

    def examples_in(self, ids: Sequence[str]) -> int:
        wanted = set(ids)
        return sum(1 for s in self.strategies if s.id in wanted and s.is_example)


RENDER_CODE = ("build.py", "render.py", "tables.py", "models.py", "score.py", "cache.py", "incremental.py")


def scorer_and_render_digest() -> str:
    """The code and templates a strategy page is made with (the scorer's code via cache.py)."""
    from generator.cache import scorer_digest
    from generator.incremental import code_digest

    return scorer_digest() + code_digest(RENDER_CODE, [render.TEMPLATES])


# --- phase 1: gather ----------------------------------------------------------------------

def strategy_paths(root: Path, include_examples: bool = True) -> list[Path]:
    folders = COLLECTIONS if include_examples else COLLECTIONS[:1]
    # Path order is the order of the parts: sorted by them, got once per path, instead of by
    # about 60,000 Path comparisons (15 ms of 20 at 5,000 files)
    return sorted((p for folder in folders for p in (root / folder).glob("*/*.md")), key=_PARTS)


_PARTS = attrgetter("parts")


def load_strategies(root: Path, include_examples: bool = True, parsed: ParseCache | None = None) -> list[Strategy]:
    """Every strategy file, validated; all problems of all files raised together.

    With `parsed`, a file not written since it validated (or with the same bytes) is taken
    from that cache instead of being read, parsed and validated again.
    """
    known, pending = known_files(root, include_examples, parsed)
    files = StrategyFiles(root, parsed)
    return validated(known + [files.check_here(item) for item in pending], parsed)


Checked = tuple[Path, "Strategy | None", list[Problem]]  # a file, its strategy (None if unusable), its problems


def known_files(root: Path, include_examples: bool = True,
                parsed: ParseCache | None = None) -> tuple[list[Checked], list[tuple[Path, tuple]]]:
    """The strategy files the parse cache knows unchanged (by their stat signature), with
    their strategies, and the others with their signatures (() when there is none), to be
    read (StrategyFiles)."""
    from generator.cache import remember_digest

    known: list[Checked] = []
    pending: list[tuple[Path, tuple]] = []
    for path in strategy_paths(root, include_examples):
        signature: tuple = ()
        cached = None
        if parsed is not None:
            try:
                signature = parsed.signature(path)
            except OSError:
                signature = ()
            cached = parsed.unchanged(path, signature, root) if signature else None
        if cached is None:
            pending.append((path, signature))
        else:
            strategy, digest = cached
            remember_digest(strategy, digest)
            known.append((path, strategy, []))
    return known, pending


class StrategyFiles:
    """Reads, parses and validates strategy files: here (`check_here`), or in scoring workers
    (`load`, then `adopt` in the build's process: cache.Loader), which send back the front
    matter, content key and digest instead of the text, so that the build holds the strategy
    as it holds one from the parse cache (its pages read again only if needed)."""

    def __init__(self, root: Path, parsed: ParseCache | None):
        self.root, self.parsed = root, parsed

    def check(self, item: tuple[Path, tuple]) -> tuple[Strategy | None, list[Problem], tuple | None, bool]:
        """(strategy or None, problems, the parse cache's entry for it (signature, content
        key, front matter, digest) or None without a parse cache, found in the cache by its
        bytes?). Records nothing in the parse cache."""
        from generator.cache import remember_digest, strategy_digest
        from generator.load import parse_strategy, read_strategy

        path, signature = item
        raw, shown, location, found = read_strategy(path, root=self.root)
        if raw is None:
            return None, found, None, False
        parsed = self.parsed
        if parsed is None:
            strategy, found = parse_strategy(raw, shown, location, path=path)
            return strategy, found, None, False
        key = parsed.key(raw, location)
        entry = parsed.same_entry(signature, key) if signature else None
        if entry is not None:
            strategy = Strategy(path, dict(entry[2]), LazyPages(path, key, self.root))
            remember_digest(strategy, entry[3])
            return strategy, [], entry, True
        strategy, found = parse_strategy(raw, shown, location, path=path)
        if strategy is None:
            return None, found, None, False
        return strategy, found, (signature, key, strategy.meta, strategy_digest(strategy)), False

    def check_here(self, item: tuple[Path, tuple]) -> Checked:
        """`check`, and the parse cache told what was found."""
        from generator.cache import remember_digest

        strategy, found, entry, same = self.check(item)
        path, signature = item
        if entry is not None and self.parsed is not None:
            if same:
                strategy, digest = self.parsed.use(path, entry, self.root)
                remember_digest(strategy, digest)
            elif signature and not found and strategy is not None:
                self.parsed.put(path, signature, entry[1], strategy, entry[3])
        return path, strategy, found

    def load(self, item: tuple[Path, tuple]) -> tuple[Strategy | None, list[Problem], Any, bool]:
        """In a scoring worker: `check`; what is sent back (the entry, same bytes?, may the
        parse cache keep it?) and whether the strategy may be scored (no error, a usable id:
        the worker writes its page)."""
        strategy, found, entry, same = self.check(item)
        if strategy is None or entry is None:
            return strategy, found, None, False
        usable = not any(p.severity == "error" for p in found) and bool(SAFE_ID.match(strategy.id))
        return strategy, found, (entry, same, bool(item[1]) and not found), usable

    def adopt(self, item: tuple[Path, tuple], sent: Any) -> Strategy:
        """In the build's process: the strategy a worker loaded, its pages read when needed."""
        from generator.cache import remember_digest

        entry, same, keep = sent
        path = item[0]
        assert self.parsed is not None
        if same:
            strategy, digest = self.parsed.use(path, entry, self.root)
        else:
            signature, key, meta, digest = entry
            strategy = Strategy(path, meta, LazyPages(path, key, self.root))
            if keep:
                self.parsed.put(path, signature, key, strategy, digest)
        remember_digest(strategy, digest)
        return strategy


def validated(checked: Sequence[Checked], parsed: ParseCache | None = None) -> list[Strategy]:
    """The strategies of checked files, sorted by country and id; raises ValidationError with
    every error of every file (and unusable or duplicate ids) at once. The parse cache is
    saved only then."""
    strategies: list[Strategy] = []
    problems: list[Problem] = []
    for path, strategy, found in checked:
        errors = [p for p in found if p.severity == "error"]
        problems += errors
        if strategy is not None and not errors:
            if not SAFE_ID.match(strategy.id):  # ids become file names and URLs
                problems.append(Problem(str(path), 0, f"id {strategy.id!r} is not usable as a page name"))
                continue
            strategies.append(strategy)
    counts = Counter(s.id for s in strategies)
    for sid in sorted(i for i, n in counts.items() if n > 1):
        problems.append(Problem(sid, 0, "duplicate strategy id"))
    if problems:
        raise ValidationError(sorted(problems))
    if parsed is not None:
        parsed.save()
    return sorted(strategies, key=_ORDER)


def _ORDER(s: Strategy) -> tuple[str, str]:  # noqa: N802 - the strategies' order in a build
    return s.country, s.id


def load_concept(root: Path) -> Concept:
    """The concept via generator.concept; an empty concept (nothing scored) while it is absent."""
    try:
        from generator.concept import load_concept as _load
    except ModuleNotFoundError as exc:
        if exc.name != "generator.concept":
            raise
        logging.getLogger("s4s").warning("generator.concept is not available: building without scores")
        return Concept(criteria=(), areas=(), meta={}, digest="none")
    from generator.concept import concept_digest

    # Loading validates every concept file against its schema (about half a second); a
    # build whose concept files and loader are unchanged takes the Concept it loaded last time.
    folder = root / "concept"
    key = hashlib.sha256((concept_digest(folder) + code_digest(CONCEPT_LOADER)).encode()).hexdigest()
    cached = root / ".cache" / "concept" / f"{key[:32]}.pickle"
    try:
        found = pickle.loads(cached.read_bytes())  # noqa: S301 - our own cache file, written below
        if isinstance(found, Concept):
            return found
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        pass
    concept = _load(folder)
    try:
        for old in cached.parent.glob("*.pickle"):
            old.unlink()
        write_atomic(cached, pickle.dumps(concept, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a read-only checkout builds, only without this cache
    return concept


CONCEPT_LOADER = ("concept.py", "models.py", "schema.py", "yamlsafe.py", "errors.py")


def score_strategies(strategies: Sequence[Strategy], concept: Concept, root: Path,
                     progress: Callable[[int], object] | None = None,
                     stats: dict[str, Any] | None = None, pages: PageMaker | None = None) -> Mapping[str, Assessment]:
    """Strategy id -> Assessment (read from the cache when first asked for; the mapping's
    `summaries` has every strategy's scores and statuses at once). With `pages`, workers
    that score many strategies also write their pages and open-data rows."""
    if not concept.criteria:
        return {}
    from generator.cache import AssessmentCache, assess_all

    cache = AssessmentCache(concept, root / ".cache" / "assessments")
    _prepare_pages(pages, concept)
    found = assess_all(strategies, concept, cache=cache, progress=progress, after=pages)
    if stats is not None:
        stats.update(scored=len(found), cache_hits=cache.hits, cache_misses=cache.misses)
    return found


def _prepare_pages(pages: PageMaker | None, concept: Concept) -> None:
    if pages is not None:
        pages.concept = concept
        # The strategy pages' chart layout, validated here once (not by each scoring worker,
        # whose figure caches die with them) and so kept in this build's figure cache for the
        # next rebuild to render a page with: the areas an assessment has, in the pages' order.
        _area_chart(_area_rows(concept, dict.fromkeys({c.area for c in concept.framework("concept")}, 0.0)))
        pages.writer()


def load_and_score(root: Path, known: list[Checked], pending: list[tuple[Path, tuple]], parsed: ParseCache,
                   concept: Concept, progress: Callable[[int], object] | None = None,
                   stats: dict[str, Any] | None = None,
                   pages: PageMaker | None = None) -> tuple[list[Strategy], Mapping[str, Assessment]]:
    """validated() and score_strategies() at once, the `pending` files read, parsed and
    validated by the scoring workers (cache.load_and_assess): the strategies, sorted, and their
    assessments. Raises ValidationError with every file's problems; what workers wrote
    meanwhile is in this build's own folders (removed when it fails) or keyed by content."""
    from generator.cache import AssessmentCache, load_and_assess

    cache = AssessmentCache(concept, root / ".cache" / "assessments")
    loaded, found = load_and_assess(pending, StrategyFiles(root, parsed), [s for _, s, _ in known if s is not None],
                                    concept, cache=cache, progress=progress, after=pages, order=_ORDER,
                                    meanwhile=lambda: _prepare_pages(pages, concept))
    strategies = validated(known + [(path, *result) for (path, _), result in zip(pending, loaded, strict=True)],
                           parsed)
    if stats is not None:
        stats.update(scored=len(found), cache_hits=cache.hits, cache_misses=cache.misses)
    return strategies, found


def load_national(root: Path) -> dict[str, dict]:
    from generator.documents import load_national as _load

    return _load(root / "concept" / "national")


class Stopwatch:
    """Seconds per build stage, added into `into` (the benchmark and the summary line read it)."""

    def __init__(self, into: dict[str, float] | None = None):
        self.into = into if into is not None else {}
        self.t = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.into[stage] = self.into.get(stage, 0.0) + now - self.t
        self.t = now


def gather(root: Path, include_examples: bool = True, quiet: bool = True, clock: Stopwatch | None = None,
           stats: dict[str, Any] | None = None, pages: PageMaker | None = None) -> SiteData:
    """Phase 1: load, validate and score everything (stages: load, validate, score).

    `pages`: what scoring workers write strategy pages and open-data rows with."""
    clock = clock or Stopwatch()
    stats = stats if stats is not None else {}
    concept = load_concept(root)
    national = load_national(root)
    clock.lap("load")
    from generator.cache import parallel_loading

    parsed = ParseCache(root / ".cache" / "strategies")
    known, pending = known_files(root, include_examples, parsed)
    bar = None
    try:
        if parallel_loading(len(pending), concept):
            # Many files to read (a first build): the scoring workers read, parse and validate
            # them while they score, instead of this process alone before they start, and all
            # problems are still raised together. The validate stage is then the unchanged files.
            clock.lap("validate")
            if not quiet:
                from tqdm import tqdm

                bar = tqdm(total=len(pending) + sum(not s.awaited for _, s, _ in known if s is not None), desc="score",
                           unit="strategy")
            strategies, assessments = load_and_score(root, known, pending, parsed, concept,
                                                     bar.update if bar else None, stats, pages)
        else:
            files = StrategyFiles(root, parsed)
            strategies = validated(known + [files.check_here(item) for item in pending], parsed)
            clock.lap("validate")
            if not quiet:
                from tqdm import tqdm

                bar = tqdm(total=sum(not s.awaited for s in strategies), desc="score", unit="strategy")
            assessments = score_strategies(strategies, concept, root, bar.update if bar else None, stats, pages)
    finally:
        if bar:
            bar.close()
    stats["parsed_from_cache"] = parsed.hits
    data = SiteData(strategies, concept, assessments, national, include_examples, root / "content", pages)
    clock.lap("score")
    return data


# --- phase 2: render ----------------------------------------------------------------------

def page_url(page: str) -> str:
    """Directory URL of a docs page (use_directory_urls): 'a/b.md' -> 'a/b/', 'a/index.md' -> 'a/'."""
    stem = page[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    else:
        stem += "/"
    return stem


def href(from_page: str, target: str) -> str:
    """A relative URL from one docs page to a page ('x.md') or a file, for raw HTML blocks."""
    base = page_url(from_page)
    dest = page_url(target) if target.endswith(".md") else target
    rel = posixpath.relpath("/" + dest, "/" + base) if base else dest
    if dest.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return "./" if rel in ("./", ".") else rel


def md_link(from_page: str, target: str) -> str:
    """A relative Markdown link target ('../strategies/x.md'); MkDocs checks it under --strict."""
    return posixpath.relpath(target, posixpath.dirname(from_page) or ".")


def title(texts: dict[str, str] | None, lang: str = "en") -> str:
    texts = texts or {}
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


def criterion_page(cid: str) -> str:
    return f"concept/criteria/{cid.lower()}.md"


def strategy_page(sid: str) -> str:
    return f"strategies/{sid}.md"


def example_note(n: int) -> str:
    return EXAMPLE_NOTE.format(n=n, ies="y" if n == 1 else "ies") if n else ""


class Writer:
    """Writes the docs build folder and remembers every file (for the nav and tests)."""

    def __init__(self, out: Path, reuse: PageReuse | None = None, parts: Parts | None = None, code: str = "",
                 cache: Path | None = None):
        self.out = out
        self.env = render.make_environment(cache=cache)  # cache: compiled templates (.cache/jinja/site)
        self.written: list[str] = []
        self.reuse = reuse
        self.parts = parts or Parts(None)
        self.code = code  # digest of the code and templates; "" = pages are never reused by context
        self.folders: set[str] = set()  # made already: one mkdir per folder, not per file

    def reused(self, rel: str, digest: str) -> bool:
        """True when the last build's `rel` had the same digest and was linked in unchanged."""
        if self.reuse is None or not self.reuse.reuse(rel, digest, self.out):
            return False
        self.written.append(rel)
        return True

    def adopt(self, rel: str, digest: str) -> None:
        """A file another process wrote into this folder for this build, with its digest."""
        if self.reuse is not None:
            self.reuse.now[rel] = digest
        self.written.append(rel)

    def text(self, rel: str, content: str) -> None:
        # Plain strings, not Path objects: two files a strategy, thousands of strategies.
        path = os.path.join(self.out, rel)
        folder = os.path.dirname(path)
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        # Never write through a link to the last build's file: a file already there is removed
        # first (O_EXCL; a cold build's new files cost no unlink). The umask applies, as for open().
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            os.unlink(path)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            _write_all(fd, content.encode("utf-8"))
        finally:
            os.close(fd)
        self.written.append(rel)

    def digest(self, rel: str, *inputs: Any) -> str | None:
        """A page's digest from the code and `inputs` (plain data), or None when they are not
        plain data (then the page is rendered every time)."""
        if not self.code:
            return None
        try:
            text = json.dumps([rel, inputs], sort_keys=True, ensure_ascii=False, default=_plain_data)
        except (TypeError, ValueError):
            return None
        return hashlib.sha256((self.code + text).encode("utf-8")).hexdigest()

    def keyed(self, rel: str, *inputs: Any) -> bool:
        """True when the last build's `rel` was linked in: its digest is that of `inputs`, which
        must determine its content (for files whose content costs more to make than its
        inputs to digest)."""
        digest = self.digest(rel, *inputs)
        return digest is not None and self.reused(rel, digest)

    def aggregate(self, rel: str, template: str, links: dict[str, Any] | None = None, **context: Any) -> None:
        """A page of many strategies, linked from the last build when its context (what it
        shows) is unchanged: after one strategy changed most of them are. `links` are
        functions of `rel` alone (link makers), passed to the template but not digested."""
        digest = self.digest(rel, template, context)
        if digest is None or not self.reused(rel, digest):
            self.page(rel, template, **context, **(links or {}))

    def page(self, rel: str, template: str, **context: Any) -> None:
        context.setdefault("page", rel)
        tpl = self.env.get_template(template)
        self.text(rel, tpl.render(**context, href=lambda t: render.h(href(rel, t)),
                                  mdlink=lambda t: Markup(md_link(rel, t))))

    def json(self, rel: str, data: Any) -> None:
        # Compact: json's C encoder only runs without indent (indent=1 took a quarter of the render stage)
        self.text(rel, _JSON_FILE.encode(data) + "\n")

    def csv(self, rel: str, frame: pd.DataFrame) -> None:
        buf = io.StringIO()
        frame.to_csv(buf, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self.text(rel, buf.getvalue())

    def joined(self, rel: str, head: bytes, parts: Any, sep: bytes = b"", tail: bytes = b"") -> None:
        """A file of one part per strategy; unchanged parts are copied from the last build's file."""
        self.parts.write(self.out / rel, rel, head, parts, sep, tail)
        self.written.append(rel)


# json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) without the
# check for circular references (a quarter of the encoder's time on a strategy's JSON
# download; the data are plain trees, and a cycle would still fail, by recursion depth).
_JSON_FILE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _plain_data(value: Any) -> Any:
    """JSON for a page digest: dataclasses (Criterion) by their fields, numpy numbers as numbers."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # Its fields, shallow: the encoder walks them (asdict's deep copy of a Criterion's
        # terms was most of the editions' page digests).
        return [type(value).__name__, *(getattr(value, f.name) for f in dataclasses.fields(value))]
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(type(value).__name__)


def chart(fig_id: str, fig: dict, label: str) -> dict[str, Any]:
    """What a template needs to draw one chart: fixed id, figure JSON, accessible label."""
    return {"id": fig_id, "json": render.script_json(fig), "label": label}


def _status_counts(findings: Sequence) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.status == s) for s in ("met", "partial", "missing")}


# A strategy page's criterion rows (about 50 a page, thousands of pages) are joined here rather
# than in strategy.md.j2: a row's criterion and status cells, and its "what to add" cell, recur
# on every page and are made once each; only the evidence cell is the strategy's own. Every
# value is escaped with render.h, as the template's |h did (the page is byte for byte the same).


@lru_cache(maxsize=8192)
def _row_head(cid: str, name: str, link: Markup | None, status: str) -> str:
    """The criterion and status cells of a row, and the opening of its evidence cell."""
    label = f'<a href="{link}">{render.h(cid)}</a>' if link else render.h(cid)
    return (f'<tr><td>{label} {render.h(name)}</td><td><span class="s4s-status s4s-{render.h(status)}">'
            f"{render.h(status)}</span></td><td>")


@lru_cache(maxsize=8192)
def _row_tail(recommendation: str, local: str, lang: Markup) -> str:
    """The close of the evidence cell and the "what to add" cell (English, then the strategy's language)."""
    in_language = f'<br><span lang="{lang}">{render.h(local)}</span>' if local else ""
    return f"</td><td>{render.h(recommendation)}{in_language}</td></tr>"


def _finding_row(head: str, evidence: Sequence[Evidence], more: int, tail: str, lang: Markup) -> Markup:
    quotes = "".join(f'<p class="s4s-quote" lang="{lang}">p. {render.h(e.page)}: “{render.h(e.quote)}”</p>'
                     for e in evidence)
    if more:
        quotes += f"<p>and {render.h(more)} more in the JSON</p>"
    return Markup(head + quotes + tail)


@lru_cache(maxsize=4096)
def _strategy_href(target: str) -> Markup:
    """href() from any strategy page (strategies/<id>.md) to a page outside strategies/: the
    same for every strategy, so worked out once per target."""
    if target.startswith("strategies/"):
        raise ValueError(target)
    return render.h(href(strategy_page("x"), target))


def strategy_context(data: SiteData, s: Strategy) -> dict[str, Any]:
    return _strategy_context(data.concept, s, data.assessments.get(s.id))


class _ConceptView(NamedTuple):
    """What every strategy page takes from the concept, worked out once per concept."""

    crit: dict[str, Criterion]
    areas: dict[str, Any]
    order: dict[str, int]  # criterion id -> position (rows in concept order)
    blank_meta: dict[str, None]  # every front matter field, None
    # criterion id -> (title, link from a strategy page, English recommendation)
    shown: dict[str, tuple[str, Markup, str]]


_VIEW: tuple[Concept, _ConceptView] | None = None  # the last concept's view (one concept a build)


def _concept_view(concept: Concept) -> _ConceptView:
    global _VIEW
    if _VIEW is None or _VIEW[0] is not concept:
        from generator.schema import FIELDS

        crit = {c.id: c for c in concept.criteria}
        shown = {cid: (title(c.title), _strategy_href(criterion_page(cid)), title(c.recommendation))
                 for cid, c in crit.items()}
        _VIEW = (concept, _ConceptView(crit, {ar.id: ar for ar in concept.areas},
                                       {cid: i for i, cid in enumerate(crit)}, dict.fromkeys(FIELDS), shown))
    return _VIEW[1]


def _strategy_context(concept: Concept, s: Strategy, a: Assessment | None) -> dict[str, Any]:
    """A strategy page's context: the strategy, its assessment and the concept, nothing else
    (so a scoring worker can render the page as soon as it has the assessment)."""
    view = _concept_view(concept)
    order, shown = view.order, view.shown
    meta = {**view.blank_meta, **s.meta}  # optional fields absent from a file are None
    ctx: dict[str, Any] = {"s": s, "m": meta, "a": a, "scored": a is not None, "lang": render.h(s.language),
                           "json_file": f"../data/strategies/{s.id}.json"}
    if a is None:
        return ctx
    area_rows = _area_rows(concept, a.areas)
    ctx["area_rows"] = area_rows
    ctx["area_chart"] = _area_chart(area_rows)
    local = s.language != "en"
    lang = ctx["lang"]
    last = len(order)
    sections = []
    for key, items in (("concept", a.concept), ("sdg", a.sdg), ("egd", a.egd)):
        rows = []
        for f in sorted(items, key=lambda f: (order.get(f.criterion, last), f.criterion)):
            known = shown.get(f.criterion)
            met = f.status == "met"
            head = _row_head(f.criterion, known[0] if known else f.criterion, known[1] if known else None, f.status)
            tail = _row_tail("" if met else (f.recommendation.get("en") or (known[2] if known else "")),
                             f.recommendation.get(s.language, "") if local and not met else "", lang)
            rows.append(_finding_row(head, f.evidence[:MAX_EVIDENCE_SHOWN],
                                     max(0, len(f.evidence) - MAX_EVIDENCE_SHOWN), tail, lang))
        sections.append({"key": key, "title": FRAMEWORK_TITLES[key], "rows_html": rows,
                         "counts": _status_counts(items)})
    ctx["sections"] = sections
    return ctx


def _area_rows(concept: Concept, scores: Mapping[str, float]) -> list[tuple[str, float]]:
    """A strategy's chart rows, (area title, score): concept order, not the assessment's dict
    order (a cached assessment may order keys otherwise)."""
    areas = _concept_view(concept).areas
    keys = [k for k in areas if k in scores] + sorted(k for k in scores if k not in areas)
    return [(title(areas[k].title) if k in areas else k, scores[k]) for k in keys]


def _area_chart(area_rows: list[tuple[str, float]]) -> Any:
    return chart("fig-areas", render.bar_figure(
        "Score by concept area", [r[0] for r in area_rows], [round(r[1], 1) for r in area_rows]),
        "Bar chart of the score by concept area; the same numbers are in the table below.")


def render_strategies(w: Writer, data: SiteData) -> None:
    """A page and a JSON download per strategy; unchanged ones are linked from the last build.

    (Rendering them in forked workers was tried: no faster on two cores, the templates are
    compiled per process and the pages are written by one disk.)
    """
    made = data.pages_made
    for s in data.strategies:
        digest = data.page_digests[s.id]
        files = strategy_files(s.id)
        if s.id in made:  # written by the worker that scored it
            for rel in files:
                w.adopt(rel, digest)
            continue
        reused = [w.reused(rel, digest) for rel in files]
        if not all(reused):
            _render_strategy(w, data.concept, s, data.assessments.get(s.id))


STRATEGY_FOLDERS = ("strategies", "data/strategies")  # one file per strategy in each (strategy_files)


def strategy_files(sid: str) -> tuple[str, str]:
    """The docs files of one strategy: its page and its JSON download."""
    return strategy_page(sid), f"data/strategies/{sid}.json"


def _render_strategy(w: Writer, concept: Concept, s: Strategy, a: Assessment | None) -> None:
    """Both files of one strategy; a file whose twin was reused is written again identically."""
    from generator.score import assessment_to_dict

    page, download = strategy_files(s.id)
    w.page(page, "strategy.md.j2", **_strategy_context(concept, s, a))
    w.json(download, {
        "strategy": {k: s.meta[k] for k in sorted(s.meta)},
        "assessment": assessment_to_dict(a) if a is not None else None,
    })


class PageMaker:
    """What the scoring worker that has just assessed a strategy writes of it: its page and
    JSON download into the docs folder `out`, and its rows of the joined open-data files
    into `parts` (appended to one file per worker, found through that worker's index file,
    read by render_open_data_parts). In a build that scores many strategies these are then
    made on every core, and no assessment is read back from the cache to make them.

    Called as maker(strategy, assessment) once `concept` is set; picklable (each worker
    makes its own Writer and part files).
    """

    def __init__(self, out: Path, parts: Path, template_cache: Path | None, concept: Concept | None = None):
        self.out, self.parts, self.template_cache = Path(out), Path(parts), template_cache
        self.concept = concept
        self._writer: Writer | None = None
        self._files: tuple[int, int] | None = None  # this worker's (rows, index) descriptors
        self._offset = 0
        self._where: dict[str, tuple[str, int, tuple[int, ...]]] | None = None
        self._read: dict[str, int] = {}

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_writer": None, "_files": None, "_offset": 0, "_where": None, "_read": {}}

    def writer(self) -> Writer:
        """This process's Writer, with the strategy page's template compiled (a build's process
        makes it before the scoring workers fork: they inherit it, instead of each compiling it)."""
        assert self.concept is not None
        if self._writer is None:
            self._writer = Writer(self.out, cache=self.template_cache)
            self._writer.env.get_template("strategy.md.j2")
            self._area_of = {c.id: c.area for c in self.concept.criteria}
        return self._writer

    def __call__(self, strategy: Strategy, assessment: Assessment) -> None:
        writer = self.writer()
        assert self.concept is not None
        if self._files is None:
            # One rows file and one index per process, appended with plain unbuffered writes:
            # the folder is this build's own and removed with it (no reader sees a file being
            # written; a failed worker fails the build), and two files per worker instead of
            # one per strategy save thousands of file creations and deletions.
            self.parts.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
            self._files = (os.open(self.parts / f"{os.getpid()}.rows", flags, 0o644),
                           os.open(self.parts / f"{os.getpid()}.index", flags, 0o644))
            self._offset = os.fstat(self._files[0]).st_size
        _render_strategy(writer, self.concept, strategy, assessment)
        rows = open_data_rows(strategy, assessment, self._area_of)
        data = b"".join(rows)
        _write_all(self._files[0], data)
        _write_all(self._files[1], f"{strategy.id}\t{self._offset}\t{' '.join(str(len(r)) for r in rows)}\n".encode())
        self._offset += len(data)

    def rows(self, sid: str, which: int) -> bytes:
        """Part `which` (0 scores.csv, 1 evidence CSV, 2 evidence JSON) of the open-data rows a
        worker wrote for `sid`."""
        if self._where is None:
            self._where = {}
            for index in sorted(self.parts.glob("*.index")):
                rows_file = str(index.with_suffix(".rows"))
                for line in index.read_text(encoding="utf-8").splitlines():
                    key, at, sizes = line.split("\t")
                    self._where[key] = (rows_file, int(at), tuple(int(n) for n in sizes.split()))
            self._read = {}
        path, offset, lengths = self._where[sid]
        fd = self._read.get(path)
        if fd is None:
            fd = self._read[path] = os.open(path, os.O_RDONLY)
        return os.pread(fd, lengths[which], offset + sum(lengths[:which]))

    def close_rows(self) -> None:
        for fd in self._read.values():
            os.close(fd)
        self._read = {}


def _write_all(fd: int, data: bytes) -> None:
    """os.write until every byte is written (a regular file normally takes it in one call)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def catalogue_rows(data: SiteData) -> list[dict[str, Any]]:
    """The catalogue table's rows (made once per build: the catalogue and each country page
    written again read them; not to be changed by the caller)."""
    if data.catalogue_rows is None:
        data.catalogue_rows = _catalogue_rows(data)
    return data.catalogue_rows


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """frame.to_dict("records") (Python values, not numpy's), made column by column: pandas
    boxes every cell on its own, a quarter of a second for the catalogue of 5,000 strategies."""
    columns = [frame[c].tolist() for c in frame.columns]
    names = list(frame.columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def _catalogue_rows(data: SiteData) -> list[dict[str, Any]]:
    rows = []
    for r in records(data.catalogue):
        score = r["score"]
        year = r["year_adopted"]
        r["year_adopted"] = int(year) if year is not None and year == year else None
        rows.append({**r, "page": strategy_page(r["id"]),
                     "score_text": render.fmt(score) if score == score else
                     ("text awaited" if r["awaited"] else "not scored"),
                     "score_sort": f"{score:.1f}" if score == score else "-1"})
    return rows


def _table_rows(rows: list[dict[str, Any]], rel: str, catalogue: bool) -> list[Markup]:
    """The rows of the strategies table on the catalogue (`catalogue`: with the filters' data
    attributes and the country and language columns) or a country page `rel`: the HTML the
    templates wrote per row, joined here (5,000 rows of 7 escaped cells on the catalogue, and
    again on the country pages, were half of their render time). Every value is escaped with
    render.h as the templates' |h did, the year by the environment's finalize as their bare
    {{ }} did (the page is byte for byte the same)."""
    h, finalize = render.h, render._finalize
    # A strategy page's link from `rel` is the link to strategies/ and the id (ids are safe
    # path names, SAFE_ID): worked out once, not by a relpath per row; another page goes to href.
    strategies = href(rel, strategy_page("x"))[:-len("x/")]
    out = []
    for r in rows:
        year = h("") if r["year_adopted"] is None else finalize(r["year_adopted"])
        language, level = h(r["language"]), h(r["level"])
        badge = ' <span class="s4s-badge">Example</span>' if r["example"] else ""
        page = r["page"]
        link = f"{strategies}{r['id']}/" if page == strategy_page(r["id"]) and SAFE_ID.match(r["id"]) else href(rel, page)
        place = f'<td><a href="{h(link)}">{h(r["entity"])}</a>{badge}</td>'
        title_cell = f'<td lang="{language}">{h(r["title"])}</td>'
        if catalogue:
            country, score = h(r["country"]), h(r["score_sort"])
            out.append(Markup(
                f'<tr data-country="{country}" data-level="{level}" data-language="{language}" '
                f'data-year_adopted="{year}" data-score="{score}">\n{place}<td>{country}</td><td>{level}</td>'
                f'<td>{language}</td><td>{year}</td>{title_cell}<td data-value="{score}">{h(r["score_text"])}</td>\n</tr>'))
        else:
            out.append(Markup(f'<tr>{place}<td>{level}</td><td>{year}</td>{title_cell}<td>{h(r["score_text"])}</td></tr>'))
    return out


def catalogue_key(data: SiteData) -> list[Any]:
    """What the catalogue frame holds, as plain data: the catalogue page and the strategies
    downloads are functions of it (and of pandas, which writes the downloads), and digesting
    it costs a fraction of making them (a sixth of a second at 5,000 strategies); after one
    strategy changed they are mostly unchanged."""
    if data.catalogue_digest is None:
        cat = data.catalogue
        data.catalogue_digest = [pd.__version__, [str(c) for c in cat.columns], [str(t) for t in cat.dtypes],
                                 [cat[c].tolist() for c in cat.columns]]
    return data.catalogue_digest


def render_catalogue(w: Writer, data: SiteData) -> None:
    if w.keyed("catalogue.md", "catalogue.md.j2", catalogue_key(data)):
        return
    rows = catalogue_rows(data)
    w.page("catalogue.md", "catalogue.md.j2", rows=rows, rows_html=_table_rows(rows, "catalogue.md", True),
           note=example_note(int(data.catalogue["example"].sum())),
           filters={
               "country": sorted({r["country"] for r in rows}),
               "level": sorted({r["level"] for r in rows if r["level"]}),
               "language": sorted({r["language"] for r in rows}),
               "year_adopted": sorted({r["year_adopted"] for r in rows if r["year_adopted"]}),
           })


def _heatmap(data: SiteData, ids: list[str], fig_id: str) -> dict[str, Any] | None:
    # The concept findings of the strategies `ids` (scored ones), (criterion, id) -> status, read
    # from their summaries: the rows of data.findings they make (framework "concept"), a later
    # finding of a criterion winning as in that frame's order, without filtering its 270,000
    # rows by string comparisons (two thirds of a country page at 5,000 strategies).
    summaries = data.summaries
    status: dict[tuple[str, str], str] = {}
    have_crits: set[str] = set()
    sids = []
    for sid in ids:
        found = finding_rows(summaries[sid].concept)
        if found:
            sids.append(sid)
            for criterion, state, _n in found:
                status[criterion, sid] = state
                have_crits.add(criterion)
    if not status:
        return None
    crits = [c.id for c in data.concept.framework("concept") if c.id in have_crits]
    matrix = [[status.get((c, sid), "") for sid in sids] for c in crits]
    names = {s.id: s.meta.get("entity", s.id) for s in data.strategies}
    labels = [render.plain(names[sid]) for sid in sids]
    # A categorical axis merges equal labels: two strategies of one city get their ids added.
    seen = Counter(labels)
    labels = [f"{lab} ({sid})" if seen[lab] > 1 else lab for lab, sid in zip(labels, sids, strict=True)]
    fig = render.heatmap_figure("Criteria by strategies", crits, labels, matrix)
    # The table under the chart has a cell per criterion and strategy (30,000 in a country of
    # 1,000 strategies): its rows are joined here, each status escaped once, not cell by cell
    # in the template.
    cell = {st: f"<td>{render.h(st)}</td>" for st in {st for row in matrix for st in row}}
    head = Markup("".join(f'<th scope="col">{render.h(names[sid])}</th>' for sid in sids))
    rows = [Markup(f'<tr><th scope="row">{render.h(c)}</th>' + "".join(cell[st] for st in row) + "</tr>")
            for c, row in zip(crits, matrix, strict=True)]
    return {"chart": chart(fig_id, fig, "Heat map of criterion status by strategy; the table below "
                                          "has the same data."),
            "criteria": crits, "strategies": sids, "names": names, "matrix": matrix,
            "head_html": head, "rows_html": rows}


def _area_titles(data: SiteData) -> dict[str, str]:
    return {a.id: title(a.title) for a in data.concept.areas}


def _top_areas(data: SiteData) -> list[str]:
    # (tolist first: iterating the column boxes each of its 25,000 values at 5,000 strategies)
    used = list(dict.fromkeys(data.areas["area"].tolist())) if not data.areas.empty else []
    order = [a.id for a in data.concept.areas if a.id in used]
    return order + [a for a in used if a not in order]


def render_countries(w: Writer, data: SiteData) -> None:
    from generator.documents import national_mapping_rows, national_sources_rows

    per_country = tables.per_country(data.catalogue).set_index("country")
    area_titles = _area_titles(data)
    crit = data.criteria
    top_areas = _top_areas(data)
    for cc in COUNTRIES:
        page = f"countries/{cc.lower()}.md"
        part = data.catalogue[data.catalogue["country"] == cc]
        ids = list(part["id"])
        # What the page is made of: its strategies (content, concept, scorer), the national
        # framework and the areas in use; only the changed strategy's country is rendered again.
        digest = w.digest(page, data.concept.digest, data.national.get(cc), top_areas,
                          [data.page_digests[i] for i in ids])
        if digest is not None and w.reused(page, digest):
            continue
        scored_ids = [i for i in ids if i in data.assessments]
        area_part = data.areas[data.areas["country"] == cc]
        area_means = area_part.groupby("area")["score"].mean().round(1).to_dict() if not area_part.empty else {}
        area_rows = [(area_titles.get(a, a), area_means[a]) for a in top_areas if a in area_means]
        area_chart = chart("fig-country-areas", render.bar_figure(
            "Mean score by concept area", [r[0] for r in area_rows], [r[1] for r in area_rows]),
            "Bar chart of the mean score by area; the table below has the same numbers.") if area_rows else None
        gaps = tables.gaps(data.findings[data.findings["country"] == cc])
        national = data.national.get(cc) or {}
        w.page(page, "country.md.j2", cc=cc, name=tables.COUNTRY_NAMES[cc],
               summary=per_country.loc[cc].to_dict(),
               rows_html=_table_rows([r for r in catalogue_rows(data) if r["country"] == cc], page, False),
               heat=_heatmap(data, scored_ids, "fig-country-heatmap"),
               area_rows=area_rows, area_chart=area_chart,
               gaps=[{**g, "title": title(crit[g["criterion"]].title) if g["criterion"] in crit else g["criterion"],
                      "page": criterion_page(g["criterion"])} for g in gaps.to_dict("records")],
               national_title=render.plain(_national_text(national, ("title", "name"))),
               national_summary=render.plain(_national_text(national, ("summary", "description", "notes"))),
               national_rows=national_mapping_rows(national) if national else [],
               national_sources=national_sources_rows(national) if national else [],
               note=example_note(data.examples_in(ids)))


def _national_text(data: dict, keys: Sequence[str]) -> str:
    for k in keys:
        v = data.get(k)
        if isinstance(v, str):
            return v
        if isinstance(v, dict) and isinstance(v.get("en"), str):
            return v["en"]
    return ""


def render_v4(w: Writer, data: SiteData) -> None:
    per_country = tables.per_country(data.catalogue)
    areas = _top_areas(data)
    titles = _area_titles(data)
    matrix = tables.country_areas(data.areas, areas)
    # One row per country in COUNTRIES' order (country_areas reindexes by it), NaN where none scored.
    series = {tables.COUNTRY_NAMES[cc]: [None if math.isnan(v) else v for v in row]
              for cc, row in zip(COUNTRIES, matrix.to_numpy(dtype=float).tolist(), strict=True)}
    fig = render.grouped_bar_figure("Mean score by concept area and country",
                                    [titles.get(a, a) for a in areas], series) if areas else None
    # The number of concept criteria with findings (per_criterion's rows, without its crosstab)
    concept_rows = data.findings["framework"] == "concept"
    n_criteria = int(data.findings.loc[concept_rows, "criterion"].nunique()) if len(data.findings) else 0
    by_country = []
    crit = data.criteria
    # One grouping instead of a filter per (criterion, country): 104 scans of every finding.
    means = data.findings.groupby(["criterion", "country"])["points"].mean().to_dict() \
        if len(data.findings) else {}
    for cid in [c.id for c in data.concept.framework("concept")]:
        values: list[float | None] = []
        row = {"id": cid, "title": title(crit[cid].title), "page": criterion_page(cid), "values": values}
        for cc in COUNTRIES:
            mean = means.get((cid, cc))
            values.append(round(float(mean) * 100, 1) if mean is not None else None)
        by_country.append(row)
    w.aggregate("v4.md", "v4.md.j2", countries=per_country.to_dict("records"),
           areas=[(titles.get(a, a), [matrix.loc[cc, a] for cc in COUNTRIES]) for a in areas],
           chart=chart("fig-v4-areas", fig, "Grouped bar chart of mean area scores per country; "
                                            "the table below has the same numbers.") if fig else None,
           by_country=by_country, n_criteria=n_criteria,
           note=example_note(int(data.catalogue[data.catalogue["score"].notna()]["example"].sum())))


def dictionary_frame(concept: Concept) -> pd.DataFrame:
    """One row per phrase that detects a criterion: a term written as a group of alternatives
    ('cooperation with (municipality|association)') gives a row per phrase, which is what an
    evidence row's terms name; `written` is the term as the lexicon writes it."""
    from generator.match import expand

    rows = []
    for c in concept.criteria:
        for lang in LANGUAGES:
            for written in c.terms.get(lang, ()):
                for term in expand(written):
                    rows.append({"criterion": c.id, "framework": c.framework, "area": c.area,
                                 "language": lang, "term": term, "written": written})
    return pd.DataFrame(rows, columns=["criterion", "framework", "area", "language", "term", "written"])


def render_concept(w: Writer, data: SiteData) -> None:
    concept = data.concept
    per_crit = tables.per_criterion(data.findings).set_index("criterion") if not data.findings.empty else None
    # Treemap: framework root -> areas (with parents) -> criteria; leaves link to criterion pages.
    ids, labels, parents, links = ["concept"], ["SMART Concept"], [""], [""]
    for ar in concept.areas:
        if ar.framework != "concept":
            continue
        ids.append(f"area:{ar.id}")
        labels.append(render.plain(title(ar.title)))
        parents.append(f"area:{ar.parent}" if ar.parent else "concept")
        links.append("")
    known = set(ids)
    for c in concept.framework("concept"):
        ids.append(c.id)
        labels.append(f"{c.id} {render.plain(title(c.title))}")
        parents.append(f"area:{c.area}" if f"area:{c.area}" in known else "concept")
        links.append(href("concept/index.md", criterion_page(c.id)))
    treemap = chart("fig-concept-treemap", render.treemap_figure("The SMART Concept", ids, labels, parents, links),
                    "Treemap of the SMART Concept; every criterion is also listed below.") \
        if len(ids) > 1 else None
    groups = []
    for fw in ("concept", "sdg", "egd"):
        items = concept.framework(fw)
        if items:
            groups.append({"title": FRAMEWORK_TITLES[fw], "criteria": [
                {"id": c.id, "title": title(c.title), "page": criterion_page(c.id),
                 "area": _area_titles(data).get(c.area, c.area)} for c in items]})
    w.aggregate("concept/index.md", "concept.md.j2", treemap=treemap, groups=groups,
           origins=framework_origins(concept.meta))
    n_examples = sum(1 for s in data.strategies if s.is_example and s.id in data.assessments)
    for c in concept.criteria:
        stats = per_crit.loc[c.id].to_dict() if per_crit is not None and c.id in per_crit.index else None
        w.aggregate(criterion_page(c.id), "criterion.md.j2", c=c, languages=LANGUAGES, stats=stats,
               area=_area_titles(data).get(c.area, c.area), title=title(c.title),
               description=title(c.description), recommendation=title(c.recommendation),
               note=example_note(n_examples))
    # The dictionary downloads show the criteria's terms only: kept while no term, title or
    # area changed (making them was a twentieth of a rebuild's render stage).
    terms = [pd.__version__, [(c.id, c.framework, c.area, c.title, c.terms) for c in concept.criteria]]
    if not w.keyed("data/dictionary.csv", terms):
        w.csv("data/dictionary.csv", dictionary_frame(concept))
    if not w.keyed("data/dictionary.json", terms):
        w.json("data/dictionary.json", [
            {"criterion": c.id, "framework": c.framework, "area": c.area, "title": dict(c.title),
             "terms": {lang: list(c.terms.get(lang, ())) for lang in LANGUAGES}} for c in concept.criteria])


DATA_DICTIONARY = [
    ("strategies.csv / .json", "id", "strategy id, <country>-<slug>"),
    ("strategies.csv / .json", "entity, country, level, language", "who adopted it, where, in which language"),
    ("strategies.csv / .json", "title, title_en", "original title and English title"),
    ("strategies.csv / .json", "year_adopted, period_start, period_end", "adoption year and period covered"),
    ("strategies.csv / .json", "source_url, extraction", "address of the source PDF; how text was obtained (awaited: not yet)"),
    ("strategies.csv / .json", "example", "true for fictional example strategies"),
    ("strategies.csv / .json", "score", "compliance with the SMART Concept, 0-100 (empty when not scored)"),
    ("scores.csv", "strategy_id, framework, area, criterion", "one row per strategy and criterion"),
    ("scores.csv", "status, points", "met (1), partial (0.5) or missing (0)"),
    ("scores.csv", "evidence", "number of passages found"),
    ("evidence-<country>.csv / .json", "strategy_id, framework, criterion, status",
     "one row per evidence passage, one file per country (cz, sk, hu, pl)"),
    ("evidence-<country>.csv / .json", "page, quote, terms", "page of the source, quoted passage, matched terms"),
    ("dictionary.csv / .json", "criterion, language, term", "the detection terms, per language"),
    ("dictionary.csv", "written", "the term as the lexicon writes it: '(a|b) c' stands for the phrases 'a c' and 'b c', "
     "one row each"),
    ("strategies/<id>.json", "strategy, assessment", "front matter and the full assessment of one strategy"),
]


def csv_lines(rows: Sequence[Sequence[Any]]) -> bytes:
    """Rows as pandas' to_csv writes them (csv module, minimal quoting, None as empty).

    Joined here rather than by csv.writer, which took 1 ms per strategy's evidence rows
    (2.5 times this); the bytes are the same (tests/test_build.py compares them on random
    rows). A one-field row goes to csv.writer, which quotes an empty lone field."""
    lines = []
    for row in rows:
        if len(row) < 2:
            lines.append(_csv_writer_line(row))
            continue
        lines.append(",".join(map(_csv_cell, row)) + "\n")
    return "".join(lines).encode("utf-8")


def _csv_cell(value: Any) -> str:
    """One field of a row of two or more, as csv.writer writes it with minimal quoting."""
    text = "" if value is None else value if type(value) is str else str(value)
    if _CSV_SPECIAL.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_writer_line(row: Sequence[Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(row)
    return buf.getvalue()


# What makes csv.writer quote a field: the delimiter, the quote character, the line end, and
# (depending on the Python version) a carriage return.
_CSV_SPECIAL = re.compile('[,"\n]' if _csv_writer_line(["a\rb", "c"]) == "a\rb,c\n" else '[,"\n\r]')


def _score_rows(s: Strategy, a: Assessment, area_of: dict[str, str]) -> bytes:
    """scores.csv rows of one strategy (tables.FINDING_COLUMNS), by framework and criterion:
    csv_lines' bytes (tests/test_build.py compares them), joined here with the strategy's
    three fields encoded once and the others (criteria, areas, statuses, points, small counts:
    few distinct values) through a cache, instead of nine _csv_cell calls a row (54 rows)."""
    cell = _csv_cell_cached
    head = f"{_csv_cell(s.id)},{_csv_cell(s.country)},{_csv_cell(s.is_example)},"
    rows = [(framework, f.criterion, cell(area_of.get(f.criterion, "")), f.status, f.evidence_count)
            for framework, items in (("concept", a.concept), ("sdg", a.sdg), ("egd", a.egd)) for f in items]
    rows.sort(key=lambda r: (r[0], r[1]))
    return "".join([f"{head}{cell(fw)},{area},{cell(cid)},{cell(st)},{cell(tables.STATUS_POINTS.get(st, 0.0))},"
                    f"{cell(n)}\n" for fw, cid, area, st, n in rows]).encode("utf-8")


# Typed: 1, 1.0 and True are written differently.
_csv_cell_cached = lru_cache(maxsize=4096, typed=True)(_csv_cell)


def _json_value(v: Any) -> str:
    if type(v) is str:
        return _encode_string(v)
    if type(v) is int:
        return int.__repr__(v)
    return json.dumps(v, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


_encode_string = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False


def render_open_data(w: Writer, data: SiteData) -> None:
    """The downloads, except the per-strategy files of render_open_data_parts."""
    cat = data.catalogue.copy()
    if not w.keyed("data/strategies.csv", catalogue_key(data)):
        w.csv("data/strategies.csv", cat)
    if not w.keyed("data/strategies.json", catalogue_key(data)):
        w.json("data/strategies.json", json.loads(cat.to_json(orient="records")))
    w.aggregate("data/index.md", "data.md.j2", dictionary=DATA_DICTIONARY,
                note=example_note(int(cat["example"].sum())), n=len(cat),
                evidence=[(cc, evidence_files(cc)) for cc in COUNTRIES])


def open_data_rows(s: Strategy, a: Assessment, area_of: dict[str, str]) -> tuple[bytes, bytes, bytes]:
    """One strategy's part of scores.csv and of its country's evidence CSV and JSON (as
    render_open_data_parts makes them one by one)."""
    return (_score_rows(s, a, area_of), *evidence_rows(s, a))


def evidence_rows(s: Strategy, a: Assessment) -> tuple[bytes, bytes]:
    """A strategy's rows of its country's evidence CSV and JSON: the bytes csv.writer and
    json.dumps would write for its evidence (tables.EVIDENCE_COLUMNS, a record per passage, keys
    sorted, without the enclosing brackets), with the four fields a finding's rows share
    (strategy, framework, criterion, status) encoded once per finding, not once per row (about
    180 rows a strategy, 54 findings; tests/test_build.py compares the two)."""
    enc, cell, value, special = _encode_string, _csv_cell, _json_value, _CSV_SPECIAL.search
    sid_csv, sid_json = cell(s.id), enc(s.id)
    csv_rows: list[str] = []
    json_rows: list[str] = []
    for framework, items in (("concept", a.concept), ("sdg", a.sdg), ("egd", a.egd)):
        framework_csv, framework_json = cell(framework), enc(framework)
        for f in items:
            if not f.evidence:
                continue
            head = f"{sid_csv},{framework_csv},{cell(f.criterion)},{cell(f.status)},"
            # the record's keys in sorted order: criterion, framework, page, quote, status, strategy_id, terms
            before = '{"criterion":' + enc(f.criterion) + ',"framework":' + framework_json + ',"page":'
            after = ',"status":' + enc(f.status) + ',"strategy_id":' + sid_json + ',"terms":'
            for e in f.evidence:
                # _csv_cell and _json_value inlined for the usual types (about 180 rows a strategy)
                page, quote, terms = e.page, e.quote, "; ".join(e.terms)
                if type(page) is int:
                    page_csv = page_json = int.__repr__(page)
                else:
                    page_csv, page_json = cell(page), value(page)
                quote_csv = '"' + quote.replace('"', '""') + '"' if special(quote) else quote
                terms_csv = '"' + terms.replace('"', '""') + '"' if special(terms) else terms
                csv_rows.append(f"{head}{page_csv},{quote_csv},{terms_csv}\n")
                json_rows.append(f'{before}{page_json},"quote":{enc(quote)}{after}{enc(terms)}}}')
    return "".join(csv_rows).encode("utf-8"), ",".join(json_rows).encode("utf-8")


def evidence_files(country: str) -> tuple[str, str]:
    """A country's evidence downloads (CSV, JSON). One pair per country, not one for the V4: a
    rebuild after one strategy changed writes its country's files again and links the other
    three from the last build (at 5,000 strategies the evidence is half a gigabyte), and a
    spreadsheet user opens a quarter of it."""
    cc = country.lower()
    return f"data/evidence-{cc}.csv", f"data/evidence-{cc}.json"


def render_open_data_parts(w: Writer, data: SiteData) -> None:
    """scores.csv and the evidence files, written per strategy: a rebuild copies the rows of
    unchanged strategies from the last build's files (incremental.Parts), or links a file none
    of whose strategies changed, and rows a scoring worker made are read from its file."""
    scored = [s for s in data.strategies if s.id in data.assessments]
    area_of = {c.id: c.area for c in data.concept.criteria}
    digest = data.page_digests
    made, maker = data.pages_made, data.pages
    makers = (lambda s, a: _score_rows(s, a, area_of), lambda s, a: evidence_rows(s, a)[0],
              lambda s, a: evidence_rows(s, a)[1])

    def rows(s: Strategy, which: int) -> bytes:
        if maker is not None and s.id in made:
            return maker.rows(s.id, which)
        return makers[which](s, data.assessments[s.id])

    def parts(which: int, strategies: Sequence[Strategy]) -> list[tuple[str, str, Callable[[], bytes]]]:
        return [(s.id, digest[s.id], partial(rows, s, which)) for s in strategies]

    try:
        w.joined("data/scores.csv", csv_lines([tables.FINDING_COLUMNS]), parts(0, sorted(scored, key=lambda s: s.id)))
        for cc in COUNTRIES:  # every country's pair, empty ones too: the links stay the same
            mine = [s for s in scored if s.country == cc]
            csv_rel, json_rel = evidence_files(cc)
            w.joined(csv_rel, csv_lines([tables.EVIDENCE_COLUMNS]), parts(1, mine))
            w.joined(json_rel, b"[", parts(2, mine), b",", b"]\n")
    finally:
        if maker is not None:
            maker.close_rows()


def render_home_and_content(w: Writer, data: SiteData, content_root: Path) -> None:
    """content/*.md (maintainers' Jinja templates) with the documented context below."""
    per_country = tables.per_country(data.catalogue)
    context = home_context(data, per_country)
    env = render.make_environment([content_root, render.TEMPLATES], cache=jinja_cache(content_root.parent))
    for path in sorted(content_root.glob("*.md")):
        if path.name in CONTENT_SKIP:
            continue
        rel = path.name
        text = env.get_template(path.name).render(**context, page=rel,
                                                  href=lambda t, rel=rel: render.h(href(rel, t)),
                                                  mdlink=lambda t, rel=rel: Markup(md_link(rel, t)))
        w.text(rel, text)


def home_context(data: SiteData, per_country: pd.DataFrame) -> dict[str, Any]:
    """The context content/*.md templates see (documented in content/README.md):

    n_strategies, n_real, n_examples, n_awaited, n_scored, mean_score (str), countries (list of
    {country, name, strategies, scored, examples, awaited, mean_score, page}), example_note,
    include_examples, n_criteria; plus `href(target)` and `mdlink(target)`.
    """
    cat = data.catalogue
    scored = cat["score"].dropna()
    return {
        "n_strategies": len(cat), "n_real": int((~cat["example"]).sum()),
        "n_examples": int(cat["example"].sum()), "n_awaited": int(cat["awaited"].sum()),
        "n_scored": len(scored), "mean_score": render.fmt(scored.mean() if len(scored) else None),
        "countries": [{**r, "mean_score": render.fmt(r["mean_score"]),
                       "page": f"countries/{r['country'].lower()}.md"}
                      for r in per_country.to_dict("records")],
        "example_note": example_note(int(cat["example"].sum())),
        "include_examples": data.include_examples,
        "n_criteria": len(data.concept.framework("concept")),
        "scaling": read_scaling(data.content_root) if data.content_root else None,
    }


def read_scaling(content_root: Path) -> dict[str, Any] | None:
    """content/data/scaling.json (written by `make scaling`), or None when not measured yet."""
    from generator.documents import read_measurement

    doc = read_measurement(content_root / "data" / "scaling.json")
    if doc is None:
        return None
    # The table is the benchmark's own Markdown (numbers and fixed headings), not strategy text.
    return {"command": doc.get("command", ""), "cpus": doc.get("cpus"), "note": doc.get("note", ""),
            "table": Markup(doc.get("table_md", "")), "verdicts": list(doc.get("verdicts", [])),
            "repeat": doc.get("repeat", 1), "targets": doc.get("targets", {})}


def copy_assets(w: Writer) -> None:
    import plotly

    src = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    dest = w.out / "assets" / "plotly.min.js"
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    for name in ("s4s.js", "s4s.css"):
        shutil.copyfile(render.TEMPLATES / "assets" / name, w.out / "assets" / name)


def jinja_cache(root: Path) -> Path:
    """Compiled site templates (render.make_environment) of the project at `root`."""
    return root / ".cache" / "jinja" / "site"


def render_docs(data: SiteData, out: Path, root: Path, documents: bool = True,
                previous: Path | None = None, stats: dict[str, Any] | None = None,
                taken: Sequence[str] = (), pdf_later: list[PdfJob] | None = None) -> list[str]:
    """Phase 2: write every page, figure and data file into `out`. Returns the nav.

    `previous` is the last build's docs folder: strategy pages and data files whose inputs
    are unchanged are linked from it instead of rendered again (or kept, in the `taken`
    folders moved over from it: incremental.take_over), and plan-document PDFs come from
    .cache/pdf when their Markdown is unchanged. With `pdf_later` (a list) the PDFs that are not
    in .cache/pdf are appended to it as jobs for documents.make_pdfs (an empty file stands in).
    """
    reuse = PageReuse(previous)  # with no previous folder it only records digests for the next build
    reuse.taken = {rel: set(os.listdir(out / rel)) for rel in taken}
    parts = Parts(previous)
    # documents.py: the country pages show national frameworks through it
    w = Writer(out, reuse, parts, code=scorer_and_render_digest() + code_digest(["documents.py"]),
               cache=jinja_cache(root))
    # The plan documents (and PDFs) and the per-strategy open-data files need no page of this
    # folder: forked processes make them while this one writes the pages (the open data is
    # mostly the kernel copying unchanged bytes, the documents mostly Python: one process each).
    plan = documents and (root / "content" / "plan").is_dir()
    other = Background(lambda: _open_data_core(data, out, previous))
    plans = Background(lambda: render_plan_documents(data, out, root, pdf_later is not None)) if plan else None
    try:
        render_home_and_content(w, data, root / "content")
        render_catalogue(w, data)
        render_strategies(w, data)
        render_countries(w, data)
        render_v4(w, data)
        render_concept(w, data)
        render_open_data(w, data)
        copy_assets(w)
        done = other.result()
        plan_pages, jobs = plans.result() if plans is not None else ([], [])
        if pdf_later is not None:
            pdf_later += jobs
    finally:
        other.stop()
        if plans is not None:
            plans.stop()
    w.written += done["written"]
    drop_unwritten(out, taken, w.written)
    parts.add(done["parts"], done["made"], done["copied"])
    reuse.save(out)
    parts.save(out)
    if stats is not None:
        stats.update(pages=len(w.written) + len(plan_pages), pages_reused=reuse.reused,
                     parts_made=parts.made, parts_copied=parts.copied)
    return make_nav(w.written + plan_pages)


class Background:
    """fn() in a forked child process; `result()` waits for its value or raises its error.

    Where fork is not available fn() runs at once, in this process. The parent's objects are
    frozen for the garbage collector before the fork, so the child's collections do not
    touch (and copy) every page of the parent's memory.
    """

    def __init__(self, fn: Callable[[], Any]):
        import gc
        import multiprocessing

        self.proc = None
        self.now: Any = None
        try:
            ctx = multiprocessing.get_context("fork")
        except ValueError:
            self.now = fn()
            return
        self.recv, send = ctx.Pipe(duplex=False)

        def child() -> None:
            try:
                outcome = (True, fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the parent, raised there
                outcome = (False, exc)
            try:
                send.send(outcome)
            except Exception:  # an exception that does not pickle: its text
                send.send((False, BuildError(repr(outcome[1]))))

        gc.freeze()
        try:
            # Not a daemon: a daemonic process may not start processes of its own, and the
            # plan documents' process lays out PDFs in one (documents.render_document_pdfs).
            # stop() ends a child whose result was not taken.
            self.proc = ctx.Process(target=child, daemon=False)
            self.proc.start()
        finally:
            gc.unfreeze()
        send.close()

    def result(self) -> Any:
        if self.proc is None:
            return self.now
        try:
            ok, value = self.recv.recv()
        except EOFError:
            self.proc.join()
            ok, value = False, BuildError(f"a build process ended without a result (exit code {self.proc.exitcode})")
        self.proc.join()
        self.proc = None
        self.recv.close()
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        """End the child if its result was not taken (the build failed meanwhile)."""
        if self.proc is not None:
            self.proc.terminate()
            self.proc.join()
            self.proc = None


def _open_data_core(data: SiteData, out: Path, previous: Path | None) -> dict[str, Any]:
    """The joined open-data files, made by a forked process; returns what render_docs needs."""
    parts = Parts(previous)
    w = Writer(out, parts=parts)
    render_open_data_parts(w, data)
    return {"written": w.written, "parts": parts.now, "made": parts.made, "copied": parts.copied}


def render_plan_documents(data: SiteData, out: Path, root: Path,
                          defer_pdfs: bool = False) -> tuple[list[str], list[PdfJob]]:
    """The V4 plan documents' pages (and PDFs) in `out`: (pages, PDF jobs left for later).

    With `defer_pdfs` the PDFs that are not in .cache/pdf are left as jobs (documents.PdfJob)
    for documents.make_pdfs, an empty file at each one's place meanwhile."""
    from importlib.util import find_spec

    from generator import documents

    # PDFs of the documents need fpdf2; found, not imported (0.7 s): kept PDFs need no fpdf2
    pdf = find_spec("fpdf") is not None
    later: list[PdfJob] | None = [] if defer_pdfs else None
    old = Path.cwd()
    os.chdir(root)  # the documents module reads content/ and concept/ relative to the project
    try:
        # (the national frameworks as gather() loaded them, not read and validated again)
        written = documents.render_documents(data.strategies, data.summaries, data.concept
                                             if data.concept.criteria else None, out, pdf=pdf,
                                             national=data.national,
                                             pdf_cache=root / ".cache" / "pdf",
                                             template_cache=root / ".cache" / "jinja" / "documents",
                                             pdf_later=later)
    finally:
        os.chdir(old)
    return [p.relative_to(out).as_posix() for p in written if p.suffix == ".md"], later or []


def make_nav(pages: list[str]) -> list[Any]:
    have = set(pages)

    def present(items: list[tuple[str, str]]) -> list[dict[str, str]]:
        return [{label: p} for label, p in items if p in have]

    nav: list[Any] = present([("Home", "index.md"), ("Catalogue", "catalogue.md")])
    nav.append({"Countries": present([(tables.COUNTRY_NAMES[cc], f"countries/{cc.lower()}.md")
                                      for cc in COUNTRIES])})
    nav += present([("V4 comparison", "v4.md"), ("SMART Concept", "concept/index.md")])
    plan = sorted(p for p in have if p.startswith("plan/"))
    if plan:
        nav.append({"V4 plan documents": plan})
    nav += present([("Methodology", "methodology.md"), ("How the build scales", "scaling.md"),
                    ("Open data", "data/index.md"), ("Contribute", "contribute.md")])
    return nav


# --- phase 3: mkdocs, atomically ----------------------------------------------------------

def include_examples_setting(config_file: Path) -> bool:
    """`extra: s4s: include_examples:` in mkdocs.yml (default true)."""
    import yaml

    try:
        cfg = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise BuildError(f"cannot read the site configuration: {exc}", config_file) from exc
    value = ((cfg.get("extra") or {}).get("s4s") or {}).get("include_examples", True)
    return bool(value)


SITE_URL_ENV = "S4S_SITE_URL"


def site_url_override() -> str | None:
    """The address the site is published at, from the environment (the deploy workflow sets it
    to GitHub Pages' base URL). MkDocs needs it for the sitemap's addresses and for the 404
    page, which is served at any depth and so must link its styles absolutely: without it the
    sitemap is empty and a project site's 404 page loads its styles from the host's root."""
    url = os.environ.get(SITE_URL_ENV, "").strip()
    return url.rstrip("/") + "/" if url else None


def run_mkdocs(config_file: Path, docs_dir: Path, site_dir: Path, nav: list[Any]) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    os.environ.setdefault("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)  # sitemap dates and gzip header
    url = site_url_override()
    try:
        cfg = load_config(str(config_file), docs_dir=str(docs_dir), site_dir=str(site_dir),
                          nav=nav, strict=True, **({"site_url": url} if url else {}))
        mkdocs_build(cfg)
    except (Abort, ConfigurationError) as exc:
        raise BuildError(f"mkdocs build --strict failed: {exc}", config_file) from exc


def framework_origins(meta: dict) -> list[dict]:
    """Document, year, adopting body and address of each framework, as concept/ cites them."""
    found = []
    frameworks = meta.get("frameworks", {}) if isinstance(meta.get("frameworks"), dict) else {}
    for fw in ("concept", "sdg", "egd"):
        data = frameworks.get(fw)
        if not isinstance(data, dict):
            continue
        origin = data.get("origin", data)  # sdg.yaml keeps its source at the top level
        found.append({
            "framework": FRAMEWORK_TITLES[fw],
            "document": origin.get("document", ""),
            "year": origin.get("year", ""),
            "body": origin.get("adopting_body") or origin.get("adopted_by") or "",
            "address": origin.get("address") or origin.get("url") or "",
        })
    return found


# The garbage collector's young-generation threshold while a site is built (Python's default:
# 700 allocations). A build holds every strategy, summary and frame for its whole length, and
# with the default thresholds those survivors set off full collections that go through all of
# them: at 5,000 synthetic strategies the build process spent 0.56 s in the collector in a
# cold build (0.41 s in 4 full collections) and 0.23 s after one change (0.18 s), and 0.20 and
# 0.07 s with this threshold. Nothing it frees changes: a cycle is freed a little later.
BUILD_GC_YOUNG = 10_000


def build_site(root: Path = Path("."), site_dir: Path | None = None, include_examples: bool | None = None,
               quiet: bool = True, config_file: Path | None = None, documents: bool = True,
               timings: dict[str, float] | None = None, stats: dict[str, Any] | None = None,
               editions: bool = True) -> Path:
    """Build the whole site; replace `site_dir` only when everything succeeded.

    `timings` receives seconds per stage (load, validate, score, render, mkdocs, editions,
    editions_mkdocs) and `stats` the counts behind the summary line (strategies, scored, cache
    hits, pages reused). `editions=False` skips the /cs/ /sk/ /hu/ /pl/ editions (tests).
    The collector's young generation is collected every BUILD_GC_YOUNG allocations meanwhile
    (and as before afterwards).
    """
    import gc

    threshold = gc.get_threshold()
    gc.set_threshold(BUILD_GC_YOUNG, *threshold[1:])
    try:
        with build_lock(Path(root).resolve() / "build"):
            return _build_site(root, site_dir, include_examples, quiet, config_file, documents, timings, stats,
                               editions)
    finally:
        gc.set_threshold(*threshold)


@contextmanager
def build_lock(build_root: Path) -> Iterator[None]:
    """Hold `build_root`/.lock for one build: a second build of the same project waits for it.

    Two builds at once would take the same pages over from build/docs and write the same cache;
    one failed with an error that said nothing about the other. The lock is the operating
    system's (flock), so a build that dies frees it; where there is no flock, nothing is locked.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    build_root.mkdir(parents=True, exist_ok=True)
    path = build_root / ".lock"
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            print(f"{path}: another build of this project is running (process {holder}); "
                  "waiting for it to finish (Ctrl+C to stop)", file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_site(root: Path, site_dir: Path | None, include_examples: bool | None, quiet: bool,
                config_file: Path | None, documents: bool, timings: dict[str, float] | None,
                stats: dict[str, Any] | None, editions: bool) -> Path:
    clock = Stopwatch(timings)
    stats = stats if stats is not None else {}
    root = Path(root).resolve()
    config_file = Path(config_file or root / "mkdocs.yml").resolve()
    site_dir = Path(site_dir or root / "site").resolve()
    if include_examples is None:
        include_examples = include_examples_setting(config_file)
    build_root = root / "build"
    build_root.mkdir(exist_ok=True)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    docs_tmp = Path(tempfile.mkdtemp(prefix="docs-", dir=build_root))
    parts_tmp = Path(tempfile.mkdtemp(prefix=".parts-", dir=build_root))
    site_tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    previous = build_root / "docs"
    figures = root / ".cache" / "figures.marshal"
    render.figures_from(figures)
    preparing: Background | None = None
    laying_out: Background | None = None
    editions_tmp: Path | None = None
    try:
        # Before scoring: its workers write strategy pages into the folders taken over.
        taken = take_over(previous, docs_tmp, STRATEGY_FOLDERS) if previous.is_dir() else []
        data = gather(root, include_examples, quiet, clock, stats,
                      pages=PageMaker(docs_tmp, parts_tmp, jinja_cache(root)))
        pdf_jobs: list[PdfJob] = []
        nav = render_docs(data, docs_tmp, root, documents, previous if previous.is_dir() else None, stats,
                          taken=taken, pdf_later=pdf_jobs)
        stats["strategies"] = len(data.strategies)
        if pdf_jobs:
            # The plan documents' PDFs (fpdf2, pure Python, seconds) are laid out by a forked
            # process while MkDocs runs, into a side folder: MkDocs copies the empty stand-ins.
            from generator.documents import make_pdfs

            pdf_tmp = parts_tmp / "pdf"
            laying_out = Background(lambda: make_pdfs(pdf_jobs, pdf_tmp))
        if editions:
            # The /cs/ /sk/ /hu/ /pl/ editions' pages (issue 7.5), and copies of the unchanged
            # editions, are made by a forked process while MkDocs builds the English site on
            # one core: the "editions" stage is then what the build waits for after MkDocs.
            from generator import editions as eds

            editions_tmp = eds.editions_work(root)
            preparing = Background(lambda: eds.prepare_editions(data, root, editions_tmp, config_file=config_file,
                                                                docs_dir=docs_tmp, previous_site=site_dir))
        clock.lap("render")
        _quiet_mkdocs(quiet)
        run_mkdocs(config_file, docs_tmp, site_tmp, nav)
        clock.lap("mkdocs")
        if editions:
            assert preparing is not None and editions_tmp is not None  # both set above when editions
            eds.finish_editions(preparing.result(), root, site_tmp, editions_tmp, quiet, config_file=config_file,
                                timings=clock.into)
            # "editions" is the generator's part (their pages); MkDocs' own part is editions_mkdocs
            clock.lap("editions")
            clock.into["editions"] -= clock.into.get("editions_mkdocs", 0.0)
        if laying_out is not None:
            for rel in laying_out.result():
                for dest in (docs_tmp / rel, site_tmp / rel):
                    dest.unlink(missing_ok=True)  # the stand-in, never written through (it may be a link)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(pdf_tmp / rel, dest)
            clock.lap("render")
        _replace(site_tmp, site_dir)
        _replace(docs_tmp, build_root / "docs")
        render.save_figures(figures)
    finally:
        for child in (preparing, laying_out):
            if child is not None:
                child.stop()
        for tmp in (site_tmp, docs_tmp, parts_tmp, editions_tmp):
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)
    return site_dir


def _replace(new: Path, target: Path) -> None:
    """Swap `new` in for `target` with renames (same file system), dropping the old one."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}-old-{os.getpid()}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _quiet_mkdocs(quiet: bool) -> None:
    logging.getLogger("mkdocs").setLevel(logging.WARNING if quiet else logging.INFO)
