"""Pausing Python's cyclic garbage collector while many long-lived objects
are made: reading and building timelines."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(one_off: bool = False) -> Iterator[None]:
    """A build, or the desk's start, makes millions of objects and few
    reference cycles: the cyclic collector's passes over them cost a sixth
    of a rebuild after an edit and a quarter of reading 10,000 events from
    the desk's read cache, and freed nothing measurable. After a ``one_off``
    build, which the process ends with, what it made is set aside
    (``gc.freeze``) as the collector resumes: its first pass would else look
    at every object, a tenth of a rebuild after an edit, to find them alive.
    A process that builds again (``serve``) leaves them in its care."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if one_off:
                gc.freeze()
            gc.enable()


__all__ = ["collector_paused"]
