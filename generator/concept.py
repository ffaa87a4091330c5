"""The frameworks a strategy is scored against, loaded from concept/ and validated.

Files (all maintainers' data, still parsed with the safe loader):
  smart-concept.yaml (or smart-concept/*.yaml)  the SMART Concept: structure (S-) and content (C-)
  green-deal.yaml                              European Green Deal areas (EGD-)
  sdg.yaml                                     SDG goals and targets (sdg-data helper; optional)
  lexicon/sdg.yaml                             SDG detection terms (scoring helper; optional)
  national/{cz,sk,hu,pl}.yaml                  national legal and methodological frameworks
  crosswalk.yaml                               SMART Concept criteria -> SDGs and EGD areas

`validate_concept(root)` returns every problem with its file and line (one pass, never
raises for bad data); `load_concept(root)` validates first and raises ValidationError on
errors, so the scorer never runs against half a concept.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problem, ValidationError
from generator.models import LANGUAGES, Area, Concept, Criterion

# --- schemas ----------------------------------------------------------------------------
# One declared schema per file; every field says what it means. Language completeness is
# checked in code (below) so that its message names the criterion and the language.

_TEXT = {
    "type": "object",
    "description": "One text per language code (en, cs, sk, hu, pl).",
    "propertyNames": {"enum": list(LANGUAGES)},
    "additionalProperties": {"type": "string"},
}
_TERMS = {
    "type": "object",
    "description": "Detection terms per language: base forms (lemmas); multi-word phrases are matched as lemma "
                   "sequences; a group of alternatives, 'cooperation with (municipality|association)', stands for "
                   "each of its phrases.",
    "propertyNames": {"enum": list(LANGUAGES)},
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}
_ORIGIN = {
    "type": "object",
    "description": "Where a framework comes from.",
    "required": ["document", "year", "adopting_body"],
    "properties": {
        "document": {"type": "string", "description": "Title of the source document."},
        "year": {"type": "integer", "description": "Year of adoption or publication."},
        "adopting_body": {"type": "string", "description": "Who adopted or published it."},
        "date": {"type": "string", "description": "Date of adoption (ISO), when known."},
        "address": {"type": "string", "description": "Public address where it was seen."},
        "verified": {"type": "boolean", "description": "False when the fact still needs a primary source."},
        "notes": {"type": "string", "description": "Anything a reader should know about the origin."},
    },
    "additionalProperties": False,
}
_FRAMEWORK = {
    "type": "object",
    "description": "The framework this file describes.",
    "required": ["id", "title", "origin"],
    "properties": {
        "id": {"type": "string", "description": "Framework id: concept | egd | sdg."},
        "title": {**_TEXT, "description": "Framework name per language."},
        "origin": _ORIGIN,
    },
    "additionalProperties": False,
}
_AREA = {
    "type": "object",
    "description": "A group of criteria (structure, a pillar) for profiles and charts.",
    "required": ["id", "title", "source"],
    "properties": {
        "id": {"type": "string", "description": "Area id, e.g. structure, ZPO, A, B, C."},
        "title": {**_TEXT, "description": "Area title per language."},
        "parent": {"type": "string", "description": "Id of the enclosing area, if any."},
        "source": {"type": "string", "description": "Document and page or public address."},
        "own_grouping": {"type": "boolean", "description": "True where the grouping is this project's, not the source's."},
    },
    "additionalProperties": False,
}
_CRITERION_PROPS = {
    "id": {"type": "string", "description": "Stable id; never renamed once published."},
    "area": {"type": "string", "description": "Area id this criterion belongs to."},
    "weight": {"type": "number", "exclusiveMinimum": 0, "description": "Weight in the compliance score."},
    "met": {"type": "integer", "minimum": 1, "description": "Distinct evidence passages needed for 'met'."},
    "partial": {"type": "integer", "minimum": 1, "description": "Distinct evidence passages needed for 'partial'."},
    "source": {"type": "string", "minLength": 1, "description": "Document and page or public address this criterion comes from."},
    "own_grouping": {"type": "boolean", "description": "True where the grouping is this project's, not the source's."},
    "koncepce_codes": {"type": "array", "items": {"type": "string"}, "description": "Codes of the Koncepce Smart Cities this criterion covers, where confirmed."},
    "title": {**_TEXT, "description": "Short title per language."},
    "description": {**_TEXT, "description": "One paragraph per language: what the criterion asks for."},
    "recommendation": {**_TEXT, "description": "What to add when the criterion is not met, per language."},
    "terms": _TERMS,
}
_CRITERION = {
    "type": "object",
    "description": "One criterion a strategy is checked for.",
    "required": ["id", "area", "weight", "met", "partial", "source", "title", "description", "recommendation", "terms"],
    "properties": _CRITERION_PROPS,
    "additionalProperties": False,
}
SMART_CONCEPT_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "SMART Concept",
    "description": "Structure (S-) and content (C-) criteria of the SMART Concept.",
    "type": "object",
    "properties": {
        "framework": _FRAMEWORK,
        "areas": {"type": "array", "items": _AREA, "description": "Areas: structure and the Koncepce pillars."},
        "criteria": {"type": "array", "items": _CRITERION, "description": "The criteria, in display order."},
    },
    "additionalProperties": False,
}
GREEN_DEAL_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "European Green Deal areas",
    "description": "Policy areas of the European Green Deal, COM(2019) 640.",
    "type": "object",
    "required": ["framework", "criteria"],
    "properties": {
        "framework": _FRAMEWORK,
        "criteria": {
            "type": "array",
            "description": "One criterion per policy area.",
            "items": {
                **_CRITERION,
                "required": ["id", "weight", "met", "partial", "source", "title", "description", "recommendation", "terms"],
                "properties": {**_CRITERION_PROPS, "section": {"type": "string", "description": "Section of COM(2019) 640."}},
            },
        },
    },
    "additionalProperties": False,
}
_REQUIREMENT = {
    "type": "object",
    "description": "One requirement of a national framework and the criteria it maps to.",
    "required": ["id", "text", "maps_to"],
    "properties": {
        "id": {"type": "string", "description": "Requirement id, unique in the file."},
        "text": {"type": "string", "description": "The requirement in the original language."},
        "text_en": {"type": "string", "description": "The requirement in English."},
        "maps_to": {"type": "array", "items": {"type": "string"}, "description": "S-/C- criterion ids this requirement corresponds to."},
        "verified": {"type": "boolean", "description": "False when not yet checked against a primary source."},
    },
    "additionalProperties": False,
}
_INSTRUMENT = {
    "type": "object",
    "description": "A law, regulation, methodology or policy document.",
    "required": ["id", "kind", "title", "source", "verified"],
    "properties": {
        "id": {"type": "string", "description": "Instrument id, unique in the file."},
        "kind": {"enum": ["law", "regulation", "methodology", "policy", "guidance", "index"], "description": "What sort of instrument."},
        "title": {"type": "string", "description": "Title in the original language."},
        "title_en": {"type": "string", "description": "Title in English."},
        "year": {"type": "integer", "description": "Year of adoption or publication."},
        "adopting_body": {"type": "string", "description": "Who adopted or published it."},
        "binding": {"type": "boolean", "description": "True for legally binding instruments."},
        "summary": {"type": "string", "description": "What it does, in English."},
        "source": {"type": "string", "description": "Public address or document where it was seen."},
        "verified": {"type": "boolean", "description": "False marks facts still to be checked against a primary source."},
        "notes": {"type": "string", "description": "What is unverified or uncertain."},
        "requirements": {"type": "array", "items": _REQUIREMENT, "description": "Required parts of a strategy, each mapped to criteria."},
    },
    "additionalProperties": False,
}
NATIONAL_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "National framework",
    "description": "A V4 country's legal and methodological framework for city and regional strategies.",
    "type": "object",
    "required": ["country", "language", "title", "summary", "instruments"],
    "properties": {
        "country": {"enum": ["CZ", "SK", "HU", "PL"], "description": "Country code."},
        "language": {"enum": list(LANGUAGES), "description": "Official language of the instruments."},
        "title": {**_TEXT, "description": "Title of this framework overview per language."},
        "summary": {"type": "string", "description": "English summary of the framework."},
        "instruments": {"type": "array", "items": _INSTRUMENT, "description": "Laws, methodologies and policies."},
    },
    "additionalProperties": False,
}
CROSSWALK_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Crosswalk",
    "description": "Which SMART Concept criteria relate to which SDGs and Green Deal areas.",
    "type": "object",
    "required": ["note", "links"],
    "properties": {
        "note": {"type": "string", "description": "How the links were made and what they mean."},
        "links": {
            "type": "object",
            "description": "Criterion id -> related SDGs and EGD areas.",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "sdg": {"type": "array", "items": {"type": "string", "pattern": "^SDG-([1-9]|1[0-7])$"}, "description": "Related SDG ids."},
                    "egd": {"type": "array", "items": {"type": "string", "pattern": "^EGD-[A-Z]+$"}, "description": "Related EGD area ids."},
                    "why": {"type": "string", "description": "One line on the relation."},
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}
SDG_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "SDG goals and targets",
    "description": "The 17 goals (and 169 targets) with titles in five languages (sdg-data helper).",
    "type": "object",
    "required": ["goals"],
    "properties": {"goals": {"type": ["array", "object"], "description": "Goals, as a list or keyed by id."}},
}
SDG_LEXICON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "SDG lexicon",
    "description": "SDG detection terms (generator/score.py: sdg_detect): per goal and language, terms in "
                   "tiers, each with the weight `rules` gives it.",
    "type": "object",
    "required": ["goals"],
    "properties": {
        "rules": {
            "type": "object",
            "description": "threshold: the weight a goal's distinct terms must reach in one passage; "
                           "core, sector, strong, weak: the weight of a term of that tier.",
            "properties": {k: {"type": "number", "minimum": 0}
                           for k in ("threshold", "core", "sector", "strong", "weak")},
        },
        "context": {
            "type": "object",
            "description": "language -> words that name the SDGs themselves, not one goal ('Agenda 2030'): "
                           "a passage with one, or under a heading with one, lets a goal cited by its "
                           "number ('goal 11') count (generator/score.py: sdg_references).",
            "propertyNames": {"enum": list(LANGUAGES)},
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
        "goals": {
            "type": "object",
            "description": "SDG-n -> language -> {core, sector, strong, weak: [terms]}. A goal is named by "
                           "a core term, two strong terms or a strong term the text comes back to; a "
                           "sector term counts as core when it recurs, as strong when said once; weak "
                           "terms add weight but never name a goal.",
            "propertyNames": {"pattern": "^SDG-([1-9]|1[0-7])$"},
            "additionalProperties": {
                "type": "object",
                "propertyNames": {"enum": list(LANGUAGES)},
                "additionalProperties": {
                    "type": "object",
                    "properties": {tier: {"type": "array", "items": {"type": "string"}}
                                   for tier in ("core", "sector", "strong", "weak")},
                    "additionalProperties": False,
                },
            },
        },
    },
}

ID_PATTERNS = {
    "concept": re.compile(r"^(S-[A-Z]+|C-(ZPO|A|B|C)-[A-Z]+)$"),
    "egd": re.compile(r"^EGD-[A-Z]+$"),
    "sdg": re.compile(r"^SDG-([1-9]|1[0-7])$"),
}
EGD_IDS = (
    "EGD-CLIMATE", "EGD-ENERGY", "EGD-CIRCULAR", "EGD-BUILDINGS", "EGD-MOBILITY",
    "EGD-FOOD", "EGD-BIODIVERSITY", "EGD-POLLUTION", "EGD-JUST",
)
_TEXT_FIELDS = ("title", "description", "recommendation")

# --- YAML with line numbers -------------------------------------------------------------

# The C loader is the same safe loader, several times faster on the large SDG files.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class _Doc:
    """One parsed YAML file: its data and the node tree (for line numbers)."""

    path: str  # as shown in messages, e.g. concept/smart-concept.yaml
    data: Any
    node: yaml.Node | None

    def line(self, *keys: Any) -> int:
        """1-based line of the value at keys (or of the deepest existing parent)."""
        node = self.node
        best = node.start_mark.line + 1 if node is not None else 0
        for key in keys:
            child = None
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if k.value == key or (isinstance(key, str) and str(k.value) == key):
                        child = v
                        best = k.start_mark.line + 1
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
                child = node.value[key]
                best = child.start_mark.line + 1
            if child is None:
                return best
            node = child
        return best


def _read(path: Path, shown: str, problems: list[Problem]) -> _Doc | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(shown, 0, f"cannot read file: {exc}"))
        return None
    try:
        loader = _SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None:
                dup = _duplicate_key(node)
                if dup:
                    problems.append(Problem(shown, dup[1], f"duplicate key '{dup[0]}'"))
                    return None
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problems.append(Problem(shown, mark.line + 1 if mark else 0, f"YAML syntax error: {exc.problem or exc}"))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(shown, 0, f"YAML error: {exc}"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(shown, 1, "file must be a YAML mapping"))
        return None
    return _Doc(shown, data, node)


def _duplicate_key(node: yaml.Node) -> tuple[str, int] | None:
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.MappingNode):
            seen: set[str] = set()
            for k, v in n.value:
                if isinstance(k, yaml.ScalarNode):
                    if k.value in seen:
                        return k.value, k.start_mark.line + 1
                    seen.add(k.value)
                stack.append(v)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return None


def _schema_problems(doc: _Doc, schema: dict) -> list[Problem]:
    # Imported here, not with the module: a build whose concept files are unchanged takes the
    # Concept it loaded last time (build.load_concept) and needs no jsonschema (0.12 s to import).
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    out = []
    for err in sorted(validator.iter_errors(doc.data), key=lambda e: [str(p) for p in e.absolute_path]):
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append(Problem(doc.path, doc.line(*err.absolute_path), f"{where}: {err.message}"))
    return out


# --- files ------------------------------------------------------------------------------


def _concept_files(root: Path) -> list[Path]:
    folder = root / "smart-concept"
    if folder.is_dir():
        return sorted(folder.glob("*.yaml"))
    single = root / "smart-concept.yaml"
    return [single] if single.exists() else []


def _shown(root: Path, path: Path) -> str:
    return (Path(root.name) / path.relative_to(root)).as_posix()


@dataclass
class _Loaded:
    """Everything read from concept/, before it becomes a Concept."""

    criteria: list[tuple[_Doc, int, dict]] = field(default_factory=list)  # (doc, index, raw), concept + egd
    areas: list[tuple[_Doc, int, dict]] = field(default_factory=list)
    frameworks: dict[str, dict] = field(default_factory=dict)
    egd_doc: _Doc | None = None
    sdg_doc: _Doc | None = None
    lexicon_doc: _Doc | None = None
    national: dict[str, _Doc] = field(default_factory=dict)
    crosswalk: _Doc | None = None


def _read_all(root: Path, problems: list[Problem]) -> _Loaded:
    out = _Loaded()
    files = _concept_files(root)
    if not files:
        problems.append(Problem(_shown(root, root / "smart-concept.yaml"), 0, "SMART Concept file is missing"))
    for path in files:
        doc = _read(path, _shown(root, path), problems)
        if doc is None:
            continue
        before = len(problems)
        problems.extend(_schema_problems(doc, SMART_CONCEPT_SCHEMA))
        if len(problems) > before:
            continue
        if "framework" in doc.data:
            out.frameworks["concept"] = doc.data["framework"]
        out.areas.extend((doc, i, a) for i, a in enumerate(doc.data.get("areas", [])))
        out.criteria.extend((doc, i, c) for i, c in enumerate(doc.data.get("criteria", [])))

    egd = root / "green-deal.yaml"
    if egd.exists():
        doc = _read(egd, _shown(root, egd), problems)
        if doc is not None:
            errs = _schema_problems(doc, GREEN_DEAL_SCHEMA)
            problems.extend(errs)
            if not errs:
                out.egd_doc = doc
                out.frameworks["egd"] = doc.data["framework"]
                out.criteria.extend((doc, i, c) for i, c in enumerate(doc.data["criteria"]))
    else:
        problems.append(Problem(_shown(root, egd), 0, "Green Deal file is missing"))

    for name, schema, attr in (("sdg.yaml", SDG_SCHEMA, "sdg_doc"), ("lexicon/sdg.yaml", SDG_LEXICON_SCHEMA, "lexicon_doc")):
        path = root / name
        if path.exists():  # written by other helpers; optional until they land
            doc = _read(path, _shown(root, path), problems)
            if doc is not None:
                errs = _schema_problems(doc, schema)
                problems.extend(errs)
                if not errs:
                    setattr(out, attr, doc)

    for path in sorted((root / "national").glob("*.yaml")):
        doc = _read(path, _shown(root, path), problems)
        if doc is not None:
            errs = _schema_problems(doc, NATIONAL_SCHEMA)
            problems.extend(errs)
            if not errs:
                out.national[path.stem] = doc

    cw = root / "crosswalk.yaml"
    if cw.exists():
        doc = _read(cw, _shown(root, cw), problems)
        if doc is not None:
            errs = _schema_problems(doc, CROSSWALK_SCHEMA)
            problems.extend(errs)
            if not errs:
                out.crosswalk = doc
    return out


# --- checks beyond the schema -----------------------------------------------------------


def _framework_of(cid: str) -> str:
    return "egd" if cid.startswith("EGD-") else "sdg" if cid.startswith("SDG-") else "concept"


def _check_criterion(doc: _Doc, i: int, c: dict, area_ids: set[str]) -> list[Problem]:
    out = []
    cid = c.get("id", f"#{i + 1}")
    fw = _framework_of(cid)
    base = ("criteria", i)
    if not ID_PATTERNS[fw].match(cid):
        out.append(Problem(doc.path, doc.line(*base, "id"), f"criterion {cid}: id does not match {ID_PATTERNS[fw].pattern}"))
    for name in _TEXT_FIELDS:
        texts = c.get(name) or {}
        for lang in LANGUAGES:
            if not str(texts.get(lang) or "").strip():
                out.append(Problem(doc.path, doc.line(*base, name), f"criterion {cid}: {name} for '{lang}' is missing"))
    terms = c.get("terms") or {}
    for lang in LANGUAGES:
        got = [t for t in terms.get(lang) or [] if str(t).strip()]
        if not got:
            out.append(Problem(doc.path, doc.line(*base, "terms"), f"criterion {cid}: terms for '{lang}' are missing"))
            continue
        low = [t.strip().lower() for t in got]
        dups = sorted({t for t in low if low.count(t) > 1})
        if dups:
            out.append(Problem(doc.path, doc.line(*base, "terms", lang), f"criterion {cid}: duplicate terms for '{lang}': {', '.join(dups)}"))
        out += [Problem(doc.path, doc.line(*base, "terms", lang), f"criterion {cid}: {why} ('{lang}')")
                for why in map(_term_problem, got) if why]
    if c.get("partial", 1) > c.get("met", 1):
        out.append(Problem(doc.path, doc.line(*base, "partial"), f"criterion {cid}: partial threshold is above met"))
    if fw == "concept" and c.get("area") not in area_ids:
        out.append(Problem(doc.path, doc.line(*base, "area"), f"criterion {cid}: unknown area '{c.get('area')}'"))
    return out


def _term_problem(term: Any) -> str | None:
    """Why a detection term cannot be matched as written, or None: a term may write a family of
    phrases as groups of alternatives, "spolupráce s (obec|spolek)" (generator/match.py, which
    owns the syntax); a bracket or a bar anywhere else would be read as part of a word."""
    from generator.match import WELL_FORMED

    if WELL_FORMED.fullmatch(str(term)):
        return None
    return (f"term '{term}' has a bracket or '|' outside a group of alternatives; write a group as "
            "'(first|second)', e.g. 'cooperation with (municipality|association)'")


def _check_lexicon_terms(doc: _Doc) -> list[Problem]:
    """The SDG lexicon's terms, as _check_criterion checks a criterion's."""
    out = []
    for goal, by_lang in sorted((doc.data.get("goals") or {}).items()):
        for lang, tiers in sorted((by_lang or {}).items()):
            for tier, terms in sorted((tiers or {}).items()):
                out += [Problem(doc.path, doc.line("goals", goal, lang, tier), f"{goal}: {why} ('{lang}', {tier})")
                        for why in map(_term_problem, terms or ()) if why]
    return out


def _check_area(doc: _Doc, i: int, a: dict) -> list[Problem]:
    out = []
    for lang in LANGUAGES:
        if not str((a.get("title") or {}).get(lang) or "").strip():
            out.append(Problem(doc.path, doc.line("areas", i, "title"), f"area {a.get('id')}: title for '{lang}' is missing"))
    return out


def _check_framework(path: str, fw: dict, line: int) -> list[Problem]:
    return [
        Problem(path, line, f"framework {fw.get('id')}: title for '{lang}' is missing")
        for lang in LANGUAGES
        if not str((fw.get("title") or {}).get(lang) or "").strip()
    ]


def _check_refs(loaded: _Loaded, known: set[str], sdg_ids: set[str]) -> list[Problem]:
    out = []
    concept_ids = {c["id"] for _, _, c in loaded.criteria if _framework_of(c["id"]) == "concept"}
    for doc in loaded.national.values():
        for i, ins in enumerate(doc.data["instruments"]):
            for j, req in enumerate(ins.get("requirements", [])):
                for k, ref in enumerate(req["maps_to"]):
                    if ref not in concept_ids:
                        line = doc.line("instruments", i, "requirements", j, "maps_to", k)
                        out.append(Problem(doc.path, line, f"requirement {req['id']}: unknown criterion '{ref}'"))
    if loaded.crosswalk is not None:
        doc = loaded.crosswalk
        for cid, link in doc.data["links"].items():
            if cid not in concept_ids:
                out.append(Problem(doc.path, doc.line("links", cid), f"crosswalk: unknown criterion '{cid}'"))
            for k, ref in enumerate(link.get("egd", [])):
                if ref not in known:
                    out.append(Problem(doc.path, doc.line("links", cid, "egd", k), f"crosswalk {cid}: unknown EGD area '{ref}'"))
            for k, ref in enumerate(link.get("sdg", [])):
                if sdg_ids and ref not in sdg_ids:
                    out.append(Problem(doc.path, doc.line("links", cid, "sdg", k), f"crosswalk {cid}: unknown SDG '{ref}'"))
    return out


def validate_concept(root: Path = Path("concept")) -> list[Problem]:
    """Every problem in concept/, each with its file and line, in a stable order."""
    problems: list[Problem] = []
    loaded = _read_all(Path(root), problems)
    problems.extend(_semantic(loaded))
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.message))


def _semantic(loaded: _Loaded) -> list[Problem]:
    out: list[Problem] = []
    area_ids: set[str] = {a["id"] for _, _, a in loaded.areas}  # files that pass the schema: every area has one
    seen_areas: set[str] = set()
    for doc, i, a in loaded.areas:
        if a["id"] in seen_areas:
            out.append(Problem(doc.path, doc.line("areas", i, "id"), f"area {a['id']}: duplicate id"))
        seen_areas.add(a["id"])
        out.extend(_check_area(doc, i, a))
    seen: dict[str, str] = {}
    for doc, i, c in loaded.criteria:
        if c["id"] in seen:
            out.append(Problem(doc.path, doc.line("criteria", i, "id"), f"criterion {c['id']}: duplicate id (first in {seen[c['id']]})"))
        seen.setdefault(c["id"], doc.path)
        out.extend(_check_criterion(doc, i, c, area_ids))
    if loaded.egd_doc is not None:
        got = {c["id"] for c in loaded.egd_doc.data["criteria"]}
        for missing in EGD_IDS:
            if missing not in got:
                out.append(Problem(loaded.egd_doc.path, loaded.egd_doc.line("criteria"), f"Green Deal area {missing} is missing"))
    for name, fw_doc in (("concept", None), ("egd", loaded.egd_doc)):
        fw = loaded.frameworks.get(name)
        if fw:
            path = fw_doc.path if fw_doc else next((d.path for d, _, _ in loaded.criteria), "concept")
            out.extend(_check_framework(path, fw, fw_doc.line("framework") if fw_doc else 1))
    if loaded.lexicon_doc is not None:
        out.extend(_check_lexicon_terms(loaded.lexicon_doc))
    sdg_ids = {g["id"] for g in _sdg_goals(loaded)}
    for cc, doc in loaded.national.items():
        if doc.data["country"].lower() != cc:
            out.append(Problem(doc.path, doc.line("country"), f"country {doc.data['country']} does not match the file name"))
    out.extend(_check_refs(loaded, set(seen), sdg_ids))
    return out


# --- building the Concept ---------------------------------------------------------------


def _as_text(value: Any) -> dict[str, str]:
    return {lang: str(value.get(lang, "")) for lang in LANGUAGES} if isinstance(value, dict) else {}


def _criterion(raw: dict) -> Criterion:
    cid = raw["id"]
    fw = _framework_of(cid)
    extra = {k: raw[k] for k in ("koncepce_codes", "section") if k in raw}
    return Criterion(
        id=cid,
        framework=fw,
        area=raw.get("area", cid) if fw == "concept" else cid,
        title=_as_text(raw["title"]),
        description=_as_text(raw["description"]),
        terms={lang: tuple(str(t) for t in raw["terms"].get(lang, [])) for lang in LANGUAGES},
        weight=float(raw["weight"]),
        met=int(raw["met"]),
        partial=int(raw["partial"]),
        recommendation=_as_text(raw["recommendation"]),
        source=raw.get("source", ""),
        own_grouping=bool(raw.get("own_grouping", False)),
        extra=extra,
    )


def _sdg_goals(loaded: _Loaded) -> list[dict]:
    """SDG goals as [{id, number, title{lang}, short{lang}, targets}] from sdg.yaml, whatever its shape."""
    if loaded.sdg_doc is None:
        return []
    goals = loaded.sdg_doc.data["goals"]
    items = list(goals.items()) if isinstance(goals, dict) else [(None, g) for g in goals]
    out = []
    for key, g in items:
        if not isinstance(g, dict):
            continue
        raw_id = g.get("id", g.get("number", key))
        m = re.search(r"(\d+)", str(raw_id))
        if not m or not 1 <= int(m.group(1)) <= 17:
            continue
        n = int(m.group(1))
        out.append({"id": f"SDG-{n}", "number": n, "raw": g})
    return sorted(out, key=lambda g: g["number"])


def _sdg_criteria(loaded: _Loaded) -> list[Criterion]:
    goals = _sdg_goals(loaded)
    lex = loaded.lexicon_doc.data["goals"] if loaded.lexicon_doc is not None else {}
    rules = loaded.lexicon_doc.data.get("rules", {}) if loaded.lexicon_doc is not None else {}
    out = []
    for g in goals:
        raw = g["raw"]
        entry = lex.get(g["id"], {})
        strong = {lang: tuple(entry.get(lang, {}).get("strong", []) or ()) for lang in LANGUAGES}
        weak = {lang: tuple(entry.get(lang, {}).get("weak", []) or ()) for lang in LANGUAGES}
        title = _as_text(raw.get("short") or raw.get("title") or {})
        desc = _as_text(raw.get("description") or raw.get("title") or {})
        out.append(
            Criterion(
                id=g["id"],
                framework="sdg",
                area=g["id"],
                title=title,
                description=desc,
                terms={lang: strong[lang] + weak[lang] for lang in LANGUAGES},
                weight=1.0,
                met=int(raw.get("met", 3)),
                partial=int(raw.get("partial", 1)),
                recommendation=_as_text(raw.get("recommendation") or {}),
                source="United Nations, Transforming our world: the 2030 Agenda (A/RES/70/1, 2015)",
                extra={
                    "number": g["number"],
                    "strong": strong,
                    "weak": weak,
                    "rules": rules,
                    "long_title": _as_text(raw.get("title") or {}),
                    "targets": raw.get("targets", []),
                },
            )
        )
    return out


def concept_digest(root: Path) -> str:
    """SHA-256 over every concept file (relative path and bytes), in sorted order."""
    root = Path(root)
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml"), key=lambda p: p.relative_to(root).as_posix()):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def load_concept(root: Path = Path("concept")) -> Concept:
    """Validate and load concept/ into one Concept (SMART Concept, EGD and, when present, SDGs).

    Raises ValidationError when any file has errors (warnings do not stop loading).
    """
    root = Path(root)
    problems: list[Problem] = []
    loaded = _read_all(root, problems)
    problems.extend(_semantic(loaded))
    if any(p.severity == "error" for p in problems):
        raise ValidationError(sorted(set(problems)))

    concept = [_criterion(c) for _, _, c in loaded.criteria if _framework_of(c["id"]) == "concept"]
    egd = [_criterion(c) for _, _, c in loaded.criteria if _framework_of(c["id"]) == "egd"]
    sdg = _sdg_criteria(loaded)
    areas = [
        Area(id=a["id"], framework="concept", title=_as_text(a["title"]), parent=a.get("parent"),
             source=a.get("source", ""), own_grouping=bool(a.get("own_grouping", False)))
        for _, _, a in loaded.areas
    ]
    areas += [Area(id=c.id, framework=c.framework, title=c.title, source=c.source) for c in egd + sdg]
    meta: dict[str, Any] = {
        "frameworks": {name: fw for name, fw in sorted(loaded.frameworks.items())},
        "national": {cc: doc.data for cc, doc in sorted(loaded.national.items())},
        "crosswalk": loaded.crosswalk.data["links"] if loaded.crosswalk is not None else {},
        "sdg_loaded": bool(sdg),
    }
    if loaded.sdg_doc is not None:
        src = loaded.sdg_doc.data.get("framework") or loaded.sdg_doc.data.get("source")
        if src:
            meta["frameworks"]["sdg"] = src
    return Concept(
        criteria=tuple(concept + egd + sdg),
        areas=tuple(areas),
        meta=meta,
        digest=concept_digest(root),
    )


def schemas() -> dict[str, dict]:
    """The declared schema of each concept file (for `s4s schema` and editors)."""
    return {
        "smart-concept.yaml": SMART_CONCEPT_SCHEMA,
        "green-deal.yaml": GREEN_DEAL_SCHEMA,
        "sdg.yaml": SDG_SCHEMA,
        "lexicon/sdg.yaml": SDG_LEXICON_SCHEMA,
        "national/*.yaml": NATIONAL_SCHEMA,
        "crosswalk.yaml": CROSSWALK_SCHEMA,
    }


def iter_terms(concept: Concept, framework: str, lang: str) -> Iterable[tuple[str, str]]:
    """(criterion id, term) pairs of one framework in one language, in file order."""
    for c in concept.framework(framework):
        for t in c.terms.get(lang, ()):
            yield c.id, t
