"""Make the example strategies from their sources: source -> PDF -> `s4s ingest` -> strategy file.

    python examples/build.py [--check] [--quiet] [NAME ...]

For each examples/sources/<cc>-<slug>.txt: render examples/pdfs/<cc>-<slug>.pdf with
generator.pdfmake, then ingest it into examples/<cc>/<slug>.md exactly as a contributor would
ingest a real PDF (nothing is written by hand). With --check, nothing is written: the freshly
made files are compared byte for byte with the committed ones and the differences are listed.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = HERE / "sources"

# Front matter of a source -> the ingest option that carries it.
OPTIONS = {
    "entity": "--entity",
    "level": "--level",
    "title": "--title",
    "title_en": "--title-en",
    "year_adopted": "--year",
    "adopted_by": "--adopted-by",
}


def source_head(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise SystemExit(f"{path}: a source must start with '---' and its metadata")
    return yaml.safe_load(text.split("---\n", 2)[1])


def ingest_args(name: str, head: dict, pdf: Path, out_root: Path) -> list[str]:
    cc, slug = name.split("-", 1)
    args = [
        sys.executable, "-m", "generator", "ingest", str(pdf),
        "--country", cc.upper(), "--slug", slug, "--out-root", str(out_root), "--example",
        "--language", head["language"],
        "--source-url", f"https://example.org/s4s-examples/{name}.pdf",
        "--period", f"{head['period_start']}-{head['period_end']}", "--quiet",
    ]
    for field, option in OPTIONS.items():
        if head.get(field) is not None:
            args += [option, str(head[field])]
    return args


def make(names: list[str], pdf_dir: Path, out_root: Path, quiet: bool) -> None:
    pdf_dir.mkdir(parents=True, exist_ok=True)
    for source in sorted(SOURCES.glob("*.txt")):
        name = source.stem
        if names and name not in names:
            continue
        pdf = pdf_dir / f"{name}.pdf"
        subprocess.run([sys.executable, "-m", "generator.pdfmake", str(source), str(pdf)], check=True, cwd=ROOT)
        subprocess.run(ingest_args(name, source_head(source), pdf, out_root), check=True, cwd=ROOT)
        if not quiet:
            print(f"{name}: {pdf.relative_to(ROOT) if pdf.is_relative_to(ROOT) else pdf} -> ingested")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="sources to make (default: all)")
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    if not args.check:
        make(args.names, HERE / "pdfs", HERE.parent / "examples", args.quiet)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp_root = Path(tmp)
        make(args.names, tmp_root / "pdfs", tmp_root / "examples", quiet=True)
        differ = []
        for made in sorted((tmp_root / "examples").glob("*/*.md")):
            committed = HERE / made.parent.name / made.name
            if not committed.exists() or not filecmp.cmp(made, committed, shallow=False):
                differ.append(str(committed.relative_to(ROOT)))
        for made in sorted((tmp_root / "pdfs").glob("*.pdf")):
            committed = HERE / "pdfs" / made.name
            if not committed.exists() or not filecmp.cmp(made, committed, shallow=False):
                differ.append(str(committed.relative_to(ROOT)))
        if differ:
            print("differ from a fresh run: " + ", ".join(differ), file=sys.stderr)
            return 1
    print("every example is reproduced byte for byte")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
