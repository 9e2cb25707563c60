"""The record of what extraction already proposed, from which article, and
which event file each proposal ended in — so that an event the editor
deleted is not proposed again. Kept beside the events as ``.ledger.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from timeline.store.files import write_atomic

LEDGER_NAME = ".ledger.json"


@dataclass
class Ledger:
    """proposed id -> the id of the event it was merged into, and the
    articles that proposed it."""

    path: Path
    targets: dict[str, str] = field(default_factory=dict)
    articles: dict[str, list[str]] = field(default_factory=dict)
    problem: str | None = None  # why an existing ledger could not be read

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
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            return cls(path, problem=f"{type(error).__name__}: {error}")
        return ledger

    def target(self, proposed_id: str) -> str | None:
        return self.targets.get(proposed_id)

    def record(self, proposed_id: str, event_id: str, articles: list[str]) -> None:
        self.targets[proposed_id] = event_id
        known = self.articles.setdefault(proposed_id, [])
        known += [article for article in articles if article not in known]

    def write(self) -> None:
        entries = {
            proposed: {"event": self.targets[proposed], "articles": self.articles.get(proposed, [])}
            for proposed in sorted(self.targets)
        }
        text = json.dumps({"version": 1, "proposed": entries}, indent=1, ensure_ascii=False) + "\n"
        if self.path.exists() and self.path.read_bytes() == text.encode("utf-8"):
            return  # a run that learnt nothing leaves the file, and its date, as they were
        write_atomic(self.path, text)
