"""How the timeline is cut into pages: one page per year, a year too large
for one page cut into months, a month too large cut into numbered parts, so
no page carries more than ``limit`` events however large the archive. Months
in a row that fit on one page share it ("January–March 2026"): a timeline of
10,000 events in pages of 50 then has 200 pages of them rather than 500
half-empty ones, each a file to write."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from typing import TypeVar

from timeline.dates import MONTH_NAMES
from timeline.site.views import EventView

Item = TypeVar("Item")


@dataclass
class Period:
    """A page of the timeline: a year, a month or part of one."""

    title: str
    path: str
    events: list[EventView]
    year: int
    children: list[Period] = field(default_factory=list)  # a split year's months

    @property
    def pages(self) -> list[Period]:
        """The pages that list events: itself, or its parts."""
        return self.children or [self]


def month_title(year: int, month: int | None) -> str:
    """The heading of a month's events; month None holds the events known
    only to the year (or coarser)."""
    return f"Some time in {year}" if month is None else f"{MONTH_NAMES[month - 1]} {year}"


def year_periods(events: list[EventView], limit: int) -> list[Period]:
    """One Period per year holding events, in timeline order; the events
    must already be in timeline order."""
    periods = []
    for year, group in groupby(events, key=lambda view: view.year):
        items = list(group)
        period = Period(str(year), f"years/{year}.html", items, year)
        if len(items) > limit:
            period.children = _months(year, items, limit)
        periods.append(period)
    return periods


def _months(year: int, events: list[EventView], limit: int) -> list[Period]:
    parts: list[Period] = []
    shared: list[tuple[int, list[EventView]]] = []  # months in a row on one page

    def close() -> None:
        if shared:
            (first, _), (last, _) = shared[0], shared[-1]
            name = MONTH_NAMES[first - 1] + ("" if first == last else f"–{MONTH_NAMES[last - 1]}")
            events = [view for _, items in shared for view in items]
            parts.append(Period(f"{name} {year}", f"years/{year}-{first:02d}.html", events, year))
            shared.clear()

    for month, group in groupby(events, key=lambda view: view.month):
        items = list(group)
        if month is not None and len(items) <= limit:
            if sum(len(held) for _, held in shared) + len(items) > limit:
                close()
            shared.append((month, items))
            continue
        close()
        stem = f"years/{year}-{month:02d}" if month else f"years/{year}-00"
        title = month_title(year, month)
        chunks = [items[start : start + limit] for start in range(0, len(items), limit)]
        for number, chunk in enumerate(chunks, start=1):
            suffix = "" if number == 1 else f".{number}"
            part_title = title if len(chunks) == 1 else f"{title} ({number} of {len(chunks)})"
            parts.append(Period(part_title, f"{stem}{suffix}.html", chunk, year))
    close()
    return parts


def paginate(path: str, items: list[Item], limit: int) -> list[tuple[str, list[Item]]]:
    """A list page's parts: ``tags/x.html``, ``tags/x.2.html``, … (slugs
    never hold a dot, so a part cannot collide with another term's page,
    nor ``tags.2.html`` with a page in ``tags/``)."""
    stem = path.removesuffix(".html")
    chunks = [items[start : start + limit] for start in range(0, len(items), limit)] or [[]]
    return [
        (path if number == 1 else f"{stem}.{number}.html", chunk)
        for number, chunk in enumerate(chunks, start=1)
    ]
