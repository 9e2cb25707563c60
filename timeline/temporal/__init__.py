"""Temporal expressions: find the dates, times, durations and recurrences a
text mentions and normalise them (TimeML values, EDTF dates).

    from timeline.temporal import tag, Timex
    spans = tag(text, published=datetime.date(2026, 2, 21), lang="en")
"""

from timeline.temporal.engine import tag
from timeline.temporal.timex import Timex

__all__ = ["Timex", "tag"]
