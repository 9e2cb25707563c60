"""What a key events view shows — the home page, and each story's page:
the key days in timeline order, each with its top events' headlines (a
short summary, not a list of cards), how many events the day holds and
where they are all listed. Ranked with the days articles name in passing,
as ``timeline export --key`` ranks them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from timeline.dates import describe, parse_edtf
from timeline.keys import (
    ArticleDays,
    Importance,
    day_top_events,
    importance,
    key_days,
    key_events,
    mentions_of,
)
from timeline.keys.importance import event_day
from timeline.model import Event
from timeline.site.config import SiteConfig
from timeline.site.stories import Story, story_places
from timeline.site.views import EventView, SiteData, gazetteer_names

HOME = "index.html"


@dataclass
class KeyDay:
    """One heading of the page: a key day, or the date of a pinned event
    that falls on no day (a month, a year)."""

    label: str
    views: list[EventView]  # its top events, best first
    count: int  # events of the day on the site
    href: str  # where all of them are listed


class KeyView:
    """The key events of a set of published events (the site's, or a
    story's), ranked once when first asked for: the pages and the files
    that follow the key events share it."""

    def __init__(
        self, views: Sequence[EventView], mentions: Mapping[str, ArticleDays], count: int | None
    ) -> None:
        self.views = views
        self.mentions = mentions
        self.count = count  # key days; None: as many as fit the story's length

    @cached_property
    def _events(self) -> list[Event]:
        return [view.event for view in self.views]

    @cached_property
    def scores(self) -> Importance:
        return importance(self._events, self.mentions)

    @cached_property
    def _key_events(self) -> list[Event]:
        return key_events(self._events, self.scores, self.count)

    @cached_property
    def key(self) -> list[EventView]:
        """The key events' views, in timeline order."""
        chosen = {id(event) for event in self._key_events}
        return [view for view in self.views if id(view.event) in chosen]

    def days(self, listing: Callable[[EventView], str]) -> list[KeyDay]:
        """The key days, oldest first; ``listing`` gives the address of the
        list that holds a view."""
        view_of = {id(view.event): view for view in self.views}
        on_day: dict[object, list[EventView]] = {}
        for view in self.views:
            on_day.setdefault(event_day(view.event) or view.event.date, []).append(view)
        chosen = set(key_days(self._events, self.scores, self.count))
        days: list[KeyDay] = []
        seen: set[object] = set()
        for event in self._key_events:
            day = event_day(event) or event.date
            if day in seen:
                continue
            seen.add(day)
            everyone = on_day[day]
            if day in chosen:
                top = [
                    view_of[id(item)]
                    for item in day_top_events([v.event for v in everyone], self.scores)
                ]
                pinned = [
                    v for v in everyone if v.event.key is True and all(v is not t for t in top)
                ]
                shown = top + pinned
            else:  # a pinned event on a day not chosen
                shown = [v for v in everyone if v.event.key is True]
            label = describe(parse_edtf(day.isoformat() if isinstance(day, dt.date) else day))
            days.append(KeyDay(label, shown, len(everyone), listing(everyone[0])))
        return days


class Selections:
    """The site's published events and each story's, with their key views,
    made once per build for the pages and the files that follow them."""

    def __init__(self, data: SiteData, config: SiteConfig) -> None:
        self.data = data
        self.config = config
        # The stories' places by their gazetteer names; the build looked them
        # up with the events' (``prepare(places=...)``) unless it took its
        # views over from the last build's.
        names = data.place_names
        missing = story_places(config.stories) - names.keys()
        place_names = {**names, **gazetteer_names(missing, names)} if missing else names
        self.stories: dict[str, list[EventView]] = {
            story.id: [view for view in data.events if story.holds(view.event, place_names)]
            for story in config.stories
        }
        self._key: dict[str, KeyView] = {}

    def views(self, story: Story | None) -> list[EventView]:
        return self.data.events if story is None else self.stories[story.id]

    def mentions(self, story: Story | None) -> Mapping[str, ArticleDays]:
        if story is None:
            return self.data.mentions
        return mentions_of((view.event for view in self.stories[story.id]), self.data.mentions)

    def key(self, story: Story | None) -> KeyView:
        """The key view of the site (``story`` None) or of a story."""
        name = "" if story is None else story.id
        if name not in self._key:
            count = (story.key_days if story else 0) or self.config.key_days
            self._key[name] = KeyView(self.views(story), self.mentions(story), count or None)
        return self._key[name]
