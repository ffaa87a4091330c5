"""`s4s ingest PDF|DIR`: turn strategy PDFs into strategy files (thin shell over generator.ingest)."""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.errors import IngestError
from generator.ingest import (
    Limits,
    dir_jobs,
    ingest_one,
    ingest_pdf,
    missing_fields,
    write_strategy,
)

LEVELS = ("municipality", "city", "region", "metropolitan-area")
# option -> front matter field, for what the contributor gives by hand
GIVEN = {
    "country": "country", "slug": "slug", "entity": "entity", "level": "level", "title": "title",
    "title_en": "title_en", "language": "language", "source_url": "source_url",
    "year": "year_adopted", "adopted_by": "adopted_by", "notes": "notes",
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("pdf", help="a strategy PDF, or a directory of PDFs (ingested in parallel)")
    p.add_argument("--country", choices=("CZ", "SK", "HU", "PL"), type=str.upper)
    p.add_argument("--slug", help="file name: strategies/<cc>/<slug>.md (directory mode: from the PDF name)")
    p.add_argument("--entity", help="municipality, city or region name")
    p.add_argument("--level", choices=LEVELS)
    p.add_argument("--title", help="original title (default: from the PDF metadata or first page)")
    p.add_argument("--title-en", dest="title_en", help="English title")
    p.add_argument("--language", choices=("cs", "sk", "hu", "pl", "en"), help="default: detected")
    p.add_argument("--source-url", dest="source_url", help="public https address of the PDF")
    p.add_argument("--year", type=int, help="year adopted")
    p.add_argument("--period", help="period covered, START-END (e.g. 2024-2030)")
    p.add_argument("--adopted-by", dest="adopted_by", help="adopting body and resolution")
    p.add_argument("--notes")
    p.add_argument("--example", action="store_true", help="a fictional example (example: true)")
    p.add_argument("--out-root", default="strategies", help="output root (default: strategies)")
    p.add_argument("--max-mb", type=float, default=Limits.max_mb, help="refuse larger PDFs")
    p.add_argument("--max-pages", type=int, default=Limits.max_pages, help="refuse longer PDFs")
    p.add_argument("--jobs", type=int, default=0, help="directory mode: processes (default: one per core)")
    p.add_argument("--quiet", action="store_true", help="no progress bar, no report")


def overrides_from(args: argparse.Namespace) -> dict:
    o = {field: getattr(args, opt) for opt, field in GIVEN.items() if getattr(args, opt, None) is not None}
    if args.period:
        try:
            start, end = (int(x) for x in args.period.split("-"))
        except ValueError:
            raise IngestError(f"--period must be START-END, e.g. 2024-2030, not {args.period!r}") from None
        o["period_start"], o["period_end"] = start, end
    if args.example:
        o["example"] = True
    return o


def run(args: argparse.Namespace) -> int:
    limits = Limits(max_mb=args.max_mb, max_pages=args.max_pages)
    overrides = overrides_from(args)
    target = Path(args.pdf)
    if target.is_dir():
        return run_dir(target, overrides, limits, Path(args.out_root), args.quiet, args.jobs)
    warnings: list[str] = []
    meta, text = ingest_pdf(target, overrides, limits, warnings)
    path = write_strategy(meta, text, args.out_root)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if not args.quiet:
        print(f"wrote {path}")
        inferred = ("title", "language", "source_sha256", "source_pages", "extraction", "ocr_pages")
        for key in inferred:
            if key in meta and key not in overrides:
                print(f"  inferred {key}: {meta[key]}")
        missing = missing_fields(meta)
        if missing:
            print(f"  still to fill in {path}: {', '.join(missing)}")
    return 0


def run_dir(directory: Path, overrides: dict, limits: Limits, out_root: Path, quiet: bool, jobs: int) -> int:
    from tqdm import tqdm

    work = dir_jobs(directory, overrides, limits, out_root)
    if not work:
        raise IngestError("no *.pdf files in this directory", directory)
    done, failed = 0, 0
    workers = jobs or os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=min(workers, len(work))) as pool:
        results = pool.map(ingest_one, work)
        for _pdf, _written, error, warns in tqdm(results, total=len(work), disable=quiet, unit="pdf"):
            for w in warns:
                print(f"warning: {w}", file=sys.stderr)
            if error:
                failed += 1
                print(f"error: {error}", file=sys.stderr)
            else:
                done += 1
    print(f"ingested {done} of {len(work)} PDFs into {out_root}/ ({failed} failed)")
    return 1 if failed else 0
