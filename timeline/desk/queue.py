"""The review queue: which events the desk lists, in which order. Pure
functions of the events and the filters the editor chose, so the same
query string always gives the same list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path
from urllib.parse import urlencode

from timeline.model import REVIEWS, SHOWN_CONFIDENCE, STATUSES, Event

PAGE_SIZE = 100


@dataclass
class Entry:
    """One event as the desk knows it: its file, and what ``timeline check``
    says of it (warnings, and errors that leave the event readable)."""

    event: Event
    path: Path
    problems: list[str] = field(default_factory=list)
    duplicate_of: str | None = None  # the id of an event check says it may be
    importance: float = 0.0  # ``timeline.keys``' score, once worked out
    span: tuple[dt.date, dt.date] | None = field(init=False)  # the date's first and last day
    order: tuple[object, ...] = field(init=False)  # its place in the queue

    def __post_init__(self) -> None:
        """Worked out once: a queue of 10,000 is sorted and filtered on every page."""
        try:
            self.span = self.event.edtf.sort_key()
        except ValueError:  # EDTFError, or a year before 1
            self.span = None
        self.order = order_key(self.event, self.span, self.importance)

    def set_importance(self, score: float) -> None:
        self.importance = score
        self.order = order_key(self.event, self.span, score)


@dataclass(frozen=True)
class Filters:
    """What the editor narrowed the queue to; each field is a query
    parameter of the same name, "" meaning any."""

    review: str = "unreviewed"
    status: str = ""
    article: str = ""
    date_from: str = ""
    date_to: str = ""
    min_confidence: str = str(SHOWN_CONFIDENCE)  # what extraction stands behind
    max_confidence: str = ""
    warnings: str = ""  # "1": only events check warns about
    q: str = ""  # words of the title

    @classmethod
    def from_query(cls, query: Mapping[str, list[str]]) -> Filters:
        values = {}
        for item in fields(cls):
            given = query.get(item.name)
            if given is not None:
                values[item.name] = given[0].strip()[:200]
        filters = cls(**values)
        if filters.review not in ("", *REVIEWS):
            filters = cls(**{**values, "review": "unreviewed"})
        return filters

    def query(self, **extra: str) -> str:
        """The query string that gives these filters (and ``extra``)."""
        pairs = {item.name: getattr(self, item.name) for item in fields(self)}
        pairs = {key: value for key, value in pairs.items() if value != getattr(Filters, key)}
        return urlencode({**pairs, **extra})

    @property
    def active(self) -> bool:
        return self != Filters()


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def matches(entry: Entry, filters: Filters) -> bool:
    event = entry.event
    if filters.review and event.review != filters.review:
        return False
    if filters.status in STATUSES and event.status != filters.status:
        return False
    if filters.article and not any(filters.article in source.article for source in event.sources):
        return False
    if filters.warnings and not (entry.problems or entry.duplicate_of):
        return False
    if filters.q and filters.q.casefold() not in event.title.casefold():
        return False
    confidence = event.confidence if event.confidence is not None else 1.0
    low, high = _number(filters.min_confidence), _number(filters.max_confidence)
    if (low is not None and confidence < low) or (high is not None and confidence > high):
        return False
    start, end = _day(filters.date_from), _day(filters.date_to)
    if start or end:
        if entry.span is None:
            return False
        lower, upper = entry.span
        if (start and upper < start) or (end and lower > end):
            return False
    return True


def order_key(
    event: Event, span: tuple[dt.date, dt.date] | None, importance: float = 0.0
) -> tuple[object, ...]:
    """Waiting for review first; then the most important first (the
    articles, outlets and headlines that report it: ``timeline.keys``), what
    readers will see first; among equals the most confident, since those are
    the quick accepts, and the doubtful ones gather at the end; then by date."""
    confidence = event.confidence if event.confidence is not None else 1.0
    return (
        event.review != "unreviewed",
        -importance,
        -confidence,
        span or (dt.date.max,) * 2,
        event.id,
    )


def select(entries: Iterable[Entry], filters: Filters) -> list[Entry]:
    """The queue: the entries that pass the filters, in review order."""
    return sorted((entry for entry in entries if matches(entry, filters)), key=attrgetter("order"))
