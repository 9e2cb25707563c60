"""Helpers for the event tests: documents tagged by the real tagger."""

from __future__ import annotations

import datetime as dt

from timeline.documents import Document, parse_document
from timeline.events.extract import events_from_document
from timeline.model import Event
from timeline.temporal import tag


def document(text: str, published: dt.date | None = dt.date(2026, 3, 5)) -> Document:
    return parse_document(text, "article.txt", published)


def extract(text: str, published: dt.date | None = dt.date(2026, 3, 5)) -> list[Event]:
    """The events of ``text`` as an article published on ``published``."""
    doc = document(text, published)
    return events_from_document(doc, "articles/article.txt", tag(doc.text, doc.published))
