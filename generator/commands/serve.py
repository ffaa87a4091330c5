"""`s4s serve`: build the pages, then preview them with MkDocs' live-reloading server.

Strategy, concept and content changes need a rebuild of the pages (Ctrl+C and run again);
template edits under site_templates/ too. Only the MkDocs theme reloads on its own.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.build import build_site


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--no-examples", action="store_true", help="leave the example strategies out")
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on (default 127.0.0.1:8000)")


def run(args: argparse.Namespace) -> int:
    from mkdocs.commands.serve import serve

    root = Path(".").resolve()
    build_site(root, quiet=args.quiet, include_examples=False if args.no_examples else None)
    # build_site left the rendered pages in build/docs, which mkdocs.yml names as docs_dir;
    # the nav is recomputed from what is there.
    from generator.build import make_nav

    docs = root / "build" / "docs"
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    serve(str(root / "mkdocs.yml"), dev_addr=args.dev_addr, nav=make_nav(pages), docs_dir=str(docs))
    return 0
