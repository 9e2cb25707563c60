"""The record of what extraction already proposed, from which article and
sentence, and which event file each proposal ended in — so that an event,
a source or a quote the editor deleted is not proposed again. Kept beside
the events as ``.ledger.json``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from timeline.store.files import write_atomic

LEDGER_NAME = ".ledger.json"

# What the ledger says of one proposed id: the event it went into, the
# articles that proposed it, and the (article, quote) of each source it
# proposed (none known for proposals recorded before quotes were). Tuples,
# and article paths shared between entries: at 100,000 articles a ledger has
# millions of entries, and a dictionary and two lists each held twice the memory.
Entry = tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]


@dataclass
class Ledger:
    """proposed id -> its ``Entry``."""

    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    problem: str | None = None  # why an existing ledger could not be read
    changed: bool = False  # recorded, restored or retargeted since it was read

    @classmethod
    def read(cls, events_dir: Path) -> Ledger:
        """The folder's ledger; an empty one when it is missing or unreadable
        (then deleted events may come back, which loses nothing; ``timeline
        check`` warns about it)."""
        path = events_dir / LEDGER_NAME
        ledger = cls(path)
        if not path.exists():
            return ledger
        texts: dict[str, str] = {}
        try:
            # Each entry becomes a tuple as it is parsed, so the whole file is
            # never held as dictionaries.
            data = json.loads(
                path.read_text(encoding="utf-8"),
                object_hook=lambda found: _entry(found, texts.setdefault),
            )
            for proposed, entry in data["proposed"].items():
                if not isinstance(entry, tuple):
                    raise KeyError("event")
                # most went into an event of their own id: one string for both
                same = entry[0] == proposed
                ledger.entries[proposed] = (proposed, entry[1], entry[2]) if same else entry
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            return cls(path, problem=f"{type(error).__name__}: {error}")
        return ledger

    def target(self, proposed_id: str) -> str | None:
        entry = self.entries.get(proposed_id)
        return None if entry is None else entry[0]

    def targets(self) -> Iterator[tuple[str, str]]:
        """(proposed id, the event it went into), for every proposal recorded."""
        return ((proposed, entry[0]) for proposed, entry in self.entries.items())

    def articles(self, proposed_id: str) -> tuple[str, ...]:
        entry = self.entries.get(proposed_id)
        return () if entry is None else entry[1]

    def quotes(self, proposed_id: str) -> tuple[tuple[str, str], ...]:
        entry = self.entries.get(proposed_id)
        return () if entry is None else entry[2]

    def record(self, proposed_id: str, event_id: str, sources: list[tuple[str, str]]) -> None:
        """Note that ``proposed_id`` went into ``event_id``, with these
        (article, quote) sources."""
        target, articles, quotes = self.entries.get(proposed_id, (None, (), ()))
        told = dict.fromkeys(sources)
        new_articles = tuple(article for article, _ in told if article not in articles)
        new_quotes = tuple(source for source in told if source not in quotes)
        if new_articles or new_quotes or target != event_id:
            self.changed = True
        self.entries[proposed_id] = (event_id, articles + new_articles, quotes + new_quotes)

    def retarget(self, proposed_id: str, event_id: str) -> None:
        """Send what was proposed as ``proposed_id`` to ``event_id`` from now on."""
        target, articles, quotes = self.entries.get(proposed_id, (None, (), ()))
        self.changed = self.changed or target != event_id
        self.entries[proposed_id] = (event_id, articles, quotes)

    def entry(self, proposed_id: str) -> Entry | None:
        """What the ledger says of ``proposed_id``, for ``restore`` to take back."""
        return self.entries.get(proposed_id)

    def restore(self, proposed_id: str, entry: Entry | None) -> None:
        """Undo what was recorded of ``proposed_id`` since ``entry`` was taken:
        a change that could not be written is no proposal an editor saw."""
        self.changed = True
        if entry is None:
            self.entries.pop(proposed_id, None)
        else:
            self.entries[proposed_id] = entry

    def write(self) -> None:
        """Put the ledger in its file, unless a run learnt nothing: then the
        file, and its date, stay as they were (and at 100,000 articles a run
        saves encoding a gigabyte and more of JSON)."""
        if not self.changed and self.problem is None and self.path.exists():
            return
        text = _text(self.entries)
        if self.path.exists() and self.path.read_bytes() == text.encode("utf-8"):
            return  # a run that learnt nothing leaves the file, and its date, as they were
        write_atomic(self.path, text)


def _text(entries: dict[str, Entry]) -> str:
    """The ledger's file: byte for byte ``json.dumps({"version": 1,
    "proposed": {id: {"event", "articles", "quotes"}}}, indent=1,
    ensure_ascii=False)``, its entries sorted by id, and a newline. Written
    line by line with json's own string encoder, since json indents through
    its pure-Python encoder: at 100,000 articles the file is some 2.5 GB."""
    if not entries:
        return '{\n "version": 1,\n "proposed": {}\n}\n'
    string = json.encoder.encode_basestring  # what json.dumps writes for a str
    parts = ['{\n "version": 1,\n "proposed": {\n']
    for number, (proposed, (target, articles, quotes)) in enumerate(sorted(entries.items())):
        if number:
            parts.append(",\n")
        parts += (f"  {string(proposed)}: {{\n", f'   "event": {string(target)},\n')
        if articles:
            listed = ",\n    ".join(map(string, articles))
            parts.append(f'   "articles": [\n    {listed}\n   ],\n')
        else:
            parts.append('   "articles": [],\n')
        if quotes:
            pairs = ",\n    ".join(
                f"[\n     {string(article)},\n     {string(quote)}\n    ]"
                for article, quote in quotes
            )
            parts.append(f'   "quotes": [\n    {pairs}\n   ]\n  }}')
        else:
            parts.append('   "quotes": []\n  }')
    parts.append("\n }\n}\n")
    return "".join(parts)


def _entry(found: dict, share: Callable[[str, str], str]) -> object:
    """An object of the file: an entry (it names its event) as an ``Entry``,
    its article paths shared; any other as it is."""
    if "event" not in found or "articles" not in found or isinstance(found["event"], (dict, tuple)):
        return found  # the file, or its proposals by id
    articles = tuple(share(text, text) for text in map(str, found["articles"]))
    quotes = tuple(
        (share(text, text), str(quote))
        for text, quote in ((str(article), quote) for article, quote in found.get("quotes", []))
    )
    return (str(found["event"]), articles, quotes)
