"""The plain data that flows between the stages.

load -> Strategy; concept -> Concept; score(Strategy, Concept) -> Assessment.
Every stage takes and returns these; none of them knows about the CLI or the site.
All containers are ordered (lists, dicts built in a fixed order) so output is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

LANGUAGES = ("en", "cs", "sk", "hu", "pl")
"""The five languages every concept text and lexicon is written in (English first)."""

COUNTRIES = ("CZ", "SK", "HU", "PL")

STATUSES = ("met", "partial", "missing")


@dataclass(frozen=True)
class Page:
    """One page of a strategy's extracted text."""

    number: int  # 1-based page number of the source PDF
    text: str  # the page's text, Markdown-ish (headings as '#', paragraphs split by blank lines)
    line: int  # line in the strategy file where the page marker stands (for messages)


@dataclass(frozen=True)
class Strategy:
    """A strategy file: validated front matter plus its pages."""

    path: Path
    meta: dict[str, Any]  # validated front matter, keys as in generator.schema.FIELDS
    pages: Sequence[Page]  # a tuple, or incremental.LazyPages (read from the file when first needed)

    @property
    def id(self) -> str:
        return self.meta["id"]

    @property
    def language(self) -> str:
        return self.meta["language"]

    @property
    def country(self) -> str:
        return self.meta["country"]

    @property
    def is_example(self) -> bool:
        return bool(self.meta.get("example", False))

    @property
    def awaited(self) -> bool:
        """True for a real strategy whose text has not been ingested yet (never scored)."""
        return self.meta.get("extraction") == "awaited"

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


# --- concept ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Criterion:
    """One thing a strategy is checked for: a SMART Concept criterion, an SDG or an EGD area.

    Texts are dicts keyed by language code (all of LANGUAGES).
    """

    id: str  # stable id, e.g. "S-INDICATORS", "C-C4", "SDG-7", "EGD-ENERGY"
    framework: str  # "concept" | "sdg" | "egd"
    area: str  # group id used for profiles (concept: "structure" or a pillar id; sdg/egd: own id)
    title: dict[str, str]
    description: dict[str, str]
    terms: dict[str, tuple[str, ...]]  # detection terms per language, base forms, phrases allowed
    weight: float = 1.0
    met: int = 3  # distinct evidence passages needed for "met"
    partial: int = 1  # distinct evidence passages needed for "partial"
    recommendation: dict[str, str] = field(default_factory=dict)
    source: str = ""  # where this criterion comes from (document, page or address)
    own_grouping: bool = False  # True where the grouping is this project's, not the source's
    extra: dict[str, Any] = field(default_factory=dict)  # framework-specific data (targets, ...)


@dataclass(frozen=True)
class Area:
    """A group of criteria (a structure part, a pillar, ...), for profiles and charts."""

    id: str
    framework: str
    title: dict[str, str]
    parent: str | None = None
    source: str = ""
    own_grouping: bool = False


@dataclass(frozen=True)
class Concept:
    """All frameworks a strategy is scored against, as loaded from concept/."""

    criteria: tuple[Criterion, ...]  # every criterion of every framework, in file order
    areas: tuple[Area, ...]
    meta: dict[str, Any]  # origin of each framework (document, year, adopting body), crosswalk, ...
    digest: str  # SHA-256 over the concept files: part of the assessment cache key

    def framework(self, name: str) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.framework == name)


# --- assessment -------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """One passage that supports a finding."""

    page: int
    quote: str  # at most ~300 characters of the passage, plain text (escaped when shown)
    terms: tuple[str, ...]  # the concept terms (as written in the lexicon) that matched
    spans: tuple[tuple[int, int], ...] = ()  # character offsets of the matches inside quote


@dataclass(frozen=True)
class Finding:
    """The result for one criterion."""

    criterion: str  # Criterion.id
    status: str  # one of STATUSES
    evidence: tuple[Evidence, ...]
    recommendation: dict[str, str] = field(default_factory=dict)  # strategy language + "en"; empty when met

    @property
    def evidence_count(self) -> int:
        return len(self.evidence)


@dataclass(frozen=True)
class Assessment:
    """Everything the site and the reports show about one strategy."""

    strategy_id: str
    language: str
    score: float  # weighted compliance with the SMART Concept, 0-100
    areas: dict[str, float]  # area id -> 0-100
    concept: tuple[Finding, ...]
    sdg: tuple[Finding, ...]
    egd: tuple[Finding, ...]


class FindingSummary(NamedTuple):
    """A finding without its evidence passages: what tables and charts count."""

    criterion: str
    status: str
    evidence_count: int


@dataclass(frozen=True)
class AssessmentSummary:
    """An Assessment without evidence and recommendations: enough for every table, chart and
    aggregate page, and a fraction of the cost to read back from the cache.

    Findings are (criterion, status, evidence count) tuples: FindingSummary from `summarise`,
    plain tuples of the same three fields from the cache (`finding_rows` reads either)."""

    strategy_id: str
    language: str
    score: float
    areas: dict[str, float]
    concept: tuple[FindingSummary, ...]
    sdg: tuple[FindingSummary, ...]
    egd: tuple[FindingSummary, ...]


AssessmentLike = Assessment | AssessmentSummary
"""What tables, charts and the plan documents read of an assessment: the full one or its summary."""


def summarise(a: Assessment) -> AssessmentSummary:
    def brief(findings: tuple[Finding, ...]) -> tuple[FindingSummary, ...]:
        return tuple(FindingSummary(f.criterion, f.status, len(f.evidence)) for f in findings)

    return AssessmentSummary(a.strategy_id, a.language, a.score, dict(a.areas), brief(a.concept), brief(a.sdg), brief(a.egd))


def finding_rows(findings: tuple) -> tuple[tuple[str, str, int], ...]:
    """(criterion, status, evidence count) of each finding, from Findings or summary tuples."""
    if findings and not isinstance(findings[0], tuple):
        return tuple((f.criterion, f.status, len(f.evidence)) for f in findings)
    return findings

