"""Render a strategy source (examples/sources/*.txt, tests/pdfs/*.txt) into a realistic PDF.

    python -m generator.pdfmake SRC OUT.pdf

The PDF looks like a municipal strategy: A4, running header and footer with page numbers,
justified paragraphs whose line ends are hyphenated, larger bold headings, bordered tables,
a two-column section (`<<<columns ... >>>`) and image-only pages (`<<<scan ... >>>`, text
drawn into a picture with Pillow, no text layer) so that ingest's OCR path is exercised.
Deterministic: the same source gives the same bytes (fixed creation date, no random ids).
"""

from __future__ import annotations

import datetime
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
FIXED_DATE = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

# Page geometry in mm (A4).
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_X, TOP, BOTTOM = 22.0, 26.0, 26.0
GUTTER = 7.0
BODY_PT, LINE_MM, PARA_GAP = 10.5, 5.3, 2.6
HEADING_PT = {1: 16.0, 2: 13.0, 3: 11.5}
PAGE_LABEL = {  # how each language prints "page N of M" in the footer
    "cs": "Strana {n} z {nb}", "sk": "Strana {n} z {nb}", "hu": "{n}. oldal / {nb}",
    "pl": "Strona {n} z {nb}", "en": "Page {n} of {nb}",
}
VOWELS = set("aeiouyáéíóúůýěäôöőüűąęAEIOUYÁÉÍÓÚŮÝĚÄÔÖŐÜŰĄĘ")


@dataclass(frozen=True)
class Block:
    kind: str  # heading | para | table | columns | scan | pagebreak
    text: str = ""
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()
    children: tuple[Block, ...] = ()


def parse_source(text: str, name: str = "<source>") -> tuple[dict, list[Block]]:
    """Split a source into its YAML head and a list of blocks."""
    if not text.startswith("---\n"):
        raise ValueError(f"{name}:1: a source starts with '---' and a YAML head")
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head) or {}, _blocks(body.splitlines())


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    table: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("para", " ".join(s.strip() for s in para)))
            para.clear()
        if table:
            rows = [tuple(c.strip() for c in r.strip().strip("|").split("|")) for r in table]
            rows = [r for r in rows if not all(re.fullmatch(r":?-{3,}:?", c) for c in r)]
            blocks.append(Block("table", rows=tuple(rows)))
            table.clear()

    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if line.startswith("<<<pagebreak"):
            flush()
            blocks.append(Block("pagebreak"))
        elif line.startswith("<<<"):
            flush()
            kind = line[3:].strip()
            inner = []
            while i < len(lines) and lines[i].strip() != ">>>":
                inner.append(lines[i])
                i += 1
            i += 1
            blocks.append(Block(kind, children=tuple(_blocks(inner))))
        elif m := re.match(r"(#{1,3})\s+(.*)", line):
            flush()
            blocks.append(Block("heading", m.group(2).strip(), level=len(m.group(1))))
        elif line.startswith("|"):
            if para:
                flush()
            table.append(line)
        elif not line.strip():
            flush()
        else:
            if table:
                flush()
            para.append(line)
    flush()
    return blocks


def hyphen_points(word: str) -> list[int]:
    """Positions where `word` may be split at a line end (simple syllable rule, deterministic).

    Split before a consonant followed by a vowel (V-CV) or between two consonants (VC-CV),
    keeping at least three letters on each side; only plain alphabetic words.
    """
    core = word.rstrip(".,;:!?)")
    if len(core) < 7 or not core.isalpha():
        return []
    points = []
    for i in range(3, len(core) - 2):
        a, b, c = core[i - 1], core[i], core[i + 1] if i + 1 < len(core) else ""
        if b not in VOWELS and c in VOWELS and (a in VOWELS or (i >= 2 and core[i - 2] in VOWELS)):
            points.append(i)
    return points


class StrategyPDF(FPDF):
    def __init__(self, head: dict):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.head = head
        self.scans: set[int] = set()  # image-only pages: no header or footer there
        self.add_font("body", "", str(FONT))
        self.add_font("body", "B", str(FONT_BOLD))
        self.set_margins(MARGIN_X, TOP, MARGIN_X)
        self.set_auto_page_break(True, BOTTOM)
        self.set_creation_date(FIXED_DATE)
        self.set_title(str(head.get("title", "")))
        self.set_author(str(head.get("entity", "")))
        self.set_creator("s4s pdfmake")
        self.set_lang(str(head.get("language", "en")))
        self.alias_nb_pages("{nb}")

    def header(self) -> None:
        if self.page_no() in self.scans:
            return
        self.set_font("body", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(MARGIN_X, 11)
        self.cell(PAGE_W - 2 * MARGIN_X, 4, str(self.head.get("header", "")), align="L")
        self.set_draw_color(150, 150, 150)
        self.line(MARGIN_X, 16.5, PAGE_W - MARGIN_X, 16.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(MARGIN_X, TOP)

    def footer(self) -> None:
        if self.page_no() in self.scans:
            return
        self.set_font("body", "", 8)
        self.set_text_color(90, 90, 90)
        self.line(MARGIN_X, PAGE_H - 18, PAGE_W - MARGIN_X, PAGE_H - 18)
        self.set_xy(MARGIN_X, PAGE_H - 16)
        width = PAGE_W - 2 * MARGIN_X
        self.cell(width * 0.75, 4, str(self.head.get("footer", "")), align="L")
        label = PAGE_LABEL.get(self.head.get("language", "en"), PAGE_LABEL["en"])
        self.cell(width * 0.25, 4, label.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0, 0, 0)

    # --- text -------------------------------------------------------------------------

    def break_lines(self, text: str, width: float) -> list[list[str]]:
        """Greedy line breaking with hyphenation at line ends; returns words per line."""
        space = self.get_string_width(" ")
        lines: list[list[str]] = []
        line: list[str] = []
        used = 0.0
        words = text.split()
        while words:
            word = words.pop(0)
            w = self.get_string_width(word)
            extra = w + (space if line else 0)
            if used + extra <= width or not line:
                line.append(word)
                used += extra
                continue
            # Try to hyphenate: largest prefix + '-' that still fits.
            room = width - used - space
            for p in reversed(hyphen_points(word)):
                head = word[:p] + "-"
                if self.get_string_width(head) <= room:
                    line.append(head)
                    words.insert(0, word[p:])
                    break
            else:
                words.insert(0, word)
            lines.append(line)
            line, used = [], 0.0
        if line:
            lines.append(line)
        return lines

    def paragraph(self, text: str, x: float, width: float, bold: bool = False, size: float = BODY_PT,
                  line_h: float = LINE_MM) -> None:
        self.set_font("body", "B" if bold else "", size)
        lines = self.break_lines(text, width)
        for n, words in enumerate(lines):
            # Widow control, as word processors do: a paragraph's last line never stands
            # alone at the top of a page or column.
            need = 2 * line_h if n == len(lines) - 2 and n > 0 else line_h
            if self.get_y() + need > PAGE_H - BOTTOM:
                self.next_area()
                x = self.area_x
            y = self.get_y()
            last = n == len(lines) - 1
            widths = [self.get_string_width(w) for w in words]
            gap = self.get_string_width(" ")
            if not last and len(words) > 1:
                gap = (width - sum(widths)) / (len(words) - 1)
            cx = x
            for w, ww in zip(words, widths, strict=True):
                self.text(cx, y + line_h * 0.75, w)
                cx += ww + gap
            self.set_y(y + line_h)

    # Text areas: a full-width area, or one of two columns.
    area_x = MARGIN_X
    area_w = PAGE_W - 2 * MARGIN_X
    columns: tuple[int, float] | None = None  # (current column 0/1, top y of the column band)

    def next_area(self) -> None:
        if self.columns is not None and self.columns[0] == 0:
            self.columns = (1, self.columns[1])
            self.area_x = MARGIN_X + self.area_w + GUTTER
            self.set_y(self.columns[1])
            return
        self.add_page()
        if self.columns is not None:
            self.columns = (0, self.get_y())
            self.area_x = MARGIN_X

    def heading(self, text: str, level: int, x: float, width: float) -> None:
        size = HEADING_PT.get(level, BODY_PT)
        if self.get_y() + size * 0.9 > PAGE_H - BOTTOM - 15:  # no heading alone at a page end
            self.next_area()
            x = self.area_x
        self.set_y(self.get_y() + (3 if level == 1 else 1.5))
        self.paragraph(text, x, width, bold=True, size=size, line_h=size * 0.5)
        self.set_y(self.get_y() + 2)

    def table_block(self, rows: tuple[tuple[str, ...], ...]) -> None:
        self.set_font("body", "", 9)
        self.set_draw_color(0, 0, 0)
        self.set_x(MARGIN_X)
        with self.table(
            borders_layout="ALL", line_height=4.6, text_align="LEFT", padding=1.2,
            headings_style=FontFace(emphasis="BOLD"), width=PAGE_W - 2 * MARGIN_X,
            col_widths=self.column_widths(rows, PAGE_W - 2 * MARGIN_X),
        ) as table:
            for row in rows:
                r = table.row()
                for cell in row:
                    r.cell(cell)
        self.set_y(self.get_y() + PARA_GAP)

    def column_widths(self, rows: tuple[tuple[str, ...], ...], width: float) -> tuple[float, ...]:
        """Widths that fit each column's longest word (so no word is cut inside a cell, as
        a word processor does), the rest shared by how much text each column holds."""
        cols = max(len(r) for r in rows)
        pad = 2 * 1.2 + 1
        self.set_font("body", "B", 9)  # the widest case: bold heading cells
        least = [max((self.get_string_width(w) + pad for r in rows if i < len(r) for w in r[i].split()),
                     default=pad) for i in range(cols)]
        want = [max((self.get_string_width(r[i]) + pad for r in rows if i < len(r)), default=pad)
                for i in range(cols)]
        self.set_font("body", "", 9)
        spare = width - sum(least)
        if spare <= 0:
            return tuple(least)
        extra = [w - m for w, m in zip(want, least, strict=True)]
        total = sum(extra) or 1.0
        return tuple(m + spare * e / total for m, e in zip(least, extra, strict=True))

    def scan_pages(self, blocks: tuple[Block, ...]) -> None:
        """Pages that are only a picture of text, like a scanned page (no text layer)."""
        for image in scan_images(blocks):
            self.pending_page = False
            self.scans.add(self.page_no() + 1)
            self.add_page()
            self.image(image, x=0, y=0, w=PAGE_W, h=PAGE_H)
        self.pending_page = True

    def render(self, blocks: list[Block]) -> None:
        self.add_page()
        for block in blocks:
            self.render_block(block)

    pending_page = False  # the next block starts a new page (after columns or a scan)

    def render_block(self, block: Block) -> None:
        full = PAGE_W - 2 * MARGIN_X
        if self.pending_page and block.kind not in ("pagebreak", "scan"):
            self.add_page()
            self.pending_page = False
        if block.kind == "heading":
            self.heading(block.text, block.level, MARGIN_X, full)
        elif block.kind == "para":
            self.paragraph(block.text, MARGIN_X, full)
            self.set_y(self.get_y() + PARA_GAP)
        elif block.kind == "table":
            self.table_block(block.rows)
        elif block.kind == "pagebreak":
            if self.get_y() > TOP + 1:
                self.pending_page = True
        elif block.kind == "scan":
            self.scan_pages(block.children)
        elif block.kind == "columns":
            self.columns = (0, self.get_y())
            self.area_w = (full - GUTTER) / 2
            self.area_x = MARGIN_X
            for child in block.children:
                if child.kind == "heading":
                    self.heading(child.text, child.level, self.area_x, self.area_w)
                else:
                    self.paragraph(child.text, self.area_x, self.area_w)
                    self.set_y(self.get_y() + PARA_GAP)
            self.columns = None
            self.area_x, self.area_w = MARGIN_X, full
            self.pending_page = True
        else:
            raise ValueError(f"unknown block <<<{block.kind}")


def scan_images(blocks: tuple[Block, ...], dpi: int = 150) -> list[Image.Image]:
    """Draw paragraphs into A4 greyscale pictures (one per page of text)."""
    px = int(PAGE_W / 25.4 * dpi), int(PAGE_H / 25.4 * dpi)
    margin = int(MARGIN_X / 25.4 * dpi)
    size = {0: 23, 1: 36, 2: 29}
    fonts = {k: ImageFont.truetype(str(FONT_BOLD if k else FONT), v) for k, v in size.items()}
    images: list[Image.Image] = []
    y = 0

    def new_page() -> ImageDraw.ImageDraw:
        """A new blank page (kept in `images`, y at its top) and what draws on it."""
        nonlocal y
        img = Image.new("L", px, 255)
        images.append(img)
        y = int(TOP / 25.4 * dpi)
        return ImageDraw.Draw(img)

    draw = new_page()
    for block in blocks:
        font = fonts[min(block.level, 2)]
        line_h = int(font.size * 1.5)
        words, line = block.text.split(), ""
        out = []
        for word in words:
            trial = f"{line} {word}".strip()
            if font.getlength(trial) > px[0] - 2 * margin and line:
                out.append(line)
                line = word
            else:
                line = trial
        out.append(line)
        for text in out:
            if y + line_h > px[1] - margin:
                draw = new_page()
            draw.text((margin, y), text, font=font, fill=0)
            y += line_h
        y += line_h // 2
    return images


def render_pdf(source: str, name: str = "<source>") -> bytes:
    head, blocks = parse_source(source, name)
    pdf = StrategyPDF(head)
    pdf.render(blocks)
    return bytes(pdf.output())


def image_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print("usage: python -m generator.pdfmake SRC OUT.pdf", file=sys.stderr)
        return 2
    src, out = Path(argv[0]), Path(argv[1])
    data = render_pdf(src.read_text(encoding="utf-8"), str(src))
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
