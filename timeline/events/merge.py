"""One event told several times — twice in an article, or by several
articles of a run — becomes one event with several sources.

Which tellings are one event is the rule of ``timeline.same_event``, the
one re-extraction uses too; its index compares each telling with the few
events that could be it, so a run's cost grows with its articles, not with
the square of its events."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from timeline.model import Event
from timeline.same_event import EventIndex

__all__ = ["merge_duplicates"]

_MAX_SUMMARY_SENTENCES = 3


def merge_duplicates(events: Iterable[Event]) -> list[Event]:
    """Events in their first-told order, duplicates folded into the one
    read with the highest confidence, sources of all kept. A telling joins
    the first event whose first telling it matches."""
    index = EventIndex()
    clusters: dict[int, list[Event]] = {}  # id() of a first telling -> the tellings
    for event in events:
        first = index.match_or_add(event)
        if first is None:
            clusters[id(event)] = [event]
        else:
            clusters[id(first)].append(event)
    return [_fold(cluster) for cluster in clusters.values()]


def _fold(cluster: list[Event]) -> Event:
    if len(cluster) == 1:
        return cluster[0]
    # The date most tellings give ("early Sunday" three times over "last
    # weekend" once: they agree), then the surest telling; the latest
    # report knows best whether the event has happened yet.
    told = Counter(event.date for event in cluster)
    best = max(
        cluster,
        key=lambda event: (told[event.date], event.confidence or 0.0, _published(event)),
    )
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
    best.media = best.media or next((e.media for e in cluster if e.media), None)
    best.date_text = best.date_text or next((e.date_text for e in cluster if e.date_text), None)
    return best


def _published(event: Event) -> str:
    return max((source.published or "" for source in event.sources), default="")


def _union(lists: Iterable[list[str]]) -> list[str]:
    result: list[str] = []
    for items in lists:
        result.extend(item for item in items if item not in result)
    return result
