"""An article's language: given by its front matter or page, by
``--lang``, or detected from its text."""

from __future__ import annotations

import datetime as dt

from timeline.documents import parse_document
from timeline.documents.language import detect_language, normalise_code

RUSSIAN = (
    "Министры обороны пяти стран встретились в пятницу в Кракове. Они обсудили совместные "
    "закупки систем противовоздушной обороны и помощь Украине.\n"
)
UKRAINIAN = (
    "Міністри оборони п'яти країн зустрілися в п'ятницю в Кракові. Вони обговорили спільні "
    "закупівлі систем протиповітряної оборони.\n"
)
SPANISH = (
    "Los ministros de Defensa de cinco países se reunieron el viernes en Cracovia. Hablaron "
    "de la compra conjunta de sistemas de defensa aérea y de la ayuda a Ucrania, que según "
    "ellos debe seguir creciendo este año.\n"
)


def test_an_article_that_names_no_language_is_read_in_the_one_it_is_written_in() -> None:
    for text, code in ((RUSSIAN, "ru"), (UKRAINIAN, "uk"), (SPANISH, "es")):
        document = parse_document(f"---\ntitle: x\n---\n{text}", "a.md")
        assert (document.lang, document.lang_from) == (code, "detected")


def test_a_russian_date_is_read_as_russian_without_lang_in_the_front_matter() -> None:
    from timeline.temporal import tag

    document = parse_document(
        "---\ndate: 2026-02-21\n---\n20 февраля министры обороны встретились в Кракове.\n",
        "a.md",
    )
    assert document.lang == "ru"
    dates = [t.edtf for t in tag(document.text, document.published, lang=document.lang)]
    assert dates == ["2026-02-20"]


def test_what_the_article_says_wins_then_the_option_then_detection() -> None:
    given = parse_document(f"---\nlang: ru-RU\n---\n{SPANISH}", "a.md", lang="de")
    assert (given.lang, given.lang_from) == ("ru", "article")
    page = parse_document(
        f'<html lang="ru"><body><article><p>{SPANISH * 3}</p></article></body></html>', "a.html"
    )
    assert (page.lang, page.lang_from) == ("ru", "article")
    option = parse_document(SPANISH, "a.txt", lang="ru")
    assert (option.lang, option.lang_from) == ("ru", "option")


def test_a_short_text_the_detector_is_unsure_of_stays_english() -> None:
    # "Apple unveils iPhone" reads as German to a detector that is not sure
    for text in ("Apple unveils iPhone", "Die Minister trafen sich am Freitag.", "2026"):
        document = parse_document(text, "a.txt", dt.date(2026, 3, 5))
        assert (document.lang, document.lang_from) == ("en", "default")
    assert detect_language("   12 345  ") is None


def test_a_front_matter_lang_that_is_no_code_is_reported_and_detected_instead() -> None:
    wrong = parse_document(f"---\nlang: Russian language\n---\n{RUSSIAN}", "a.md")
    assert wrong.lang == "ru"
    assert wrong.warnings == [
        "a.md:1: front matter lang 'Russian language' is no language code (write one such as "
        "en, ru, es); the language is detected instead"
    ]
    listed = parse_document(f"---\nlang: [ru, en]\n---\n{RUSSIAN}", "a.md")
    assert listed.lang == "ru"
    assert listed.warnings[0].startswith("a.md:1: front matter lang a list is no language code")


def test_language_codes_are_read_as_their_base_language() -> None:
    assert [normalise_code(code) for code in ("ru-RU", "RU", "pt_BR", " en ", "", None)] == [
        "ru",
        "ru",
        "pt",
        "en",
        None,
        None,
    ]
    assert normalise_code("russian language") is None
