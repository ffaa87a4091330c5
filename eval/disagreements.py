"""Every disagreement between the scorer and the example answer keys, with its evidence.

Usage:
  .venv/bin/python eval/disagreements.py                 # list: example, criterion, key, scored
  .venv/bin/python eval/disagreements.py --evidence      # ... with every matching passage
  .venv/bin/python eval/disagreements.py --show EX CRIT  # every passage of one criterion
  .venv/bin/python eval/disagreements.py --md            # write eval/DISAGREEMENTS.md

--md joins the current list with the hand-written classifications in
eval/disagreement-notes.yaml ({example: {criterion: {class, reason}}}) so the document always
shows the scorer's present state: a disagreement without a note is printed as
"unclassified", a note whose disagreement has gone is dropped (and reported on stderr).
The scorer is only called, never changed: the passages are found the way
generator.score._framework finds them (headings carry over to the next passage).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from examples_agreement import strategy_for  # noqa: E402

from generator.concept import load_concept  # noqa: E402
from generator.score import _with_heading, criteria_matcher, score  # noqa: E402
from generator.text import passages  # noqa: E402

NOTES = ROOT / "eval" / "disagreement-notes.yaml"
CLASSES = ("lexicon gap", "key wrong", "scorer limit")


def evidence_items(strategy, concept, framework: str) -> dict[str, list[tuple[int, str, list[str]]]]:
    """criterion -> [(page, passage text, distinct terms)] for every evidence passage."""
    ps = passages(strategy.pages, strategy.language)
    matcher = criteria_matcher(concept, framework, strategy.language)
    found: dict[str, list[tuple[int, str, list[str]]]] = {}
    pending = None
    for p in ps:
        if p.kind == "heading":
            hits = matcher.match(p.tokens)
            pending = (p, hits) if hits else None
            continue
        if not p.evidence:
            continue
        hits = matcher.match(p.tokens)
        if pending is not None:
            p, hits = _with_heading(pending[0], pending[1], p, hits)
            pending = None
        per: dict[str, set[str]] = {}
        for h in hits:
            per.setdefault(h.key, set()).add(h.term)
        for key, terms in per.items():
            found.setdefault(key, []).append((p.page, p.text, sorted(terms)))
    return found


def current(concept) -> list[dict]:
    """The disagreements, in example then criterion order (concept, SDG, EGD)."""
    rows = []
    for key in sorted((ROOT / "examples" / "keys").glob("*.yaml")):
        k = yaml.safe_load(key.read_text(encoding="utf-8"))
        s = strategy_for(key)
        a = score(s, concept)
        got = {f.criterion: f.status for f in a.concept + a.sdg + a.egd}
        for cid, want in (k.get("concept") or {}).items():
            if got.get(cid) != want:
                rows.append({"example": key.stem, "criterion": cid, "key": want, "scored": got.get(cid)})
        sdg = set(k.get("sdg") or [])
        for n in range(1, 18):
            st = got[f"SDG-{n}"]
            if (n in sdg) != (st != "missing"):
                rows.append({"example": key.stem, "criterion": f"SDG-{n}",
                             "key": "addressed" if n in sdg else "not", "scored": st})
        egd = set(k.get("egd") or [])
        for c in concept.framework("egd"):
            st = got[c.id]
            if (c.id in egd) != (st != "missing"):
                rows.append({"example": key.stem, "criterion": c.id,
                             "key": "addressed" if c.id in egd else "not", "scored": st})
    return rows


def show(concept, example: str, crit: str) -> None:
    s = strategy_for(ROOT / "examples" / "keys" / f"{example}.yaml")
    fw = "concept" if crit[:2] in ("S-", "C-") else "egd" if crit.startswith("EGD") else "sdg"
    if fw == "sdg":
        print("(SDG passages: see the scored evidence in generator.score; not listed here)")
        return
    items = evidence_items(s, concept, fw).get(crit, [])
    terms = sorted({t for _, _, ts in items for t in ts})
    print(f"{example} {crit}: {len(items)} passages, {len(terms)} distinct terms: {terms}")
    for page, text, ts in items:
        print(f"  p{page} {ts}: {text[:240]!r}")


def write_md(concept, rows: list[dict]) -> str:
    notes = yaml.safe_load(NOTES.read_text(encoding="utf-8")) if NOTES.exists() else {}
    used = set()
    lines = []
    count: Counter = Counter()
    for r in rows:
        n = (notes.get(r["example"]) or {}).get(r["criterion"]) or {}
        cls = n.get("class", "unclassified")
        used.add((r["example"], r["criterion"]))
        fw = "concept" if r["criterion"][:2] in ("S-", "C-") else r["criterion"].split("-")[0]
        count[fw, cls] += 1
        reason = " ".join(str(n.get("reason", "")).split()).replace("|", "\\|")
        lines.append(f"| {r['example']} | {r['criterion']} | {r['key']} | {r['scored']} | {cls} | {reason} |")
    for ex, crits in sorted(notes.items()):
        for crit in sorted(crits or {}):
            if (ex, crit) not in used:
                print(f"note without a disagreement (resolved): {ex} {crit}", file=sys.stderr)
    summary = ["| framework | " + " | ".join(CLASSES) + " | unclassified | total |",
               "| --- | " + " | ".join("---:" for _ in CLASSES) + " | ---: | ---: |"]
    for fw in ("concept", "SDG", "EGD"):
        cells = [count[fw, c] for c in (*CLASSES, "unclassified")]
        summary.append(f"| {fw} | " + " | ".join(str(x) for x in cells) + f" | {sum(cells)} |")
    head = (ROOT / "eval" / "disagreements-head.md")
    intro = head.read_text(encoding="utf-8") if head.exists() else "# Disagreements\n"
    return (intro.rstrip() + "\n\n## Summary per class\n\n" + "\n".join(summary)
            + "\n\n## Every disagreement\n\n"
            + "| example | criterion | key | scored | class | reason (page) |\n| --- | --- | --- | --- | --- | --- |\n"
            + "\n".join(lines) + "\n")


def main(argv: list[str]) -> int:
    concept = load_concept(ROOT / "concept")
    if argv[:1] == ["--show"]:
        show(concept, argv[1], argv[2])
        return 0
    rows = current(concept)
    if "--md" in argv:
        (ROOT / "eval" / "DISAGREEMENTS.md").write_text(write_md(concept, rows), encoding="utf-8")
        print(f"wrote eval/DISAGREEMENTS.md ({len(rows)} disagreements)")
        return 0
    for r in rows:
        print(f"{r['example']} {r['criterion']}: key {r['key']}, scored {r['scored']}")
        if "--evidence" in argv and r["criterion"][:2] in ("S-", "C-", "EG"):
            show(concept, r["example"], r["criterion"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
