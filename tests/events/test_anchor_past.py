"""A day named without its year (or week) and told in the past lies before
publication when the past verb of its clause governs it: "The coast guard
closed the port on March 3", in an article of Saturday 21 February 2026, is
3 March 2025 and happened. A date a noun, a plan or an infinitive owns may
still lie ahead, as may one in a clause in the present or the future."""

from __future__ import annotations

import pytest

from timeline.documents import parse_document
from timeline.events.extract import events_from_document
from timeline.temporal import tag


def dated(lang: str, sentence: str) -> list[tuple[str, str]]:
    """The date and status of each event of ``sentence``, as an article in
    ``lang`` published on Saturday 21 February 2026."""
    article = f"---\ntitle: News\ndate: 2026-02-21\nlang: {lang}\n---\n{sentence}\n"
    document = parse_document(article, "a.md")
    timexes = tag(document.text, document.published, lang=lang)
    events = events_from_document(document, "articles/a.md", timexes)
    return [(str(event.date), event.status) for event in events]


TOLD_IN_THE_PAST = [
    ("en", "The coast guard closed the port of Brindle on March 3."),
    ("en", "On March 3, the coast guard closed the port of Brindle."),
    ("en", "The ferry ran aground on March 3 and the harbour was shut."),
    ("es", "La guardia costera cerró el puerto de Vigo el 3 de marzo."),
    ("fr", "Les garde-côtes ont fermé le port de Brest le 3 mars."),
    ("it", "La guardia costiera ha chiuso il porto di Ancona il 3 marzo."),
    ("de", "Die Küstenwache sperrte den Hafen von Kiel am 3. März."),
    ("ru", "Береговая охрана закрыла порт Таганрога 3 марта."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence"), TOLD_IN_THE_PAST)
def test_a_day_told_in_the_past_is_the_one_before_publication(lang: str, sentence: str) -> None:
    assert dated(lang, sentence) == [("2025-03-03", "happened")]


def test_a_day_told_in_a_clause_after_the_main_one_is_placed_by_its_own_verb() -> None:
    sentence = (
        "The regatta was cancelled after a tanker hit the pier in Brindle on March 3, "
        "and the organisers apologised."
    )
    assert ("2025-03-03", "happened") in dated("en", sentence)


def test_a_reported_past_is_before_publication_and_the_saying_is_on_publication() -> None:
    sentence = "The harbour master said the port closed on March 3."
    assert sorted(dated("en", sentence)) == [("2025-03-03", "happened"), ("2026-02-21", "happened")]


STILL_AHEAD = [
    ("en", "Officials gave no reason for the March 12 deadline."),
    ("en", "The unions agreed to hold talks in Brindle on March 12."),
    ("en", "The union postponed the strike to March 12."),
    ("en", "The council set the vote for March 12."),
    ("en", "The vote was scheduled on March 12."),
    ("en", "The ferry company will resume sailings on March 12."),
    ("es", "La votación fue aplazada al 12 de marzo."),
    ("fr", "Le vote a été reporté au 12 mars."),
    ("it", "Il voto è stato rinviato al 12 marzo."),
    ("de", "Die Abstimmung wurde auf den 12. März verschoben."),
    ("ru", "Голосование было перенесено на 12 марта."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence"), STILL_AHEAD)
def test_a_day_a_noun_a_plan_or_the_future_owns_stays_ahead(lang: str, sentence: str) -> None:
    assert dated(lang, sentence) == [("2026-03-12", "expected")]


def test_days_from_one_to_another_told_in_the_past_are_the_ones_before_publication() -> None:
    assert dated("en", "Talks were held in Geneva between May 13 and May 15.") == [
        ("2025-05-13/2025-05-15", "happened")
    ]
    assert dated("en", "Talks will be held in Geneva between May 13 and May 15.") == [
        ("2026-05-13/2026-05-15", "expected")
    ]


def test_a_weekday_told_in_the_past_is_the_last_one_and_a_planned_one_the_next() -> None:
    assert dated("en", "The coast guard closed the port on Thursday night.") == [
        ("2026-02-19", "happened")
    ]
    assert dated("en", "The coast guard will close the port on Thursday.") == [
        ("2026-02-26", "expected")
    ]


def test_a_weekday_beside_the_date_keeps_the_year_it_fixes() -> None:
    """3 March 2026 is a Tuesday; 3 March 2025 was a Monday."""
    sentence = "The coast guard closed the port on Tuesday, March 3."
    assert dated("en", sentence) == [("2026-03-03", "expected")]


MONTH_TOLD_IN_THE_PAST = [
    ("en", "The club hired Milan Vidic as its coach in May."),
    ("en", "Milan Vidic was hired as the club's coach in early May."),
    ("en", "In May, the ferry company cut 300 jobs."),
    ("es", "El club contrató a Milan Vidic como entrenador en mayo."),
    ("fr", "Le club a engagé Milan Vidic comme entraîneur en mai."),
    ("it", "Il club ha ingaggiato Milan Vidic come allenatore a maggio."),
    ("de", "Der Verein verpflichtete Milan Vidic im Mai als Trainer."),
    ("ru", "Клуб нанял Милана Видича тренером в мае."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence"), MONTH_TOLD_IN_THE_PAST)
def test_a_month_told_in_the_past_is_the_one_before_publication(lang: str, sentence: str) -> None:
    """May is nearer ahead of 21 February 2026 than behind it, but a past verb
    that governs it means the May before."""
    assert dated(lang, sentence) == [("2025-05", "happened")]


MONTH_STILL_AHEAD = [
    "The ferry company will cut 300 jobs in May.",
    "The club postponed the vote to May.",
    "The vote was scheduled for May.",
    "The club agreed to hire a coach in May.",
]


@pytest.mark.parametrize("sentence", MONTH_STILL_AHEAD)
def test_a_month_the_future_or_a_plan_owns_stays_ahead(sentence: str) -> None:
    assert dated("en", sentence) == [("2026-05", "expected")]


GERMAN_STRONG_PAST = [
    "Die Küstenwache schloss den Hafen von Kiel am 3. März.",
    "Der Hafenmeister trat am 3. März zurück.",
    "Die Fähre sank am 3. März vor Kiel.",
    "Die Stadt erhielt am 3. März neue Fähren.",
]


@pytest.mark.parametrize("sentence", GERMAN_STRONG_PAST)
def test_a_german_strong_past_is_read_as_past(sentence: str) -> None:
    """ "schloss", "trat … zurück": a strong verb's past, with no weak ending."""
    assert dated("de", sentence) == [("2025-03-03", "happened")]
