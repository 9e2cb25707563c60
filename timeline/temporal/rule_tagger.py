"""The rule tagger: find temporal expressions with a language's rules, keep
the longest non-overlapping ones, and resolve each in text order against the
publication date and the date last mentioned.

What each rule kind means is in ``kinds.py``; where a date without a year
goes, in ``yearless.py``; the words and word orders come from the language
data (``lang/``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.temporal.context import Context
from timeline.temporal.find import Found, find
from timeline.temporal.grammar import Grammar
from timeline.temporal.kinds import KINDS, Result
from timeline.temporal.parts import Parts, folded
from timeline.temporal.periods import When, shift
from timeline.temporal.timex import Timex

_SENTENCE_FINAL = re.compile(r"\s*(?:$|\n|[\"'”’]*\s+[\"'“‘«¿¡(]*[^\W\d_](?<=[A-ZÀ-ÖØ-ÞА-ЯЁ]))")


# Modifiers that make an open interval: (before, after).
_OPEN = {
    "ON_OR_BEFORE": (True, False),
    "BEFORE": (True, False),
    "ON_OR_AFTER": (False, True),
    "AFTER": (False, True),
}


def _edtf(result: Result, before: bool, after: bool) -> str | None:
    if result.when is None or result.type in ("DURATION", "SET"):
        return None
    first = result.when.edtf()
    if first is None:
        return None
    if result.end is not None and result.end.edtf() is not None:
        last = result.end.edtf().split("/")[-1]  # type: ignore[union-attr]
        first = first.split("/")[0]
        if last != first:
            return f"{first}/{last}"
        return first
    if result.mod in _OPEN:  # "1994 or later", "post-1959": its own words decide
        before, after = _OPEN[result.mod]
    elif result.when.is_time:
        # A time of day marks a moment of its day, whatever word opens it:
        # "shortly after 3 a.m. on Tuesday" and "closed since 6 a.m. on
        # Tuesday" are Tuesday's news.
        before = after = False
    if before:
        return f"../{first.split('/')[-1]}"
    if after:
        return f"{first.split('/')[0]}/.."
    if result.mod == "APPROX" and "/" not in first:
        return first + "~"
    return first


# No such day, or a step past year 1 or 9999 (a hostile publication date):
# the expression is left unresolved rather than stopping the article.
_OUT_OF_RANGE = (ValueError, OverflowError, IndexError, StopIteration)


def tag_with_rules(text: str, published: dt.date | None, grammar: Grammar) -> list[Timex]:
    """Find and normalise the temporal expressions of ``text`` with the rules
    of ``grammar``, resolving relative ones against ``published`` and the
    date last mentioned."""
    items = find(text, grammar)
    ctx = Context(text, published, grammar, expressions=[(f.start, f.end) for f in items])
    spans: list[Timex] = []
    i = 0
    while i < len(items):
        found = items[i]
        if text.endswith(".", found.start, found.end) and _SENTENCE_FINAL.match(text, found.end):
            found.end -= 1  # "at 10 p.m. As he...": the period ends the sentence
        try:
            composed = _compose(found, items[i + 1], ctx) if i + 1 < len(items) else None
        except _OUT_OF_RANGE:
            composed = None
        if composed is not None:
            spans.append(composed)
            i += 2
            continue
        spans += _resolve(found, ctx)
        i += 1
    return spans


def _compose(first: Found, second: Found, ctx: Context) -> Timex | None:
    """ "two days after March 3": a span of time before or after a date is a
    date, one expression."""
    grammar, text = ctx.grammar, ctx.text
    link = grammar.link.fullmatch(text, first.end, second.start) if grammar.link else None
    if link is None or first.rule.kind != "duration" or first.rule.options.get("no_anchor"):
        return None
    parts = Parts(first, grammar)
    unit = parts.get("unit")
    num = parts.get("num") if parts.raw("num") is not None else None
    if num is None or unit[2] is None or num != int(num):
        return None
    result = KINDS[second.rule.kind](Parts(second, grammar), second, ctx)
    if result is None or result.type != "DATE" or result.end is not None:
        return None
    if result.when is None or result.when.year is None:
        return None
    sign = grammar.tables["link"][folded(link.group("link"))]
    steps = int(num) if unit[2] in ("decade", "century") else int(num) * unit[1]
    moved = shift(result.when, sign * steps, unit[2], keep=True)
    ctx.focus_on(moved)
    return Timex(
        first.start,
        second.end,
        text[first.start : second.end],
        "DATE",
        moved.timeml(),
        None,
        moved.edtf(),
        True,
    )


def _day_part(when: When) -> When:
    """``when`` without its part of day and clock time (most dates have none)."""
    if when.part is None and when.hour is None and when.minute is None:
        return when
    return replace(when, part=None, hour=None, minute=None)


def _resolve(found: Found, ctx: Context) -> list[Timex]:
    """The expression (two for a list) as the tagger gives it."""
    grammar, text = ctx.grammar, ctx.text
    parts = Parts(found, grammar)
    try:
        result = KINDS[found.rule.kind](parts, found, ctx)
        known = (
            []
            if result is None
            else [
                when
                for when in (result.when, result.end)
                if when is not None and when.year is not None
            ]
        )
        for when in known:
            when.date(), when.edtf()  # "2026-02-30", "0000-00-00": no such day
        if len(known) == 2 and known[1].date() < known[0].date():
            raise ValueError("20 - 17 February: the range ends before it starts")
    except _OUT_OF_RANGE:
        result = Result("DATE", "", None)
    if result is None:
        return []
    if result.when is not None:
        if result.when.is_time and result.type == "DATE":
            result.type = "TIME"
        result.value = result.value or result.when.timeml()
        if result.when.year is not None and result.focus:
            ctx.focus_on(_day_part(result.when))
    if not result.value:
        result.value = _unresolved(found, parts)
    head = text[max(0, found.start - 24) : found.start]
    bounded = result.type in ("DATE", "TIME") and result.end is None
    before = bounded and grammar.before.search(head) is not None
    after = bounded and grammar.after.search(head) is not None
    mod = result.mod or ("BEFORE" if before else "AFTER" if after else None)
    if (before or after) and _at_once(grammar, text, found.start):
        before = after = False  # "just before 11:30 p.m.": that day, not any day before it
    edtf = _edtf(result, before, after)
    if found.rule.kind == "list":
        return _split_list(found, result, text, edtf)
    return [
        Timex(
            found.start,
            found.end,
            text[found.start : found.end],
            result.type,
            result.value,
            mod,
            edtf,
            result.relative,
        )
    ]


def _at_once(grammar: Grammar, text: str, start: int) -> bool:
    """Whether the words before ``start`` put the event at the expression's
    own time: "shortly after noon", "did not return until Monday"."""
    return grammar.at_once is not None and (
        grammar.at_once.search(text, max(0, start - 48), start) is not None
    )


def _unresolved(found: Found, parts: Parts) -> str:
    """The value with unknown parts as X, when there is no date to resolve against."""
    month, day = parts.get("month"), parts.get("day")
    if month:
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    return "XXXX-XX-XX"


def _split_list(found: Found, result: Result, text: str, edtf: str | None) -> list[Timex]:
    """ "March 3 and 5": one span per date, each with its own value; "from
    2019 to 2021": both spans carry the range as their EDTF date."""
    out = []
    for group, when in (("a", result.when), ("b", result.end or result.when)):
        start, end = found.match.span(group)
        value = when.timeml() if when else result.value
        single = when.edtf() if when and when.year is not None else None
        if found.rule.options.get("range"):
            single = edtf
        out.append(
            Timex(start, end, text[start:end], "DATE", value, result.mod, single, result.relative)
        )
    return out
