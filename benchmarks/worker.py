"""The scoring worker's task, for instruction counts (callgrind) and the collector's share.

    python benchmarks/worker.py warm CORPUS [--n 40] [--passes 2] [--what worker|score|match]
    python benchmarks/worker.py cold CORPUS [--ballast 0]

CORPUS is an OUT_ROOT of benchmarks/synth.py (its examples/<cc>/<slug>.md). Run from the
project folder (strategy paths are checked against it).

warm: --n strategies spread evenly over the corpus (every country) are scored once (matchers
built, word tables filled), then --passes times more. What a pass does: `worker` is
cache._score_one, the scoring worker's whole task (score, cache entry, page, JSON download,
open-data rows), with the worker's setup (cache._init_worker); `score` is score.score alone;
`match` is the combined matcher over the passages score.score matches. Instructions per
strategy are the difference between a run with --passes P and one with --passes 0, divided by
P times n; run both under the same hash seed:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=OUT python benchmarks/worker.py warm ...

(CPU time on a shared machine swings by a fifth or more; instruction counts do not.)

cold: the build's cold scoring (cache.assess_all over the whole corpus with two workers writing
pages), with the time each process spent in the garbage collector, by generation, and the
workers' CPU time. --ballast K keeps K more copies of the corpus loaded in the parent, as a
build of (K + 1) times as many strategies holds them: the workers inherit them. Each worker's
tasks are also reported by fifths, in the order it took them: wall and CPU time per task and
the pages per task, so a per-strategy cost that grows as a build goes on (or a worker kept off
its core by other work: wall well above CPU) shows; and the time workers waited between tasks.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import build, cache  # noqa: E402
from generator.concept import load_concept  # noqa: E402
from generator.load import load_strategy  # noqa: E402
from generator.score import combined_matcher, score  # noqa: E402
from generator.text import passages, prepare_lemmatiser  # noqa: E402


def warm(files: list[Path], n: int, passes: int, what: str, work: Path) -> None:
    picked = [files[i * len(files) // n] for i in range(min(n, len(files)))]
    strategies = [s for s in map(load_strategy, picked) if not s.awaited]
    concept = load_concept(ROOT / "concept")
    prepare_lemmatiser(sorted({s.language for s in strategies}))
    if what == "worker":
        maker = build.PageMaker(work / "docs", work / "parts", None, concept)
        cache._init_worker(concept, cache.AssessmentCache(concept, work / "cache"), maker)
        task = cache._score_one
    elif what == "score":
        def task(s):
            return score(s, concept)
    else:
        texts = {s.id: [p.text for p in passages(s.pages, s.language) if p.kind == "heading" or p.evidence]
                 for s in strategies}

        def task(s):
            matcher = combined_matcher(concept, s.language)[0]
            for text in texts[s.id]:
                matcher.match(text)
    for _ in range(1 + passes):
        for s in strategies:
            task(s)
    print(f"{len(strategies)} strategies, {passes} measured passes of '{what}'")


_TASKS: list[Path] = []  # where the workers log their tasks (cold)
_SCORE_ONE = cache._score_one


def _timed_score_one(strategy):
    """cache._score_one, logging (start, end, CPU seconds, pages) per task to this process's file."""
    t, c = time.perf_counter(), time.process_time()
    entry = _SCORE_ONE(strategy)
    with open(_TASKS[0] / f"{os.getpid()}.log", "a", encoding="utf-8") as fh:
        fh.write(f"{t:.6f} {time.perf_counter():.6f} {time.process_time() - c:.6f} {len(strategy.pages)}\n")
    return entry


def task_report(folder: Path) -> None:
    """Per worker, its tasks by fifths (wall and CPU ms per task, pages per task) and its waits."""
    for log in sorted(folder.glob("*.log")):
        rows = [tuple(map(float, line.split())) for line in log.read_text(encoding="utf-8").splitlines()]
        waits = sum(rows[i + 1][0] - rows[i][1] for i in range(len(rows) - 1))
        print(f"  worker {log.stem}: {len(rows)} tasks, {sum(r[2] for r in rows):.2f} s CPU, "
              f"{sum(r[1] - r[0] for r in rows):.2f} s wall in tasks, {waits:.2f} s between them")
        step = max(1, len(rows) // 5)
        for k in range(0, len(rows), step):
            part = rows[k:k + step]
            print(f"    tasks {k + 1}-{k + len(part)}: {1000 * sum(r[1] - r[0] for r in part) / len(part):.2f} ms wall, "
                  f"{1000 * sum(r[2] for r in part) / len(part):.2f} ms CPU, "
                  f"{sum(r[3] for r in part) / len(part):.1f} pages a task")


def cold(files: list[Path], ballast: int, work: Path) -> None:
    spent: dict[tuple[int, int], list[float]] = {}
    _TASKS.append(work / "tasks")
    _TASKS[0].mkdir()
    cache._score_one = _timed_score_one  # (the pool pickles it by name: workers are forked from here)
    started = [0.0]

    def clock(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            with open(work / f"gc-{os.getpid()}", "a", encoding="utf-8") as fh:
                fh.write(f"{info['generation']} {time.perf_counter() - started[0]:.6f}\n")

    strategies = [load_strategy(p) for p in files]
    kept = [[load_strategy(p) for p in files] for _ in range(ballast)]
    concept = load_concept(ROOT / "concept")
    maker = build.PageMaker(work / "docs", work / "parts", None, concept)
    gc.callbacks.append(clock)
    t = time.perf_counter()
    cache.assess_all(strategies, concept, cache.AssessmentCache(concept, work / "cache"), jobs=2, after=maker)
    wall = time.perf_counter() - t
    gc.callbacks.remove(clock)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{len(strategies)} strategies scored (+{len(kept) * len(strategies)} held): {wall:.2f} s; "
          f"workers' CPU {children.ru_utime:.2f} s user, {children.ru_stime:.2f} s system")
    for log in sorted(work.glob("gc-*")):
        pid = int(log.name[3:])
        for line in log.read_text(encoding="utf-8").splitlines():
            generation, seconds = line.split()
            spent.setdefault((pid, int(generation)), []).append(float(seconds))
    for pid in sorted({p for p, _g in spent}):
        who = "parent" if pid == os.getpid() else f"worker {pid}"
        print(f"  {who}: collector " + ", ".join(
            f"gen {g}: {len(spent[pid, g])} in {sum(spent[pid, g]):.3f} s" for g in range(3) if (pid, g) in spent))
    task_report(_TASKS[0])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("warm", "cold"))
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--what", choices=("worker", "score", "match"), default="worker")
    ap.add_argument("--ballast", type=int, default=0)
    args = ap.parse_args()
    files = sorted(args.corpus.glob("examples/*/*.md"))
    work = Path(tempfile.mkdtemp(prefix="s4s-worker-"))
    try:
        if args.mode == "warm":
            warm(files, args.n, args.passes, args.what, work)
        else:
            cold(files, args.ballast, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
