"""Safe YAML for data that strangers write: no object-building tags, no anchors or aliases
(alias bombs), no duplicate keys, bounded size, and every problem with its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from generator.errors import Problem

# libyaml's parser where PyYAML was built with it (the pure-Python scanner was most of the
# time spent validating thousands of strategy files); same tokens, nodes and marks.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Tags a plain YAML document may carry implicitly; anything explicit (`!!python/...`,
# `!custom`) is refused before construction.
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True)
class Parsed:
    """A YAML mapping with the line of each top-level key (1-based, in the file)."""

    data: dict | None
    lines: dict[str, int]  # top-level key -> line
    problems: list[Problem]


def parse_mapping(text: str, path: str, first_line: int = 1, max_bytes: int = 65536) -> Parsed:
    """Parse `text` as one YAML mapping; `first_line` is the file line where `text` starts.

    Never raises for bad input: returns the problems instead.
    """

    def problem(line: int, message: str) -> Parsed:
        return Parsed(None, {}, [Problem(path, line, message)])

    if len(text.encode("utf-8")) > max_bytes:
        return problem(first_line, f"front matter is larger than {max_bytes} bytes; shorten it")
    simple = _simple_mapping(text, first_line)
    if simple is not None:
        return simple
    try:
        return _parse(text, path, first_line, _Loader)
    except yaml.MarkedYAMLError:
        # Syntax errors are reported in PyYAML's own words (libyaml phrases them differently):
        # bad input is rare, so parsing it twice costs nothing.
        return _parse(text, path, first_line, yaml.SafeLoader)


# Front matter as ingest writes it, and as most people do: each line `key: value`, the value
# one plain scalar. Such a line has one meaning in YAML: the key, and the value up to the
# line's end without its trailing spaces (no ': ', no ' #', no indicator first, no tab,
# quote, line break or other character YAML treats apart). Those are resolved and built by
# PyYAML's own resolver and constructors; any other line, a tag that is not plain or a
# duplicate key sends the whole text through the parser below, which reports problems.
_SIMPLE_LINE = re.compile(
    r"([A-Za-z_][A-Za-z0-9_]{0,63}):"
    r"((?: [\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*)?)"
)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
# line -> (key, key as built, value as built), or None when the line is not simple. Lines
# such as 'country: CZ' recur in every file; what is kept is immutable.
_BUILT: dict[str, tuple[str, object, object] | None] = {}
_BUILT_MAX = 4096


def _simple_line(line: str) -> tuple[str, object, object] | None:
    """(key, key as built, value as built) when `line` is `key: plain value`, else None."""
    found = _SIMPLE_LINE.fullmatch(line)
    if found is None:
        return None
    key, value = found.group(1), found.group(2).strip(" ")
    if value and (value[0] in _INDICATORS or ": " in value or " #" in value or value[-1] == ":"):
        return None
    built = []
    for scalar in (key, value):
        tag = _RESOLVER.resolve(yaml.ScalarNode, scalar, (True, False))
        if tag not in _PLAIN_TAGS:
            return None
        try:
            built.append(SafeConstructor.yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, scalar)))
        except Exception:  # noqa: BLE001 - e.g. a date that does not exist: the parser reports it
            return None
    return key, built[0], built[1]


def _simple_mapping(text: str, first_line: int) -> Parsed | None:
    """`text` parsed when every line is `key: plain value` (or blank), else None."""
    data: dict = {}
    lines: dict[str, int] = {}
    for index, line in enumerate(text.split("\n")):
        if not line:
            continue
        if line in _BUILT:
            simple = _BUILT[line]
        else:
            simple = _simple_line(line)
            if len(_BUILT) < _BUILT_MAX:
                _BUILT[line] = simple
        if simple is None or simple[0] in lines:
            return None
        key, key_value, value_value = simple
        lines[key] = first_line + index
        data[key_value] = value_value
    return Parsed(data, lines, []) if lines else None


def _parse(text: str, path: str, first_line: int, loader: type) -> Parsed:
    """parse_mapping with one loader; raises yaml.MarkedYAMLError from the C loader only."""

    def problem(line: int, message: str) -> Parsed:
        return Parsed(None, {}, [Problem(path, line, message)])

    # Anchors, aliases and tags need '&', '*' or '!': without any, the token scan is skipped.
    unsafe = "&" in text or "*" in text or "!" in text
    try:
        for token in yaml.scan(text, Loader=loader) if unsafe else ():
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                return problem(
                    first_line + token.start_mark.line,
                    "YAML anchors and aliases (&, *) are not allowed; write the value out",
                )
            if isinstance(token, yaml.TagToken):
                return problem(
                    first_line + token.start_mark.line,
                    "YAML tags (!...) are not allowed; write plain values",
                )
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        if loader is not yaml.SafeLoader:
            raise
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else first_line
        what = exc.problem or "invalid YAML"
        return problem(line, f"YAML syntax error: {what}")
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML raises marked errors for text input
        return problem(first_line, f"YAML error: {exc}")

    if node is None:
        return Parsed({}, {}, [])
    if not isinstance(node, yaml.MappingNode):
        return problem(first_line + node.start_mark.line, "front matter must be a mapping of field: value")

    problems: list[Problem] = []
    _check_nodes(node, path, first_line, problems)
    if problems:
        return Parsed(None, {}, problems)

    lines: dict[str, int] = {}
    warnings: list[Problem] = []
    source_lines = text.split("\n")
    for key_node, value_node in node.value:
        lines.setdefault(str(key_node.value), first_line + key_node.start_mark.line)
        # `title: Strategia #Warszawa2030` silently loses '#Warszawa2030' to a comment.
        if isinstance(value_node, yaml.ScalarNode) and not value_node.style:  # plain: None, or '' from libyaml
            end = value_node.end_mark
            rest = source_lines[end.line][end.column :] if end.line < len(source_lines) else ""
            if rest.lstrip().startswith("#") and rest.strip() != "#":
                warnings.append(
                    Problem(
                        path,
                        first_line + end.line,
                        f"'{key_node.value}': ' #' starts a YAML comment, so the value ends before it; "
                        "quote the value if the '#' belongs to it",
                        "warning",
                    )
                )
    try:
        data = loader(text).construct_document(node)
    except yaml.MarkedYAMLError as exc:
        if loader is not yaml.SafeLoader:
            raise
        mark = exc.problem_mark
        return problem(first_line + (mark.line if mark else 0), f"YAML error: {exc.problem}")
    except (TypeError, ValueError) as exc:  # e.g. an unhashable key
        return problem(first_line, f"YAML error: {exc}")
    return Parsed(data, lines, warnings)


def _check_nodes(node: yaml.Node, path: str, first_line: int, problems: list[Problem]) -> None:
    """Refuse duplicate keys, non-scalar keys and explicit tags anywhere in the tree."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.tag not in _PLAIN_TAGS:
            problems.append(
                Problem(path, first_line + current.start_mark.line, f"YAML tag {current.tag} is not allowed")
            )
            continue
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in current.value:
                line = first_line + key_node.start_mark.line
                if not isinstance(key_node, yaml.ScalarNode):
                    problems.append(Problem(path, line, "a key must be a plain value"))
                    continue
                key = str(key_node.value)
                if key in seen:
                    problems.append(
                        Problem(path, line, f"duplicate key '{key}' (first on line {seen[key]})")
                    )
                else:
                    seen[key] = line
                stack.append(value_node)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def load_yaml_file(path: str, text: str, max_bytes: int = 4 * 1024 * 1024) -> Parsed:
    """A whole YAML data file (concept files): the same rules as front matter."""
    return parse_mapping(text, path, first_line=1, max_bytes=max_bytes)
