"""Turn a language's data (``timeline/temporal/lang/<code>.py``) into compiled
patterns, once per language.

A rule pattern names its parts ``{group}`` or ``{group=source}``; the source
is a table (its words become an alternation, longest first) or a snippet
(a regular expression that may itself name tables as ``<table>``). A rule's
``cased`` option lists the tables whose words it matches only capitalised,
so that "may" the verb and "march" the verb are not months.

Speed: Python's ``re`` scans fastest for a case-sensitive pattern that
starts with a literal, so patterns are compiled without IGNORECASE (each
word spelled lower, Capitalised and UPPER) and the optional words a pattern
starts with ("the", "early", ...) are split off into a *lead*, matched
backwards from where the rest of the pattern matched.
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
# Pieces of a pattern: escapes, group openers, character classes,
# placeholders and quantifiers pass through; runs of letters are words.
_PIECE = re.compile(
    r"\\.|\(\?P<\w+>|\(\?[:=!]|\(\?<[=!]|\[(?:\\.|[^\]])*\]|\{[^}]*\}|<\w+>|([^\W\d_]+)|."
)
# An expression starts and ends on a word edge, and never inside an amount:
# not "$27", "67%", "2,000", "3.5". The engine checks the start again after
# adding the lead; this check is here because it fails fast inside words.
_LEFT = r"(?<![\w$€£¥₽'’])"
_RIGHT = r"(?![\w%])(?![.,]\d)"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    regex: re.Pattern[str]
    lead: re.Pattern[str] | None  # optional words before, matched ending where regex starts
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


def _forms(word: str, cased: bool) -> list[str]:
    capital = word[:1].upper() + word[1:]
    return [capital, word.upper()] if cased else [word, capital, word.upper()]


def _alternation(words: list[str], cased: bool) -> str:
    forms = [form for word in sorted(words, key=len, reverse=True) for form in _forms(word, cased)]
    escaped = (re.escape(form).replace(r"\ ", r"\s+") for form in forms)
    return "|".join(dict.fromkeys(escaped))


def _uncase(pattern: str) -> str:
    """Spell each literal word of a pattern in its three cases."""
    out = []
    for piece in _PIECE.finditer(pattern):
        word = piece.group(1)
        if word and word.islower():
            out.append("(?:" + "|".join(dict.fromkeys(_forms(word, False))) + ")")
        else:
            out.append(piece.group(0))
    return "".join(out)


def _split_lead(pattern: str) -> tuple[str, str]:
    """Leading optional groups ``(?:...)?`` of a pattern, and the rest."""
    end = 0
    while pattern.startswith("(?:", end):
        depth, i = 0, end
        while i < len(pattern):
            if pattern[i] == "\\":
                i += 2
                continue
            if pattern[i] == "(":
                depth += 1
            elif pattern[i] == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if pattern[i + 1:i + 2] != "?" or pattern[i + 2:i + 3] in ("?", "+"):
            break
        end = i + 2
    return pattern[:end], pattern[end:]


def _expand(
    pattern: str, module: ModuleType, cased: tuple[str, ...], sources: dict[str, str]
) -> str:
    tables: dict[str, dict[str, Any]] = module.TABLES
    snippets: dict[str, str] = module.SNIPPETS

    def snippet(name: str) -> str:
        body = _uncase(snippets[name])
        return _TABLE_REF.sub(lambda m: _alternation(list(tables[m.group(1)]), False), body)

    def place(match: re.Match[str]) -> str:
        group, source = match.group(1), match.group(2) or match.group(1)
        if source in tables:
            body = _alternation(list(tables[source]), source in cased)
        elif source in snippets:
            body = snippet(source)
        else:
            raise KeyError(f"{module.NAME}: rule {pattern!r} names unknown part {source!r}")
        sources[group] = source
        return f"(?P<{group}>{body})"

    return _PLACEHOLDER.sub(place, _uncase(pattern))


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
        cased = tuple(options.get("cased", ()))
        sources: dict[str, str] = {}
        lead, core = _split_lead(pattern)
        regex = re.compile(_LEFT + _expand(core, module, cased, sources) + _RIGHT)
        lead_regex = None
        if lead:
            body = _expand(lead, module, cased, sources)
            lead_regex = re.compile(r"(?<![\w$€£¥₽])" + body + r"\Z")
        rules.append(Rule(kind, regex, lead_regex, sources, options))
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
