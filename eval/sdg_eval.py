"""SDG detection quality: classify every (text, SDG) row and compare with its label.

Usage: .venv/bin/python eval/sdg_eval.py [--json]
Sets: ../shared/data/eval/sdg-benchmark-dev.csv (en; also its two halves by row order, one
used to shape the rules and one not) and eval/translated/{cs,sk,hu,pl}.csv (same columns,
translated by the scoring helper), then eval/translated_holdout/{cs,sk,hu,pl}.csv (40 other
dev rows from half B, translated before any lexicon change they could have guided and never
looked at row by row while tuning; see its README.md), then eval/translated_holdout2/
{en,cs,sk,hu,pl}.csv (the next 40 rows of the same draw, en = the original rows, translated
before the change they were drawn to check; see its README.md), then eval/translated_holdout3/
{en,cs,sk,hu,pl}.csv (rows 81-120 of the same draw, translated and measured before the change
they were drawn to check; see its README.md). Language is detected, as
`s4s classify` does.
Data: SDG Classification Benchmark (MIT), texts from the OSDG Community Dataset (CC BY 4.0).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.commands.classify import classify  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "eval" / "sdg-benchmark-dev.csv"
TRANSLATED = ROOT / "eval" / "translated"
HOLDOUT = ROOT / "eval" / "translated_holdout"
HOLDOUT2 = ROOT / "eval" / "translated_holdout2"
HOLDOUT3 = ROOT / "eval" / "translated_holdout3"


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def measure(rows: list[dict]) -> dict:
    tp = fp = fn = tn = 0
    for r in rows:
        predicted = int(r["sdg"]) in classify(r["id"], r["text"], "sdg")["sdgs"]
        label = r["label"].strip().lower() == "true"
        tp += predicted and label
        fp += predicted and not label
        fn += label and not predicted
        tn += not label and not predicted
    p = tp / (tp + fp) if tp + fp else 0.0
    r_ = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r_ / (p + r_) if p + r_ else 0.0
    return {"rows": len(rows), "accuracy": round((tp + tn) / len(rows), 3), "precision": round(p, 3),
            "recall": round(r_, 3), "f1": round(f1, 3)}


def sets() -> dict[str, list[dict]]:
    out = {}
    if DEV.exists():
        dev = read(DEV)
        out["dev (en)"] = dev
        out["dev half A (rules shaped)"] = dev[::2]
        out["dev half B (held out)"] = dev[1::2]
    for lang in ("cs", "sk", "hu", "pl"):
        path = TRANSLATED / f"{lang}.csv"
        if path.exists():
            out[f"translated ({lang})"] = read(path)
    # After the older sets, so their rows in the table and --json keep their order.
    for lang in ("cs", "sk", "hu", "pl"):
        path = HOLDOUT / f"{lang}.csv"
        if path.exists():
            out[f"held-out ({lang})"] = read(path)
    for lang in ("en", "cs", "sk", "hu", "pl"):
        path = HOLDOUT2 / f"{lang}.csv"
        if path.exists():
            out[f"held-out 2 ({lang})"] = read(path)
    for lang in ("en", "cs", "sk", "hu", "pl"):
        path = HOLDOUT3 / f"{lang}.csv"
        if path.exists():
            out[f"held-out 3 ({lang})"] = read(path)
    return out


def main() -> int:
    results = {name: measure(rows) for name, rows in sets().items()}
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'set':28} {'rows':>5} {'acc':>6} {'prec':>6} {'rec':>6} {'F1':>6}")
    for name, m in results.items():
        print(f"{name:28} {m['rows']:>5} {m['accuracy']:>6.3f} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
