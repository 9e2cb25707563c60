"""The desk's read cache: the event files as ``timeline check`` read them,
kept in ``content/.desk/`` so that a start parses only the files changed
since (``timeline.incremental.read_cache``).

The desk fills it at every start. ``timeline extract`` fills it too, after
it writes, so that the first desk start after extracting thousands of new
events parses none of them: reading 10,000 files is two CPU-seconds, which
the extraction's minutes hide and an editor waiting for the queue does not."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from timeline.collector import collector_paused
from timeline.incremental.memory import BuildMemory
from timeline.incremental.read_cache import READ_CACHE, ReadCache
from timeline.listing import folder_entries
from timeline.store.load import LoadResult, load_events


def open_cache(state: Path | None) -> ReadCache | None:
    """The read cache kept in ``state`` (None when ``state`` is None; an
    empty one when it cannot be made, as in a read-only project)."""
    if state is None:
        return None
    with contextlib.suppress(OSError):
        state.mkdir(parents=True, exist_ok=True)
    memory = BuildMemory()  # only its events: what the last start read
    memory.recall(state)
    return ReadCache(state / READ_CACHE, memory)


def read_through_cache(
    events_dir: Path,
    state: Path | None,
    entries: list[os.DirEntry[str]] | None = None,
    cache: ReadCache | None = None,
) -> tuple[LoadResult, ReadCache | None]:
    """Every event file of ``events_dir``, as ``timeline check`` reads it,
    through the read cache kept in ``state`` (``cache``, when the caller
    opened it already). ``entries``: the folder's, when the caller listed
    it already."""
    if cache is None:
        cache = open_cache(state)
    if entries is None:
        entries = folder_entries(events_dir)
    return load_events(events_dir, cache=cache, entries=entries), cache


def keep(cache: ReadCache, state: Path, events: int) -> None:
    """Write the cache for the next start; quiet when it cannot be written,
    as it is only an aid."""
    cache.save()
    cache.memory.keep(state, events)


def fill(events_dir: Path, state: Path) -> None:
    """Read ``events_dir`` through the cache in ``state`` and keep it."""
    with collector_paused():
        result, cache = read_through_cache(events_dir, state)
    if cache is not None:
        keep(cache, state, len(result.events))
