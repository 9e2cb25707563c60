"""Where a date without a year is resolved: a month-day, a season, a
quarter or a weekday the text names without its year (or week) is placed in
the calendar by the publication date and the tense of its clause."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from timeline.temporal.context import FUTURE, PAST, WEAK_PAST, Context
from timeline.temporal.periods import HALF, QUARTER, When, at, shift


@lru_cache(maxsize=4096)
def bounds(value: When) -> tuple[dt.date, dt.date]:
    """The first and last day of ``value``: remembered, since placing a date
    without its year measures each candidate year several times, and news
    names the same few months and days again and again."""
    first = value.date()
    following = shift(value, 1, value.granularity if value.granularity != "season" else "season")
    return first, following.date() - dt.timedelta(days=1)


def place(candidates: list[When], dct: dt.date, tense: str | None) -> When:
    """The candidate a clause in this tense means: the earliest not before
    the publication date for the future; for the past the latest not after
    it, when it is not much further away than the nearest (a weak past cue,
    such as an "-ed" word, allows less); the nearest otherwise."""

    def distance(value: When) -> int:
        first, last = bounds(value)
        if first <= dct <= last:
            return 0
        return min(abs((first - dct).days), abs((last - dct).days))

    nearest = min(candidates, key=distance)
    d = distance(nearest)
    if tense == FUTURE:
        future = [c for c in candidates if bounds(c)[1] >= dct]
        if future:
            return future[0]
    if tense in (PAST, WEAK_PAST):
        past = [c for c in candidates if bounds(c)[0] <= dct]
        # Unless much further away than the nearest: a past-tense verb may
        # govern another phrase ("gave no reason for the Jan. 14 deadline").
        if tense == PAST:  # a month in a past clause is the last one of that name
            near_enough = 366 if nearest.day is None else 3 * d + 62
        else:
            near_enough = max(2 * d, 62)
        if past and distance(past[-1]) <= near_enough:
            return past[-1]
    return nearest


@lru_cache(maxsize=4096)
def _in_year(value: When, year: int) -> When:
    return replace(value, year=year)


# A date without a year lies at most this far after publication: news that
# names a day further ahead names its year ("Feb. 15" in March is the past
# one, even under "would be investigated").
_AHEAD_DAYS = 180


def resolve_year(
    value: When, ctx: Context, start: int, end: int, weekday: int | None = None
) -> When:
    """A month, day or season without a year, placed by tense and not more
    than six months ahead (a month may be, in the future tense); a weekday
    named beside the date ("Thursday, January 14") fixes the year. A
    quarter or half is the latest that has begun: reports speak of those,
    even in the future tense ("expects to report third-quarter earnings")."""
    if ctx.dct is None:
        return value
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            candidate = _in_year(value, year)
            candidate.date()
        except ValueError:  # 29 February
            continue
        candidates.append(candidate)
    if value.granularity in (QUARTER, HALF):
        return [c for c in candidates if c.date() <= ctx.dct][-1]
    if weekday is not None:
        named = [c for c in candidates if c.date().isoweekday() == weekday]
        if named:
            return place(named, ctx.dct, ctx.tense(start, end))
    tense = ctx.tense(start, end)
    placed = place(candidates, ctx.dct, tense)
    horizon = ctx.dct + dt.timedelta(days=_AHEAD_DAYS)
    # A month may lie further ahead when the clause says so ("will fly a
    # mission in December"); a day named without its year hardly ever does.
    if bounds(placed)[0] > horizon and (value.day is not None or tense != FUTURE):
        return [c for c in candidates if bounds(c)[0] <= horizon][-1]
    return placed


def weekday_date(weekday: int, rel: int | None, ctx: Context, start: int, end: int) -> When:
    assert ctx.dct is not None
    base = ctx.dct
    offset = (weekday - 1 - base.weekday()) % 7  # days forward to that weekday
    forward, backward = base + dt.timedelta(days=offset), base - dt.timedelta(days=(7 - offset) % 7)
    tense = ctx.tense(start, end) if rel in (None, 0) else None
    if rel == 0 and tense not in (FUTURE, PAST):
        day = base + dt.timedelta(days=weekday - 1 - base.weekday())
    elif rel == 0:
        # "They will meet this Tuesday" on a Saturday is the coming one;
        # "this Monday he resigned" the latest.
        day = forward if tense == FUTURE else backward
    elif rel is not None and rel > 0:
        day = forward if offset else base + dt.timedelta(days=7)
    elif rel is not None and rel < 0:
        day = backward if offset else base - dt.timedelta(days=7)
    else:
        # News reports what has happened: a weekday is the latest one
        # unless the clause speaks of the future.
        day = forward if tense == FUTURE else backward
    return When(day.year, day.month, day.day)


def latest_quarter(ctx: Context) -> When:
    """The quarter a financial report speaks of: the one last mentioned, or
    else the latest complete one."""
    last = ctx.last
    if last is not None and last.granularity == QUARTER:
        return last
    return shift(at(ctx.dct, QUARTER), -1, QUARTER)  # type: ignore[arg-type]
