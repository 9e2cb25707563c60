"""The same event told twice becomes one event with both sources."""

from __future__ import annotations

import datetime as dt

from timeline.documents import parse_document
from timeline.events.extract import events_from_document
from timeline.events.merge import merge_duplicates
from timeline.model import Event, Source
from timeline.temporal import tag


def events_of(name: str, text: str, published: dt.date = dt.date(2026, 3, 5)) -> list:
    doc = parse_document(text, name, published)
    return events_from_document(doc, f"articles/{name}", tag(doc.text, doc.published))


def test_one_event_told_by_three_articles_has_three_sources() -> None:
    told = [
        *events_of("a.txt", "Envoys of the two countries held talks in Tallinn on March 2-3."),
        *events_of("b.txt", "On March 3, the talks between the envoys in Tallinn ended."),
        *events_of("c.txt", "The latest talks of the envoys took place in Tallinn on March 2."),
        *events_of("d.txt", "A storm hit Tallinn on March 2, closing the port."),
    ]
    merged = merge_duplicates(told)
    assert len(merged) == 2
    talks, storm = merged
    assert [source.article for source in talks.sources] == [
        "articles/a.txt",
        "articles/b.txt",
        "articles/c.txt",
    ]
    assert talks.date == "2026-03-02/2026-03-03"
    assert [source.article for source in storm.sources] == ["articles/d.txt"]


def test_the_date_most_tellings_give_dates_the_merged_event() -> None:
    """ "Last weekend" and "early Sunday" agree; three reports say Sunday."""
    told = [
        *events_of("a.txt", "The striker was arrested last weekend in Leeds.", dt.date(2026, 3, 6)),
        *events_of("b.txt", "The striker was arrested early Sunday in Leeds."),
        *events_of("c.txt", "The striker was arrested in Leeds early on Sunday."),
        *events_of("d.txt", "Police arrested the striker in Leeds on Sunday morning."),
    ]
    merged = merge_duplicates(told)
    assert len(merged) == 1
    assert merged[0].date == "2026-03-01"
    assert len(merged[0].sources) == 4


def test_different_dates_stay_apart() -> None:
    told = [
        *events_of("a.txt", "Envoys held talks in Tallinn on March 2."),
        *events_of("b.txt", "Envoys held talks in Tallinn on March 20."),
    ]
    assert len(merge_duplicates(told)) == 2


def test_expected_then_reported_as_happened_is_one_event_that_happened() -> None:
    told = [
        *events_of("a.txt", "Envoys will hold talks in Tallinn on March 2.", dt.date(2026, 3, 1)),
        *events_of("b.txt", "Envoys held talks in Tallinn on March 2."),
    ]
    assert [event.status for event in told] == ["expected", "happened"]
    (merged,) = merge_duplicates(told)
    assert merged.status == "happened"
    assert len(merged.sources) == 2


def test_within_one_article_a_repeated_event_is_folded_too() -> None:
    text = (
        "Defence ministers met in Riga on March 3. The ministers were joined by envoys. "
        "The meeting of the defence ministers took place in Riga."
    )
    merged = merge_duplicates(events_of("a.txt", text))
    riga = [event for event in merged if "Riga" in event.places]
    assert len(riga) == 1
    assert len(riga[0].sources) == 2
    assert riga[0].date == "2026-03-03"


def test_two_clauses_of_one_sentence_stay_two_events() -> None:
    told = events_of(
        "a.txt",
        "Talks ended in Oslo on Tuesday. Norwegian diplomats, who hosted this week's talks "
        "in Oslo, said they were ready to host the next talks in Oslo.",
    )
    assert len(merge_duplicates(told)) == len(told) == 3


def test_days_that_overlap_across_a_months_end_are_one_event() -> None:
    def told(article: str, date: str, title: str) -> Event:
        source = Source(article=f"articles/{article}", quote=f"{title}.")
        return Event(id=article, title=title, date=date, sources=[source], places=["Tallinn"])

    merged = merge_duplicates(
        [
            told("a.txt", "2026-02-27/2026-03-02", "Envoys hold talks in Tallinn"),
            told("b.txt", "2026-03-01", "Talks of the envoys in Tallinn go on"),
            told("c.txt", "2026-03-04", "Talks of the envoys in Tallinn go on"),
        ]
    )
    assert [[source.article for source in event.sources] for event in merged] == [
        ["articles/a.txt", "articles/b.txt"],
        ["articles/c.txt"],
    ]
