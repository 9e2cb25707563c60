"""One writer at a time per events folder: a second run is refused with a
clear message instead of interleaving its writes with the first."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline.store.atomic import SWAP, recover_swapped

LOCK_NAME = ".timeline.lock"


class StoreBusy(RuntimeError):
    """Another timeline run holds the folder's lock."""


@contextmanager
def events_lock(events_dir: Path) -> Iterator[int]:
    """Hold the folder's lock for the block, which gets the moment the lock
    was taken in the file system's own time (the lock file's modification
    time): a file changed after it was changed by someone else, as editors
    do not take the lock. The operating system releases the lock when the
    process ends, so a crashed run never leaves it stuck, and the next run
    removes the temporary files it left, but keeps a file it had swapped out
    of its place if an editor saved it meanwhile (``recover_swapped``)."""
    events_dir.mkdir(parents=True, exist_ok=True)
    path = events_dir / LOCK_NAME
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise StoreBusy(
                f"{events_dir}: another timeline run (process {holder}) is writing these "
                "events; wait for it to finish, then run again"
            ) from None
        try:
            # When the last run took the lock: its pid is written then.
            last_taken = os.fstat(handle.fileno()).st_mtime_ns if handle.tell() else None
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            taken = os.fstat(handle.fileno()).st_mtime_ns
            # Temporary files of a writer that was killed: none is in use now.
            swapped = []
            for leftover in _leftovers(events_dir):
                if leftover.suffix == SWAP:
                    swapped.append(leftover)
                else:
                    leftover.unlink(missing_ok=True)
            recover_swapped(swapped, last_taken)
            yield taken
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _leftovers(events_dir: Path) -> list[Path]:
    """The temporary files (``.*.tmp``) and swapped-out ones (``.*.swap``)
    of the folder, in one listing: the lock is taken for every desk action."""
    with os.scandir(events_dir) as entries:
        return [
            events_dir / entry.name
            for entry in entries
            if entry.name.startswith(".") and entry.name.endswith((".tmp", SWAP))
        ]
