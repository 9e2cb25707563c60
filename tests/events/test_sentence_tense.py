"""The tense of a clause in the languages that make a past with "to be":
French and Italian "est arrivé", "si è dimesso", "è stato eletto", "ont été
tués" are pasts that happened, not states in the present, so the events they
tell are shown to editors; "is closed" stays a state in every language."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.documents import parse_document
from timeline.events.cues import Cues
from timeline.events.extract import SHOWN_CONFIDENCE, events_from_document
from timeline.events.lang import language
from timeline.events.sentence import annotate
from timeline.temporal import tag

PASTS = [
    ("it", "L'inviato Marco Bellini si è dimesso il 2 luglio."),
    ("it", "Almeno venti persone sono state uccise sabato nel villaggio."),
    ("it", "Le prime proteste sono scoppiate a Bari nel maggio 2024."),
    ("it", "Il sindaco è fuggito in Svizzera mercoledì."),
    ("it", "Il nuovo rettore è stato eletto il 3 maggio."),
    ("it", "Il viadotto è crollato il 14 agosto."),
    ("fr", "La ministre s'est rendue à Lyon mardi."),
    ("fr", "Six pompiers ont été blessés lundi."),
    ("fr", "Le président est arrivé à Nantes le 3 mai."),
    ("fr", "Les manifestants sont entrés dans la mairie jeudi."),
    ("es", "Los mineros han sido rescatados el lunes."),
]
STATES = [
    ("it", "Il museo è chiuso il lunedì."),
    ("it", "Il 2024 è stato un anno difficile per il porto."),
    ("fr", "Le musée est fermé le lundi."),
    ("en", "The museum is closed on Mondays."),
]


@pytest.mark.parametrize(("lang", "text"), PASTS)
def test_a_past_made_with_to_be_is_a_past_that_happened(lang: str, text: str) -> None:
    annotation = annotate(text, (), language(lang))
    cues = Cues(text, annotation)
    assert (annotation.tense, cues.past, cues.state) == ("past", True, False)


@pytest.mark.parametrize(("lang", "text"), STATES)
def test_to_be_with_an_adjective_or_a_noun_is_no_past_event(lang: str, text: str) -> None:
    annotation = annotate(text, (), language(lang))
    assert annotation.tense != "past" or Cues(text, annotation).state


def test_an_italian_resignation_is_shown_to_editors_at_its_day() -> None:
    article = (
        "---\ntitle: Crisi al porto\ndate: 2024-07-10\nlang: it\n---\n"
        "L'inviato Marco Bellini si è dimesso il 2 luglio, dopo il fallimento del piano.\n"
    )
    document = parse_document(article, "porto.md")
    timexes = tag(document.text, document.published, lang="it")
    events = events_from_document(document, "articles/porto.md", timexes)
    (event,) = [e for e in events if "dimesso" in e.title]
    assert event.date == "2024-07-02"
    assert event.confidence is not None and event.confidence >= SHOWN_CONFIDENCE
    assert dt.date.fromisoformat(event.date) < dt.date(2024, 7, 10)
