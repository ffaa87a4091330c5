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
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.incremental import write_atomic
from generator.models import Assessment, Concept, Evidence, Finding, Strategy

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
    """SHA-256 over what scoring reads of a strategy (not its path or mtime)."""
    h = hashlib.sha256()
    h.update(json.dumps(strategy.meta, sort_keys=True, default=str, ensure_ascii=False).encode())
    for page in strategy.pages:
        h.update(b"\0page %d\0" % page.number + page.text.encode("utf-8"))
    return h.hexdigest()


class AssessmentCache:
    """A folder of marshal files, one per (strategy content, concept, scorer) key."""

    def __init__(self, concept: Concept, root: Path = DEFAULT_DIR):
        self.root = Path(root)
        self.prefix = hashlib.sha256((concept.digest + scorer_digest()).encode()).hexdigest()[:16]
        self.hits = 0
        self.misses = 0

    def _path(self, strategy: Strategy) -> Path:
        return self.root / self.prefix / f"{strategy_digest(strategy)}.marshal"

    def get(self, strategy: Strategy) -> Assessment | None:
        path = self._path(strategy)
        try:
            return _from_plain(marshal.loads(path.read_bytes()))
        except (OSError, EOFError, ValueError, KeyError, TypeError, IndexError):
            return None  # absent or unreadable: rescore

    def put(self, strategy: Strategy, assessment: Assessment) -> None:
        path = self._path(strategy)
        # Atomic: a crash never leaves a half-written entry that a later build would trust.
        write_atomic(path, marshal.dumps(_to_plain(assessment)))


# Cache entries are nested tuples of plain values in marshal's format: reading one is about
# ten times faster than JSON into dicts, and a rebuild reads every entry (JSON took 4 ms per
# strategy). marshal only builds plain values here; the entry's shape is checked on reading.
_FORMAT = "s4s-assessment-1"


def _to_plain(a: Assessment) -> tuple:
    def finding(f: Finding) -> tuple:
        return (f.criterion, f.status, tuple((e.page, e.quote, e.terms, e.spans) for e in f.evidence),
                tuple(f.recommendation.items()))

    return (_FORMAT, a.strategy_id, a.language, a.score, tuple(a.areas.items()),
            tuple(finding(f) for f in a.concept), tuple(finding(f) for f in a.sdg), tuple(finding(f) for f in a.egd))


def _from_plain(data: tuple) -> Assessment:
    if not isinstance(data, tuple) or len(data) != 8 or data[0] != _FORMAT:
        raise ValueError("not an assessment cache entry")

    def finding(t: tuple) -> Finding:
        criterion, status, evidence, recommendation = t
        return Finding(criterion, status, tuple(Evidence(page, quote, terms, spans) for page, quote, terms, spans in evidence),
                       dict(recommendation))

    _, sid, language, score, areas, concept, sdg, egd = data
    return Assessment(strategy_id=sid, language=language, score=score, areas=dict(areas),
                      concept=tuple(map(finding, concept)), sdg=tuple(map(finding, sdg)), egd=tuple(map(finding, egd)))


_WORKER_CONCEPT: Concept | None = None


def _init_worker(concept: Concept) -> None:
    global _WORKER_CONCEPT
    _WORKER_CONCEPT = concept


def _score_one(strategy: Strategy) -> Assessment:
    from generator.score import score

    assert _WORKER_CONCEPT is not None
    return score(strategy, _WORKER_CONCEPT)


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
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(concept,)) as pool:
            chunk = max(1, len(misses) // (jobs * 8))
            scored = pool.map(_score_one, misses, chunksize=chunk)
            for strategy, assessment in zip(misses, scored, strict=True):
                results[strategy.id] = assessment
                if progress:
                    progress(1)
    else:
        for strategy in misses:
            results[strategy.id] = score(strategy, concept)
            if progress:
                progress(1)
    if cache:
        cache.misses += len(misses)
        for strategy in misses:
            cache.put(strategy, results[strategy.id])
    return {s.id: results[s.id] for s in todo}
