"""Ingest: test PDFs rendered from tests/pdfs/*.txt come back as faithful strategy files.

Word-level similarity per page is printed (run with -s to see it) and asserted.
"""

from __future__ import annotations

import difflib
import importlib.util
import re
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from generator.cli import main as s4s
from generator.ingest import Limits, ingest_pdf, render_file
from generator.load import load_strategy
from generator.pdfmake import parse_source, render_pdf

SOURCES = sorted((Path(__file__).parent / "pdfs").glob("*.txt"))
HOSTILE = Path(__file__).parent / "hostile" / "pdfs.py"
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def words(text: str) -> list[str]:
    text = re.sub(r"^\s*\|?\s*-{3,}.*$", " ", text, flags=re.M)  # table rules
    return [w.casefold() for w in WORD.findall(text)]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("ingest")
    out = {}
    for src in SOURCES:
        head, _ = parse_source(src.read_text(encoding="utf-8"))
        pdf = root / f"{src.stem}.pdf"
        pdf.write_bytes(render_pdf(src.read_text(encoding="utf-8")))
        overrides = {
            "country": head["country"], "slug": src.stem.split("-", 1)[1], "entity": head["entity"],
            "level": head["level"], "title_en": head["title_en"], "year_adopted": head["year_adopted"],
            "period_start": head["period_start"], "period_end": head["period_end"],
            "source_url": "https://example.org/test.pdf", "example": True,
        }
        meta, text = ingest_pdf(pdf, overrides)
        out[src.stem] = (src, pdf, head, meta, text)
    return out


def page_texts(text: str) -> dict[int, str]:
    parts = re.split(r"^<!-- page (\d+) -->$", text, flags=re.M)
    return {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}


def similarity(page_words: list[str], source_words: list[str]) -> float:
    """Share of the page's words found, in order, in the source text."""
    if not page_words:
        return 1.0
    sm = difflib.SequenceMatcher(None, page_words, source_words, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(page_words)


@pytest.mark.parametrize("name", [s.stem for s in SOURCES])
def test_text_matches_source(ingested, name, tmp_path):
    src, pdf, head, meta, text = ingested[name]
    n = len(pdfium.PdfDocument(pdf))
    assert meta["source_pages"] == n
    pages = page_texts(text)
    assert sorted(pages) == list(range(1, n + 1))
    _, body = src.read_text(encoding="utf-8").split("---\n", 2)[1:]
    source_words = words(re.sub(r"<<<\w+|>>>", " ", body))
    scores = {}
    for number, page in pages.items():
        scores[number] = similarity(words(page), source_words)
    print(f"\n{name}: word similarity per page " + " ".join(f"p{k}={v:.3f}" for k, v in scores.items()))
    for number, score in scores.items():
        limit = 0.85 if number in meta.get("ocr_pages", []) else 0.97
        assert score >= limit, f"{name} page {number}: similarity {score:.3f}"
    # Recall over the document: nearly every source word comes back.
    got = words(text)
    sm = difflib.SequenceMatcher(None, source_words, got, autojunk=False)
    recall = sum(b.size for b in sm.get_matching_blocks()) / len(source_words)
    print(f"{name}: document recall {recall:.3f}")
    assert recall >= 0.95
    # And the file validates.
    path = tmp_path / "examples" / meta["id"].split("-")[0] / (meta["id"].split("-", 1)[1] + ".md")
    path.parent.mkdir(parents=True)
    path.write_text(render_file(meta, text), encoding="utf-8")
    assert load_strategy(path).meta["source_pages"] == n


@pytest.mark.parametrize("name", [s.stem for s in SOURCES])
def test_clean_text(ingested, name):
    src, pdf, head, meta, text = ingested[name]
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("<!--")]
    # No running header or footer, no page number lines.
    assert not any(ln == head["header"] for ln in lines)
    assert head["footer"] not in text
    assert not any(re.fullmatch(r"(strana|strona|page)?\s*\d+( (z|of) \d+)?|\d+\. oldal.*", ln, re.I) for ln in lines)
    # No broken hyphenation, no pdfium hyphen marks, no invisible characters.
    assert not re.search(r"\w-\s+\w", re.sub(r"^\|.*$", "", text, flags=re.M)), "a word split by a line-end hyphen"
    assert not re.search("[\ufffe\x02\u00ad\u200b]", text)
    # Every word of the text is a word of the source (no halves of split words).
    body = src.read_text(encoding="utf-8").split("---\n", 2)[2]
    vocab = set(words(body))
    ocr_pages = set(meta.get("ocr_pages", []))
    for number, page in page_texts(text).items():
        if number not in ocr_pages:
            assert set(words(page)) <= vocab, f"page {number}: {set(words(page)) - vocab}"
    # No one-word lines outside headings and tables.
    one_word = [ln for ln in lines if not ln.startswith(("#", "|")) and len(ln.split()) < 2]
    assert not one_word
    # Headings survive as Markdown headings.
    for level, heading in re.findall(r"^(#{1,2}) (.+)$", body, flags=re.M):
        assert f"{level} {heading}" in text


def test_language_and_metadata(ingested):
    for name, (_src, _pdf, head, meta, _text) in ingested.items():
        assert meta["language"] == head["language"], name
        assert meta["title"] == head["title"], name
        assert re.fullmatch(r"[0-9a-f]{64}", meta["source_sha256"])


def test_columns_in_reading_order(ingested):
    src, pdf, head, meta, text = ingested["cs-testov"]
    first = text.index("Prvním strategickým cílem")
    assert first < text.index("Druhým strategickým cílem") < text.index("Třetím strategickým cílem")


def test_tables_as_pipe_tables(ingested):
    for name, (_src, _pdf, _head, _meta, text) in ingested.items():
        assert re.search(r"^\| .+ \|\n\| --- \| --- \| --- \|$", text, flags=re.M), name


def test_scanned_page_comes_back_through_ocr(ingested):
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    src, pdf, head, meta, text = ingested["cs-testov"]
    assert meta["extraction"] == "mixed"
    assert meta["ocr_pages"] == [3]
    assert "Modernizačního fondu" in page_texts(text)[3]


def test_deterministic(ingested, tmp_path):
    src, pdf, head, meta, text = ingested["sk-skusobne"]
    assert render_pdf(src.read_text(encoding="utf-8")) == pdf.read_bytes()
    meta2, text2 = ingest_pdf(pdf, {k: meta[k] for k in ("country", "entity")} | {"slug": "skusobne"})
    meta3, text3 = ingest_pdf(pdf, {k: meta[k] for k in ("country", "entity")} | {"slug": "skusobne"})
    assert render_file(meta2, text2) == render_file(meta3, text3)
    assert text2 == text


def test_cli_writes_and_rewrites_same_bytes(ingested, tmp_path, capsys):
    src, pdf, head, meta, text = ingested["hu-probavaros"]
    args = [
        "ingest", str(pdf), "--country", "HU", "--slug", "probavaros", "--out-root", str(tmp_path),
        "--entity", "Próbaváros", "--quiet",
    ]
    assert s4s(args) == 0
    first = (tmp_path / "hu" / "probavaros.md").read_bytes()
    assert s4s(args) == 0
    assert (tmp_path / "hu" / "probavaros.md").read_bytes() == first
    assert sorted(p.name for p in (tmp_path / "hu").iterdir()) == ["probavaros.md"]  # no temp files left


def _hostile():
    spec = importlib.util.spec_from_file_location("hostile_pdfs", HOSTILE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(
    "maker", ["corrupt", "truncated", "encrypted", "zero_pages", "not_a_pdf", "html_as_pdf", "empty_file"]
)
def test_bad_input_one_line_error_nothing_written(maker, tmp_path, capsys):
    bad = getattr(_hostile(), maker)(tmp_path / f"{maker}.pdf")
    out = tmp_path / "out"
    rc = s4s(["ingest", str(bad), "--country", "CZ", "--slug", "bad", "--out-root", str(out), "--quiet"])
    err = capsys.readouterr().err.strip()
    assert rc != 0
    assert len(err.splitlines()) == 1 and str(bad) in err, err
    assert not out.exists() or not any(out.rglob("*"))


def test_limits(ingested, tmp_path):
    from generator.errors import IngestError

    src, pdf, head, meta, text = ingested["en-testbury"]
    with pytest.raises(IngestError, match="page limit"):
        ingest_pdf(pdf, {}, Limits(max_pages=1))
    with pytest.raises(IngestError, match="MB limit"):
        ingest_pdf(pdf, {}, Limits(max_mb=0.001))


def test_directory_mode_one_bad_pdf_does_not_stop_others(ingested, tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    for name in ("sk-skusobne", "en-testbury"):
        shutil.copy(ingested[name][1], d / f"{name}.pdf")
    (d / "cz-broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    out = tmp_path / "out"
    rc = s4s(["ingest", str(d), "--country", "PL", "--out-root", str(out), "--quiet", "--jobs", "2"])
    captured = capsys.readouterr()
    assert rc == 1
    assert "cz-broken.pdf" in captured.err
    assert "ingested 2 of 3" in captured.out
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.md")) == ["pl/en-testbury.md", "pl/skusobne.md"]


def test_missing_tesseract_message_and_other_pages_kept(ingested, monkeypatch):
    import generator.ingest as ing

    monkeypatch.setattr(ing.shutil, "which", lambda name: None)
    src, pdf, head, meta, text = ingested["cs-testov"]
    warnings: list[str] = []
    meta2, text2 = ing.ingest_pdf(pdf, {"country": "CZ", "slug": "testov"}, warnings=warnings)
    assert any("apt-get install tesseract-ocr tesseract-ocr-ces" in w and str(pdf) in w for w in warnings)
    assert "ocr_pages" not in meta2
    pages = page_texts(text2)
    assert pages[3].strip() == "" and pages[1] == page_texts(text)[1]


def test_junk_metadata_titles_are_ignored():
    from generator.ingest import metadata_title

    assert metadata_title({"Title": "Microsoft Word - strategie_final.docx"}) is None
    assert metadata_title({"Title": "strategie_v3.pdf"}) is None
    assert metadata_title({"Title": "Strategie Smart City Písek"}) == "Strategie Smart City Písek"


def test_draft_strategy_in_memory(ingested, tmp_path):
    from generator.ingest import ingest_to_strategy

    src, pdf, head, meta, text = ingested["en-testbury"]
    strategy = ingest_to_strategy(pdf)
    assert [p.number for p in strategy.pages] == list(range(1, meta["source_pages"] + 1))
    assert "Strategic objectives" in strategy.text


def test_decompression_bomb_and_page_limit_refused(tmp_path):
    from generator.errors import IngestError

    hostile = _hostile()
    bomb = hostile.decompression_bomb(tmp_path / "bomb.pdf", expanded_mb=30)
    with pytest.raises(IngestError, match="decompression bomb") as exc:
        ingest_pdf(bomb, {}, Limits(max_stream_mb=20))
    assert str(bomb) in str(exc.value)
    many = hostile.many_pages(tmp_path / "many.pdf", pages=60)
    with pytest.raises(IngestError, match="page limit"):
        ingest_pdf(many, {}, Limits(max_pages=50))


def test_interleaved_columns_are_reordered():
    from generator.ingest import Line, PageText, reading_order

    lines = []
    for k in range(6):  # a maker that writes both columns row by row
        lines.append(Line(f"L{k}", 50, 280, 100 + k * 15, 110 + k * 15, 10, False))
        lines.append(Line(f"R{k}", 310, 540, 100 + k * 15, 110 + k * 15, 10, False))
    order = [ln.text for ln in reading_order(PageText(1, 842, 595), lines)]
    assert order == [f"L{k}" for k in range(6)] + [f"R{k}" for k in range(6)]
