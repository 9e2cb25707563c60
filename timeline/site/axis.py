"""The data the time axis draws from: every published event as a few
numbers and words, in one small script file (``axis-data.js``) that every
timeline page shares. A script rather than JSON, so that the axis also
works opened from ``file://``, where a browser fetches nothing; it is loaded
after the page is drawn, so it never delays the first screen.

Each event is ``[first, last, flags, page, anchor, title, date]``: the first
and last day it may stand for (days since 1970-01-01), the ``FLAGS`` below,
the index of the page that lists its card in ``pages``, the card's id on
that page, its title and its date in words. A point known to the month or
the year keeps that whole month or year as its first and last day, and its
precision in the flags, so the axis draws it as what it is: a time somewhere
in that month or year, never a day, and never a span.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from timeline.site.views import EventView

DATA_FILE = "axis-data.js"
EPOCH = dt.date(1970, 1, 1).toordinal()

EXPECTED = 1
SPAN = 2  # an interval with both ends: it lasted from first to last
PRECISION_SHIFT = 2  # two bits: 0 day, 1 month or season, 2 year, 3 decade
OPEN_BEFORE = 16  # "before <date>": first and last are the date's
OPEN_AFTER = 32  # "after <date>"
UNVERIFIED = 64
PRECISIONS = {"day": 0, "month": 1, "season": 1, "year": 2, "decade": 3}


def axis_flags(view: EventView) -> int:
    """What the axis needs to know of an event's date beside its days."""
    edtf = view.edtf
    flags = PRECISIONS[edtf.precision] << PRECISION_SHIFT
    if view.expected:
        flags |= EXPECTED
    if view.unverified:
        flags |= UNVERIFIED
    if edtf.interval and edtf.start and edtf.end:
        flags |= SPAN
    elif edtf.interval:
        flags |= OPEN_BEFORE if edtf.start is None else OPEN_AFTER
    return flags


def axis_days(view: EventView) -> tuple[int, int]:
    """The first and last day of the event; an open end ("before 17
    February") is drawn at the end it has, so both are that end's days."""
    edtf = view.edtf
    if edtf.start and edtf.end:  # an interval with both ends
        first, last = edtf.start.lower(), edtf.end.upper()
    else:  # a single date, or the end an open interval has
        point = edtf.start or edtf.end
        assert point is not None
        first, last = point.lower(), point.upper()
    return first.toordinal() - EPOCH, last.toordinal() - EPOCH


def axis_data(views: list[EventView], listing: Callable[[EventView], str]) -> bytes:
    """The script with every event of ``views``; ``listing(view)`` is the
    path of the timeline page that shows its card."""
    pages: dict[str, int] = {}
    rows = []
    for view in views:
        page = pages.setdefault(listing(view), len(pages))
        first, last = axis_days(view)
        rows.append(
            [first, last, axis_flags(view), page, view.card_id, view.event.title, view.date_text]
        )
    document = {"pages": list(pages), "events": rows}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return f"window.timelineAxis&&timelineAxis({text});\n".encode()
