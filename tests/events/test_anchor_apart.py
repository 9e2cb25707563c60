""" "Three days after the escape", "two months before the vote": an event
named by its words, so long before or after it, is dated by that span
counted from the event's own date, at the precision the unit gives."""

from __future__ import annotations

import pytest

from timeline.documents import parse_document
from timeline.events.extract import events_from_document
from timeline.temporal import tag

LEAD = "Two inmates escaped from the Brindle county jail on Nov. 30."


def dated(sentence: str) -> str:
    """The date of the event ``sentence`` tells after ``LEAD``, in an article
    published on 12 January 2010."""
    article = f"---\ntitle: News\ndate: 2010-01-12\n---\n{LEAD} {sentence}\n"
    document = parse_document(article, "a.md")
    timexes = tag(document.text, document.published, lang="en")
    events = events_from_document(document, "articles/a.md", timexes)
    return next(str(e.date) for e in events if e.sources[0].quote == sentence)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Guards found a pistol three days after the escape.", "2009-12-03"),
        ("The warden had been warned two weeks before the escape.", "2009-11-16"),
        ("The jail changed its rules two months before the escape.", "2009-09"),
        ("A year after the escape, the jail was closed.", "2010"),
        ("Police searched the woods 10 days after the escape.", "2009-12-10"),
    ],
)
def test_a_span_before_or_after_a_named_event_counts_from_its_date(
    sentence: str, date: str
) -> None:
    assert dated(sentence) == date


def test_days_with_no_count_after_an_event_are_that_event_onwards() -> None:
    """ "In the days following the escape" gives no count: the escape's day."""
    assert dated("In the days following the escape, police searched the woods.") == "2009-11-30"


def test_a_clause_after_before_or_after_is_no_event_named_by_its_words() -> None:
    """ "Three weeks after the inmates escaped from the jail" is a clause
    whose words only resemble the escape's: no span is counted from its day."""
    sentence = "Three weeks after the inmates escaped from the jail, the warden resigned."
    assert dated(sentence) != "2009-12-21"
