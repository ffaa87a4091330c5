"""Synthetic strategy corpora for benchmarks and scale tests (never for the site).

N strategies across the four countries and five languages; each text is assembled from the
example strategies' paragraphs in its language, so scoring does real work. Deterministic:
the same N and seed give the same files.

    python benchmarks/synth.py N OUT_ROOT [--seed 1] [--source examples]

writes OUT_ROOT/examples/<cc>/<slug>.md (marked `example: true`, as synthetic data must never
pass for a real strategy).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.load import load_strategy  # noqa: E402

COUNTRY_LANGS = {"cz": ["cs", "cs", "en"], "sk": ["sk", "sk", "cs"], "hu": ["hu", "hu", "en"], "pl": ["pl", "pl", "en"]}
LEVELS = ["municipality", "city", "city", "region", "metropolitan-area"]


def paragraphs_by_language(source: Path) -> dict[str, list[str]]:
    """Every paragraph of every example strategy, grouped by language."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(source.glob("*/*.md")):
        strategy = load_strategy(path)
        if strategy.awaited:
            continue
        for page in strategy.pages:
            for block in re.split(r"\n\s*\n", page.text):
                block = block.strip()
                if len(block) > 40:
                    found[strategy.language].append(block)
    return found


def make_corpus(n: int, out_root: Path, source: Path, seed: int = 1, pages: tuple[int, int] = (10, 25)) -> list[Path]:
    """Write n synthetic strategy files under out_root/examples/ and return their paths."""
    pools = paragraphs_by_language(source)
    if not pools:
        raise SystemExit(f"no example strategies with text under {source}")
    rng = random.Random(seed)
    countries = sorted(COUNTRY_LANGS)
    written = []
    for i in range(n):
        cc = countries[i % 4]
        lang = COUNTRY_LANGS[cc][(i // 4) % 3]
        if lang not in pools:
            lang = rng.choice(sorted(pools))
        pool = pools[lang]
        page_count = rng.randint(*pages)
        body = []
        for number in range(1, page_count + 1):
            chosen = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(3, 6))]
            body.append(f"<!-- page {number} -->\n" + "\n\n".join(chosen) + "\n")
        slug = f"synth-{i:05d}"
        text = "".join(body)
        meta = {
            "id": f"{cc}-{slug}",
            "entity": f"Synthetic place {i:05d}",
            "country": cc.upper(),
            "level": LEVELS[i % len(LEVELS)],
            "title": f"Synthetic strategy {i:05d}",
            "title_en": f"Synthetic strategy {i:05d}",
            "language": lang,
            "year_adopted": 2015 + i % 10,
            "period_start": 2015 + i % 10,
            "period_end": 2030 + i % 5,
            "source_url": f"https://example.org/synthetic/{slug}.pdf",
            "source_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "source_pages": page_count,
            "extraction": "text-layer",
            "example": True,
            "notes": "Synthetic benchmark data assembled from example strategies; not a real place.",
        }
        path = out_root / "examples" / cc / f"{slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        path.write_text(f"---\n{head}---\n{text}", encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out_root", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", type=Path, default=ROOT / "examples")
    args = parser.parse_args()
    paths = make_corpus(args.n, args.out_root, args.source, args.seed)
    print(f"{len(paths)} synthetic strategies written under {args.out_root / 'examples'}")


if __name__ == "__main__":
    main()
