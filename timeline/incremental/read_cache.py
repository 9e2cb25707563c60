"""Event files read by the last build, kept so that the next build parses
again only the files that changed.

Parsing and checking 10,000 event files takes seconds even on every core;
looking at their sizes and modification times takes hundredths. A file
whose size, time and inode are those it had when it was read, and which had
no problem then, is taken back as the event it gave. Files with problems
are never kept: their problems are reported again on every build.

A site kept whole (``incremental.memory``) finds its events in the build's
memory, which the last build may have written beside the site. A larger one
keeps them in a JSON file there, written a thousand at a time under the key
of the code (``incremental.code_key``), so an upgrade reads everything afresh; a
missing, damaged or foreign file is simply not used.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from timeline.incremental.code_key import code_key
from timeline.incremental.memory import BuildMemory, kept_whole
from timeline.jsonfile import read_json, worth_rewriting, write_json
from timeline.model import Event

READ_CACHE = "read.json"

Stamp = list[int]


class ReadCache:
    """Events by file, with the size, time and inode of the file they came from."""

    def __init__(self, file: Path, memory: BuildMemory) -> None:
        self.file = file
        self.memory = memory
        self.whole = True
        self.kept: dict[str, list] = {}  # the JSON file's, when the site is not kept whole
        # As kept, or [stamp, the event] for a file read afresh: its data is
        # made only as it is written (a dict per event is 130 MB at 100,000).
        self.now: dict[str, list] = {}
        self.taken: dict[tuple, Event] = {}  # by file name and stamp

    @staticmethod
    def stamp(file: os.DirEntry[str]) -> Stamp | None:
        """Size, time and inode of a regular file (not a link); None otherwise."""
        try:
            info = file.stat(follow_symlinks=False)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        return [info.st_size, info.st_mtime_ns, info.st_ino]

    def holds(self, paths: list[Path], stamps: list[Stamp | None]) -> int:
        """How many of the files it has the event of, as they are now:
        whether reading through it is worth it."""
        self._open(len(paths))
        if self.whole:
            kept = self.memory.events
            return sum(
                stamp is not None and (path.name, *stamp) in kept
                for path, stamp in zip(paths, stamps, strict=True)
            )
        return sum(
            stamp is not None and (self.kept.get(path.name) or [None])[0] == stamp
            for path, stamp in zip(paths, stamps, strict=True)
        )

    def take(self, paths: list[Path], stamps: list[Stamp | None]) -> list[Event | None]:
        """The event each file gave when it last had its stamp; None for
        each file to read."""
        self._open(len(paths))
        found = [self._get(path, stamp) for path, stamp in zip(paths, stamps, strict=True)]
        self.memory.made += found.count(None)
        return found

    def _open(self, files: int) -> None:
        """Where the events of ``files`` files are kept: the JSON file read once."""
        whole = kept_whole(files)
        if not whole and (self.whole or not self.kept):
            self.kept = _read(self.file)
        self.whole = whole

    def _get(self, path: Path, stamp: Stamp | None) -> Event | None:
        if stamp is None:
            return None
        key = (path.name, *stamp)
        if self.whole:
            event = self.memory.events.get(key)
            if event is not None:
                event.path = path  # kept without it (``incremental.memory``)
        else:
            entry = self.kept.get(path.name)
            try:
                kept_stamp, data = entry  # type: ignore[misc]
                if kept_stamp != stamp:
                    return None
                event = Event.from_dict(data, path=path)
            except (KeyError, TypeError, ValueError, AttributeError):
                return None
            self.now[path.name] = entry  # type: ignore[assignment]
        if event is not None:
            self.taken[key] = event
        return event

    def put(self, path: Path, stamp: Stamp | None, event: Event) -> None:
        """Keep ``event``, read without a problem from ``path`` as it was at ``stamp``."""
        if stamp is not None:
            self.taken[(path.name, *stamp)] = event
            if not self.whole:
                self.now[path.name] = [stamp, event]

    def save(self) -> None:
        """Keep this build's events for the next: in memory when the site is
        kept whole; else in the JSON file, unless what it holds is the same
        but for an edit's few files (``worth_rewriting``)."""
        if self.whole:
            self.memory.events = self.taken
            with contextlib.suppress(OSError):  # a larger site's, now out of date
                self.file.unlink(missing_ok=True)
            return
        self.memory.events = {}
        if not worth_rewriting(self.kept, self.now):
            return
        with contextlib.suppress(OSError):  # only an aid: the next build reads everything
            write_json(self.file, {"key": code_key(), "files": self.now}, Event.to_dict)


def _read(file: Path) -> dict[str, list]:
    try:
        data = read_json(file)
        if data.get("key") == code_key() and isinstance(data.get("files"), dict):
            return data["files"]
    except (OSError, ValueError, AttributeError):
        pass
    return {}
