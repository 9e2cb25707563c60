"""Headlines cut where a clause ends, never inside a list or before a
clause's verb: a relative clause's listed verbs go with it, a comparison
goes, a coordinated clause cut before its verb goes, and a passive verb at
the end of its clause stays. Sentences written for this test."""

from __future__ import annotations

from tests.events.conftest import extract
from timeline.events.title import is_sound


def titles(text: str) -> list[str]:
    return [event.title for event in extract(text)]


def test_a_relative_clause_goes_with_the_verbs_it_lists() -> None:
    found = titles(
        "The union called a strike that grounded flights, shut down ports and closed schools "
        "on Monday. On Tuesday the storm, which flooded roads, cut power and toppled trees, "
        "moved north."
    )
    assert "Union calls strike" in found
    assert "Storm moves north" in found
    assert not any(title.startswith(("Union calls strike,", "Storm cuts")) for title in found)


def test_a_comparison_after_a_comma_is_no_part_of_the_headline() -> None:
    (title,) = titles(
        "Exports fell 2 percent in the third quarter, compared with a rise of 1 percent a "
        "year earlier."
    )
    assert title == "Exports fall 2 percent"


def test_a_joined_clause_cut_before_its_verb_goes() -> None:
    (title,) = titles(
        "The regional observatory said on Sunday the tremor measured 5.2, but the national "
        "survey in Castleford, Yorks., said it was a 5.4 quake."
    )
    assert title == "Observatory says tremor measured 5.2"


def test_a_passive_verb_that_ends_its_clause_stays_when_the_cut_follows_it() -> None:
    (title,) = titles(
        "The museums and all the other public galleries were closed on Friday and the "
        "teachers also walked out of their schools, halting lessons across the country."
    )
    assert title == "Museums and all other public galleries closed"


def test_told_a_news_agency_reads_as_said() -> None:
    (title,) = titles(
        "The mayor of the island told the Reuters news agency on Sunday two bridges had collapsed."
    )
    assert title == "Mayor of island says two bridges had collapsed"


def test_a_plural_subject_with_its_phrase_has_a_verb_without_s() -> None:
    assert is_sound("Workers at plant walk out")
    assert not is_sound("Ministers of five countries in Krakow")
    assert not is_sound("Workers at plant")
