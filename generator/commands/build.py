"""`s4s build`: the whole site into site/ (atomically; see generator.build)."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.build import build_site


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", action="store_true", help="no progress bar or MkDocs messages")
    parser.add_argument("--no-examples", action="store_true",
                        help="leave the fictional example strategies out (also: extra.s4s.include_examples in mkdocs.yml)")
    parser.add_argument("--site-dir", type=Path, default=Path("site"), help="output folder (default: site)")
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"), help="MkDocs configuration")


def run(args: argparse.Namespace) -> int:
    timings: dict[str, float] = {}
    stats: dict = {}
    site = build_site(Path("."), site_dir=args.site_dir, quiet=args.quiet,
                      include_examples=False if args.no_examples else None,
                      config_file=args.config_file, timings=timings, stats=stats)
    if not args.quiet:
        print(summary(site, timings, stats))
    return 0


def summary(site: Path, timings: dict[str, float], stats: dict) -> str:
    """One line: what was built, what came from the caches, and where the time went."""
    stages = ", ".join(f"{k} {v:.1f}" for k, v in timings.items())
    return (f"built {site}: {stats.get('strategies', 0)} strategies, {stats.get('scored', 0)} scored "
            f"({stats.get('cache_misses', 0)} newly, {stats.get('cache_hits', 0)} from cache), "
            f"{stats.get('pages', 0)} pages ({stats.get('pages_reused', 0)} unchanged) "
            f"in {sum(timings.values()):.1f} s ({stages})")
