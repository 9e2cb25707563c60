"""Calendar values at a granularity, their arithmetic, and their spelling
as TimeML values and as EDTF dates.

A ``When`` holds only the parts the text gave or the resolution fixed: a
week stays a week ("2026-W08"), a quarter a quarter, so nothing is invented
below the precision of the expression.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

# Granularities, coarse to fine; units of offsets use the same names.
CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY = (
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "day",
)
ORDER = (CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY)
SEASON_CODES = ("SP", "SU", "FA", "WI")
# EDTF level-1 season numbers and the months each TimeML season spans.
_EDTF_SEASON = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class When:
    """A calendar value. ``year`` None means unknown (XXXX); for a week,
    ``year`` is the ISO week-numbering year."""

    year: int | None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    weekend: bool = False
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: bool = False
    century: bool = False
    part: str | None = None  # part of day: MO, AF, EV, NI
    hour: int | None = None
    minute: int | None = None

    @property
    def granularity(self) -> str:
        if self.century:
            return CENTURY
        if self.decade:
            return DECADE
        if self.day is not None:
            return DAY
        if self.week is not None:
            return WEEK
        if self.month is not None:
            return MONTH
        if self.season is not None:
            return SEASON
        if self.quarter is not None:
            return QUARTER
        if self.half is not None:
            return HALF
        return YEAR

    @property
    def is_time(self) -> bool:
        return self.hour is not None or self.part is not None

    def date(self) -> dt.date:
        """The first day of the value (year must be known)."""
        assert self.year is not None
        if self.week is not None:
            return dt.date.fromisocalendar(self.year, self.week, 6 if self.weekend else 1)
        if self.month is not None:
            return dt.date(self.year, self.month, 1 if self.day is None else self.day)
        if self.season is not None:
            return dt.date(self.year, _SEASON_START[self.season], 1)
        if self.quarter is not None:
            return dt.date(self.year, 3 * self.quarter - 2, 1)
        if self.half is not None:
            return dt.date(self.year, 6 * self.half - 5, 1)
        return dt.date(self.year, 1, 1)

    def timeml(self) -> str:
        """The TimeML value: 2026-02-20, 2026-W08, 2026-Q1, 202, 20, XXXX-02-20,
        2026-02-20T14:00, 2026-02-20TMO."""
        if self.century:
            return f"{self.year // 100:02d}" if self.year is not None else "XX"
        if self.decade:
            return f"{self.year // 10:03d}" if self.year is not None else "XXX"
        text = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.week is not None:
            text += f"-W{self.week:02d}" + ("-WE" if self.weekend else "")
        elif self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        elif self.season is not None:
            text += f"-{self.season}"
        elif self.quarter is not None:
            text += f"-Q{self.quarter}"
        elif self.half is not None:
            text += f"-H{self.half}"
        if self.hour is not None:
            text += f"T{self.hour:02d}:{self.minute or 0:02d}"
        elif self.part is not None:
            text += f"T{self.part}"
        return text

    def edtf(self) -> str | None:
        """The value as an EDTF date at its precision; None if the year is unknown."""
        if self.year is None:
            return None
        if self.century:
            century = self.year // 100 * 100
            return f"{century:04d}/{century + 99:04d}"
        if self.decade:
            return f"{self.year // 10:03d}X"
        if self.week is not None:
            first = self.date()
            last = first + dt.timedelta(days=1 if self.weekend else 6)
            return f"{first.isoformat()}/{last.isoformat()}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}" + (
                f"-{self.day:02d}" if self.day is not None else ""
            )
        if self.season is not None:
            return f"{self.year:04d}-{_EDTF_SEASON[self.season]}"
        if self.quarter is not None:
            return _months(self.year, 3 * self.quarter - 2, 3 * self.quarter)
        if self.half is not None:
            return _months(self.year, 6 * self.half - 5, 6 * self.half)
        return f"{self.year:04d}"

    def coarsen(self, granularity: str) -> When:
        """The value cut to a coarser granularity (a day to its week, month, ...)."""
        if granularity == self.granularity:
            return self
        return at(self.date(), granularity) if self.year is not None else self


def _months(year: int, first: int, last: int) -> str:
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


def at(day: dt.date, granularity: str) -> When:
    """The value of the given granularity that contains ``day``."""
    if granularity == DAY:
        return When(day.year, day.month, day.day)
    if granularity == WEEK:
        year, week, _ = day.isocalendar()
        return When(year, week=week)
    if granularity == MONTH:
        return When(day.year, day.month)
    if granularity == QUARTER:
        return When(day.year, quarter=(day.month - 1) // 3 + 1)
    if granularity == HALF:
        return When(day.year, half=1 if day.month <= 6 else 2)
    if granularity == SEASON:
        season = SEASON_CODES[(day.month % 12) // 3 - 1]
        year = day.year - 1 if day.month in (1, 2) else day.year
        return When(year, season=season)
    if granularity == DECADE:
        return When(day.year // 10 * 10, decade=True)
    if granularity == CENTURY:
        return When(day.year // 100 * 100, century=True)
    return When(day.year)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(value: When, n: int, unit: str, keep: bool = False) -> When:
    """``value`` moved by ``n`` units, keeping its own granularity when it is
    coarser than the unit's (or always, with ``keep``) and taking the unit's
    when it is finer; the part of day and clock time are dropped."""
    if value.year is None:
        return value
    day = value.date()
    if unit == DAY:
        day += dt.timedelta(days=n)
    elif unit == WEEK:
        day += dt.timedelta(weeks=n)
    elif unit in (MONTH, QUARTER, HALF, SEASON):
        day = _add_months(day, n * {MONTH: 1, QUARTER: 3, HALF: 6, SEASON: 3}[unit])
    else:
        years = n * {YEAR: 1, DECADE: 10, CENTURY: 100}[unit]
        day = _add_months(day, 12 * years)
    granularity = value.granularity
    if not keep and ORDER.index(granularity) > ORDER.index(unit) and granularity != SEASON:
        granularity = unit
    moved = at(day, granularity)
    return replace(moved, weekend=value.weekend) if moved.week is not None else moved


def holiday_date(spec: tuple, year: int) -> dt.date:
    """The day a holiday falls on in a year."""
    if spec[0] == "fixed":
        return dt.date(year, spec[1], spec[2])
    if spec[0] == "easter":
        return _easter(year) + dt.timedelta(days=spec[1])
    if spec[0] == "election":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    return _nth_weekday(year, spec[1], spec[2], spec[3])


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - 1 - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - (weekday - 1)) % 7 + 7 * (-n - 1))


def _easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian; the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (h + m - 7 * ((a + 11 * h + 19 * m) // 433) + 90) // 25
    return dt.date(year, n, (h + m - 7 * ((a + 11 * h + 19 * m) // 433) + 33 * n + 19) % 32)
