"""The event store: YAML files in ``content/events/`` that editors own.
Read them (``load_events``), check them, and merge extraction's proposals
into them (``apply_extraction``) without losing an editor's work."""

from timeline.store.load import LoadResult, load_events
from timeline.store.lock import StoreBusy
from timeline.store.merge import Change, MergeReport, apply_extraction
from timeline.store.problems import Problem

__all__ = [
    "Change",
    "LoadResult",
    "MergeReport",
    "Problem",
    "StoreBusy",
    "apply_extraction",
    "load_events",
]
