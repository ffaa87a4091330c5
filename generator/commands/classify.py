"""`s4s classify`: short texts in, frameworks out (JSON lines), with evidence.

Input lines: {"id": ..., "text": ..., "lang": optional}. Output lines:
{"id", "lang", "sdgs": [3, 11], "evidence": [...]} for --framework sdg, "egd": [ids] for egd,
"criteria": [ids] for concept. The whole text is one unit: SDGs use the lexicon's weighted
rule and goals cited by number (generator.score.sdg_references), EGD and concept criteria need
one matched term, after the structure guard strategy scoring applies to each passage
(generator.score.structure_guard: no structure hit inside a name, none in a resolution's procedure).
The language is detected (py3langid, restricted to cs sk hu pl en) unless --lang or the line's
"lang" gives it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from generator.errors import S4SError
from generator.models import LANGUAGES
from generator.score import (
    criteria_matcher,
    quote,
    sdg_context,
    sdg_detect,
    sdg_guard,
    sdg_matcher,
    sdg_references,
    structure_guard,
)
from generator.text import normalise

OUT_KEY = {"sdg": "sdgs", "egd": "egd", "concept": "criteria"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--framework", choices=sorted(OUT_KEY), default="sdg")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of all texts (detected if not given)")
    parser.add_argument("--input", default="-", help="JSON lines file (default: standard input)")
    parser.add_argument("--quiet", action="store_true", help="no progress output")


def run(args: argparse.Namespace) -> int:
    concept = None
    if args.framework != "sdg":
        from generator.concept import load_concept  # noqa: PLC0415

        concept = load_concept()
    src: TextIO = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")
    with src:
        for out in classify_lines(src, args.framework, args.lang, concept):
            sys.stdout.write(json.dumps(out, ensure_ascii=False, sort_keys=False) + "\n")
    return 0


def classify_lines(lines: Iterable[str], framework: str, lang: str | None, concept=None):
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text, ident = item["text"], item.get("id")
        except (ValueError, KeyError, TypeError) as exc:
            raise S4SError(f"<input>:{n}: expected a JSON object with 'id' and 'text' ({exc})") from None
        yield classify(ident, text, framework, lang or item.get("lang"), concept)


def classify(ident: Any, text: str, framework: str, lang: str | None = None, concept=None) -> dict[str, Any]:
    text = normalise(str(text))
    lang = lang or detect_language(text)
    if framework == "sdg":
        hits = sdg_matcher(lang).match(text)
        found = sdg_detect(sdg_guard(text, hits) + sdg_references(text, sdg_context(hits)))
        keys = sorted(found, key=lambda g: int(g.split("-")[1]))
        labels: list[Any] = [int(g.split("-")[1]) for g in keys]
    else:
        if concept is None:
            raise S4SError("classify: the concept is needed for --framework egd|concept")
        found = {}
        for h in structure_guard(text, criteria_matcher(concept, framework, lang).match(text)):
            found.setdefault(h.key, []).append(h)
        order = [c.id for c in concept.framework(framework)]
        keys = [k for k in order if k in found]
        labels = list(keys)
    evidence = []
    for key in keys:
        q, spans = quote(text, found[key])
        evidence.append({"id": key, "terms": sorted({h.term for h in found[key]}), "quote": q,
                         "spans": [list(s) for s in spans]})
    return {"id": ident, "lang": lang, OUT_KEY[framework]: labels, "evidence": evidence}


_LANGID = None


def detect_language(text: str) -> str:
    """One of the five languages; py3langid restricted to them tells cs from sk reliably
    enough on a paragraph (the letters ľ ĺ ŕ ô ä mark Slovak, ř ů Czech, and it weighs them)."""
    global _LANGID
    if _LANGID is None:
        from py3langid.langid import _load_identifier  # noqa: PLC0415

        _LANGID = _load_identifier(langs=list(LANGUAGES))
    return _LANGID.classify(text)[0]
