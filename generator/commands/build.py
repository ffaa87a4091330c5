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
    site = build_site(Path("."), site_dir=args.site_dir, quiet=args.quiet,
                      include_examples=False if args.no_examples else None,
                      config_file=args.config_file)
    if not args.quiet:
        print(f"built {site}")
    return 0
