"""`s4s validate [PATH ...]`: check strategy and concept files, report every problem once."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator.validate import DEFAULT_PATHS, validate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path,
        help=f"files or folders to check (default: {', '.join(DEFAULT_PATHS)})",
    )
    parser.add_argument("--strict", action="store_true", help="treat unknown fields as errors")


def run(args: argparse.Namespace) -> int:
    report = validate(args.paths, root=Path("."), strict=args.strict)
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
