"""Render site pages (Markdown) and figures (plotly JSON) from plain data.

Trust boundary (DESIGN.md): `site_templates/` and `content/` are maintainers' files and are
the only Jinja template sources. Strategy front matter and text are data: they reach a page
only as values, and every value printed with `{{ ... }}` is escaped by the environment's
`finalize` hook:

- in Markdown context (the default) `md()` collapses whitespace, backslash-escapes
  Markdown-active characters and HTML-escapes the result, so a title can open no heading,
  link, list, table cell or tag;
- in raw HTML blocks (tables the catalogue script sorts) templates use `|h`, plain HTML
  escaping, because Markdown does not process the inside of an HTML block;
- links are made only from URLs that `safe_url()` accepts (http or https with a host);
- figure JSON embedded in `<script type="application/json">` has `<`, `>` and `&` written as
  `\\u003c` ... so no string can close the script element.

Figures are plotly figure dicts (`plotly.graph_objects` validates them) serialised with
sorted keys and fixed element ids, so two builds write the same bytes.
"""

from __future__ import annotations

import hashlib
import html
import json
import marshal
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

TEMPLATES = Path(__file__).resolve().parent.parent / "site_templates"

# Characters Python-Markdown treats as markup somewhere (its ESCAPED_CHARS plus the table pipe).
_MD_ACTIVE = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")


# What plain() changes: a control or bidi character, whitespace other than one space, or a
# space at either end. Most texts have none and are returned after this one scan instead of
# two substitutions (one per space; quotes on every strategy page).
_NOT_PLAIN = re.compile(_CONTROL.pattern[:-1] + r"]|[^\S ]|  |^ | $")


def plain(value: Any) -> str:
    """A value as one line of plain text: control and bidi characters dropped, spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = f"{value:.1f}"
    text = str(value)
    if not _NOT_PLAIN.search(text):
        return text
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def md(value: Any) -> Markup:
    """Strategy-derived text for a Markdown context: inert, shown exactly as written."""
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(_MD_ACTIVE.sub(r"\\\1", plain(value)), quote=True))


def h(value: Any) -> Markup:
    """Text for an HTML context (inside a raw HTML block or an attribute value)."""
    if isinstance(value, Markup):
        return value
    if type(value) is str:
        return _h_text(value)
    if type(value) is int:  # page numbers, counts: nothing to escape
        return _int_text(value)
    return Markup(html.escape(plain(value), quote=True))


@lru_cache(maxsize=4096)
def _int_text(value: int) -> Markup:
    # Page numbers and counts recur on every page (about 150 a strategy page).
    return Markup(int.__repr__(value))


@lru_cache(maxsize=65536)
def _h_text(value: str) -> Markup:
    # Criterion names, statuses and recommendations recur on every strategy page.
    return Markup(html.escape(plain(value), quote=True))


_TITLE_UNSAFE = str.maketrans({"<": "\u2039", ">": "\u203a", "&": "+", '"': "\u201d", "'": "\u2019", "\\": "/"})


def front_matter_title(value: Any) -> Markup:
    """A page title for YAML front matter (MkDocs puts it raw into <title> and the nav).

    The theme strips tags and unescapes entities there, so escaping cannot help: characters
    that could form markup are replaced by look-alikes, and the result is a JSON string
    (valid YAML) on one line.
    """
    return Markup(json.dumps(plain(value).translate(_TITLE_UNSAFE)[:200], ensure_ascii=True))


def safe_url(value: Any) -> str | None:
    """The URL if it is http(s) with a host and no spaces or control characters, else None."""
    text = str(value or "")
    if not text or _SPACE.search(text) or _CONTROL.search(text) or len(text) > 2000:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def link(url: Any, label: Any) -> Markup:
    """An external link as inline HTML, or the label alone when the URL is not safe."""
    checked = safe_url(url)
    if checked is None:
        return h(label)
    return Markup(f'<a href="{html.escape(checked, quote=True)}" rel="nofollow noopener">{h(label)}</a>')


def script_json(data: Any) -> Markup:
    """JSON that is safe inside a <script> element and on one line (one Markdown HTML block)."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _finalize(value: Any) -> Any:
    # Every {{ value }} is escaped for Markdown unless a filter already made it Markup.
    if isinstance(value, Markup):
        return value
    if isinstance(value, bool) or value is None:
        return md("" if value is None else str(value))
    if type(value) is int:
        return _int_text(value)
    if isinstance(value, int):
        return Markup(str(value))
    return md(value)


def fmt(value: Any, digits: int = 1) -> str:
    """A number for display; an en dash for missing values."""
    if value is None:
        return "\u2013"
    try:
        f = float(value)
    except (TypeError, ValueError):
        return plain(value)
    if f != f:  # NaN
        return "\u2013"
    return f"{f:.{digits}f}"


class BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between builds (compiling them took about 0.3 s of every build).

    Jinja keys an entry by template name and file and checks the source's checksum on load;
    `folder` must be one per kind of environment (the compiled code depends on its options)
    and Jinja version. A cache that cannot be written is skipped, never an error.
    """

    def __init__(self, folder: Path):
        super().__init__(str(Path(folder) / f"jinja-{jinja2.__version__}"))

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            pass

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def make_environment(search_path: list[Path] | None = None, cache: Path | None = None) -> jinja2.Environment:
    """The Jinja environment for site templates and maintainers' content pages; `cache` is a
    folder for compiled templates (see BytecodeCache)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in (search_path or [TEMPLATES])]),
        bytecode_cache=BytecodeCache(cache) if cache is not None else None,
        # finalize escapes every value for Markdown first; autoescape then leaves that Markup
        # alone and makes macro output Markup, so macros are not escaped twice.
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md, h=h, title=front_matter_title, link=link, script_json=script_json, fmt=fmt,
                       safe_url=safe_url, plain=plain)
    return env


# --- figures ----------------------------------------------------------------------------

STATUS_COLOURS = {"met": "#1a7f37", "partial": "#b07d00", "missing": "#c62828"}
STATUS_VALUE = {"met": 2, "partial": 1, "missing": 0}


def label(text: Any, width: int = 0) -> str:
    """A figure label: plotly reads labels as a small HTML dialect, so no '<' or '>' from data
    survives; long labels wrap with <br> (inserted here, after the replacement)."""
    words = plain(text).replace("<", "\u2039").replace(">", "\u203a").split(" ")
    if not width:
        return " ".join(words)
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "<br>".join(lines + [line])


def _layout(title: str, **extra: Any) -> dict[str, Any]:
    layout = {
        "title": {"text": title},
        "template": "none",  # no embedded default template: small, stable JSON
        "margin": {"l": 60, "r": 20, "t": 50, "b": 60},
        "font": {"family": "system-ui, sans-serif", "size": 13},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
    }
    layout.update(extra)
    return layout


def figure(data: list[dict], layout: dict) -> dict[str, Any]:
    """Validate with plotly and return a plain, JSON-ready figure dict.

    A figure validated before, by this build or the last one (FigureCache), is taken as
    plotly returned it then: a rebuild after one change need not import plotly at all."""
    key = _FIGURES.key(data, layout)
    text = _FIGURES.get(key)
    if text is None:
        import plotly.graph_objects as go

        fig = go.Figure(data=data, layout=layout)
        text = json.dumps(fig.to_plotly_json(), sort_keys=True, default=_json_default)
        _FIGURES.put(key, text)
    return json.loads(text)


class FigureCache:
    """Validated figures by the digest of what was asked for (figure data and layout), the
    plotly version that validated them and this module's code. A build loads the last build's
    file before scoring (forked workers inherit it) and saves the figures it used."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}
        self._used: set[str] = set()
        self._salt = ""

    def key(self, data: list[dict], layout: dict) -> str:
        if not self._salt:
            from importlib.metadata import version

            self._salt = version("plotly") + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
        asked = json.dumps([data, layout], sort_keys=True, ensure_ascii=False, default=_json_default)
        return hashlib.sha256((self._salt + asked).encode("utf-8")).hexdigest()

    def get(self, key: str) -> str | None:
        text = self._known.get(key)
        if text is not None:
            self._used.add(key)
        return text

    def put(self, key: str, text: str) -> None:
        self._known[key] = text
        self._used.add(key)

    def load(self, path: Path) -> None:
        """Figures of the last build (a missing or unreadable file is an empty cache)."""
        try:
            found = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            found = None
        if isinstance(found, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in found.items()):
            self._known.update(found)

    def save(self, path: Path) -> None:
        """The figures this build used (nothing else is kept: the file does not grow)."""
        from generator.incremental import write_atomic

        try:
            write_atomic(path, marshal.dumps({k: self._known[k] for k in sorted(self._used)}))
        except OSError:
            pass  # a read-only checkout builds, only without this cache


_FIGURES = FigureCache()


def figures_from(path: Path) -> None:
    """Take the figures a build validated (FigureCache.save) as validated."""
    _FIGURES.load(path)


def save_figures(path: Path) -> None:
    _FIGURES.save(path)


def _json_default(value: Any) -> Any:
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def bar_figure(title: str, labels: list[str], values: list[float], axis: str = "Score (0-100)",
               horizontal: bool = True) -> dict[str, Any]:
    """A bar chart of `values` (numbers) by `labels`.

    Every strategy page has one with the same labels: plotly validates the figure once per
    (title, labels, axis, orientation) with zeros, and the values are put into a copy. Numbers
    pass plotly's validation unchanged, so the result equals validating each figure
    (tests/test_render.py checks this)."""
    values = [float(v) for v in values]
    fig = json.loads(_bar_template(title, tuple(labels), len(values), axis, horizontal))
    fig["data"][0]["x" if horizontal else "y"] = values
    return fig


@lru_cache(maxsize=64)
def _bar_template(title: str, labels: tuple[str, ...], n: int, axis: str, horizontal: bool) -> str:
    return json.dumps(_bar_figure_validated(title, list(labels), [0.0] * n, axis, horizontal), sort_keys=True)


def _bar_figure_validated(title: str, labels: list[str], values: list[float], axis: str = "Score (0-100)",
                          horizontal: bool = True) -> dict[str, Any]:
    if horizontal:
        wrapped = [label(t, 28) for t in labels]
        lines = sum(w.count("<br>") + 1 for w in wrapped)
        trace = {"type": "bar", "orientation": "h", "x": values, "y": wrapped,
                 "marker": {"color": "#3f51b5"}, "hovertemplate": "%{y}: %{x:.1f}<extra></extra>"}
        layout = _layout(title, xaxis={"title": {"text": axis}, "range": [0, 100]},
                         yaxis={"automargin": True, "autorange": "reversed"},
                         height=max(260, 110 + 18 * lines + 14 * len(labels)))
    else:
        trace = {"type": "bar", "x": [label(t, 16) for t in labels], "y": values, "marker": {"color": "#3f51b5"}}
        layout = _layout(title, yaxis={"title": {"text": axis}, "range": [0, 100]}, height=360)
    return figure([trace], layout)


def grouped_bar_figure(title: str, categories: list[str], series: dict[str, list[float | None]]) -> dict[str, Any]:
    """Horizontal grouped bars: long area names stay readable on the y axis (None: no bar)."""
    traces = [{"type": "bar", "orientation": "h", "name": label(name), "x": values,
               "y": [label(t, 28) for t in categories]}
              for name, values in series.items()]
    lines = sum(label(t, 28).count("<br>") + 1 for t in categories)
    height = max(360, 150 + 18 * lines + 12 * len(categories) * max(1, len(series)))
    return figure(traces, _layout(title, barmode="group", height=height,
                                  legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"},
                                  margin={"l": 60, "r": 20, "t": 90, "b": 60},
                                  xaxis={"title": {"text": "Score (0-100)"}, "range": [0, 100]},
                                  yaxis={"automargin": True, "autorange": "reversed"}))


def heatmap_figure(title: str, rows: list[str], columns: list[str], statuses: list[list[str]]) -> dict[str, Any]:
    """Criteria (rows) by strategies (columns), coloured by status.

    A country's heatmap has thousands of cells; plotly validates the figure with one cell
    (per title and number of rows, which fix the layout) and the cells are put into a copy.
    Lists of numbers, None and strings pass its validation unchanged, so the result equals
    validating the whole figure (tests/test_render.py checks this)."""
    fig = json.loads(_heatmap_template(title, len(rows)))
    trace = fig["data"][0]
    trace["z"] = [[STATUS_VALUE.get(s, None) for s in row] for row in statuses]
    trace["text"] = [list(row) for row in statuses]
    trace["x"] = [label(t) for t in columns]
    trace["y"] = [label(t) for t in rows]
    return fig


@lru_cache(maxsize=64)
def _heatmap_template(title: str, n_rows: int) -> str:
    return json.dumps(_heatmap_figure_validated(title, ["r"] * n_rows, ["c"], [["met"]] * n_rows), sort_keys=True)


def _heatmap_figure_validated(title: str, rows: list[str], columns: list[str],
                              statuses: list[list[str]]) -> dict[str, Any]:
    z = [[STATUS_VALUE.get(s, None) for s in row] for row in statuses]
    text = [[s for s in row] for row in statuses]
    scale = [[0.0, STATUS_COLOURS["missing"]], [0.5, STATUS_COLOURS["partial"]], [1.0, STATUS_COLOURS["met"]]]
    trace = {"type": "heatmap", "z": z, "x": [label(t) for t in columns], "y": [label(t) for t in rows], "text": text, "zmin": 0, "zmax": 2,
             "colorscale": scale, "showscale": False, "xgap": 1, "ygap": 1,
             "hovertemplate": "%{y} / %{x}: %{text}<extra></extra>"}
    return figure([trace], _layout(title, height=max(320, 60 + 18 * len(rows)),
                                   yaxis={"automargin": True, "autorange": "reversed", "dtick": 1},
                                   xaxis={"automargin": True, "tickangle": -30, "dtick": 1}))


def treemap_figure(title: str, ids: list[str], labels: list[str], parents: list[str],
                   links: list[str]) -> dict[str, Any]:
    trace = {"type": "treemap", "ids": ids, "labels": [label(t) for t in labels], "parents": parents,
             "customdata": links, "branchvalues": "remainder", "maxdepth": 3,
             "hovertemplate": "%{label}<extra></extra>"}
    return figure([trace], _layout(title, height=560, margin={"l": 5, "r": 5, "t": 40, "b": 5}))
