"""One rule carries a sentence's subject forward in every language: a
pronoun that opens a clause stands for the latest subject, or person named,
that agrees with it, by the language module's pronouns and, where the
language has one, its analyser."""

from __future__ import annotations

import datetime as dt

from timeline.documents import parse_document
from timeline.events.actors import name_runs, person_words
from timeline.events.extract import events_from_document
from timeline.events.lang import language
from timeline.events.referents import BODY, GROUP, PERSON, Referents
from timeline.events.sentence import annotate
from timeline.temporal import tag


def _titles(text: str, lang: str) -> list[str]:
    doc = parse_document(f"---\nlang: {lang}\n---\n{text}\n", f"{lang}.md", dt.date(2026, 3, 14))
    events = events_from_document(
        doc, f"articles/{lang}.md", tag(doc.text, doc.published, lang=lang)
    )
    return [event.title for event in events]


def _resolved(sentences: list[tuple[str, list[str]]], lang: str = "en") -> str | None:
    """Whom the pronoun opening the last sentence stands for, after the
    others (each with the names it gives) were told."""
    module = language(lang)
    text = " ".join(sentence for sentence, _names in sentences)
    people = person_words([name_runs(sentence) for sentence, _names in sentences])
    referents = Referents(text, people, module)
    for sentence, names in sentences[:-1]:
        annotation = annotate(sentence, language=module)
        referents.note(annotation.subject(names), annotation, names)
    return referents.resolve(annotate(sentences[-1][0], language=module))


def test_without_an_analyser_only_a_subject_is_taken_for_a_person() -> None:
    """In English a capitalised pair is as often a street as a person: the
    next "he" is the subject told, never "Albany Ave"."""
    told = [
        ("Officer Tom Brown arrived on Friday.", ["Tom Brown"]),
        ("Police said the shooting happened near Albany Ave on Friday.", ["Police", "Albany Ave"]),
        ("He was taken to hospital.", []),
    ]
    assert _resolved(told) == "Tom Brown"


def test_the_subject_comes_before_a_person_it_met() -> None:
    told = [
        ("Mayor Anna Smith met the council on Friday.", ["Anna Smith"]),
        ("She announced a new budget.", []),
    ]
    assert _resolved(told) == "Anna Smith"


def test_the_russian_analyser_tells_persons_plurals_and_genders() -> None:
    referents = Referents("", (), language("ru"))
    assert referents.kind("Андрей Белоусов") == PERSON
    assert referents.kind("Министры обороны") == GROUP
    told = [
        ("Как сообщил Андрей Белоусов, завод начал выпуск двигателей.", ["Андрей Белоусов"]),
        ("Она отметила, что делегация приедет.", []),
    ]
    assert _resolved(told, "ru") is None  # "Она" is no Андрей
    told[-1] = ("Он отметил, что делегация приедет.", [])
    assert _resolved(told, "ru") == "Андрей Белоусов"


def test_a_spanish_or_italian_pronoun_is_the_person_named_before() -> None:
    spanish = _titles(
        "El presidente Pedro Sánchez visitó Valencia el 10 de marzo. "
        "Él anunció el 12 de marzo un plan de ayudas para los agricultores.",
        "es",
    )
    assert spanish[1].startswith("Pedro Sánchez anunció"), spanish
    italian = _titles(
        "Il ministro Guido Crosetto ha visitato Napoli il 10 marzo. "
        "Lui ha annunciato il 12 marzo nuovi fondi per la regione.",
        "it",
    )
    assert italian[1].startswith("Guido Crosetto ha annunciato"), italian


def test_a_name_written_after_an_article_is_a_body_not_a_person() -> None:
    """ "the Jordan" (a team, a river) is no person; "Jordan" alone, or
    only inside a longer word after an article, still is; the article may
    be in any case, with any spaces, and the letters match as a pattern
    ignoring case would ("K", the Kelvin sign, is "k")."""
    english = language("en")

    def kind(text: str, name: str) -> str:
        return Referents(text, {name}, english).kind(name)

    assert kind("Fans cheered THE  Jordan on Friday.", "Jordan") == BODY
    assert kind("The water of the Jordan.", "Jordan") == BODY
    assert kind("Fans cheered Jordan.", "Jordan") == PERSON
    assert kind("Fans cheered the Jordanians.", "Jordan") == PERSON
    assert kind("They sailed on the \u212aent.", "Kent") == BODY


def test_a_name_after_a_preposition_is_not_the_subject_it_qualifies() -> None:
    titles = _titles(
        "Ana Brill of the Harbour Watch Unit said on Monday that the ferry had been "
        "towed to port. She thanked the crew of the tug on Tuesday.",
        "en",
    )
    assert "Ana Brill thanks crew of tug" in titles


def test_a_person_a_speaker_reports_on_is_the_latest_person() -> None:
    titles = _titles(
        "Coach Milan Vidic was hired in May. Club president Hana Rossi said on Monday that "
        "Vidic had signed a new contract. He led the team to the title in 2025.",
        "en",
    )
    assert "Vidic leads team to title" in titles


def test_a_russian_pronoun_stands_for_a_body_of_its_grammatical_gender() -> None:
    titles = _titles(
        "Компания «Ростех» открыла в понедельник новый завод в Казани. "
        "Она также подписала во вторник контракт с Индией.",
        "ru",
    )
    assert "Компания Ростех подписала контракт с Индией" in titles
    titles = _titles(
        "Госдума приняла в среду закон о связи. Она также одобрила в четверг бюджет.", "ru"
    )
    assert "Госдума одобрила бюджет" in titles
