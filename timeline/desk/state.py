"""What a desk run knows: the event files as last read (reread when their
size or time changes, so an edit made in a text editor shows), what
``timeline check`` says of each, the pages' file versions, and the actions
that can still be undone (``timeline.desk.journal``). Every write goes
through ``timeline.store.edit``.

The queue opens as soon as the files are read (from the desk's read cache,
for those unchanged since its last run), or in a large folder as soon as
the files its first page shows are (``timeline.desk.first_look``), the rest
read after; check's duplicate warnings and each event's importance, seconds
of work on 10,000 events, are worked out after, in a thread, and shown when
ready."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from timeline.collector import collector_paused
from timeline.desk.first_look import LOOK_FROM, FirstLook, first_look
from timeline.desk.journal import Journal, Undoable
from timeline.desk.queue import PAGE_SIZE, Entry, Filters, matches, select
from timeline.desk.read_cache import keep, open_cache, read_through_cache
from timeline.incremental.read_cache import ReadCache
from timeline.keys.importance import event_importance
from timeline.layout import content_root
from timeline.listing import folder_entries
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
from timeline.store.load import event_files, load_file
from timeline.store.problems import Problem
from timeline.store.validate import Issue

EDITABLE = ("title", "date", "status", "places", "actors", "tags", "summary")
LIST_FIELDS = ("places", "actors", "tags")
_SHOWN_VERSIONS = 512  # file versions kept for "what the page showed" after a conflict
JOURNAL = "undo.jsonl"
FIRST_PAGE_WAIT = 2.0  # seconds the warnings wait for the first page to be shown


@dataclass
class Desk:
    """The events folder under review; one per ``timeline desk`` run.
    ``state``: the folder the desk keeps its undo journal and read cache in
    (``timeline.layout.desk_folder``); None keeps them for this run only."""

    events_dir: Path
    state: Path | None = None
    entries: dict[str, Entry] = field(default_factory=dict)  # by id
    names: dict[str, str] = field(default_factory=dict)  # file name -> id
    broken: dict[Path, list[str]] = field(default_factory=dict)  # files check cannot read
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # by file name
    shown: dict[str, bytes] = field(default_factory=dict)  # digest -> bytes a page showed
    message: str = ""  # what the last action did, shown once
    version: int = 0
    warnings_ready: bool = False  # check's duplicate warnings and importance worked out
    lock: threading.RLock = field(default_factory=threading.RLock)
    _ready: threading.Event = field(default_factory=threading.Event)
    page_shown: threading.Event = field(default_factory=threading.Event)  # set by the server
    read: threading.Event = field(default_factory=threading.Event)  # every file read
    look: FirstLook | None = None  # what the first page was chosen by, until all is read
    _touched: list[Event] = field(default_factory=list)  # read or gone since duplicates were marked
    _queue: tuple[object, list[Entry]] | None = None

    def __post_init__(self) -> None:
        self.content = content_root(self.events_dir)  # the only folder articles are read from
        self.history = Journal(self.events_dir, self.state / JOURNAL if self.state else None)

    # Reading -----------------------------------------------------------------

    def load(self, *, queue_first: bool = False) -> None:
        """Read every event file, as ``timeline check`` does, then work out
        check's duplicate warnings and the events' importance. With
        ``queue_first`` the queue opens before that work, which goes on in
        a thread; and when the read cache lacks many of the files (a fresh
        clone, a large pull), before they are read: from the few files
        ``first_look`` picks for the first page."""
        self.read.clear()
        with collector_paused():
            cache = open_cache(self.state)
            listed = folder_entries(self.events_dir)  # each entry's status asked once
            if queue_first and self._first_page_only(cache, listed):
                threading.Thread(
                    target=self._read_after_first_page, args=(cache, listed), daemon=True
                ).start()
                return
        entries, cache = self._read_all(cache, listed)
        if queue_first:
            worker = threading.Thread(
                target=self._work_out_warnings, args=(entries, cache, FIRST_PAGE_WAIT), daemon=True
            )
            worker.start()
        else:
            self._work_out_warnings(entries, cache)

    def _first_page_only(self, cache: ReadCache | None, listed: list[os.DirEntry[str]]) -> bool:
        """Read only the files of the queue's first page, when the read
        cache lacks ``LOOK_FROM`` files or more; whether it did."""
        files, _ = event_files(self.events_dir, listed)
        paths = [self.events_dir / entry.name for entry in files]
        unread = len(paths)
        if cache is not None and unread >= LOOK_FROM:
            unread -= cache.holds(paths, [ReadCache.stamp(entry) for entry in files])
        if unread < LOOK_FROM:
            return False
        look = first_look(paths, PAGE_SIZE)
        first: dict[str, Entry] = {}
        for path in look.read_now:
            event, messages = self._read_file(path)
            if event is not None:
                first.setdefault(event.id, Entry(event, path, messages))
        with self.lock:
            self.look, self.entries = look, first
            self.version += 1
        return True

    def _read_all(
        self, cache: ReadCache | None, listed: list[os.DirEntry[str]]
    ) -> tuple[list[Entry], ReadCache | None]:
        """Every event file of the folder as ``listed``, read through the
        read ``cache``, as the desk's entries; the first page's look is done
        with."""
        with collector_paused():
            result, cache = read_through_cache(self.events_dir, self.state, listed, cache)
            problems: dict[Path, list[str]] = {}
            for problem in result.problems:
                problems.setdefault(problem.path, []).append(_said(problem))
            entries = {
                event.id: Entry(event, event.path, problems.get(event.path, []))  # type: ignore[arg-type]
                for event in result.events
            }
            files, _ = event_files(self.events_dir, listed)
            stamps = {entry.name: _stamp(entry.stat()) for entry in files}
        with self.lock:
            self.entries = entries
            self.names = {entry.path.name: event_id for event_id, entry in entries.items()}
            self.broken = {path: problems.get(path, []) for path in result.broken}
            self.stamps = stamps
            self.look = None
            self.warnings_ready = False
            self._ready.clear()
            self._touched.clear()
            self.version += 1
            self.read.set()
        return list(entries.values()), cache

    def _read_after_first_page(
        self, cache: ReadCache | None, listed: list[os.DirEntry[str]]
    ) -> None:
        """Once the first page is out (or a while has passed), every file,
        then check's warnings. A failure to read is one line, and the desk
        goes on with what it has."""
        self.page_shown.wait(FIRST_PAGE_WAIT)  # it would share the interpreter with the page
        try:
            entries, cache = self._read_all(cache, listed)
        except Exception as error:  # the desk stays up with the first page's events
            print(f"timeline desk: reading the event files failed: {error}", file=sys.stderr)
            self.read.set()
            return
        self._work_out_warnings(entries, cache)

    def wait_until_read(self) -> None:
        """Until every file is read: what all but the first page need."""
        self.read.wait()

    def _work_out_warnings(
        self, entries: list[Entry], cache: ReadCache | None, first_page_wait: float = 0
    ) -> None:
        """Check's duplicate warnings and the importance of ``entries``, the
        events as read at start, outside the lock; then kept for those still
        as they were. Files read since are in ``_touched``, worked out again
        by ``_recheck_duplicates`` once this is done."""
        self.page_shown.wait(first_page_wait)  # it would share the interpreter with the page
        pairs = likely_duplicates([entry.event for entry in entries])
        scores = {id(entry): event_importance(entry.event).score for entry in entries}
        with self.lock:
            current = {id(entry) for entry in self.entries.values()}
            for entry in entries:
                if id(entry) in current:
                    entry.duplicate_of = None
                    entry.set_importance(scores[id(entry)])
            for event, other in pairs:
                first, second = self.entries.get(event.id), self.entries.get(other.id)
                if first is None or second is None:
                    continue
                if first.event is not event or second.event is not other:
                    continue  # changed since: the recheck's work
                first.duplicate_of = first.duplicate_of or other.id
                second.duplicate_of = second.duplicate_of or event.id
            self.warnings_ready = True
            self.version += 1
        if cache is not None and self.state is not None:
            keep(cache, self.state, len(entries))
        self._ready.set()

    def wait_for_warnings(self, timeout: float | None = None) -> bool:
        """Whether check's warnings were worked out (and the read cache
        kept) within ``timeout`` seconds."""
        return self._ready.wait(timeout)

    def refresh(self) -> None:
        """Reread the files whose size or time changed since, drop the
        deleted ones, read the new ones: a look at each file's status, a
        read of the few that changed; nothing while the first page's look
        stands for the files."""
        if not self.read.is_set():
            return
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
        event, messages = self._read_file(path)
        if event is None:
            self.broken[path] = messages
        elif event.id not in self.entries:
            entry = Entry(event, path, messages)
            self.entries[event.id] = entry
            self.names[path.name] = event.id
            if before is not None and _editorial_change(before.event, event):
                del self._touched[touched:]  # an accept: check's warnings cannot change
                entry.duplicate_of = before.duplicate_of
                entry.set_importance(before.importance)
            else:
                entry.set_importance(event_importance(event).score)
                self._touched.append(event)

    def _read_file(self, path: Path) -> tuple[Event | None, list[str]]:
        """One file as ``timeline check`` reads it, and what check says of it."""
        content = self.content
        event, problems = load_file(path, lambda article: (content / article).is_file())
        return event, [_said(problem) for problem in problems]

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
        if not self._touched or not self.warnings_ready:
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

    def count(self, filters: Filters) -> int:
        """How many events the filters let through, without ordering them
        or taking the place of the queue kept for the page being shown."""
        with self.lock:
            self._recheck_duplicates()
            return sum(matches(entry, filters) for entry in self.entries.values())

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
        self.history.add(Undoable(change, event_id))
        self.message = " ".join(filter(None, (message, self.history.take_warning())))
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
            last = self.history.last
            try:
                undo(last.change)
            except Conflict:
                if not _already_undone(last.change):
                    raise
            self.history.drop_last()
            for path in last.change.before:
                self.refresh_file(path)
            self.message = " ".join(
                filter(None, (f"Undone: {last.change.description}.", self.history.take_warning()))
            )
            return last.event_id

    def _entry(self, event_id: str) -> Entry:
        entry = self.entries.get(event_id)
        if entry is None:
            raise KeyError(event_id)
        return entry


def _said(problem: Problem) -> str:
    """A problem as the desk lists it under its event."""
    return f"{problem.severity}: {problem.message}"


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


def _already_undone(change: Change) -> bool:
    """Whether the files are as they were before ``change`` (its undo was
    written, and the desk stopped before it could take it off the journal)."""
    return all(read_bytes(path) == data for path, data in change.before.items())


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
