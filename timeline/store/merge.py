"""Merge what extraction proposes into the editors' event files without
ever undoing their work.

A proposal that the ledger, its id or its content ties to an existing event
only adds its article (or another sentence of a listed article) to that
event's ``sources``; locked and hidden events,
files with errors and events the editor deleted are left alone; anything
else becomes a new file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from timeline.model import Event, Source, event_filename
from timeline.store.atomic import Seen, create_new, read_seen, replace_unchanged
from timeline.store.files import add_sources, dump_event, ensure_schema
from timeline.store.ledger import Ledger
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


# A number is one word ("$52.4 million", "1/8", "1,850"), not two names.
_WORD = re.compile(r"\d+(?:[.,/]\d+)*|\w+")


def _fold(text: str) -> str:
    """Lowercase without accents: "Kraków" and "Krakow" are one word."""
    if text.isascii():  # most text: nothing to decompose
        return text.lower()
    return "".join(
        char
        for char in unicodedata.normalize("NFKD", text.casefold())
        if not unicodedata.combining(char)
    )


def _words(text: str) -> str:
    return " ".join(_WORD.findall(_fold(text)))


def _span(event: Event) -> tuple[dt.date, dt.date] | None:
    try:
        return event.edtf.sort_key()
    except ValueError:  # EDTFError, or a year before 1
        return None


def _names(text: str) -> list[frozenset[str]]:
    """Capitalised words and numbers: the places, people and bodies a title
    names, a run of them ("Saddam Hussein", "Hong Kong") being one name. The
    first word counts only when it is no mere sentence case (E5, EU, G7),
    since "Defence ministers met" names no defence. A single letter is an
    initial or a piece of "U.S.", too common to tell events apart."""
    words = _WORD.findall(text)
    runs: list[frozenset[str]] = []
    run: list[str] = []
    for position, word in enumerate(words):
        named = word[0].isupper() or word[0].isdigit()
        if position == 0:
            named = word.isupper() or any(char.isdigit() for char in word)
        if named and (len(word) > 1 or word.isdigit()):
            run.append(_fold(word))
        elif not named and run:
            runs.append(frozenset(run))
            run = []
    return [*runs, frozenset(run)] if run else runs


def _stems(words: str) -> frozenset[str]:
    """Content words (of ``_words`` text) cut to four letters, so "meets"
    and "meeting" agree."""
    return frozenset(word[:4] for word in words.split() if word not in _STOP)


@dataclass(frozen=True)
class _Title:
    """What matching needs of a title, worked out once."""

    words: frozenset[str]
    names: frozenset[str]
    runs: tuple[frozenset[str], ...]  # the names, as written together
    stems: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Title:
        words, runs = _words(text), _names(text)
        names = frozenset().union(*runs)
        return cls(frozenset(words.split()), names, tuple(runs), _stems(words))

    def shares_two_names(self, other: _Title) -> bool:
        """Two different names in common, not two words of one name."""
        shared = self.names & other.names
        return len(shared) >= 2 and all(
            sum(1 for run in title.runs if run & shared) >= 2 for title in (self, other)
        )

    def names_other_things(self, other: _Title) -> bool:
        """Each side names something the other never mentions: "Ministers
        meet in Krakow" is not "Ministers meet in Geneva"."""
        return bool(self.names - other.words and other.names - self.words)

    def same(self, other: _Title) -> bool:
        """Recognisably the same event: not naming different things, and
        sharing most content words or at least two names."""
        if self.names_other_things(other) or not self.stems or not other.stems:
            return False
        similar = len(self.stems & other.stems) / len(self.stems | other.stems)
        return similar >= TITLE_SIMILARITY or self.shares_two_names(other)


def _same_title(left: str, right: str) -> bool:
    return _Title.of(left).same(_Title.of(right))


@dataclass(frozen=True)
class _Quote:
    """A quote as words, and its content words, for comparing reports."""

    words: str
    stems: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Quote:
        words = _words(text)
        return cls(words, _stems(words))

    def same(self, other: _Quote) -> bool:
        """The same sentence, give or take a word (a reprinted wire story):
        at least half of each one's content words in common, then a
        character ratio of QUOTE_SIMILARITY. The cheap bounds come first;
        difflib runs only on the few pairs they let through."""
        if not self.stems or not other.stems:
            return False
        shared = len(self.stems & other.stems)
        if 2 * shared < max(len(self.stems), len(other.stems)):
            return False
        lengths = len(self.words) + len(other.words)
        if 2 * min(len(self.words), len(other.words)) < QUOTE_SIMILARITY * lengths:
            # difflib's ratio, 2 * matches / lengths, cannot get there
            return False
        matcher = difflib.SequenceMatcher(None, self.words, other.words)
        return matcher.quick_ratio() >= QUOTE_SIMILARITY and matcher.ratio() >= QUOTE_SIMILARITY


def _rarest(keys: Iterable[str], needed: int, postings: dict, span: object) -> list[str]:
    """Prefix filtering: a match must share ``needed`` of ``keys``, so it
    shares one of the ``len(keys) - needed + 1`` keys with the fewest events
    on this date; only their events need looking at."""
    ordered = sorted(keys, key=lambda key: (len(postings.get((span, key), ())), key))
    return ordered[: max(0, len(ordered) - needed + 1)]


class _Index:
    """Existing events by id, by quote, and by date and word, so that a
    proposal is compared with the few events that could be it rather than
    with every event of its day."""

    def __init__(self, events: list[Event]) -> None:
        self.by_id: dict[str, Event] = {}
        self.by_quote: dict[str, list[Event]] = defaultdict(list)
        # (date span, title stem or name) and (date span, quote stem) -> events
        self.by_title: dict[tuple[object, str], list[int]] = defaultdict(list)
        self.by_quote_stem: dict[tuple[object, str], list[int]] = defaultdict(list)
        self.events: list[Event] = []  # in the order they were added: the first match wins
        self.spans: list[object] = []
        self.titles: list[_Title] = []
        self.quotes: list[dict[str, _Quote]] = []  # each event's distinct quotes, by words
        self.number: dict[int, int] = {}  # id(event) -> its place in self.events
        # Words are indexed at the first match: a run that finds every
        # proposal by id or in the ledger (a re-run) never pays for them.
        self.unindexed: list[Event] | None = []
        self.created: set[int] = set()  # id() of the events this run wrote
        for event in events:
            self._add(event)

    def add(self, event: Event) -> None:
        """Index an event this run creates."""
        self._add(event)
        self.created.add(id(event))

    def _add(self, event: Event) -> None:
        self.by_id[event.id] = event
        if self.unindexed is None:
            self._index(event)
        else:
            self.unindexed.append(event)

    def _index(self, event: Event) -> None:
        number = len(self.events)
        self.number[id(event)] = number
        span, title = _span(event), _Title.of(event.title)
        self.events.append(event)
        self.spans.append(span)
        self.titles.append(title)
        self.quotes.append({})
        if span is not None:
            for key in {"s" + stem for stem in title.stems} | {"n" + name for name in title.names}:
                self.by_title[span, key].append(number)
        for source in event.sources:
            self._index_quote(number, source.quote)

    def add_quote(self, event: Event, text: str) -> None:
        """Index a source just added to ``event``."""
        if self.unindexed is None:  # otherwise it is read with the event
            self._index_quote(self.number[id(event)], text)

    def _index_quote(self, number: int, text: str) -> None:
        quote = _Quote.of(text)
        if not quote.words or quote.words in self.quotes[number]:
            return  # many reprints of one sentence are one quote to compare
        self.by_quote[quote.words].append(self.events[number])
        self.quotes[number][quote.words] = quote
        span = self.spans[number]
        if span is not None:
            for stem in quote.stems:
                postings = self.by_quote_stem[span, stem]
                if not postings or postings[-1] != number:
                    postings.append(number)

    def match(self, proposed: Event) -> Event | None:
        """The existing event that is recognisably the proposed one: the same
        quote with a similar title (or the same date, naming nothing else),
        or the same date with a similar title or quote."""
        if self.unindexed is not None:
            unindexed, self.unindexed = self.unindexed, None
            for event in unindexed:
                self._index(event)
        span, title = _span(proposed), _Title.of(proposed.title)
        texts = dict.fromkeys(source.quote for source in proposed.sources)
        quotes = list(dict.fromkeys(quote for text in texts if (quote := _Quote.of(text)).words))
        articles = {source.article for source in proposed.sources}
        for quote in quotes:
            for event in self.by_quote.get(quote.words, []):
                if self._kept_apart(event, articles):
                    continue
                number = self.number[id(event)]
                if id(event) in self.created and self.spans[number] != span:
                    # Written by this run, so no editor has moved its date: a
                    # sentence telling of two days tells of two events.
                    continue
                # One sentence may report two events on one day: tell them apart by name.
                if self.titles[number].same(title) or (
                    self.spans[number] == span and not self.titles[number].names_other_things(title)
                ):
                    return event
        if span is None:
            return None
        for number in sorted(self._candidates(span, title, quotes)):
            other, event = self.titles[number], self.events[number]
            if self._kept_apart(event, articles):
                continue
            # Two sentences of one article are two events ("U.S. Trust faces
            # competition", "U.S. Trust's earnings hurt"), however alike their
            # headlines: within an article only the same sentence is the same event.
            told = not articles.isdisjoint(source.article for source in event.sources)
            if not told and other.same(title):
                return event
            if not other.names_other_things(title) and any(
                mine.same(theirs) for mine in self.quotes[number].values() for theirs in quotes
            ):
                return event
        return None

    def _kept_apart(self, event: Event, articles: set[str]) -> bool:
        """Whether this run created ``event`` from one of ``articles``:
        extraction has already folded whatever an article tells twice, so
        what it still proposes apart is another event ("Intel says it
        corrected problems" and "Intel corrects problems", told of two days)."""
        return id(event) in self.created and not articles.isdisjoint(
            source.article for source in event.sources
        )

    def _candidates(self, span: object, title: _Title, quotes: list[_Quote]) -> set[int]:
        """Events of ``span`` that could pass ``_Title.same`` or
        ``_Quote.same``: sharing half the title's stems or two of its names,
        or half of a quote's stems."""
        found: set[int] = set()
        half = (len(title.stems) + 1) // 2
        wanted = [
            (self.by_title, {"s" + stem for stem in title.stems}, half),
            (self.by_title, {"n" + name for name in title.names}, 2),
        ]
        wanted += [
            (self.by_quote_stem, quote.stems, (len(quote.stems) + 1) // 2) for quote in quotes
        ]
        for postings, keys, needed in wanted:
            for key in _rarest(keys, needed, postings, span):
                found.update(postings.get((span, key), ()))
        return found


def likely_duplicates(events: list[Event]) -> list[tuple[Event, Event]]:
    """Pairs (event, an earlier one it looks the same as), by the rules
    re-extraction merges with: the same quote, or the same date with a
    similar title or quote. Events that share an article stay apart unless
    they quote the same sentence, as extraction keeps them. Events are taken
    in file-name order, so the warning falls on the later file."""
    index = _Index([])
    pairs = []
    for event in sorted(events, key=lambda event: str(event.path or event.id)):
        other = index.match(event)
        if other is not None:
            pairs.append((event, other))
        index.add(event)
    return pairs


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
        for path, write in writes.items():
            if write.seen is None:
                written = create_new(path, write.text)
            else:
                written = replace_unchanged(path, write.text, write.seen)
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
    records: list[tuple[str, tuple]] = field(default_factory=list)  # (proposed id, ledger entry)

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
    index = _Index(loaded.events)
    broken = {path.stem: path for path in loaded.broken}
    ledger = Ledger.read(events_dir)
    writes: dict[Path, _Write] = {}
    for event in proposed:
        errors = [
            issue.message for issue in validate_event(event.to_dict()) if issue.severity == "error"
        ]
        size = len(json.dumps(event.to_dict(), ensure_ascii=False, default=str).encode())
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
            removed = set(ledger.articles.get(event.id, [])) if target_id else set()
            removed -= {source.article for source in existing.sources}
            gone = [
                Source(article, quote)
                for article, quote in (ledger.quotes.get(event.id, []) if target_id else [])
                if not any(_same_source(Source(article, quote), s) for s in existing.sources)
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
            created = _create(event, events_dir, index, set(broken), writes)
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
    index: _Index,
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
        listed = ", ".join(dict.fromkeys(source.article for source in event.sources))
        return Change(
            "unchanged",
            existing.id,
            path,
            existing.title,
            f"already lists {listed or 'its source'}",
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
    for source in new:
        index.add_quote(existing, source.quote)
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
    mine, theirs = _Quote.of(proposed.quote), _Quote.of(known.quote)
    if not mine.words or not theirs.words:
        return True
    shorter, longer = sorted((f" {mine.words} ", f" {theirs.words} "), key=len)
    return shorter in longer or mine.same(theirs)


def _create(
    event: Event, events_dir: Path, index: _Index, taken: set[str], writes: dict[Path, _Write]
) -> Event:
    # The caller's proposal stays as it was: only the id, path and sources list change.
    event = replace(event, sources=list(event.sources))
    base, number = event.id, 1
    while (
        event.id in index.by_id
        or event.id in taken
        or (events_dir / event_filename(event)).exists()
    ):
        number += 1
        event.id = f"{base}-{number}"
    event.path = events_dir / event_filename(event)
    writes[event.path] = _Write(dump_event(event), None)
    index.add(event)
    return event
