"""The key events a reader sees first: the top events of the best days, as
many days as the editor asks for or as fit the story's length, with what
editors pinned (``key: true``) added and what they dropped (``key: false``)
left out."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

from timeline.keys.importance import Importance, event_day
from timeline.model import Event
from timeline.same_event import content_words

__all__ = ["MAX_EVENTS_PER_DAY", "day_top_events", "key_day_count", "key_days", "key_events"]

# A key day shows at most this many events: its top ones, each at least
# half as important as its best.
MAX_EVENTS_PER_DAY = 3
_LEAST_SHARE_OF_BEST = 0.5
# Two headlines telling the same thing: this share of the shorter one's words.
_SAME_HEADLINE = 0.6


def key_day_count(days: int) -> int:
    """How many key days fit a story told on ``days`` days: about twice the
    square root (20 of 100 days, 40 of 400), at least 3, never more than
    there are. Journalists' timelines of news stories hold 7 to 155 dates."""
    if days <= 0:
        return 0
    return min(days, max(3, round(2 * math.sqrt(days))))


def key_days(
    events: Iterable[Event], scores: Importance, count: int | None = None
) -> list[dt.date]:
    """The ``count`` best days that hold an event not dropped by an editor,
    best first (``count`` None: as many as fit the story's length)."""
    candidates = {
        event_day(event) for event in events if not event.hidden and event.key is not False
    }
    candidates.discard(None)
    wanted = key_day_count(len(candidates)) if count is None else count
    chosen = [item.day for item in scores.days if item.day in candidates]
    return chosen[:wanted]


def day_top_events(events: Sequence[Event], scores: Importance) -> list[Event]:
    """A day's top events, best first: at most ``MAX_EVENTS_PER_DAY``, each
    at least half as important as the best, and none telling again what a
    better one's headline already tells. When an article's headline reports
    one of them, those an article's headline reports: the day's news, not
    the statements and background every article of the day carries. Events
    pinned ``key: true`` come first and stay, ``key: false`` never."""
    ranked = sorted(
        (event for event in events if event.key is not False and not event.hidden),
        key=lambda event: (event.key is not True, -scores.of(event), event.sort_key()),
    )
    if not ranked:
        return []
    least = scores.of(ranked[0]) * _LEAST_SHARE_OF_BEST
    chosen: list[Event] = []
    told: list[frozenset[str]] = []
    for event in ranked:
        if len(chosen) == MAX_EVENTS_PER_DAY:
            break
        if event.key is not True and scores.of(event) < least:
            break
        words = content_words(event.title)
        if any(_retells(words, earlier) for earlier in told):
            continue
        chosen.append(event)
        told.append(words)
    if any(_headlined(event, scores) for event in chosen):
        chosen = [event for event in chosen if event.key is True or _headlined(event, scores)]
    return chosen


def _headlined(event: Event, scores: Importance) -> bool:
    found = scores.events.get(event.id)
    return found is not None and found.headlines > 0


def key_events(
    events: Sequence[Event], scores: Importance, count: int | None = None
) -> list[Event]:
    """The key events in timeline order: the top events of the ``count``
    best days, and every published event an editor pinned."""
    by_day: dict[dt.date, list[Event]] = defaultdict(list)
    for event in events:
        day = event_day(event)
        if day is not None:
            by_day[day].append(event)
    chosen = {
        id(event)
        for day in key_days(events, scores, count)
        for event in day_top_events(by_day[day], scores)
    }
    chosen |= {id(event) for event in events if event.key is True and not event.hidden}
    return sorted((event for event in events if id(event) in chosen), key=Event.sort_key)


def _retells(words: frozenset[str], earlier: frozenset[str]) -> bool:
    if not words or not earlier:
        return False
    return len(words & earlier) / min(len(words), len(earlier)) >= _SAME_HEADLINE
