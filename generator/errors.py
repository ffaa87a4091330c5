"""The project's few exceptions. Each carries the file (and line) it is about."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, as `path:line: message`."""

    path: str
    line: int  # 1-based; 0 when the problem is about the whole file
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"

    def github(self) -> str:
        """The same problem as a GitHub Actions annotation."""
        kind = "warning" if self.severity == "warning" else "error"
        line = f",line={self.line}" if self.line else ""
        return f"::{kind} file={self.path}{line}::{self.message}"


class S4SError(Exception):
    """Base for errors shown to the user as one line (never as a traceback)."""

    def __init__(self, message: str, path: str | Path | None = None, line: int = 0):
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ValidationError(S4SError):
    """One or more problems in strategy or concept files."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__(f"{len(errors)} problem(s) found")


class IngestError(S4SError):
    """A PDF that cannot be turned into a strategy file."""


class BuildError(S4SError):
    """The site could not be built."""
