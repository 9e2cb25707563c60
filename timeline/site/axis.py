"""The data the time axis draws from, in two kinds of small script file
(scripts rather than JSON, so that the axis also works opened from
``file://``, where a browser fetches nothing):

- the index (``axis-data.js``): every event as three numbers, loaded after
  the page is drawn. It is all the axis needs to place the events and group
  the crowded periods, so a 10,000-event timeline opens on about 77 KB
  (9 KB gzipped) that parse in a few milliseconds.
- the words (``axis-data.1.js``, ``axis-data.2.js``…): each event's card id,
  title and date in words, for the pages of the timeline that list the
  events of one year (up to ``WORDS_PER_FILE`` events a file; a crowded
  year has several), loaded only when the axis shows one of those events
  on its own or lists a group of them. A file a page would mean hundreds of
  small files that a 10,000-event build writes and the reader's browser
  asks for one by one.

A small timeline (``WORDS_INLINE`` events at most) has no words files:
its words ride in the index as ``words``, one list per page, so the axis
shows its events after one request instead of two.

The index holds ``pages``, each ``[path, count]``, or ``[path, count,
file]`` when the words are in files: the timeline page that lists the
cards, how many of the events follow in ``days``, and the number of the
words file that holds their words. ``days``
holds three numbers an event: its first day (days since 1970-01-01) as the
difference from the event before, its last day as the difference from its
first, and the ``FLAGS`` below. A point known to the month or the year keeps
that whole month or year as its first and last day, and its precision in
the flags, so the axis draws it as what it is: a time somewhere in that
month or year, never a day, and never a span. A words file calls
``timelineAxisWords(n, rows)`` for each page ``n`` (from 1) it holds, rows
``[card id, title, date]`` of that page's events in the index's order.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from timeline.site.views import EventView

DATA_FILE = "axis-data.js"
# Up to this many events, the words are in the index (about 100 bytes an
# event, a few KB gzipped) rather than in files of their own.
WORDS_INLINE = 300
# Past it, the words of one year's pages go in more than one file (a file of
# 1,000 events is about 100 KB, 25 KB gzipped).
WORDS_PER_FILE = 1000
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


def axis_parts(
    views: list[EventView], listing: Callable[[EventView], str]
) -> list[tuple[str, list[EventView]]]:
    """The events of ``views`` by the timeline page that lists their cards
    (``listing(view)``), pages in the order they first come, events in the
    order of ``views``: the order of the index and of the words files."""
    parts: dict[str, list[EventView]] = {}
    for view in views:
        parts.setdefault(listing(view), []).append(view)
    return list(parts.items())


def part_path(path: str, number: int) -> str:
    """The words file ``number`` (from 1) of the index at ``path``."""
    return f"{path.removesuffix('.js')}.{number}.js"


def words_inline(parts: list[tuple[str, list[EventView]]]) -> bool:
    """Whether the words of ``parts`` go in the index (a small timeline)."""
    return sum(len(views) for _, views in parts) <= WORDS_INLINE


def words_files(parts: list[tuple[str, list[EventView]]]) -> list[list[int]]:
    """The pages (indexes into ``parts``) whose words each words file holds:
    pages in a row whose first events are of one year, as many as hold at
    most ``WORDS_PER_FILE`` events (a page of more has a file to itself).
    A file changes when its pages' events or numbers do (a page or file
    added before it renumbers it)."""
    files: list[list[int]] = []
    year, held = None, 0
    for number, (_, views) in enumerate(parts):
        if files and views[0].year == year and held + len(views) <= WORDS_PER_FILE:
            files[-1].append(number)
            held += len(views)
        else:
            files.append([number])
            year, held = views[0].year, len(views)
    return files


def axis_index(parts: list[tuple[str, list[EventView]]]) -> bytes:
    """The index script of the events of ``parts`` (``axis_parts``), with
    their words when they are few (``words_inline``), else the number of
    the words file of each page (``words_files``)."""
    days: list[int] = []
    previous = 0
    for _, views in parts:
        for view in views:
            first, last = axis_days(view)
            days += (first - previous, last - first, axis_flags(view))
            previous = first
    pages: list[list] = [[page, len(views)] for page, views in parts]
    if not words_inline(parts):
        for file, numbers in enumerate(words_files(parts), start=1):
            for number in numbers:
                pages[number].append(file)
    document: dict[str, list] = {"pages": pages, "days": days}
    if words_inline(parts):
        document["words"] = [_words(views) for _, views in parts]
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return f"window.timelineAxis&&timelineAxis({text});\n".encode()


def axis_words(pages: list[tuple[int, list[EventView]]]) -> bytes:
    """A words file: for each of its ``pages`` (number from 1, its events),
    each event's card id, title and date in words, in the index's order."""
    calls = []
    for number, views in pages:
        text = json.dumps(_words(views), ensure_ascii=False, separators=(",", ":"))
        calls.append(f"window.timelineAxisWords&&timelineAxisWords({number},{text});\n")
    return "".join(calls).encode()


def _words(views: list[EventView]) -> list[list[str]]:
    return [[view.card_id, view.event.title, view.date_text] for view in views]
