"""Spanish, French, Italian and German end to end: an article written for
each (``articles/<lang>-krakow.md``), extracted by the real ``timeline
extract`` command, gives the events its ``.expected.yaml`` lists, with their
dates, status, places and a readable headline in the article's language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from timeline.cli import main
from timeline.events.extract import SHOWN_CONFIDENCE
from timeline.events.lang import language
from timeline.model import Event
from timeline.store import load_events

ARTICLES = Path(__file__).parent / "articles"
LANGUAGES = ("es", "fr", "it", "de")


@pytest.fixture(scope="module", params=LANGUAGES)
def extracted(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict, list[Event]]:
    lang = request.param
    expected = yaml.safe_load(
        (ARTICLES / f"{lang}-krakow.expected.yaml").read_text(encoding="utf-8")
    )
    project = tmp_path_factory.mktemp(lang)
    articles = project / "content" / "articles"
    articles.mkdir(parents=True)
    shutil.copy(ARTICLES / expected["article"], articles)
    events = project / "content" / "events"
    assert main(["extract", str(articles), "--events", str(events)]) == 0
    assert main(["check", "--events", str(events)]) == 0
    return lang, expected, load_events(events).events


def _described(events: list[Event]) -> str:
    return "\n".join(f"{e.date} {e.status} {e.confidence} {e.title} {e.places}" for e in events)


def test_every_must_find_event_with_its_date_status_and_places(
    extracted: tuple[str, dict, list[Event]],
) -> None:
    _lang, expected, events = extracted
    for item in expected["must_find"]:
        found = [
            event
            for event in events
            if event.date == str(item["date"])
            and any(word.casefold() in event.title.casefold() for word in item["words"])
            and event.status == item.get("status", "happened")
            and set(item.get("places", ())) <= set(event.places)
            and event.confidence >= SHOWN_CONFIDENCE
        ]
        assert found, f"{item['what']} ({item['date']}) not found in:\n{_described(events)}"


def test_headlines_read_as_the_language_writes_them(
    extracted: tuple[str, dict, list[Event]],
) -> None:
    """No headline ends on a word that needs another ("…en París el"), and
    the articles ("el", "la", "I", "die") stay, as the language's headlines
    keep them."""
    lang, _expected, events = extracted
    dangling = set(language(lang).DANGLING.split())
    for event in events:
        last = event.title.split()[-1].lower()
        assert last not in dangling, event.title
    openers = {event.title.split()[0] for event in events}
    assert openers & {"Los", "La", "Les", "I", "Die", "Das"}, openers
