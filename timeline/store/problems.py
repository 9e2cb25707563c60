"""Problems found in event files, in the ``path:line:column: severity: message``
form that editors' tools and CI annotators already parse."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file; ``line`` and ``column`` count from 1."""

    path: Path
    line: int
    column: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def count_summary(problems: list[Problem]) -> str:
    """ "2 errors, 1 warning" — the last line ``timeline check`` prints."""
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
