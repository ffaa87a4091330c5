"""The strategy front matter: one declared field table, a docstring per field.

The same table validates files (`s4s validate`) and is exported as JSON Schema (`s4s schema`)
so that editors check front matter while contributors type.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

COUNTRIES = ("CZ", "SK", "HU", "PL")
LANGUAGES = ("cs", "sk", "hu", "pl", "en")
LEVELS = ("municipality", "city", "region", "metropolitan-area")
EXTRACTIONS = ("text-layer", "ocr", "mixed", "awaited")

ID_PATTERN = r"^(cz|sk|hu|pl)-[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
NUTS_PATTERN = r"^(CZ|SK|HU|PL)[0-9A-Z]{0,3}$"
LAU_PATTERN = r"^[0-9A-Z]{1,12}$"
FIRST_YEAR = 1990  # no V4 smart strategy predates the 1990s


@dataclass(frozen=True)
class Limits:
    """Size limits for strategy files: documented in the README and overridable in tests."""

    max_file_bytes: int = 20 * 1024 * 1024  # the extracted text of a 2,000-page PDF fits
    max_front_matter_bytes: int = 64 * 1024
    max_text_field: int = 500  # titles, entity names
    max_long_field: int = 4000  # notes, adopted_by
    max_pages: int = 5000


LIMITS = Limits()


@dataclass(frozen=True)
class Field:
    """One front matter field."""

    kind: str  # "str" | "int" | "number" | "bool" | "list[int]"
    description: str
    required: bool = True
    required_when_ingested: bool = False  # required unless extraction is "awaited"
    choices: tuple[str, ...] = ()
    pattern: str = ""
    minimum: float | None = None
    maximum: float | None = None
    long: bool = False  # uses the long text limit
    check: Callable[[Any], str | None] | None = field(default=None, repr=False)


def _url(value: str) -> str | None:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
        return "must be an http:// or https:// address"
    return None


def _year(value: int) -> str | None:
    last = datetime.date.today().year + 1
    if not FIRST_YEAR <= value <= last:
        return f"must be a year between {FIRST_YEAR} and {last}"
    return None


def _period_year(value: int) -> str | None:
    if not FIRST_YEAR <= value <= 2100:
        return f"must be a year between {FIRST_YEAR} and 2100"
    return None


FIELDS: dict[str, Field] = {
    "id": Field(
        "str",
        "Unique id: the country code in lower case, a hyphen and the file name without .md "
        "(e.g. 'cz-pisek' for strategies/cz/pisek.md).",
        pattern=ID_PATTERN,
    ),
    "entity": Field("str", "Name of the municipality, city, region or metropolitan area, as it names itself."),
    "country": Field("str", "Country code: CZ, SK, HU or PL.", choices=COUNTRIES),
    "level": Field(
        "str",
        "Level of government: municipality, city, region or metropolitan-area.",
        choices=LEVELS,
    ),
    "title": Field("str", "Title of the strategy in its original language, as printed on it."),
    "title_en": Field("str", "Title of the strategy in English (a translation when none is printed)."),
    "language": Field(
        "str", "Language of the text: cs, sk, hu, pl or en.", choices=LANGUAGES
    ),
    "year_adopted": Field(
        "int",
        "Year the strategy was adopted (or published, when adoption is not known).",
        required=False,
        required_when_ingested=True,
        check=_year,
    ),
    "period_start": Field(
        "int", "First year of the period the strategy covers.", required=False,
        required_when_ingested=True, check=_period_year,
    ),
    "period_end": Field(
        "int", "Last year of the period the strategy covers.", required=False,
        required_when_ingested=True, check=_period_year,
    ),
    "adopted_by": Field(
        "str", "Adopting body and resolution, e.g. 'Zastupitelstvo města, usnesení č. 171/15'.",
        required=False, long=True,
    ),
    "source_url": Field("str", "Public address of the source document (http or https).", check=_url),
    "source_sha256": Field(
        "str", "SHA-256 of the source PDF, 64 lower-case hex digits (ingest fills it).",
        required=False, required_when_ingested=True, pattern=SHA256_PATTERN,
    ),
    "source_pages": Field(
        "int", "Number of pages of the source PDF (ingest fills it); equals the page markers.",
        required=False, required_when_ingested=True, minimum=1, maximum=LIMITS.max_pages,
    ),
    "extraction": Field(
        "str",
        "How the text was obtained: text-layer, ocr, mixed (some pages OCR'd), or awaited "
        "(a real strategy whose text has not been ingested yet: listed, never scored).",
        choices=EXTRACTIONS,
    ),
    "ocr_pages": Field(
        "list[int]", "Pages whose text came from OCR (ingest fills it).", required=False
    ),
    "example": Field(
        "bool", "true for the fictional example strategies in examples/; never for real ones.",
        required=False,
    ),
    "population": Field("int", "Number of inhabitants, where known.", required=False, minimum=0),
    "lau_code": Field("str", "LAU code of the municipality, where known.", required=False, pattern=LAU_PATTERN),
    "nuts_code": Field("str", "NUTS code of the region, where known.", required=False, pattern=NUTS_PATTERN),
    "latitude": Field("number", "Latitude in degrees (WGS 84).", required=False, minimum=-90, maximum=90),
    "longitude": Field("number", "Longitude in degrees (WGS 84).", required=False, minimum=-180, maximum=180),
    "notes": Field("str", "Free notes for readers: what is known, what is missing.", required=False, long=True),
    "ingest_tool": Field("str", "The tool and version that made the text (ingest fills it).", required=False),
}


def check_value(name: str, spec: Field, value: Any, limits: Limits = LIMITS) -> str | None:
    """Return a message when `value` does not fit `spec`, else None."""
    if not _KIND_OK[spec.kind](value):
        return f"'{name}' must be {_KIND_NAMES[spec.kind]}, not {_type_name(value)}"
    if spec.kind == "str":
        if not value.strip():
            return f"'{name}' must not be empty"
        limit = limits.max_long_field if spec.long else limits.max_text_field
        if len(value) > limit:
            return f"'{name}' is longer than {limit} characters"
        if _HIDING.search(value):
            return f"'{name}' contains a NUL or a text-direction override character"
    if spec.choices and value not in spec.choices:
        return f"'{name}' must be one of {', '.join(spec.choices)}, not '{value}'"
    if spec.pattern and not _compiled(spec.pattern).match(value):
        return f"'{name}' is malformed: '{_short(value)}'"
    if spec.minimum is not None and value < spec.minimum:
        return f"'{name}' must be at least {spec.minimum:g}"
    if spec.maximum is not None and value > spec.maximum:
        return f"'{name}' must be at most {spec.maximum:g}"
    if spec.check is not None:
        message = spec.check(value)
        if message:
            return f"'{name}' {message}"
    return None


# Worked out once, not for every value of every file.
_KIND_OK: dict[str, Callable[[Any], bool]] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "list[int]": lambda v: isinstance(v, list) and all(isinstance(i, int) and not isinstance(i, bool) for i in v),
}
_HIDING = re.compile("[\x00\u202e\u202d\u2066\u2067\u2068]")  # NUL, direction overrides
_compiled = functools.lru_cache(maxsize=64)(re.compile)


_KIND_NAMES = {
    "str": "text",
    "int": "a whole number",
    "number": "a number",
    "bool": "true or false",
    "list[int]": "a list of page numbers",
}


def _type_name(value: Any) -> str:
    return {
        str: "text", int: "a number", float: "a number", bool: "true/false", list: "a list",
        dict: "a mapping", type(None): "empty",
    }.get(type(value), type(value).__name__)


def _short(value: str, n: int = 60) -> str:
    return value if len(value) <= n else value[:n] + "…"


def json_schema() -> dict[str, Any]:
    """The front matter as JSON Schema (draft 2020-12), generated from FIELDS."""
    props: dict[str, Any] = {}
    for name, spec in FIELDS.items():
        prop: dict[str, Any] = {"description": spec.description}
        # (typed: the literal alone is a dict of `object`, which update() does not take)
        kinds: dict[str, dict[str, Any]] = {
            "str": {"type": "string", "minLength": 1},
            "int": {"type": "integer"},
            "number": {"type": "number"},
            "bool": {"type": "boolean"},
            "list[int]": {"type": "array", "items": {"type": "integer", "minimum": 1}},
        }
        prop.update(kinds[spec.kind])
        if spec.kind == "str":
            prop["maxLength"] = LIMITS.max_long_field if spec.long else LIMITS.max_text_field
        if spec.choices:
            prop["enum"] = list(spec.choices)
        if spec.pattern:
            prop["pattern"] = spec.pattern
        if spec.minimum is not None:
            prop["minimum"] = spec.minimum
        if spec.maximum is not None:
            prop["maximum"] = spec.maximum
        if name == "source_url":
            prop["pattern"] = "^https?://[^\\s/]+"
        if name in ("year_adopted", "period_start", "period_end"):
            prop["minimum"] = FIRST_YEAR
            prop["maximum"] = 2100
        props[name] = prop
    ingested = [n for n, s in FIELDS.items() if s.required_when_ingested]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://s4s.example/schema/strategy-front-matter.json",
        "title": "V4 SMART strategy: front matter",
        "description": "YAML front matter of strategies/<cc>/<slug>.md (see README, 'Add a strategy').",
        "type": "object",
        "properties": props,
        "required": [n for n, s in FIELDS.items() if s.required],
        "additionalProperties": True,  # unknown fields are warnings, errors only under --strict
        "if": {"not": {"properties": {"extraction": {"const": "awaited"}}}},
        "then": {"required": ingested},
    }
