"""Agreement of the scorer with the example strategies' answer keys (examples/keys/*.yaml).

Usage: .venv/bin/python eval/examples_agreement.py [--detail]
Reads examples/<cc>/<slug>.md when present; otherwise the example source
(examples/sources/<cc>-<slug>.txt) directly, pages split at <<<pagebreak>>> (an approximation
of the rendered PDF's pages; text in <<<scan blocks is kept, as OCR would read it).
For concept criteria a key status is compared with the scored status; for SDGs and EGD areas
"addressed" (key lists it) is compared with "met or partial".
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.concept import load_concept  # noqa: E402
from generator.models import Page, Strategy  # noqa: E402
from generator.score import score  # noqa: E402


def from_source(path: Path) -> Strategy:
    raw = path.read_text(encoding="utf-8")
    _, front, body = raw.split("---\n", 2)
    meta = yaml.safe_load(front)
    meta["id"] = path.stem
    body = re.sub(r"^(<<<columns|<<<scan|>>>)\s*$", "", body, flags=re.MULTILINE)
    pages = [Page(i + 1, t, 1) for i, t in enumerate(re.split(r"^<<<pagebreak>>>\s*$", body, flags=re.MULTILINE))]
    return Strategy(path, meta, tuple(pages))


def strategy_for(key: Path) -> Strategy:
    cc, slug = key.stem.split("-", 1)
    md = ROOT / "examples" / cc / f"{slug}.md"
    if md.exists():
        from generator.load import load_strategy

        return load_strategy(md)
    return from_source(ROOT / "examples" / "sources" / f"{key.stem}.txt")


def main() -> int:
    detail = "--detail" in sys.argv
    concept = load_concept(ROOT / "concept")
    per_crit: dict[str, Counter] = {}
    overall = Counter()
    for key in sorted((ROOT / "examples" / "keys").glob("*.yaml")):
        k = yaml.safe_load(key.read_text(encoding="utf-8"))
        try:
            s = strategy_for(key)
        except FileNotFoundError:
            continue
        a = score(s, concept)
        got = {f.criterion: f.status for f in a.concept}
        got_sdg = {int(f.criterion.split("-")[1]) for f in a.sdg if f.status != "missing"}
        got_egd = {f.criterion for f in a.egd if f.status != "missing"}
        c = Counter()
        rows = []
        for cid, want in (k.get("concept") or {}).items():
            ok = got.get(cid) == want
            c["concept", ok] += 1
            per_crit.setdefault(cid, Counter())[ok] += 1
            if not ok:
                rows.append(f"    {cid}: key {want}, scored {got.get(cid)}")
        for n in range(1, 18):
            ok = (n in set(k.get("sdg") or [])) == (n in got_sdg)
            c["sdg", ok] += 1
            per_crit.setdefault(f"SDG-{n}", Counter())[ok] += 1
            if not ok:
                rows.append(f"    SDG-{n}: key {'addressed' if n in (k.get('sdg') or []) else 'not'}, scored "
                            f"{next(f.status for f in a.sdg if f.criterion == f'SDG-{n}')}")
        for e in [x.id for x in concept.framework("egd")]:
            ok = (e in set(k.get("egd") or [])) == (e in got_egd)
            c["egd", ok] += 1
            per_crit.setdefault(e, Counter())[ok] += 1
            if not ok:
                rows.append(f"    {e}: key {'addressed' if e in (k.get('egd') or []) else 'not'}, scored "
                            f"{next(f.status for f in a.egd if f.criterion == e)}")
        overall.update(c)
        parts = ", ".join(f"{fw} {c[fw, True]}/{c[fw, True] + c[fw, False]}" for fw in ("concept", "sdg", "egd"))
        print(f"{key.stem}: score {a.score:.1f}; agreement {parts}")
        if detail:
            print("\n".join(rows))
    for fw in ("concept", "sdg", "egd"):
        n = overall[fw, True] + overall[fw, False]
        if n:
            print(f"overall {fw}: {overall[fw, True]}/{n} = {overall[fw, True] / n:.1%}")
    if detail:
        for cid, cnt in per_crit.items():
            print(f"  {cid}: {cnt[True]}/{cnt[True] + cnt[False]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
