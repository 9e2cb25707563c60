"""Word forms of an inflected language, read by its analyser."""

from __future__ import annotations

from timeline.events.morphology import morphology


def test_only_a_language_whose_module_names_an_analyser_has_one() -> None:
    assert morphology("en") is None
    assert morphology("pl") is None  # no events module at all
    assert morphology("ru") is not None


def test_names_in_the_nominative_agree_in_case_gender_and_number() -> None:
    russian = morphology("ru")
    assert russian is not None
    cases = {
        "Киеве": "Киев",
        "Южной Корее": "Южная Корея",
        "Соединённых Штатах": "Соединённые Штаты",
        "Владимиром Зеленским": "Владимир Зеленский",
        "Дмитрия Пескова": "Дмитрий Песков",
        "Совета Безопасности": "Совет Безопасности",
        "Косиняк-Камышем": "Косиняк-Камыш",
        "НАТО": "НАТО",
    }
    for inflected, nominative in cases.items():
        assert " ".join(russian.dictionary_form(inflected.split())) == nominative


def test_a_name_whose_words_agree_in_no_case_stays_as_written() -> None:
    russian = morphology("ru")
    assert russian is not None
    # "Кая" reads only as a man's name in the genitive, "Каллас" as a woman's surname
    assert russian.dictionary_form(["Кая", "Каллас"]) == ["Кая", "Каллас"]
    assert russian.name_case(["Дмитрия", "Пескова"]) == "gent"


def test_a_capitalised_word_is_read_as_a_name_when_it_can_be_one() -> None:
    russian = morphology("ru")
    assert russian is not None
    assert russian.info("Песков").person  # a surname, not the sands ("песок")
    assert not russian.info("песков").person
    assert russian.info("проведут").tense == "future"
    assert russian.info("провели").tense == "past"
