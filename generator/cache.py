"""Assessments cached by content: a build after one strategy changed rescores only that one.

The key is the SHA-256 of the strategy's content (front matter and pages), of the concept
files (Concept.digest) and of the scorer's own code, so a change to any of them rescores.
Misses are scored in parallel across cores when there are enough of them to pay for it.
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, Protocol

from generator.errors import Problem
from generator.incremental import write_atomic
from generator.models import (
    LANGUAGES,
    Assessment,
    AssessmentSummary,
    Concept,
    Criterion,
    Evidence,
    Finding,
    Strategy,
    summarise,
)

DEFAULT_DIR = Path(".cache") / "assessments"
PARALLEL_FROM = 8  # below this many misses a process pool costs more than it saves
# Strategies handed to a worker at a time. Small enough that the workers finish together (with
# a sixteenth of 5,000 strategies a chunk, one worker could be left alone for several seconds
# at the end), large enough that handing them over costs nothing measurable.
CHUNK_MAX = 20
_SCORER_FILES = ("score.py", "match.py", "text.py", "models.py")


def scorer_digest() -> str:
    """SHA-256 over the scorer's source and the lemmatiser's version, so editing the scorer or
    upgrading simplemma (whose lemmas every match depends on) invalidates the cache."""
    here = Path(__file__).parent
    h = hashlib.sha256(f"simplemma {_lemmatiser_version()}\0".encode())
    for name in _SCORER_FILES:
        path = here / name
        if path.exists():
            h.update(name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _lemmatiser_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("simplemma")
    except PackageNotFoundError:
        return "?"


def _matcher_key(concept: Concept) -> str:
    from generator.score import SDG_LEXICON

    h = hashlib.sha256(f"{concept.digest}\0{scorer_digest()}\0{_FORMAT}\0{marshal.version}\0".encode())
    h.update(SDG_LEXICON.read_bytes())
    return h.hexdigest()[:32]


def adopt_matcher_bytes(concept: Concept, lang: str, data: bytes) -> None:
    """score.adopt_combined of a matcher's state as marshal bytes. The state is some hundred
    thousand small containers: read with the garbage collector on, a full collection could set
    off in the middle and walk the whole heap (0.25 s of a 0.03 s read, for two of the five
    languages); none of them can be garbage, so the collector waits."""
    from generator.score import adopt_combined

    paused = gc.isenabled()
    gc.disable()
    try:
        state = marshal.loads(data)
    finally:
        if paused:
            gc.enable()
    adopt_combined(concept, lang, state)


_BUILDING: Concept | None = None  # in a forked matcher builder: the concept (building_matchers)


def _init_builder(concept: Concept) -> None:
    global _BUILDING
    _BUILDING = concept


def _matcher_state(lang: str) -> bytes:
    """In a forked process of building_matchers: the combined matcher of `lang`, as marshal bytes."""
    from generator.score import combined_state

    assert _BUILDING is not None
    return marshal.dumps(combined_state(_BUILDING, lang))


@contextmanager
def building_matchers(concept: Concept, langs: Iterable[str], cache: AssessmentCache | None = None,
                      jobs: int | None = None) -> Iterator[None]:
    """Every combined matcher of `langs` in this process when the block ends, for scoring
    workers forked after it: they inherit them instead of each building all of them again
    while it scores (about 1 s of lemmatising the lexicons per worker, the same work in every
    worker). What the cache kept is read; the rest are built while the block runs, by `jobs`
    forked processes at once (the languages with the most terms first, so they finish
    together), and kept in the cache for the next build."""
    from generator.match import split_words
    from generator.score import combined_state, has_combined

    todo = [lang for lang in sorted(set(langs)) if not has_combined(concept, lang)
            and (cache is None or not cache.adopt_matcher(concept, lang))]
    size = {lang: sum(len(c.terms.get(lang) or c.terms.get("en") or ()) for c in concept.criteria) for lang in todo}
    todo.sort(key=lambda lang: (-size[lang], lang))
    jobs = min(jobs or os.cpu_count() or 1, len(todo))
    fork = _fork_context() if jobs > 1 else None
    if fork is None:  # built here, after the block (the cache was looked in above)
        yield
        for lang in todo:
            state = combined_state(concept, lang)
            if cache is not None:
                cache.keep_matcher(concept, lang, marshal.dumps(state))
    else:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=fork, initializer=_init_builder,
                                 initargs=(concept,)) as pool:  # forked: the concept is inherited, not pickled
            states = pool.map(_matcher_state, todo)  # submitted now; the block runs meanwhile
            try:
                yield
            except BaseException:
                pool.shutdown(cancel_futures=True)
                raise
            built = list(states)
        for lang, data in zip(todo, built, strict=True):
            adopt_matcher_bytes(concept, lang, data)
            if cache is not None:
                cache.keep_matcher(concept, lang, data)
    split_words("")  # the matchers' word splitter, made once per process (0.03-0.1 s): inherited too


def prepare_matchers(concept: Concept, langs: Iterable[str], cache: AssessmentCache | None = None,
                     jobs: int | None = None) -> None:
    """building_matchers with nothing else to do meanwhile."""
    with building_matchers(concept, langs, cache, jobs):
        pass


def strategy_digest(strategy: Strategy) -> str:
    """SHA-256 over what scoring reads of a strategy (not its path or mtime).

    A build asks for it several times per strategy (cache key, page digests); it is worked
    out once per Strategy object and forgotten when the object is."""
    known = _DIGESTS.get(id(strategy))
    if known is not None and known[0]() is strategy:
        return known[1]
    h = hashlib.sha256()
    h.update(json.dumps(strategy.meta, sort_keys=True, default=str, ensure_ascii=False).encode())
    for page in strategy.pages:
        h.update(b"\0page %d\0" % page.number + page.text.encode("utf-8"))
    digest = h.hexdigest()
    remember_digest(strategy, digest)
    return digest


def remember_digest(strategy: Strategy, digest: str) -> None:
    """Record the digest of a strategy worked out before (the parse cache keeps it with the
    file's signature, so an unchanged file's text is not even read)."""
    key = id(strategy)
    _DIGESTS[key] = (weakref.ref(strategy, lambda _ref: _DIGESTS.pop(key, None)), digest)


_DIGESTS: dict[int, tuple[weakref.ref, str]] = {}  # id(strategy) -> (the strategy, its digest)


def _with_pages(strategy: Strategy) -> Strategy:
    """`strategy` with its pages as a tuple, as the scorer takes them (the compiled one checks
    the type): one from the parse cache reads them when first needed (incremental.LazyPages),
    and a worker inherits it so, by fork. Same digest, remembered for the new object."""
    if type(strategy.pages) is tuple:
        return strategy
    digest = strategy_digest(strategy)
    whole = Strategy(strategy.path, strategy.meta, tuple(strategy.pages))
    remember_digest(whole, digest)
    return whole


class AssessmentCache:
    """A folder of marshal files, one per (strategy content, concept, scorer) key, and an
    index of their summaries.

    A rebuild needs every strategy's summary; reading them from one index file instead of
    thousands of entries is what keeps a build after one change short. The index is only a
    shortcut: a summary missing from it is read from its entry (and added), and an entry
    gone behind an indexed summary is scored again when its evidence is needed.
    """

    INDEX = "summaries.marshal"

    def __init__(self, concept: Concept, root: Path = DEFAULT_DIR):
        self.root = Path(root)
        self.prefix = hashlib.sha256((concept.digest + scorer_digest()).encode()).hexdigest()[:16]
        self.folder = self.root / self.prefix
        self.criteria = {c.id: c for c in concept.criteria}
        self.hits = 0
        self.misses = 0
        self._index: dict[str, tuple] | None = None
        self._used: dict[str, tuple] = {}

    def prepare_matcher(self, concept: Concept, lang: str) -> None:
        """This process's matcher of `lang` (score.combined_matcher) from the copy kept in
        `matchers/`, or built and kept there: a build that scores a few strategies (after one
        changed) then does not lemmatise the whole lexicon again (0.1-0.2 s of a rebuild at
        5,000 strategies, benchmarks/build.py). The file's name holds what the matcher is
        built from: the concept, the SDG lexicon and the scorer's code and lemmatiser (scorer_digest)."""
        from generator.score import has_combined

        if has_combined(concept, lang):
            return
        from generator.score import combined_state

        if self.adopt_matcher(concept, lang):
            return
        self.keep_matcher(concept, lang, marshal.dumps(combined_state(concept, lang)))

    def _matcher_path(self, concept: Concept, lang: str) -> Path:
        return self.root / "matchers" / f"{_matcher_key(concept)}-{lang}.marshal"

    def adopt_matcher(self, concept: Concept, lang: str) -> bool:
        """This process's matcher of `lang` from the copy kept in `matchers/`, if there is one."""
        try:
            adopt_matcher_bytes(concept, lang, self._matcher_path(concept, lang).read_bytes())
            return True
        except (OSError, EOFError, ValueError, TypeError):  # none yet, or unreadable: built again
            return False

    def keep_matcher(self, concept: Concept, lang: str, data: bytes) -> None:
        """Keep a matcher's state (marshal bytes) in `matchers/`, dropping those of an earlier
        concept or scorer."""
        path = self._matcher_path(concept, lang)
        key = path.name[: -len(f"-{lang}.marshal")]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob("*.marshal"):  # matchers of an earlier concept or scorer
                if not old.name.startswith(key):
                    old.unlink(missing_ok=True)
            write_atomic(path, data)
        except OSError:  # a read-only cache folder: this build just does not keep it
            pass

    def _path(self, strategy: Strategy) -> Path:
        return self.folder / f"{strategy_digest(strategy)}.marshal"

    def summary(self, strategy: Strategy) -> tuple | None:
        """The stored summary of `strategy` (as in the entry), from the index or its entry."""
        digest = strategy_digest(strategy)
        summary = self.index().get(digest)
        if summary is None:
            entry = self.read(strategy)
            summary = entry[1] if entry is not None else None
        if summary is not None:
            self._used[digest] = summary
        return summary

    def index(self) -> dict[str, tuple]:
        """Strategy digest -> summary, as the last build saved them (read once)."""
        if self._index is None:
            try:
                found = marshal.loads((self.folder / self.INDEX).read_bytes())
            except (OSError, EOFError, ValueError, TypeError):
                found = None
            ok = isinstance(found, tuple) and len(found) == 2 and found[0] == _FORMAT and isinstance(found[1], dict)
            self._index = found[1] if ok else {}
        return self._index

    def note(self, strategy: Strategy, entry: tuple) -> None:
        """Index the summary of an entry just written."""
        self._used[strategy_digest(strategy)] = entry[1]

    def reindex(self, strategies: Iterable[Strategy]) -> None:
        """Put the summaries used in the order of `strategies` (as assess_all notes them)."""
        used, self._used = self._used, {}
        for strategy in strategies:
            digest = strategy_digest(strategy)
            if digest in used:
                self._used.setdefault(digest, used[digest])

    def save_index(self) -> None:
        """Keep the summaries of this build's strategies (written only when they changed)."""
        if self._used == self._index:
            return
        try:
            write_atomic(self.folder / self.INDEX, marshal.dumps((_FORMAT, self._used)))
        except OSError:
            pass  # a read-only checkout builds, only without this index

    def read(self, strategy: Strategy) -> tuple | None:
        """The entry of `strategy` as stored (None when absent or unreadable: rescore)."""
        try:
            entry = marshal.loads(self._path(strategy).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return None
        return entry if _valid(entry) else None

    def get(self, strategy: Strategy) -> Assessment | None:
        entry = self.read(strategy)
        return _assessment(entry, self.criteria) if entry is not None else None

    def put(self, strategy: Strategy, assessment: Assessment) -> None:
        entry = _entry_bytes(assessment)
        self.put_bytes(strategy, entry)
        self.note(strategy, marshal.loads(entry))

    def put_bytes(self, strategy: Strategy, entry: bytes) -> None:
        # Atomic: a crash never leaves a half-written entry that a later build would trust.
        write_atomic(self._path(strategy), entry)

    def __getstate__(self) -> dict:
        # A scoring worker only writes entries: it needs neither the index nor what was used.
        return {**self.__dict__, "_index": None, "_used": {}}


# Cache entries are plain values in marshal's format: reading one is about ten times faster
# than JSON into dicts. An entry is (format, summary, evidence): the summary (scores and, per
# finding, criterion, status and number of passages) is all most of a rebuild needs, so the
# evidence stays one marshal string, decoded only for a strategy whose page is written again.
# Recommendations are not stored: they follow from the concept (part of the key), the
# criterion, the language and the status. A quote that is evidence for several criteria is
# stored once (marshal writes one object once and references it after).
_FORMAT = "s4s-assessment-3"


def _entry_bytes(a: Assessment) -> bytes:
    summary, evidence = _entry_parts(a)
    return marshal.dumps((_FORMAT, summary, evidence))


def _entry_parts(a: Assessment) -> tuple[tuple, bytes]:
    """The summary of an entry and its evidence, marshalled."""
    shared: dict[Any, Any] = {}
    one = shared.setdefault  # one(v, v): the first object equal to v (marshal writes it once)

    def brief(findings: tuple[Finding, ...]) -> tuple:
        return tuple((f.criterion, f.status, len(f.evidence)) for f in findings)

    def passages(findings: tuple[Finding, ...]) -> tuple:
        return tuple(tuple((e.page, one(e.quote, e.quote), one(e.terms, e.terms), one(e.spans, e.spans))
                           for e in f.evidence) for f in findings)

    summary = (a.strategy_id, a.language, a.score, tuple(a.areas.items()), brief(a.concept), brief(a.sdg), brief(a.egd))
    evidence = marshal.dumps((passages(a.concept), passages(a.sdg), passages(a.egd)))
    return summary, evidence


def _valid(entry: object) -> bool:
    return isinstance(entry, tuple) and len(entry) == 3 and entry[0] == _FORMAT


def _summary(stored: tuple) -> AssessmentSummary:
    """An AssessmentSummary from the summary part of an entry. Its findings stay the stored
    (criterion, status, evidence count) tuples: making a FindingSummary of each was a tenth
    of a rebuild after one change at 5,000 strategies, and the frames read them by position."""
    sid, language, score, areas, concept_f, sdg, egd = stored
    return AssessmentSummary(sid, language, score, dict(areas), concept_f, sdg, egd)


def _assessment(entry: tuple, criteria: dict[str, Criterion]) -> Assessment:
    """The Assessment of an entry; `criteria` (id -> Criterion of the concept the entry was
    made with) gives back the recommendations."""
    from generator.score import recommendation

    if not _valid(entry):
        raise ValueError("not an assessment cache entry")
    sid, language, score, areas, concept_f, sdg, egd = entry[1]
    passages = marshal.loads(entry[2])

    def findings(briefs: tuple, evidence: tuple) -> tuple[Finding, ...]:
        if len(briefs) != len(evidence):
            raise ValueError("assessment cache entry: findings and evidence differ in number")
        return tuple(Finding(criterion, status, tuple(Evidence(*e) for e in ev),
                             recommendation(criteria.get(criterion), language, status))
                     for (criterion, status, _n), ev in zip(briefs, evidence, strict=True))

    return Assessment(strategy_id=sid, language=language, score=score, areas=dict(areas),
                      concept=findings(concept_f, passages[0]), sdg=findings(sdg, passages[1]),
                      egd=findings(egd, passages[2]))


class Assessments(Mapping[str, Assessment]):
    """Strategy id -> Assessment, read from the cache only when asked for.

    A rebuild needs every strategy's summary (tables, charts, aggregate pages) but the full
    assessment only of strategies whose page is written again; `summaries` has the former
    for every id. An entry gone from the cache meanwhile is scored again.
    """

    RECENT = 16

    def __init__(self, concept: Concept, cache: AssessmentCache | None):
        self.concept, self.cache = concept, cache
        self.summaries: dict[str, AssessmentSummary] = {}
        self._full: dict[str, Assessment] = {}  # scored in this process
        self._recent: OrderedDict[str, Assessment] = OrderedDict()  # the last ones read from the cache
        self._strategies: dict[str, Strategy] = {}
        self.made: set[str] = set()  # ids whose `after` ran in a scoring worker

    def add(self, strategy: Strategy, assessment: Assessment) -> None:
        self._full[strategy.id] = assessment
        self.summaries[strategy.id] = summarise(assessment)

    def add_stored(self, strategy: Strategy, summary: tuple) -> None:
        """A strategy whose entry is in the cache, with the entry's summary."""
        self._strategies[strategy.id] = strategy
        self.summaries[strategy.id] = _summary(summary)

    def __getitem__(self, sid: str) -> Assessment:
        found = self._full.get(sid) or self._recent.get(sid)
        if found is None:
            strategy = self._strategies[sid]  # KeyError for an id that was never assessed
            cache = self.cache
            entry = cache.read(strategy) if cache is not None else None
            if cache is not None and entry is not None:
                try:
                    found = _assessment(entry, cache.criteria)
                except (ValueError, EOFError, TypeError, IndexError, KeyError):
                    found = None  # a damaged entry: scored again, like a missing one
            if found is None:
                from generator.score import score

                found = score(_with_pages(strategy), self.concept)
            # Only the last few read are kept (a page and its JSON ask twice in a row): kept
            # all, thousands of assessments with their evidence would fill the memory.
            self._recent[sid] = found
            if len(self._recent) > self.RECENT:
                self._recent.popitem(last=False)
        return found

    def order(self, ids: list[str]) -> None:
        """Put the ids in this order (the order of the strategies, whatever was cached)."""
        self.summaries = {sid: self.summaries[sid] for sid in ids}

    def __contains__(self, sid: object) -> bool:
        return sid in self.summaries

    def __iter__(self) -> Iterator[str]:
        return iter(self.summaries)

    def __len__(self) -> int:
        return len(self.summaries)


_WORKER: tuple[Concept, AssessmentCache | None, Callable[[Strategy, Assessment], None] | None] | None = None
# The strategies a pool scores, as its workers inherit them: a task names one by its place in
# this list instead of carrying it (assess_all). Pickling each strategy with its text (about
# 30 KB) in the parent and unpickling it in a worker was 0.17 ms of CPU per strategy scored.
_TODO: Sequence[Strategy] = ()


# A scoring worker's young-generation threshold (Python's default: 700 allocations).
WORKER_GC_YOUNG = 10_000


def _init_worker(concept: Concept, cache: AssessmentCache | None,
                 after: Callable[[Strategy, Assessment], None] | None = None,
                 todo: Sequence[Any] = (), loader: Loader | None = None, stop: Any = None) -> None:
    """Also sets the worker's garbage collector for its work. A worker builds the lexicon
    matchers and their word tables, which live as long as it does, while each strategy makes
    many objects that die with its assessment. With the default thresholds the survivors set
    off full collections, and each went through every object, the parent's inherited ones too
    (the strategies loaded): scoring 5,000 synthetic strategies, each of the two workers spent
    2.2 s in the collector, 1.45 s of it in 12 full collections (benchmarks/worker.py cold). The
    inherited objects are frozen (never collected here: the parent holds them, and collections
    no longer touch, and copy, their pages) and the young generation is collected every
    WORKER_GC_YOUNG allocations instead of 700, which leaves the collector 0.1 s a worker.
    Nothing it frees changes: a cycle is freed a little later, never kept."""
    global _WORKER, _TODO, _LOADING
    _WORKER = (concept, cache, after)
    _TODO = todo
    _LOADING = (loader, stop) if loader is not None else None
    gc.freeze()
    gc.set_threshold(WORKER_GC_YOUNG, *gc.get_threshold()[1:])


def _score_one(strategy: Strategy) -> bytes:
    """Score in a worker; the worker stores the cache entry (and calls `after`, which writes
    the strategy's page) and sends back the entry's bytes, which cross the process boundary
    several times faster than a pickled Assessment. With a cache, the entry sent back has no
    evidence (the parent reads only its summary; the evidence, about 30 KB a strategy, is in
    the entry the worker stored)."""
    from generator.score import score

    assert _WORKER is not None
    concept, cache, after = _WORKER
    strategy = _with_pages(strategy)
    if cache is not None:
        cache.prepare_matcher(concept, strategy.language)
    assessment = score(strategy, concept)
    summary, evidence = _entry_parts(assessment)
    entry = marshal.dumps((_FORMAT, summary, evidence))
    if cache is not None:
        cache.put_bytes(strategy, entry)
        entry = marshal.dumps((_FORMAT, summary, b""))
    if after is not None:
        after(strategy, assessment)
    return entry


def _score_at(index: int) -> bytes:
    """_score_one of the strategy at `index` of the pool's list (_TODO)."""
    return _score_one(_TODO[index])


class Loader(Protocol):
    """Reads strategy files for load_and_assess: `load` in a scoring worker, `adopt` in the
    process that started the pool."""

    def load(self, item: Any) -> tuple[Strategy | None, list[Problem], Any, bool]:
        """(the strategy or None, its problems, what is sent back of it (None for nothing),
        may it be scored)"""

    def adopt(self, item: Any, sent: Any) -> Strategy:
        """The strategy of `item` in the starting process, from what `load` sent back."""


_LOADING: tuple[Loader, Any] | None = None  # a worker's loader and the pool's stop event


def _load_and_score(index: int) -> tuple[Any, list[Problem], bytes | None, bool]:
    """A worker's task in load_and_assess: the item at `index` of the pool's list, a strategy
    already loaded or a file for the loader to load, scored when it may be and nothing has
    stopped the pool meanwhile. Returns (what the loader sent back, the problems, the cache
    entry without evidence or None when not assessed, scored here?)."""
    assert _WORKER is not None and _LOADING is not None
    loader, stop = _LOADING
    item = _TODO[index]
    problems: list[Problem] = []
    strategy: Strategy | None
    if isinstance(item, Strategy):
        strategy, sent, usable = item, None, True
    else:
        strategy, problems, sent, usable = loader.load(item)
    if strategy is None or not usable or strategy.awaited or stop.is_set():
        return sent, problems, None, False
    cache = _WORKER[1]
    summary = cache.summary(strategy) if cache is not None else None
    if summary is not None:
        return sent, problems, marshal.dumps((_FORMAT, summary, b"")), False
    return sent, problems, _score_one(strategy), True


def load_and_assess(
    files: Sequence[Any],
    loader: Loader,
    known: Sequence[Strategy],
    concept: Concept,
    cache: AssessmentCache | None = None,
    jobs: int | None = None,
    progress: Callable[[int], object] | None = None,
    after: Callable[[Strategy, Assessment], None] | None = None,
    *,
    order: Callable[[Strategy], Any],
    meanwhile: Callable[[], None] | None = None,
) -> tuple[list[tuple[Strategy | None, list[Problem]]], Assessments]:
    """assess_all of the strategies `known` and of those in `files`, which the scoring
    workers load (read, parse, validate: `loader.load`) while they score, so that reading
    thousands of files is spread over the cores instead of keeping one busy while the others
    wait. Needs fork (the workers inherit the list of tasks; see `parallel_loading`).

    Returns, in the order of `files`, (strategy or None, problems) per file, and the
    Assessments of every strategy that may be scored, sorted by `order` (the key the caller
    sorts the strategies by), as assess_all
    of the sorted strategies would give them (and index their summaries). Once a file has an error, workers only load what is left: the
    caller stops after reporting all the problems together, and nothing scored meanwhile is
    indexed (the entries written are keyed by content, like any others).

    `meanwhile()` is called in this process while the lexicon matchers are built, before the
    workers fork (what it prepares, they inherit).
    """
    from generator.text import prepare_lemmatiser

    fork = _fork_context()
    if fork is None:
        raise ValueError("load_and_assess needs the fork start method")
    jobs = jobs or os.cpu_count() or 1
    prepare_lemmatiser()  # every language: the files' are not known before the workers read them
    out = Assessments(concept, cache)
    todo: list[Any] = []
    found: dict[bool, list[Strategy]] = {False: [], True: []}  # in the cache, scored
    with building_matchers(concept, LANGUAGES, cache, jobs):  # likewise every language
        if meanwhile is not None:
            meanwhile()
        for strategy in known:
            if strategy.awaited:
                continue
            summary = cache.summary(strategy) if cache is not None else None
            if cache is not None and summary is not None:
                out.add_stored(strategy, summary)
                cache.hits += 1
                found[False].append(strategy)
                if progress:
                    progress(1)
            else:
                todo.append(strategy)
        first_file = len(todo)
        todo.extend(files)
        if cache is not None:
            cache.index()  # read once here, inherited by the workers
    criteria = {c.id: c for c in concept.criteria}
    loaded: list[tuple[Strategy | None, list[Problem]]] = []
    stop = fork.Event()
    threshold = gc.get_threshold()
    gc.freeze()  # as in assess_all
    gc.set_threshold(WORKER_GC_YOUNG, *threshold[1:])
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=fork, initializer=_init_worker,
                                 initargs=(concept, cache, after, todo, loader, stop)) as pool:
            chunk = max(1, min(CHUNK_MAX, len(todo) // (jobs * 8)))
            tasks = pool.map(_load_and_score, range(len(todo)), chunksize=chunk)
            for place, (sent, problems, entry, made) in enumerate(tasks):
                assessed: Strategy | None
                if place < first_file:
                    assessed = todo[place]
                else:
                    assessed = loader.adopt(todo[place], sent) if sent is not None else None
                    loaded.append((assessed, problems))
                    if any(p.severity == "error" for p in problems):
                        stop.set()
                if entry is None or assessed is None:  # not assessed: awaited, invalid, or stopped
                    if progress:
                        progress(1)
                    continue
                stored = marshal.loads(entry)
                if cache is not None:
                    out.add_stored(assessed, stored[1])
                    cache.note(assessed, stored)
                    if made:
                        cache.misses += 1
                    else:
                        cache.hits += 1
                else:
                    out.add(assessed, _assessment(stored, criteria))
                found[made].append(assessed)
                if made and after is not None:
                    out.made.add(assessed.id)
                if progress:
                    progress(1)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    hits, misses = sorted(found[False], key=order), sorted(found[True], key=order)
    out.order([s.id for s in sorted(hits + misses, key=order)])
    if cache and not stop.is_set():
        cache.reindex(hits + misses)  # as assess_all: those in the cache first, then those scored
        cache.save_index()
    return loaded, out


def parallel_loading(files: int, concept: Concept, jobs: int | None = None) -> bool:
    """Is load_and_assess worth it (and possible) for this many files to read?"""
    return (bool(concept.criteria) and files >= PARALLEL_FROM and (jobs or os.cpu_count() or 1) > 1
            and _fork_context() is not None)


def assess_all(
    strategies: Iterable[Strategy],
    concept: Concept,
    cache: AssessmentCache | None = None,
    jobs: int | None = None,
    progress: Callable[[int], object] | None = None,
    after: Callable[[Strategy, Assessment], None] | None = None,
) -> Assessments:
    """Assess every strategy that has text (awaited ones are skipped), using the cache.

    Returns the Assessments mapping (ids in the order of `strategies`; full assessments read
    from the cache when first asked for, summaries at once). Misses are scored in parallel
    across cores when there are enough of them; then each worker also calls
    `after(strategy, assessment)` (picklable) for what it scored, and the mapping's `made`
    has their ids. `progress(n)` is called as strategies finish.
    """
    from generator.score import score

    todo = [s for s in strategies if not s.awaited]
    out = Assessments(concept, cache)
    misses: list[Strategy] = []
    for strategy in todo:
        if cache and (summary := cache.summary(strategy)) is not None:
            out.add_stored(strategy, summary)
            cache.hits += 1
            if progress:
                progress(1)
        else:
            misses.append(strategy)
    jobs = jobs or os.cpu_count() or 1
    if misses:
        from generator.text import prepare_lemmatiser

        prepare_lemmatiser(sorted({s.language for s in misses}))  # before workers fork: they inherit it
    if len(misses) >= PARALLEL_FROM and jobs > 1:
        prepare_matchers(concept, {s.language for s in misses}, cache, jobs)  # inherited by the workers
        criteria = {c.id: c for c in concept.criteria}
        # The parent's objects (the strategies loaded) frozen before the workers fork, and the
        # parent's young generation collected as rarely as theirs while it takes their
        # results: see _init_worker. (Scoring 5,000 strategies the parent spent 0.4 s in the
        # collector while the workers scored, on the cores they use; now 0.1 s.)
        threshold = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(WORKER_GC_YOUNG, *threshold[1:])
        try:
            # Forked workers inherit the strategies: tasks are their places in `misses`. (Where
            # fork is not available the strategies travel with the tasks, as pickles.)
            fork = _fork_context()
            initargs = (concept, cache, after, misses if fork else ())
            with ProcessPoolExecutor(max_workers=jobs, mp_context=fork, initializer=_init_worker,
                                     initargs=initargs) as pool:
                chunk = max(1, min(CHUNK_MAX, len(misses) // (jobs * 8)))
                tasks = pool.map(_score_at, range(len(misses)), chunksize=chunk) if fork else \
                    pool.map(_score_one, misses, chunksize=chunk)
                for strategy, entry in zip(misses, tasks, strict=True):
                    stored = marshal.loads(entry)
                    if cache is not None:
                        out.add_stored(strategy, stored[1])  # the worker wrote it; read again when needed
                        cache.note(strategy, stored)
                    else:
                        out.add(strategy, _assessment(stored, criteria))
                    if after is not None:
                        out.made.add(strategy.id)
                    if progress:
                        progress(1)
        finally:
            gc.unfreeze()
            gc.set_threshold(*threshold)
    else:
        for strategy in misses:
            if cache:
                cache.prepare_matcher(concept, strategy.language)
            found = score(_with_pages(strategy), concept)
            out.add(strategy, found)
            if cache:
                cache.put(strategy, found)  # and indexes its summary
            if progress:
                progress(1)
    if cache:
        cache.misses += len(misses)
        cache.save_index()
    out.order([s.id for s in todo])
    return out


def _fork_context() -> BaseContext | None:
    """multiprocessing's fork context, or None where there is none (Windows)."""
    import multiprocessing

    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


def score_all(
    strategies: Iterable[Strategy],
    concept: Concept,
    cache: AssessmentCache | None = None,
    jobs: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> dict[str, Assessment]:
    """assess_all with every assessment read: strategy id -> Assessment, in the order of
    `strategies`."""
    found = assess_all(strategies, concept, cache, jobs, progress)
    return {sid: found[sid] for sid in found}
