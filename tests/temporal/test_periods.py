"""Calendar values: TimeML and EDTF spellings, arithmetic, holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import parse_edtf
from timeline.temporal.periods import DAY, MONTH, QUARTER, WEEK, YEAR, When, at, holiday_date, shift


@pytest.mark.parametrize(
    ("when", "timeml", "edtf"),
    [
        (When(2026, 2, 20), "2026-02-20", "2026-02-20"),
        (When(2026, 2), "2026-02", "2026-02"),
        (When(2026, week=8), "2026-W08", "2026-02-16/2026-02-22"),
        (When(2026, week=8, weekend=True), "2026-W08-WE", "2026-02-21/2026-02-22"),
        (When(2026, quarter=1), "2026-Q1", "2026-01/2026-03"),
        (When(2026, half=2), "2026-H2", "2026-07/2026-12"),
        (When(2025, season="WI"), "2025-WI", "2025-24"),
        (When(1990, decade=True), "199", "199X"),
        (When(1900, century=True), "19", "1900/1999"),
        (When(None, 2, 20), "XXXX-02-20", None),
        (When(2026, 2, 20, hour=14, minute=5), "2026-02-20T14:05", "2026-02-20"),
        (When(2026, 2, 20, part="NI"), "2026-02-20TNI", "2026-02-20"),
    ],
)
def test_spellings(when: When, timeml: str, edtf: str | None) -> None:
    assert when.timeml() == timeml
    assert when.edtf() == edtf
    if edtf is not None:
        parse_edtf(edtf)  # the event model reads it


def test_shift_keeps_or_takes_granularity() -> None:
    day = When(2026, 2, 21)
    assert shift(day, -4, YEAR) == When(2022)  # "four years ago"
    assert shift(day, -1, WEEK) == When(2026, week=7)  # "last week"
    assert shift(When(1989, quarter=3), -4, QUARTER) == When(1988, quarter=3)
    assert shift(day, -1, YEAR, keep=True) == When(2025, 2, 21)  # "a year earlier"
    assert shift(When(2024, 3, 31), -1, MONTH) == When(2024, 2)
    assert at(dt.date(2026, 1, 15), "season") == When(2025, season="WI")
    assert at(dt.date(2026, 2, 21), DAY) == day


def test_holidays() -> None:
    assert holiday_date(("nth", 11, 4, 4), 1999) == dt.date(1999, 11, 25)  # Thanksgiving
    assert holiday_date(("nth", 5, 1, -1), 2026) == dt.date(2026, 5, 25)  # Memorial Day
    assert holiday_date(("election",), 1998) == dt.date(1998, 11, 3)
    assert holiday_date(("easter", 0), 2000) == dt.date(2000, 4, 23)
    assert holiday_date(("easter", -2), 2026) == dt.date(2026, 4, 3)
    assert holiday_date(("fixed", 12, 25), 2026) == dt.date(2026, 12, 25)
