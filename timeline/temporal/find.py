"""Finding temporal expressions: every rule's matches, tried only where they
can occur, then the longest at each place."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline.temporal.grammar import TOKEN, Grammar, Rule, token_key


@dataclass(slots=True)
class Found:
    start: int
    end: int
    """One rule's match; ``start`` includes the lead and excludes ``pre``."""

    rule: Rule
    match: re.Match[str]
    lead: re.Match[str] | None = None


def _starts_word(text: str, i: int, elision: bool = False) -> bool:
    """Whether an expression may start at ``i``: on a word edge and not
    inside an amount or a number ("$27", "2,000", "3.5", "456-2025"); in a
    language that elides, just after "l'" or "dell'"."""
    if i == 0:
        return True
    before = text[i - 1]
    if elision and _elided(text, i):
        return True
    if before.isalnum() or before in "_$€£¥₽'’":
        return False
    return not (before in ".,-/:" and i > 1 and text[i - 2].isdigit())


def _elided(text: str, i: int) -> bool:
    """Whether ``i`` follows an elided word ("l'", "dell'", "quest'")."""
    return i > 1 and text[i - 1] in "'’" and text[i - 2].isalpha()


def _matches(rule: Rule, text: str) -> Iterator[Found]:
    search = rule.regex.search
    pos = 0
    while (match := search(text, pos)) is not None:
        item = _accept(rule, match, text)
        if item is None:
            pos = match.start() + 1
            continue
        yield Found(item[0], match.end(), rule, match, item[1])
        pos = max(match.end(), match.start() + 1)


def _keyed_matches(
    rule: Rule, text: str, starts: list[int], at: dict[str, list[int]], keys: list[str]
) -> Iterator[Found]:
    """The matches of a rule that has keys: tried only at the word starts
    shortly before each occurrence of one of ``keys``, those of its keys the
    text holds."""
    places = sorted({p for key in keys for p in at[key]})
    match, firsts = rule.regex.match, rule.firsts
    done = 0  # starts before this index have been tried
    for place in places:
        first = max(done, bisect.bisect_left(starts, place - _REACH, done))
        done = bisect.bisect_right(starts, place, first)
        for start in starts[first:done]:
            if start and text[start - 1] in "'’" and not (rule.elision and _elided(text, start)):
                start -= 1  # '90s
            if firsts is not None and text[start] not in firsts:
                continue
            found = match(text, start)
            if found is None:
                continue
            item = _accept(rule, found, text)
            if item is not None:
                yield Found(item[0], found.end(), rule, found, item[1])


# How far before a key a match may start (the lead is found separately).
_REACH = 40


def _accept(rule: Rule, match: re.Match[str], text: str) -> tuple[int, re.Match[str] | None] | None:
    """Where a match starts once its lead is added, or None if it may not start there."""
    start = match.start()
    lead_match = None
    lead = rule.lead
    if lead is not None:
        lead_match = lead.search(text, max(0, start - 48), start)
        if (
            lead_match is not None
            and lead_match.start() < start
            and not _preposition(rule, lead_match, text, match.end())
        ):
            start = lead_match.start()
        else:
            lead_match = None
    if not _starts_word(text, start, rule.elision):
        return None
    not_after = rule.not_after
    if not_after is not None and not_after.search(text, max(0, start - 32), start):
        return None
    if has(match, "pre"):
        start = match.end("pre")
    return start, lead_match


def _preposition(rule: Rule, lead: re.Match[str], text: str, end: int) -> bool:
    """Whether a measuring lead stands before a possessive ("about
    yesterday's attack"), where it is a preposition, not a modifier."""
    if rule.possessive is None or not rule.possessive.match(text, end):
        return False
    word = lead.group("mod")
    return word is not None and " ".join(word.lower().split()) in rule.measures


def find(text: str, grammar: Grammar) -> list[Found]:
    """Every rule's matches, then the longest at each place, left to right."""
    at: dict[str, list[int]] = {}
    keys = grammar.keys
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer: keep offsets
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    tokens = list(TOKEN.finditer(lower))
    starts = [token.start() for token in tokens]
    for token in tokens:
        word = token.group()
        if word not in keys:
            if not (word[0].isdigit() or word[-1].isdigit()):
                continue
            word = token_key(word)  # a number, or letters glued to one
            if word not in keys:
                continue
        at.setdefault(word, []).append(token.start())
    held: dict[int, list[str]] = {}  # a rule's place → those of its keys the text holds
    for key in at:
        for order in keys[key]:
            held.setdefault(order, []).append(key)
    found: list[tuple[int, int, int, Found]] = []
    for order, rule in enumerate(grammar.rules):
        if not rule.keys:
            matches = _matches(rule, text)
        elif order in held:
            matches = _keyed_matches(rule, text, starts, at, held[order])
        else:
            continue  # none of its keys is in the text
        for item in matches:
            found.append((item.start, item.start - item.end, order, item))
    found.sort(key=lambda item: item[:3])
    chosen: list[Found] = []
    last_end = -1
    for start, _, _, item in found:
        if start >= last_end:
            chosen.append(item)
            last_end = item.end
    return chosen


def has(match: re.Match[str], group: str) -> bool:
    return group in match.re.groupindex and match.group(group) is not None
