"""Listing a folder once: the build, the store and the desk each ask every
file's status through the one listing, not once each."""

from __future__ import annotations

import os
from operator import attrgetter
from pathlib import Path


def folder_entries(folder: Path) -> list[os.DirEntry[str]]:
    """What ``folder`` holds, sorted by name (nothing when it cannot be
    listed). Each entry keeps its file's status once asked for it, so that a
    build that lists the events once asks the system once per file: to sum
    up its inputs (``timeline.incremental.inputs``) and to stamp each file for the
    read cache (``ReadCache.stamp``)."""
    try:
        return sorted(os.scandir(folder), key=attrgetter("name"))
    except OSError:
        return []
