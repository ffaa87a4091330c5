"""Check every strategy file and every concept file; collect all problems, then stop once."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import Problem
from generator.load import check_strategy
from generator.models import Strategy
from generator.schema import LIMITS, Limits

DEFAULT_PATHS = ("strategies", "examples", "concept")


@dataclass
class Report:
    """What a validation run found."""

    checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    strategies: list[Strategy] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def strategy_files(paths: list[Path], root: Path) -> tuple[list[Path], list[Path], list[Problem]]:
    """Split the given paths into strategy files and concept folders; report what is neither."""
    files: list[Path] = []
    concept_roots: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if not path.exists():
            problems.append(Problem(str(path), 0, "no such file or folder"))
        elif _is_concept(path, root):
            concept_roots.append(_concept_root(path, root))
        elif path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.md") if "sources" not in p.parts))
        else:
            files.append(path)
    return files, sorted(set(concept_roots)), problems


def _is_concept(path: Path, root: Path) -> bool:
    try:
        rel = path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return bool(rel.parts) and rel.parts[0] == "concept"


def _concept_root(path: Path, root: Path) -> Path:
    return root / "concept"


def validate(
    paths: list[Path] | None = None,
    root: Path = Path("."),
    strict: bool = False,
    limits: Limits = LIMITS,
) -> Report:
    """Validate the given paths (default: strategies/, examples/ and concept/ under root)."""
    if not paths:
        paths = [root / p for p in DEFAULT_PATHS if (root / p).exists()]
    files, concept_roots, problems = strategy_files(paths, root)
    report = Report(problems=problems)
    seen_ids: dict[str, str] = {}
    for path in files:
        strategy, found = check_strategy(path, limits=limits, strict=strict, root=root)
        report.checked += 1
        report.problems.extend(found)
        if strategy is None:
            continue
        first = seen_ids.setdefault(strategy.id, str(strategy.path))
        if first != str(strategy.path):
            line = _id_line(path)
            report.problems.append(
                Problem(_rel(path, root), line, f"duplicate id '{strategy.id}' (also in {_rel(Path(first), root)})")
            )
            continue
        report.strategies.append(strategy)
    for concept_root in concept_roots:
        report.problems.extend(_validate_concept(concept_root))
        report.checked += sum(1 for _ in concept_root.rglob("*.yaml"))
    report.problems.sort(key=lambda p: (p.path, p.line, p.message))
    return report


def _validate_concept(concept_root: Path) -> list[Problem]:
    try:
        concept = importlib.import_module("generator.concept")
    except ModuleNotFoundError:  # the concept loader is not part of this checkout yet
        return []
    return list(concept.validate_concept(concept_root))


def _id_line(path: Path) -> int:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("id:"):
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return 0


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
