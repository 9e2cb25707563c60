"""Languages without rules of their own: figures by the
language-independent rules, words found with dateparser's data and parsed
by dateparser at the precision the text gave."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import Timex, tag

PUBLISHED = dt.date(2026, 2, 21)  # a Saturday


def spans(text: str, lang: str) -> dict[str, Timex]:
    found = tag(text, PUBLISHED, lang)
    for span in found:
        assert text[span.start : span.end] == span.text
    return {span.text: span for span in found}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "nl",
            "Op 20 februari 2026 trad hij af, vorige week had hij gisteren nog gezwegen; "
            "in maart 2026 wordt gestemd.",
            {
                "20 februari 2026": ("2026-02-20", False),
                "vorige week": ("2026-W07", True),
                "gisteren": ("2026-02-20", True),
                "maart 2026": ("2026-03", False),
            },
        ),
        (
            "pt",
            "A cimeira realizou-se a 17 de fevereiro de 2026. Na semana passada o ministro "
            "falou na sexta-feira; no próximo mês ele vai partir.",
            {
                "17 de fevereiro de 2026": ("2026-02-17", False),
                "semana passada": ("2026-W07", True),
                "sexta-feira": ("2026-02-20", True),
                "próximo mês": ("2026-03", True),
            },
        ),
    ],
)
def test_words_read_by_dateparser(lang: str, sentence: str, expected: dict) -> None:
    found = spans(sentence, lang)
    assert {text: (s.value, s.relative) for text, s in found.items()} == expected


def test_precision_is_what_the_text_gave() -> None:
    found = spans("In mei wordt gestemd, 2027 ook.", "nl")
    assert (found["mei"].value, found["mei"].edtf) == ("2026-05", "2026-05")  # no day made up
    assert found["2027"].value == "2027"
    week = spans("A semana passada.", "pt")["semana passada"]
    assert week.edtf == "2026-02-09/2026-02-15"


def test_not_dates() -> None:
    # An age, a span of time, a percentage, an abbreviation without its period.
    assert spans("Tem 35 anos e trabalha durante duas semanas.", "pt") == {}
    assert spans("Het percentage lag op 2026 %, de week was lang.", "nl") == {}


def test_language_without_any_data_gets_figures() -> None:
    found = spans("Signed 20.02.2026 at 14:30, filed 2026-02-19.", "xx")
    assert {t: s.value for t, s in found.items()} == {
        "20.02.2026": "2026-02-20",
        "14:30": "2026-02-20T14:30",
        "2026-02-19": "2026-02-19",
    }


def test_without_publication_date_only_absolute_dates() -> None:
    found = tag("Op 20 februari 2026 trad hij af, gisteren en in mei.", None, "nl")
    assert [(s.text, s.value, s.relative) for s in found] == [
        ("20 februari 2026", "2026-02-20", False)
    ]
