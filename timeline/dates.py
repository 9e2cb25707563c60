"""EDTF dates at their true precision.

Events carry dates as EDTF strings (ISO 8601-2): a day, a month, a season,
a year or a decade, optionally uncertain (``?``), approximate (``~``) or
both (``%``), or an interval between two of those whose ends may be open
(``../2026-02-17``) or unknown (``/2026-02-17``).

The ``edtf`` package reads the full standard, but its pyparsing grammar costs
about a millisecond a date, which dominates loading 100,000 events; this
module reads the subset the event schema allows, with a regular expression,
and never fills in a part the string did not give.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["EDTF", "EDTFError", "Point", "describe", "parse_edtf"]

_POINT = re.compile(
    r"""^(?P<year>\d{4}|\d{3}X)
        (?:-(?P<month>\d{2})
           (?:-(?P<day>\d{2}))?
        )?
        (?P<qualifier>[?~%])?$""",
    re.X,
)

SEASONS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
# Months covered by each season (northern hemisphere, as EDTF level 1 reads them).
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class EDTFError(ValueError):
    """The string is not a date of the subset of EDTF that events use."""


@dataclass(frozen=True, slots=True)
class Point:
    """One end of a date: a decade, year, season, month or day."""

    year: int
    month: int | None = None  # 1-12, or 21-24 for a season
    day: int | None = None
    decade: bool = False
    uncertain: bool = False
    approximate: bool = False

    @property
    def precision(self) -> str:
        if self.decade:
            return "decade"
        if self.day is not None:
            return "day"
        if self.month is None:
            return "year"
        return "season" if self.month > 12 else "month"

    def lower(self) -> dt.date:
        """The first day this point may stand for."""
        if self.month is None:
            return dt.date(self.year, 1, 1)
        if self.month > 12:
            return dt.date(self.year, _SEASON_MONTHS[self.month][0], 1)
        return dt.date(self.year, self.month, self.day or 1)

    def upper(self) -> dt.date:
        """The last day this point may stand for."""
        if self.decade:
            return dt.date(self.year + 9, 12, 31)
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.month > 12:
            first, last = _SEASON_MONTHS[self.month]
            year = self.year + 1 if last < first else self.year
            return dt.date(year, last, calendar.monthrange(year, last)[1])
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def __str__(self) -> str:
        text = f"{self.year // 10:03d}X" if self.decade else f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.uncertain and self.approximate:
            text += "%"
        elif self.uncertain:
            text += "?"
        elif self.approximate:
            text += "~"
        return text


def _parse_point(text: str) -> Point:
    match = _POINT.match(text)
    if match is None:
        raise EDTFError(f"{text!r} is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    raw_year, raw_month, raw_day, qualifier = match.group("year", "month", "day", "qualifier")
    decade = raw_year.endswith("X")
    if decade and raw_month:
        raise EDTFError(f"{text!r}: a decade (like 202X) cannot have a month")
    year = int(raw_year[:3]) * 10 if decade else int(raw_year)
    if year < 1:
        raise EDTFError(f"{text!r}: years before 0001 are not supported")
    month = int(raw_month) if raw_month else None
    day = int(raw_day) if raw_day else None
    if month is not None and not (1 <= month <= 12 or (month in SEASONS and day is None)):
        raise EDTFError(f"{text!r}: month {month:02d} does not exist")
    if day is not None:
        assert month is not None  # the pattern has a day only after a month
        try:
            dt.date(year, month, day)
        except ValueError:
            raise EDTFError(f"{text!r}: {MONTH_NAMES[month - 1]} {year} has no day {day}") from None
    return Point(
        year=year,
        month=month,
        day=day,
        decade=decade,
        uncertain=qualifier in ("?", "%"),
        approximate=qualifier in ("~", "%"),
    )


@dataclass(frozen=True, slots=True)
class EDTF:
    """A single date or an interval; ``start``/``end`` None means open ("..")
    or unknown (empty) as ``open_start``/``open_end`` say."""

    start: Point | None
    end: Point | None = None
    interval: bool = False
    open_start: bool = False  # ".." rather than unknown
    open_end: bool = False

    def lower(self) -> dt.date | None:
        """Earliest day the date may stand for (None when open before)."""
        return self.start.lower() if self.start else None

    def upper(self) -> dt.date | None:
        """Latest day the date may stand for (None when open after)."""
        point = self.end if self.interval else self.start
        return point.upper() if point else None

    def sort_key(self) -> tuple[dt.date, dt.date]:
        """Order by the earliest possible day, then the latest; "before 17
        February" sorts as 16 February, just ahead of the 17th."""
        lower, upper = self.lower(), self.upper()
        if lower is None:
            assert self.end is not None
            lower = upper = self.end.lower() - dt.timedelta(days=1)
        return (lower, upper or dt.date.max)

    @property
    def precision(self) -> str:
        point = self.start or self.end
        assert point is not None
        return point.precision

    def __str__(self) -> str:
        if not self.interval:
            return str(self.start)
        left = str(self.start) if self.start else (".." if self.open_start else "")
        right = str(self.end) if self.end else (".." if self.open_end else "")
        return f"{left}/{right}"


@lru_cache(maxsize=65536)
def parse_edtf(value: object) -> EDTF:
    """Read an EDTF string, or a ``datetime.date`` as YAML loaders give for
    an unquoted ``2026-02-20``. Raises EDTFError with a reason."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return EDTF(Point(value.year, value.month, value.day))
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}"
    if not isinstance(value, str):
        raise EDTFError(f"a date must be a string like 2026-02-20, not {type(value).__name__}")
    text = value.strip()
    if not text:
        raise EDTFError("the date is empty")
    if "/" not in text:
        return EDTF(_parse_point(text))
    left, _, right = text.partition("/")
    if "/" in right:
        raise EDTFError(f"{text!r}: an interval has exactly one '/'")
    start = None if left in ("", "..") else _parse_point(left)
    end = None if right in ("", "..") else _parse_point(right)
    if start is None and end is None:
        raise EDTFError(f"{text!r}: an interval needs at least one end")
    if start and end and end.upper() < start.lower():
        raise EDTFError(f"{text!r}: the interval ends before it starts")
    return EDTF(start, end, interval=True, open_start=left == "..", open_end=right == "..")


def _describe_point(point: Point) -> str:
    if point.decade:
        text = f"the {point.year}s"
    elif point.month is None:
        text = str(point.year)
    elif point.month > 12:
        text = f"{SEASONS[point.month]} {point.year}"
    elif point.day is None:
        text = f"{MONTH_NAMES[point.month - 1]} {point.year}"
    else:
        text = f"{point.day} {MONTH_NAMES[point.month - 1]} {point.year}"
    if point.approximate:
        text = f"c. {text}"
    if point.uncertain:
        text = f"{text} (unconfirmed)"
    return text


def describe(date: EDTF) -> str:
    """The date in words, at exactly its precision: "17–18 February 2026",
    "February 2026", "before 17 February 2026", "c. 2026"."""
    start, end = date.start, date.end
    if not date.interval:
        assert start is not None
        return _describe_point(start)
    if start is None:
        assert end is not None
        return f"before {_describe_point(end)}"
    if end is None:
        return f"after {_describe_point(start)}"
    plain = not (start.uncertain or start.approximate or end.uncertain or end.approximate)
    if plain and start.precision == end.precision == "day" and start.year == end.year:
        if start.month == end.month:
            return f"{start.day}–{end.day} {MONTH_NAMES[start.month - 1]} {start.year}"  # type: ignore[operator]
        return (
            f"{start.day} {MONTH_NAMES[start.month - 1]} – "  # type: ignore[operator]
            f"{end.day} {MONTH_NAMES[end.month - 1]} {end.year}"  # type: ignore[operator]
        )
    if plain and start.precision == end.precision == "month" and start.year == end.year:
        return f"{MONTH_NAMES[start.month - 1]}–{MONTH_NAMES[end.month - 1]} {end.year}"  # type: ignore[operator]
    return f"{_describe_point(start)} – {_describe_point(end)}"
