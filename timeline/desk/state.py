"""What a desk run knows: the event files as last read (reread when their
size or time changes, so an edit made in a text editor shows), what
``timeline check`` says of each, the pages' file versions, and the actions
that can still be undone. Every write goes through ``timeline.store.edit``."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from timeline.desk.queue import Entry, Filters, select
from timeline.layout import content_root
from timeline.model import Event
from timeline.same_event import likely_duplicates
from timeline.store.edit import (
    Change,
    Conflict,
    check_data,
    digest,
    merge_events,
    parse,
    read_bytes,
    reject_event,
    undo,
    update_event,
)
from timeline.store.load import event_files, load_events, load_file
from timeline.store.validate import Issue

EDITABLE = ("title", "date", "status", "places", "actors", "tags", "summary")
LIST_FIELDS = ("places", "actors", "tags")
_SHOWN_VERSIONS = 512  # file versions kept for "what the page showed" after a conflict


@dataclass
class Undoable:
    change: Change
    event_id: str  # the event to show once undone


@dataclass
class Desk:
    """The events folder under review; one per ``timeline desk`` run."""

    events_dir: Path
    entries: dict[str, Entry] = field(default_factory=dict)  # by id
    names: dict[str, str] = field(default_factory=dict)  # file name -> id
    broken: dict[Path, list[str]] = field(default_factory=dict)  # files check cannot read
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # by file name
    history: list[Undoable] = field(default_factory=list)
    shown: dict[str, bytes] = field(default_factory=dict)  # digest -> bytes a page showed
    message: str = ""  # what the last action did, shown once
    version: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock)
    _touched: list[Event] = field(default_factory=list)  # read or gone since duplicates were marked
    _queue: tuple[object, list[Entry]] | None = None

    def __post_init__(self) -> None:
        self.content = content_root(self.events_dir)  # the only folder articles are read from

    # Reading -----------------------------------------------------------------

    def load(self) -> None:
        """Read every event file, as ``timeline check`` does."""
        with self.lock:
            result = load_events(self.events_dir)
            problems: dict[Path, list[str]] = {}
            for problem in result.problems:
                problems.setdefault(problem.path, []).append(
                    f"{problem.severity}: {problem.message}"
                )
            self.entries = {
                event.id: Entry(event, event.path, problems.get(event.path, []))  # type: ignore[arg-type]
                for event in result.events
            }
            self.names = {entry.path.name: event_id for event_id, entry in self.entries.items()}
            self.broken = {path: problems.get(path, []) for path in result.broken}
            files, _ = event_files(self.events_dir)
            self.stamps = {entry.name: _stamp(entry.stat()) for entry in files}
            self._mark_duplicates(self.entries.values())
            self._touched.clear()
            self.version += 1

    def refresh(self) -> None:
        """Reread the files whose size or time changed since, drop the
        deleted ones, read the new ones: a look at each file's status, a
        read of the few that changed."""
        with self.lock:
            files, _ = event_files(self.events_dir)
            now = {entry.name: _stamp(entry.stat()) for entry in files}
            changed = [name for name, stamp in now.items() if self.stamps.get(name) != stamp]
            gone = [name for name in self.stamps if name not in now]
            for name in gone:
                self._forget(self.events_dir / name)
            for name in changed:
                self._reread(self.events_dir / name)
            self.stamps = now
            if changed or gone:
                self.version += 1

    def refresh_file(self, path: Path) -> None:
        """Reread one file if it changed: what an event's page needs."""
        if path.parent != self.events_dir or path.suffix != ".yaml" or path.name[0] == ".":
            return  # the ledger, say
        with self.lock:
            try:
                stamp: tuple[int, int] | None = _stamp(path.stat())
            except OSError:
                stamp = None
            if stamp == self.stamps.get(path.name):
                return
            if stamp is None:
                self._forget(path)
                self.stamps.pop(path.name, None)
            else:
                self._reread(path)
                self.stamps[path.name] = stamp
            self.version += 1

    def _forget(self, path: Path) -> None:
        self.broken.pop(path, None)
        entry = self.entries.get(self.names.pop(path.name, ""))
        if entry is not None and entry.path.name == path.name:
            self._touched.append(entry.event)
            del self.entries[entry.event.id]

    def _reread(self, path: Path) -> None:
        before = self.entries.get(self.names.get(path.name, ""))
        touched = len(self._touched)
        self._forget(path)
        content = self.content
        event, problems = load_file(path, lambda article: (content / article).is_file())
        messages = [f"{problem.severity}: {problem.message}" for problem in problems]
        if event is None:
            self.broken[path] = messages
        elif event.id not in self.entries:
            entry = Entry(event, path, messages)
            self.entries[event.id] = entry
            self.names[path.name] = event.id
            if before is not None and _editorial_change(before.event, event):
                del self._touched[touched:]  # an accept: check's warnings cannot change
                entry.duplicate_of = before.duplicate_of
            else:
                self._touched.append(event)

    def _mark_duplicates(self, entries: Iterable[Entry], clear: set[str] | None = None) -> None:
        """Check's warning about two files that look like one event, on both.
        Every entry's warning is worked out again, or only those of the ids
        in ``clear`` (the others keep theirs unless it is gone)."""
        entries = list(entries)
        for entry in entries:
            if (
                clear is None
                or entry.event.id in clear
                or entry.duplicate_of not in self.entries
                or entry.duplicate_of in clear
            ):
                entry.duplicate_of = None
        for event, other in likely_duplicates([entry.event for entry in entries]):
            if self.entries[event.id].duplicate_of is None:
                self.entries[event.id].duplicate_of = other.id
            if self.entries[other.id].duplicate_of is None:
                self.entries[other.id].duplicate_of = event.id

    def _recheck_duplicates(self) -> None:
        """Check again, after files changed, only the events that could pair
        with what changed: check's rule pairs events whose dates agree (the
        same or overlapping days), or that quote one sentence. The others
        keep their warnings, unless they named an event that changed."""
        if not self._touched:
            return
        touched = [Entry(event, Path()) for event in self._touched]
        quotes = {source.quote for entry in touched for source in entry.event.sources}
        quotes.discard("")
        self._touched.clear()
        near = _meeting(self.entries.values(), [entry.span for entry in touched])
        group = [
            entry
            for entry in self.entries.values()
            if entry.event.id in near or any(s.quote in quotes for s in entry.event.sources)
        ]
        self._mark_duplicates(group, clear={entry.event.id for entry in touched})

    def queue(self, filters: Filters) -> list[Entry]:
        """The events the filters let through, in review order."""
        with self.lock:
            self._recheck_duplicates()
            key = (filters, self.version)
            if self._queue is None or self._queue[0] != key:
                self._queue = (key, select(self.entries.values(), filters))
            return self._queue[1]

    def neighbours(self, event_id: str, filters: Filters) -> tuple[str | None, str | None]:
        """The events before and after ``event_id`` in the queue."""
        ids = [entry.event.id for entry in self.queue(filters)]
        if event_id not in ids:
            return (ids[0] if ids else None), (ids[0] if ids else None)
        at = ids.index(event_id)
        return (ids[at - 1] if at > 0 else None), (ids[at + 1] if at + 1 < len(ids) else None)

    def file_bytes(self, entry: Entry) -> bytes | None:
        """The event file as it is now, remembered so that a conflict can
        show the version the page was made from."""
        data = read_bytes(entry.path)
        if data is not None:
            if len(self.shown) >= _SHOWN_VERSIONS:
                self.shown.pop(next(iter(self.shown)))
            self.shown[digest(data)] = data
        return data

    # Checking an edit as it is typed ---------------------------------------------

    def changes_from_form(self, entry: Entry, form: Mapping[str, str]) -> dict[str, Any]:
        """The fields the form changes, compared with the file as it is."""
        data = read_bytes(entry.path)
        current = parse(data.decode("utf-8-sig")) if data is not None else {}
        if not isinstance(current, dict):
            current = {}
        changes: dict[str, Any] = {}
        for name in EDITABLE:
            if name not in form:
                continue
            value: Any = form[name]
            if name in LIST_FIELDS:
                value = [item.strip() for item in value.replace("\r", "").split("\n")]
                value = [item for item in value if item]
            elif name != "summary":
                value = value.strip()
            else:
                value = value.replace("\r\n", "\n").strip()
            old = current.get(name)
            if name in LIST_FIELDS:
                old = [str(item) for item in old or []]
            elif old is not None:
                old = str(old)
            if value != (old if old is not None else ([] if name in LIST_FIELDS else "")):
                changes[name] = value
        return changes

    def check_form(self, entry: Entry, form: Mapping[str, str]) -> dict[str, list[str]]:
        """``timeline check``'s errors for the event as the form would
        leave it, by field."""
        data = read_bytes(entry.path)
        current = parse(data.decode("utf-8-sig")) if data is not None else None
        if not isinstance(current, dict):
            return {}
        changed = {**current, **self.changes_from_form(entry, form)}
        return by_field(check_data(changed))

    # Actions ---------------------------------------------------------------

    def _done(self, change: Change, event_id: str, message: str) -> None:
        self.history.append(Undoable(change, event_id))
        self.message = message
        for path in change.after:
            self.refresh_file(path)

    def accept(self, event_id: str, expected: str) -> None:
        entry = self._entry(event_id)
        with self.lock:
            change = update_event(entry.path, expected, {"review": "reviewed"})
            self._done(change, event_id, f"Accepted “{entry.event.title}”.")

    def edit(self, event_id: str, expected: str, form: Mapping[str, str]) -> None:
        entry = self._entry(event_id)
        with self.lock:
            changes = self.changes_from_form(entry, form)
            if not changes:
                self.message = "Nothing changed."
                return
            change = update_event(entry.path, expected, changes)
            self._done(change, event_id, f"Saved {', '.join(changes)} of “{entry.event.title}”.")

    def reject(self, event_id: str, expected: str) -> None:
        entry = self._entry(event_id)
        with self.lock:
            change = reject_event(entry.path, expected)
            self._done(
                change,
                event_id,
                f"Rejected “{entry.event.title}”: its file is deleted and extraction will "
                "not propose it again.",
            )

    def merge(self, event_id: str, expected: str, other_id: str, other_expected: str) -> None:
        entry, other = self._entry(event_id), self._entry(other_id)
        with self.lock:
            change = merge_events(entry.path, expected, other.path, other_expected)
            self._done(
                change, event_id, f"Merged “{other.event.title}” into “{entry.event.title}”."
            )

    def undo_last(self) -> str | None:
        """Undo the last action; the id of the event to show, None when
        there is nothing to undo. Raises Conflict when a file changed since."""
        with self.lock:
            if not self.history:
                self.message = "Nothing to undo."
                return None
            last = self.history[-1]
            undo(last.change)
            self.history.pop()
            for path in last.change.before:
                self.refresh_file(path)
            self.message = f"Undone: {last.change.description}."
            return last.event_id

    def _entry(self, event_id: str) -> Entry:
        entry = self.entries.get(event_id)
        if entry is None:
            raise KeyError(event_id)
        return entry


def by_field(issues: list[Issue]) -> dict[str, list[str]]:
    """Issues by the top-level field they are about ("" for the file)."""
    found: dict[str, list[str]] = {}
    for issue in issues:
        name = str(issue.where[0]) if issue.where else ""
        found.setdefault(name, []).append(issue.message)
    return found


def _editorial_change(before: Event, after: Event) -> bool:
    """Whether only what editors set (review, notes…) changed: nothing
    check's same-event rule reads."""
    return replace(before, **{name: getattr(after, name) for name in Event.EDITORIAL}) == after


def _meeting(entries: Iterable[Entry], spans: list[tuple | None]) -> set[str]:
    """The ids of the entries whose dates meet the days from the first of
    ``spans`` to the last (one window: a few more than needed, quickly)."""
    known = [span for span in spans if span is not None]
    if not known:
        return set()
    lower, upper = min(span[0] for span in known), max(span[1] for span in known)
    return {
        entry.event.id
        for entry in entries
        if entry.span is not None and entry.span[0] <= upper and entry.span[1] >= lower
    }


def _stamp(info: os.stat_result) -> tuple[int, int]:
    return info.st_mtime_ns, info.st_size


__all__ = ["EDITABLE", "Conflict", "Desk", "by_field"]
