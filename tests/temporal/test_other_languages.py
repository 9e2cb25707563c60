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
            "de",
            "Am 20. Februar 2026 trat er zurück, letzte Woche hatte er gestern noch "
            "geschwiegen; im März 2026 soll gewählt werden.",
            {
                "20. Februar 2026": ("2026-02-20", False),
                "letzte Woche": ("2026-W07", True),
                "gestern": ("2026-02-20", True),
                "März 2026": ("2026-03", False),
            },
        ),
        (
            "fr",
            "Le sommet s'est tenu le 17 février 2026. La semaine dernière, il y a deux "
            "jours, le ministre a parlé vendredi; le mois prochain il partira.",
            {
                "17 février 2026": ("2026-02-17", False),
                "La semaine dernière": ("2026-W07", True),
                "il y a deux jours": ("2026-02-19", True),
                "vendredi": ("2026-02-20", True),
                "le mois prochain": ("2026-03", True),
            },
        ),
        (
            "es",
            "El 17 de febrero de 2026 y la semana pasada, ayer.",
            {
                "17 de febrero de 2026": ("2026-02-17", False),
                "la semana pasada": ("2026-W07", True),
                "ayer": ("2026-02-20", True),
            },
        ),
    ],
)
def test_words_read_by_dateparser(lang: str, sentence: str, expected: dict) -> None:
    found = spans(sentence, lang)
    assert {text: (s.value, s.relative) for text, s in found.items()} == expected


def test_precision_is_what_the_text_gave() -> None:
    found = spans("Im Mai wird gewählt, 2027 auch.", "de")
    assert (found["Mai"].value, found["Mai"].edtf) == ("2026-05", "2026-05")  # no day made up
    assert found["2027"].value == "2027"
    week = spans("La semaine dernière.", "fr")["La semaine dernière"]
    assert week.edtf == "2026-02-09/2026-02-15"


def test_not_dates() -> None:
    # An age, a span of time, a percentage, an abbreviation without its period.
    assert spans("Il a 35 ans et travaille pendant deux semaines.", "fr") == {}
    assert spans("Die Quote lag bei 2026 %, die Woche war lang.", "de") == {}


def test_language_without_any_data_gets_figures() -> None:
    found = spans("Signed 20.02.2026 at 14:30, filed 2026-02-19.", "xx")
    assert {t: s.value for t, s in found.items()} == {
        "20.02.2026": "2026-02-20",
        "14:30": "2026-02-20T14:30",
        "2026-02-19": "2026-02-19",
    }


def test_without_publication_date_only_absolute_dates() -> None:
    found = tag("Am 20. Februar 2026 trat er zurück, gestern und im Mai.", None, "de")
    assert [(s.text, s.value, s.relative) for s in found] == [
        ("20. Februar 2026", "2026-02-20", False)
    ]
