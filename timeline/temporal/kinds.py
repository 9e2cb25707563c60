"""What each rule kind means: a calendar date, "last week", "two days ago",
"the same day", a weekday, a clock time, a span of time, a recurrence, a
holiday. Each handler turns the parts one match captured into a calendar
value, resolved against the context."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from timeline.temporal.context import FUTURE, Context
from timeline.temporal.find import Found
from timeline.temporal.parts import Parts, two_digit_year
from timeline.temporal.periods import (
    DAY,
    MONTH,
    ORDER,
    QUARTER,
    WEEK,
    YEAR,
    When,
    at,
    holiday_date,
    shift,
)
from timeline.temporal.yearless import bounds, latest_quarter, place, resolve_year, weekday_date


@dataclass(slots=True)
class Result:
    type: str
    value: str
    when: When | None = None
    end: When | None = None
    relative: bool = False
    mod: str | None = None
    # A comparison ("a year ago", "the year-earlier quarter") leaves the date
    # in focus where it was: the next "a year earlier" is from the same date;
    # a step in a story ("a day later", "the next week") moves it.
    focus: bool = True


def _dct_when(ctx: Context, granularity: str = DAY) -> When | None:
    return at(ctx.dct, granularity) if ctx.dct else None


def _date(p: Parts, found: Found, ctx: Context) -> Result | None:
    start, end = found.start, found.end
    text = found.match.group(0)
    relative = False
    if found.rule.options.get("iso"):
        y, m, d = (int(x) for x in text.split("-"))
        return _checked(When(y, m, d))
    if found.rule.options.get("dmy_dots"):
        d, m, y = (int(x) for x in text.split("."))
        return _checked(When(y, m, d))
    if found.rule.options.get("us_slash"):
        m, d, y = (int(x) for x in text.split("/"))
        return _checked(When(two_digit_year(y) if y < 100 else y, m, d))
    if found.rule.options.get("dmy_slash"):  # "12/01/2026": day first, as Europe writes it
        d, m, y = (int(x) for x in text.split("/"))
        return _checked(When(y, m, d))
    year = p.get("year")
    if year is None and p.get("yrel") is not None and ctx.dct:
        year, relative = ctx.dct.year + p.get("yrel"), True
    if year is None and p.raw("ayear") is not None:
        focus = ctx.anchor()  # "March of that year": the year in focus
        if focus is None or focus.year is None:
            return Result("DATE", "", None)
        year, relative = focus.year + p.get("ayear"), True
    month, day = p.get("month"), p.get("day")
    if month is None and day is not None:
        month = p.get("month2")  # "from 3 to 5 March": the start's month is the end's
    if month is None and day is not None and p.raw("day2") is None:
        anchor = ctx.anchor()  # "on the 20th": of the month in focus
        if anchor is None or anchor.month is None or anchor.year is None:
            return Result("DATE", f"XXXX-XX-{day:02d}")
        return _checked(When(anchor.year, anchor.month, day), relative=True)
    if p.get("decade") is not None:
        when = When(p.get("decade"), decade=True)
    elif p.get("century") is not None:
        when = When(p.get("century"), century=True)
    elif p.get("quarter") is not None:
        when = When(year, quarter=p.get("quarter"))
    elif p.get("half") is not None:
        when = When(year, half=p.get("half"))
    elif p.get("season") is not None:
        when = When(year, season=p.get("season"))
    elif month is not None:
        when = When(year, month, day)
    else:
        when = When(year)
    if _checked(when if when.year is not None else replace(when, year=2000)) is None:
        return None  # "February 30", "Nov. 45": not a date
    end_when = None
    if any(p.raw(k) is not None for k in ("day2", "month2", "year2")):
        end_when = When(
            p.get("year2") or year,
            p.get("month2") or month,
            p.get("day2") if p.raw("day2") is not None else None,
        )
        if end_when.month is None and end_when.year is not None:
            end_when = When(end_when.year)
    if found.rule.options.get("week"):
        when = resolve_year(when, ctx, start, end) if when.year is None and ctx.dct else when
        if when.year is None:
            return Result("DATE", "", None)
        return Result("DATE", "", at(when.date(), WEEK), relative=relative)
    if p.raw("fin") is not None and when.year is None and ctx.dct:
        year = latest_quarter(ctx).year + p.get("fin")
        return Result("DATE", "", replace(when, year=year), relative=True)
    if when.year is None and not when.decade and not when.century and ctx.dct:
        placed = resolve_year(when, ctx, start, end, p.get("weekday"))
        if end_when is not None and end_when.year is None:
            # The range ends in the same year, or the next one if it wraps.
            wraps = (end_when.month or 0) < (when.month or 0)
            end_when = replace(end_when, year=placed.year + wraps)  # type: ignore[operator]
        when, relative = placed, True
    return Result("DATE", "", when, end_when, relative, p.get("mod"))


def _checked(when: When, relative: bool = False) -> Result | None:
    """A date result, or None when no such day exists."""
    try:
        when.date()
    except ValueError:
        return None
    return Result("DATE", "", when, relative=relative)


def _shift(p: Parts, found: Found, ctx: Context) -> Result:
    """ "last week", "next March", "this summer", "year-end": the publication
    date's unit moved; "the weekend" is the coming one in a future clause and
    the latest one otherwise."""
    rel = p.get("rel") if p.raw("rel") is not None else p.get("yrel")
    mod = p.get("mod")
    if ctx.dct is None:
        return Result("DATE", "", None)
    if p.raw("edge") is not None:
        unit, mod = p.get("edge")
        return Result("DATE", "", at(ctx.dct, unit), relative=True, mod=mod)
    if rel is None:
        future = ctx.tense(found.start, found.end) == FUTURE
        rel = 0 if future or ctx.dct.weekday() >= 5 else -1
    if p.get("month") is not None or p.get("season") is not None:
        month, season = p.get("month"), p.get("season")
        target = When(None, month, p.get("day")) if month else When(None, season=season)
        candidates = [replace(target, year=y) for y in range(ctx.dct.year - 2, ctx.dct.year + 3)]
        if rel == 0:
            value = replace(target, year=ctx.dct.year)
        elif rel < 0:
            value = [c for c in candidates if bounds(c)[1] < ctx.dct][-1]
        else:
            value = next(c for c in candidates if bounds(c)[0] > ctx.dct)
        return Result("DATE", "", value, relative=True, mod=mod)
    unit = p.get("unit")
    if unit == "weekend":
        value = replace(shift(at(ctx.dct, WEEK), rel, WEEK), weekend=True)
    else:
        value = shift(at(ctx.dct, unit), rel, unit)
    return Result("DATE", "", value, relative=True, mod=mod)


def _offset(p: Parts, found: Found, ctx: Context) -> Result:
    """ "two days ago" from the publication date; "a year earlier" from the
    date last mentioned, at that date's own precision."""
    unit = p.get("unit")
    direction, anchor_kind = p.get("dir")
    num = p.get("num") if p.raw("num") is not None else 1
    if isinstance(unit, str):  # "the day before": a calendar unit
        granularity, steps = (WEEK if unit == "weekend" else unit), 1
    else:
        granularity, steps = (
            unit[2],
            num if num is None or unit[2] in ("decade", "century") else num * unit[1],
        )
    if num is None:
        return Result("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", mod=p.get("mod"))
    anchor = ctx.anchor() if anchor_kind == "last" else _dct_when(ctx)
    if anchor is None or granularity is None or anchor.year is None or steps != int(steps):
        return Result("DATE", "", None)
    if granularity == YEAR and ctx.last is not None and ctx.last.granularity == QUARTER:
        # In a report on a quarter, "a year ago" is that quarter a year before.
        anchor, anchor_kind = ctx.last, "last"
    moved = shift(anchor, direction * int(steps), granularity, keep=anchor_kind == "last")
    return Result(
        "DATE", "", moved, relative=True, mod=p.get("mod"), focus=_finer(granularity, QUARTER)
    )


def _finer(a: str, b: str) -> bool:
    return ORDER.index(a) > ORDER.index(b)


def _anaphor(p: Parts, found: Found, ctx: Context) -> Result:
    """ "the same day", "the following week", and the financial "the
    year-ago quarter" (the quarter last mentioned, or the latest complete one)."""
    if p.raw("fin") is not None or p.raw("year") is not None:
        if ctx.dct is None:
            return Result("DATE", "", None)
        base = latest_quarter(ctx)
        if p.raw("year") is not None:
            return Result("DATE", "", replace(base, year=p.get("year")), relative=True, focus=False)
        years = p.get("fin")
        return Result("DATE", "", shift(base, 4 * years, QUARTER), relative=True, focus=years == 0)
    unit = p.get("unit") or DAY  # "the next morning": a day
    anchor = ctx.anchor()
    granularity = WEEK if unit == "weekend" else unit
    if anchor is None or anchor.year is None:
        return Result("DATE", "", None)
    moves = p.get("anarel") or 0
    if _finer(granularity, anchor.granularity):
        if moves or granularity != DAY or anchor.granularity not in (YEAR, MONTH):
            return Result("DATE", "", None)
        # "that same day" after "in October 1998": a day of that month.
        unknown = "-XX" if anchor.granularity == MONTH else "-XX-XX"
        return Result("DATE", anchor.timeml() + unknown, anchor, relative=True, focus=False)
    value = shift(anchor.coarsen(granularity), moves, granularity)
    if unit == "weekend":
        value = replace(value, weekend=True)
    if p.get("part"):
        return Result("TIME", "", replace(value, part=p.get("part")), relative=True)
    return Result(
        "DATE", "", value, relative=True, focus=moves == 0 or _finer(granularity, QUARTER)
    )


def _weekday_kind(p: Parts, found: Found, ctx: Context) -> Result:
    if ctx.dct is None:
        return Result("DATE", f"XXXX-WXX-{p.get('weekday')}")
    day = weekday_date(p.get("weekday"), p.get("rel"), ctx, found.start, found.end)
    part = p.get("part")
    if part:
        return Result("TIME", "", replace(day, part=part), relative=True, mod=p.get("mod"))
    return Result("DATE", "", day, relative=True, mod=p.get("mod"))


def _deictic(p: Parts, found: Found, ctx: Context) -> Result:
    days, part = p.get("deictic")
    part = p.get("part") or part
    if ctx.dct is None:
        return Result("DATE", "", None)
    day = ctx.dct + dt.timedelta(days=days)
    when = When(day.year, day.month, day.day, part=part)
    return Result("TIME" if part else "DATE", "", when, relative=True, mod=p.get("mod"))


def _time(p: Parts, found: Found, ctx: Context) -> Result:
    if p.raw("clock") is not None:
        hour, minute = p.get("clock")
    else:
        hour = p.get("hour") if p.raw("hour") is not None else p.get("hour24")
        minute = p.get("minute") if p.raw("minute") is not None else p.get("minute24")
        ampm = p.get("ampm")
        part = p.get("part")
        if part in ("AF", "EV") or (part == "NI" and hour >= 6):
            ampm = "pm"  # "8 in the evening"
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    if ctx.dct is None:
        return Result("TIME", f"XXXX-XX-XXT{hour:02d}:{minute or 0:02d}")
    if p.raw("weekday") is not None:
        day = weekday_date(p.get("weekday"), None, ctx, found.start, found.end)
    elif p.raw("month") is not None:
        day = resolve_year(When(None, p.get("month"), p.get("day")), ctx, found.start, found.end)
    elif p.raw("deictic") is not None:
        moved = ctx.dct + dt.timedelta(days=p.get("deictic")[0])
        day = When(moved.year, moved.month, moved.day)
    elif ctx.last_day is not None:
        day = ctx.last_day  # "at 10 p.m.": on the day being told about
    else:
        day = _dct_when(ctx)  # type: ignore[assignment]
    return Result(
        "TIME", "", replace(day, hour=hour, minute=minute or 0), relative=True, mod=p.get("mod")
    )


def _duration_value(num: float | None, unit: tuple) -> str:
    letter, per = unit[0], unit[1]
    if num is None:
        amount = "X"
    else:
        total = num * per
        if total != int(total):
            smaller = {
                "TH": ("TM", 60),
                "Y": ("M", 12),
                "D": ("TH", 24),
                "M": ("D", 30),
                "W": ("D", 7),
                "TM": ("TS", 60),
            }.get(letter)
            if smaller:
                whole = int(total)
                rest = round((total - whole) * smaller[1])
                prefix = "PT" if letter.startswith("T") or smaller[0].startswith("T") else "P"
                first = f"{whole}{letter[-1]}" if whole else ""
                if letter in ("D",) and prefix == "PT":
                    return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
                return f"{prefix}{first}{rest}{smaller[0][-1]}"
        amount = str(int(total))
    return f"PT{amount}{letter[-1]}" if letter.startswith("T") else f"P{amount}{letter}"


def _duration(p: Parts, found: Found, ctx: Context) -> Result | None:
    """ "three days", "the past few years" (X: a count not given), "day-long"."""
    unit = p.get("unit")
    plural = unit[3] if len(unit) > 3 else False
    if found.rule.options.get("plural") and not plural:
        return None
    if p.raw("fraction") is not None:
        num = p.get("fraction")
    elif p.raw("num") is not None:
        num = p.get("num")
    else:
        num = None if plural else 1
    for plus in ("plus", "plus2"):  # "a minute and a half", "two and a half years"
        if num is not None and p.raw(plus) is not None:
            num += p.get(plus)
    return Result("DURATION", _duration_value(num, unit), mod=p.get("mod"))


def _set(p: Parts, found: Found, ctx: Context) -> Result:
    if p.raw("set") is not None:
        return Result("SET", p.get("set"))
    weekday = p.get("weekday") or p.get("weekdays")
    if weekday is not None:
        part = p.get("part")
        return Result("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    if p.raw("month") is not None:
        return Result("SET", f"XXXX-{p.get('month'):02d}")
    letters = {
        "day": "D",
        "week": "W",
        "weekend": "W",
        "month": "M",
        "quarter": "Q",
        "year": "Y",
        "decade": "DE",
        "century": "CE",
    }
    return Result("SET", f"P1{letters[p.get('unit')]}")


def _holiday(p: Parts, found: Found, ctx: Context) -> Result | None:
    """ "Thanksgiving Day", "last Christmas", "Easter week"."""
    spec = p.get("holiday")
    year = p.get("year")
    relative = False
    if year is None:
        if ctx.dct is None:
            return Result("DATE", "", None)
        candidates = [holiday_date(spec, y) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)]
        rel = p.get("yrel")
        if rel is not None and rel < 0:
            day = [d for d in candidates if d < ctx.dct][-1]
        elif rel is not None and rel > 0:
            day = next(d for d in candidates if d > ctx.dct)
        else:
            whens = [When(d.year, d.month, d.day) for d in candidates]
            day = place(whens, ctx.dct, ctx.tense(found.start, found.end)).date()
        relative = True
    else:
        day = holiday_date(spec, year)
    granularity = WEEK if found.rule.options.get("week") else DAY
    return Result("DATE", "", at(day, granularity), relative=relative)


def _ref(p: Parts, found: Found, ctx: Context) -> Result:
    return Result("DATE", found.rule.options.get("value") or p.get("ref"))


KINDS = {
    "date": _date,
    "list": _date,
    "shift": _shift,
    "offset": _offset,
    "anaphor": _anaphor,
    "weekday": _weekday_kind,
    "deictic": _deictic,
    "time": _time,
    "duration": _duration,
    "set": _set,
    "ref": _ref,
    "holiday": _holiday,
}
