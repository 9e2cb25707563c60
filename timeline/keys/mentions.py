"""Which days each article names, even in passing — kept at extraction,
because the event files hold only the sentences that became events, and a
later article that looks back at a day ("the protests that began on January
25") is strong evidence that the day matters.

Kept beside the events as ``.mentions.json``: article path -> its publication
date and the days its text names. Each run of ``timeline extract`` replaces
the entries of the articles it read and keeps the others.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.dates import EDTFError, parse_edtf
from timeline.store.files import write_atomic

if TYPE_CHECKING:  # the site and export read the record without loading the tagger
    from timeline.model import Event
    from timeline.temporal import Timex

__all__ = [
    "MENTIONS_NAME",
    "ArticleDays",
    "days_named",
    "mentions_of",
    "read_mentions",
    "write_mentions",
]

MENTIONS_NAME = ".mentions.json"


@dataclass(frozen=True, slots=True)
class ArticleDays:
    """The days one article names, and when it was published (ISO dates)."""

    published: str | None
    days: tuple[str, ...]


def days_named(timexes: Iterable[Timex]) -> tuple[str, ...]:
    """The single days (ISO, sorted, once each) the tagged text names: a day
    at day precision, or the first day of a span of days. Months, years and
    open spans name no day."""
    days: set[str] = set()
    for timex in timexes:
        if not timex.edtf:
            continue
        try:
            date = parse_edtf(timex.edtf)
        except EDTFError:
            continue
        if date.precision != "day" or date.start is None:
            continue
        days.add(date.start.lower().isoformat())
    return tuple(sorted(days))


def read_mentions(events_dir: Path) -> tuple[dict[str, ArticleDays], str | None]:
    """The folder's record and, when it exists but cannot be read, why (the
    record is then empty: importance falls back on the event files alone)."""
    path = events_dir / MENTIONS_NAME
    if not path.is_file():
        return {}, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        record = {
            str(article): ArticleDays(
                _iso_or_none(entry.get("published")),
                tuple(
                    sorted({dt.date.fromisoformat(str(day)).isoformat() for day in entry["days"]})
                ),
            )
            for article, entry in data["articles"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        return {}, (
            f"{path}: cannot be read ({type(error).__name__}: {error}); key events are "
            "ranked from the event files alone until the next 'timeline extract' writes it again"
        )
    return record, None


def write_mentions(events_dir: Path, read: Mapping[str, ArticleDays]) -> None:
    """Merge what this run ``read`` into the folder's record and write it
    atomically; a run that changes nothing leaves the file as it was."""
    record, _problem = read_mentions(events_dir)
    record.update(read)
    entries = {
        article: {"published": record[article].published, "days": list(record[article].days)}
        for article in sorted(record)
    }
    text = json.dumps({"version": 1, "articles": entries}, indent=1, ensure_ascii=False) + "\n"
    path = events_dir / MENTIONS_NAME
    events_dir.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.read_bytes() == text.encode("utf-8"):
        return
    write_atomic(path, text)


def mentions_of(
    events: Iterable[Event], mentions: Mapping[str, ArticleDays]
) -> dict[str, ArticleDays]:
    """The record of the articles ``events`` come from: within a story, an
    article of another story naming a day is no evidence for this one's."""
    articles = {source.article for event in events for source in event.sources}
    return {article: days for article, days in mentions.items() if article in articles}


def _iso_or_none(value: object) -> str | None:
    if value is None:
        return None
    return dt.date.fromisoformat(str(value)).isoformat()
