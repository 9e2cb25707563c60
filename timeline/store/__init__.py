"""The event store: YAML files in ``content/events/`` that editors own.
Read them (``load_events``), check them, and merge extraction's proposals
into them (``apply_extraction``) without losing an editor's work.

Each name is imported from its module when first asked for: a build reads
events and needs neither the merging nor the round-trip YAML writer it
brings in (a tenth of a rebuild's start after an edit)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.store.apply import Change, MergeReport, apply_extraction, apply_import
    from timeline.store.load import LoadResult, load_events
    from timeline.store.lock import StoreBusy
    from timeline.store.problems import Problem

_MODULES = {
    "Change": "apply",
    "LoadResult": "load",
    "MergeReport": "apply",
    "Problem": "problems",
    "StoreBusy": "lock",
    "apply_extraction": "apply",
    "apply_import": "apply",
    "load_events": "load",
}

__all__ = [
    "Change",
    "LoadResult",
    "MergeReport",
    "Problem",
    "StoreBusy",
    "apply_extraction",
    "apply_import",
    "load_events",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"timeline.store.{_MODULES[name]}"), name)
