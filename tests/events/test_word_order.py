"""Spanish, Italian and French may put the subject after its verb once a
date opens the sentence ("El domingo murieron 80 personas"): the headline
drops the date and puts the subject first, as a headline writer would; a
date that is itself the subject stays ("El domingo fue elegido…")."""

from __future__ import annotations

import pytest

from timeline.documents import parse_document
from timeline.events.extract import events_from_document
from timeline.temporal import tag

CASES = [
    ("es", "El pasado 3 de marzo comenzaron las obras en Vigo.",
     "Las obras comenzaron en Vigo", "2026-03-03"),
    ("es", "El domingo murieron 12 personas en un incendio en Lugo.",
     "12 personas murieron en un incendio en Lugo", "2026-08-02"),
    ("es", "El lunes comenzó el juicio del exalcalde en Sevilla.",
     "El juicio del exalcalde comenzó en Sevilla", "2026-08-03"),
    ("es", "El domingo fue elegido como día de la votación.",
     "El domingo fue elegido como día de la votación", "2026-08-02"),
    ("it", "Lo scorso 17 luglio era cominciata la protesta a Bari.",
     "La protesta era cominciata a Bari", "2026-07-17"),
    ("it", "Ieri è stato approvato il bilancio del comune di Lecce.",
     "Il bilancio del comune di Lecce è stato approvato", "2026-08-03"),
    ("fr", "Le 17 juillet a commencé la grève à Rennes.",
     "La grève a commencé à Rennes", "2026-07-17"),
    ("fr", "Le 3 septembre sera présenté le nouveau plan de relance.",
     "Le nouveau plan de relance sera présenté", "2026-09-03"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "title", "date"), CASES)
def test_the_subject_after_an_opening_date_goes_first_in_the_headline(
    lang: str, sentence: str, title: str, date: str
) -> None:
    article = f"---\ntitle: Notizie\ndate: 2026-08-04\nlang: {lang}\n---\n{sentence}\n"
    document = parse_document(article, "a.md")
    timexes = tag(document.text, document.published, lang=lang)
    events = events_from_document(document, "articles/a.md", timexes)
    assert [(e.title, e.date) for e in events] == [(title, date)]
