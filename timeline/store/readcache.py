"""Event files read by the last build, kept so that the next build parses
again only the files that changed.

Parsing and checking 10,000 event files takes seconds even on every core;
looking at their sizes and modification times takes hundredths. A file
whose size and time are those it had when it was read, and which had no
problem then, is taken back as the event it gave. Files with problems are
never kept: their problems are reported again on every build. The cache is
a JSON file beside the site's other build files, written under the key of
the code (``timeline.code``), so an upgrade reads everything afresh; a
missing, damaged or foreign cache is simply not used.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from timeline.code import KEPT_IN_MEMORY_UP_TO, code_key
from timeline.jsonfile import read_json, worth_rewriting, write_json
from timeline.model import Event

READ_CACHE = ".timeline-read.json"

# The events the last build in this process took back, by file and stamp:
# ``serve`` builds again and again and need not make them afresh each time.
_taken: dict[tuple[str, tuple[int, ...]], Event] = {}


class ReadCache:
    """Events by file name, with the size and time of the file they came from."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.kept: dict[str, list] = {}
        # As kept, or [stamp, the event] for a file read afresh: its data is
        # made only as it is written (a dict per event is 130 MB at 100,000).
        self.now: dict[str, list] = {}
        self.taken: dict[tuple[str, tuple[int, ...]], Event] = {}
        try:
            data = read_json(file)
            if data.get("key") == code_key() and isinstance(data.get("files"), dict):
                self.kept = data["files"]
        except (OSError, ValueError, AttributeError):
            pass

    @staticmethod
    def stamp(path: Path) -> list[int] | None:
        """Size, time and inode of a regular file (not a link); None otherwise."""
        try:
            info = os.lstat(path)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        return [info.st_size, info.st_mtime_ns, info.st_ino]

    def get(self, path: Path, stamp: list[int] | None) -> Event | None:
        """The event ``path`` gave when it last looked like ``stamp``."""
        entry = self.kept.get(path.name)
        if stamp is None or entry is None:
            return None
        key = (str(path), tuple(stamp))
        try:
            kept_stamp, data = entry
            if kept_stamp != stamp:
                return None
            event = _taken.get(key) or Event.from_dict(data, path=path)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        self.now[path.name] = entry
        self.taken[key] = event
        return event

    def put(self, path: Path, stamp: list[int] | None, event: Event) -> None:
        """Keep ``event``, read without a problem from ``path`` as it was at ``stamp``."""
        if stamp is not None:
            self.now[path.name] = [stamp, event]
            self.taken[(str(path), tuple(stamp))] = event

    def save(self) -> None:
        """Keep this build's events for the next, unless what is kept is
        the same but for an edit's few files (``worth_rewriting``)."""
        global _taken
        _taken = self.taken if len(self.taken) <= KEPT_IN_MEMORY_UP_TO else {}
        if not worth_rewriting(self.kept, self.now) or not self.file.parent.is_dir():
            return
        files, default = self.now, Event.to_dict  # written a thousand at a time, not kept
        if len(files) <= KEPT_IN_MEMORY_UP_TO:  # kept, for the next build of this process
            files = {name: [stamp, _data(item)] for name, (stamp, item) in files.items()}
            default = None
        with contextlib.suppress(OSError):  # only an aid: the next build reads everything
            write_json(self.file, {"key": code_key(), "files": files}, default)


def _data(item: dict | Event) -> dict:
    return item.to_dict() if isinstance(item, Event) else item
