"""Every disagreement between the scorer and the example answer keys, with its evidence.

Usage:
  .venv/bin/python eval/disagreements.py                 # list: example, criterion, key, scored
  .venv/bin/python eval/disagreements.py --evidence      # ... with every matching passage
  .venv/bin/python eval/disagreements.py --show EX CRIT  # every passage of one criterion
  .venv/bin/python eval/disagreements.py --md            # write eval/DISAGREEMENTS.md
  .venv/bin/python eval/disagreements.py --simulate      # concept agreement under proposed rules

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
from generator.score import NAME_HEAD, _with_heading, criteria_matcher, score  # noqa: E402
from generator.text import passages  # noqa: E402

NOTES = ROOT / "eval" / "disagreement-notes.yaml"
CLASSES = ("lexicon gap", "key wrong", "scorer limit")


def evidence_items(strategy, concept, framework: str, cross_nested: bool = False
                   ) -> dict[str, list[tuple[int, str, list[str]]]]:
    """criterion -> [(page, passage text, distinct terms)] for every evidence passage.

    cross_nested=True simulates proposal P3: a structure hit (S-...) lying inside a longer hit
    of another criterion is dropped: the structure word is part of a name ("akčný plán" in
    the S-LINKS term "Akčný plán inteligentných miest a regiónov", "działanie" in "lokalna
    grupa działania"). Content hits stay ("klaster" in "klaster energii" is a partnership).
    """
    ps = passages(strategy.pages, strategy.language)
    matcher = criteria_matcher(concept, framework, strategy.language)
    found: dict[str, list[tuple[int, str, list[str]]]] = {}
    pending = None
    for p in ps:
        if p.kind == "heading":
            hits = matcher.match(p.text)
            pending = (p, hits) if hits else None
            continue
        if not p.evidence:
            continue
        hits = matcher.match(p.text)
        if pending is not None:
            p, hits = _with_heading(pending[0], pending[1], p, hits)
            pending = None
        if cross_nested:
            hits = [h for h in hits if not h.key.startswith("S-") or not any(
                o.key != h.key and o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
                for o in hits)]
        per: dict[str, set[str]] = {}
        for h in hits:
            if h.key != NAME_HEAD:  # (the words that open a law's or an office's name: no criterion)
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


# --- proposed scorer rules (generator/score.py is not ours: simulated here, measured) ------

IMPLEMENTATION = ("S-INDICATORS", "S-ACTIONPLAN")  # P1: without either, content is intention only
VISION_MIN_SENTENCES = 2  # P2: a vision paragraph of at least two sentences under a vision term


def _status(items, c) -> str:
    """generator.score._coverage_status on (page, text, terms) items."""
    from generator.score import DENSE_TERMS, MET_MIN_TERMS

    terms = {t for _, _, ts in items for t in ts}
    n = len(items)
    if (n >= c.met and len(terms) >= MET_MIN_TERMS) or (n >= 1 and len(terms) >= c.met + DENSE_TERMS):
        return "met"
    return "partial" if n >= c.partial else "missing"


def simulated(concept, rules: frozenset[str]) -> dict[str, dict[str, str]]:
    """example -> criterion -> status under the proposals in `rules` (P1, P2, P3)."""
    import re

    out = {}
    for key in sorted((ROOT / "examples" / "keys").glob("*.yaml")):
        s = strategy_for(key)
        items = evidence_items(s, concept, "concept", cross_nested="P3" in rules)
        got = {c.id: _status(items.get(c.id, []), c) for c in concept.framework("concept")}
        if "P2" in rules and got["S-VISION"] == "partial":
            # the vision paragraph itself: a passage of two or more sentences
            if any(len([x for x in re.split(r"(?<=[.!?])\s+", t) if len(x.split()) >= 4]) >= VISION_MIN_SENTENCES
                   for _, t, _ in items.get("S-VISION", [])):
                got["S-VISION"] = "met"
        if "P1" in rules and all(got[x] != "met" for x in IMPLEMENTATION):
            got = {k: ("partial" if k.startswith("C-") and v == "met" else v) for k, v in got.items()}
        out[key.stem] = got
    return out


def simulate(concept) -> None:
    keys = {k.stem: yaml.safe_load(k.read_text(encoding="utf-8"))["concept"]
            for k in sorted((ROOT / "examples" / "keys").glob("*.yaml"))}
    base = simulated(concept, frozenset())
    total = sum(len(v) for v in keys.values())

    def agree(got):
        return sum(got[e][c] == w for e, k in keys.items() for c, w in k.items())

    print(f"current rules: {agree(base)}/{total}")
    for rules in (("P1",), ("P2",), ("P3",), ("P1", "P2", "P3")):
        got = simulated(concept, frozenset(rules))
        flips = [(e, c, keys[e][c], base[e][c], got[e][c]) for e in keys for c in keys[e] if got[e][c] != base[e][c]]
        print(f"{'+'.join(rules)}: {agree(got)}/{total} = {agree(got) / total:.1%}")
        for e, c, want, was, now in flips:
            print(f"    {e} {c}: key {want}, {was} -> {now} ({'fixed' if now == want else 'broken' if was == want else 'still wrong'})")


def _framework_of(cid: str) -> str:
    return "concept" if cid[:2] in ("S-", "C-") else cid.split("-")[0]


def figures(concept, rows: list[dict]) -> tuple[list[str], list[str]]:
    """Markdown rows: agreement per example and per criterion (current scorer, current keys)."""
    keys = sorted((ROOT / "examples" / "keys").glob("*.yaml"))
    sizes = {"concept": len(concept.framework("concept")), "SDG": 17, "EGD": len(concept.framework("egd"))}
    wrong: Counter = Counter((r["example"], _framework_of(r["criterion"])) for r in rows)
    per_ex = ["| example | concept | SDG | EGD |", "| --- | ---: | ---: | ---: |"]
    tot: Counter = Counter()
    for k in keys:
        cells = []
        for fw, n in sizes.items():
            ok = n - wrong[k.stem, fw]
            tot[fw, "ok"] += ok
            tot[fw, "n"] += n
            cells.append(f"{ok}/{n}")
        per_ex.append(f"| {k.stem} | " + " | ".join(cells) + " |")
    per_ex.append("| **all** | " + " | ".join(
        f"**{tot[fw, 'ok']}/{tot[fw, 'n']} = {tot[fw, 'ok'] / tot[fw, 'n']:.1%}**" for fw in sizes) + " |")
    crit_wrong: Counter = Counter(r["criterion"] for r in rows)
    ids = ([c.id for c in concept.framework("concept")] + [f"SDG-{n}" for n in range(1, 18)]
           + [c.id for c in concept.framework("egd")])
    per_crit = ["| criterion | agreement | criterion | agreement | criterion | agreement |",
                "| --- | ---: | --- | ---: | --- | ---: |"]
    cells = [f"{cid} | {len(keys) - crit_wrong[cid]}/{len(keys)}" for cid in ids]
    for i in range(0, len(cells), 3):
        chunk = cells[i:i + 3] + ["|"] * (3 - len(cells[i:i + 3]))
        per_crit.append("| " + " | ".join(chunk) + " |")
    return per_ex, per_crit


def write_md(concept, rows: list[dict]) -> str:
    notes = yaml.safe_load(NOTES.read_text(encoding="utf-8")) if NOTES.exists() else {}
    resolved = notes.pop("_resolved", None) or []
    used = set()
    lines = []
    count: Counter = Counter()
    done: Counter = Counter()
    done_lines = []
    for ex, crit, want, was, cls, reason in resolved:
        done[_framework_of(crit), cls] += 1
        reason = " ".join(str(reason).split()).replace("|", "\\|")
        done_lines.append(f"| {ex} | {crit} | {want} | {was} | {cls} | {reason} |")
    for r in rows:
        n = (notes.get(r["example"]) or {}).get(r["criterion"]) or {}
        cls = n.get("class", "unclassified")
        used.add((r["example"], r["criterion"]))
        count[_framework_of(r["criterion"]), cls] += 1
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
        summary.append(f"| {fw}, open | " + " | ".join(str(x) for x in cells) + f" | {sum(cells)} |")
    for fw in ("concept", "SDG", "EGD"):
        cells = [done[fw, c] for c in (*CLASSES, "unclassified")]
        summary.append(f"| {fw}, resolved in the review | " + " | ".join(str(x) for x in cells) + f" | {sum(cells)} |")
    per_ex, per_crit = figures(concept, rows)
    keys = {k.stem: yaml.safe_load(k.read_text(encoding="utf-8"))["concept"]
            for k in sorted((ROOT / "examples" / "keys").glob("*.yaml"))}
    total = sum(len(v) for v in keys.values())
    sim = ["| rules | concept agreement |", "| --- | ---: |"]
    for rules in ((), ("P1",), ("P2",), ("P3",), ("P1", "P2", "P3")):
        got = simulated(concept, frozenset(rules))
        ok = sum(got[e][c] == w for e, k in keys.items() for c, w in k.items())
        sim.append(f"| {'+'.join(rules) or 'none (the scorer before P1, P3)'} | {ok}/{total} = {ok / total:.1%} |")
    head = ROOT / "eval" / "disagreements-head.md"
    intro = head.read_text(encoding="utf-8") if head.exists() else "# Disagreements\n"
    return "\n".join([
        intro.rstrip(), "",
        "## Agreement now (generated)", "",
        "`.venv/bin/python eval/examples_agreement.py --detail` prints the same figures.", "",
        *per_ex, "", "Per criterion (11 examples each):", "", *per_crit, "",
        "## Proposed scorer rules, simulated (generated by `--simulate`)", "", *sim, "",
        "## Summary per class (current disagreements)", "", *summary, "",
        "## Every current disagreement (generated; reasons from eval/disagreement-notes.yaml)", "",
        "| example | criterion | key | scored | class | reason (page) |",
        "| --- | --- | --- | --- | --- | --- |",
        *lines, "",
        "## Resolved in the review (from eval/disagreement-notes.yaml `_resolved`)", "",
        "| example | criterion | key | scored before | class | what it was, what fixed it (page) |",
        "| --- | --- | --- | --- | --- | --- |",
        *done_lines, "",
    ])


def main(argv: list[str]) -> int:
    concept = load_concept(ROOT / "concept")
    if "--simulate" in argv:
        simulate(concept)
        return 0
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
