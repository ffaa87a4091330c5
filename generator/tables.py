"""The site's numbers as pandas frames, computed once from strategies and assessments.

Every function here takes full assessments or their summaries (models.AssessmentSummary):
they read scores, areas, statuses and evidence counts only.

Every table and chart on the site comes from these frames, so a page never shows a figure
the open data does not contain. Frames are sorted explicitly so output is deterministic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter, itemgetter

import numpy as np
import pandas as pd

from generator.models import COUNTRIES, AssessmentLike, Concept, Strategy, finding_rows

STATUS_POINTS = {"met": 1.0, "partial": 0.5, "missing": 0.0}
COUNTRY_NAMES = {"CZ": "Czechia", "SK": "Slovakia", "HU": "Hungary", "PL": "Poland"}

CATALOGUE_COLUMNS = [
    "id", "entity", "country", "level", "language", "title", "title_en", "year_adopted",
    "period_start", "period_end", "adopted_by", "source_url", "extraction", "example",
    "awaited", "score",
]
FINDING_COLUMNS = [
    "strategy_id", "country", "example", "framework", "area", "criterion", "status", "points",
    "evidence",
]
EVIDENCE_COLUMNS = ["strategy_id", "framework", "criterion", "status", "page", "quote", "terms"]


def catalogue(strategies: Sequence[Strategy], assessments: Mapping[str, AssessmentLike]) -> pd.DataFrame:
    """One row per strategy: metadata and score (NaN when not scored)."""
    rows = []
    for s in strategies:
        a = assessments.get(s.id)
        row = {c: s.meta.get(c) for c in CATALOGUE_COLUMNS}
        row.update(id=s.id, example=s.is_example, awaited=s.awaited,
                   score=round(a.score, 1) if a is not None else float("nan"))
        rows.append(row)
    frame = pd.DataFrame(rows, columns=CATALOGUE_COLUMNS)
    return frame.sort_values(["country", "id"], kind="stable").reset_index(drop=True)


def findings(strategies: Sequence[Strategy], assessments: Mapping[str, AssessmentLike],
             concept: Concept) -> pd.DataFrame:
    """One row per (scored strategy, criterion): status, points and number of evidence passages.

    Sorted by strategy id, framework and criterion. Built column by column: the strategies
    share one list of criteria, so the framework, area and criterion columns repeat one
    sorted layout and only status and evidence count are read per row (a frame from one
    tuple per row took most of a rebuild's scoring stage at thousands of strategies).
    """
    area_of = {c.id: c.area for c in concept.criteria}
    layouts: dict[tuple[str, ...], tuple[list[int], list[str], list[str], list[str]]] = {}
    columns: dict[str, list] = {name: [] for name in FINDING_COLUMNS}
    for s in sorted((s for s in strategies if s.id in assessments), key=lambda s: s.id):
        a = assessments[s.id]
        flat = (*finding_rows(a.concept), *finding_rows(a.sdg), *finding_rows(a.egd))
        shape = (len(a.concept), len(a.sdg), *map(_CRITERION, flat))
        layout = layouts.get(shape)
        if layout is None:
            framework = ["concept"] * len(a.concept) + ["sdg"] * len(a.sdg) + ["egd"] * len(a.egd)
            order = sorted(range(len(flat)), key=lambda i: (framework[i], shape[i + 2]))
            layout = layouts[shape] = (order, [framework[i] for i in order],
                                       [area_of.get(shape[i + 2], "") for i in order],
                                       [shape[i + 2] for i in order])
        order, frameworks, areas, criteria = layout
        n = len(order)
        columns["strategy_id"] += [s.id] * n
        columns["country"] += [s.country] * n
        columns["example"] += [s.is_example] * n
        columns["framework"] += frameworks
        columns["area"] += areas
        columns["criterion"] += criteria
        statuses = [flat[i][1] for i in order]
        columns["status"] += statuses
        columns["points"] += [STATUS_POINTS.get(x, 0.0) for x in statuses]
        columns["evidence"] += [flat[i][2] for i in order]
    if not columns["strategy_id"]:
        return pd.DataFrame([], columns=FINDING_COLUMNS)
    # The numeric columns as NumPy arrays of the types pandas infers from their values (is_example
    # is a bool, STATUS_POINTS' values and the default are floats, evidence counts are ints):
    # pandas' inference over 270,000 values was a fifth of this function at 5,000 strategies.
    frame: dict[str, list | np.ndarray] = dict(columns)  # (same keys, same order)
    frame["example"] = np.array(columns["example"], dtype=np.bool_)
    frame["points"] = np.array(columns["points"], dtype=np.float64)
    frame["evidence"] = np.array(columns["evidence"], dtype=np.int64)
    return pd.DataFrame(frame)


_CRITERION = itemgetter(0)


def area_scores(strategies: Sequence[Strategy], assessments: Mapping[str, AssessmentLike]) -> pd.DataFrame:
    """Long frame: strategy, country, area, score (from Assessment.areas)."""
    # Sorted by strategy id and area, the frame made column by column: a dict per row and
    # pandas' sort were a fifth of a second at 5,000 strategies, on every rebuild. The
    # strategies are sorted, then each one's few areas (ids are unique, and so are a
    # strategy's areas: the same order as sorting every row), and the numeric columns are
    # NumPy arrays of the types pandas would infer (is_example is a bool, a score a float).
    names = ["strategy_id", "country", "example", "area", "score"]
    columns: dict[str, list] = {name: [] for name in names}
    for s in sorted(strategies, key=_ID):
        a = assessments.get(s.id)
        if a is None or not a.areas:
            continue
        areas = sorted(a.areas.items())
        n = len(areas)
        columns["strategy_id"] += [s.id] * n
        columns["country"] += [s.country] * n
        columns["example"] += [s.is_example] * n
        columns["area"] += [area for area, _value in areas]
        columns["score"] += [round(float(value), 1) for _area, value in areas]
    if not columns["strategy_id"]:
        return pd.DataFrame([], columns=names)
    frame: dict[str, list | np.ndarray] = dict(columns)
    frame["example"] = np.array(columns["example"], dtype=np.bool_)
    frame["score"] = np.array(columns["score"], dtype=np.float64)
    return pd.DataFrame(frame)


_ID = attrgetter("id")


def per_criterion(findings_frame: pd.DataFrame) -> pd.DataFrame:
    """Criterion -> strategies met / partial / missing and the share of points (%)."""
    if findings_frame.empty:
        return pd.DataFrame(columns=["criterion", "met", "partial", "missing", "share"])
    counts = pd.crosstab(findings_frame["criterion"], findings_frame["status"])
    for status in STATUS_POINTS:
        if status not in counts:
            counts[status] = 0
    counts = counts[list(STATUS_POINTS)]
    share = findings_frame.groupby("criterion")["points"].mean().mul(100).round(1)
    out = counts.assign(share=share).reset_index()
    return out.sort_values("criterion", kind="stable").reset_index(drop=True)


def per_country(catalogue_frame: pd.DataFrame) -> pd.DataFrame:
    """Country -> strategies listed, scored, examples, awaited, mean score."""
    rows = []
    for cc in COUNTRIES:
        part = catalogue_frame[catalogue_frame["country"] == cc]
        scored = part["score"].dropna()
        rows.append({"country": cc, "name": COUNTRY_NAMES[cc], "strategies": len(part),
                     "scored": len(scored), "examples": int(part["example"].sum()),
                     "awaited": int(part["awaited"].sum()),
                     "mean_score": round(float(scored.mean()), 1) if len(scored) else float("nan")})
    return pd.DataFrame(rows)


def country_areas(area_frame: pd.DataFrame, areas: Sequence[str]) -> pd.DataFrame:
    """Country x area mean score (NaN when a country has no scored strategy)."""
    table = area_frame.pivot_table(index="country", columns="area", values="score", aggfunc="mean") \
        if not area_frame.empty else pd.DataFrame()
    return table.reindex(index=list(COUNTRIES), columns=list(areas)).round(1)


def gaps(findings_frame: pd.DataFrame, framework: str = "concept", limit: int = 8) -> pd.DataFrame:
    """Criteria most often missing or partial: criterion, missing, partial, strategies."""
    part = findings_frame[findings_frame["framework"] == framework]
    if part.empty:
        return pd.DataFrame(columns=["criterion", "missing", "partial", "strategies"])
    grouped = part.groupby("criterion")
    out = pd.DataFrame({
        "missing": grouped["status"].apply(lambda s: int((s == "missing").sum())),
        "partial": grouped["status"].apply(lambda s: int((s == "partial").sum())),
        "strategies": grouped["status"].size(),
    }).reset_index()
    out = out[(out["missing"] + out["partial"]) > 0]
    out = out.sort_values(["missing", "partial", "criterion"], ascending=[False, False, True], kind="stable")
    return out.head(limit).reset_index(drop=True)
