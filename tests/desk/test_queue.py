"""The review queue as pure functions: its order and each filter."""

from __future__ import annotations

from pathlib import Path

from timeline.desk.queue import Entry, Filters, select
from timeline.events.extract import SHOWN_CONFIDENCE
from timeline.keys import event_importance
from timeline.model import Event, Source


def entry(id: str, date: str, confidence: float | None, **fields: object) -> Entry:
    article = str(fields.pop("article", "articles/a.md"))
    event = Event(
        id=id,
        title=id.replace("-", " "),
        date=date,
        confidence=confidence,
        sources=[Source(article=article)],
        **fields,
    )  # type: ignore[arg-type]
    return Entry(event, Path(f"{id}.yaml"))


ENTRIES = [
    entry("low", "2026-02-20", 0.3),
    entry("high", "2026-03", 0.9),
    entry("done", "2026-02-21", 0.95, review="reviewed"),
    entry("later", "2027", 0.6, status="expected", article="articles/b.md"),
    entry("by-hand", "2026-02-17/2026-02-18", None),
]


def ids(filters: Filters) -> list[str]:
    return [item.event.id for item in select(ENTRIES, filters)]


ALL = Filters(min_confidence="")  # the control that shows what extraction doubts too


def test_waiting_events_come_first_the_most_confident_first():
    assert ids(ALL) == ["by-hand", "high", "later", "low"]
    assert ids(Filters(review="", min_confidence="")) == ["by-hand", "high", "later", "low", "done"]


def test_by_default_the_queue_shows_what_extraction_stands_behind():
    assert Filters().min_confidence == str(SHOWN_CONFIDENCE)
    assert ids(Filters()) == ["by-hand", "high", "later"]  # "low" (0.3) waits behind the control
    assert Filters.from_query({"min_confidence": [""]}) == ALL
    assert ALL.query() == "min_confidence="  # kept in the address, so the choice holds


def test_among_waiting_events_the_most_reported_come_first():
    reported = entry("reported", "2026-02-19", 0.4)
    reported.event.sources.extend(Source(article=f"articles/{n}.md") for n in range(4))
    entries = [Entry(item.event, item.path) for item in ENTRIES] + [reported]
    for item in entries:  # as the desk works it out, once the queue is open
        item.set_importance(event_importance(item.event).score)
    assert [item.event.id for item in select(entries, ALL)] == [
        "reported",
        "by-hand",
        "high",
        "later",
        "low",
    ]


def test_each_filter():
    assert ids(Filters(status="expected")) == ["later"]
    assert ids(Filters(article="b.md")) == ["later"]
    assert ids(Filters(date_from="2026-02-18", date_to="2026-02-28", min_confidence="")) == [
        "by-hand",
        "low",
    ]
    assert ids(Filters(date_from="2026-03-15")) == ["high", "later"]  # March meets it
    assert ids(Filters(min_confidence="0.5", max_confidence="0.8")) == ["later"]
    assert ids(Filters(q="HIGH")) == ["high"]
    ENTRIES[0].duplicate_of = "high"
    try:
        assert ids(Filters(warnings="1", min_confidence="")) == ["low"]
    finally:
        ENTRIES[0].duplicate_of = None


def test_filters_read_from_the_address_and_written_back():
    filters = Filters.from_query({"status": ["expected"], "review": ["nonsense"], "x": ["1"]})
    assert filters == Filters(status="expected")
    assert filters.query() == "status=expected"
    assert Filters.from_query({"review": [""]}).query(page="2") == "review=&page=2"
    assert ids(Filters(date_from="not a date")) == ids(Filters())
