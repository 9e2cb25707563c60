"""Merge what extraction proposes into the editors' event files without
ever undoing their work.

A proposal that the ledger, its id or its content ties to an existing event
only adds its article to that event's ``sources``; locked and hidden events,
files with errors and events the editor deleted are left alone; anything
else becomes a new file.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from timeline.model import Event, event_filename
from timeline.store.files import add_sources, dump_event, ensure_schema, write_atomic
from timeline.store.ledger import Ledger
from timeline.store.load import load_events
from timeline.store.lock import events_lock
from timeline.store.validate import validate_event

Action = Literal["created", "updated", "unchanged", "left alone"]
_DRY = {
    "created": "would create",
    "updated": "would update",
    "unchanged": "unchanged",
    "left alone": "left alone",
}
TITLE_SIMILARITY = 0.5  # share of content words two titles of one event have in common
QUOTE_SIMILARITY = 0.85  # two reports of the same sentence, give or take a word
_STOP = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "its",
        "his",
        "her",
        "their",
        "it",
        "this",
        "that",
    }
)


@dataclass(frozen=True)
class Change:
    """What happened (or would happen) to one proposed event."""

    action: Action
    event_id: str
    path: Path
    title: str
    reason: str

    def line(self, dry_run: bool) -> str:
        verb = _DRY[self.action] if dry_run else self.action
        return f"{verb:<12} {self.path.name}  {self.title!r}: {self.reason}"


@dataclass
class MergeReport:
    """Every proposal's fate; ``str()`` is the summary extract prints: a
    line for each file created, updated or left alone, then the counts."""

    events_dir: Path
    dry_run: bool = False
    changes: list[Change] = field(default_factory=list)

    def _of(self, action: Action) -> list[Change]:
        return [change for change in self.changes if change.action == action]

    @property
    def created(self) -> list[Change]:
        return self._of("created")

    @property
    def updated(self) -> list[Change]:
        return self._of("updated")

    @property
    def unchanged(self) -> list[Change]:
        return self._of("unchanged")

    @property
    def left_alone(self) -> list[Change]:
        return self._of("left alone")

    def __str__(self) -> str:
        lines = [
            change.line(self.dry_run)
            for change in self.changes  # unchanged: counted
            if change.action != "unchanged"
        ]
        counts = (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.left_alone)} left alone "
            f"in {self.events_dir}"
        )
        lines.append(f"dry run, nothing written: {counts}" if self.dry_run else counts)
        return "\n".join(lines)


def _fold(text: str) -> str:
    """Lowercase without accents: "Kraków" and "Krakow" are one word."""
    return "".join(
        char
        for char in unicodedata.normalize("NFKD", text.casefold())
        if not unicodedata.combining(char)
    )


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", _fold(text)))


def _span(event: Event) -> tuple[dt.date, dt.date] | None:
    try:
        return event.edtf.sort_key()
    except ValueError:  # EDTFError, or a year before 1
        return None


def _names(text: str) -> set[str]:
    """Capitalised words and numbers: the places, people and bodies a title
    names. The first word counts only when it is no mere sentence case
    (E5, EU, G7), since "Defence ministers met" names no defence."""
    words = re.findall(r"\w+", text)
    names = {_fold(word) for word in words[1:] if word[0].isupper() or word[0].isdigit()}
    if words and (words[0].isupper() or any(char.isdigit() for char in words[0])):
        names.add(_fold(words[0]))
    return names


def _name_different_things(left: str, right: str) -> bool:
    """Each side names something the other never mentions: "Ministers meet
    in Krakow" is not "Ministers meet in Geneva"."""
    left_words, right_words = set(_words(left).split()), set(_words(right).split())
    return bool(_names(left) - right_words and _names(right) - left_words)


def _stems(text: str) -> set[str]:
    """Content words cut to four letters, so "meets" and "meeting" agree."""
    return {word[:4] for word in _words(text).split() if word not in _STOP}


def _same_title(left: str, right: str) -> bool:
    """Recognisably the same event: not naming different things, and sharing
    most content words or at least two names."""
    if _name_different_things(left, right):
        return False
    a, b = _stems(left), _stems(right)
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= TITLE_SIMILARITY or len(_names(left) & _names(right)) >= 2


def _same_quote(left: str, right: str) -> bool:
    """The same sentence, give or take a word (a reprinted wire story)."""
    left, right = _words(left), _words(right)
    return bool(left and right) and (
        difflib.SequenceMatcher(None, left, right).ratio() >= QUOTE_SIMILARITY
    )


class _Index:
    """Existing events by id, by date span and by quote, for matching."""

    def __init__(self, events: list[Event]) -> None:
        self.by_id: dict[str, Event] = {}
        self.by_span: dict[object, list[Event]] = defaultdict(list)
        self.by_quote: dict[str, list[Event]] = defaultdict(list)
        # Created by this run: no editor has changed their dates yet.
        self.fresh: set[str] = set()
        for event in events:
            self.add(event)

    def add(self, event: Event) -> None:
        self.by_id[event.id] = event
        self.by_span[_span(event)].append(event)
        for source in event.sources:
            self.add_quote(event, source.quote)

    def add_quote(self, event: Event, quote: str) -> None:
        if _words(quote):
            self.by_quote[_words(quote)].append(event)

    def match(self, proposed: Event) -> Event | None:
        """The existing event that is recognisably the proposed one: the same
        quote with a similar title (or the same date, naming nothing else),
        or the same date with a similar title or quote."""
        span = _span(proposed)
        quotes = [_words(source.quote) for source in proposed.sources if _words(source.quote)]
        for quote in quotes:
            for event in self.by_quote.get(quote, []):
                if event.id in self.fresh and _span(event) != span:
                    continue  # one sentence's two events, both proposed by this run
                # One sentence may report two events on one day: tell them apart by name.
                if _same_title(event.title, proposed.title) or (
                    _span(event) == span and not _name_different_things(event.title, proposed.title)
                ):
                    return event
        for event in self.by_span.get(span, []) if span else []:
            if _same_title(event.title, proposed.title):
                return event
            if not _name_different_things(event.title, proposed.title) and any(
                _same_quote(source.quote, quote) for source in event.sources for quote in quotes
            ):
                return event
        return None


def apply_extraction(
    proposed: list[Event], events_dir: Path, *, dry_run: bool = False
) -> MergeReport:
    """Merge ``proposed`` into ``events_dir`` and say what happened; with
    ``dry_run``, only say what would. Raises ``StoreBusy`` when another run
    holds the folder."""
    report = MergeReport(events_dir, dry_run)
    if dry_run:
        _merge(proposed, events_dir, report)
        return report
    with events_lock(events_dir):
        writes, ledger = _merge(proposed, events_dir, report)
        if writes:
            ensure_schema(events_dir)
        for path, text in writes.items():
            write_atomic(path, text)
        ledger.write()
    return report


def _merge(
    proposed: list[Event], events_dir: Path, report: MergeReport
) -> tuple[dict[Path, str], Ledger]:
    loaded = load_events(events_dir, check_articles=False)
    index = _Index(loaded.events)
    broken = {path.stem: path for path in loaded.broken}
    ledger = Ledger.read(events_dir)
    writes: dict[Path, str] = {}
    for event in proposed:
        errors = [
            issue.message for issue in validate_event(event.to_dict()) if issue.severity == "error"
        ]
        if errors:
            report.changes.append(
                Change(
                    "left alone",
                    event.id,
                    events_dir / f"{event.id}.yaml",
                    event.title,
                    f"not written: {'; '.join(errors)}",
                )
            )
            continue
        articles = [source.article for source in event.sources if source.article]
        target_id = ledger.target(event.id)
        existing = index.by_id.get(target_id or event.id)
        if existing is None and target_id is None and event.id not in broken:
            existing = index.match(event)
        if existing is not None:
            change = _update(existing, event, index, writes)
            ledger.record(event.id, existing.id, articles)
        elif (target_id or event.id) in broken:
            change = Change(
                "left alone",
                target_id or event.id,
                broken[target_id or event.id],
                event.title,
                "the file has errors; run timeline check",
            )
        elif target_id is not None:
            change = Change(
                "left alone",
                target_id,
                events_dir / f"{target_id}.yaml",
                event.title,
                "deleted by the editor; not proposed again",
            )
        else:
            created = _create(event, events_dir, index, set(broken), writes)
            change = Change(
                "created",
                created.id,
                created.path or events_dir,
                created.title,
                f"new, from {', '.join(articles) or 'no article'}",
            )
            ledger.record(event.id, created.id, articles)
        report.changes.append(change)
    return writes, ledger


def _update(existing: Event, event: Event, index: _Index, writes: dict[Path, str]) -> Change:
    assert existing.path is not None
    path = existing.path
    if existing.locked:
        return Change("left alone", existing.id, path, existing.title, "locked")
    if existing.hidden:
        return Change("left alone", existing.id, path, existing.title, "hidden")
    known = {source.article for source in existing.sources if source.article}
    new = [source for source in event.sources if source.article not in known]
    if not new:
        listed = ", ".join(source.article for source in event.sources) or "its source"
        return Change("unchanged", existing.id, path, existing.title, f"already lists {listed}")
    text = writes.get(path) or path.read_bytes().decode("utf-8-sig")  # keeps CRLF as it is
    writes[path] = add_sources(text, [source.to_dict() for source in new])
    existing.sources.extend(new)
    for source in new:
        index.add_quote(existing, source.quote)
    added = ", ".join(source.article for source in new)
    return Change("updated", existing.id, path, existing.title, f"added source {added}")


def _create(
    event: Event, events_dir: Path, index: _Index, taken: set[str], writes: dict[Path, str]
) -> Event:
    event = copy.deepcopy(event)  # the caller's proposal stays as it was
    base, number = event.id, 1
    while (
        event.id in index.by_id
        or event.id in taken
        or (events_dir / event_filename(event)).exists()
    ):
        number += 1
        event.id = f"{base}-{number}"
    event.path = events_dir / event_filename(event)
    writes[event.path] = dump_event(event)
    index.add(event)
    index.fresh.add(event.id)
    return event
