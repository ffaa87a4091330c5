"""Print the ids of the held-out check rows (the selection rule of README.md, re-runnable).

Usage: .venv/bin/python eval/translated_holdout/select.py [--next | --skip N] [--write-en DIR]
Without options: the first 40 rows of the round-robin (this folder's set).
--next: rows 41-80 of the same round-robin (eval/translated_holdout2/); the first 40 are a
prefix of any longer draw, so the sets never share a row.
--skip N: rows N+1 .. N+40 (--skip 80: eval/translated_holdout3/; --next is --skip 40);
fewer than 40 when the pool runs out (--skip 200: eval/translated_holdout6/, the last rows).
--write-en DIR: also write the chosen rows, untranslated, to DIR/en.csv.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "data" / "eval" / "sdg-benchmark-dev.csv"
TRANSLATED = ROOT / "eval" / "translated"
SEED = 6  # the issue number; fixed so the sample never moves
SIZE = 40  # rows per set; set n (1, 2, ...) is rows (n-1)*SIZE+1 .. n*SIZE of the round-robin


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def select(size: int = SIZE) -> list[dict]:
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
    deepest = max(len(rows) for rows in strata.values())
    # Stop when the pool is used up (the last set may be short) instead of looping for ever.
    while len(out) < size and depth < deepest:
        for sdg in range(1, 18):
            for label in ("True", "False"):
                rows = strata.get((sdg, label), [])
                if depth < len(rows) and len(out) < size:
                    out.append(rows[depth])
        depth += 1
    return out


def main(argv: list[str]) -> int:
    skip = SIZE if "--next" in argv else 0
    if "--skip" in argv:
        skip = int(argv[argv.index("--skip") + 1])
    rows = select(skip + SIZE)[skip:]
    for r in rows:
        print(r["id"], r["sdg"], r["label"])
    if "--write-en" in argv:
        path = Path(argv[argv.index("--write-en") + 1]) / "en.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["id", "text", "sdg", "label"], lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: r[k] for k in ("id", "text", "sdg", "label")} for r in rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
