"""Rebuild a set's passage texts from saved source excerpts, by each passage's sha256 and length.

The passage texts are third-party and are kept outside the repository (see README.md), so they
can be lost with the machine. Each labels file keeps every passage's sha256 and length, and the
passages were copied verbatim, whitespace collapsed, from stored page excerpts. Given those
excerpts again (one plain-text file per excerpt in a folder, named ``<passage id>.txt`` where
known; another stored version of the page as ``<passage id>.<anything>.txt``), this finds the
one window of each excerpt whose hash and length are the labelled ones, so a rebuilt text is
provably the labelled text, not a near copy. A passage not found so is then looked for in its own
excerpts with one cut a builder made (one to three lines, the date stamps or the image names left
out), and last with the edits its set's rebuild-edits.yaml notes for it (a stretch the builder
removed, a letter the stored page has changed since; each was found against the hash):

  .venv/bin/python eval/real_passages/rebuild.py --labels eval/real_passages/set9/labels.yaml \\
      --excerpts /work/coord/real_passages/excerpts9 --out /work/coord/real_passages/passages9.jsonl \\
      [--edits eval/real_passages/set9/rebuild-edits.yaml]

Each set's rebuild-queries.yaml (beside its labels; set 1's in this folder) holds the search
query (the search tool's "pages" corpus) that returned each passage's page, and its url: one
look-up per passage gives the excerpts again (save the result's excerpt, JSON escapes decoded, as
<id>.txt). The passages a query never brought back are listed there too.

It prints which ids were found and which not (never the texts), and writes the JSON lines file
({"id", "lang", "text"}, in the labels' order) only when every id is found, unless --partial.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

# Bullets that the set builders dropped from list items before collapsing whitespace (U+F0B7: the
# Symbol font's bullet, a private-use character that PDF-to-text pages keep).
_BULLETS = re.compile("[•●▪■◦‣∙·\uf0b7]")


def variants(raw: str) -> list[str]:
    """The ways a builder may have flattened an excerpt: whitespace collapsed, bullets kept or dropped."""
    plain = " ".join(raw.split())
    unbulleted = " ".join(_BULLETS.sub(" ", raw).split())
    return [plain] if unbulleted == plain else [plain, unbulleted]


# A date stamp (with an optional time) that a builder left out, e.g. one run together with a title.
_DATE_STAMP = re.compile(r"(?<!\d)\d{1,2}\. ?\d{1,2}\. ?\d{4}(?: \d{1,2}:\d{2})?")
# An image file name at the start of a line (a stored page's picture caption), e.g. "perex_x.jpg".
_IMAGE_NAME = re.compile(r"(?m)^[ \t]*\S[^\n]{0,80}?\.(?:jpe?g|png|gif|webp)(?=\s|$)", re.IGNORECASE)


def cut_variants(raw: str) -> list[str]:
    """Flattenings of an excerpt with one builder's cut: one to three consecutive lines left out (a
    repeated heading, a date line, a document-path line, a category and photo-credit line), or its
    date stamps, or its image file names left out. Tried only on the passage's own excerpt, after
    the plain variants of every excerpt."""
    lines = raw.split("\n")
    full = [k for k, line in enumerate(lines) if line.strip()]
    # One run of one to three consecutive non-empty lines (with the blank lines between them).
    cuts = ["\n".join(lines[:full[i]] + lines[full[j] + 1:])
            for i in range(len(full)) for j in range(i, min(i + 3, len(full)))]
    cuts.append(_DATE_STAMP.sub(" ", raw))
    cuts.append(_IMAGE_NAME.sub(" ", raw))
    return [v for cut in cuts for v in variants(cut)]


def find(text: str, length: int, digest: str) -> str | None:
    """The window of `text` with this length and sha256, if any."""
    if length > len(text):
        return None
    for start in range(len(text) - length + 1):
        window = text[start:start + length]
        if hashlib.sha256(window.encode("utf-8")).hexdigest() == digest:
            return window
    return None


def edited(text: str, edits: list) -> str:
    """A flattened excerpt with a set's noted edits for one passage (rebuild-edits.yaml): a string
    is removed, an [old, new] pair replaced; whitespace collapsed again."""
    for edit in edits:
        text = text.replace(edit, "") if isinstance(edit, str) else text.replace(edit[0], edit[1])
    return " ".join(text.split())


def rebuild(labels: list[dict], folder: Path, edits: dict[str, list] | None = None) -> dict[str, str]:
    """Passage id -> its text, for every labelled passage found in the excerpts of `folder`.
    `edits`: per id, edits tried on its own excerpts when nothing else finds it."""
    edits = edits or {}
    files = sorted(folder.glob("*.txt"))
    raws = {f.stem: f.read_text(encoding="utf-8") for f in files}
    texts = {k: variants(raw) for k, raw in raws.items()}
    found: dict[str, str] = {}
    for entry in labels:
        pid = entry["id"]
        # The passage's own file first, then every other excerpt (one page may hold two passages).
        order = [pid] * (pid in texts) + [k for k in texts if k != pid]
        for key in order:
            hit = next((w for t in texts[key] if (w := find(t, entry["length"], entry["sha256"]))), None)
            if hit is not None:
                found[pid] = hit
                break
        else:
            # Then the passage's own excerpts (<id>.txt, <id>.*.txt) with one builder's cut.
            own = [k for k in raws if k == pid or k.startswith(pid + ".")]
            for key in own:
                hit = next((w for t in cut_variants(raws[key])
                            if (w := find(t, entry["length"], entry["sha256"]))), None)
                if hit is not None:
                    found[pid] = hit
                    break
            else:
                for key in (own + [k for k in raws if k not in own]) if pid in edits else ():
                    hit = next((w for t in variants(raws[key])
                                if (w := find(edited(t, edits[pid]), entry["length"], entry["sha256"]))), None)
                    if hit is not None:
                        found[pid] = hit
                        break
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", required=True, type=Path)
    ap.add_argument("--excerpts", required=True, type=Path, help="folder of <id>.txt excerpt files")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--partial", action="store_true", help="write the ids found even if some are missing")
    ap.add_argument("--edits", type=Path, help="the set's rebuild-edits.yaml: id -> edits noted for its excerpt")
    args = ap.parse_args(argv)
    labels = yaml.safe_load(args.labels.read_text(encoding="utf-8"))["passages"]
    edits = (yaml.safe_load(args.edits.read_text(encoding="utf-8")) or {}) if args.edits else {}
    found = rebuild(labels, args.excerpts, edits)
    missing = [e["id"] for e in labels if e["id"] not in found]
    print(f"found {len(found)} of {len(labels)}" + (f"; missing: {' '.join(missing)}" if missing else ""))
    if missing and not args.partial:
        print(f"{args.out} not written (--partial writes the ids found)", file=sys.stderr)
        return 1
    tmp = args.out.with_suffix(args.out.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for e in labels:
            if e["id"] in found:
                fh.write(json.dumps({"id": e["id"], "lang": e["lang"], "text": found[e["id"]]},
                                    ensure_ascii=False) + "\n")
    tmp.replace(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
