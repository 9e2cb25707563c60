"""Spanish, French, Italian and German end to end: an article written for
each (``articles/<lang>-krakow.md``), extracted by the real ``timeline
extract`` command, gives the events its ``.expected.yaml`` lists, with their
dates, status, places and a readable headline in the article's language;
and a story told in three articles (``stories/<lang>/``) gives the days of
its timeline."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.events.conftest import extract_written, missing
from timeline.documents import load_document
from timeline.events.extract import SHOWN_CONFIDENCE, events_from_document
from timeline.events.lang import language
from timeline.model import Event
from timeline.temporal import tag

LANGUAGES = ("es", "fr", "it", "de")


@pytest.fixture(scope="module", params=LANGUAGES)
def extracted(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict, list[Event]]:
    lang = request.param
    expected, events = extract_written(
        f"{lang}-krakow.expected.yaml", tmp_path_factory.mktemp(lang)
    )
    return lang, expected, events


def _described(events: list[Event]) -> str:
    return "\n".join(f"{e.date} {e.status} {e.confidence} {e.title} {e.places}" for e in events)


def test_every_must_find_event_with_its_date_status_and_places(
    extracted: tuple[str, dict, list[Event]],
) -> None:
    _lang, expected, events = extracted
    lost = missing(expected, events, SHOWN_CONFIDENCE)
    assert not lost, f"{lost} not found in:\n{_described(events)}"


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


STORIES = Path(__file__).parent / "stories"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_story_told_over_days_gives_the_journalists_days(lang: str) -> None:
    """Three articles of one story, published days apart, each naming the
    days before in its own words ("el sábado", "ayer", "el pasado 10 de
    enero", "déclaré lundi"): the days of a journalist's timeline are among
    the event days, and the days most articles date events on are those days
    (the measure taken on ML-Crisis: days found >= 0.85, date F1 >= 0.30)."""
    folder = STORIES / lang
    timeline = {str(day) for day in yaml.safe_load((folder / "timeline.yaml").read_text())["days"]}
    articles_per_day: Counter[str] = Counter()
    for path in sorted(folder.glob("*.md")):
        document = load_document(path, None)
        timexes = tag(document.text, document.published, lang=document.lang)
        events = events_from_document(document, f"articles/{path.name}", timexes)
        articles_per_day.update({event.date for event in events if len(event.date) == 10})
    found = timeline & set(articles_per_day)
    assert len(found) / len(timeline) >= 0.85, sorted(articles_per_day.items())
    ranked = sorted(articles_per_day, key=lambda day: (-articles_per_day[day], day))
    top = set(ranked[: len(timeline)])
    assert len(top & timeline) / len(timeline) >= 0.75, (sorted(top), sorted(timeline))
