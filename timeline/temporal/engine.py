"""The tagger: find temporal expressions with a language's rules, keep the
longest non-overlapping ones, and resolve each in text order against the
publication date and the date last mentioned.

The engine knows what each rule kind means (a calendar date, "last week",
"two days ago", "the same day", ...) and how to read the named parts a
pattern captures; the words and word orders come from the language data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from timeline.temporal.find import Found, find
from timeline.temporal.grammar import Grammar, load
from timeline.temporal.timex import Timex
from timeline.temporal.when import (
    DAY,
    HALF,
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

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[—–-]?[^\W\d_])|\n\s*\n\s*")
_DIGITS = re.compile(r"\d+")
_SENTENCE_FINAL = re.compile(r"\s*(?:$|\n|[\"'”’]*\s+[\"'“‘(]*[^\W\d_](?<=[A-ZА-ЯЁ]))")
_SPACE = re.compile(r"\s+")

FUTURE, PAST, WEAK_PAST = "future", "past", "weakpast"


@dataclass(slots=True)
class _Result:
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


@dataclass
class _Context:
    """What resolution needs beyond the expression: the publication date,
    the date last mentioned, and the clause around the expression."""

    text: str
    dct: dt.date | None
    grammar: Grammar
    last: When | None = None
    _bounds: list[int] = field(default_factory=list)
    _cues: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int, str]]]] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        self._bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(self.text)), len(self.text)]

    def sentence(self, start: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._bounds, start) - 1
        return self._bounds[i], self._bounds[min(i + 1, len(self._bounds) - 1)]

    def tense(self, start: int, end: int) -> str | None:
        """Future or past from the tense cue nearest the expression in its
        clause (between commas or conjunctions), else in its sentence; None
        when the sentence has none."""
        lo, hi = self.sentence(start)
        stops, cues = self._sentence_cues(lo, hi)
        clause_lo, clause_hi = lo, hi
        for a, b in stops:
            if b <= start:
                clause_lo = b
            elif a >= end:
                clause_hi = a
                break
        best: tuple[bool, int, str] | None = None
        for a, b, tense in cues:
            if a < end and start < b:
                continue  # a cue inside the expression itself
            outside = a < clause_lo or b > clause_hi
            rank = (outside, start - b if b <= start else a - end, tense)
            if best is None or rank < best:
                best = rank
        return best[2] if best else None

    def _sentence_cues(
        self, lo: int, hi: int
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        """Clause separators and tense cues of a sentence, found once."""
        cached = self._cues.get(lo)
        if cached is None:
            stops = [m.span() for m in self.grammar.clause.finditer(self.text, lo, hi)]
            cues = []
            for cue in self.grammar.cues.finditer(self.text, lo, hi):
                tense = cue.lastgroup.rstrip("0123456789")  # type: ignore[union-attr]
                if tense != "none":
                    cues.append((cue.start(), cue.end(), tense))
            cached = self._cues[lo] = (stops, cues)
        return cached

    def anchor(self) -> When | None:
        if self.last is not None:
            return self.last
        return When(self.dct.year, self.dct.month, self.dct.day) if self.dct else None


def _word(text: str) -> str:
    return _SPACE.sub(" ", text.strip().lower())


class _Parts:
    """The named parts of one match, read through the grammar's tables."""

    def __init__(self, found: Found, grammar: Grammar) -> None:
        self.match = found.match
        self.lead = found.lead
        self.sources = found.rule.sources
        self.tables = grammar.tables

    def raw(self, name: str) -> str | None:
        if name not in self.sources:
            return None
        if name in self.match.re.groupindex:
            return self.match.group(name)
        return self.lead.group(name) if self.lead is not None else None

    def get(self, name: str) -> Any:
        text = self.raw(name)
        if text is None:
            return None
        source = self.sources[name]
        if source in self.tables:
            word = _word(text)
            table = self.tables[source]
            return table.get(word, table.get(word.rstrip(".")))
        if source == "num":
            return _number(text, self.tables["number"])
        if source in ("yy", "yy2"):
            return _two_digit_year(int(text.lstrip("'")))
        if source == "decade":
            digits = _DIGITS.search(text)
            if digits is None:
                return self.tables["decadeword"][_word(text).removeprefix("the ")]
            return (
                _two_digit_year(int(digits.group()))
                if text.startswith("'")
                else int(digits.group())
            )
        if source == "century":
            return (int(_DIGITS.search(text).group()) - 1) * 100  # type: ignore[union-attr]
        if source == "year" and not text[:1].isdigit():
            numbers = self.tables["number"]
            first, _, rest = _word(text).replace("-", " ").partition(" ")
            if rest.startswith("thousand"):  # two thousand (and) six
                rest = rest.removeprefix("thousand").strip().removeprefix("and ").strip()
                return 2000 + ((_number(rest, numbers) or 0) if rest else 0)
            return 100 * numbers[first] + (_number(rest, numbers) or 0)
        if source == "clockhour" and not text[:1].isdigit():
            return _number(text, self.tables["number"])
        if source == "fraction":
            whole, _, frac = text.partition(" ")
            num, _, den = frac.strip().partition("/")
            return int(whole) + int(num) / int(den)
        digits = _DIGITS.search(text)
        return int(digits.group()) if digits else None


def _two_digit_year(yy: int) -> int:
    return 1900 + yy if yy >= 30 else 2000 + yy


def _number(text: str, table: dict[str, Any]) -> float | int | None:
    word = _word(text)
    if word in table:
        return table[word]
    try:
        return int(word) if word.isdigit() else float(word)
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[-\s]+", word):
        value = table.get(part)
        if value is None:
            return None
        total = total * value if value in (100, 1000) and total else total + value
    return total


# --- resolution -------------------------------------------------------------


def _bounds(value: When) -> tuple[dt.date, dt.date]:
    first = value.date()
    following = shift(value, 1, value.granularity if value.granularity != "season" else "season")
    return first, following.date() - dt.timedelta(days=1)


def _place(candidates: list[When], dct: dt.date, tense: str | None) -> When:
    """The candidate a clause in this tense means: the earliest not before
    the publication date for the future; for the past the latest not after
    it, when it is not much further away than the nearest (a weak past cue,
    such as an "-ed" word, allows less); the nearest otherwise."""

    def distance(value: When) -> int:
        first, last = _bounds(value)
        if first <= dct <= last:
            return 0
        return min(abs((first - dct).days), abs((last - dct).days))

    nearest = min(candidates, key=distance)
    d = distance(nearest)
    if tense == FUTURE:
        future = [c for c in candidates if _bounds(c)[1] >= dct]
        if future:
            return future[0]
    if tense in (PAST, WEAK_PAST):
        past = [c for c in candidates if _bounds(c)[0] <= dct]
        # Unless much further away than the nearest: a past-tense verb may
        # govern another phrase ("gave no reason for the Jan. 14 deadline").
        if tense == PAST:  # a month in a past clause is the last one of that name
            near_enough = 366 if nearest.day is None else 3 * d + 62
        else:
            near_enough = max(2 * d, 62)
        if past and distance(past[-1]) <= near_enough:
            return past[-1]
    return nearest


def _in_year(value: When, year: int) -> When:
    return replace(value, year=year)


def _resolve_year(value: When, ctx: _Context, start: int, end: int) -> When:
    """A month, day or season without a year, placed by tense; a quarter or
    half is the latest that has begun: reports speak of those, even in the
    future tense ("expects to report third-quarter earnings")."""
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
    return _place(candidates, ctx.dct, ctx.tense(start, end))


def _weekday(weekday: int, rel: int | None, ctx: _Context, start: int, end: int) -> When:
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


def _dct_when(ctx: _Context, granularity: str = DAY) -> When | None:
    return at(ctx.dct, granularity) if ctx.dct else None


def _date(p: _Parts, found: Found, ctx: _Context) -> _Result | None:
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
        return _checked(When(_two_digit_year(y) if y < 100 else y, m, d))
    year = p.get("year")
    if year is None and p.get("yrel") is not None and ctx.dct:
        year, relative = ctx.dct.year + p.get("yrel"), True
    month, day = p.get("month"), p.get("day")
    if month is None and day is not None:
        month = p.get("month2")  # "from 3 to 5 March": the start's month is the end's
    if month is None and day is not None and p.raw("day2") is None:
        anchor = ctx.anchor()  # "on the 20th": of the month in focus
        if anchor is None or anchor.month is None or anchor.year is None:
            return _Result("DATE", f"XXXX-XX-{day:02d}")
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
        when = _resolve_year(when, ctx, start, end) if when.year is None and ctx.dct else when
        if when.year is None:
            return _Result("DATE", "", None)
        return _Result("DATE", "", at(when.date(), WEEK), relative=relative)
    if p.raw("fin") is not None and when.year is None and ctx.dct:
        year = _latest_quarter(ctx).year + p.get("fin")  # type: ignore[operator]
        return _Result("DATE", "", replace(when, year=year), relative=True)
    if when.year is None and not when.decade and not when.century and ctx.dct:
        placed = _resolve_year(when, ctx, start, end)
        if end_when is not None and end_when.year is None:
            # The range ends in the same year, or the next one if it wraps.
            wraps = (end_when.month or 0) < (when.month or 0)
            end_when = replace(end_when, year=placed.year + wraps)  # type: ignore[operator]
        when, relative = placed, True
    return _Result("DATE", "", when, end_when, relative, p.get("mod"))


def _checked(when: When, relative: bool = False) -> _Result | None:
    """A date result, or None when no such day exists."""
    try:
        when.date()
    except ValueError:
        return None
    return _Result("DATE", "", when, relative=relative)


def _shift(p: _Parts, found: Found, ctx: _Context) -> _Result:
    """ "last week", "next March", "this summer", "year-end": the publication
    date's unit moved; "the weekend" is the coming one in a future clause and
    the latest one otherwise."""
    rel = p.get("rel") if p.raw("rel") is not None else p.get("yrel")
    mod = p.get("mod")
    if ctx.dct is None:
        return _Result("DATE", "", None)
    if p.raw("edge") is not None:
        unit, mod = p.get("edge")
        return _Result("DATE", "", at(ctx.dct, unit), relative=True, mod=mod)
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
            value = [c for c in candidates if _bounds(c)[1] < ctx.dct][-1]
        else:
            value = next(c for c in candidates if _bounds(c)[0] > ctx.dct)
        return _Result("DATE", "", value, relative=True, mod=mod)
    unit = p.get("unit")
    if unit == "weekend":
        value = replace(shift(at(ctx.dct, WEEK), rel, WEEK), weekend=True)
    else:
        value = shift(at(ctx.dct, unit), rel, unit)
    return _Result("DATE", "", value, relative=True, mod=mod)


def _offset(p: _Parts, found: Found, ctx: _Context) -> _Result:
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
        return _Result("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", mod=p.get("mod"))
    anchor = ctx.anchor() if anchor_kind == "last" else _dct_when(ctx)
    if anchor is None or granularity is None or anchor.year is None or steps != int(steps):
        return _Result("DATE", "", None)
    if granularity == YEAR and ctx.last is not None and ctx.last.granularity == QUARTER:
        # In a report on a quarter, "a year ago" is that quarter a year before.
        anchor, anchor_kind = ctx.last, "last"
    moved = shift(anchor, direction * int(steps), granularity, keep=anchor_kind == "last")
    return _Result(
        "DATE", "", moved, relative=True, mod=p.get("mod"), focus=_finer(granularity, QUARTER)
    )


def _latest_quarter(ctx: _Context) -> When:
    """The quarter a financial report speaks of: the one last mentioned, or
    else the latest complete one."""
    last = ctx.last
    if last is not None and last.granularity == QUARTER:
        return last
    return shift(at(ctx.dct, QUARTER), -1, QUARTER)  # type: ignore[arg-type]


def _finer(a: str, b: str) -> bool:
    return ORDER.index(a) > ORDER.index(b)


def _anaphor(p: _Parts, found: Found, ctx: _Context) -> _Result:
    """ "the same day", "the following week", and the financial "the
    year-ago quarter" (the quarter last mentioned, or the latest complete one)."""
    if p.raw("fin") is not None or p.raw("year") is not None:
        if ctx.dct is None:
            return _Result("DATE", "", None)
        base = _latest_quarter(ctx)
        if p.raw("year") is not None:
            return _Result(
                "DATE", "", replace(base, year=p.get("year")), relative=True, focus=False
            )
        years = p.get("fin")
        return _Result("DATE", "", shift(base, 4 * years, QUARTER), relative=True, focus=years == 0)
    unit = p.get("unit") or DAY  # "the next morning": a day
    anchor = ctx.anchor()
    granularity = WEEK if unit == "weekend" else unit
    if anchor is None or anchor.year is None:
        return _Result("DATE", "", None)
    moves = p.get("anarel") or 0
    if _finer(granularity, anchor.granularity):
        if moves or granularity != DAY or anchor.granularity not in (YEAR, MONTH):
            return _Result("DATE", "", None)
        # "that same day" after "in October 1998": a day of that month.
        unknown = "-XX" if anchor.granularity == MONTH else "-XX-XX"
        return _Result("DATE", anchor.timeml() + unknown, anchor, relative=True, focus=False)
    value = shift(anchor.coarsen(granularity), moves, granularity)
    if unit == "weekend":
        value = replace(value, weekend=True)
    if p.get("part"):
        return _Result("TIME", "", replace(value, part=p.get("part")), relative=True)
    return _Result(
        "DATE", "", value, relative=True, focus=moves == 0 or _finer(granularity, QUARTER)
    )


def _weekday_kind(p: _Parts, found: Found, ctx: _Context) -> _Result:
    if ctx.dct is None:
        return _Result("DATE", f"XXXX-WXX-{p.get('weekday')}")
    day = _weekday(p.get("weekday"), p.get("rel"), ctx, found.start, found.end)
    part = p.get("part")
    if part:
        return _Result("TIME", "", replace(day, part=part), relative=True, mod=p.get("mod"))
    return _Result("DATE", "", day, relative=True, mod=p.get("mod"))


def _deictic(p: _Parts, found: Found, ctx: _Context) -> _Result:
    days, part = p.get("deictic")
    part = p.get("part") or part
    if ctx.dct is None:
        return _Result("DATE", "", None)
    day = ctx.dct + dt.timedelta(days=days)
    when = When(day.year, day.month, day.day, part=part)
    return _Result("TIME" if part else "DATE", "", when, relative=True, mod=p.get("mod"))


def _time(p: _Parts, found: Found, ctx: _Context) -> _Result:
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
        return _Result("TIME", f"XXXX-XX-XXT{hour:02d}:{minute or 0:02d}")
    if p.raw("weekday") is not None:
        day = _weekday(p.get("weekday"), None, ctx, found.start, found.end)
    elif p.raw("month") is not None:
        day = _resolve_year(When(None, p.get("month"), p.get("day")), ctx, found.start, found.end)
    elif p.raw("deictic") is not None:
        moved = ctx.dct + dt.timedelta(days=p.get("deictic")[0])
        day = When(moved.year, moved.month, moved.day)
    elif ctx.last is not None and ctx.last.granularity == DAY:
        day = ctx.last  # "at 10 p.m.": on the day being told about
    else:
        day = _dct_when(ctx)  # type: ignore[assignment]
    return _Result(
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


def _duration(p: _Parts, found: Found, ctx: _Context) -> _Result | None:
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
    return _Result("DURATION", _duration_value(num, unit), mod=p.get("mod"))


def _set(p: _Parts, found: Found, ctx: _Context) -> _Result:
    if p.raw("set") is not None:
        return _Result("SET", p.get("set"))
    weekday = p.get("weekday") or p.get("weekdays")
    if weekday is not None:
        part = p.get("part")
        return _Result("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    if p.raw("month") is not None:
        return _Result("SET", f"XXXX-{p.get('month'):02d}")
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
    return _Result("SET", f"P1{letters[p.get('unit')]}")


def _holiday(p: _Parts, found: Found, ctx: _Context) -> _Result | None:
    """ "Thanksgiving Day", "last Christmas", "Easter week"."""
    spec = p.get("holiday")
    year = p.get("year")
    relative = False
    if year is None:
        if ctx.dct is None:
            return _Result("DATE", "", None)
        candidates = [holiday_date(spec, y) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)]
        rel = p.get("yrel")
        if rel is not None and rel < 0:
            day = [d for d in candidates if d < ctx.dct][-1]
        elif rel is not None and rel > 0:
            day = next(d for d in candidates if d > ctx.dct)
        else:
            whens = [When(d.year, d.month, d.day) for d in candidates]
            day = _place(whens, ctx.dct, ctx.tense(found.start, found.end)).date()
        relative = True
    else:
        day = holiday_date(spec, year)
    granularity = WEEK if found.rule.options.get("week") else DAY
    return _Result("DATE", "", at(day, granularity), relative=relative)


def _ref(p: _Parts, found: Found, ctx: _Context) -> _Result:
    return _Result("DATE", found.rule.options.get("value") or p.get("ref"))


_KINDS = {
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


# Modifiers that make an open interval: (before, after).
_OPEN = {
    "ON_OR_BEFORE": (True, False),
    "BEFORE": (True, False),
    "ON_OR_AFTER": (False, True),
    "AFTER": (False, True),
}


def _edtf(result: _Result, before: bool, after: bool) -> str | None:
    if result.when is None or result.type in ("DURATION", "SET"):
        return None
    first = result.when.edtf()
    if first is None:
        return None
    if result.end is not None and result.end.edtf() is not None:
        last = result.end.edtf().split("/")[-1]  # type: ignore[union-attr]
        first = first.split("/")[0]
        if last != first:
            return f"{first}/{last}"
        return first
    if result.mod in _OPEN:  # "1994 or later", "post-1959": its own words decide
        before, after = _OPEN[result.mod]
    if before:
        return f"../{first.split('/')[-1]}"
    if after:
        return f"{first.split('/')[0]}/.."
    if result.mod == "APPROX" and "/" not in first:
        return first + "~"
    return first


# No such day, or a step past year 1 or 9999 (a hostile publication date):
# the expression is left unresolved rather than stopping the article.
_OUT_OF_RANGE = (ValueError, OverflowError, IndexError, StopIteration)


def tag(text: str, published: dt.date | None = None, lang: str = "en") -> list[Timex]:
    """Find and normalise the temporal expressions of ``text``, resolving
    relative ones against ``published`` and the date last mentioned."""
    if isinstance(published, dt.datetime):
        published = published.date()
    try:
        grammar = load(lang)
    except KeyError:
        # Imported here: the fallback itself tags figures with this engine.
        from timeline.temporal.other import tag_other

        return tag_other(text, published, lang)
    ctx = _Context(text, published, grammar)
    spans: list[Timex] = []
    items = find(text, grammar)
    i = 0
    while i < len(items):
        found = items[i]
        if text.endswith(".", found.start, found.end) and _SENTENCE_FINAL.match(text, found.end):
            found.end -= 1  # "at 10 p.m. As he...": the period ends the sentence
        try:
            composed = _compose(found, items[i + 1], ctx) if i + 1 < len(items) else None
        except _OUT_OF_RANGE:
            composed = None
        if composed is not None:
            spans.append(composed)
            i += 2
            continue
        spans += _resolve(found, ctx)
        i += 1
    return spans


def _compose(first: Found, second: Found, ctx: _Context) -> Timex | None:
    """ "two days after March 3": a span of time before or after a date is a
    date, one expression."""
    grammar, text = ctx.grammar, ctx.text
    link = grammar.link.fullmatch(text, first.end, second.start) if grammar.link else None
    if link is None or first.rule.kind != "duration" or first.rule.options.get("no_anchor"):
        return None
    parts = _Parts(first, grammar)
    unit = parts.get("unit")
    num = parts.get("num") if parts.raw("num") is not None else None
    if num is None or unit[2] is None or num != int(num):
        return None
    result = _KINDS[second.rule.kind](_Parts(second, grammar), second, ctx)
    if result is None or result.type != "DATE" or result.end is not None:
        return None
    if result.when is None or result.when.year is None:
        return None
    sign = grammar.tables["link"][_word(link.group("link"))]
    steps = int(num) if unit[2] in ("decade", "century") else int(num) * unit[1]
    moved = shift(result.when, sign * steps, unit[2], keep=True)
    ctx.last = moved
    return Timex(
        first.start,
        second.end,
        text[first.start : second.end],
        "DATE",
        moved.timeml(),
        None,
        moved.edtf(),
        True,
    )


def _resolve(found: Found, ctx: _Context) -> list[Timex]:
    """The expression (two for a list) as the tagger gives it."""
    grammar, text = ctx.grammar, ctx.text
    parts = _Parts(found, grammar)
    try:
        result = _KINDS[found.rule.kind](parts, found, ctx)
        known = (
            []
            if result is None
            else [
                when
                for when in (result.when, result.end)
                if when is not None and when.year is not None
            ]
        )
        for when in known:
            when.date(), when.edtf()  # "2026-02-30", "0000-00-00": no such day
        if len(known) == 2 and known[1].date() < known[0].date():
            raise ValueError("20 - 17 February: the range ends before it starts")
    except _OUT_OF_RANGE:
        result = _Result("DATE", "", None)
    if result is None:
        return []
    if result.when is not None:
        if result.when.is_time and result.type == "DATE":
            result.type = "TIME"
        result.value = result.value or result.when.timeml()
        if result.when.year is not None and result.focus:
            ctx.last = replace(result.when, part=None, hour=None, minute=None)
    if not result.value:
        result.value = _unresolved(found, parts)
    head = text[max(0, found.start - 24) : found.start]
    bounded = result.type in ("DATE", "TIME") and result.end is None
    before = bounded and grammar.before.search(head) is not None
    after = bounded and grammar.after.search(head) is not None
    mod = result.mod or ("BEFORE" if before else "AFTER" if after else None)
    edtf = _edtf(result, before, after)
    if found.rule.kind == "list":
        return _split_list(found, result, text, edtf)
    return [
        Timex(
            found.start,
            found.end,
            text[found.start : found.end],
            result.type,
            result.value,
            mod,
            edtf,
            result.relative,
        )
    ]


def _unresolved(found: Found, parts: _Parts) -> str:
    """The value with unknown parts as X, when there is no date to resolve against."""
    month, day = parts.get("month"), parts.get("day")
    if month:
        return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    return "XXXX-XX-XX"


def _split_list(found: Found, result: _Result, text: str, edtf: str | None) -> list[Timex]:
    """ "March 3 and 5": one span per date, each with its own value; "from
    2019 to 2021": both spans carry the range as their EDTF date."""
    out = []
    for group, when in (("a", result.when), ("b", result.end or result.when)):
        start, end = found.match.span(group)
        value = when.timeml() if when else result.value
        single = when.edtf() if when and when.year is not None else None
        if found.rule.options.get("range"):
            single = edtf
        out.append(
            Timex(start, end, text[start:end], "DATE", value, result.mod, single, result.relative)
        )
    return out
