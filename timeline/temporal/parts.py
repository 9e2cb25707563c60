"""The named parts a pattern captured ("month", "day", "num", ...), read
through the language's tables into numbers and codes."""

from __future__ import annotations

import re
from typing import Any

from timeline.temporal.find import Found
from timeline.temporal.grammar import Grammar

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def folded(text: str) -> str:
    """A word as the tables spell it: lower case, single spaces, a straight
    apostrophe ("l’anno" is "l'anno")."""
    return _SPACE.sub(" ", text.strip().lower()).replace("’", "'")


class Parts:
    """The named parts of one match, read through the grammar's tables."""

    def __init__(self, found: Found, grammar: Grammar) -> None:
        self.match = found.match
        self.lead = found.lead
        self.sources = found.rule.sources
        self.tables = grammar.tables

    def raw(self, name: str) -> str | None:
        if name not in self.sources:
            return None
        if name in self.match.re.groupindex:
            return self.match.group(name)
        return self.lead.group(name) if self.lead is not None else None

    def get(self, name: str) -> Any:
        text = self.raw(name)
        if text is None:
            return None
        source = self.sources[name]
        if source in self.tables:
            word = folded(text)
            table = self.tables[source]
            return table.get(word, table.get(word.rstrip(".")))
        if source == "num":
            return number(text, self.tables["number"])
        if source in ("yy", "yy2"):
            return two_digit_year(int(text.lstrip("'")))
        if source == "decade":
            digits = _DIGITS.search(text)
            if digits is None:
                return self.tables["decadeword"][folded(text).removeprefix("the ")]
            # "'90s", "años 90", "anni '90": two figures are a decade of a century.
            decade = int(digits.group())
            return two_digit_year(decade) if decade < 100 else decade
        if source == "century":
            return (int(_DIGITS.search(text).group()) - 1) * 100  # type: ignore[union-attr]
        if source == "year" and not text[:1].isdigit():
            numbers = self.tables["number"]
            first, _, rest = folded(text).replace("-", " ").partition(" ")
            if rest.startswith("thousand"):  # two thousand (and) six
                rest = rest.removeprefix("thousand").strip().removeprefix("and ").strip()
                return 2000 + ((number(rest, numbers) or 0) if rest else 0)
            return 100 * numbers[first] + (number(rest, numbers) or 0)
        if source == "clockhour" and not text[:1].isdigit():
            return number(text, self.tables["number"])
        if source == "fraction":
            whole, _, frac = text.partition(" ")
            num, _, den = frac.strip().partition("/")
            return int(whole) + int(num) / int(den)
        digits = _DIGITS.search(text)
        return int(digits.group()) if digits else None


def two_digit_year(yy: int) -> int:
    return 1900 + yy if yy >= 30 else 2000 + yy


def number(text: str, table: dict[str, Any]) -> float | int | None:
    word = folded(text)
    if word in table:
        return table[word]
    try:
        return int(word) if word.isdigit() else float(word)
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[-\s]+", word):
        value = table.get(part)
        if value is None:
            return None
        total = total * value if value in (100, 1000) and total else total + value
    return total
