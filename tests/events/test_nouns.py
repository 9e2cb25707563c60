"""German capitalises every noun: only names are actors."""

from __future__ import annotations

import datetime as dt

from timeline.documents import parse_document
from timeline.events.actors import find_actors
from timeline.events.extract import events_from_document
from timeline.events.nouns import noun_tagger
from timeline.temporal import tag


def test_german_common_nouns_are_no_actors_but_names_and_bodies_are() -> None:
    text = (
        "Am Freitag sagte Friedrich Merz in Berlin, der Fonds der Europäischen Kommission "
        "werde Polen Hilfe in Millionen Euro leisten."
    )
    assert find_actors(text, lang="de") == ["Friedrich Merz", "Europäische Kommission"]


def test_german_names_are_given_in_the_case_of_the_subject() -> None:
    text = (
        "Am Montag traf Friedrich Merz die Vertreter des Deutschen Bundestages, der Vereinten "
        "Nationen und des Präsidenten Frankreichs sowie Lindners Berater."
    )
    assert find_actors(text, lang="de") == [
        "Friedrich Merz",
        "Deutsche Bundestag",
        "Vereinten Nationen",
        "Lindner",
    ]


def test_a_common_noun_before_a_name_is_not_part_of_it() -> None:
    text = "Die Minister trafen sich auf der Burg Wawel mit Regierungschef Donald Tusk."
    assert find_actors(text, lang="de") == ["Wawel", "Donald Tusk"]


def test_names_the_tagger_reads_in_context() -> None:
    tagger = noun_tagger("de")
    assert tagger is not None
    sentence = "Die Vereinten Nationen und die Nato schickten am Montag Hilfe nach Dresden."
    assert tagger.names("Vereinten Nationen", sentence) == ["Vereinten Nationen"]
    assert tagger.names("Montag", sentence) == []
    assert tagger.names("Nato", sentence) == ["Nato"]
    assert noun_tagger("en") is None and noun_tagger("fr") is None


def test_a_german_article_gives_people_and_bodies_as_actors_never_days_or_things() -> None:
    text = (
        "---\nlang: de\ntitle: Hochwasser in Sachsen\n---\n"
        "Am Samstag trat die Elbe in Dresden über die Ufer. "
        "Ministerpräsident Michael Kretschmer rief am Sonntag den Katastrophenfall aus. "
        "Die Nato schickte am Montag 500 Soldaten in die Region. "
        "Die Europäische Kommission sagte am Dienstag Hilfe in Höhe von 20 Millionen Euro zu.\n"
    )
    doc = parse_document(text, "de.md", dt.date(2026, 1, 14))
    events = events_from_document(doc, "articles/de.md", tag(doc.text, doc.published, lang="de"))
    actors = {actor for event in events for actor in event.actors}
    assert {"Michael Kretschmer", "Nato", "Europäische Kommission"} <= actors
    days = {"Samstag", "Sonntag", "Montag", "Dienstag"}
    things = {"Katastrophenfall", "Soldaten", "Region", "Hilfe", "Millionen Euro", "Höhe"}
    assert not actors & (days | things), actors
