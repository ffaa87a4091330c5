"""The `s4s` command: a thin shell over the library.

Each command lives in its own module, which defines `add_arguments(parser)` and
`run(args) -> int`. This file only parses arguments and turns the library's errors into
one-line messages (never a traceback for a user's mistake).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from generator.errors import S4SError, ValidationError

# command name -> (module, one-line help). Modules are imported only when their command runs.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("generator.commands.validate", "check strategy and concept files"),
    "schema": ("generator.commands.schema", "print the front matter JSON Schema"),
    "ingest": ("generator.commands.ingest", "turn strategy PDFs into strategy files"),
    "score": ("generator.commands.score", "score a strategy file or a draft PDF"),
    "classify": ("generator.commands.classify", "classify short texts (JSON lines in and out)"),
    "build": ("generator.commands.build", "build the site into site/"),
    "serve": ("generator.commands.serve", "build and preview the site with live reload"),
}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="s4s", description="Catalogue of V4 SMART strategies: validate, ingest, score, build."
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module)
        try:
            importlib.import_module(module).add_arguments(p)
        except ModuleNotFoundError as exc:  # a command still being written
            if exc.name != module:
                raise
            p.set_defaults(_missing=True)
    return parser


def _version() -> str:
    from generator import __version__

    return f"s4s {__version__}"


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    if getattr(args, "_missing", False):
        print(f"s4s: the '{args.command}' command is not available yet", file=sys.stderr)
        return 2
    try:
        return int(importlib.import_module(args._module).run(args) or 0)
    except ValidationError as exc:
        # Each problem on its own line, path and line first, as `s4s validate` prints them.
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"s4s {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except S4SError as exc:
        print(f"s4s {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("s4s: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
