"""`s4s score FILE`: score a strategy file, or a draft PDF ingested in memory.

Nothing is written: a PDF is read with generator.ingest.ingest_pdf into memory and scored.
Markdown report by default, `--format json` (assessment_to_dict) for machines, `--format html`
for a standalone page. Strategy text is untrusted: in HTML it reaches the page only as Jinja
variables under autoescape, never as template source; in Markdown quotes are escaped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from generator.errors import S4SError
from generator.models import LANGUAGES, Concept, Page, Strategy

PAGE_MARK = re.compile(r"^<!-- page (\d+) -->\s*$", re.MULTILINE)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a strategy file (.md) or a strategy PDF")
    parser.add_argument("--format", choices=("md", "json", "html"), default="md")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the text (PDF: detected if not given)")
    parser.add_argument("--concept", default="concept", help="concept folder (default: concept)")
    parser.add_argument("--quiet", action="store_true", help="no progress output")


def run(args: argparse.Namespace) -> int:
    from generator.concept import load_concept  # noqa: PLC0415
    from generator.score import assessment_to_dict, score  # noqa: PLC0415

    path = Path(args.file)
    if not path.is_file():
        raise S4SError(f"{path}: no such file")
    strategy = _read_pdf(path, args.lang) if path.suffix.lower() == ".pdf" else _read_md(path, args.lang)
    concept = load_concept(Path(args.concept))
    data = assessment_to_dict(score(strategy, concept))
    if args.format == "json":
        out = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "html":
        out = render_html(data, strategy, concept)
    else:
        out = render_markdown(data, strategy, concept)
    sys.stdout.write(out)
    return 0


def _read_md(path: Path, lang: str | None) -> Strategy:
    from generator.load import load_strategy  # noqa: PLC0415

    s = load_strategy(path)
    if lang and lang != s.language:
        s = Strategy(s.path, {**s.meta, "language": lang}, s.pages)
    return s


def _read_pdf(path: Path, lang: str | None) -> Strategy:
    try:
        from generator.ingest import ingest_pdf  # noqa: PLC0415
    except ImportError:
        raise S4SError(f"{path}: PDF ingest is not available in this version; ingest it with "
                       "'s4s ingest' first and score the strategy file") from None
    overrides = {"language": lang} if lang else {}
    meta, text = ingest_pdf(path, overrides)
    meta = dict(meta)
    meta.setdefault("id", path.stem)
    if lang:
        meta["language"] = lang
    if meta.get("language") not in LANGUAGES:
        from generator.commands.classify import detect_language  # noqa: PLC0415

        meta["language"] = detect_language(text[:20000])
    meta["extraction"] = meta.get("extraction") if meta.get("extraction") != "awaited" else "text-layer"
    return Strategy(path, meta, split_pages(text))


def split_pages(text: str) -> tuple[Page, ...]:
    """Pages of a strategy body marked with `<!-- page N -->` lines (one page if none)."""
    marks = list(PAGE_MARK.finditer(text))
    if not marks:
        return (Page(1, text, 1),)
    pages = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        line = text.count("\n", 0, m.start()) + 1
        pages.append(Page(int(m.group(1)), text[m.end():end], line))
    return tuple(pages)


# --- reports ----------------------------------------------------------------------------

STATUS_MARK = {"met": "met", "partial": "partial", "missing": "missing"}


def _titles(concept: Concept, lang: str) -> dict[str, str]:
    return {c.id: c.title.get(lang) or c.title.get("en") or c.id for c in concept.criteria}


def _area_titles(concept: Concept, lang: str = "en") -> dict[str, str]:
    """Area id -> its title ("B" -> "B Economy and environment"...), as the site shows them."""
    return {a.id: a.title.get(lang) or a.title.get("en") or a.id for a in concept.areas}


def _md_escape(text: str) -> str:
    """Strategy text inside Markdown: no markup, no HTML, no links take effect."""
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text.replace("\n", " "))


def _marked(quote: str, spans: list[list[int]], esc, mark) -> str:
    out, pos = [], 0
    for a, b in spans:
        if a < pos:
            continue
        out.append(esc(quote[pos:a]))
        out.append(mark(esc(quote[a:b])))
        pos = b
    out.append(esc(quote[pos:]))
    return "".join(out)


def render_markdown(data: dict[str, Any], strategy: Strategy, concept: Concept) -> str:
    titles = _titles(concept, "en")
    lines = [f"# Compliance report: {_md_escape(str(strategy.meta.get('title') or strategy.id))}", "",
             f"- Strategy: `{_md_escape(data['strategy_id'])}` ({data['language']})",
             f"- SMART Concept compliance: **{data['score']:.1f} / 100**", ""]
    if data["areas"]:
        lines += ["| Area | Score |", "| --- | ---: |"]
        areas = _area_titles(concept)
        lines += [f"| {_md_escape(areas.get(a, a))} | {v:.1f} |" for a, v in data["areas"].items()]
        lines.append("")
    for section, heading in (("concept", "SMART Concept criteria"), ("sdg", "SDG profile"),
                             ("egd", "European Green Deal profile")):
        lines += [f"## {heading}", ""]
        for f in data[section]:
            lines.append(f"### {f['criterion']} {titles.get(f['criterion'], '')}: {f['status']}")
            lines.append("")
            for e in f["evidence"]:
                q = _marked(e["quote"], e["spans"], _md_escape, lambda s: f"**{s}**")
                lines.append(f"- p. {e['page']}: {q} (terms: {_md_escape(', '.join(e['terms']))})")
            for lang, text in f["recommendation"].items():
                lines.append(f"- What to add ({lang}): {text}")  # maintainers' text (concept/)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compliance report: {{ title }}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
.met{color:#146c2e}.partial{color:#8a5a00}.missing{color:#a4161a}
blockquote{margin:.3rem 0 .3rem 1rem;color:#333}mark{background:#fff3b0}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}
</style></head><body>
<h1>Compliance report: {{ title }}</h1>
<p>Strategy <code>{{ data.strategy_id }}</code> ({{ data.language }}).
SMART Concept compliance: <strong>{{ "%.1f"|format(data.score) }} / 100</strong></p>
{% if data.areas %}<table><caption>Score by concept area</caption><tr><th>Area</th><th>Score</th></tr>
{% for area, value in data.areas.items() %}<tr><td>{{ areas.get(area, area) }}</td><td>{{ "%.1f"|format(value) }}</td></tr>
{% endfor %}</table>{% endif %}
{% for section, heading in sections %}<h2>{{ heading }}</h2>
{% for f in data[section] %}<h3>{{ f.criterion }} {{ titles.get(f.criterion, "") }}:
<span class="{{ f.status }}">{{ f.status }}</span></h3>
{% for e in f.evidence %}<blockquote>p. {{ e.page }}: {% for part, hit in e.parts %}{% if hit %}<mark>{{ part }}</mark>{% else %}{{ part }}{% endif %}{% endfor %}
<br><small>terms: {{ e.terms|join(", ") }}</small></blockquote>
{% endfor %}{% for code, text in f.recommendation.items() %}<p><em>What to add ({{ code }}):</em> {{ text }}</p>
{% endfor %}{% endfor %}{% endfor %}
</body></html>
"""


def render_html(data: dict[str, Any], strategy: Strategy, concept: Concept) -> str:
    import jinja2  # noqa: PLC0415

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    view = json.loads(json.dumps(data))
    for section in ("concept", "sdg", "egd"):
        for f in view[section]:
            for e in f["evidence"]:
                e["parts"] = _parts(e["quote"], e["spans"])
    return env.from_string(HTML_TEMPLATE).render(
        data=view, lang=data["language"], title=str(strategy.meta.get("title") or strategy.id),
        titles=_titles(concept, "en"), areas=_area_titles(concept),
        sections=[("concept", "SMART Concept criteria"), ("sdg", "SDG profile"),
                  ("egd", "European Green Deal profile")],
    )


def _parts(quote: str, spans: list[list[int]]) -> list[tuple[str, bool]]:
    parts, pos = [], 0
    for a, b in spans:
        if a < pos:
            continue
        parts += [(quote[pos:a], False), (quote[a:b], True)]
        pos = b
    parts.append((quote[pos:], False))
    return [p for p in parts if p[0]]
