"""How much each event and each day matters, from the evidence the articles
leave: how many distinct articles and outlets report it, how many articles
name its day even in passing, when they were published (a report of the
day after or a later look back is what a day's own reports are not: evidence
that the day lasted), whether an article's headline reports it, and over
how many days it was reported.

Pure: events and the mentions record in, scores out. Computed at build (and
by ``timeline export --key``) from the event files as editors left them, so
a source an editor removes or an event they merge by hand counts at once;
only the days each article names, which no event file holds, are kept at
extraction (``timeline.keys.mentions``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from timeline.dates import EDTFError, parse_edtf
from timeline.keys.mentions import ArticleDays
from timeline.model import Event, Source
from timeline.same_event import content_words

__all__ = [
    "DayImportance",
    "EventImportance",
    "Importance",
    "event_day",
    "event_importance",
    "importance",
    "outlet",
    "reports_in_headline",
]

# A report published this many days or more after the day looks back at it.
LOOKING_BACK_DAYS = 2
# A day's evidence is each distinct article that reports an event of the day
# or names it, weighed by when it was published: the day after or later in
# full (it reports or looks back at the day); on the day itself a fifth,
# since every day, quiet or not, fills with its own reports and statements
# (the publication-day bias); before the day not at all (a plan is no news).
# An article whose publication date is unknown counts in full.
LATER_WEIGHT = 1.0
SAME_DAY_WEIGHT = 0.2
AHEAD_WEIGHT = 0.0
# An article's headline reports an event when it shares this many content
# words with the event's headline, and this share of the shorter one's.
_HEADLINE_SHARED = 2
_HEADLINE_OVERLAP = 0.5

# An article's headline is what it reports (the news of its day, as
# journalists' timelines tell it); a look back at the day (background:
# "tensions have run high since January 25") tells that the day mattered,
# not which of its events did: it raises the day, and not the event.
_HEADLINE_WEIGHT = 3
_LOOKING_BACK_DISCOUNT = 1.0
_SPREAD_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class EventImportance:
    """The evidence for one event and the score made from it."""

    articles: int  # distinct articles reporting it
    outlets: int  # distinct hosts among their URLs
    headlines: int  # articles whose headline reports it
    looking_back: int  # reporting articles published two days or more after it
    spread: int  # days from its first report to its last
    score: float


@dataclass(frozen=True, slots=True)
class DayImportance:
    """The evidence for one day and the score made from it."""

    day: dt.date
    articles: int  # distinct articles reporting an event of the day or naming it
    mentions: int  # of those, articles that name the day in their text
    later: int  # of those, published the day after or later
    same_day: int  # of those, published on the day
    outlets: int  # distinct outlets among them (articles without an address: one)
    headlines: int  # articles whose headline reports an event of the day
    score: float


@dataclass(frozen=True, slots=True)
class Importance:
    """Scores for a set of events: by event id, and by day (best first)."""

    events: Mapping[str, EventImportance]
    days: Sequence[DayImportance]

    def of(self, event: Event) -> float:
        found = self.events.get(event.id)
        return found.score if found else 0.0


def importance(events: Iterable[Event], mentions: Mapping[str, ArticleDays]) -> Importance:
    """Score every event and every day that an event or a mention falls on.

    A day's evidence is each distinct article that reports an event of it or
    names it, weighed by when it was published (``LATER_WEIGHT``,
    ``SAME_DAY_WEIGHT``, ``AHEAD_WEIGHT``); its score adds, for each outlet,
    log2(1 + its articles' weights), so that one outlet repeating a day in
    its boilerplate counts as a few articles, not as all of them. An event's
    score counts its articles but those that look back, three times its
    headlines, its outlets beyond the first, and half the log of the days its
    reports spread over."""
    scored: dict[str, EventImportance] = {}
    day_articles: dict[dt.date, dict[str, str | None]] = defaultdict(dict)
    day_headlines: dict[dt.date, set[str]] = defaultdict(set)
    outlet_of: dict[str, str] = {}
    for event in events:
        day = event_day(event)
        by_article = _by_article(event.sources)
        headlines = _headlines(event)
        scored[event.id] = _event_importance(day, by_article, headlines)
        for name, source in by_article.items():
            if source.url and name not in outlet_of:
                outlet_of[name] = outlet(source.url)
        if day is not None and event.key is not False:  # dropped: no evidence for its day
            for name, source in by_article.items():
                day_articles[day].setdefault(name, source.published)
            day_headlines[day] |= headlines
    mentioned: dict[dt.date, set[str]] = defaultdict(set)
    for article, named in mentions.items():
        for text in named.days:
            day = dt.date.fromisoformat(text)
            mentioned[day].add(article)
            day_articles[day].setdefault(article, named.published)
    days = [
        _day_importance(day, articles, mentioned[day], day_headlines[day], outlet_of)
        for day, articles in day_articles.items()
    ]
    days.sort(key=lambda item: (-item.score, -item.articles, item.day))
    return Importance(scored, days)


def event_importance(event: Event) -> EventImportance:
    """One event's evidence and score, which its own sources alone make (as
    the desk orders its queue; ``importance`` scores a whole story)."""
    return _event_importance(event_day(event), _by_article(event.sources), _headlines(event))


def _headlines(event: Event) -> set[str]:
    """The articles whose headline reports the event."""
    found = {
        source.article or source.url or ""
        for source in event.sources
        if reports_in_headline(event, source)
    }
    found.discard("")
    return found


def _event_importance(
    day: dt.date | None, by_article: Mapping[str, Source], headlines: set[str]
) -> EventImportance:
    """Its articles but those that look back, its headlines, its outlets
    beyond the first, and the log of the days its reports spread over."""
    published = [_date(source.published) for source in by_article.values()]
    known = sorted(date for date in published if date is not None)
    looking_back = sum(1 for date in known if day and (date - day).days >= LOOKING_BACK_DAYS)
    outlets = len({outlet(source.url) for source in by_article.values() if source.url})
    spread = (known[-1] - known[0]).days if known else 0
    score = (
        len(by_article)
        - _LOOKING_BACK_DISCOUNT * looking_back
        + _HEADLINE_WEIGHT * len(headlines)
        + max(outlets - 1, 0)
        + _SPREAD_WEIGHT * math.log2(1 + spread)
    )
    return EventImportance(len(by_article), outlets, len(headlines), looking_back, spread, score)


def _day_importance(
    day: dt.date,
    articles: Mapping[str, str | None],
    mentioned: set[str],
    headlines: set[str],
    outlet_of: Mapping[str, str],
) -> DayImportance:
    """The day's articles weighed by when they were published, summed per
    outlet, each outlet's sum counted as log2(1 + sum)."""
    weights: dict[str, float] = defaultdict(float)
    later = same_day = 0
    for name, published in articles.items():
        date = _date(published)
        lag = None if date is None else (date - day).days
        if lag is None or lag > 0:
            weight = LATER_WEIGHT
            later += lag is not None
        elif lag == 0:
            weight = SAME_DAY_WEIGHT
            same_day += 1
        else:
            weight = AHEAD_WEIGHT
        weights[outlet_of.get(name, "")] += weight
    score = sum(math.log2(1 + weight) for weight in weights.values())
    return DayImportance(
        day,
        len(articles),
        len(mentioned),
        later,
        same_day,
        len(weights),
        len(headlines),
        score,
    )


def event_day(event: Event) -> dt.date | None:
    """The day an event falls on: its date at day precision, or the first
    day of a span of days; None for a month, a year or an open span."""
    try:
        date = parse_edtf(event.date)
    except EDTFError:
        return None
    if date.precision != "day" or date.start is None or date.open_start:
        return None
    return date.start.lower()


@lru_cache(maxsize=65536)
def outlet(url: str) -> str:
    """The outlet of an article's address: its host without ``www.``."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def reports_in_headline(event: Event, source: Source) -> bool:
    """Whether the article's headline tells the event: the headline is the
    source's quote (extraction made it one), or it holds enough content
    words of the event's headline."""
    if not source.title:
        return False
    if source.quote == source.title:
        return True
    event_words, headline_words = content_words(event.title), content_words(source.title)
    if not event_words or not headline_words:
        return False
    shared = len(event_words & headline_words)
    shorter = min(len(event_words), len(headline_words))
    return shared >= min(_HEADLINE_SHARED, shorter) and shared / shorter >= _HEADLINE_OVERLAP


def _by_article(sources: Iterable[Source]) -> dict[str, Source]:
    """One source per article (an article telling the event twice is one
    report), keyed by its path, or its URL for a source added by hand."""
    found: dict[str, Source] = {}
    for source in sources:
        name = source.article or source.url or ""
        if name:
            found.setdefault(name, source)
    return found


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
