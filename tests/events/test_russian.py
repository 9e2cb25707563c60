"""Russian end to end: articles written for these tests, extracted by the
real ``timeline extract`` command, give the events a Russian editor would
want, with their dates, status, places and actors (as the seed's checks do
for the English seed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from timeline.cli import main
from timeline.model import Event
from timeline.store import load_events

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def krakow(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[Event]]:
    expected = yaml.safe_load((ARTICLES / "ru-krakow.expected.yaml").read_text(encoding="utf-8"))
    project = tmp_path_factory.mktemp("ru")
    articles = project / "content" / "articles"
    articles.mkdir(parents=True)
    shutil.copy(ARTICLES / expected["article"], articles)
    events = project / "content" / "events"
    assert main(["extract", str(articles), "--events", str(events)]) == 0
    assert main(["check", "--events", str(events)]) == 0
    return expected, load_events(events).events


def _described(events: list[Event]) -> str:
    return "\n".join(f"{e.date} {e.status} {e.title} {e.places} {e.actors}" for e in events)


def test_every_must_find_event_with_its_date_status_places_and_actors(
    krakow: tuple[dict, list[Event]],
) -> None:
    expected, events = krakow
    for item in expected["must_find"]:
        found = [
            event
            for event in events
            if event.date == str(item["date"])
            and any(word.casefold() in event.title.casefold() for word in item["words"])
            and event.status == item.get("status", "happened")
            and set(item.get("places", ())) <= set(event.places)
            and set(item.get("actors", ())) <= set(event.actors)
        ]
        assert found, f"{item['what']} ({item['date']}) not found in:\n{_described(events)}"


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
