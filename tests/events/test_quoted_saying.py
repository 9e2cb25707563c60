"""A quote with its speaker named after it ('"We will not leave," Dana
Orlov said') tells a saying: an event dated as the saying verb's tense
says, kept for the editor below the shown confidence however little the
quoted words themselves report. A quote with no speaker tells none."""

from __future__ import annotations

from timeline.documents import parse_document
from timeline.events.extract import MIN_CONFIDENCE, SHOWN_CONFIDENCE, events_from_document
from timeline.temporal import tag

LEAD = "Floods cut the town of Brindle off from the coast road on Monday."


def events(body: str) -> list[tuple[str, str, float, str]]:
    """Date, status, confidence and quote of each event of ``body``, in an
    article published on Wednesday 4 March 2026."""
    article = f"---\ntitle: News\ndate: 2026-03-04\n---\n{body}\n"
    document = parse_document(article, "a.md")
    timexes = tag(document.text, document.published, lang="en")
    found = events_from_document(document, "articles/a.md", timexes)
    return [(str(e.date), e.status, e.confidence, e.sources[0].quote) for e in found]


def test_a_quote_said_by_a_named_speaker_is_a_saying_on_the_day_in_focus() -> None:
    quote = '"I saw the water come into the houses and we had to leave," said Dana Orlov, a nurse.'
    saying = [event for event in events(f"{LEAD} {quote}") if event[3] == quote]
    assert [(date, status) for date, status, _, _ in saying] == [("2026-03-02", "happened")]
    assert MIN_CONFIDENCE <= saying[0][2] < SHOWN_CONFIDENCE


def test_a_quote_in_the_future_said_in_the_present_is_said_on_publication() -> None:
    quote = '"We will rebuild the bridge before the winter," the mayor of Brindle says.'
    assert [event[:2] for event in events(f"{LEAD} {quote}") if event[3] == quote] == [
        ("2026-03-04", "happened")
    ]


def test_a_speaker_after_a_name_and_a_title_still_says_it() -> None:
    quote = '"It is painful to see the town like this," council leader Mara Lind said on a call.'
    assert [event[:2] for event in events(f"{LEAD} {quote}") if event[3] == quote] == [
        ("2026-03-02", "happened")
    ]


def test_a_quote_with_no_speaker_is_no_event() -> None:
    quote = '"Many people were hurt, and it is hard to reach them on these roads."'
    assert [event for event in events(f"{LEAD} {quote}") if event[3] == quote] == []
