"""Hostile PDFs: each ends in a one-line error naming the file, or a strategy file that
validates; nothing is ever half-written."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import IngestError
from generator.ingest import Limits, ingest_pdf

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
import pdfs  # noqa: E402

SMALL_LIMITS = Limits(max_mb=5, max_pages=500)


@pytest.mark.parametrize("name", sorted(pdfs.CASES))
def test_hostile_pdf_gives_one_line_error_or_a_valid_file(name, tmp_path, capsys):
    kind, maker = pdfs.CASES[name]
    pdf = maker(tmp_path / f"{name}.pdf")
    out_root = tmp_path / "strategies"
    code = main([
        "ingest", str(pdf), "--country", "CZ", "--slug", "hostile", "--entity", "X",
        "--level", "city", "--title-en", "X", "--year", "2024", "--period", "2024-2030",
        "--source-url", "https://example.org/x.pdf", "--out-root", str(out_root),
        "--max-mb", "5", "--max-pages", "500", "--quiet",
    ])
    err = capsys.readouterr().err.strip()
    written = sorted(p.name for p in out_root.rglob("*")) if out_root.exists() else []
    if code == 0:
        # Repaired by the PDF library: the result must be a complete, valid strategy file.
        assert written == ["cz", "hostile.md"]
        assert main(["validate", str(out_root / "cz" / "hostile.md")]) in (0, 1)
    else:
        assert code == 1
        assert len(err.splitlines()) == 1, err
        assert str(pdf) in err
        assert "Traceback" not in err
        assert [w for w in written if w.endswith(".md") or w.endswith(".tmp")] == []


@pytest.mark.slow
def test_decompression_bomb_stays_within_memory(tmp_path):
    pdf = pdfs.decompression_bomb(tmp_path / "bomb.pdf")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        ingest_pdf(pdf, {"country": "CZ", "slug": "bomb"}, SMALL_LIMITS)
    except IngestError as exc:
        assert "bomb.pdf" in str(exc)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 300, f"ingesting a 512 MB decompression bomb grew memory by {grown_mb:.0f} MB"


def test_counts_by_kind():
    kinds: dict[str, int] = {}
    for kind, _ in pdfs.CASES.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    assert set(kinds) == {"corrupt", "encrypted", "empty", "size", "bomb", "not-pdf"}
