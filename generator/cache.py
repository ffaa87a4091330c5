"""Assessments cached by content: a build after one strategy changed rescores only that one.

The key is the SHA-256 of the strategy's content (front matter and pages), of the concept
files (Concept.digest) and of the scorer's own code, so a change to any of them rescores.
Misses are scored in parallel across cores when there are enough of them to pay for it.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import weakref
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.incremental import write_atomic
from generator.models import Assessment, Concept, Criterion, Evidence, Finding, Strategy

DEFAULT_DIR = Path(".cache") / "assessments"
PARALLEL_FROM = 8  # below this many misses a process pool costs more than it saves
_SCORER_FILES = ("score.py", "match.py", "text.py", "models.py")


def scorer_digest() -> str:
    """SHA-256 over the scorer's source, so editing the scorer invalidates the cache."""
    here = Path(__file__).parent
    h = hashlib.sha256()
    for name in _SCORER_FILES:
        path = here / name
        if path.exists():
            h.update(name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


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
    key = id(strategy)
    _DIGESTS[key] = (weakref.ref(strategy, lambda _ref: _DIGESTS.pop(key, None)), digest)
    return digest


_DIGESTS: dict[int, tuple[weakref.ref, str]] = {}  # id(strategy) -> (the strategy, its digest)


class AssessmentCache:
    """A folder of marshal files, one per (strategy content, concept, scorer) key."""

    def __init__(self, concept: Concept, root: Path = DEFAULT_DIR):
        self.root = Path(root)
        self.prefix = hashlib.sha256((concept.digest + scorer_digest()).encode()).hexdigest()[:16]
        self.criteria = {c.id: c for c in concept.criteria}
        self.hits = 0
        self.misses = 0

    def _path(self, strategy: Strategy) -> Path:
        return self.root / self.prefix / f"{strategy_digest(strategy)}.marshal"

    def get(self, strategy: Strategy) -> Assessment | None:
        path = self._path(strategy)
        try:
            return _from_plain(marshal.loads(path.read_bytes()), self.criteria)
        except (OSError, EOFError, ValueError, KeyError, TypeError, IndexError):
            return None  # absent or unreadable: rescore

    def put(self, strategy: Strategy, assessment: Assessment) -> None:
        self.put_bytes(strategy, marshal.dumps(_to_plain(assessment)))

    def put_bytes(self, strategy: Strategy, entry: bytes) -> None:
        # Atomic: a crash never leaves a half-written entry that a later build would trust.
        write_atomic(self._path(strategy), entry)


# Cache entries are nested tuples of plain values in marshal's format: reading one is about
# ten times faster than JSON into dicts, and a rebuild reads every entry (JSON took 4 ms per
# strategy). marshal only builds plain values here; the entry's shape is checked on reading.
# Recommendations are not stored: they follow from the concept (part of the key), the
# criterion, the language and the status. A quote that is evidence for several criteria is
# stored once (marshal writes one object once and references it after).
_FORMAT = "s4s-assessment-2"


def _to_plain(a: Assessment) -> tuple:
    shared: dict = {}

    def one(value):
        return shared.setdefault(value, value)

    def finding(f: Finding) -> tuple:
        return (f.criterion, f.status,
                tuple((e.page, one(e.quote), one(e.terms), one(e.spans)) for e in f.evidence))

    return (_FORMAT, a.strategy_id, a.language, a.score, tuple(a.areas.items()),
            tuple(finding(f) for f in a.concept), tuple(finding(f) for f in a.sdg), tuple(finding(f) for f in a.egd))


def _from_plain(data: tuple, criteria: dict[str, Criterion]) -> Assessment:
    """The Assessment of an entry; `criteria` (id -> Criterion of the concept the entry was
    made with) gives back the recommendations."""
    from generator.score import _recommendation as recommendation

    if not isinstance(data, tuple) or len(data) != 8 or data[0] != _FORMAT:
        raise ValueError("not an assessment cache entry")
    _, sid, language, score, areas, concept_f, sdg, egd = data

    def finding(t: tuple) -> Finding:
        criterion, status, evidence = t
        return Finding(criterion, status, tuple(Evidence(*e) for e in evidence),
                       recommendation(criteria.get(criterion), language, status))

    return Assessment(strategy_id=sid, language=language, score=score, areas=dict(areas),
                      concept=tuple(map(finding, concept_f)), sdg=tuple(map(finding, sdg)), egd=tuple(map(finding, egd)))


_WORKER: tuple[Concept, AssessmentCache | None] | None = None


def _init_worker(concept: Concept, cache: AssessmentCache | None) -> None:
    global _WORKER
    _WORKER = (concept, cache)


def _score_one(strategy: Strategy) -> bytes:
    """Score in a worker; the worker stores the cache entry and sends back its bytes, which
    cross the process boundary several times faster than a pickled Assessment."""
    from generator.score import score

    assert _WORKER is not None
    concept, cache = _WORKER
    entry = marshal.dumps(_to_plain(score(strategy, concept)))
    if cache is not None:
        cache.put_bytes(strategy, entry)
    return entry


def score_all(
    strategies: Iterable[Strategy],
    concept: Concept,
    cache: AssessmentCache | None = None,
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Assessment]:
    """Assess every strategy that has text (awaited ones are skipped), using the cache.

    Returns strategy id -> Assessment, in the order of `strategies`. `progress(n)` is called
    as strategies finish (for a progress bar).
    """
    from generator.score import score

    todo = [s for s in strategies if not s.awaited]
    results: dict[str, Assessment] = {}
    misses: list[Strategy] = []
    for strategy in todo:
        found = cache.get(strategy) if cache else None
        if found is not None:
            results[strategy.id] = found
            if cache:
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
        criteria = {c.id: c for c in concept.criteria}
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(concept, cache)) as pool:
            chunk = max(1, len(misses) // (jobs * 8))
            entries = pool.map(_score_one, misses, chunksize=chunk)
            for strategy, entry in zip(misses, entries, strict=True):
                results[strategy.id] = _from_plain(marshal.loads(entry), criteria)
                if progress:
                    progress(1)
    else:
        for strategy in misses:
            results[strategy.id] = found = score(strategy, concept)
            if cache:
                cache.put(strategy, found)
            if progress:
                progress(1)
    if cache:
        cache.misses += len(misses)
    return {s.id: results[s.id] for s in todo}
