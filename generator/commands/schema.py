"""`s4s schema`: print the front matter JSON Schema (for editors and CI)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from generator.schema import json_schema


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of printing")


def run(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0
