"""Stories: one project, several timelines. A newsroom keeps one timeline
per story; ``[[stories]]`` tables in ``timeline.toml`` say which events each
holds, by tag, place, actor, source article (a file, a folder or a
pattern), date range and explicit ids, combined as the editor says. A story
is a view: an event may belong to several, and the whole timeline still
lists every event.

Read and validated here, with one-line errors naming ``timeline.toml`` and
the line; which events a story holds is ``Story.holds``, a pure function of
the event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from fnmatch import fnmatchcase
from typing import Any

from timeline.dates import EDTFError, parse_edtf
from timeline.model import Event, slugify

__all__ = ["MATCHES", "Story", "StoryError", "read_stories", "story_places"]

# "all": an event holds every kind of selection given (a tag of the list and
# a place of the list…); "any": one kind is enough. A date range narrows
# either way; events listed by id are always in.
MATCHES = ("all", "any")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class StoryError(ValueError):
    """A ``[[stories]]`` table cannot be used; the message names the file,
    the line and the fix."""


@dataclass(frozen=True)
class Story:
    """One story: its address, its words, and which events it holds."""

    id: str  # its pages are under stories/<id>/
    title: str
    description: str = ""
    tags: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    # Source articles as event files name them (``articles/geneva/talks.md``):
    # a file, a folder ("articles/geneva/"), or a pattern ("articles/*-geneva-*").
    articles: tuple[str, ...] = ()
    since: str = ""  # EDTF: the first day, month or year the story covers
    until: str = ""  # EDTF: the last
    events: tuple[str, ...] = ()  # ids always in the story
    match: str = "all"
    key_days: int = 0  # 0: the site's key_days

    @property
    def folder(self) -> str:
        return f"stories/{self.id}/"

    def holds(self, event: Event, place_names: Mapping[str, str] = {}) -> bool:
        """Whether ``event`` belongs to the story. ``place_names`` gives a
        place its gazetteer name (``views.gazetteer_names``), so a story of
        "Kyiv" holds the events that say "Kiev", "Kiew" or "Киев"."""
        if event.id in self.events:
            return True
        if not self._in_range(event):
            return False
        tests = [
            (self.tags, lambda: _any_named(self.tags, event.tags)),
            (self.places, lambda: _any_named(self.places, event.places, place_names)),
            (self.actors, lambda: _any_named(self.actors, event.actors)),
            (self.articles, lambda: any(self._from_article(s.article) for s in event.sources)),
        ]
        given = [test for names, test in tests if names]
        if not given:  # a date range alone
            return bool(self.since or self.until)
        if self.match == "any":
            return any(test() for test in given)
        return all(test() for test in given)

    def _in_range(self, event: Event) -> bool:
        if not (self.since or self.until):
            return True
        try:
            date = parse_edtf(event.date)
        except EDTFError:
            return False
        first, last = date.lower(), date.upper()
        start, end = _bounds(self.since, self.until)
        return (last is None or start is None or last >= start) and (
            first is None or end is None or first <= end
        )

    def _from_article(self, article: str) -> bool:
        for pattern in self.articles:
            if pattern.endswith("/") and article.startswith(pattern):
                return True
            if fnmatchcase(article, pattern) or article.startswith(pattern + "/"):
                return True
        return False


def _any_named(wanted: tuple[str, ...], names: list[str], same: Mapping[str, str] = {}) -> bool:
    """Whether one of ``wanted`` is one of ``names``, in any case, each
    name taken as ``same`` names it."""
    folded = {same.get(name, name).casefold() for name in names}
    return any(same.get(name, name).casefold() in folded for name in wanted)


def story_places(stories: tuple[Story, ...]) -> set[str]:
    """The places the stories select by."""
    return {place for story in stories for place in story.places}


def _bounds(since: str, until: str) -> tuple[dt.date | None, dt.date | None]:
    start = parse_edtf(since).lower() if since else None
    end = parse_edtf(until).upper() if until else None
    return start, end


# The keys of a [[stories]] table, and the type each takes.
_LISTS = ("tags", "places", "actors", "articles", "events")
_STRINGS = ("id", "title", "description", "since", "until", "match")


def read_stories(tables: object, text: str, where: str) -> tuple[Story, ...]:
    """The stories of the ``stories`` array of tables (``[[stories]]``),
    validated: ``text`` is the file's, to name the line of a problem;
    ``where`` its path. Raises StoryError."""
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise StoryError(
            f"{where}:{_line(text, 0, None)}: stories must be tables, each written [[stories]]"
        )
    stories: list[Story] = []
    seen: dict[str, int] = {}
    for number, table in enumerate(tables):
        story = _story(table, number, text, where)
        if story.id in seen:
            raise StoryError(
                f"{where}:{_line(text, number, 'id' if 'id' in table else 'title')}: "
                f"[[stories]] a story with the id {story.id!r} is already on line "
                f"{_line(text, seen[story.id], None)}; give this one another id"
            )
        seen[story.id] = number
        stories.append(story)
    return tuple(stories)


def _story(table: dict[str, Any], number: int, text: str, where: str) -> Story:
    known = [field.name for field in fields(Story)]

    def fail(key: str | None, message: str) -> StoryError:
        return StoryError(f"{where}:{_line(text, number, key)}: [[stories]] {message}")

    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise fail(key, f"has no key {key!r}; known keys: {', '.join(known)}")
        if key in _LISTS:
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise fail(key, f'{key} must be a list of strings, such as ["…"], not {value!r}')
            value = tuple(item.strip() for item in value if item.strip())
        elif key == "key_days":
            if type(value) is not int or value < 0:
                raise fail(key, f"key_days must be 0 (the site's) or more, not {value!r}")
        elif key in ("since", "until") and isinstance(value, dt.date):
            value = value.isoformat()  # a bare TOML date
        elif not isinstance(value, str):
            raise fail(key, f"{key} must be a string, not {value!r}")
        values[key] = value
    title = values.get("title", "").strip()
    if not title:
        raise fail(None, 'needs a title = "…"')
    values["title"] = title
    story_id = values.setdefault("id", slugify(title))
    if not _ID.fullmatch(story_id):
        raise fail("id", f"id {story_id!r} must be lowercase letters, digits and hyphens")
    if values.get("match", "all") not in MATCHES:
        raise fail("match", f'match must be "all" or "any", not {values["match"]!r}')
    for key in ("since", "until"):
        if values.get(key):
            try:
                parse_edtf(values[key])
            except (EDTFError, ValueError):
                raise fail(
                    key, f"{key} {values[key]!r} is not a date such as 2026-02-17, 2026-02 or 2026"
                ) from None
    story = Story(**values)
    start, end = _bounds(story.since, story.until)
    if start and end and start > end:
        raise fail("until", f"until {story.until} is before since {story.since}")
    if not any(
        (
            story.tags,
            story.places,
            story.actors,
            story.articles,
            story.events,
            story.since,
            story.until,
        )
    ):
        raise fail(
            None,
            "selects no event: give tags, places, actors, articles, since/until or events",
        )
    return story


_HEADER = re.compile(r"^\s*\[\[\s*stories\s*\]\]")
_TABLE = re.compile(r"^\s*\[")


def _line(text: str, number: int, key: str | None) -> int:
    """The line of the ``number``-th ``[[stories]]`` header, or of ``key``
    inside that table when it is there (1-based); without such a header,
    the line that names ``stories`` otherwise (``[stories]``, ``stories =
    …``), else the first."""
    lines = text.splitlines()
    headers = [index for index, line in enumerate(lines) if _HEADER.match(line)]
    if number >= len(headers):
        return next(
            (
                index + 1
                for index, line in enumerate(lines)
                if re.match(r"^\s*\[?\s*stories\b", line)
            ),
            1,
        )
    start = headers[number]
    if key is not None:
        wanted = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for index in range(start + 1, len(lines)):
            if _TABLE.match(lines[index]):
                break
            if wanted.match(lines[index]):
                return index + 1
    return start + 1
