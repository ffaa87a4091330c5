"""Turn a strategy PDF into a strategy file: front matter + faithful text, page by page.

Library first: `ingest_pdf(path, overrides, limits) -> (meta, text)` works in memory (used by
`s4s score draft.pdf`); `write_strategy(meta, text, out_root)` writes strategies/<cc>/<slug>.md
atomically; `ingest_dir` runs many PDFs in parallel.

Why pypdfium2 only: it reads the text layer tens of times faster than pdfminer (under
pdfplumber) and in little memory, and its text page API gives what layout needs: line boxes,
font sizes and weights, the page's drawn rules (for ruled tables) and the text inside any
box (for table cells). pdfplumber's table finder was tried first on pages that draw rules;
it alone cost 0.2-0.4 s per table page (it parses the whole page with pdfminer), which broke
the speed budget, so ruled tables are found from pypdfium2's path objects instead.
Pages with no text layer are rasterised with pypdfium2 and read with tesseract.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import yaml

from generator.errors import IngestError

LANG_TESSERACT = {"cs": "ces", "sk": "slk", "hu": "hun", "pl": "pol", "en": "eng"}
TESSERACT_INSTALL = (
    "apt-get install tesseract-ocr tesseract-ocr-ces tesseract-ocr-slk "
    "tesseract-ocr-pol tesseract-ocr-hun tesseract-ocr-eng"
)
# Front matter order: as generator.schema.FIELDS declares it.
FIELD_ORDER = (
    "id", "entity", "country", "level", "title", "title_en", "language", "year_adopted",
    "period_start", "period_end", "adopted_by", "source_url", "source_sha256", "source_pages",
    "extraction", "ocr_pages", "example", "population", "lau_code", "nuts_code", "latitude",
    "longitude", "notes", "ingest_tool",
)
# What a contributor must give when ingest cannot infer it.
REQUIRED_FROM_CONTRIBUTOR = (
    "entity", "country", "level", "title_en", "year_adopted", "period_start", "period_end",
    "source_url",
)
# Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
LIGATURES = re.compile("[\ufb00-\ufb06]")
# pdfium reports a hyphen it judged to be a line-end hyphen as U+FFFE (or U+0002).
LINE_END_HYPHENS = ("\ufffe", "\x02", "\u00ad", "-", "\u2010")
PAGE_NUMBER = re.compile(
    r"^\W*(?:(?:strana|strona|page|oldal|str\.?)\s*)?\d{1,4}(?:\s*(?:/|z|of|ze|from|\.\s*oldal)\s*\d{1,4})?\W*$",
    re.I,
)
MARGIN = 0.09  # share of the page height at top and bottom where running heads live


@dataclass(frozen=True)
class Limits:
    """Refuse PDFs above these (configurable on the command line)."""

    max_mb: float = 200.0
    max_pages: int = 2000
    max_stream_mb: float = 256.0  # one stream inflating past this is a decompression bomb


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float  # distance from the page top, in points
    bottom: float
    size: float
    bold: bool
    order: int = 0


@dataclass
class PageText:
    number: int
    height: float
    width: float
    lines: list[Line] = field(default_factory=list)
    tables: list[tuple[float, str]] = field(default_factory=list)  # (top, markdown)
    table_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    ocr: bool = False
    ocr_text: str = ""


# --- normalisation ------------------------------------------------------------------------


def normalise(text: str) -> str:
    """NFC, ligatures spelt out, invisible characters removed."""
    text = LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return unicodedata.normalize("NFC", text.translate(INVISIBLE))


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, mending words split by line-end hyphenation."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        end = out[-1]
        if end in LINE_END_HYPHENS and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            out = out[:-1] + line
        elif end in ("\ufffe", "\x02"):
            out = out[:-1] + line
        else:
            out = out + " " + line
    # A hyphen mark left at the very end means the word goes on in the next column or page.
    tail = "\ufffe" if out.endswith(("\ufffe", "\x02")) else ""
    return out.replace("\ufffe", "").replace("\x02", "") + tail


# --- reading the text layer ---------------------------------------------------------------


def _font_info(textpage: Any, index: int) -> tuple[float, bool]:
    size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
    weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index)
    bold = weight >= 600
    if not bold and weight <= 0:
        buf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buf, 128, ctypes.byref(flags))
        bold = b"bold" in buf.value.lower()
    return round(size * 2) / 2, bold


def read_page_lines(page: Any, number: int) -> PageText:
    """The page's text lines with boxes and font, from pypdfium2 (a few calls per line)."""
    width, height = page.get_size()
    result = PageText(number=number, height=height, width=width)
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        count = textpage.count_chars()
        if len(text) != count:  # index alignment is needed for boxes; fall back to no boxes
            text = text[:count]
        # A line ends at a line break, or after U+FFFE: pdfium's mark for a line-end hyphen,
        # where it glues the two lines together without a break.
        for m in re.finditer(r"[^\r\n\ufffe]*\ufffe?", text):
            piece = m.group()
            if not piece.strip():
                continue
            first = m.start() + (len(piece) - len(piece.lstrip()))
            last = m.start() + len(piece.rstrip()) - 1
            # Loose boxes use the font's ascent and descent: the same for every glyph,
            # so line pitch does not depend on which letter starts the line.
            left, bottom, _, top = textpage.get_charbox(first, loose=True)
            _, _, right, _ = textpage.get_charbox(last, loose=True)
            middle = (first + last) // 2
            if text[middle].isspace():
                middle = first
            size, bold = _font_info(textpage, middle)
            result.lines.append(
                Line(piece.strip(), left, right, height - top, height - bottom, size, bold, len(result.lines))
            )
        if result.lines:
            result.tables, result.table_boxes = find_tables(page, textpage, height)
    finally:
        textpage.close()
    return result


def raw_objects(page: Any, kind: int, depth: int = 2):
    """Bounds (left, bottom, right, top) of the page's objects of one type, through form
    XObjects down to `depth`. Raw pdfium calls: the pypdfium2 wrapper objects cost ~50 us
    each, and a justified page can hold thousands of text objects."""
    fl, fb, fr, ft = (ctypes.c_float() for _ in range(4))

    def walk(count: int, get: Any, level: int):
        for i in range(count):
            obj = get(i)
            typ = pdfium_c.FPDFPageObj_GetType(obj)
            if typ == kind:
                pdfium_c.FPDFPageObj_GetBounds(obj, fl, fb, fr, ft)
                yield fl.value, fb.value, fr.value, ft.value
            elif typ == pdfium_c.FPDF_PAGEOBJ_FORM and level < depth:
                yield from walk(pdfium_c.FPDFFormObj_CountObjects(obj),
                                lambda j, o=obj: pdfium_c.FPDFFormObj_GetObject(o, j), level + 1)

    yield from walk(pdfium_c.FPDFPage_CountObjects(page.raw),
                    lambda j: pdfium_c.FPDFPage_GetObject(page.raw, j), 1)


def has_images(page: Any) -> bool:
    return any(True for _ in raw_objects(page, pdfium_c.FPDF_PAGEOBJ_IMAGE))


MAX_SEGMENTS = 1500  # pages drawing more (charts, maps) are not searched for tables


def ruling_segments(page: Any) -> list[tuple[str, float, float, float]]:
    """Horizontal and vertical rules drawn on the page: ("h", y, x0, x1) / ("v", x, y0, y1).

    Thin path objects are rules; other path objects count as rectangles (four rules), which
    is how most PDF makers draw table cell borders.
    """
    segs: list[tuple[str, float, float, float]] = []
    for left, bottom, right, top in raw_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH):
        w, h = right - left, top - bottom
        if h < 2.5 and w > 2.5:
            segs.append(("h", (top + bottom) / 2, left, right))
        elif w < 2.5 and h > 2.5:
            segs.append(("v", (left + right) / 2, bottom, top))
        elif w > 2.5 and h > 2.5:
            segs += [("h", bottom, left, right), ("h", top, left, right),
                     ("v", left, bottom, top), ("v", right, bottom, top)]
        if len(segs) > MAX_SEGMENTS:
            return []
    return segs


def _touch(a: tuple, b: tuple, tol: float = 2.5) -> bool:
    if a[0] == b[0]:  # parallel: same line and overlapping
        return abs(a[1] - b[1]) <= tol and a[2] <= b[3] + tol and b[2] <= a[3] + tol
    h, v = (a, b) if a[0] == "h" else (b, a)
    return v[2] - tol <= h[1] <= v[3] + tol and h[2] - tol <= v[1] <= h[3] + tol


def _positions(values: list[float], tol: float = 2.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def find_tables(page: Any, textpage: Any, height: float) -> tuple[list, list]:
    """Ruled tables from the page's drawn rules; cell text from pypdfium2 by cell box.

    Returns ([(top, markdown)], [(x0, top, x1, bottom)]) in top-down coordinates. Tables
    without rules and merged cells are not recognised (their text stays as lines).
    """
    segs = ruling_segments(page)
    if len(segs) < 6:
        return [], []
    parent = list(range(len(segs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(segs)):
        for j in range(i + 1, len(segs)):
            if _touch(segs[i], segs[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list] = {}
    for i, seg in enumerate(segs):
        groups.setdefault(find(i), []).append(seg)
    tables, boxes = [], []
    for group in groups.values():
        ys = _positions([s[1] for s in group if s[0] == "h"])
        xs = _positions([s[1] for s in group if s[0] == "v"])
        if len(ys) < 3 or len(xs) < 3:
            continue
        rows = []
        for y_top, y_bottom in zip(reversed(ys[1:]), reversed(ys[:-1]), strict=True):
            row = []
            for x0, x1 in zip(xs, xs[1:], strict=False):
                cell = textpage.get_text_bounded(left=x0, bottom=y_bottom, right=x1, top=y_top)
                row.append(normalise(join_lines(re.split(r"\r\n|\n|\r", cell))))
            rows.append(row)
        rows = [r for r in rows if any(r)]
        if len(rows) < 2:
            continue
        tables.append((height - ys[-1], markdown_table(rows)))
        boxes.append((xs[0], height - ys[-1], xs[-1], height - ys[0]))
    return tables, boxes


def markdown_table(rows: list[list[str]]) -> str:
    cols = max(len(r) for r in rows)
    rows = [r + [""] * (cols - len(r)) for r in rows]
    cell = lambda c: c.replace("|", "\\|").strip()  # noqa: E731
    out = ["| " + " | ".join(cell(c) for c in rows[0]) + " |", "| " + " | ".join(["---"] * cols) + " |"]
    out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


# --- OCR ----------------------------------------------------------------------------------


def tesseract_languages() -> set[str] | None:
    """Installed tesseract languages, or None when tesseract is not installed."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, check=False)
    return {s.strip() for s in out.stdout.splitlines()[1:] if s.strip()}


def page_png(page: Any, dpi: int = 300) -> bytes:
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def ocr_png(png: bytes, langs: str) -> str:
    """One page image through tesseract, as paragraphs with line-end hyphenation mended."""
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", langs, "--psm", "3"],
        input=png, capture_output=True, check=False,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one core per page; pages run in parallel
    )
    if done.returncode != 0:
        raise IngestError(f"tesseract failed: {done.stderr.decode(errors='replace').strip()[:200]}")
    text = normalise(done.stdout.decode("utf-8", errors="replace"))
    paras = [join_lines(p.splitlines()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p.strip())


# --- layout: running heads, columns, paragraphs, headings ----------------------------------


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold()).strip()


def running_heads(pages: list[PageText]) -> set[str]:
    """Shapes of lines in the page margins that repeat on many pages (headers, footers)."""
    counts: Counter[str] = Counter()
    text_pages = [p for p in pages if p.lines]
    for p in text_pages:
        seen = {_shape(ln.text) for ln in p.lines if _in_margin(ln, p)}
        counts.update(seen)
    need = max(2, (len(text_pages) + 1) // 2) if len(text_pages) > 1 else 2
    return {s for s, c in counts.items() if c >= need}


def _in_margin(line: Line, page: PageText) -> bool:
    return line.top < page.height * MARGIN or line.bottom > page.height * (1 - MARGIN)


def reading_order(page: PageText, lines: list[Line]) -> list[Line]:
    """Two-column pages: full-width lines above, left column, right column, then the rest.

    pdfium returns lines in content-stream order, which is reading order for most makers;
    this only reorders when lines of both columns are interleaved in that order.
    """
    mid = page.width / 2
    left = [ln for ln in lines if ln.x1 < mid]
    right = [ln for ln in lines if ln.x0 > mid]
    if len(left) < 3 or len(right) < 3:
        return lines
    # Stream order already reads column by column (few switches between the sides): keep it.
    # Sorting by geometry would also take a full-width paragraph's short last line for a
    # left-column line.
    sides = [("L" if ln.x1 < mid else "R") for ln in lines if ln.x1 < mid or ln.x0 > mid]
    switches = sum(a != b for a, b in zip(sides, sides[1:], strict=False))
    if switches <= max(4, len(sides) // 4):
        return lines
    band_top = min(ln.top for ln in left + right)
    band_bottom = max(ln.bottom for ln in left + right)

    def key(ln: Line) -> tuple:
        if ln.x1 < mid and band_top <= ln.top:
            return (1, 0, ln.top, ln.x0)
        if ln.x0 > mid and band_top <= ln.top:
            return (1, 1, ln.top, ln.x0)
        return (0 if ln.bottom <= band_top else 2, 0, ln.top, ln.x0)

    del band_bottom
    return sorted(lines, key=key)


def body_metrics(pages: list[PageText]) -> tuple[float, float]:
    """The body font size (most characters) and its usual line pitch."""
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            sizes[ln.size] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    pitches = []
    for p in pages:
        prev = None
        for ln in p.lines:
            if ln.size == body and prev is not None and prev.size == body:
                gap = ln.top - prev.top
                if 0 < gap < 3 * body:
                    pitches.append(gap)
            prev = ln
    pitch = statistics.median(pitches) if pitches else body * 1.3
    return body, pitch


def heading_levels(pages: list[PageText], body: float) -> dict[float, int]:
    sizes = sorted({ln.size for p in pages for ln in p.lines if ln.size >= body * 1.15}, reverse=True)
    return {s: min(i + 1, 3) for i, s in enumerate(sizes)}


def page_markdown(page: PageText, heads: set[str], body: float, pitch: float,
                  levels: dict[float, int]) -> str:
    if page.ocr:
        return page.ocr_text
    lines = [
        ln for ln in page.lines
        if not (_in_margin(ln, page) and (_shape(ln.text) in heads or PAGE_NUMBER.match(ln.text)))
    ]
    lines = [ln for ln in lines if not _in_table(ln, page.table_boxes)]
    lines = reading_order(page, lines)
    tables = sorted(page.tables)
    blocks: list[tuple[str, Any]] = []  # ("table", markdown) | ("heading"/"para", [Line])
    prev: Line | None = None
    for ln in lines:
        while tables and ln.top > tables[0][0]:  # a table goes where the text passes it
            blocks.append(("table", tables.pop(0)[1]))
            prev = None
        kind = "heading" if ln.size in levels else "para"
        hyphen_carry = prev is not None and prev.text.endswith("\ufffe")  # word goes on in the next column
        new = (
            prev is None or blocks[-1][0] != kind or ln.size != prev.size
            or not (hyphen_carry or 0 < ln.top - prev.top < pitch * 1.3 * (ln.size / body))
        )
        if new:
            blocks.append((kind, [ln]))
        else:
            blocks[-1][1].append(ln)
        prev = ln
    blocks += [("table", t[1]) for t in tables]
    rendered: list[str] = []
    for kind, payload in blocks:
        if kind == "table":
            rendered.append(payload)
            continue
        text = normalise(join_lines([b.text for b in payload]))
        if kind == "heading":
            rendered.append("#" * levels[payload[0].size] + " " + text)
        elif all(b.bold for b in payload) and len(text.split()) <= 12 and not text.endswith("."):
            rendered.append("### " + text)
        else:
            rendered.append(text)
    return "\n\n".join(r for r in rendered if r.strip())


def _in_table(line: Line, boxes: list[tuple[float, float, float, float]]) -> bool:
    cy = (line.top + line.bottom) / 2
    return any(x0 - 2 <= line.x0 and line.x1 <= x1 + 2 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


# --- language and title ---------------------------------------------------------------------

_IDENTIFIER = None
# Letters one of the two languages has and the other lacks: Czech ř ů ě; Slovak ä ô ľ ĺ ŕ.
CS_CUES = set("řůěŘŮĚ")
SK_CUES = set("äôľĺŕÄÔĽĹŔ")


# Common function words that only one of the five languages uses (cs and sk kept apart:
# se/sa, pro/pre, jsou/sú, které/ktoré, také/tiež, nebo/alebo, jako/ako, při/pri, ve/vo).
FUNCTION_WORDS = {
    "cs": "se ve pro jsou které který která také nebo jako při již jeho její jejich této tento mezi až být",
    "sk": "sa vo pre sú ktoré ktorý ktorá tiež alebo ako pri už jeho jej ich tejto tento medzi až byť",
    "pl": "się w z do jest oraz które który która dla przez jak są nie także lub oraz tego jej ich",
    "hu": "az és egy hogy nem is meg van valamint számára illetve által ezért vagy pedig már",
    "en": "the and of to in is for will with are that by this be on as from which",
}
_FW = {lang: set(ws.split()) for lang, ws in FUNCTION_WORDS.items()}
for _a, _b in (("cs", "sk"),):  # words both spell alike decide nothing between them
    _common = _FW[_a] & _FW[_b]
    _FW[_a] -= _common
    _FW[_b] -= _common


def detect_language(text: str) -> str | None:
    """cs, sk, hu, pl or en. Function words and Czech/Slovak-only letters first (cheap and
    sure on a long text); py3langid, whose model takes ~1 s to load, only when they disagree
    or the text is short."""
    sample = text[:40000]
    tokens = re.findall(r"\w+", sample.casefold())
    if len(tokens) < 5:
        return None
    counts = Counter(tokens)
    score = {lang: sum(counts[w] for w in ws) for lang, ws in _FW.items()}
    cs = sum(sample.count(c) for c in CS_CUES)
    sk = sum(sample.count(c) for c in SK_CUES)
    score["cs"] += cs
    score["sk"] += sk
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 20 and top >= 3 * second:
        return best
    return _langid(sample, cs, sk)


def _langid(sample: str, cs: int, sk: int) -> str:
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        _IDENTIFIER.set_languages(["cs", "sk", "hu", "pl", "en"])
    lang, _ = _IDENTIFIER.classify(sample)
    if lang in ("cs", "sk"):
        if cs > 2 * sk and cs >= 3:
            lang = "cs"
        elif sk > 2 * cs and sk >= 3:
            lang = "sk"
    return lang


# Titles that PDF makers write instead of the document's title.
JUNK_TITLE = re.compile(r"^(microsoft (word|powerpoint)|untitled|bez názvu|dokument\d*$|document\d*$)|\.(docx?|odt|pdf|indd)$", re.I)


def metadata_title(pdf_meta: dict) -> str | None:
    title = normalise(str(pdf_meta.get("Title") or "")).strip()
    if len(title) < 4 or JUNK_TITLE.search(title):
        return None
    return title


def first_page_title(page: PageText, body: float) -> str | None:
    candidates = [ln for ln in page.lines if not _in_margin(ln, page)]
    if not candidates:
        return None
    biggest = max(ln.size for ln in candidates)
    if biggest < body * 1.15:
        return None
    title = [ln.text for ln in candidates if ln.size == biggest]
    return normalise(join_lines(title[:3])) or None


# --- the whole PDF ---------------------------------------------------------------------------


def check_file(path: Path, limits: Limits) -> bytes:
    """Read the file after the cheap checks; raise IngestError naming it."""
    if not path.is_file():
        raise IngestError("no such file", path)
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty file, not a PDF", path)
    if size > limits.max_mb * 1024 * 1024:
        raise IngestError(f"file is {size / 1048576:.1f} MB, over the {limits.max_mb:g} MB limit (--max-mb)", path)
    data = path.read_bytes()
    if b"%PDF-" not in data[:1024]:
        raise IngestError("not a PDF (no %PDF- header)", path)
    return data


def check_streams(path: Path, data: bytes, limits: Limits) -> None:
    """Refuse a PDF with a stream that inflates past the limit (a decompression bomb), before
    pdfium inflates it in memory. Streams are inflated in 1 MB steps and thrown away, so
    this costs little memory; streams that are not zlib are skipped."""
    import zlib

    cap = int(limits.max_stream_mb * 1024 * 1024)
    pos = 0
    while (start := data.find(b"stream", pos)) != -1:
        pos = start + 6
        if data[start - 3:start] == b"end":
            continue
        body = start + 6 + (2 if data[start + 6:start + 8] == b"\r\n" else 1)
        end = data.find(b"endstream", body)
        if end == -1:
            return
        d = zlib.decompressobj()
        total = 0
        chunk = data[body:end]
        try:
            out = d.decompress(chunk, 1 << 20)
            while out:
                total += len(out)
                if total > cap:
                    raise IngestError(
                        f"a stream inflates past {limits.max_stream_mb:g} MB (decompression bomb?)", path
                    )
                out = d.decompress(d.unconsumed_tail, 1 << 20)
        except zlib.error:
            pass
        pos = end + 9


def open_pdf(path: Path, data: bytes, limits: Limits) -> Any:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IngestError("encrypted PDF (password required); give an unprotected copy", path) from None
        raise IngestError(f"corrupt PDF ({exc})", path) from None
    n = len(pdf)
    if n == 0:
        pdf.close()
        raise IngestError("PDF has no pages", path)
    if n > limits.max_pages:
        pdf.close()
        raise IngestError(f"PDF has {n} pages, over the {limits.max_pages} page limit (--max-pages)", path)
    return pdf


def extract(path: Path, data: bytes, limits: Limits, language: str | None = None,
            warn: list[str] | None = None) -> tuple[list[PageText], str | None, dict]:
    """Pages with text, the detected language and the PDF's metadata."""
    check_streams(path, data, limits)
    pdf = open_pdf(path, data, limits)
    pages: list[PageText] = []
    scans: list[int] = []
    try:
        meta = pdf.get_metadata_dict()
        for i in range(len(pdf)):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as exc:
                raise IngestError(f"corrupt PDF: page {i + 1} cannot be read ({exc})", path) from None
            try:
                pt = read_page_lines(page, i + 1)
                if not pt.lines and has_images(page):
                    scans.append(i)
            except pdfium.PdfiumError as exc:
                raise IngestError(f"page {i + 1} cannot be read ({exc})", path) from None
            finally:
                page.close()
            pages.append(pt)
        lang = language or detect_language(" ".join(ln.text for p in pages for ln in p.lines))
        if scans:
            _ocr(pdf, pages, scans, lang, path, warn if warn is not None else [])
    finally:
        pdf.close()
    if language is None and scans and lang is None:
        lang = detect_language(" ".join(p.ocr_text for p in pages))
    return pages, lang, meta


def _ocr(pdf: Any, pages: list[PageText], scans: list[int], lang: str | None, path: Path,
         warn: list[str]) -> None:
    installed = tesseract_languages()
    if installed is None:
        warn.append(
            f"{path}: pages {', '.join(str(i + 1) for i in scans)} have no text layer and tesseract "
            f"is not installed; install it with: {TESSERACT_INSTALL} (those pages are left empty)"
        )
        return
    wanted = [LANG_TESSERACT[lang]] if lang in LANG_TESSERACT else list(LANG_TESSERACT.values())
    wanted += ["eng"] if "eng" not in wanted else []
    have = [w for w in wanted if w in installed]
    if not have:
        warn.append(f"{path}: tesseract has none of {'+'.join(wanted)}; install with: {TESSERACT_INSTALL}")
        return
    from concurrent.futures import ThreadPoolExecutor

    langs = "+".join(have)
    # Render one page at a time (memory), tesseract runs in parallel (one process per core).
    workers = os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for start in range(0, len(scans), 2 * workers):  # a few page images in memory at once
            futures = []
            for i in scans[start:start + 2 * workers]:
                page = pdf[i]
                try:
                    futures.append((i, pool.submit(ocr_png, page_png(page), langs)))
                finally:
                    page.close()
            for i, future in futures:
                pages[i].ocr_text = future.result()
                pages[i].ocr = True


def pages_text(pages: list[PageText]) -> str:
    heads = running_heads(pages)
    body, pitch = body_metrics(pages)
    levels = heading_levels(pages, body)
    texts = [page_markdown(p, heads, body, pitch, levels) for p in pages]
    # A word hyphenated across a page break is mended on the page where it starts.
    for k in range(len(texts) - 1):
        if texts[k].endswith("\ufffe"):
            m = re.match(r"(\w+)([^\n]*)", texts[k + 1])
            if m and m.group(1)[0].islower():
                texts[k] = texts[k][:-1] + m.group(1)
                texts[k + 1] = m.group(2).lstrip() + texts[k + 1][m.end():]
    parts = []
    for p, md in zip(pages, texts, strict=True):
        md = md.replace("\ufffe", "").strip()
        parts.append(f"<!-- page {p.number} -->\n\n{md}\n" if md else f"<!-- page {p.number} -->\n")
    return "\n".join(parts)


def ingest_pdf(path: str | Path, overrides: dict | None = None, limits: Limits = Limits(),
               warnings: list[str] | None = None) -> tuple[dict, str]:
    """Read one PDF into (front matter, text). Nothing is written.

    `overrides` holds what the contributor gave (entity, country, slug, level, title, ...);
    what is not given is inferred where possible. Raises IngestError for bad input.
    """
    from generator import __version__

    path = Path(path)
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    data = check_file(path, limits)
    pages, lang, pdf_meta = extract(path, data, limits, overrides.get("language"), warnings)
    text = pages_text(pages)
    body, _ = body_metrics(pages)
    ocr_pages = [p.number for p in pages if p.ocr]
    with_text = [p for p in pages if p.lines or p.ocr]
    if not with_text:
        raise IngestError("no text found (no text layer and no OCR)", path)
    title = metadata_title(pdf_meta) or first_page_title(pages[0], body)
    meta: dict[str, Any] = {}
    country = str(overrides.get("country", "")).upper() or None
    slug = overrides.get("slug")
    if country and slug:
        meta["id"] = f"{country.lower()}-{slug}"
    inferred = {
        "country": country,
        "title": title,
        "language": lang,
        "source_sha256": hashlib.sha256(data).hexdigest(),
        "source_pages": len(pages),
        "extraction": "text-layer" if not ocr_pages else ("ocr" if len(ocr_pages) == len(pages) else "mixed"),
        "ocr_pages": ocr_pages or None,
        "ingest_tool": f"s4s {__version__}",
    }
    for key in FIELD_ORDER:
        value = overrides.get(key, inferred.get(key))
        if key == "country":
            value = country
        if value is not None and key != "id":
            meta[key] = value
    meta = {k: meta[k] for k in FIELD_ORDER if k in meta}
    return meta, text


def ingest_to_strategy(path: str | Path, overrides: dict | None = None, limits: Limits = Limits(),
                       warnings: list[str] | None = None):
    """A draft PDF as an unvalidated Strategy in memory (for `s4s score draft.pdf`)."""
    from generator.models import Page, Strategy

    meta, text = ingest_pdf(path, overrides, limits, warnings)
    meta.setdefault("id", "xx-draft")
    pages = []
    lines = render_file(meta, text).splitlines()
    marker = re.compile(r"^<!-- page (\d+) -->$")
    starts = [(i + 1, int(m.group(1))) for i, ln in enumerate(lines) if (m := marker.match(ln))]
    for k, (line_no, number) in enumerate(starts):
        end = starts[k + 1][0] - 1 if k + 1 < len(starts) else len(lines)
        pages.append(Page(number=number, text="\n".join(lines[line_no:end]).strip("\n"), line=line_no))
    return Strategy(path=Path(path), meta=meta, pages=tuple(pages))


def missing_fields(meta: dict) -> list[str]:
    return [f for f in ("id",) + REQUIRED_FROM_CONTRIBUTOR + ("title", "language") if f not in meta]


def render_file(meta: dict, text: str) -> str:
    head = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{head}---\n{text}"


def strategy_path(meta: dict, out_root: Path) -> Path:
    if "id" not in meta:
        raise IngestError("cannot name the output file: give --country and --slug")
    cc, slug = meta["id"].split("-", 1)
    return out_root / cc / f"{slug}.md"


def write_atomic(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_strategy(meta: dict, text: str, out_root: str | Path) -> Path:
    """Write strategies/<cc>/<slug>.md (or examples/...) atomically; returns the path."""
    path = strategy_path(meta, Path(out_root))
    write_atomic(path, render_file(meta, text))
    return path


def slugify(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "strategy"


def ingest_one(job: tuple[str, dict, Limits, str]) -> tuple[str, str | None, str | None, list[str]]:
    """Worker for directory mode: (pdf, written path or None, error or None, warnings)."""
    pdf, overrides, limits, out_root = job
    warns: list[str] = []
    try:
        meta, text = ingest_pdf(pdf, overrides, limits, warns)
        return pdf, str(write_strategy(meta, text, out_root)), None, warns
    except IngestError as exc:
        return pdf, None, str(exc), warns
    except Exception as exc:  # noqa: BLE001 - one bad PDF must not stop the others
        return pdf, None, f"{pdf}: unexpected error: {type(exc).__name__}: {exc}", warns


def dir_jobs(directory: Path, overrides: dict, limits: Limits, out_root: Path) -> list[tuple]:
    """One job per PDF; slug from the file name, country from --country or a 'cc-' prefix."""
    jobs = []
    for pdf in sorted(directory.glob("*.pdf")):
        o = dict(overrides)
        stem = pdf.stem
        m = re.match(r"^(cz|sk|hu|pl)[-_](.+)$", stem, re.I)
        if m and not o.get("country"):
            o["country"] = m.group(1).upper()
        o["slug"] = slugify(m.group(2) if m else stem)
        jobs.append((str(pdf), o, limits, str(out_root)))
    return jobs
