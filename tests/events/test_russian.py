"""Russian end to end: articles written for these tests, extracted by the
real ``timeline extract`` command, give the events a Russian editor would
want, with their dates, status, places and actors (as the seed's checks do
for the English seed)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events.conftest import ARTICLES, extract_written, missing
from timeline.documents import load_document, parse_document
from timeline.events.extract import events_from_document
from timeline.events.lang import language
from timeline.events.sentence import grammar
from timeline.events.title import is_sound
from timeline.model import Event
from timeline.temporal import tag


@pytest.fixture(scope="module")
def krakow(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[Event]]:
    return extract_written("ru-krakow.expected.yaml", tmp_path_factory.mktemp("ru"))


def _described(events: list[Event]) -> str:
    return "\n".join(f"{e.date} {e.status} {e.title} {e.places} {e.actors}" for e in events)


def test_every_must_find_event_with_its_date_status_places_and_actors(
    krakow: tuple[dict, list[Event]],
) -> None:
    expected, events = krakow
    lost = missing(expected, events)
    assert not lost, f"{lost} not found in:\n{_described(events)}"


def test_no_misread_years(krakow: tuple[dict, list[Event]]) -> None:
    expected, events = krakow
    years = {event.date[:4] for event in events}
    assert not years & {str(year) for year in expected["must_not_find_years"]}


def test_places_and_actors_are_in_their_dictionary_form(krakow: tuple[dict, list[Event]]) -> None:
    _expected, events = krakow
    places = {place for event in events for place in event.places}
    actors = {actor for event in events for actor in event.actors}
    assert {"Kraków", "Geneva", "Kyiv", "Brussels", "Abu Dhabi"} <= places
    assert "Дмитрий Песков" in actors
    inflected = {"Киеве", "Кракове", "Женеве", "Кремля Дмитрий Песков", "Виктором Орбаном"}
    assert not (places | actors) & inflected


def _extract(text: str, published: dt.date = dt.date(2026, 3, 14)) -> list[Event]:
    doc = parse_document(f"---\nlang: ru\n---\n{text}\n", "ru.md", published)
    return events_from_document(doc, "articles/ru.md", tag(doc.text, doc.published, lang="ru"))


def _titles(text: str, published: dt.date = dt.date(2026, 3, 14)) -> list[tuple[str, str]]:
    return [(event.date, event.title) for event in _extract(text, published)]


def test_a_russian_headline_leaves_out_the_dateline_and_the_framing_words() -> None:
    assert _titles("МОСКВА, 12 марта — Министры обороны встретились в Кракове.") == [
        ("2026-03-12", "Министры обороны встретились в Кракове")
    ]
    assert _titles("Напомним, 2 марта Владимир Путин провел совещание с правительством.") == [
        ("2026-03-02", "Владимир Путин провел совещание с правительством")
    ]
    assert _titles("По его словам, 10 марта стороны договорились продолжить консультации.") == [
        ("2026-03-10", "Стороны договорились продолжить консультации")
    ]
    framed = "Как сообщает агентство ТАСС, 11 марта в Женеве завершился раунд переговоров."
    assert _titles(framed) == [("2026-03-11", "В Женеве завершился раунд переговоров")]


def test_a_russian_headline_leaves_out_attributions_and_relative_clauses() -> None:
    said = "Делегации провели консультации в Женеве 11 марта, — заявил Дмитрий Песков."
    assert _titles(said) == [("2026-03-11", "Делегации провели консультации в Женеве")]
    where = "Министры встретились в Кракове 13 марта, где обсудили закупки систем ПВО."
    assert _titles(where) == [("2026-03-13", "Министры встретились в Кракове")]
    reported = "Как ожидается, 16 марта Совет ЕС утвердит пакет санкций, сообщает агентство ТАСС."
    assert _titles(reported) == [("2026-03-16", "Совет ЕС утвердит пакет санкций")]


def test_a_report_of_what_is_to_come_gives_the_announcement_and_the_event() -> None:
    text = "Мэр Сергей Собянин объявил в четверг, что новая станция метро откроется 25 марта."
    events = _extract(text)
    assert [(e.date, e.status, e.title) for e in events] == [
        ("2026-03-12", "happened", "Мэр Сергей Собянин объявил, что новая станция метро откроется"),
        ("2026-03-25", "expected", "Новая станция метро откроется"),
    ]


def test_plans_forecasts_and_the_future_tense_are_expected() -> None:
    # all in the month of publication: the date alone does not say it is still to come
    plans = {
        "Министр финансов планирует посетить Берлин в марте.": "expected",
        "Ожидается, что в марте министры соберутся в Брюсселе.": "expected",
        "В марте правительство проведет заседание по бюджету.": "expected",
        "В марте правительство провело заседание по бюджету.": "happened",
    }
    for text, status in plans.items():
        [event] = _extract(text)
        assert (event.date, event.status) == ("2026-03", status), text
    [framed] = _extract("Ожидается, что в марте министры соберутся в Брюсселе.")
    assert framed.title == "Министры соберутся в Брюсселе"


def test_a_pronoun_that_opens_a_russian_headline_is_the_person_named_before() -> None:
    text = (
        "Как сообщил вице-премьер Андрей Белоусов, 10 марта завод начал выпуск двигателей. "
        "Он также отметил, что 12 марта завод посетила делегация из Индии."
    )
    titles = [title for _date, title in _titles(text)]
    assert titles[0] == "Завод начал выпуск двигателей"
    assert titles[1].startswith("Андрей Белоусов отметил, что")


def test_a_russian_date_that_is_scheduled_stays_in_the_headline() -> None:
    text = "Первоначально открытие стадиона планировалось на декабрь 2025 года."
    assert _titles(text) == [
        ("2025-12", "Первоначально открытие стадиона планировалось на декабрь 2025 года")
    ]


def test_russian_cues_sink_quotes_opinions_and_negations() -> None:
    [event] = _extract("Министр считает, что 10 марта переговоры прошли успешно.")
    [quote] = _extract("«Мы подписали договор 10 марта», — сказал министр журналистам.")
    [denied] = _extract("Кремль не комментировал 10 марта сообщения о переговорах.")
    [plain] = _extract("Министры подписали договор о закупках 10 марта в Варшаве.")
    assert plain.confidence is not None and plain.confidence >= 0.9
    for sunk in (event, quote, denied):
        assert sunk.confidence is not None and sunk.confidence < 0.5, sunk.title
    assert plain.tags == ["diplomacy", "politics"]  # "договор", "министр"


def _article(name: str) -> list[Event]:
    doc = load_document(ARTICLES / name)
    return events_from_document(doc, f"articles/{name}", tag(doc.text, doc.published, doc.lang))


def test_a_datelines_date_gives_way_to_the_sentences_own() -> None:
    events = {event.title: event for event in _article("ru-flood.md")}
    dam = events["Вода прорвала дамбу на реке Урал"]  # "ОРЕНБУРГ, 12 апреля — … в пятницу вечером"
    assert dam.date == "2026-04-10"
    assert dam.actors == ["МЧС России"]  # no "Вода", no river "Урал"
    governor = next(event for event in events.values() if event.title.startswith("Губернатор"))
    assert governor.title.endswith("ввел в регионе режим чрезвычайной ситуации")
    assert (governor.date, governor.actors) == ("2026-04-11", ["Денис Паслер"])
    commission = events["Правительственная комиссия проведет заседание"]
    assert (commission.date, commission.status) == ("2026-04-15", "expected")


def test_an_announced_opening_is_expected_on_its_day() -> None:
    events = _article("ru-metro.md")
    opening = [event for event in events if event.date == "2026-04-25"]
    assert [(event.status, event.title) for event in opening] == [
        ("expected", "Новый участок Большой кольцевой линии метро откроется")
    ]
    assert "Сергей Собянин" in opening[0].actors


def test_a_russian_headline_without_a_predicate_or_with_a_bare_pronoun_is_not_sound() -> None:
    russian = grammar(language("ru"))
    for sound in ("Строительство трех станций завершено", "Кремль намерен раскрыть детали"):
        assert is_sound(sound, russian), sound
    for unsound in ("Следующий этап строительства", "Он заявил об этом"):
        assert not is_sound(unsound, russian), unsound


def test_participial_phrases_leave_a_russian_headline() -> None:
    assert _titles("Переговоры, прошедшие в Женеве, завершились 11 марта без результата.") == [
        ("2026-03-11", "Переговоры завершились без результата")
    ]
    enclosed = (
        "Комиссия 11 марта сообщила, что жалоб на нарушения, способных повлиять на результат "
        "голосования в трех округах области, не поступало."
    )
    assert _titles(enclosed) == [
        ("2026-03-11", "Комиссия сообщила, что жалоб на нарушения не поступало")
    ]
    assert _titles("Министр выступил в Совете 11 марта, отметив рост расходов.") == [
        ("2026-03-11", "Министр выступил в Совете")
    ]


def test_they_in_a_russian_headline_is_the_subject_named_before() -> None:
    text = (
        "Министры иностранных дел стран ШОС провели встречу 28 февраля в Бишкеке. "
        "Они согласовали проект декларации 1 марта."
    )
    assert _titles(text)[1] == (
        "2026-03-01",
        "Министры иностранных дел стран ШОС согласовали проект декларации",
    )


def test_an_announcing_verb_after_the_news_is_its_attribution() -> None:
    text = "Саммит пройдет в Бишкеке 14 апреля, объявил во вторник МИД Киргизии."
    assert _titles(text) == [("2026-04-14", "Саммит пройдет в Бишкеке")]


def test_a_long_russian_report_is_never_cut_before_what_is_reported() -> None:
    text = (
        "Главный тренер клуба Сергей Семак заявил после матча 10 марта, что команда проведет "
        "последние туры чемпионата в оптимальном составе."
    )
    [(_date, title)] = _titles(text)
    assert title.startswith("Главный тренер клуба Сергей Семак заявил после матча, что команда")
