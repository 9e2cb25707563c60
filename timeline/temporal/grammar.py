"""Turn a language's data (``timeline/temporal/lang/<code>.py``) into compiled
patterns, once per language.

A rule pattern names its parts ``{group}`` or ``{group=source}``; the source
is a table (its words become an alternation, longest first) or a snippet
(a regular expression that may itself name tables as ``<table>``). A rule's
``cased`` option lists the tables whose words it matches only capitalised,
and its ``lower`` option those it matches only in lower case (French "mars"
is the month, "Mars" the planet),
so that "may" the verb and "march" the verb are not months.

Speed: Python's ``re`` scans fastest for a case-sensitive pattern that
starts with a literal, so patterns are compiled without IGNORECASE (each
word spelled lower, Capitalised and UPPER) and the optional words a pattern
starts with ("the", "early", ...) are split off into a *lead*, matched
backwards from where the rest of the pattern matched. Better still, most of
the text is never scanned: each rule gets *keys*, words one of which every
match must contain (a month name, a unit, ...; "#" for a number), and is
tried only just before where its keys occur.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, replace
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
# Where words elide their vowel before another ("l'été", "dell'anno"), a
# word after an apostrophe that follows a letter starts on a word edge.
_LEFT_ELIDED = r"(?:(?<![\w$€£¥₽'’])|(?<=[^\W\d_]['’]))"
_RIGHT = r"(?![\w%])(?![.,]\d)"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    regex: re.Pattern[str]
    lead: re.Pattern[str] | None  # optional words before, matched ending where regex starts
    keys: frozenset[str] | None  # words every match contains ("#": a number); None: scan all
    not_after: re.Pattern[str] | None  # what may not come just before a match
    firsts: frozenset[str] | None  # the characters a match of regex may start with
    sources: dict[str, str]  # group name -> table or snippet it reads
    options: dict[str, Any]
    # "asked about yesterday's attack": before what makes an expression a
    # possessive, a lead that measures ("about", "nearly") is a preposition.
    measures: frozenset[str] = frozenset()  # such lead words
    possessive: re.Pattern[str] | None = None
    elision: bool = False  # the language elides: "l'été" has a word edge after "l'"


@dataclass(frozen=True, slots=True)
class Grammar:
    name: str
    tables: dict[str, dict[str, Any]]
    rules: tuple[Rule, ...]
    keys: dict[str, tuple[int, ...]]  # every rule's keys, each with the rules (places) it keys
    cues: re.Pattern[str]  # tense cues, one named group per entry of CUES
    clause: re.Pattern[str]  # what separates clauses
    before: re.Pattern[str]
    after: re.Pattern[str]
    link: re.Pattern[str] | None  # "before"/"after" between a span of time and a date
    # "just before", "not … until": the event at that time, no open interval
    at_once: re.Pattern[str] | None = None


def _rules_by_key(rules: list[Rule]) -> dict[str, tuple[int, ...]]:
    """Each key, with the places in ``rules`` of the rules it keys: a text
    tries only the rules whose keys it holds."""
    found: dict[str, list[int]] = {}
    for order, rule in enumerate(rules):
        for key in rule.keys or ():
            found.setdefault(key, []).append(order)
    return {key: tuple(orders) for key, orders in found.items()}


def _forms(word: str, cased: bool) -> list[str]:
    capital = word[:1].upper() + word[1:]
    title = " ".join(part[:1].upper() + part[1:] for part in word.split(" "))
    forms = [capital, title, word.upper()]
    return forms if cased else [word, *forms]


def _alternation(words: list[str], cased: bool, lower: bool = False) -> str:
    forms = [
        form
        for word in sorted(words, key=len, reverse=True)
        for form in ([word] if lower else _forms(word, cased))
    ]
    escaped = (re.escape(form).replace(r"\ ", r"\s+").replace("'", "['’]") for form in forms)
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
        if pattern[i + 1 : i + 2] != "?" or pattern[i + 2 : i + 3] in ("?", "+"):
            break
        end = i + 2
    return pattern[:end], pattern[end:]


# Units of a pattern for finding its keys: escapes, classes, placeholders,
# group openers and closers with their quantifier, alternation, words.
_UNIT = re.compile(
    r"\\.|\[(?:\\.|[^\]])*\]|\{[A-Za-z_]\w*(?:=\w+)?\}[?*]?|\((?:\?P<\w+>|\?[:=!]|\?<[=!])?"
    r"|\)(?:[?*+]\??|\{\d*(?:,\d*)?\})?|\||[^\W\d_]+|."
)
TOKEN = re.compile(r"\w+")


def token_key(token: str) -> str:
    """How a text token is looked up among rule keys: numbers are all "#",
    a word glued to a number by its letters ("FY2024", "Q3": "fy", "q")."""
    if token[0].isdigit():
        return "#"
    letters = _LETTERS.match(token)
    return letters.group().lower() if letters else token.lower()


_LETTERS = re.compile(r"[^\W\d_]+")


class _KeyFinder:
    """Keys of a pattern: for each alternative, the cheapest set among its
    mandatory parts (placeholders, non-optional groups, literal words)."""

    def __init__(self, module: ModuleType) -> None:
        self.tables: dict[str, dict[str, Any]] = module.TABLES
        self.snippets: dict[str, str] = module.SNIPPETS
        self.common: frozenset[str] = frozenset(module.COMMON)

    def cost(self, keys: frozenset[str]) -> int:
        return len(keys) + 10000 * len(keys & self.common) + 1000 * ("#" in keys)

    def words(self, entries: list[str]) -> frozenset[str] | None:
        keys = set()
        for entry in entries:
            tokens = [token_key(t) for t in TOKEN.findall(entry)]
            if not tokens:
                return None
            keys.add(min(tokens, key=lambda t: (t in self.common, t == "#", -len(t))))
        return frozenset(keys)

    def source(self, name: str) -> frozenset[str] | None:
        if name in self.tables:
            return self.words(list(self.tables[name]))
        return self.keys(_TABLE_REF.sub(r"{\1}", self.snippets[name]))

    def keys(self, pattern: str) -> frozenset[str] | None:
        units = [m.group(0) for m in _UNIT.finditer(pattern)]
        result, _ = self._alternatives(units, 0, True, True)
        return result

    def _alternatives(
        self, units: list[str], i: int, left: bool, right: bool
    ) -> tuple[frozenset[str] | None, int]:
        """Keys of the alternatives from ``units[i]`` to the closing parenthesis;
        ``left`` and ``right`` say whether the group stands on word edges."""
        options: list[frozenset[str] | None] = []
        candidates: list[frozenset[str]] = []
        while i < len(units):
            unit = units[i]
            if unit.startswith(")"):
                break
            if unit == "|":
                options.append(min(candidates, key=self.cost) if candidates else None)
                candidates = []
            elif unit.startswith("("):
                opener = i
                closing = _closing(units, opener)
                inner, i = self._alternatives(
                    units,
                    i + 1,
                    _edge_before(units, opener, left),
                    _edge_after(units, closing, right),
                )
                closer = units[i] if i < len(units) else ")"
                if (
                    inner is not None
                    and not closer.startswith((")?", ")*"))
                    and not unit.startswith(("(?=", "(?!", "(?<"))
                ):
                    candidates.append(inner)
            elif (place := _PLACEHOLDER.fullmatch(unit)) is not None:
                keys = self.source(place.group(2) or place.group(1))
                if keys is not None:
                    candidates.append(keys)
            elif (
                unit[0].isalpha()
                and unit.islower()
                and _required(units, i)
                and _edge_before(units, i, left)
                and _edge_after(units, i, right)
            ):
                candidates.append(frozenset({unit}))
            elif (
                unit == "\\d"
                or unit.isdigit()
                or (unit.startswith("[") and re.search(r"\\d|\d", unit))
            ) and _required(units, i):
                candidates.append(frozenset({"#"}))
            i += 1
        options.append(min(candidates, key=self.cost) if candidates else None)
        if any(option is None for option in options):
            return None, i
        return frozenset().union(*options), i  # type: ignore[arg-type]


def _required(units: list[str], i: int) -> bool:
    after = units[i + 1] if i + 1 < len(units) else ""
    return not (after in ("?", "*") or after.startswith("{0"))


def _closing(units: list[str], opener: int) -> int:
    depth = 0
    for j in range(opener, len(units)):
        if units[j].startswith("("):
            depth += 1
        elif units[j].startswith(")"):
            depth -= 1
            if depth == 0:
                return j
    return len(units)


_SPACES = ("\\s", "\\b", " ", "[-", "[\\s")


def _edge_before(units: list[str], i: int, left: bool) -> bool:
    """Whether unit ``i`` starts on a word edge (``left``: its group's)."""
    if i == 0:
        return left
    before = units[i - 1]
    if before in ("+", "?", "*"):  # "\s+word"
        return i >= 2 and units[i - 2].startswith(_SPACES)
    if before == "|" or (before.startswith("(") and not before.startswith(("(?=", "(?!"))):
        return left
    return before.startswith((*_SPACES, "'", "-", ","))


def _edge_after(units: list[str], i: int, right: bool) -> bool:
    """Whether unit ``i`` ends on a word edge (``right``: its group's)."""
    if i + 1 >= len(units):
        return right
    after = units[i + 1]
    if after == "|" or after.startswith(")"):
        return right
    return after.startswith((*_SPACES, "'", "-", ",", "(?!", "(?="))


def _first_chars(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match can start with, from the compiled pattern's
    parse; None when they cannot be told (then every start is tried)."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]  # private: may go
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(regex.pattern, regex.flags)
    except (ImportError, AttributeError, re.error):
        return None

    def first(items: Any) -> tuple[set[str], bool] | None:
        chars: set[str] = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero width
            if op is c.LITERAL:
                return chars | {chr(av)}, False
            if op is c.IN:
                found = set()
                for kind, value in av:
                    if kind is c.LITERAL:
                        found.add(chr(value))
                    elif kind is c.RANGE and value[1] - value[0] < 256:
                        found.update(chr(i) for i in range(value[0], value[1] + 1))
                    elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                        found.update("0123456789")
                    else:
                        return None
                return chars | found, False
            if op is c.BRANCH:
                nullable = False
                for alternative in av[1]:
                    inner = first(alternative)
                    if inner is None:
                        return None
                    chars |= inner[0]
                    nullable = nullable or inner[1]
                if not nullable:
                    return chars, False
                continue
            if op is c.SUBPATTERN:
                inner = first(av[3])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                inner = first(av[2])
                if inner is not None and av[0] == 0:
                    inner = (inner[0], True)
            else:
                return None
            if inner is None:
                return None
            chars |= inner[0]
            if not inner[1]:
                return chars, False
        return chars, True

    result = first(tree)
    if result is None or result[1]:
        return None
    return frozenset(result[0])


def _link(module: ModuleType) -> re.Pattern[str] | None:
    """What may stand between a span of time and a date it counts from."""
    if "link" not in module.TABLES:
        return None
    return re.compile(r"\s+(?P<link>" + _alternation(list(module.TABLES["link"]), False) + r")\s+")


def _expand(
    pattern: str,
    module: ModuleType,
    cased: tuple[str, ...],
    sources: dict[str, str],
    lower: tuple[str, ...] = (),
) -> str:
    tables: dict[str, dict[str, Any]] = module.TABLES
    snippets: dict[str, str] = module.SNIPPETS

    def snippet(name: str) -> str:
        body = _uncase(snippets[name])
        return _TABLE_REF.sub(lambda m: _alternation(list(tables[m.group(1)]), False), body)

    def place(match: re.Match[str]) -> str:
        group, source = match.group(1), match.group(2) or match.group(1)
        if source in tables:
            body = _alternation(list(tables[source]), source in cased, source in lower)
        elif source in snippets:
            body = snippet(source)
        else:
            raise KeyError(f"{module.NAME}: rule {pattern!r} names unknown part {source!r}")
        sources[group] = source
        return f"(?P<{group}>{body})"

    return _PLACEHOLDER.sub(place, _uncase(pattern))


# TimeML modifiers that measure an amount rather than place a point in time.
_MEASURES = frozenset({"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"})


@cache
def load(name: str) -> Grammar:
    """The compiled grammar of a language (``en``, ``ru``); raises KeyError
    when there is no data for it."""
    if not re.fullmatch(r"[a-z]+", name):  # "__init__", "../x": never a module name
        raise KeyError(f"no temporal grammar for language {name!r}")
    try:
        module = importlib.import_module(f"timeline.temporal.lang.{name}")
    except ModuleNotFoundError:
        raise KeyError(f"no temporal grammar for language {name!r}") from None
    rules = []
    finder = _KeyFinder(module)
    possessive = re.compile(module.POSSESSIVE) if hasattr(module, "POSSESSIVE") else None
    measures = frozenset(
        word for word, mod in module.TABLES.get("mod", {}).items() if mod in _MEASURES
    )
    elision = getattr(module, "ELISION", False)
    left = _LEFT_ELIDED if elision else _LEFT
    for entry in module.RULES:
        kind, pattern = entry[0], entry[1]
        options = entry[2] if len(entry) > 2 else {}
        cased = tuple(options.get("cased", ()))
        sources: dict[str, str] = {}
        lead, core = _split_lead(pattern)
        lower = tuple(options.get("lower", ()))
        regex = re.compile(left + _expand(core, module, cased, sources, lower) + _RIGHT)
        lead_regex = None
        if lead:
            body = _expand(lead, module, cased, sources, lower)
            lead_regex = re.compile(r"(?<![\w$€£¥₽])" + body + r"\Z")
        keys = finder.keys(core)
        if keys is not None and keys & finder.common:
            keys = None  # a key as common as "the" saves nothing
        if options.get("scan"):
            keys = None  # matches inside compounds ("Montagabend"), whose words are no keys
        not_after = re.compile(options["not_after"]) if "not_after" in options else None
        firsts = _first_chars(regex)
        rule = Rule(
            kind, regex, lead_regex, keys, not_after, firsts, sources, options, elision=elision
        )
        if possessive is not None and "{mod}" in lead:
            rule = replace(rule, measures=measures, possessive=possessive)
        rules.append(rule)
    flags = re.IGNORECASE
    return Grammar(
        name=module.NAME,
        tables={
            key: {word.lower(): value for word, value in table.items()}
            for key, table in module.TABLES.items()
        },
        rules=tuple(rules),
        keys=_rules_by_key(rules),
        cues=re.compile(
            "|".join(f"(?P<{tense}{i}>{cue})" for i, (tense, cue) in enumerate(module.CUES)),
            flags,
        ),
        clause=re.compile(module.CLAUSE, flags),
        before=re.compile(module.BEFORE, flags),
        after=re.compile(module.AFTER, flags),
        link=_link(module),
        at_once=re.compile(module.AT_ONCE, flags) if hasattr(module, "AT_ONCE") else None,
    )
