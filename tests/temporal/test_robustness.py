"""The tagger never fails, whatever the text: spans are in bounds, in order,
and every value is one the TimeML and EDTF readers accept."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import parse_edtf
from timeline.temporal import tag

WORDS = [
    "on",
    "the",
    "last",
    "next",
    "this",
    "week",
    "weeks",
    "year",
    "years",
    "ago",
    "later",
    "February",
    "Feb.",
    "March",
    "May",
    "may",
    "Friday",
    "Friday's",
    "night",
    "morning",
    "quarter",
    "third",
    "fiscal",
    "1989",
    "2026",
    "17",
    "18",
    "31",
    "30",
    "-",
    "–",
    ",",
    ".",
    "and",
    "to",
    "from",
    "between",
    "a",
    "two",
    "twenty",
    "four",
    "hours",
    "p.m.",
    "10:30",
    "$27",
    "67%",
    "2,000",
    "today",
    "yesterday",
    "same",
    "day",
    "before",
    "after",
    "since",
    "early",
    "late",
    "mid-",
    "1990s",
    "'90s",
    "century",
    "Christmas",
    "Easter",
    "week",
    "февраля",
    "20",
    "году",
    "прошлой",
    "неделе",
    "назад",
    "года",
    "вчера",
    "\n",
    "de",
    "del",
    "al",
    "mayo",
    "pasado",
    "hace",
    "días",
    "mars",
    "l'été",
    "dernier",
    "il y a",
    "jours",
    "marzo",
    "scorso",
    "quest'anno",
    "fa",
    "3.",
    "März",
    "vor",
    "Tagen",
    "Montagabend",
    "bis",
    "vom",
    "12/01/2026",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))),
    st.sampled_from(["en", "ru", "es", "fr", "it", "de"]),
)
def test_tag_never_fails(words: list[str], published: dt.date | None, lang: str) -> None:
    text = " ".join(words)
    previous_end = 0
    for span in tag(text, published, lang):
        assert 0 <= previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.type in ("DATE", "TIME", "DURATION", "SET")
        assert span.value
        if span.edtf is not None:
            parse_edtf(span.edtf.rstrip("~"))
        previous_end = span.end
