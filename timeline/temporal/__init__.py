"""Temporal expressions: find the dates, times, durations and recurrences a
text mentions and normalise them (TimeML values, EDTF dates).

    from timeline.temporal import tag, Timex
    spans = tag(text, published=datetime.date(2026, 2, 21), lang="en")

A language with a module in ``lang/`` is read by its rules
(``rule_tagger.py``); any other by the language-independent rules and
dateparser's data (``other_languages.py``).
"""

import datetime as dt

from timeline.temporal.grammar import load
from timeline.temporal.other_languages import tag_other
from timeline.temporal.rule_tagger import tag_with_rules
from timeline.temporal.timex import Timex

__all__ = ["Timex", "tag"]


def tag(text: str, published: dt.date | None = None, lang: str = "en") -> list[Timex]:
    """Find and normalise the temporal expressions of ``text``, resolving
    relative ones against ``published`` and the date last mentioned."""
    if isinstance(published, dt.datetime):
        published = published.date()
    try:
        grammar = load(lang)
    except KeyError:
        return tag_other(text, published, lang)
    return tag_with_rules(text, published, grammar)
