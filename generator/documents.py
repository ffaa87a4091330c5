"""The V4 plan documents and the methodology page: Markdown templates filled from the data.

`content/plan/*.md` and `content/methodology.md` are maintainers' Jinja templates. Every
figure and table in them comes from `build_context(...)`, which computes them with pandas
from the same strategies and assessments as the open data, so a document never states a
number that the data does not support.

Strategy text and metadata are data only: they reach a document as already-escaped cells of
tables built here (`md_cell`), never as template source. The Jinja environment autoescapes
every other value and uses StrictUndefined, so a placeholder that names missing data stops
the build with `content/<document>:<line>: ...`.

Two phases, as elsewhere: `build_context` gathers everything, `render_documents` writes.
PDFs are made from the rendered Markdown (`render_document_pdfs`), so the web page and the
PDF say the same thing.

CLI: `python -m generator.documents refresh-accuracy` re-measures SDG detection on the
development set (with the same rule `s4s classify` applies) and writes
content/data/sdg-accuracy.json, which the methodology page reads.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import html
import json
import math
import numbers
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, TypedDict

import jinja2
import pandas as pd
from markupsafe import Markup

from generator.errors import BuildError
from generator.models import COUNTRIES, STATUSES, AssessmentLike, Concept, Strategy, finding_rows

CONTENT = Path("content")
ACCURACY_FILE = CONTENT / "data" / "sdg-accuracy.json"
EVAL_DIR = Path(__file__).resolve().parent.parent / "eval"
# The held-out SDG set shown on the methodology page: the latest one, measured once before any
# change could be guided by it (earlier sets have since been used for development; their
# first measurements are in their README files and on the methodology page).
HELD_OUT_LANGUAGES = {"en": "English", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "pl": "Polish"}
NATIONAL_DIR = Path("concept") / "national"
EVAL_DATA = "shared/data/eval/sdg-benchmark-dev.csv"

# The structure criteria every national framework is mapped to (PLAN.md, fixed interface).
STRUCTURE_CRITERIA = (
    "S-ANALYSIS", "S-VISION", "S-GOALS", "S-MEASURES", "S-INDICATORS", "S-ACTIONPLAN",
    "S-FINANCING", "S-GOVERNANCE", "S-PARTICIPATION", "S-MONITORING", "S-LINKS",
)
STATUS_POINTS = {"met": 1.0, "partial": 0.5, "missing": 0.0}  # for "share of points" columns
COUNTRY_NAMES = {"CZ": "Czechia", "SK": "Slovakia", "HU": "Hungary", "PL": "Poland"}
TOP_GAPS = 5  # gaps listed per country and framework in the V4 strategy plan

EXAMPLE_NOTE = (
    "These figures include {n} fictional example strateg{ies} (marked \u201cexample\u201d); "
    "they show how the method works and say nothing about real V4 cities."
)


# --- escaping ---------------------------------------------------------------------------

_MD_ENTITIES = str.maketrans({ch: f"&#{ord(ch)};" for ch in "|\\[]{}*_`"})


def md_cell(value: Any) -> str:
    """A value as one Markdown table cell: HTML escaped, pipes and line breaks neutralised.

    Strategy-derived text (names, titles) passes through here before it reaches a page.
    Values that recur (countries, statuses, scores: half of the collection table's 45,000
    cells at 5,000 strategies) are escaped once.
    """
    if value is None:
        return ""
    try:
        return _md_cell_once(value)
    except TypeError:  # an unhashable value
        return _md_cell(value)


@lru_cache(maxsize=65536, typed=True)
def _md_cell_once(value: Any) -> str:
    return _md_cell(value)


_BREAKS = re.compile(r"[\r\n\t]+")


def _md_cell(value: Any) -> str:
    if isinstance(value, float):
        text = f"{value:.1f}"
    else:
        text = str(value)
    text = html.escape(text, quote=True)  # & < > " '
    text = _BREAKS.sub(" ", text)
    # Markdown-active characters become numeric entities: a pipe cannot split the cell, a
    # backslash cannot escape it, brackets cannot form a link ([x](javascript:...)), * _ `
    # cannot format, braces cannot look like a placeholder. Entities render as the character.
    return text.translate(_MD_ENTITIES).strip()


def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], align: Sequence[str] = ()) -> Markup:
    """A Markdown pipe table from plain rows; every cell escaped with md_cell."""
    rows = list(rows)
    align = list(align) or ["l"] * len(headers)
    sep = {"l": "---", "r": "---:", "c": ":---:"}
    lines = [
        "| " + " | ".join(md_cell(h) for h in headers) + " |",
        "| " + " | ".join(sep[a] for a in align) + " |",
    ]
    for row in rows:
        lines.append("| " + " | ".join(md_cell(c) for c in row) + " |")
    if not rows:
        lines.append("| " + " | ".join(["\u2013"] * len(headers)) + " |")
    return Markup("\n".join(lines))


def pct(part: float, whole: float) -> float:
    """A percentage with one decimal (0 when the whole is 0), the rounding used everywhere."""
    return round(100.0 * part / whole, 1) if whole else 0.0


# --- frames -----------------------------------------------------------------------------

def strategy_status(strategy: Strategy, scored: bool) -> str:
    """Collection status shown in Task-03: example, text awaited, scored (or not yet scored)."""
    if strategy.is_example:
        return "example"
    if strategy.awaited:
        return "text awaited"
    return "scored" if scored else "not yet scored"


def strategies_frame(strategies: Sequence[Strategy], assessments: Mapping[str, AssessmentLike]) -> pd.DataFrame:
    """One row per strategy: metadata, collection status and score (NaN when not scored)."""
    rows = []
    for s in strategies:
        a = assessments.get(s.id)
        m = s.meta
        rows.append({
            "id": s.id,
            "entity": m.get("entity", ""),
            "country": s.country,
            "level": m.get("level", ""),
            "language": s.language,
            "title": m.get("title", ""),
            "title_en": m.get("title_en", ""),
            "year_adopted": m.get("year_adopted"),
            "example": s.is_example,
            "status": strategy_status(s, a is not None),
            "score": round(a.score, 1) if a is not None else float("nan"),
        })
    cols = ["id", "entity", "country", "level", "language", "title", "title_en",
            "year_adopted", "example", "status", "score"]
    return pd.DataFrame(rows, columns=cols).sort_values(["country", "id"], kind="stable").reset_index(drop=True)


def findings_frame(strategies: Sequence[Strategy], assessments: Mapping[str, AssessmentLike]) -> pd.DataFrame:
    """One row per (scored strategy, criterion): the same long table the open data publishes,
    in strategy and assessment order. Built column by column (one dict per row took a third
    of the plan documents' time at thousands of strategies)."""
    cols = ["strategy_id", "country", "example", "framework", "criterion", "status", "evidence"]
    columns: dict[str, list] = {c: [] for c in cols}
    for s in strategies:
        a = assessments.get(s.id)
        if a is None:
            continue
        for framework, items in (("concept", a.concept), ("sdg", a.sdg), ("egd", a.egd)):
            rows = finding_rows(items)
            n = len(rows)
            columns["strategy_id"] += [s.id] * n
            columns["country"] += [s.country] * n
            columns["example"] += [s.is_example] * n
            columns["framework"] += [framework] * n
            columns["criterion"] += [r[0] for r in rows]
            columns["status"] += [r[1] for r in rows]
            columns["evidence"] += [r[2] for r in rows]
    if not columns["strategy_id"]:
        return pd.DataFrame([], columns=cols)
    return pd.DataFrame(columns)


def criterion_tables(strategies: Sequence[Strategy], assessments: Mapping[str, AssessmentLike]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """criterion_table and country_criterion_table of findings_frame(strategies, assessments),
    counted in one pass over the findings without the long frame: rows in the order each
    (criterion) and (country, criterion) first occurs, as the grouped frames have them. At
    5,000 strategies the frame and its grouping were half of the documents' time after one
    strategy changed (tests/test_documents.py compares the two ways).

    The findings are counted by (country, framework, criterion, status) in C (Counter.update
    over zipped columns), then summed per row: a Python loop over the 270,000 findings of
    5,000 strategies was most of the documents' time after one change. A Counter keeps its
    keys in the order they first occur, and a row's first key comes before any key of a row
    that occurs later, so the rows keep their order."""
    found: Counter[tuple[str, str, str, str]] = Counter()
    for s in strategies:
        a = assessments.get(s.id)
        if a is None:
            continue
        cc = repeat(s.country)
        for framework, items in (("concept", a.concept), ("sdg", a.sdg), ("egd", a.egd)):
            rows = finding_rows(items)
            found.update(zip(cc, repeat(framework), map(_CRITERION, rows), map(_STATUS, rows)))
    per: dict[tuple[str, str], list[int]] = {}
    per_country: dict[tuple[str, str, str], list[int]] = {}
    column = {st: i for i, st in enumerate(STATUSES)}
    for (country, framework, criterion, status), n in found.items():
        key = (framework, criterion)
        counts = per.get(key)
        if counts is None:
            counts = per[key] = [0] * len(STATUSES)
        mine = per_country.get((country, *key))
        if mine is None:
            mine = per_country[(country, *key)] = [0] * len(STATUSES)
        at = column.get(status)
        if at is not None:
            counts[at] += n
            mine[at] += n
    if not per:
        return criterion_table(pd.DataFrame()), country_criterion_table(pd.DataFrame())
    ct = pd.DataFrame(list(per.values()), columns=list(STATUSES),
                      index=pd.MultiIndex.from_tuples(list(per), names=["framework", "criterion"]))
    cct = pd.DataFrame(list(per_country.values()), columns=list(STATUSES),
                       index=pd.MultiIndex.from_tuples(list(per_country), names=["country", "framework", "criterion"]))
    return _criterion_shares(ct), _country_shares(cct)


_CRITERION, _STATUS = itemgetter(0), itemgetter(1)


def criterion_table(findings: pd.DataFrame) -> pd.DataFrame:
    """Per criterion: counts of met/partial/missing and the share met (all scored strategies)."""
    if findings.empty:
        return pd.DataFrame(columns=["framework", "criterion", *STATUSES, "n", "met_pct", "points_pct"])
    return _criterion_shares(findings.groupby(["framework", "criterion", "status"], sort=False).size()
                             .unstack("status", fill_value=0).reindex(columns=list(STATUSES), fill_value=0))


def _criterion_shares(counts: pd.DataFrame) -> pd.DataFrame:
    """Counts per status (indexed by framework and criterion) -> criterion_table's columns."""
    counts["n"] = counts[list(STATUSES)].sum(axis=1)
    counts["met_pct"] = [pct(m, n) for m, n in zip(counts["met"], counts["n"], strict=True)]
    counts["points_pct"] = [
        pct(sum(STATUS_POINTS[st] * r[st] for st in STATUSES), r["n"]) for _, r in counts.iterrows()
    ]
    return counts.reset_index()


def country_criterion_table(findings: pd.DataFrame) -> pd.DataFrame:
    """Per country and criterion: n scored, counts per status, share met and share missing."""
    if findings.empty:
        return pd.DataFrame(columns=["country", "framework", "criterion", *STATUSES, "n", "met_pct", "missing_pct", "gap_pct"])
    return _country_shares(findings.groupby(["country", "framework", "criterion", "status"], sort=False).size()
                           .unstack("status", fill_value=0).reindex(columns=list(STATUSES), fill_value=0))


def _country_shares(counts: pd.DataFrame) -> pd.DataFrame:
    """Counts per status (indexed by country, framework and criterion) -> country_criterion_table's columns."""
    counts["n"] = counts[list(STATUSES)].sum(axis=1)
    counts["met_pct"] = [pct(m, n) for m, n in zip(counts["met"], counts["n"], strict=True)]
    counts["missing_pct"] = [pct(m, n) for m, n in zip(counts["missing"], counts["n"], strict=True)]
    counts["gap_pct"] = [pct(n - m, n) for m, n in zip(counts["met"], counts["n"], strict=True)]
    return counts.reset_index()


# --- national frameworks (concept/national/<cc>.yaml, written by the concept helper) -----

def load_national(root: Path = NATIONAL_DIR) -> dict[str, dict]:
    """Read concept/national/<cc>.yaml where present (maintainers' files, safe YAML)."""
    out: dict[str, dict] = {}
    for cc in COUNTRIES:
        path = Path(root) / f"{cc.lower()}.yaml"
        if path.is_file():
            data = _parse_yaml(path)
            if isinstance(data, dict):
                out[cc] = data
    return out


def _parse_yaml(path: Path) -> Any:
    import yaml

    try:
        # libyaml's safe loader where available: the pure-Python one is several times slower.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - safe loader
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        raise BuildError(f"cannot read national framework: {exc}", path, line) from exc


_TEXT_KEYS = ("element", "national", "national_element", "part", "text", "title", "name", "description")
_SOURCE_KEYS = ("source", "basis", "where", "reference", "legal_basis")


def _text(value: Any, keys: Sequence[str]) -> str:
    """The first usable text of a mapping entry (str, {en: ...} or {key: ...})."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return "; ".join(t for t in (_text(v, keys) for v in value) if t)
    if isinstance(value, dict):
        if "en" in value and isinstance(value["en"], str):
            return value["en"]
        for k in keys:
            if k in value:
                return _text(value[k], keys)
    return ""


def national_mapping_rows(data: dict) -> list[tuple[str, str, str]]:
    """(criterion, national element, basis) rows from a national framework file.

    Accepts `mapping`/`structure`/`criteria` as a dict keyed by criterion id or a list of
    entries with a `criterion` key, because the file format belongs to the concept helper.
    """
    if isinstance(data.get("instruments"), list):
        return _instrument_rows(data["instruments"])
    raw = None
    for key in ("mapping", "structure", "criteria", "maps"):
        if key in data:
            raw = data[key]
            break
    entries: list[tuple[str, Any]] = []
    if isinstance(raw, dict):
        entries = list(raw.items())
    elif isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict):
                cid = item.get("criterion") or item.get("id")
                if cid:
                    entries.append((str(cid), item))
    rows = []
    for cid, value in entries:
        if isinstance(value, dict) and "criterion" in value:
            value = {k: v for k, v in value.items() if k not in ("criterion", "id")}
        rows.append((str(cid), _text(value, _TEXT_KEYS), _text(value, _SOURCE_KEYS) if isinstance(value, dict) else ""))
    order = {c: i for i, c in enumerate(STRUCTURE_CRITERIA)}
    return sorted(rows, key=lambda r: (order.get(r[0], len(order)), r[0]))


def _instrument_rows(instruments: list) -> list[tuple[str, str, str]]:
    """concept/national/<cc>.yaml: instruments -> requirements -> maps_to criterion ids."""
    rows = []
    for inst in instruments:
        if not isinstance(inst, dict):
            continue
        basis = " ".join(str(x) for x in (inst.get("title_en") or inst.get("title", ""), inst.get("year", "")) if x)
        for req in inst.get("requirements") or []:
            if not isinstance(req, dict):
                continue
            text = str(req.get("text_en") or req.get("text") or "")
            if req.get("verified") is False or inst.get("verified") is False:
                text += " (unverified)"
            for cid in req.get("maps_to") or []:
                rows.append((str(cid), text, basis))
    order = {c: i for i, c in enumerate(STRUCTURE_CRITERIA)}
    return sorted(rows, key=lambda r: (order.get(r[0], len(order)), r[0], r[2], r[1]))


def national_sources_rows(data: dict) -> list[tuple[str, str, str]]:
    """(document, year/status, source) rows from a national framework file."""
    if isinstance(data.get("instruments"), list):
        return [
            (str(i.get("title", "")) + (f" ({i['title_en']})" if i.get("title_en") else ""),
             " ".join(str(x) for x in (i.get("year", ""), "" if i.get("verified", True) else "(unverified)") if x),
             str(i.get("source", "")))
            for i in data["instruments"] if isinstance(i, dict)
        ]
    raw = data.get("documents") or data.get("frameworks") or data.get("sources") or []
    rows = []
    if isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict):
                rows.append((
                    _text(item, ("title", "name", "id")),
                    _text(item, ("year", "adopted", "date", "status", "kind")),
                    _text(item, ("url", "source", "address", "reference")),
                ))
            elif isinstance(item, str):
                rows.append((item, "", ""))
    return rows


# --- context ----------------------------------------------------------------------------

class CriterionRow(TypedDict):
    """A criterion's line in the plan's criteria tables (the context's `frameworks`)."""
    id: str
    title: str
    met: int
    partial: int
    missing: int
    n: int
    met_pct: float
    points_pct: float


class Gap(TypedDict):
    """A criterion a country most often does not meet (the context's `gaps`)."""
    id: str
    title: str
    n: int
    missing: int
    partial: int
    gap_pct: float
    missing_pct: float
    action: str


# A frame cell read with itertuples() is a Python scalar of the column's type, but pandas-stubs
# types every cell as any pandas Scalar (bytes, dates, intervals...): these narrow a cell to what
# its column holds, and a cell of another type is a bug upstream (TypeError, not a wrong table).

def _cell_number(v: object) -> float | None:
    """A number from a numeric column; None where it is missing (None or NaN)."""
    if v is None:
        return None
    # float | int first: the cells itertuples() gives; the ABC check (NumPy numbers) is slower
    if isinstance(v, float | int) or isinstance(v, numbers.Real):
        f = float(v)
        return None if math.isnan(f) else f
    raise TypeError(f"expected a number in a frame cell, got {v!r}")


def _cell_share(v: object) -> float:
    """A percentage (never missing: pct gives 0 for an empty whole)."""
    f = _cell_number(v)
    if f is None:
        raise TypeError("a percentage is missing")
    return f


def _cell_count(v: object) -> int:
    if isinstance(v, int) or isinstance(v, numbers.Integral):
        return int(v)
    raise TypeError(f"expected a count in a frame cell, got {v!r}")


def _cell_text(v: object) -> str:
    if isinstance(v, str):
        return v
    raise TypeError(f"expected text in a frame cell, got {v!r}")


def _title(concept: Concept | None, cid: str) -> str:
    if concept is not None:
        for c in concept.criteria:
            if c.id == cid:
                return c.title.get("en", cid)
    return cid


def _recommendation(concept: Concept | None, cid: str) -> str:
    if concept is not None:
        for c in concept.criteria:
            if c.id == cid:
                return c.recommendation.get("en", "") or c.description.get("en", "")
    return ""


def _example_note(n_examples: int) -> str:
    if not n_examples:
        return "These figures contain no example strategies: every strategy counted is a real one."
    return EXAMPLE_NOTE.format(n=n_examples, ies="y" if n_examples == 1 else "ies")


def build_context(
    strategies: Sequence[Strategy],
    assessments: Mapping[str, AssessmentLike] | Sequence[AssessmentLike],
    concept: Concept | None,
    national: dict[str, dict] | None = None,
    accuracy: dict | None = None,
) -> dict[str, Any]:
    """Every figure and table the documents may use, as plain data (documented per key).

    Numbers are plain ints/floats; tables are Markdown strings whose cells are escaped.
    """
    if not isinstance(assessments, Mapping):
        assessments = {a.strategy_id: a for a in assessments}
    strategies = sorted(strategies, key=lambda s: s.id)
    sf = strategies_frame(strategies, assessments)
    scored = sf[sf["status"].isin(["scored", "example"]) & sf["score"].notna()]

    # corpus: counts of the whole collection
    n_examples_scored = int(scored["example"].sum())
    corpus = {
        "strategies": len(sf),
        "real": int((~sf["example"]).sum()),
        "examples": int(sf["example"].sum()),
        "awaited": int((sf["status"] == "text awaited").sum()),
        "scored": len(scored),
        "scored_real": int((~scored["example"]).sum()),
        "scored_examples": n_examples_scored,
        "countries_with_strategies": int(sf["country"].nunique()),
        "mean_score": round(float(scored["score"].mean()), 1) if len(scored) else 0.0,
        "includes_examples": bool(n_examples_scored),
        "example_note": _example_note(n_examples_scored),
    }

    by_status = {st: int((sf["status"] == st).sum()) for st in ("scored", "text awaited", "example", "not yet scored")}

    # per country
    countries: list[dict[str, Any]] = []
    for cc in COUNTRIES:
        c_sf = sf[sf["country"] == cc]
        c_sc = scored[scored["country"] == cc]
        countries.append({
            "code": cc,
            "name": COUNTRY_NAMES[cc],
            "strategies": len(c_sf),
            "real": int((~c_sf["example"]).sum()),
            "examples": int(c_sf["example"].sum()),
            "awaited": int((c_sf["status"] == "text awaited").sum()),
            "scored": len(c_sc),
            "scored_examples": int(c_sc["example"].sum()),
            "mean_score": round(float(c_sc["score"].mean()), 1) if len(c_sc) else None,
            "min_score": round(float(c_sc["score"].min()), 1) if len(c_sc) else None,
            "max_score": round(float(c_sc["score"].max()), 1) if len(c_sc) else None,
        })
    by_country = {c["code"]: c for c in countries}

    # tables
    collection_rows = []
    for r in sf.itertuples():
        year, total = _cell_number(r.year_adopted), _cell_number(r.score)
        collection_rows.append((r.country, r.entity, r.title, r.title_en, r.level, r.language,
                                "" if year is None else int(year), r.status,
                                "" if total is None else f"{total:.1f}"))
    tables: dict[str, Markup] = {
        "collection": md_table(
            ["Country", "Entity", "Title (original)", "Title (English)", "Level", "Language", "Adopted", "Status", "Score"],
            collection_rows, ["l", "l", "l", "l", "l", "l", "r", "l", "r"]),
        "status_by_country": md_table(
            ["Country", "Strategies", "Real", "Examples", "Text awaited", "Scored (incl. examples)", "Mean score", "Lowest", "Highest"],
            [(c["name"], c["strategies"], c["real"], c["examples"], c["awaited"], c["scored"],
              _fmt(c["mean_score"]), _fmt(c["min_score"]), _fmt(c["max_score"])) for c in countries],
            ["l"] + ["r"] * 8),
    }

    ct, cct = criterion_tables(strategies, assessments)
    # one lookup instead of a filter of the whole table per (criterion, country)
    met_by = {(r.country, r.framework, r.criterion): _cell_share(r.met_pct) for r in cct.itertuples()}
    frameworks: dict[str, list[CriterionRow]] = {}
    for fw in ("concept", "sdg", "egd"):
        part = ct[ct["framework"] == fw] if not ct.empty else ct
        rows: list[CriterionRow] = []
        for r in part.itertuples():
            cid = _cell_text(r.criterion)
            rows.append({"id": cid, "title": _title(concept, cid), "met": _cell_count(r.met),
                         "partial": _cell_count(r.partial), "missing": _cell_count(r.missing), "n": _cell_count(r.n),
                         "met_pct": _cell_share(r.met_pct), "points_pct": _cell_share(r.points_pct)})
        frameworks[fw] = rows
        tables[f"criteria_{fw}"] = md_table(
            ["Criterion", "Title", "Met", "Partial", "Missing", "Scored", "Met %", "Points %"],
            [(x["id"], x["title"], x["met"], x["partial"], x["missing"], x["n"], f'{x["met_pct"]:.1f}', f'{x["points_pct"]:.1f}') for x in rows],
            ["l", "l", "r", "r", "r", "r", "r", "r"])
        # criterion x country matrix of "met %" (blank where a country has nothing scored)
        matrix_rows = []
        for x in rows:
            cells = [f'{met_by[(cc, fw, x["id"])]:.1f}' if (cc, fw, x["id"]) in met_by else "\u2013"
                     for cc in COUNTRIES]
            matrix_rows.append((x["id"], x["title"], *cells))
        tables[f"criteria_{fw}_by_country"] = md_table(
            ["Criterion", "Title", *[f"{cc} met %" for cc in COUNTRIES]], matrix_rows, ["l", "l", "r", "r", "r", "r"])

    # common gaps per country: criteria most often not met (missing first, then partial);
    # ties keep the concept's own order (SDG-2 before SDG-10)
    order = {c.id: i for i, c in enumerate(concept.criteria)} if concept is not None else {}
    gaps: dict[str, dict[str, list[Gap]]] = {}
    for cc in COUNTRIES:
        gaps[cc] = {}
        for fw in ("concept", "egd", "sdg"):
            part = cct[(cct["country"] == cc) & (cct["framework"] == fw)] if not cct.empty else cct
            part = part[part["gap_pct"] > 0] if not part.empty else part
            if not part.empty:
                part = part.assign(order=[order.get(cid, len(order)) for cid in part["criterion"]])
                part = part.sort_values(["gap_pct", "missing_pct", "order"], ascending=[False, False, True], kind="stable")
            items: list[Gap] = []
            for r in part.head(TOP_GAPS).itertuples():
                cid = _cell_text(r.criterion)
                items.append({"id": cid, "title": _title(concept, cid), "n": _cell_count(r.n),
                              "missing": _cell_count(r.missing), "partial": _cell_count(r.partial),
                              "gap_pct": _cell_share(r.gap_pct), "missing_pct": _cell_share(r.missing_pct),
                              "action": _recommendation(concept, cid)})
            gaps[cc][fw] = items
            tables[f"gaps_{cc}_{fw}"] = md_table(
                ["Criterion", "Title", "Not met (of scored)", "Missing", "Partial", "What to do"],
                [(g["id"], g["title"], f'{g["gap_pct"]:.1f} % ({g["n"] - g["missing"] - g["partial"]} met of {g["n"]})',
                  g["missing"], g["partial"], g["action"] or "see the criterion page") for g in items],
                ["l", "l", "r", "r", "r", "l"])

    # national frameworks, where the concept helper has written them
    national = national if national is not None else {}
    nat: dict[str, dict] = {}
    for cc in COUNTRIES:
        data = national.get(cc)
        if not data:
            nat[cc] = {"available": False, "mapped": 0, "table": Markup(""), "sources": Markup("")}
            continue
        mapping = national_mapping_rows(data)
        src = national_sources_rows(data)
        nat[cc] = {
            "available": bool(mapping),
            "mapped": len({r[0] for r in mapping if r[0] in STRUCTURE_CRITERIA and r[1]}),
            "table": md_table(["SMART Concept criterion", "National element", "Basis"],
                              [(r[0], r[1] or "no equivalent", r[2]) for r in mapping]),
            "sources": md_table(["Document", "Year / status", "Source"], src) if src else Markup(""),
        }

    # figures drawn in the PDFs (the page shows the same data as a table)
    figures = {
        "scores_by_country": [(c["name"], c["mean_score"] or 0.0) for c in countries if c["scored"]],
        "concept_met": [(x["id"], x["met_pct"]) for x in frameworks["concept"]],
        "egd_met": [(x["id"], x["met_pct"]) for x in frameworks["egd"]],
        "sdg_met": [(x["id"], x["met_pct"]) for x in frameworks["sdg"]],
    }

    # scoring rules as the concept files declare them (methodology page)
    tables["criteria_rules"] = md_table(
        ["Criterion", "Framework", "Title", "Weight", "Passages for met", "Passages for partial"],
        [(c.id, c.framework, c.title.get("en", c.id), f"{c.weight:g}", c.met, c.partial)
         for c in (concept.criteria if concept is not None else ())],
        ["l", "l", "l", "r", "r", "r"])
    accuracy_rows = []
    if accuracy:
        for key, label in (("accuracy", "Accuracy %"), ("precision", "Precision %"), ("recall", "Recall %"), ("f1", "F1")):
            if key in accuracy:
                accuracy_rows.append((label, f"{accuracy[key]:.2f}" if key == "f1" else accuracy[key]))
    tables["accuracy"] = md_table(["Measure", "Value"], accuracy_rows, ["l", "r"])
    held = (accuracy or {}).get("held_out") or {}
    tables["accuracy_held_out"] = md_table(
        ["Language", "Texts", "Precision %", "Recall %", "F1"],
        [(HELD_OUT_LANGUAGES.get(lang, lang), m.get("rows", ""), m.get("precision", ""), m.get("recall", ""),
          f"{m['f1']:.2f}" if "f1" in m else "")
         for lang, m in sorted(held.items(), key=lambda kv: list(HELD_OUT_LANGUAGES).index(kv[0])
                               if kv[0] in HELD_OUT_LANGUAGES else len(HELD_OUT_LANGUAGES))], ["l", "r", "r", "r", "r"])

    n_concept = len(concept.framework("concept")) if concept is not None else 0
    concept_info = {
        "criteria": n_concept,
        "structure": sum(1 for c in (concept.framework("concept") if concept else ()) if c.id.startswith("S-")),
        "content": sum(1 for c in (concept.framework("concept") if concept else ()) if c.id.startswith("C-")),
        "sdg": len(concept.framework("sdg")) if concept is not None else 0,
        "egd": len(concept.framework("egd")) if concept is not None else 0,
        "structure_ids": list(STRUCTURE_CRITERIA),
    }

    return {
        "scoring": scoring_parameters(),
        "corpus": corpus,
        "by_status": by_status,
        "countries": countries,
        "country": by_country,
        "frameworks": frameworks,
        "gaps": gaps,
        "tables": tables,
        "national": nat,
        "figures": figures,
        "concept": concept_info,
        "accuracy": accuracy,
        "top_gaps": TOP_GAPS,
    }


def scoring_parameters() -> dict[str, Any]:
    """The scorer's own constants, read from its modules so the methodology cannot drift."""
    from generator import match, score, text

    lex = score.load_sdg_lexicon()
    return {
        "status_value": dict(score.STATUS_VALUE),
        "quote_max": score.QUOTE_MAX,
        "evidence_max": score.EVIDENCE_MAX,
        "paragraph_max": text.PARAGRAPH_MAX,
        "sentence_group": text.SENTENCE_GROUP,
        "evidence_kinds": sorted(text.EVIDENCE_KINDS),
        "hu_prefix_min": match.HU_PREFIX_MIN,
        "met_min_terms": score.MET_MIN_TERMS,
        "dense_terms": score.DENSE_TERMS,
        "implementation": list(score.IMPLEMENTATION),
        "sdg_threshold": lex.threshold,
        "sdg_weights": dict(sorted(lex.weights.items(), key=lambda kv: -kv[1])),
    }


def _fmt(v: float | None) -> str:
    return "\u2013" if v is None else f"{v:.1f}"


# --- rendering --------------------------------------------------------------------------

def template_names(content_root: Path = CONTENT) -> list[str]:
    """The documents: methodology.md and every plan/*.md, sorted (relative to content/)."""
    root = Path(content_root)
    names = sorted(p.relative_to(root).as_posix() for p in (root / "plan").glob("*.md"))
    if (root / "methodology.md").is_file():
        names.append("methodology.md")
    return names


def make_environment(content_root: Path = CONTENT, cache: Path | None = None) -> jinja2.Environment:
    """Jinja for maintainers' documents: StrictUndefined, autoescaped values; `cache` keeps
    compiled templates between builds (render.BytecodeCache)."""
    from generator.render import BytecodeCache

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(content_root)),
        bytecode_cache=BytecodeCache(cache) if cache is not None else None,
        undefined=jinja2.StrictUndefined,
        autoescape=True,  # any value not built as an escaped table is HTML-escaped
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _template_line(exc: BaseException, filename: str | None) -> int:
    """The template line where a render error happened (Jinja maps frames to template lines)."""
    tb = exc.__traceback__
    line = 0
    while tb is not None:
        if filename and tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render_document(env: jinja2.Environment, name: str, context: dict, content_root: Path = CONTENT) -> str:
    """One document as Markdown; errors name content/<name> and the line."""
    shown = (Path(content_root) / name).as_posix()
    try:
        template = env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        raise BuildError(f"template syntax: {exc.message}", shown, exc.lineno or 0) from exc
    try:
        text = template.render(**context)
    except jinja2.UndefinedError as exc:
        line = _template_line(exc, template.filename)
        raise BuildError(f"placeholder names data that does not exist: {exc.message}", shown, line) from exc
    except jinja2.TemplateError as exc:
        raise BuildError(f"cannot render: {exc}", shown, _template_line(exc, template.filename)) from exc
    return text


def pdf_name(name: str) -> str:
    return Path(name).with_suffix(".pdf").name


def _with_download_link(name: str, text: str) -> str:
    """Put the PDF link under the first heading (the PDF sits beside the page)."""
    link = f"[Download this document as PDF]({pdf_name(name)})"
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            lines.insert(i + 1, "\n" + link + "\n")
            return "\n".join(lines)
    return link + "\n\n" + text


def render_documents(
    strategies: Sequence[Strategy],
    assessments: Mapping[str, AssessmentLike] | Sequence[AssessmentLike],
    concept: Concept | None,
    out_dir: Path,
    content_root: Path | None = None,
    national: dict[str, dict] | None = None,
    accuracy: dict | None | bool = True,
    pdf: bool = True,
    root: Path = Path("."),
    pdf_cache: Path | None = None,
    template_cache: Path | None = None,
    pdf_later: list[PdfJob] | None = None,
) -> list[Path]:
    """Render content/plan/*.md and content/methodology.md into out_dir (plus PDFs).

    out_dir is the site's docs build folder: out_dir/plan/<name>.md, out_dir/methodology.md,
    and a <name>.pdf beside each. Returns every written path, sorted.
    `root` is the project folder (content/ and concept/national/ are read from it);
    `national` defaults to concept/national/*.yaml; `accuracy` True reads
    content/data/sdg-accuracy.json (None: not measured); `pdf_cache` is a folder where PDFs
    are kept by the digest of what they are made from, so an unchanged document is copied;
    `template_cache` a folder for the documents' compiled templates. With `pdf_later`, PDFs
    that are not in the cache are not laid out: an empty file stands at each one's place and
    its job is appended to the list, for make_pdfs() (the build lays them out while MkDocs runs).
    """
    out_dir = Path(out_dir)
    root = Path(root)
    content_root = Path(content_root) if content_root is not None else root / CONTENT
    if national is None:
        national = load_national(root / NATIONAL_DIR)
    if accuracy is True:
        accuracy = read_accuracy(content_root / "data" / "sdg-accuracy.json")
    context = build_context(strategies, assessments, concept, national, accuracy or None)
    env = make_environment(content_root, template_cache)
    written: list[Path] = []
    rendered: dict[str, str] = {}
    for name in template_names(content_root):
        text = render_document(env, name, context, content_root)
        _check_filled(text, (content_root / name).as_posix())
        rendered[name] = text
        page = _with_download_link(name, text) if pdf else text
        target = out_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        written.append(target)
    if pdf:
        written += render_document_pdfs(rendered, context, out_dir, pdf_cache, later=pdf_later)
    return sorted(written)


def _check_filled(text: str, shown: str) -> None:
    """No Jinja syntax survives rendering (data never contains it unescaped either)."""
    for i, line in enumerate(text.splitlines(), 1):
        if "{{" in line or "{%" in line:
            raise BuildError("unfilled placeholder in the rendered document", shown, i)


# --- PDFs -------------------------------------------------------------------------------

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)
PDF_DATE = _dt.datetime(2020, 1, 1, tzinfo=_dt.UTC)  # fixed: byte-identical builds
FIGURE_MARK = re.compile(r"^<!-- figure: ([a-z_]+) (.*) -->$")


def _font(pdf) -> str:
    """DejaVu (Debian fonts-dejavu-core) for cs/sk/hu/pl letters; core Helvetica otherwise."""
    for d in FONT_DIRS:
        regular, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdf.add_font("DejaVu", "", str(regular))
            pdf.add_font("DejaVu", "B", str(bold))
            return "DejaVu"
    return "helvetica"


# A character one of _plain's substitutions needs: '[' (links), ':' (icons), '*' and '_' (emphasis),
# '`' (code), '&' (entities).
_MARKUP_CHAR = re.compile(r"[\[:*_`&]")


def _plain(text: str, unicode_font: bool) -> str:
    """Markdown inline markup to plain text for the PDF (escaped entities restored)."""
    # Most table cells (names, numbers, statuses: 45,000 at 5,000 strategies) have none of the
    # characters the substitutions below act on, and are left as they are after one scan.
    if _MARKUP_CHAR.search(text) is not None:
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links: keep the label
        text = re.sub(r":[a-z0-9-]+:", "", text)  # Material icon shortcodes
        text = text.replace("**", "").replace("`", "")
        text = re.sub(r"(?<!\w)_([^_]+)_(?!\w)", r"\1", text)
        text = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", text)
        text = html.unescape(text)
    if not unicode_font:
        text = text.encode("latin-1", "replace").decode("latin-1")
    return text


def _split_row(line: str) -> list[str]:
    inner = line.strip()[1:-1] if line.strip().endswith("|") else line.strip()[1:]
    return [c.strip() for c in inner.split(" | ")]


def _bar_chart(pdf, title: str, data: list[tuple[str, float]], font: str) -> None:
    """A horizontal bar chart 0-100 drawn with rectangles (deterministic, no image files)."""
    if not data:
        return
    pdf.set_font(font, "B", 10)
    pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, "", 8)
    left = pdf.l_margin
    label_w, bar_w, h = 45, pdf.epw - 45 - 15, 5
    for label, value in data:
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(left, y)
        pdf.cell(label_w, h, _plain(str(label), font == "DejaVu")[:40])
        pdf.set_fill_color(48, 95, 158)
        w = max(0.0, min(100.0, float(value))) / 100.0 * bar_w
        if w > 0:
            pdf.rect(left + label_w, y + 1, w, h - 2, style="F")
        pdf.set_xy(left + label_w + bar_w + 1, y)
        pdf.cell(14, h, f"{float(value):.1f}")
        pdf.set_y(y + h)
    pdf.set_fill_color(255, 255, 255)  # tables drawn later must not inherit the bar colour
    pdf.ln(3)


TABLE_PAD = 1.0  # mm between a cell's rule and its text


def _column_widths(natural: list[float], least: list[float], total: float) -> list[float]:
    """Share `total` between columns: a column that needs less than an equal share gets what
    it needs, the others split the rest (never below their longest word); any slack is
    spread in proportion to need."""
    n = len(natural)
    widths = [0.0] * n
    open_cols = set(range(n))
    left = total
    while open_cols:
        share = left / len(open_cols)
        fits = {i for i in open_cols if natural[i] <= share}
        if not fits:
            for i in open_cols:
                widths[i] = max(share, least[i])
            break
        for i in fits:
            widths[i] = natural[i]
            left -= natural[i]
        open_cols -= fits
    used = sum(widths)
    if used < total:
        widths = [w + (total - used) * w / used for w in widths] if used else [total / n] * n
    return widths


class _Words:
    """Widths of words in the document's font, each (style, size, word) measured once, and
    greedy word wrapping with them. fpdf2's multi_cell and table lay text out character by
    character (and tables twice); the plan documents grow with the collection, and that
    layout was most of the render stage."""

    def __init__(self, pdf, font: str):
        self.pdf, self.font = pdf, font
        self.measured: dict[tuple[str, float, str], float] = {}

    def width(self, text: str, style: str, size: float) -> float:
        key = (style, size, text)
        w = self.measured.get(key)
        if w is None:
            self.pdf.set_font(self.font, style, size)
            w = self.measured[key] = self.pdf.get_string_width(text)
        return w

    def wrap(self, text: str, room: float, style: str, size: float) -> list[str]:
        width = self.width
        lines: list[str] = []
        current = ""
        for word in text.split():
            while width(word, style, size) > room and len(word) > 1:  # a word wider than the room
                cut = len(word) - 1
                while cut > 1 and width(word[:cut], style, size) > room:
                    cut -= 1
                if current:
                    lines.append(current)
                    current = ""
                lines.append(word[:cut])
                word = word[cut:]
            trial = f"{current} {word}" if current else word
            if current and width(trial, style, size) > room:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
        return lines


def _paragraph(pdf, words: _Words, text: str, style: str, size: float, line_h: float, indent: float = 0.0) -> None:
    """Left-aligned wrapped text from the current position; new pages as needed."""
    left = pdf.l_margin + indent
    pdf.set_font(words.font, style, size)
    y = pdf.get_y()
    for line in words.wrap(text, pdf.epw - indent, style, size):
        if y + line_h > pdf.page_break_trigger:
            pdf.add_page()
            pdf.set_font(words.font, style, size)
            y = pdf.get_y()
        if line:
            pdf.text(left, y + 0.78 * line_h, line)
        y += line_h
    pdf.set_xy(pdf.l_margin, y)


def _table(pdf, words: _Words, size: float, header: list[str], rows: list[list[str]]) -> None:
    """A ruled table, header repeated on each page, cells word-wrapped (see _Words)."""
    font = words.font
    line_h = size * 0.45

    def width(text: str, style: str) -> float:
        return words.width(text, style, size)

    def wrap(text: str, room: float, style: str) -> list[str]:
        return words.wrap(text, room, style, size)

    space = width(" ", "")
    columns = list(zip(header, *rows, strict=True))
    natural = [max(width(c, "B" if k == 0 else "") for k, c in enumerate(col)) + 2 * TABLE_PAD + space
               for col in columns]
    least = [max((width(w, "B" if k == 0 else "") for k, c in enumerate(col) for w in c.split()), default=0.0)
             + 2 * TABLE_PAD for col in columns]
    widths = _column_widths(natural, [min(x, pdf.epw / len(columns)) for x in least], pdf.epw)

    def draw(cells: list[str], style: str, y: float) -> float:
        wrapped = [wrap(c, w - 2 * TABLE_PAD, style) for c, w in zip(cells, widths, strict=True)]
        h = max(len(lines) for lines in wrapped) * line_h + TABLE_PAD
        if y + h > pdf.page_break_trigger and style == "":
            pdf.add_page()
            y = draw(header, "B", pdf.get_y())
        pdf.set_font(font, style, size)
        x = pdf.l_margin
        for lines, w in zip(wrapped, widths, strict=True):
            pdf.rect(x, y, w, h, style="DF" if style == "B" else "D")
            for k, line in enumerate(lines):
                if line:
                    pdf.text(x + TABLE_PAD, y + TABLE_PAD / 2 + (k + 0.78) * line_h, line)
            x += w
        return y + h

    pdf.set_draw_color(120, 120, 120)
    pdf.set_fill_color(230, 230, 230)
    y = draw(header, "B", pdf.get_y())
    pdf.set_fill_color(255, 255, 255)
    for row in rows:
        y = draw(row, "", y)
    pdf.set_font(font, "", size)
    pdf.set_xy(pdf.l_margin, y)


def markdown_to_pdf(text: str, figures: dict[str, list[tuple[str, float]]], target: Path) -> Path:
    """Render the generated Markdown subset (headings, paragraphs, lists, pipe tables,
    figure marks) to a PDF with fpdf2. Deterministic: fixed dates, no external resources."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(PDF_DATE)
    pdf.set_producer("s4s")
    font = _font(pdf)
    words = _Words(pdf, font)
    uni = font == "DejaVu"
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    lines = text.split("\n")
    i = 0
    para: list[str] = []

    def flush() -> None:
        if para:
            _paragraph(pdf, words, _plain(" ".join(para), uni), "", 10, 5)
            pdf.ln(2)
            para.clear()

    while i < len(lines):
        line = lines[i].rstrip()
        fig = FIGURE_MARK.match(line.strip())
        if fig:
            flush()
            _bar_chart(pdf, _plain(fig.group(2), uni), figures.get(fig.group(1), []), font)
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            pdf.ln(2)
            _paragraph(pdf, words, _plain(line.lstrip("#").strip(), uni), "B", {1: 16, 2: 13, 3: 11}.get(level, 10), 7)
            pdf.ln(1)
        elif line.startswith("|") and i + 1 < len(lines) and re.match(r"^\|[\s:|-]+\|$", lines[i + 1].strip()):
            flush()
            header = _split_row(line)
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(_split_row(lines[i]))
                i += 1
            cells = [[_plain(c, uni) for c in (r + [""] * len(header))[: len(header)]] for r in rows]
            _table(pdf, words, 7 if len(header) > 5 else 8, [_plain(h, uni) for h in header], cells)
            pdf.ln(3)
            continue
        elif re.match(r"^\s*([-*]|\d+\.)\s+", line):
            flush()
            item = re.sub(r"^\s*([-*]|\d+\.)\s+", "", line)
            # continuation lines of the same item are indented and start no new item
            while (i + 1 < len(lines) and lines[i + 1].startswith(" ") and lines[i + 1].strip()
                   and not re.match(r"^\s*([-*]|\d+\.)\s+", lines[i + 1])):
                i += 1
                item += " " + lines[i].strip()
            bullet = re.match(r"^\s*(\d+\.)", line)
            indent = 4 + (len(line) - len(line.lstrip())) * 1.5
            mark = bullet.group(1) if bullet else ("\u2022" if uni else "-")
            _paragraph(pdf, words, f"{mark} {_plain(item, uni)}", "", 10, 5, indent)
        elif not line.strip() or line.strip().startswith("<!--") or line.startswith(("!!!", "???")):
            flush()
            if line.startswith(("!!!", "???")):  # admonition title: keep as bold line
                pdf.set_font(font, "B", 10)
                title = re.sub(r'^[!?]{3}\+?\s*\S+\s*"?(.*?)"?$', r"\1", line)
                if title:
                    _paragraph(pdf, words, _plain(title, uni), "B", 10, 5)
        else:
            para.append(re.sub(r"^>\s?", "", line.strip()))  # blockquote: plain paragraph
        i += 1
    flush()
    target.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(target))
    return target


def pdf_digest(text: str, figures: dict[str, list[tuple[str, float]]]) -> str:
    """What a document's PDF is made from: its Markdown, the figures it shows, this module's
    code, fpdf2's version and the fonts."""
    from importlib.metadata import version

    marks = (FIGURE_MARK.match(line.strip()) for line in text.splitlines())
    used = {name: figures.get(name, []) for name in sorted({m.group(1) for m in marks if m})}
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(version("fpdf2").encode())  # not `import fpdf`: 0.7 s a build when every PDF is kept
    for d in FONT_DIRS:
        for f in sorted(d.glob("DejaVuSans*.ttf")) if d.is_dir() else ():
            h.update(f.name.encode() + str(f.stat().st_size).encode())
    h.update(json.dumps([text, used], sort_keys=True, ensure_ascii=False, default=str).encode())
    return h.hexdigest()


class PdfJob(NamedTuple):
    """One PDF to lay out: the document's Markdown, its figures, where it goes (relative to
    the docs folder) and where the cache keeps it (None: no cache)."""

    text: str
    figures: dict[str, list[tuple[str, float]]]
    rel: str
    kept: Path | None


def make_pdfs(jobs: Sequence[PdfJob], out_dir: Path) -> list[str]:
    """Lay out `jobs` into out_dir/<rel> (and keep them in the cache); returns the rels."""
    for job in jobs:
        target = Path(out_dir) / job.rel
        target.parent.mkdir(parents=True, exist_ok=True)
        markdown_to_pdf(job.text, job.figures, target)
        if job.kept is not None:
            _keep(target, job.kept)
    return [job.rel for job in jobs]


def render_document_pdfs(rendered: dict[str, str], context: dict, out_dir: Path,
                         cache: Path | None = None, later: list[PdfJob] | None = None) -> list[Path]:
    """One PDF per rendered document, beside its Markdown page (out_dir/<name>.pdf).

    Documents not in the cache are laid out in two processes (a forked one takes about half
    of the work, by length): fpdf2 is pure Python, and the collection's annex grows with it
    (at 5,000 strategies it was half of the layout time, and the critical path of the build's
    render stage)."""
    out = []
    todo: list[PdfJob] = []
    for name, text in sorted(rendered.items()):
        rel = Path(name).with_suffix(".pdf").as_posix()
        target = Path(out_dir) / rel
        kept = Path(cache) / f"{pdf_digest(text, context['figures'])}.pdf" if cache is not None else None
        if kept is not None and kept.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(kept, target)
        elif later is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(b"")  # the page links it; make_pdfs() makes it
            later.append(PdfJob(text, context["figures"], rel, kept))
        else:
            todo.append(PdfJob(text, context["figures"], rel, kept))
        out.append(target)
    if len(todo) < 2:
        make_pdfs(todo, out_dir)
        return out
    from generator.build import Background

    halves: tuple[list[PdfJob], list[PdfJob]] = ([], [])
    for job in sorted(todo, key=lambda j: (-len(j.text), j.rel)):  # longest first, to the lighter half
        min(halves, key=lambda h: sum(len(j.text) for j in h)).append(job)
    other = Background(lambda: make_pdfs(halves[1], out_dir))
    try:
        make_pdfs(halves[0], out_dir)
        other.result()
    finally:
        other.stop()
    return out


def _keep(made: Path, kept: Path) -> None:
    """Copy a made PDF into the cache atomically (a cache that cannot be written is skipped)."""
    from generator.incremental import write_atomic

    try:
        write_atomic(kept, made.read_bytes())
    except OSError:
        pass


# --- SDG accuracy (methodology page data) ---------------------------------------------

def read_accuracy(path: Path = ACCURACY_FILE) -> dict | None:
    """The measured SDG-detection accuracy, or None when it has not been measured yet."""
    return read_measurement(path)


def read_measurement(path: Path) -> dict | None:
    """A JSON object written by a measuring command, or None when it has not run yet."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise BuildError(f"not valid JSON: {exc.msg}", path, exc.lineno) from exc
    if not isinstance(data, dict):
        raise BuildError("expected a JSON object", path)
    return data


def metrics(pairs: Iterable[tuple[bool, bool]]) -> dict[str, float | int]:
    """Accuracy, precision, recall and F1 of (gold, predicted) binary pairs, as the benchmark
    reports them (a row is positive when its text is relevant to its SDG)."""
    tp = fp = tn = fn = 0
    for gold, pred in pairs:
        if gold and pred:
            tp += 1
        elif pred:
            fp += 1
        elif gold:
            fn += 1
        else:
            tn += 1
    n = tp + fp + tn + fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"rows": n, "tp": tp, "fp": fp, "tn": tn, "fn": fn,
            "accuracy": round(100 * (tp + tn) / n, 1) if n else 0.0,
            "precision": round(100 * precision, 1), "recall": round(100 * recall, 1), "f1": round(f1, 2)}


ATTRIBUTION = (
    "Development set: a part of the SDG Classification Benchmark (SDGClassification/benchmark, "
    "MIT licence), whose texts come from the OSDG Community Dataset (OSDG, UNDP IICPSD SDG AI Lab "
    "and PPMI), licensed CC BY 4.0."
)


DEV_DATA_CANDIDATES = (Path("eval/data/sdg-benchmark-dev.csv"), Path("../shared/data/eval/sdg-benchmark-dev.csv"))


def measure_sdg(data: Path, lang: str = "en") -> dict:
    """Accuracy of the scorer's SDG rule on a benchmark CSV (id, text, sdg, label).

    Uses `generator.commands.classify.classify`, the same rule that scores strategy passages:
    a row is predicted relevant when its SDG is among the goals detected in its text.
    """
    return metrics(_sdg_pairs(data, lang))


def _sdg_pairs(data: Path, lang: str) -> list[tuple[bool, bool]]:
    """(labelled relevant, detected) for every row of a benchmark CSV."""
    import csv

    from generator.commands.classify import classify

    pairs = []
    with open(data, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            try:
                goal, gold = int(row["sdg"]), row["label"].strip().lower() == "true"
            except (KeyError, ValueError, AttributeError) as exc:
                raise BuildError(f"expected columns id, text, sdg, label ({exc})", data, n) from None
            found = classify(row.get("id"), row["text"], "sdg", lang)["sdgs"]
            pairs.append((gold, goal in found))
    return pairs


def refresh_accuracy(out: Path = ACCURACY_FILE, data: Path | None = None,
                     held_out_sets: Sequence[str] = ()) -> dict:
    """Measure SDG detection on the development set and store the figures for the
    methodology page: deterministic JSON (sorted keys, no timestamp) with the attribution.

    A held-out set is honest only the first time it is measured, so the held-out figures in
    `out` are kept as they are unless `held_out_sets` names new sets (folders of
    eval/translated_holdout*/ never measured before), which are then measured and recorded
    (several are pooled by adding their counts)."""
    if data is None:
        data = next((p for p in DEV_DATA_CANDIDATES if p.is_file()), DEV_DATA_CANDIDATES[-1])
    if not Path(data).is_file():
        raise BuildError("the development set is missing (pass --data)", data)
    result = measure_sdg(Path(data))
    try:
        before = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = {}
    if held_out_sets:
        held = {}
        for lang in HELD_OUT_LANGUAGES:
            paths = [p for name in held_out_sets if (p := EVAL_DIR / name / f"{lang}.csv").is_file()]
            if paths:
                held[lang] = metrics([pair for path in paths for pair in _sdg_pairs(path, lang)])
        if not held:
            raise BuildError(f"no held-out set found: {', '.join(held_out_sets)}", EVAL_DIR)
        result["held_out"] = held
        result["held_out_sets"] = [f"`eval/{name}/`" for name in held_out_sets]
    elif isinstance(before, dict) and before.get("held_out"):
        result["held_out"] = before["held_out"]
        result["held_out_sets"] = before.get("held_out_sets", [])
    result["data"] = Path(data).name
    result["language"] = "en"
    result["attribution"] = ATTRIBUTION
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m generator.documents")
    sub = parser.add_subparsers(dest="command", required=True)
    ref = sub.add_parser("refresh-accuracy", help="re-measure SDG detection; write content/data/sdg-accuracy.json")
    ref.add_argument("--out", type=Path, default=ACCURACY_FILE)
    ref.add_argument("--data", type=Path, default=None, help="benchmark CSV (id, text, sdg, label)")
    ref.add_argument("--held-out", nargs="+", default=(), metavar="SET",
                     help="first measurement of new held-out sets (eval/<SET>/); otherwise the recorded "
                          "held-out figures are kept")
    args = parser.parse_args(argv)
    try:
        data = refresh_accuracy(args.out, args.data, args.held_out)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}: " + ", ".join(f"{k} {data[k]}" for k in ("accuracy", "precision", "recall", "f1") if k in data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
