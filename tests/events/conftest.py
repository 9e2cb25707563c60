"""Helpers for the event tests: documents tagged by the real tagger, and
the articles written for the tests (``articles/``) run through the real
``timeline extract`` command."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml

from timeline.cli import main
from timeline.documents import Document, parse_document
from timeline.events.extract import events_from_document
from timeline.model import Event
from timeline.store import load_events
from timeline.temporal import tag

ARTICLES = Path(__file__).parent / "articles"


def document(text: str, published: dt.date | None = dt.date(2026, 3, 5)) -> Document:
    return parse_document(text, "article.txt", published)


def extract(text: str, published: dt.date | None = dt.date(2026, 3, 5)) -> list[Event]:
    """The events of ``text`` as an article published on ``published``."""
    doc = document(text, published)
    return events_from_document(doc, "articles/article.txt", tag(doc.text, doc.published))


def extract_written(expected_file: str, project: Path) -> tuple[dict, list[Event]]:
    """What ``articles/<expected_file>`` expects, and the events ``timeline
    extract`` writes for its article into ``project``, which check accepts."""
    expected = yaml.safe_load((ARTICLES / expected_file).read_text(encoding="utf-8"))
    articles = project / "content" / "articles"
    articles.mkdir(parents=True)
    shutil.copy(ARTICLES / expected["article"], articles)
    events = project / "content" / "events"
    assert main(["extract", str(articles), "--events", str(events)]) == 0
    assert main(["check", "--events", str(events)]) == 0
    return expected, load_events(events).events


def missing(expected: dict, events: list[Event], min_confidence: float = 0.0) -> list[str]:
    """The ``must_find`` items no event matches: its date, status, a word of
    its title, its places and actors, at ``min_confidence`` or above."""
    return [
        f"{item['what']} ({item['date']})"
        for item in expected["must_find"]
        if not any(
            event.date == str(item["date"])
            and any(word.casefold() in event.title.casefold() for word in item["words"])
            and event.status == item.get("status", "happened")
            and set(item.get("places", ())) <= set(event.places)
            and set(item.get("actors", ())) <= set(event.actors)
            and (event.confidence or 0.0) >= min_confidence
            for event in events
        )
    ]
