"""`s4s validate [PATH ...]`: check strategy and concept files, report every problem once."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from generator.schema import LIMITS
from generator.validate import DEFAULT_PATHS, validate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path,
        help=f"files or folders to check (default: {', '.join(DEFAULT_PATHS)})",
    )
    parser.add_argument("--strict", action="store_true", help="treat unknown fields as errors")
    parser.add_argument("--max-file-mb", type=float, default=LIMITS.max_file_bytes / 2**20,
                        help="largest strategy file accepted (default: %(default)g)")
    parser.add_argument("--max-pages", type=int, default=LIMITS.max_pages,
                        help="most pages a strategy may have (default: %(default)s)")
    parser.add_argument("--max-field", type=int, default=LIMITS.max_text_field,
                        help="longest title or name in characters (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    limits = replace(LIMITS, max_file_bytes=int(args.max_file_mb * 2**20), max_pages=args.max_pages,
                     max_text_field=args.max_field)
    report = validate(args.paths, root=Path("."), strict=args.strict, limits=limits)
    github = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in report.problems:
        print(problem, file=sys.stderr)
        if github:
            print(problem.github())
    errors, warnings = len(report.errors), len(report.warnings)
    if errors:
        print(f"{errors} error(s), {warnings} warning(s) in {report.checked} file(s) checked", file=sys.stderr)
        return 1
    suffix = f", {warnings} warning(s)" if warnings else ""
    print(f"{report.checked} file(s) checked, all valid{suffix}")
    return 0
