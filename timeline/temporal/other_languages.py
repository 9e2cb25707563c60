"""Languages without a module of their own: the language-independent rules
(``lang/intl.py``) find what is written in figures, and dateparser's data for
the language (month and weekday names, "yesterday", "last week", "two days
ago") finds the spans that need words, which dateparser then parses with the
publication date as its base.

Precision stays honest: dateparser fills a date in full, so its ``period``
(the finest part the text gave) decides how much of that date is kept:
"mars 2026" is ``2026-03``, never the 21st of March.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateparser.date import DateDataParser
from dateparser.languages.loader import LocaleDataLoader

from timeline.temporal.grammar import load
from timeline.temporal.periods import DAY, MONTH, WEEK, YEAR, at
from timeline.temporal.rule_tagger import tag_with_rules
from timeline.temporal.timex import Timex

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = ("day", "week", "month", "year")
_PERIODS = {"day": DAY, "week": WEEK, "month": MONTH, "year": YEAR}
# The count in dateparser's own patterns ("il y a (\d++[.,]?\d*+) jours"),
# widened to a word so that "il y a deux jours" is found too.
_NUMBER = re.compile(r"\(\\d\+\+\[\.,\]\?\\d\*\+\)")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _alternation(forms: set[str]) -> str:
    """Words as a regular expression, longest first; one that never matches
    when a locale lists none."""
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered) or "(?!)"


def _names(info: dict, keys: tuple[str, ...]) -> str:
    """Month or weekday names of a locale: a name of four letters or more,
    or the longest of its key ("Mai"), stands alone; a shorter abbreviation
    only with its period ("Die." but not "die", "mar." but not "mar")."""
    forms = set()
    for key in keys:
        names = [n.lower().rstrip(".") for n in info.get(key, []) if not n.isdigit()]
        longest = max(names, key=len, default="")
        for name in names:
            if len(name) >= 4 or name == longest:
                forms.add(name)
            elif len(name) == 3:
                forms.add(name + ".")
    return _alternation(forms)


def _skips(info: dict) -> set[str]:
    """Words dateparser skips in this language ("de", "und"): they join the
    parts of a date, and start one only when nothing else reads."""
    return {w.lower() for w in info.get("skip", []) if w.strip(" '.,-/;@[]|，")}


def _compiles(pattern: str) -> bool:
    """Whether a pattern from dateparser's data is one Python's ``re`` reads."""
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


@dataclass(frozen=True)
class _Finder:
    calendar: re.Pattern[str]  # day, month, year, weekday
    phrases: re.Pattern[str]  # "hier", "vor zwei Tagen": dateparser's own phrases
    near: re.Pattern[str]  # a unit with a word beside it: "letzte Woche", "le mois prochain"
    skips: frozenset[str]


@cache
def _finder(lang: str) -> _Finder | None:
    """Patterns built from dateparser's data for ``lang``, or None when
    dateparser has no data for the language."""
    try:
        info = LocaleDataLoader().get_locale(lang).info
    except ValueError:
        return None
    month, weekday = _names(info, _MONTHS), _names(info, _WEEKDAYS)
    skips = _skips(info)
    link = rf"(?:\s+(?:{_alternation(skips)}))?" if skips else ""
    day = r"(?:[12]\d|3[01]|0?[1-9])\.?"
    year = r"(?:1[6-9]|20)\d\d"
    calendar = (
        rf"(?:(?:{weekday}),?{link}\s+)?{day}{link}\s+(?:{month})(?:,?{link}\s+{year})?"
        rf"|(?:(?:{weekday}),?\s+)?(?:{month})\s+{day}(?:,?\s+{year})?"
        rf"|(?:{month}){link}\s+{year}|(?:{month})|(?:{weekday})"
    )
    relative = {p.lower() for phrases in info.get("relative-type", {}).values() for p in phrases}
    numbered = [
        _NUMBER.sub(r"(?:\\d+|\\w+)", p)
        for patterns in info.get("relative-type-regex", {}).values()
        for p in patterns
    ]
    numbered = [p for p in numbered if _compiles(p)]
    units = _alternation({n.lower() for key in _UNITS for n in info.get(key, []) if len(n) >= 3})
    word = r"[^\W\d_]+"
    unit = rf"(?:{units})(?:{word})?"
    near = rf"(?:{word}\s+){{1,2}}{unit}(?:\s+{word})?|{unit}\s+{word}"
    edge = r"(?<![\w.]){}(?!\w)"
    flags = re.IGNORECASE

    def compiled(body: str) -> re.Pattern[str]:
        return re.compile(edge.format(f"(?:{body})"), flags)

    return _Finder(
        compiled(calendar),
        compiled("|".join([_alternation(relative), *numbered])),
        compiled(near),
        frozenset(skips),
    )


@lru_cache(maxsize=16)  # one per publication date in use; each holds dateparser's tables
def _parser(lang: str, base: dt.datetime) -> DateDataParser:
    return DateDataParser(
        languages=[lang],
        settings={
            "RELATIVE_BASE": base,
            "RETURN_TIME_AS_PERIOD": True,
            "STRICT_PARSING": False,
        },
    )


@dataclass(frozen=True)
class _Reading:
    type: str
    value: str
    edtf: str | None
    granularity: str
    date: dt.date


def _read(span: str, parser: DateDataParser) -> _Reading | None:
    """What dateparser reads in a span, kept at the precision it read (its
    ``period``); None when it reads no date."""
    try:
        data = parser.get_date_data(span)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    date = data.date_obj.date()
    if data.period == "time":
        day = at(date, DAY)
        return _Reading("TIME", f"{day.timeml()}T{data.date_obj:%H:%M}", day.edtf(), DAY, date)
    granularity = _PERIODS.get(data.period or "")
    if granularity is None:
        return None
    value = at(date, granularity)
    return _Reading("DATE", value.timeml(), value.edtf(), granularity, date)


def tag_other(text: str, published: dt.date | None, lang: str) -> list[Timex]:
    """The temporal expressions of ``text`` in a language without its own
    module: figures by the language-independent rules, words by dateparser. Without a
    publication date only what names its year is kept: nothing to count
    "hier" or "15 mars" from."""
    found = tag_with_rules(text, published, load("intl"))
    finder = _finder(lang)
    if finder is not None:
        base = dt.datetime.combine(published or dt.date(2000, 1, 1), dt.time(12))
        parser = _parser(lang, base)
        for pattern in (finder.calendar, finder.phrases, finder.near):
            near = pattern is finder.near
            for match in pattern.finditer(text):
                span = _longest_reading(
                    text, match, parser, finder.skips, base.date() if near else None
                )
                if span is not None and (published is not None or not span.relative):
                    found.append(span)
    return _longest_first(found)


def _longest_reading(
    text: str,
    match: re.Match[str],
    parser: DateDataParser,
    skips: frozenset[str],
    near: dt.date | None,
) -> Timex | None:
    """The longest part of a candidate that reads as a date, starting on a
    skipped word only when nothing else reads: "y la semana pasada" is "la
    semana pasada", "le mois prochain il" is "le mois prochain". With
    ``near``, only a date in the unit before, at or after ``near`` counts:
    "letzte Woche" is a date, "deux semaines" a span of time."""
    start = match.start()
    words = list(re.finditer(r"\S+", match.group()))
    for n, last in reversed(list(enumerate(words))):
        firsts = sorted(words[: n + 1], key=lambda w: w.group().lower() in skips)
        for first in firsts:
            span = text[start + first.start() : start + last.end()]
            read = _read(span, parser)
            if read is None:
                continue
            if near is not None and not _adjacent(read, near):
                return None
            relative = _YEAR.search(span) is None
            return Timex(
                start + first.start(),
                start + last.end(),
                span,
                read.type,
                read.value,
                None,
                read.edtf,
                relative,
            )
    return None


def _adjacent(read: _Reading, base: dt.date) -> bool:
    """Whether a reading lies in the unit (day, week, month, year) of
    ``base`` or the one just before or after it."""
    when = read.date
    if read.granularity == WEEK:
        monday = base - dt.timedelta(days=base.weekday())
        steps = (when - dt.timedelta(days=when.weekday()) - monday).days // 7
    elif read.granularity == MONTH:
        steps = (when.year - base.year) * 12 + when.month - base.month
    elif read.granularity == YEAR:
        steps = when.year - base.year
    else:
        steps = (when - base).days
    return abs(steps) <= 1


def _longest_first(spans: list[Timex]) -> list[Timex]:
    """The longest span at each place, left to right, none overlapping."""
    chosen: list[Timex] = []
    for span in sorted(spans, key=lambda s: (s.start, s.start - s.end)):
        if not chosen or span.start >= chosen[-1].end:
            chosen.append(span)
    return chosen
