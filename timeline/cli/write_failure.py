"""One line for a write the system refuses: a full disk, a read-only folder.
Every file timeline writes is written whole or not at all (a temporary file
and a rename), so such a failure leaves the old files as they were; what
the user needs to hear is which file could not be written, why, and what
to do, not a traceback."""

from __future__ import annotations

import argparse
import errno
import os
from pathlib import Path

from timeline.layout import Layout

# What the system says when a file cannot be written, with what to do.
ADVICE = {
    errno.ENOSPC: "free some space, then run again",
    errno.EDQUOT: "free some space, then run again",
    errno.EROFS: "mount it writable, or work on a copy where files can be written",
    errno.EACCES: "make it writable for you, then run again",
    errno.EPERM: "make it writable for you, then run again",
}


def _chain(error: BaseException) -> list[BaseException]:
    """The error and those it arose from (a failed write, then a failed
    clean-up of it), the first first."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen[::-1]


def _shown(path: str | os.PathLike[str]) -> str:
    """``path`` relative to the working directory when it lies below it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def written_folder(args: argparse.Namespace) -> Path:
    """The folder (or file) a command writes into, to name when the system
    names no file (a full disk while Python flushes a buffer)."""
    if getattr(args, "output", None) is not None:  # export -o FILE
        return Path(args.output)
    if getattr(args, "out", None) is not None:
        return Path(args.out)
    if getattr(args, "events", None) is not None:
        return Path(args.events)
    layout = Layout.find()
    return layout.site if args.command in ("build", "serve") else layout.events


def cannot_write(error: OSError, folder: Path) -> str:
    """Which file could not be written and why, in one line: the file the
    system named, else ``folder``, the one the command writes into."""
    failed = [item for item in _chain(error) if isinstance(item, OSError) and item.errno in ADVICE]
    named = next((item for item in failed if item.filename), failed[0] if failed else error)
    why = named.strerror or str(named)
    advice = ADVICE.get(named.errno or 0, "")
    return f"cannot write {_shown(named.filename or folder)}: {why}; {advice}"
