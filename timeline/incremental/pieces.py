"""Pieces of a build kept for the next one.

Rebuilding after one edit re-renders the files made from every event (the
calendars, the feeds): they are cheap to assemble but each event's part of
them is not (its Markdown summary, its calendar entry). Those parts are
kept under the key of everything they depend on besides the event itself
(settings, theme, code, library versions): in the build's memory for a site
kept whole (``incremental.memory``), else in a JSON file beside the site
(``layout.cache_folder``). A file written under another key, or unreadable,
is ignored. Only the pieces this build used are kept, so they
never grow beyond the site they serve.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from timeline.incremental.memory import BuildMemory, kept_whole
from timeline.jsonfile import read_json, worth_rewriting, write_json

CACHE = "pieces.json"


class Fragments:
    """Rendered pieces by kind and by the fingerprint of the event they show."""

    def __init__(
        self,
        key: str,
        saved: dict[str, dict[str, str]] | None = None,
        summaries: dict[str, list[str]] | None = None,
    ) -> None:
        self.key = key
        self.saved = saved or {}
        self.summaries = summaries or {}  # as loaded: Markdown → [HTML, plain text]
        self.used: dict[str, dict[str, str]] = {}

    def get(self, kind: str, key: str, make: Callable[[], str]) -> str:
        used = self.used.setdefault(kind, {})
        value = used.get(key)
        if value is None:
            value = self.saved.get(kind, {}).get(key)
            used[key] = value if isinstance(value, str) else make()
        return used[key]

    @classmethod
    def load(cls, folder: Path, key: str, memory: BuildMemory) -> Fragments:
        """The pieces kept under ``key`` in ``memory``, else in ``folder``
        (none when there are none, or they were made under another key); the
        summaries among them go back into the memory's."""
        if memory.pieces_key == key:
            return cls(key, memory.pieces)
        try:
            data = read_json(folder / CACHE)
            pieces, summaries = data["pieces"], data["summaries"]
            if (
                data.get("key") != key
                or not isinstance(summaries, dict)
                or not all(isinstance(items, dict) for items in pieces.values())
            ):
                return cls(key)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(key)
        # Taken as they are, not copied (seconds at 100,000 events): each
        # piece and summary is checked where it is used.
        memory.summaries.remember(summaries)
        return cls(key, pieces, summaries)

    def save(self, folder: Path, summaries: list[str], live: set[str], memory: BuildMemory) -> None:
        """Keep the pieces of ``live`` keys (the events' fingerprints), those
        this build made and those it did not need to, and the rendering of
        ``summaries`` (the events' Markdown) in ``memory`` for a site kept
        whole, else in ``folder``, atomically; not
        at all when the folder holds that already, or all of it but an
        edit's few pieces (``worth_rewriting``)."""
        pieces: dict[str, dict[str, str]] = {}
        for kind in sorted(self.saved.keys() | self.used.keys()):
            items = self.saved.get(kind, {})
            if not live.issuperset(items):
                items = {key: value for key, value in items.items() if key in live}
            pieces[kind] = items | self.used.get(kind, {})
        if kept_whole(len(live)):
            memory.pieces, memory.pieces_key = pieces, self.key
            memory.summaries.keep_only(summaries)
            (folder / CACHE).unlink(missing_ok=True)
            return
        memory.pieces, memory.pieces_key = {}, ""
        pieces = {kind: dict(sorted(items.items())) for kind, items in pieces.items()}
        rendered = memory.summaries.to_keep(summaries)
        if (
            (folder / CACHE).is_file()
            and not any(
                worth_rewriting(self.saved.get(kind, {}), items) for kind, items in pieces.items()
            )
            and not worth_rewriting(self.summaries, rendered)
        ):
            return
        write_json(folder / CACHE, {"key": self.key, "pieces": pieces, "summaries": rendered})
