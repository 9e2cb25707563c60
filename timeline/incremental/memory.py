"""``BuildMemory``: what a build keeps for the next one, in the process for
``serve``, which builds again and again, and on disk for the next
``timeline build``.

Each part is keyed by what it was made from (an event file's size, time and
inode; an event's fingerprint; a Markdown text; the settings and theme), so
memory that is behind the files is never wrong, only less useful: what it
does not know is made again. The parts live in one object, passed to each
step of the build that uses them, so that the whole can be written as one
pickle beside the site and taken back by a process that starts cold (as
Sphinx keeps its environment): after an edit, a fresh process then does what
``serve`` does, instead of making the views of 10,000 events again. Only
sites up to ``KEPT_IN_MEMORY_UP_TO`` events are kept whole; larger ones keep
their JSON caches, written in pieces.

A pickle can name any function to call; this one is read only under the
key of this very code and Python, from the folder the builds of the site
write, and may name none but the classes memory holds (``_HELD``).
"""

from __future__ import annotations

import copyreg
import dataclasses
import operator
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from timeline.incremental.code_key import code_key
from timeline.markup import Summaries
from timeline.model import Event

MEMORY = "memory.pickle"

# A process that builds again keeps the last build's events, views, cards and
# ``events.json`` entries, and writes them beside the site, up to this many
# events: a one-off build of 100,000 would hold hundreds of megabytes longer.
KEPT_IN_MEMORY_UP_TO = 20_000


def kept_whole(events: int) -> bool:
    """Whether a site of this many events is kept in memory, and on disk
    as memory rather than as JSON caches."""
    return events <= KEPT_IN_MEMORY_UP_TO


class BuildMemory:
    """The parts, each filled and read by the module named beside it."""

    def __init__(self, folder: str = "") -> None:
        self.folder = folder  # the cache folder of the site these parts were made for
        # timeline.incremental.read_cache: events by (file name, its size, time and inode)
        self.events: dict[tuple, Event] = {}
        # timeline.site.views: the last call of ``prepare``
        self.views: tuple | None = None
        # timeline.site.pages: cards by (fingerprint, way to the root), under ``cards_base``
        self.cards: dict[tuple[str, str], str] = {}
        self.cards_base = ""
        # timeline.markup: Markdown -> (HTML, plain text)
        self.summaries = Summaries()
        # timeline.site.feeds: events.json entries by (base URL, fingerprint)
        self.entries: dict[tuple[str, str], str] = {}
        # timeline.incremental.pieces: rendered pieces by kind and fingerprint, under ``pieces_key``
        self.pieces: dict[str, dict[str, str]] = {}
        self.pieces_key = ""
        # timeline.site.overview: layouts of the overview by the dates drawn
        self.layouts: dict[tuple, tuple[Any, str]] = {}
        # Events read and views made since the parts were last written, and the
        # keys of the cards and pieces then: a change of theme or settings
        # makes them all again.
        self.made = 0
        self.written_under = ("", "")

    def keys(self) -> tuple[str, str]:
        return self.cards_base, self.pieces_key

    def recall(self, folder: Path) -> None:
        """Make this the memory of the site whose builds keep their memory
        in ``folder``: left as it is when it is that already (the last build
        of this process was of that site), else taken from the file the last
        build wrote there (empty when there is none, or it is unreadable, or
        it was written by other code)."""
        if self.folder == str(folder):
            return
        vars(self).update(vars(BuildMemory(str(folder))))
        try:
            with (folder / MEMORY).open("rb") as stream:
                if _Unpickler(stream).load() != _key():
                    return
                kept = _Unpickler(stream).load()
        except Exception:  # only an aid, whatever is wrong with it: build without
            return
        if isinstance(kept, BuildMemory) and kept.folder == str(folder):
            kept.made, kept.written_under = 0, kept.keys()
            vars(self).update(vars(kept))

    def keep(self, folder: Path, events: int) -> None:
        """Write this memory into ``folder``, atomically, when it holds more
        than the file does by over an edit's few events (those the next
        build makes again in less time than the writing would take), or its
        cards and pieces were made under other settings or theme. A site too
        large to be kept whole leaves no file behind."""
        path = folder / MEMORY
        if not kept_whole(events):
            path.unlink(missing_ok=True)
            return
        if path.is_file() and self.made <= events // 100 and self.keys() == self.written_under:
            return
        temporary = path.with_name(f"{MEMORY}.{os.getpid()}.tmp")
        try:
            with temporary.open("wb") as stream:
                pickle.dump(_key(), stream, protocol=pickle.HIGHEST_PROTOCOL)
                pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dispatch_table = _ways()
                pickler.dump(self)
            temporary.replace(path)
        except OSError:  # only an aid: the next build makes it all again
            temporary.unlink(missing_ok=True)
            return
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        self.made, self.written_under = 0, self.keys()


# The classes memory holds: a file naming anything else is not read.
_HELD = {
    ("timeline.incremental.memory", "BuildMemory"),
    ("timeline.markup", "Summaries"),
    ("timeline.model", "Event"),
    ("timeline.model", "Media"),
    ("timeline.model", "Source"),
    ("timeline.site.images", "Picture"),
    ("timeline.site.views", "EventView"),
    ("timeline.site.views", "SiteData"),
    ("timeline.site.views", "SourceView"),
    ("timeline.site.views", "Term"),
    ("timeline.site.views", "_Namer"),
    ("timeline.site.overview", "_Bin"),
    ("timeline.site.overview", "_Bar"),
    ("timeline.site.overview", "_Layout"),
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _HELD:
            raise pickle.UnpicklingError(f"{module}.{name} is not held in memory")
        return super().find_class(module, name)


def _key() -> str:
    return f"{code_key()} {sys.hexversion}"


def _by_fields(cls: type) -> Callable[[object], tuple[type, tuple]]:
    """Pickle a dataclass as a call of the class with its fields in order.
    Pickle's own way with slots runs Python code for every object, which
    made writing and reading memory (tens of thousands of events and views)
    a third slower."""
    fields = operator.attrgetter(*(item.name for item in dataclasses.fields(cls)))
    return lambda item: (cls, fields(item))


_EVENT_FIELDS = _by_fields(Event)
_PATH = [item.name for item in dataclasses.fields(Event)].index("path")


def _event_without_path(event: Event) -> tuple[type, tuple]:
    """An event as memory keeps it: without the path of its file, which
    the read cache gives back as it takes the event (``ReadCache.take``).
    Making 10,000 paths again took as long as reading the rest."""
    _, fields = _EVENT_FIELDS(event)
    return Event, (*fields[:_PATH], None, *fields[_PATH + 1 :])


def _ways() -> dict[type, Callable[[Any], Any]]:
    """How memory pickles what it holds: every dataclass by its fields,
    events without their paths. Only the classes of modules loaded can be
    in memory; memory imports none of the site's."""
    ways: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for module, name in _HELD:
        held = getattr(sys.modules.get(module), name, None)
        if isinstance(held, type) and dataclasses.is_dataclass(held):
            ways[held] = _by_fields(held)
    ways[Event] = _event_without_path
    return ways
