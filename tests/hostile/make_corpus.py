"""Writes the hostile strategy-file corpus (run once; the files are committed).

Each case is a strategy file as a stranger's pull request could bring it, and the way it
must end: `error` (a validation error whose message contains the given text) or `inert`
(it validates, and the site shows its content as plain text).
"""

from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).parent
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
BODY = (
    "<!-- page 1 -->\n# Analýza <script>alert(1)</script>\n\n"
    "Město zpracovalo akční plán s indikátory. <img src=x onerror=alert('ev')> {{ 7*7 }} {% raw %}\n"
    "[klik](javascript:alert(1)) <iframe src=javascript:alert(2)></iframe>\n\n"
    "<div onmouseover=alert(3)>Participace občanů</div> ![x](x \"onerror=alert(4)\")\n"
)

BOMB = "\n".join(
    ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
)


def head(**over) -> str:
    meta = {
        "id": "cz-hostile",
        "entity": "Hostile town",
        "country": "CZ",
        "level": "city",
        "title": "Strategie",
        "title_en": "Strategy",
        "language": "cs",
        "year_adopted": 2022,
        "period_start": 2022,
        "period_end": 2030,
        "source_url": "https://example.org/s.pdf",
        "source_sha256": "0" * 64,
        "source_pages": 1,
        "extraction": "text-layer",
    }
    meta.update(over)
    meta = {k: v for k, v in meta.items() if v is not None}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n"


CASES: dict[str, tuple[str, str, str | bytes]] = {
    # name: (kind, expected, content)
    "html-in-every-field": ("markup", "inert", head(
        id="cz-html-in-every-field", entity=XSS, title=XSS, title_en=XSS, notes=XSS,
        adopted_by=XSS) + BODY),
    "jinja-in-fields-and-text": ("template", "inert", head(
        id="cz-jinja-in-fields-and-text", entity="{{ config }}", title="{% for x in range(9999999) %}x{% endfor %}",
        title_en="{{ ''.__class__.__mro__ }}", notes="{# comment #} {{ lipsum.__globals__ }}") + BODY),
    "markdown-raw-html": ("markup", "inert", head(
        id="cz-markdown-raw-html", title="**bold** [link](javascript:alert(1)) <b>b</b>",
        notes="<details open ontoggle=alert(1)>") + BODY),
    "javascript-url": ("url", "error:'source_url' must be an http:// or https:// address", head(
        id="cz-javascript-url", source_url="javascript:alert(document.cookie)") + BODY),
    "data-url": ("url", "error:'source_url' must be an http:// or https:// address", head(
        id="cz-data-url", source_url="data:text/html,<script>alert(1)</script>") + BODY),
    "url-with-quotes": ("url", "error:'source_url' must be an http:// or https:// address", head(
        id="cz-url-with-quotes", source_url='https://x.org/" onmouseover="alert(1)') + BODY),
    "id-path-traversal": ("path", "error:'id' is malformed", head(id="../../etc/passwd") + BODY),
    "id-absolute-path": ("path", "error:'id' is malformed", head(id="/etc/passwd") + BODY),
    "rtl-override-in-title": ("unicode", "error:text-direction override", head(
        id="cz-rtl-override-in-title", title="Strategie \u202egnp.exe") + BODY),
    "nul-in-text": ("unicode", "error:NUL character", (head(id="cz-nul-in-text") + BODY).replace(
        "akční plán", "akční\x00plán")),
    "very-long-entity": ("size", "error:'entity' is longer than 500 characters", head(
        id="cz-very-long-entity", entity="Ž" * 5000) + BODY),
    "gigantic-front-matter": ("size", "error:front matter is larger than", head(
        id="cz-gigantic-front-matter", notes="x" * 3000) .replace(
        "notes:", "extra_field: " + "y" * 70000 + "\nnotes:") + BODY),
    "yaml-python-object": ("yaml", "error:YAML tags (!...) are not allowed", head(
        id="cz-yaml-python-object").replace("entity: Hostile town",
        "entity: !!python/object/apply:os.system ['touch /tmp/pwned']") + BODY),
    "yaml-custom-tag": ("yaml", "error:YAML tags (!...) are not allowed", head(
        id="cz-yaml-custom-tag").replace("level: city", "level: !include /etc/passwd") + BODY),
    "yaml-alias-bomb": ("yaml", "error:anchors and aliases", head(id="cz-yaml-alias-bomb").replace(
        "extraction: text-layer", "extraction: text-layer\n" + BOMB) + BODY),
    "yaml-duplicate-keys": ("yaml", "error:duplicate key 'title'", head(id="cz-yaml-duplicate-keys").replace(
        "title: Strategie", "title: Strategie\ntitle: <script>alert(1)</script>") + BODY),
    "yaml-not-a-mapping": ("yaml", "error:front matter must be a mapping", "---\n- a\n- b\n---\n" + BODY),
    "yaml-syntax": ("yaml", "error:YAML syntax error", head(id="cz-yaml-syntax").replace(
        "level: city", "level: 'city") + BODY),
    "binary-not-utf8": ("encoding", "error:text is not UTF-8", (head(id="cz-binary-not-utf8") + BODY).encode() + b"\xff\xfe\x00garbage"),
    "html-comment-page-marker-injection": ("markup", "inert", head(
        id="cz-html-comment-page-marker-injection") + BODY + "--><script>alert(9)</script><!--\n"),
}


def main() -> None:
    manifest = {}
    for name, (kind, expected, content) in CASES.items():
        path = HERE / "strategies" / "cz" / f"{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        manifest[name] = {"kind": kind, "expected": expected}
    (HERE / "manifest.yaml").write_text(
        yaml.safe_dump(manifest, allow_unicode=True, sort_keys=True), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
