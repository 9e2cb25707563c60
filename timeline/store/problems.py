"""Problems found in event files, in the ``path:line:column: severity: message``
form that editors' tools and CI annotators already parse."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

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
        return printable(f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def printable(text: str) -> str:
    """``text`` with every control or invisible character escaped (``\\x1b``,
    ``\\u202e``): a file name holding a newline, a terminal escape or a
    right-to-left override stays one honest line."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in text)


def count_summary(problems: list[Problem]) -> str:
    """ "2 errors, 1 warning" — the last line ``timeline check`` prints."""
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class _Huge(float):
    """A JSON number too large for a float (or, written as an integer,
    over Python's 4,300 digits): infinite, so that it spoils only the entry
    that holds it, not the whole file; shown as written, cut short, in the
    message that names it ("the number 1000000000…, 5001 digits"), not as
    "inf"."""

    written: str

    def __new__(cls, written: str) -> _Huge:
        number = super().__new__(cls, "-inf" if written.startswith("-") else "inf")
        number.written = written
        return number

    def __repr__(self) -> str:
        text = self.written
        return text if len(text) <= 16 else f"{text[:12]}…, {len(text)} characters"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self) if not spec else super().__format__(spec)


def _integer(digits: str) -> int | float:
    try:
        return int(digits)
    except ValueError:
        return _Huge(digits)


def _float(text: str) -> float:
    number = float(text)
    return _Huge(text) if math.isinf(number) else number


def read_json(text: str, path: Path) -> tuple[Any, Problem | None]:
    """JSON an editor imports, or the one problem that stops it being read."""
    try:
        return json.loads(text, parse_int=_integer, parse_float=_float), None
    except json.JSONDecodeError as error:
        return None, Problem(path, error.lineno, error.colno, "error", f"not JSON: {error.msg}")
    except RecursionError:
        return None, Problem(path, 1, 1, "error", "JSON nested too deeply to be events")
