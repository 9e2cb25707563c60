"""Merge what extraction proposes into the editors' event files without
ever undoing their work.

A proposal that the ledger, its id or its content ties to an existing event
only adds its article (or another sentence of a listed article) to that
event's ``sources``; locked and hidden events,
files with errors and events the editor deleted are left alone; anything
else becomes a new file. Which event a proposal is, is
``timeline.same_event``'s rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from timeline.model import Event, Source, event_filename
from timeline.same_event import EventIndex, Quote
from timeline.store.atomic import Seen, put_in_place, read_seen
from timeline.store.files import add_sources, dump_data, ensure_schema
from timeline.store.ledger import Entry, Ledger
from timeline.store.load import MAX_FILE_BYTES, load_events
from timeline.store.lock import events_lock
from timeline.store.validate import validate_event

Action = Literal["created", "updated", "unchanged", "left alone"]
_DRY = {
    "created": "would create",
    "updated": "would update",
    "unchanged": "unchanged",
    "left alone": "left alone",
}


@dataclass(frozen=True)
class Change:
    """What happened (or would happen) to one proposed event."""

    action: Action
    event_id: str
    path: Path
    title: str
    reason: str
    retry: bool = False  # not done for now: a rerun proposes it again

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


def apply_extraction(
    proposed: list[Event], events_dir: Path, *, dry_run: bool = False
) -> MergeReport:
    """Merge ``proposed`` into ``events_dir`` and say what happened; with
    ``dry_run``, only say what would. Raises ``StoreBusy`` when another run
    holds the folder. A file an editor saves while the run merges is left
    as they saved it (reported; a rerun adds what it missed)."""
    return _apply(proposed, events_dir, dry_run, by_id_only=False)


def apply_import(imported: list[Event], events_dir: Path, *, dry_run: bool = False) -> MergeReport:
    """Merge an editor's imported events as ``apply_extraction`` does, but
    an event is one of the folder's only by its id, never by resemblance:
    an import is deliberate data, and two votes of one day are two events.
    An id the folder holds with another title or date is left alone and
    reported; the ledger of extraction's proposals is neither read nor
    written."""
    return _apply(imported, events_dir, dry_run, by_id_only=True)


def _apply(
    proposed: list[Event], events_dir: Path, dry_run: bool, *, by_id_only: bool
) -> MergeReport:
    report = MergeReport(events_dir, dry_run)
    if dry_run:
        _merge(proposed, events_dir, report, by_id_only, since_ns=None)
        return report
    with events_lock(events_dir) as since_ns:
        writes, ledger = _merge(proposed, events_dir, report, by_id_only, since_ns)
        if writes:
            ensure_schema(events_dir)
        done = put_in_place([(path, write.text, write.seen) for path, write in writes.items()])
        for write, written in zip(writes.values(), done, strict=True):
            if not written:
                write.undo(ledger, report)
        ledger.write()
    return report


@dataclass
class _Write:
    """A file this run will write: its text, the file as the run read it
    (None for a new file), and what to take back if an editor's save came
    first: the report's changes and the ledger's records that went into it."""

    text: str
    seen: Seen | None
    changes: list[int] = field(default_factory=list)  # places in the report
    records: list[tuple[str, Entry | None]] = field(default_factory=list)  # (proposed id, before)

    def undo(self, ledger: Ledger, report: MergeReport) -> None:
        for proposed_id, entry in reversed(self.records):
            ledger.restore(proposed_id, entry)
        for number in self.changes:
            change = report.changes[number]
            why = (
                "an editor created a file of that name during this run"
                if self.seen is None
                else "an editor saved it during this run; their save is kept"
            )
            report.changes[number] = replace(
                change,
                action="left alone",
                reason=f"{why}; run the command again to add this ({change.reason})",
                retry=True,
            )


def _merge(
    proposed: list[Event],
    events_dir: Path,
    report: MergeReport,
    by_id_only: bool,
    since_ns: int | None,
) -> tuple[dict[Path, _Write], Ledger]:
    loaded = load_events(events_dir, check_articles=False)
    index = EventIndex(loaded.events)
    broken = {path.stem: path for path in loaded.broken}
    ledger = Ledger.read(events_dir)
    writes: dict[Path, _Write] = {}
    for event in proposed:
        data = event.to_dict()
        errors = [issue.message for issue in validate_event(data) if issue.severity == "error"]
        size = _size(data)
        if size > MAX_FILE_BYTES:  # a file check would refuse to read (a 2 MB article title)
            errors.append(f"it would be {size >> 10} KB, more than an event file may be")
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
        sources = [(source.article, source.quote) for source in event.sources if source.article]
        target_id = None if by_id_only else ledger.target(event.id)
        existing = index.by_id.get(target_id or event.id)
        if existing is None and (target_id or event.id) not in broken and not by_id_only:
            # Also for a proposal whose event is gone: the editor may have
            # renamed it, and its content still finds it.
            existing = index.match(event)
        if by_id_only and existing is not None and _differs(existing, event):
            assert existing.path is not None
            change = Change(
                "left alone",
                existing.id,
                existing.path,
                event.title,
                f"the id is taken by {existing.title!r} ({existing.date}); "
                "not imported: give one of them another id",
            )
        elif by_id_only and existing is not None:
            change = _update(existing, event, index, writes, since_ns)
        elif existing is not None:
            # An article, or a sentence, this proposal came from before that
            # the event no longer lists: the editor removed it as a source.
            removed = set(ledger.articles(event.id)) if target_id else set()
            removed -= {source.article for source in existing.sources}
            listed = {(source.article, source.quote) for source in existing.sources}
            gone = [
                Source(article, quote)
                for article, quote in (ledger.quotes(event.id) if target_id else ())
                if (article, quote) not in listed
                and not any(_same_source(Source(article, quote), s) for s in existing.sources)
            ]
            change = _update(existing, event, index, writes, since_ns, removed, gone)
            _record(ledger, writes, change, event.id, existing.id, sources)
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
            created = _create(event, data, events_dir, index, set(broken), writes)
            change = Change(
                "created",
                created.id,
                created.path or events_dir,
                created.title,
                f"new, from {', '.join(articles) or 'no article'}",
            )
            _record(ledger, writes, change, event.id, created.id, sources)
        if change.path in writes and change.action in ("created", "updated"):
            writes[change.path].changes.append(len(report.changes))
        report.changes.append(change)
    return writes, ledger


def _size(data: dict) -> int:
    """The bytes of ``data`` as JSON, near enough to tell a file too large:
    counted only when its texts could come near the limit (a character is
    at most six bytes of JSON, as an escape)."""
    texts = 0
    for value in data.values():
        if isinstance(value, str):
            texts += len(value)
        elif isinstance(value, list):
            for item in value:
                texts += sum(map(len, item.values())) if isinstance(item, dict) else len(str(item))
        elif isinstance(value, dict):
            texts += sum(len(str(item)) for item in value.values())
    if 6 * texts + 4096 < MAX_FILE_BYTES:
        return 6 * texts + 4096
    return len(json.dumps(data, ensure_ascii=False, default=str).encode())


def _record(
    ledger: Ledger,
    writes: dict[Path, _Write],
    change: Change,
    proposed_id: str,
    event_id: str,
    sources: list[tuple[str, str]],
) -> None:
    """Note in the ledger where the proposal went, unless a rerun is to
    propose it again; a record that goes into a file is kept with its write,
    to be taken back if the write cannot be done."""
    if change.retry:
        return
    if change.path in writes and change.action in ("created", "updated"):
        writes[change.path].records.append((proposed_id, ledger.entry(proposed_id)))
    ledger.record(proposed_id, event_id, sources)


def _differs(existing: Event, imported: Event) -> bool:
    """Whether an imported event is another than the folder's of its id: a
    title or date of its own."""
    return existing.title != imported.title or existing.edtf != imported.edtf


def _update(
    existing: Event,
    event: Event,
    index: EventIndex,
    writes: dict[Path, _Write],
    since_ns: int | None,
    removed: set[str] | frozenset[str] = frozenset(),
    gone: list[Source] | None = None,
) -> Change:
    """Add to ``existing`` the sources of ``event`` it lacks, but for those
    of the ``removed`` articles and the ``gone`` sentences, which the editor
    took off it."""
    assert existing.path is not None
    path = existing.path
    if existing.locked:
        return Change("left alone", existing.id, path, existing.title, "locked")
    if existing.hidden:
        return Change("left alone", existing.id, path, existing.title, "hidden")
    articles = {source.article for source in existing.sources}
    listed = {(source.article, source.quote) for source in existing.sources}
    new: list[Source] = []
    quotes_off: list[str] = []
    for source in event.sources:
        if (source.article, source.quote) in listed or source.article in removed:
            continue
        if any(_same_source(source, old) for old in gone or []):
            quotes_off.append(source.article)
            continue
        if not any(_same_source(source, known) for known in [*existing.sources, *new]):
            new.append(source)
    kept_off = sorted({source.article for source in event.sources} & removed)
    if not new and (kept_off or quotes_off):
        reasons = [f"source {', '.join(kept_off)}"] if kept_off else []
        reasons += [f"a quote of {article}" for article in dict.fromkeys(quotes_off)]
        return Change(
            "left alone",
            existing.id,
            path,
            existing.title,
            f"the editor removed {' and '.join(reasons)}; not added again",
        )
    if not new:
        named = ", ".join(dict.fromkeys(source.article for source in event.sources))
        return Change(
            "unchanged",
            existing.id,
            path,
            existing.title,
            f"already lists {named or 'its source'}",
        )
    write = writes.get(path)
    try:
        if write is None:
            data, seen, saved = read_seen(path, since_ns)
            if saved:
                return Change(
                    "left alone",
                    existing.id,
                    path,
                    existing.title,
                    "an editor saved it during this run; their save is kept; "
                    "run the command again to add what it missed",
                    retry=True,
                )
            write = _Write(data.decode("utf-8-sig"), seen)  # keeps CRLF as it is
        write.text = add_sources(write.text, [source.to_dict() for source in new])
    except (OSError, ValueError) as error:  # deleted, emptied or half saved meanwhile
        return Change(
            "left alone",
            existing.id,
            path,
            existing.title,
            f"it changed during this run ({str(error).splitlines()[0]}); run the command again",
            retry=True,
        )
    writes[path] = write
    existing.sources.extend(new)
    index.add_sources(existing, len(new))
    added = ", ".join(
        source.article + (" (another quote)" if source.article in articles else "")
        for source in new
    )
    return Change("updated", existing.id, path, existing.title, f"added source {added}")


def _same_source(proposed: Source, known: Source) -> bool:
    """Whether ``known`` already says what ``proposed`` would: the same
    article and the same sentence, give or take the words an editor corrected
    or cut; a source without a quote stands for its whole article. Another
    sentence of a listed article is a source of its own, so the editor sees
    every place the article reports the event."""
    if proposed.article != known.article:
        return False
    mine, theirs = Quote.of(proposed.quote), Quote.of(known.quote)
    if not mine.words or not theirs.words:
        return True
    shorter, longer = sorted((f" {mine.words} ", f" {theirs.words} "), key=len)
    return shorter in longer or mine.same(theirs)


def _create(
    event: Event,
    data: dict,
    events_dir: Path,
    index: EventIndex,
    taken: set[str],
    writes: dict[Path, _Write],
) -> Event:
    """A new file for ``event`` (whose ``to_dict()`` is ``data``), under an
    id no other event has."""
    # The caller's proposal stays as it was: only the id, path and sources list change.
    proposal, event = event, replace(event, sources=list(event.sources))
    base, number = event.id, 1
    while (
        event.id in index.by_id
        or event.id in taken
        or (events_dir / event_filename(event)).exists()
    ):
        number += 1
        event.id = f"{base}-{number}"
    event.path = events_dir / event_filename(event)
    writes[event.path] = _Write(dump_data({**data, "id": event.id}), None)
    index.add(event, made_from=proposal)
    return event
