"""Turn a language's data (``timeline/temporal/lang/<code>.py``) into compiled
patterns, once per language.

A rule pattern names its parts ``{group}`` or ``{group=source}``; the source
is a table (its words become an alternation, longest first) or a snippet
(a regular expression that may itself name tables as ``<table>``). A rule's
``cased`` option lists the tables whose words it matches only capitalised,
so that "may" the verb and "march" the verb are not months.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

_PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)(?:=(\w+))?\}")
_TABLE_REF = re.compile(r"<(\w+)>")
# An expression starts and ends on a word edge, and never inside an amount:
# not "$27", "67%", "2,000", "3.5".
_LEFT = r"(?<![\w$€£¥₽'’])(?<!\d[.,])"
_RIGHT = r"(?![\w%])(?![.,]\d)"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    regex: re.Pattern[str]
    sources: dict[str, str]  # group name -> table or snippet it reads
    options: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Grammar:
    name: str
    tables: dict[str, dict[str, Any]]
    rules: tuple[Rule, ...]
    cues: re.Pattern[str]  # tense cues, one named group per entry of CUES
    clause: re.Pattern[str]  # what separates clauses
    before: re.Pattern[str]
    after: re.Pattern[str]


def _alternation(words: list[str], cased: bool) -> str:
    forms: list[str] = []
    for word in sorted(words, key=len, reverse=True):
        if cased:
            forms += [word[:1].upper() + word[1:], word.upper()]
        else:
            forms.append(word)
    escaped = (re.escape(form).replace(r"\ ", r"\s+") for form in forms)
    body = "|".join(dict.fromkeys(escaped))
    return f"(?-i:{body})" if cased else body


def _expand(
    pattern: str, module: ModuleType, cased: tuple[str, ...]
) -> tuple[str, dict[str, str]]:
    tables: dict[str, dict[str, Any]] = module.TABLES
    snippets: dict[str, str] = module.SNIPPETS
    sources: dict[str, str] = {}

    def table_alt(name: str, cased_here: bool) -> str:
        return _alternation(list(tables[name]), cased_here)

    def snippet(name: str) -> str:
        return _TABLE_REF.sub(lambda m: table_alt(m.group(1), False), snippets[name])

    def place(match: re.Match[str]) -> str:
        group, source = match.group(1), match.group(2) or match.group(1)
        if source in tables:
            body = table_alt(source, source in cased)
        elif source in snippets:
            body = snippet(source)
        else:
            raise KeyError(f"{module.NAME}: rule {pattern!r} names unknown part {source!r}")
        sources[group] = source
        return f"(?P<{group}>{body})"

    return _PLACEHOLDER.sub(place, pattern), sources


@cache
def load(name: str) -> Grammar:
    """The compiled grammar of a language (``en``, ``ru``); raises KeyError
    when there is no data for it."""
    try:
        module = importlib.import_module(f"timeline.temporal.lang.{name}")
    except ModuleNotFoundError:
        raise KeyError(f"no temporal grammar for language {name!r}") from None
    rules = []
    for entry in module.RULES:
        kind, pattern = entry[0], entry[1]
        options = entry[2] if len(entry) > 2 else {}
        body, sources = _expand(pattern, module, tuple(options.get("cased", ())))
        regex = re.compile(_LEFT + "(?:" + body + ")" + _RIGHT, re.IGNORECASE)
        rules.append(Rule(kind, regex, sources, options))
    flags = re.IGNORECASE
    return Grammar(
        name=module.NAME,
        tables={
            key: {word.lower(): value for word, value in table.items()}
            for key, table in module.TABLES.items()
        },
        rules=tuple(rules),
        cues=re.compile(
            "|".join(f"(?P<{tense}{i}>{cue})" for i, (tense, cue) in enumerate(module.CUES)),
            flags,
        ),
        clause=re.compile(module.CLAUSE, flags),
        before=re.compile(module.BEFORE, flags),
        after=re.compile(module.AFTER, flags),
    )
