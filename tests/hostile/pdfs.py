"""Hostile PDFs, made on the fly (nothing binary is committed): each must end in a one-line
ingest error naming the file, with nothing written.
"""

from __future__ import annotations

import datetime
import zlib
from pathlib import Path

from fpdf import FPDF


def _pdf(pages: int = 1, text: str = "Strategie rozvoje mesta. Akcni plan a indikatory.") -> FPDF:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    pdf.set_font("Helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return pdf


def valid(path: Path, pages: int = 2) -> Path:
    _pdf(pages).output(str(path))
    return path


def corrupt(path: Path) -> Path:
    data = bytearray(bytes(_pdf(3).output()))
    # Overwrite the middle of the file (objects and xref offsets) with junk.
    middle = len(data) // 3
    data[middle : middle + 400] = b"\x00garbage" * 50
    path.write_bytes(bytes(data))
    return path


def truncated(path: Path) -> Path:
    data = bytes(_pdf(3).output())
    path.write_bytes(data[: len(data) // 2])
    return path


def encrypted(path: Path) -> Path:
    pdf = _pdf(2)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.output(str(path))
    return path


def zero_pages(path: Path) -> Path:
    # A syntactically valid PDF whose page tree is empty.
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    path.write_bytes(_assemble(objects))
    return path


def many_pages(path: Path, pages: int = 3000) -> Path:
    """Thousands of (tiny) pages: over the page limit."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for i in range(pages):
        kids.append(f"{i + 3} 0 R".encode())
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    path.write_bytes(_assemble(objects))
    return path


def decompression_bomb(path: Path, expanded_mb: int = 512) -> Path:
    """A page whose content stream inflates from ~0.5 MB to `expanded_mb` MB."""
    chunk = b"0 0 m " * (1 << 20)  # 6 MB of a valid content operator, repeated
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(chunk) for _ in range(expanded_mb // 6)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    path.write_bytes(_assemble(objects))
    return path


def not_a_pdf(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04 this is a zip file, renamed to .pdf\n" * 10)
    return path


def html_as_pdf(path: Path) -> Path:
    path.write_text("<html><script>alert(1)</script></html>", encoding="utf-8")
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# name -> (kind, maker): the corpus the tests iterate over.
CASES = {
    "corrupt": ("corrupt", corrupt),
    "truncated": ("corrupt", truncated),
    "encrypted": ("encrypted", encrypted),
    "zero-pages": ("empty", zero_pages),
    "empty-file": ("empty", empty_file),
    "thousands-of-pages": ("size", many_pages),
    "decompression-bomb": ("bomb", lambda path: decompression_bomb(path, expanded_mb=96)),
    "zip-renamed": ("not-pdf", not_a_pdf),
    "html-renamed": ("not-pdf", html_as_pdf),
}
