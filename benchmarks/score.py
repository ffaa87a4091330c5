"""Scoring speed: megabytes of strategy text per second per core, and time per strategy.

Usage: .venv/bin/python benchmarks/score.py [--runs 5] [FILES...]
Scores every example strategy (examples/*/*.md), or the given files; without any, a synthetic
strategy of 40 pages made from the dev set's texts. One process, one core; the figure is the
median of --runs runs after one warm-up run (lexicon matchers built, lemma cache filled: the
steady state when a build scores thousands of strategies). The first, cold run is also shown,
and the fastest warm run: on a shared machine whose other work slows a run by up to half, the
fastest of many runs is the steadier figure to compare two commits by (use --runs 15).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.models import Concept, Page, Strategy  # noqa: E402
from generator.score import score  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "eval" / "sdg-benchmark-dev.csv"


def load_concept_or_empty() -> tuple[Concept, str]:
    try:
        from generator.concept import load_concept

        return load_concept(ROOT / "concept"), "concept/"
    except Exception as exc:  # noqa: BLE001 (a benchmark still runs on SDGs alone)
        return Concept((), (), {}, "none"), f"SDGs only (concept not loadable: {type(exc).__name__})"


def synthetic() -> list[Strategy]:
    with DEV.open(encoding="utf-8", newline="") as fh:
        texts = [r["text"] for r in csv.DictReader(fh)]
    pages = tuple(Page(n + 1, "\n\n".join(texts[n * 12:(n + 1) * 12]), 1) for n in range(40))
    return [Strategy(Path("synthetic.md"), {"id": "xx-synthetic", "language": "en",
                                             "extraction": "text-layer"}, pages)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from generator.load import load_strategy

    paths = [Path(f) for f in args.files] or sorted(ROOT.glob("examples/*/*.md"))
    strategies = [s for s in (load_strategy(p) for p in paths) if not s.awaited] if paths else synthetic()
    concept, what = load_concept_or_empty()
    size = sum(len(s.text.encode("utf-8")) for s in strategies)

    def one_run() -> list[float]:
        times = []
        for s in strategies:
            t = time.process_time()
            score(s, concept)
            times.append(time.process_time() - t)
        return times

    cold = sum(one_run())
    runs = [one_run() for _ in range(args.runs)]
    totals = [sum(r) for r in runs]
    median = statistics.median(totals)
    print(f"strategies: {len(strategies)} ({'given files' if args.files else 'examples' if paths else 'synthetic from dev set'}), "
          f"{size / 1e6:.3f} MB of text; scored against {what}")
    print(f"cold first run: {cold:.3f} s CPU")
    print(f"median of {args.runs} warm runs: {median:.3f} s CPU -> {size / 1e6 / median:.2f} MB/s per core")
    print(f"fastest warm run: {min(totals):.3f} s CPU -> {size / 1e6 / min(totals):.2f} MB/s per core")
    for i, s in enumerate(strategies):
        per = statistics.median(r[i] for r in runs)
        print(f"  {s.id}: {per * 1000:.0f} ms ({len(s.text.encode('utf-8')) / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
