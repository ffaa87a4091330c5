"""Print the ids of the held-out check rows (the selection rule of README.md, re-runnable).

Usage: .venv/bin/python eval/translated_holdout/select.py
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "data" / "eval" / "sdg-benchmark-dev.csv"
TRANSLATED = ROOT / "eval" / "translated"
SEED = 6  # the issue number; fixed so the sample never moves
SIZE = 40


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def select() -> list[dict]:
    seen = {r["id"] for lang in ("cs", "sk", "hu", "pl") for r in read(TRANSLATED / f"{lang}.csv")}
    # Half B (odd row positions) was never used to shape the lexicon; rows already in
    # eval/translated/ were, so they are left out.
    pool = sorted((r for r in read(DEV)[1::2] if r["id"] not in seen), key=lambda r: r["id"])
    random.Random(SEED).shuffle(pool)
    strata: dict[tuple[int, str], list[dict]] = {}
    for r in pool:
        strata.setdefault((int(r["sdg"]), r["label"]), []).append(r)
    # Round-robin over SDG 1..17 x (True, False): one positive and one negative per goal, then again.
    out: list[dict] = []
    depth = 0
    while len(out) < SIZE:
        for sdg in range(1, 18):
            for label in ("True", "False"):
                rows = strata.get((sdg, label), [])
                if depth < len(rows) and len(out) < SIZE:
                    out.append(rows[depth])
        depth += 1
    return out


if __name__ == "__main__":
    for r in select():
        print(r["id"], r["sdg"], r["label"])
