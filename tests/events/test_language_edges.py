"""Spanish, French and Italian dates at the edge of a month or year ("entro
la fine del mese", "avant la fin du mois", "a finales de año") date an
expected event, and their prepositions leave the headline with them."""

from __future__ import annotations

import pytest

from timeline.documents import parse_document
from timeline.events.extract import events_from_document
from timeline.temporal import tag

CASES = [
    ("it", "Il consiglio regionale si trasferirà a Bari entro la fine del mese.",
     "Il consiglio regionale si trasferirà a Bari", "../2026-02", "expected"),
    ("it", "A fine gennaio la guardia costiera ha chiuso il porto di Ancona.",
     "La guardia costiera ha chiuso il porto di Ancona", "2026-01", "happened"),
    ("fr", "Le conseil municipal se réunira à Lille avant la fin du mois.",
     "Le conseil municipal se réunira à Lille", "../2026-02", "expected"),
    ("es", "El consejo municipal se reunirá en Vigo antes de fin de mes.",
     "El consejo municipal se reunirá en Vigo", "../2026-02", "expected"),
    ("es", "La comisión publicará el informe a finales de año.",
     "La comisión publicará el informe", "2026", "expected"),
    # German: a particle that stands with the date goes with it; a date a
    # participle at the end schedules stays.
    ("de", "Bereits im Januar hatte der Verband die Fähre zwei Tage lang stillgelegt.",
     "Der Verband hatte die Fähre zwei Tage lang stillgelegt", "2026-01", "happened"),
    ("de", "Die nächste Anhörung ist für den 12. März angesetzt.",
     "Die nächste Anhörung ist für den 12. März angesetzt", "2026-03-12", "expected"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "title", "date", "status"), CASES)
def test_an_edge_of_the_month_or_year_dates_the_event_and_leaves_the_headline(
    lang: str, sentence: str, title: str, date: str, status: str
) -> None:
    article = f"---\ntitle: Notizie\ndate: 2026-02-21\nlang: {lang}\n---\n{sentence}\n"
    document = parse_document(article, "a.md")
    timexes = tag(document.text, document.published, lang=lang)
    events = events_from_document(document, "articles/a.md", timexes)
    assert [(e.title, e.date, e.status) for e in events] == [(title, date, status)]


# A clause joined by "but" with a date of its own is an event of its own, as in
# English; a strong past ("hob … auf") keeps its weekday before publication.
CLAUSES = [
    ("it", "Giovedì il sindaco ha revocato il divieto, ma il giorno dopo la polizia "
           "ha chiuso il porto.",
     [("Il sindaco ha revocato il divieto", "2026-02-19"),
      ("La polizia ha chiuso il porto", "2026-02-20")]),
    ("fr", "Jeudi, le maire a levé l'interdiction, mais le lendemain la police a fermé le port.",
     [("Le maire a levé l'interdiction", "2026-02-19"),
      ("La police a fermé le port", "2026-02-20")]),
    ("es", "El jueves el alcalde levantó la prohibición, pero al día siguiente la policía "
           "cerró el puerto.",
     [("El alcalde levantó la prohibición", "2026-02-19"),
      ("La policía cerró el puerto", "2026-02-20")]),
    ("de", "Am Donnerstag hob der Bürgermeister das Verbot auf, aber am nächsten Tag "
           "schloss die Polizei den Hafen.",
     [("Der Bürgermeister hob das Verbot auf", "2026-02-19"),
      ("Die Polizei schloss den Hafen", "2026-02-20")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "expected"), CLAUSES)
def test_a_clause_after_but_with_its_own_date_is_an_event_of_its_own(
    lang: str, sentence: str, expected: list[tuple[str, str]]
) -> None:
    article = f"---\ntitle: Notizie\ndate: 2026-02-21\nlang: {lang}\n---\n{sentence}\n"
    document = parse_document(article, "a.md")
    timexes = tag(document.text, document.published, lang=lang)
    events = events_from_document(document, "articles/a.md", timexes)
    assert sorted((e.title, e.date) for e in events) == sorted(expected)
