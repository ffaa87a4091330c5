"""Ingest speed and memory against plain pdfplumber `page.extract_text()`, in the same run.

    python benchmarks/ingest.py [--runs 3] [--pages 120,500] [--work DIR]

Makes text PDFs of the given page counts with generator.pdfmake (the test sources' text
repeated, with headers, footers, hyphenation, tables and a two-column section; no scans, so
the figures are about the text layer), plus the small test PDFs. Each measurement runs in
its own subprocess, so the peak memory (ru_maxrss) is that tool's alone; the time is the
median of --runs runs. Prints a table: pages/s of each, the ratio, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pdfmake import render_pdf  # noqa: E402

SOURCES = sorted((ROOT / "tests" / "pdfs").glob("*.txt"))

# Each child measures one tool on one PDF and prints JSON: pages, seconds, peak RSS in MB.
CHILD = {
    "ingest": """
import json, resource, sys, time
t = time.perf_counter()
from generator.ingest import ingest_pdf
meta, text = ingest_pdf(sys.argv[1], {"country": "CZ", "slug": "bench"})
dt = time.perf_counter() - t
print(json.dumps({"pages": meta["source_pages"], "seconds": dt,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""",
    "pdfplumber": """
import json, resource, sys, time
t = time.perf_counter()
import pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    n = 0
    for page in pdf.pages:
        page.extract_text()
        n += 1
dt = time.perf_counter() - t
print(json.dumps({"pages": n, "seconds": dt,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""",
}


def long_source(pages: int) -> str:
    """A Czech source of about `pages` pages: the Czech test source (scan left out) repeated,
    so the document has one language as a real strategy has."""
    src = next(s for s in SOURCES if s.name.startswith("cs-"))
    _, head, body = src.read_text(encoding="utf-8").split("---\n", 2)
    body = re.sub(r"<<<scan\n.*?\n>>>\n", "", body, flags=re.S)
    per_round = 3  # pages per copy of the body (measured)
    rounds = max(1, -(-pages // per_round))
    return "---\n" + head + "---\n" + "\n<<<pagebreak>>>\n".join([body] * rounds)


def make_pdf(pages: int, work: Path) -> Path:
    path = work / f"bench-{pages}.pdf"
    if not path.exists():
        path.write_bytes(render_pdf(long_source(pages)))
    return path


def measure(tool: str, pdf: Path, runs: int) -> dict:
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD[tool], str(pdf)], capture_output=True, text=True, cwd=ROOT, check=True
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        "pages": results[0]["pages"],
        "seconds": statistics.median(r["seconds"] for r in results),
        "rss_mb": max(r["rss_mb"] for r in results),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--pages", default="120,500", help="page counts of generated PDFs")
    parser.add_argument("--work", type=Path, help="folder for generated PDFs (default: a temp dir)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="s4s-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    pdfs = []
    small = work / "tests"
    small.mkdir(exist_ok=True)
    for src in SOURCES:
        p = small / f"{src.stem}.pdf"
        if not p.exists():
            p.write_bytes(render_pdf(src.read_text(encoding="utf-8")))
        pdfs.append(p)
    big = [make_pdf(int(n), work) for n in args.pages.split(",") if n]
    rows = []
    # The small test PDFs (some with an OCR page) are measured as one group.
    for label, group in [("test PDFs (5, with OCR)", pdfs)] + [(p.stem, [p]) for p in big]:
        m = {tool: [measure(tool, p, args.runs) for p in group] for tool in ("pdfplumber", "ingest")}
        stats = {
            tool: (sum(r["pages"] for r in rs), sum(r["seconds"] for r in rs), max(r["rss_mb"] for r in rs))
            for tool, rs in m.items()
        }
        rows.append((label, stats))
    print(f"{'PDF':26} {'pages':>5} {'plumber p/s':>11} {'ingest p/s':>10} {'ratio':>6} "
          f"{'plumber MB':>10} {'ingest MB':>9}")
    for label, s in rows:
        pp, pt, pm = s["pdfplumber"]
        ip, it, im = s["ingest"]
        print(f"{label:26} {ip:5d} {pp / pt:11.1f} {ip / it:10.1f} {(ip / it) / (pp / pt):6.1f} "
              f"{pm:10.0f} {im:9.0f}")
    print(f"(median of {args.runs} runs each, each run in its own process; peak = ru_maxrss)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
