"""The record of what extraction already proposed, from which article and
sentence, and which event file each proposal ended in — so that an event,
a source or a quote the editor deleted is not proposed again. Kept beside
the events as ``.ledger.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from timeline.store.files import write_atomic

LEDGER_NAME = ".ledger.json"


@dataclass
class Ledger:
    """proposed id -> the id of the event it was merged into, the articles
    that proposed it, and the (article, quote) of each source it proposed
    (none known for proposals recorded before quotes were)."""

    path: Path
    targets: dict[str, str] = field(default_factory=dict)
    articles: dict[str, list[str]] = field(default_factory=dict)
    quotes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
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
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["proposed"]
            for proposed, entry in entries.items():
                ledger.targets[str(proposed)] = str(entry["event"])
                ledger.articles[str(proposed)] = [str(item) for item in entry["articles"]]
                ledger.quotes[str(proposed)] = [
                    (str(article), str(quote)) for article, quote in entry.get("quotes", [])
                ]
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            return cls(path, problem=f"{type(error).__name__}: {error}")
        return ledger

    def target(self, proposed_id: str) -> str | None:
        return self.targets.get(proposed_id)

    def record(self, proposed_id: str, event_id: str, sources: list[tuple[str, str]]) -> None:
        """Note that ``proposed_id`` went into ``event_id``, with these
        (article, quote) sources."""
        articles = self.articles.setdefault(proposed_id, [])
        new_articles = [article for article, _ in dict.fromkeys(sources) if article not in articles]
        quotes = self.quotes.setdefault(proposed_id, [])
        new_quotes = [source for source in dict.fromkeys(sources) if source not in quotes]
        if new_articles or new_quotes or self.targets.get(proposed_id) != event_id:
            self.changed = True
        self.targets[proposed_id] = event_id
        articles += new_articles
        quotes += new_quotes

    def retarget(self, proposed_id: str, event_id: str) -> None:
        """Send what was proposed as ``proposed_id`` to ``event_id`` from now on."""
        self.changed = self.changed or self.targets.get(proposed_id) != event_id
        self.targets[proposed_id] = event_id

    def entry(self, proposed_id: str) -> tuple[str | None, list[str], list[tuple[str, str]]]:
        """What the ledger says of ``proposed_id``, as a copy ``restore`` takes back."""
        return (
            self.targets.get(proposed_id),
            list(self.articles.get(proposed_id, [])),
            list(self.quotes.get(proposed_id, [])),
        )

    def restore(
        self, proposed_id: str, entry: tuple[str | None, list[str], list[tuple[str, str]]]
    ) -> None:
        """Undo what was recorded of ``proposed_id`` since ``entry`` was taken:
        a change that could not be written is no proposal an editor saw."""
        target, articles, quotes = entry
        self.changed = True
        if target is None:
            for records in (self.targets, self.articles, self.quotes):
                records.pop(proposed_id, None)
            return
        self.targets[proposed_id] = target
        self.articles[proposed_id] = articles
        self.quotes[proposed_id] = quotes

    def write(self) -> None:
        """Put the ledger in its file, unless a run learnt nothing: then the
        file, and its date, stay as they were (and at 100,000 articles a run
        saves encoding a gigabyte and more of JSON)."""
        if not self.changed and self.problem is None and self.path.exists():
            return
        entries = {
            proposed: {
                "event": self.targets[proposed],
                "articles": self.articles.get(proposed, []),
                "quotes": [list(source) for source in self.quotes.get(proposed, [])],
            }
            for proposed in sorted(self.targets)
        }
        text = json.dumps({"version": 1, "proposed": entries}, indent=1, ensure_ascii=False) + "\n"
        if self.path.exists() and self.path.read_bytes() == text.encode("utf-8"):
            return  # a run that learnt nothing leaves the file, and its date, as they were
        write_atomic(self.path, text)
