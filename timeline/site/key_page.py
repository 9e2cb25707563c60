"""What the key events page shows: the key days in timeline order, each
with its top events' headlines (a short summary, not a list of cards), how
many events the day holds and where they are all listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from timeline.dates import describe, parse_edtf
from timeline.keys import ArticleDays, day_top_events, importance, key_days, key_events
from timeline.keys.importance import event_day
from timeline.site.views import EventView

KEY_PAGE = "key.html"


@dataclass
class KeyDay:
    """One heading of the page: a key day, or the date of a pinned event
    that falls on no day (a month, a year)."""

    label: str
    views: list[EventView]  # its top events, best first
    count: int  # events of the day on the site
    href: str  # where all of them are listed


def key_page_days(
    views: Sequence[EventView],
    mentions: Mapping[str, ArticleDays],
    count: int | None,
    listing: Callable[[EventView], str],
) -> list[KeyDay]:
    """The key days of the published ``views``, oldest first; ``listing``
    gives the address of the list that holds a view."""
    events = [view.event for view in views]
    view_of = {id(view.event): view for view in views}
    scores = importance(events, mentions)
    on_day: dict[object, list[EventView]] = {}
    for view in views:
        on_day.setdefault(event_day(view.event) or view.event.date, []).append(view)
    chosen = set(key_days(events, scores, count))
    days: list[KeyDay] = []
    seen: set[object] = set()
    for event in key_events(events, scores, count):
        day = event_day(event) or event.date
        if day in seen:
            continue
        seen.add(day)
        everyone = on_day[day]
        if day in chosen:
            top = [
                view_of[id(item)] for item in day_top_events([v.event for v in everyone], scores)
            ]
            pinned = [v for v in everyone if v.event.key is True and all(v is not t for t in top)]
            shown = top + pinned
        else:  # a pinned event on a day not chosen
            shown = [v for v in everyone if v.event.key is True]
        label = describe(parse_edtf(day.isoformat() if isinstance(day, dt.date) else day))
        days.append(KeyDay(label, shown, len(everyone), listing(everyone[0])))
    return days
