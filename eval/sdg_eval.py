"""SDG detection quality: classify every (text, SDG) row and compare with its label.

Usage: .venv/bin/python eval/sdg_eval.py [--json] [--pool holdout3,holdout4] [--exclude holdout5]
Sets: ../shared/data/eval/sdg-benchmark-dev.csv (en; also its two halves by row order, one
used to shape the rules and one not) and eval/translated/{cs,sk,hu,pl}.csv (same columns,
translated by the scoring helper), then eval/translated_holdout/{cs,sk,hu,pl}.csv (40 other
dev rows from half B, translated before any lexicon change they could have guided and never
looked at row by row while tuning; see its README.md), then eval/translated_holdout2/
{en,cs,sk,hu,pl}.csv (the next 40 rows of the same draw, en = the original rows, translated
before the change they were drawn to check; see its README.md), then eval/translated_holdout3/
{en,cs,sk,hu,pl}.csv (rows 81-120 of the same draw, translated and measured before the change
they were drawn to check; see its README.md), then eval/translated_holdout4/{en,cs,sk,hu,pl}.csv
(rows 121-160, translated and committed before they were measured), then eval/translated_holdout5/
{en,cs,sk,hu,pl}.csv (rows 161-200, likewise), then eval/translated_holdout6/{en,cs,sk,hu,pl}.csv
(the last 29 rows of the draw, likewise). Language is detected, as `s4s classify` does.

--exclude holdout5: leave those held-out sets out of the report, so that a set not yet to be
measured (committed before a change, measured once after it) is not measured by accident
while the change is developed.

--pool holdout3,holdout4: measure only those held-out sets and print, per language, each set
and the sets pooled (tp, fp and fn summed over all their rows, not an average of the sets'
ratios). Names: holdout, holdout2, holdout3, holdout4, holdout5, holdout6.
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
HOLDOUT4 = ROOT / "eval" / "translated_holdout4"
HOLDOUT5 = ROOT / "eval" / "translated_holdout5"
HOLDOUT6 = ROOT / "eval" / "translated_holdout6"
# Held-out sets by the name --pool takes: (folder, row label prefix, languages).
HELD_OUT = {
    "holdout": (HOLDOUT, "held-out", ("cs", "sk", "hu", "pl")),
    "holdout2": (HOLDOUT2, "held-out 2", ("en", "cs", "sk", "hu", "pl")),
    "holdout3": (HOLDOUT3, "held-out 3", ("en", "cs", "sk", "hu", "pl")),
    "holdout4": (HOLDOUT4, "held-out 4", ("en", "cs", "sk", "hu", "pl")),
    "holdout5": (HOLDOUT5, "held-out 5", ("en", "cs", "sk", "hu", "pl")),
    "holdout6": (HOLDOUT6, "held-out 6", ("en", "cs", "sk", "hu", "pl")),
}


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def counts(rows: list[dict]) -> dict:
    """True/false positives and negatives of the SDG rule over labelled rows."""
    tp = fp = fn = tn = 0
    for r in rows:
        predicted = int(r["sdg"]) in classify(r["id"], r["text"], "sdg")["sdgs"]
        label = r["label"].strip().lower() == "true"
        tp += predicted and label
        fp += predicted and not label
        fn += label and not predicted
        tn += not label and not predicted
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn}


def ratios(c: dict) -> dict:
    tp, fp, fn, tn = c["tp"], c["fp"], c["fn"], c["tn"]
    rows = tp + fp + fn + tn
    p = tp / (tp + fp) if tp + fp else 0.0
    r_ = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r_ / (p + r_) if p + r_ else 0.0
    return {"rows": rows, "accuracy": round((tp + tn) / rows, 3), "precision": round(p, 3),
            "recall": round(r_, 3), "f1": round(f1, 3)}


def measure(rows: list[dict]) -> dict:
    return ratios(counts(rows))


def sets(exclude: frozenset[str] = frozenset()) -> dict[str, list[dict]]:
    """Every set in report order, leaving out the held-out sets named in `exclude`."""
    out = {}
    if DEV.exists():
        dev = read(DEV)
        out["dev (en)"] = dev
        out["dev half A (rules shaped)"] = dev[::2]
        out["dev half B (no longer held out)"] = dev[1::2]  # sets 1-5 were drawn from it
    for lang in ("cs", "sk", "hu", "pl"):
        path = TRANSLATED / f"{lang}.csv"
        if path.exists():
            out[f"translated ({lang})"] = read(path)
    # After the older sets, so their rows in the table and --json keep their order.
    for name, (folder, label, langs) in HELD_OUT.items():
        if name in exclude:
            continue
        for lang in langs:
            path = folder / f"{lang}.csv"
            if path.exists():
                out[f"{label} ({lang})"] = read(path)
    return out


def pooled(names: list[str]) -> dict[str, dict]:
    """Each named held-out set per language, then the sets pooled per language: the counts
    are summed, so the pooled figures are those of one set of all their rows."""
    unknown = [n for n in names if n not in HELD_OUT]
    if unknown:
        raise SystemExit(f"--pool: unknown set(s) {', '.join(unknown)}; known: {', '.join(HELD_OUT)}")
    out: dict[str, dict] = {}
    langs = [lang for lang in ("en", "cs", "sk", "hu", "pl") if all(lang in HELD_OUT[n][2] for n in names)]
    for lang in langs:
        total = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
        for n in names:
            folder, label, _ = HELD_OUT[n]
            c = counts(read(folder / f"{lang}.csv"))
            out[f"{label} ({lang})"] = ratios(c) | c
            total = {k: total[k] + c[k] for k in total}
        out[f"pooled {'+'.join(n.removeprefix('holdout') or '1' for n in names)} ({lang})"] = ratios(total) | total
    return out


def main() -> int:
    if "--pool" in sys.argv:
        i = sys.argv.index("--pool")
        if i + 1 >= len(sys.argv):
            raise SystemExit("--pool needs set names, e.g. --pool holdout3,holdout4")
        results = pooled([n for n in sys.argv[i + 1].split(",") if n])
    else:
        exclude = frozenset()
        if "--exclude" in sys.argv:
            i = sys.argv.index("--exclude")
            exclude = frozenset(n for n in (sys.argv[i + 1] if i + 1 < len(sys.argv) else "").split(",") if n)
            unknown = sorted(exclude - HELD_OUT.keys())
            if not exclude or unknown:
                raise SystemExit(f"--exclude needs held-out set names; known: {', '.join(HELD_OUT)}")
        results = {name: measure(rows) for name, rows in sets(exclude).items()}
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
        return 0
    counted = any("tp" in m for m in results.values())
    extra = f" {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}" if counted else ""
    print(f"{'set':28} {'rows':>5} {'acc':>6} {'prec':>6} {'rec':>6} {'F1':>6}{extra}")
    for name, m in results.items():
        extra = "".join(f" {m[k]:>4}" for k in ("tp", "fp", "fn", "tn")) if counted else ""
        print(f"{name:28} {m['rows']:>5} {m['accuracy']:>6.3f} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
