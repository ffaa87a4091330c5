"""SMART Concept or SDG detection on real strategy passages (issue 6), against hand labels.

Usage:
  .venv/bin/python eval/real_passages.py --texts /work/coord/real_passages/passages.jsonl
  ... [--json] [--labels eval/real_passages/labels.yaml]
  ... --framework sdg [--labels eval/real_passages/sdg-labels.yaml]
  both sets in one table (ids become 1:<id>, 2:<id>):
  ... --framework sdg --texts passages.jsonl passages2.jsonl \
      --labels eval/real_passages/sdg-labels.yaml eval/real_passages/set2/sdg-labels.yaml

The texts are third-party and live outside the repository (JSON lines {"id", "lang", "text"});
eval/real_passages/labels.yaml holds, per passage, its sha256, length, source and the criteria a
reader labelled before any scoring. Every text is checked against its hash first: a missing,
extra or changed text stops the run, so the figures always belong to the labelled texts. The
texts were lost once with a machine and rebuilt by hash (real_passages/rebuild.py), and a few
could not be found again: --missing-ok leaves the passages with no text out of the figures and
names them in the output ("left_out"); a changed or extra text still stops the run.

Each passage goes through the same classification as `s4s classify --framework concept` with
the passage's language given (generator.commands.classify.classify). On a single passage a
structure criterion means "evidence present in this passage", so label and prediction are
compared like with like: a criterion counts as detected when classify lists it.
Figures: per criterion, micro (over all passage x criterion pairs) and macro (mean over the
criteria that have a label or a detection) precision, recall and F1, overall, for structure
(S-*) and content (C-*) criteria, and per language; then every disagreement with the matched
terms and quote. Output is deterministic (sorted, no timestamps).

With --framework sdg the passages go through `s4s classify --framework sdg` (the same function,
language given) and are compared with the SDG labels (`sdg-labels.yaml`: per passage the goals
1-17 it is relevant to; an empty list is a label). Figures: micro and macro over the 17 goals,
overall and per language, per goal, passage-level exact agreement (how many labelled negatives
stay empty), then every disagreement.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.commands.classify import classify  # noqa: E402
from generator.concept import load_concept  # noqa: E402

LABELS = ROOT / "eval" / "real_passages" / "labels.yaml"
SDG_LABELS = ROOT / "eval" / "real_passages" / "sdg-labels.yaml"
SDG_KEYS = [f"SDG-{n}" for n in range(1, 18)]
# framework -> default labels file
DEFAULT_LABELS = {"concept": LABELS, "sdg": SDG_LABELS}


class EvalError(Exception):
    pass


def read_labels(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["passages"]


def read_texts(path: Path) -> dict[str, dict]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                out[str(item["id"])] = {"text": item["text"], "lang": item.get("lang")}
            except (ValueError, KeyError, TypeError) as exc:
                raise EvalError(f"{path}:{n}: expected a JSON object with 'id' and 'text' ({exc})") from None
    return out


def check(labels: list[dict], texts: dict[str, dict], path: Path, missing_ok: bool = False) -> list[str]:
    """Problems that make the run meaningless: a text missing (unless missing_ok), extra, or not
    the labelled one."""
    problems = []
    ids = {e["id"] for e in labels}
    for e in labels:
        t = texts.get(e["id"])
        if t is None:
            if not missing_ok:
                problems.append(f"{path}: no text for {e['id']} (--missing-ok leaves it out)")
            continue
        digest = hashlib.sha256(t["text"].encode("utf-8")).hexdigest()
        if digest != e["sha256"] or len(t["text"]) != e["length"]:
            problems.append(f"{path}: {e['id']}: text differs from the labelled one "
                            f"(sha256 {digest[:12]}..., {len(t['text'])} chars; label says {e['sha256'][:12]}..., {e['length']})")
    problems += [f"{path}: {i}: text has no label" for i in sorted(set(texts) - ids)]
    return problems


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def summarise(rows: list[dict], criteria: list[str]) -> dict:
    """Micro and macro P/R/F1 of `rows` (each: gold set, pred set) over `criteria`."""
    per = {}
    for c in criteria:
        tp = sum(c in r["gold"] and c in r["pred"] for r in rows)
        fp = sum(c not in r["gold"] and c in r["pred"] for r in rows)
        fn = sum(c in r["gold"] and c not in r["pred"] for r in rows)
        per[c] = prf(tp, fp, fn)
    active = [c for c in criteria if per[c]["tp"] + per[c]["fp"] + per[c]["fn"]]
    micro = prf(sum(per[c]["tp"] for c in criteria), sum(per[c]["fp"] for c in criteria),
                sum(per[c]["fn"] for c in criteria))
    n = len(active) or 1
    macro = {k: round(sum(per[c][k] for c in active) / n, 3) for k in ("precision", "recall", "f1")}
    macro["criteria"] = len(active)
    return {"passages": len(rows), "micro": micro, "macro": macro, "per_criterion": per}


def gold(e: dict, framework: str, keys: list[str]) -> set[str]:
    """The labelled keys of one passage; an unknown criterion or goal stops the run."""
    if framework == "sdg":
        goals = e.get("sdg")
        if not isinstance(goals, list) or not all(isinstance(g, int) and 1 <= g <= 17 for g in goals):
            raise EvalError(f"labels: {e['id']}: 'sdg' must be a list of goal numbers 1-17 (got {goals!r})")
        return {f"SDG-{g}" for g in goals}
    unknown = set(e["criteria"]) - set(keys)
    if unknown:
        raise EvalError(f"labels: {e['id']}: unknown criteria {sorted(unknown)}")
    return set(e["criteria"])


def evaluate(labels: list[dict], texts: dict[str, dict], framework: str = "concept") -> dict:
    if framework == "sdg":
        concept, criteria = None, SDG_KEYS
        groups: dict[str, list[str]] = {}
    else:
        concept = load_concept(ROOT / "concept")
        criteria = [c.id for c in concept.framework("concept")]
        groups = {"structure": [c for c in criteria if c.startswith("S-")],
                  "content": [c for c in criteria if not c.startswith("S-")]}
    rows = []
    for e in sorted(labels, key=lambda e: e["id"]):
        t = texts[e["id"]]
        g = gold(e, framework, criteria)
        out = classify(e["id"], t["text"], framework, e["lang"], concept)
        pred = {f"SDG-{n}" for n in out["sdgs"]} if framework == "sdg" else set(out["criteria"])
        rows.append({"id": e["id"], "lang": e["lang"], "gold": g, "pred": pred,
                     "evidence": {ev["id"]: ev for ev in out["evidence"]}})
    result = {"overall": summarise(rows, criteria)}
    for name, keys in groups.items():
        result[name] = summarise(rows, keys)
    result["by_language"] = {}
    for lang in sorted({r["lang"] for r in rows}):
        sub = [r for r in rows if r["lang"] == lang]
        result["by_language"][lang] = {"all": summarise(sub, criteria),
                                       **{name: summarise(sub, keys) for name, keys in groups.items()}}
    if framework == "sdg":
        result = {"framework": "sdg", **result, "passage_level": passage_level(rows)}
    dis = []
    for r in rows:
        for c in criteria:
            if (c in r["gold"]) == (c in r["pred"]):
                continue
            ev = r["evidence"].get(c)
            dis.append({"id": r["id"], "lang": r["lang"], "criterion": c,
                        "kind": "missed" if c in r["gold"] else "extra",
                        "terms": ev["terms"] if ev else [], "quote": ev["quote"] if ev else ""})
    result["disagreements"] = dis
    return result


def passage_level(rows: list[dict]) -> dict:
    """Agreement per passage, which micro/macro figures cannot show: a labelled negative (no goal)
    that stays empty is a correct answer that adds nothing to TP/FP/FN."""
    neg = [r for r in rows if not r["gold"]]
    return {"passages": len(rows), "exact": sum(r["gold"] == r["pred"] for r in rows),
            "labelled_negatives": len(neg), "negatives_nothing_detected": sum(not r["pred"] for r in neg),
            "nothing_detected": sum(not r["pred"] for r in rows)}


def line(name: str, m: dict) -> str:
    mi, ma = m["micro"], m["macro"]
    return (f"{name:22} {m['passages']:>4} {mi['tp']:>4} {mi['fp']:>4} {mi['fn']:>4}  "
            f"{mi['precision']:>5.3f} {mi['recall']:>5.3f} {mi['f1']:>5.3f}  "
            f"{ma['precision']:>5.3f} {ma['recall']:>5.3f} {ma['f1']:>5.3f} {ma['criteria']:>3}")


def report(res: dict) -> str:
    out = [f"{'set':22} {'pas':>4} {'tp':>4} {'fp':>4} {'fn':>4}  {'microP':>5} {'microR':>5} {'microF':>5}  "
           f"{'macP':>5} {'macR':>5} {'macF':>5} {'n':>3}"]
    sdg = res.get("framework") == "sdg"
    if res.get("left_out"):
        out.insert(0, f"left out (no text): {len(res['left_out'])}: {' '.join(res['left_out'])}")
    out.append(line("all goals" if sdg else "all criteria", res["overall"]))
    if not sdg:
        out.append(line("structure S-*", res["structure"]))
        out.append(line("content C-*", res["content"]))
    for lang, m in res["by_language"].items():
        out.append(line(f"{lang} all", m["all"]))
        if not sdg:
            out.append(line(f"{lang} structure", m["structure"]))
            out.append(line(f"{lang} content", m["content"]))
    if sdg:
        pl = res["passage_level"]
        out += ["", f"passages: {pl['passages']}, exactly the labelled goals: {pl['exact']}, "
                f"nothing detected: {pl['nothing_detected']}; labelled negatives: {pl['labelled_negatives']}, "
                f"of which nothing detected: {pl['negatives_nothing_detected']}"]
    out += ["", f"{'goal' if sdg else 'criterion':20} {'tp':>3} {'fp':>3} {'fn':>3}  {'P':>5} {'R':>5} {'F1':>5}"]
    for c, m in res["overall"]["per_criterion"].items():
        out.append(f"{c:20} {m['tp']:>3} {m['fp']:>3} {m['fn']:>3}  {m['precision']:>5.3f} {m['recall']:>5.3f} {m['f1']:>5.3f}")
    out += ["", f"disagreements: {len(res['disagreements'])} "
            f"(missed = labelled, not detected; extra = detected, not labelled)"]
    for d in res["disagreements"]:
        extra = f"  terms={d['terms']}  quote={d['quote'][:160]!r}" if d["kind"] == "extra" else ""
        out.append(f"{d['id']:6} {d['criterion']:18} {d['kind']:6}{extra}")
    return "\n".join(out)


def load_sets(text_paths: list[Path], label_paths: list[Path],
              missing_ok: bool = False) -> tuple[list[dict], dict[str, dict], list[str]]:
    """Labels and texts of one or more sets, each checked against its own hashes, and the ids
    left out for want of a text (missing_ok). With more than one set the ids become "<n>:<id>"
    (n = 1, 2, ... in the order given): ids repeat across sets, and one run then gives one table
    for all of them."""
    all_labels: list[dict] = []
    all_texts: dict[str, dict] = {}
    left_out: list[str] = []
    for n, (tp, lp) in enumerate(zip(text_paths, label_paths, strict=True), 1):  # (main checks the counts)
        labels, texts = read_labels(lp), read_texts(tp)
        problems = check(labels, texts, tp, missing_ok)
        if problems:
            raise EvalError("\n".join(problems))
        prefix = f"{n}:" if len(text_paths) > 1 else ""
        left_out += [prefix + e["id"] for e in labels if e["id"] not in texts]
        all_labels += [dict(e, id=prefix + e["id"]) for e in labels if e["id"] in texts]
        all_texts.update({prefix + i: t for i, t in texts.items()})
    return all_labels, all_texts, left_out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", required=True, type=Path, nargs="+",
                    help="JSON lines {id, lang, text} (kept outside the repo); several sets: one file each")
    ap.add_argument("--framework", choices=sorted(DEFAULT_LABELS), default="concept")
    ap.add_argument("--labels", type=Path, nargs="+",
                    help="labels YAML, one per --texts file (default for one set: labels.yaml, or sdg-labels.yaml for sdg)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--missing-ok", action="store_true",
                    help="leave out (and name) the labelled passages that have no text")
    args = ap.parse_args(argv)
    label_paths = args.labels or [DEFAULT_LABELS[args.framework]]
    if len(label_paths) != len(args.texts):
        ap.error("give one --labels file per --texts file")
    try:
        labels, texts, left_out = load_sets(args.texts, label_paths, args.missing_ok)
        res = evaluate(labels, texts, args.framework)
        if left_out:
            res["left_out"] = left_out
    except (OSError, EvalError) as exc:
        print(f"real_passages: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(res, indent=1, ensure_ascii=False, sort_keys=False, default=sorted))
    else:
        print(report(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
