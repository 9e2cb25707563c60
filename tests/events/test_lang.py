"""The extractor's vocabulary is data, one module per language."""

from __future__ import annotations

from timeline.events.lang import ENGLISH, english, fallback_notice, language, languages, words
from timeline.events.sentence import annotate
from timeline.events.title import make_title


def test_english_comes_first_and_others_are_found_by_their_module() -> None:
    codes = [language.__name__.rsplit(".", 1)[-1] for language in languages()]
    assert codes[0] == "en"
    assert "ru" in codes


def test_names_are_read_from_every_language_but_headline_words_from_its_own() -> None:
    assert {"the", "в"} <= words("FUNCTION_WORDS")  # an article quotes names from others
    assert "в" not in english("DANGLING")
    assert "an" in english("DANGLING")


def test_a_german_verb_keeps_its_particle_at_the_end_of_a_headline() -> None:
    """English "an" and "am" are no words a German headline ends without:
    "kündigte … an" is one verb."""
    text = "Der Minister kündigte am Freitag neue Hilfen an."
    start = text.index("am Freitag")
    title = make_title(annotate(text, [(start, start + 10)], language("de")))
    assert title == "Der Minister kündigte neue Hilfen an"


def test_an_english_headline_still_ends_on_no_dangling_word() -> None:
    text = "The minister arrived in Riga on Friday with an"
    start = text.index("on Friday")
    assert make_title(annotate(text, [(start, start + 9)])) == "Minister arrives in Riga"


def test_a_language_module_holds_data_only() -> None:
    for module in languages():
        for name in dir(module):
            if name.isupper():
                assert isinstance(getattr(module, name), str | int | tuple | dict), name
    assert "said" in ENGLISH.REPORTING


def test_a_russian_date_goes_out_of_a_headline_with_its_preposition() -> None:
    text = "Министры встретились в Осло в понедельник"
    start = text.index("понедельник")
    title = make_title(annotate(text, [(start, len(text))], language("ru")))
    assert title == "Министры встретились в Осло"


def test_an_article_is_read_with_its_own_language_module_or_english_said_once() -> None:
    assert language("ru-RU").NAME == "ru"
    assert language("fi") is ENGLISH
    assert fallback_notice("ru") is None
    assert fallback_notice("en") is None
    notice = fallback_notice("fi") or ""
    assert notice.startswith(
        "note: no event rules for language 'fi' (timeline has en, de, es, fr, it, ru)"
    )
    assert notice.endswith("their headlines, places and actors with the English rules")
