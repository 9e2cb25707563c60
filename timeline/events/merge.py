"""One event told several times — twice in an article, or by several
articles of a run — becomes one event with several sources."""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.dates import parse_edtf
from timeline.model import Event

__all__ = ["merge_duplicates", "same_event"]

_WORD = re.compile(r"[^\W\d_][\w-]{2,}")
_STOP = frozenset(
    """the and for with from that this their there which about after before into over
    under between among also were was has have had will would could should been being
    its his her they them said says say told tells stated states notes noted adds added
    takes took take make makes made""".split()
)
# Two tellings of one event share at least this many content words, and
# this share of the shorter telling's words.
_MIN_SHARED = 3
_OVERLAP = 0.5
_MAX_SUMMARY_SENTENCES = 3


def _words(event: Event) -> set[str]:
    """Content words of the headline and places, cut to five letters, so
    that plurals, tenses and spellings ("defence"/"defense") mostly meet.
    Actors are left out: one person is in many events of a story."""
    text = " ".join((event.title, *event.places))
    return {w.casefold()[:5] for w in _WORD.findall(text) if w.casefold() not in _STOP}


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date == b.date:
        return True
    first, second = parse_edtf(a.date), parse_edtf(b.date)
    if first.precision != "day" or second.precision != "day":
        return False
    low_a, high_a, low_b, high_b = first.lower(), first.upper(), second.lower(), second.upper()
    if None in (low_a, high_a, low_b, high_b):
        return False
    return low_a <= high_b and low_b <= high_a  # a day inside an interval


def same_event(a: Event, b: Event, words_a: set[str], words_b: set[str]) -> bool:
    """Same date (or overlapping days) and enough words in common; the
    status may differ (expected in one report, happened in a later one)."""
    if not _dates_agree(a, b) or _same_sentence(a, b):
        return False
    shared = len(words_a & words_b)
    return shared >= _MIN_SHARED and shared / min(len(words_a), len(words_b)) >= _OVERLAP


def _same_sentence(a: Event, b: Event) -> bool:
    """Two events read from one sentence are two of its clauses ("Swiss
    diplomats, who hosted this week's meeting, said…"), never one event."""
    told = {(source.article, source.quote) for source in a.sources}
    return any((source.article, source.quote) in told for source in b.sources)


def merge_duplicates(events: Iterable[Event]) -> list[Event]:
    """Events in their first-told order, duplicates folded into the one
    read with the highest confidence, sources of all kept."""
    clusters: list[list[tuple[Event, set[str]]]] = []
    by_month: dict[str, list[int]] = {}
    for event in events:
        words = _words(event)
        key = _month_key(event)
        for index in by_month.get(key, ()):
            lead, lead_words = clusters[index][0]
            if same_event(lead, event, lead_words, words):
                clusters[index].append((event, words))
                break
        else:
            by_month.setdefault(key, []).append(len(clusters))
            clusters.append([(event, words)])
    return [_fold([event for event, _words in cluster]) for cluster in clusters]


def _month_key(event: Event) -> str:
    edtf = parse_edtf(event.date)
    point = edtf.start or edtf.end
    return str(point)[:7] if point else event.date


def _fold(cluster: list[Event]) -> Event:
    if len(cluster) == 1:
        return cluster[0]
    # The latest report knows best whether the event has happened yet.
    best = max(cluster, key=lambda event: (event.confidence or 0.0, _published(event)))
    best.status = max(cluster, key=_published).status
    summaries: list[str] = []
    for event in [best, *cluster]:
        if event.summary and event.summary not in summaries:
            summaries.append(event.summary)
    sources = []
    for event in cluster:
        for source in event.sources:
            if source not in sources:
                sources.append(source)
    best.summary = " ".join(summaries[:_MAX_SUMMARY_SENTENCES])
    best.sources = sources
    best.places = _union(event.places for event in cluster)
    best.actors = _union(event.actors for event in cluster)
    best.tags = _union(event.tags for event in cluster)
    best.date_text = best.date_text or next((e.date_text for e in cluster if e.date_text), None)
    return best


def _published(event: Event) -> str:
    return max((source.published or "" for source in event.sources), default="")


def _union(lists: Iterable[list[str]]) -> list[str]:
    result: list[str] = []
    for items in lists:
        result.extend(item for item in items if item not in result)
    return result
