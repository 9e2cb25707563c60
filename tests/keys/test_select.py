"""The key events: top events of the best days, editors' pins and drops."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline.keys import day_top_events, importance, key_day_count, key_days, key_events
from timeline.model import Event, Source


def reported(event_id: str, date: str, title: str, articles: int) -> Event:
    sources = [Source(article=f"{event_id}-{n}.md", published=date) for n in range(articles)]
    return Event(id=event_id, title=title, date=date, sources=sources)


def story() -> list[Event]:
    return [
        reported("big", "2026-01-25", "Protests begin in Tahrir Square", 9),
        reported("big-aside", "2026-01-25", "Internet cut off across Egypt", 6),
        reported("big-minor", "2026-01-25", "Shop closes early", 1),
        reported("mid", "2026-02-01", "Army says it will not fire", 5),
        reported("small", "2026-02-03", "Tourists leave Luxor", 1),
        reported("month", "2026-02", "Tourism falls", 12),
    ]


def test_the_best_days_hold_the_key_events() -> None:
    events = story()
    scores = importance(events, {})
    assert key_days(events, scores, 2) == [dt.date(2026, 1, 25), dt.date(2026, 2, 1)]
    chosen = [event.id for event in key_events(events, scores, 2)]
    # the minor event of a key day is not key: less than half its best
    assert chosen == ["big", "big-aside", "mid"]


def test_editors_pin_and_drop() -> None:
    events = story()
    events = [
        dataclasses.replace(event, key=True) if event.id == "small" else event for event in events
    ]
    events = [
        dataclasses.replace(event, key=False) if event.id == "big-aside" else event
        for event in events
    ]
    scores = importance(events, {})
    chosen = [event.id for event in key_events(events, scores, 1)]
    assert chosen == ["big", "small"]


def test_a_dropped_event_does_not_raise_its_day() -> None:
    events = story()
    events.append(reported("dropped", "2026-02-03", "Stadium collapses", 30))
    events[-1].key = False
    scores = importance(events, {})
    assert key_days(events, scores, 2) == [dt.date(2026, 1, 25), dt.date(2026, 2, 1)]


def test_a_day_whose_events_were_all_dropped_gives_its_place_to_the_next() -> None:
    events = [
        dataclasses.replace(event, key=False) if event.id.startswith("big") else event
        for event in story()
    ]
    scores = importance(events, {})
    assert key_days(events, scores, 1) == [dt.date(2026, 2, 1)]


def test_a_day_shows_its_top_events_once_each() -> None:
    events = [
        reported("a", "2026-01-25", "Protesters fill Tahrir Square", 8),
        reported("b", "2026-01-25", "Protesters fill Tahrir Square in Cairo", 7),
        reported("c", "2026-01-25", "Police fire tear gas", 6),
        reported("d", "2026-01-25", "Mubarak addresses the nation", 5),
        reported("e", "2026-01-25", "Stock exchange halts trading", 4),
    ]
    scores = importance(events, {})
    # "b" retells "a"; three at most
    assert [event.id for event in day_top_events(events, scores)] == ["a", "c", "d"]


def test_the_number_of_key_days_fits_the_story() -> None:
    assert key_day_count(0) == 0
    assert key_day_count(2) == 2
    assert key_day_count(100) == 20
    assert key_day_count(400) == 40


def test_a_day_with_headline_news_shows_only_it() -> None:
    """The statement every article of the day carries ("The Arab League
    called for restraint") gives way to the events articles' headlines
    report; a day without headline news still shows its best events."""
    headline = "Army seizes the main port in Aden"
    news = reported("news", "2026-03-02", "Army seizes main port in Aden", 4)
    news.sources = [dataclasses.replace(s, title=headline) for s in news.sources]
    statement = reported("statement", "2026-03-02", "Arab League calls for restraint", 9)
    statement.sources = [dataclasses.replace(s, title=headline) for s in statement.sources]
    events = [news, statement]
    scores = importance(events, {})
    assert scores.events["news"].headlines == 4
    assert scores.events["statement"].headlines == 0
    assert [event.id for event in day_top_events(events, scores)] == ["news"]
    quiet = [
        reported("a", "2026-03-03", "Talks resume", 4),
        reported("b", "2026-03-03", "Envoy lands", 3),
    ]
    assert [event.id for event in day_top_events(quiet, importance(quiet, {}))] == ["a", "b"]
