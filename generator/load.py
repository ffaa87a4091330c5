"""Read a strategy file: `load_strategy(path) -> Strategy`.

`check_strategy` does the same work but returns every problem instead of raising, so that
`s4s validate` can report all of them in one run.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path, PurePath, PurePosixPath

from generator.errors import Problem, ValidationError
from generator.models import Page, Strategy
from generator.schema import FIELDS, LIMITS, SLUG_PATTERN, Limits, check_value
from generator.yamlsafe import parse_mapping

PAGE_MARKER = re.compile(r"^<!-- page (\d+) -->\s*$")  # one line
# A line '---' (trailing whitespace allowed) after a line break, found in the whole text:
# `[^\S\n]` is any whitespace but the line break; the leading '\n' lets the regex engine
# skip to candidates instead of trying every position.
_FENCE = re.compile(r"\n---[^\S\n]*$", re.MULTILINE)
_NON_SPACE = re.compile(r"\S")
COLLECTIONS = {"strategies": False, "examples": True}  # folder -> files there are examples


def load_strategy(path: str | Path, limits: Limits = LIMITS, strict: bool = False) -> Strategy:
    """Load and validate one strategy file; raise ValidationError with all its problems."""
    strategy, problems = check_strategy(path, limits=limits, strict=strict)
    errors = [p for p in problems if p.severity == "error"]
    if errors or strategy is None:
        raise ValidationError(problems)
    return strategy


def check_strategy(
    path: str | Path, limits: Limits = LIMITS, strict: bool = False, root: Path | None = None
) -> tuple[Strategy | None, list[Problem]]:
    """Validate one strategy file. Returns the Strategy (None when unusable) and all problems."""
    raw, shown, location, problems = read_strategy(path, limits, root)
    if raw is None:
        return None, problems
    # Path(path): Strategy.path is a Path, also for a path given as text
    return parse_strategy(raw, shown, location, limits=limits, strict=strict, path=Path(path))


def read_strategy(
    path: str | Path, limits: Limits = LIMITS, root: Path | None = None
) -> tuple[bytes | None, str, tuple[str, str, str] | None, list[Problem]]:
    """The bytes of a strategy file (None, with the problem, when too large or unreadable),
    the path as shown in messages and its (collection, cc, slug) location."""
    path = Path(path)
    rel = _relative(path.resolve(), root)  # once: resolving walks every folder of the path
    shown = rel.as_posix() if rel is not None else str(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            return None, shown, None, [
                Problem(shown, 0, f"file is larger than {limits.max_file_bytes} bytes; split or shorten the text")]
        raw = path.read_bytes()
    except OSError as exc:
        return None, shown, None, [Problem(shown, 0, f"cannot read the file: {exc.strerror}")]
    return raw, shown, _place(path, rel), []


def parse_strategy(
    raw: bytes,
    shown: str,
    location: tuple[str, str, str] | None,
    limits: Limits = LIMITS,
    strict: bool = False,
    path: Path | None = None,
) -> tuple[Strategy | None, list[Problem]]:
    """Validate the bytes of a strategy file.

    `location` is (collection, cc, slug) from the file's path, or None when the file is not
    where strategy files belong.
    """
    problems: list[Problem] = []

    def add(line: int, message: str, severity: str = "error") -> None:
        problems.append(Problem(shown, line, message, severity))

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        add(line, "text is not UTF-8; save the file as UTF-8")
        return None, problems
    if text.startswith("\ufeff"):
        text = text[1:]
    if b"\0" in raw:  # the same test as on the text (UTF-8 writes NUL as that byte alone), much faster
        add(text[: text.index("\x00")].count("\n") + 1, "the file contains a NUL character")
        return None, problems

    # Lines are found in the text itself, not split out: a file is hundreds of lines, and
    # only the fences and page markers matter.
    first_break = text.find("\n")
    if (text if first_break < 0 else text[:first_break]).rstrip() != "---":
        add(1, "the file must start with '---' and YAML front matter")
        return None, problems
    fence = _FENCE.search(text, first_break) if first_break >= 0 else None
    if fence is None:
        add(1, "front matter is not closed: add a line '---' after it")
        return None, problems
    fence_start = fence.start() + 1
    end = text.count("\n", 0, fence_start)  # the closing line's index

    parsed = parse_mapping(
        text[first_break + 1 : fence_start - 1], shown, first_line=2, max_bytes=limits.max_front_matter_bytes
    )
    problems.extend(parsed.problems)
    if parsed.data is None:
        return None, problems
    meta = parsed.data
    key_line = parsed.lines

    def line_of(name: str) -> int:
        return key_line.get(name, 1)

    # Fields: unknown ones, required ones, types and values.
    for name in meta:
        if name not in FIELDS:
            add(line_of(name), f"unknown field '{name}'", "error" if strict else "warning")
    awaited = meta.get("extraction") == "awaited"
    for name, spec in FIELDS.items():
        if name not in meta or meta[name] is None:
            if spec.required or (spec.required_when_ingested and not awaited):
                add(end + 1 if name not in meta else line_of(name), f"required field '{name}' is missing")
            continue
        message = check_value(name, spec, meta[name], limits)
        if message:
            add(line_of(name), message)

    _check_relations(meta, line_of, add, location)
    pages = _check_body(text, fence.end() + 1, end, meta, awaited, line_of, add, limits)
    if any(p.severity == "error" for p in problems):
        return None, problems
    strategy = Strategy(path=path or Path(shown), meta=meta, pages=tuple(pages))
    return strategy, problems


def _check_relations(meta, line_of, add, location) -> None:
    """Checks between fields, and between fields and the file's place."""
    start, end_year = meta.get("period_start"), meta.get("period_end")
    if isinstance(start, int) and isinstance(end_year, int) and start > end_year:
        add(line_of("period_end"), f"period ends ({end_year}) before it starts ({start})")
    adopted = meta.get("year_adopted")
    if isinstance(adopted, int) and isinstance(end_year, int) and adopted > end_year:
        add(line_of("year_adopted"), f"adopted in {adopted}, after the period it covers ends ({end_year})")

    if location is None:
        add(0, "a strategy file must be at strategies/<cc>/<slug>.md (or examples/<cc>/<slug>.md)")
        return
    collection, cc, slug = location
    if cc not in ("cz", "sk", "hu", "pl"):
        add(0, f"folder '{collection}/{cc}' is not a country: use cz, sk, hu or pl")
    if not re.match(SLUG_PATTERN, slug):
        add(0, f"file name '{slug}.md' must be lower-case letters, digits and hyphens")
    expected = f"{cc}-{slug}"
    if isinstance(meta.get("id"), str) and meta["id"] != expected:
        add(line_of("id"), f"id '{meta['id']}' does not match the file's place: expected '{expected}'")
    country = meta.get("country")
    valid_country = isinstance(country, str) and country in ("CZ", "SK", "HU", "PL")
    if valid_country and country.lower() != cc and cc in ("cz", "sk", "hu", "pl"):
        add(line_of("country"), f"country '{country}' does not match the folder '{collection}/{cc}'")
    is_example = COLLECTIONS[collection]
    if bool(meta.get("example", False)) != is_example:
        if is_example:
            add(line_of("example") if "example" in meta else 1, "files in examples/ must say 'example: true'")
        else:
            add(line_of("example"), "'example: true' belongs only to files in examples/")


def _check_body(text, start, end, meta, awaited, line_of, add, limits) -> list[Page]:
    """Page markers in order from 1, a page count that matches them, and some text.

    The body is `text[start:]`, from the line after the closing '---' (line index `end`).
    """
    line = end  # index of the line at `start - 1`, counted on from marker to marker
    at = start - 1
    chunks: list[tuple[int, int, int, int]] = []  # (number, marker line, text start, text end)
    first_marker = len(text)
    # Candidates by a plain search (fast): a marker is at a line's start and is the whole line.
    candidate = text.find("<!-- page ", start)
    while candidate >= 0:
        line_end = text.find("\n", candidate)
        line_end = len(text) if line_end < 0 else line_end
        found = PAGE_MARKER.match(text[candidate:line_end]) if text[candidate - 1] == "\n" else None
        if found:
            line += text.count("\n", at, candidate)
            at = candidate
            if chunks:
                chunks[-1] = (*chunks[-1][:3], at - 1)  # the previous page ends before this line
            else:
                first_marker = candidate
            number = int(found.group(1))
            expected = len(chunks) + 1
            chunks.append((number, line + 1, line_end + 1, len(text)))
            if number != expected:
                add(line + 1, f"page marker {number} is out of order: expected page {expected}")
        candidate = text.find("<!-- page ", line_end)
    # The first line with any text before the first marker, if there is one.
    first_text = _NON_SPACE.search(text, start, first_marker)
    before = text.count("\n", 0, first_text.start()) + 1 if first_text else 0
    bodies = [text[body_start:body_end] for _, _, body_start, body_end in chunks]

    has_text = any(_NON_SPACE.search(body) for body in bodies)
    if awaited:
        if chunks or before:
            add(end + 2, "extraction is 'awaited' but the file has text; set how the text was obtained")
        return []
    if before:
        add(before, "text before the first page marker '<!-- page 1 -->'")
    if not chunks:
        add(end + 2 if start <= len(text) else end + 1, "no page markers: each page must start with '<!-- page N -->'")
        return []
    if not has_text:
        add(chunks[0][1], "the text is empty: ingest the PDF again or mark it 'extraction: awaited'")
    declared = meta.get("source_pages")
    if isinstance(declared, int) and not isinstance(declared, bool) and declared != len(chunks):
        add(line_of("source_pages"), f"source_pages is {declared} but the text has {len(chunks)} page markers")
    ocr = meta.get("ocr_pages")
    if isinstance(ocr, list):
        outside = [p for p in ocr if isinstance(p, int) and not 1 <= p <= len(chunks)]
        if outside:
            add(line_of("ocr_pages"), f"ocr_pages names pages that do not exist: {outside}")
    if len(chunks) > limits.max_pages:
        add(chunks[0][1], f"more than {limits.max_pages} pages")
    return [
        Page(number=number, text=body.strip("\n"), line=marker_line)
        for (number, marker_line, _, _), body in zip(chunks, bodies, strict=True)
    ]


def _place(path: Path, rel: PurePath | None) -> tuple[str, str, str] | None:
    """(collection, cc, slug) when the path is <root>/strategies|examples/<cc>/<slug>.md;
    `rel` is the path relative to the project root (None when outside it)."""
    if rel is None:
        if len(path.parts) < 3:
            return None
        rel = PurePosixPath(*path.parts[-3:])
    parts = rel.parts
    if len(parts) != 3 or parts[0] not in COLLECTIONS or not parts[2].endswith(".md"):
        return None
    return parts[0], parts[1], parts[2][: -len(".md")]


def _relative(resolved: Path, root: Path | None) -> Path | None:
    """A resolved path relative to the (resolved) project root; None when outside it."""
    try:
        return resolved.relative_to(_resolved(root or Path.cwd()))
    except ValueError:
        return None


@lru_cache(maxsize=16)
def _resolved(root: Path) -> Path:
    """The project root, resolved once (a build resolves it for every file otherwise)."""
    return root.resolve()
