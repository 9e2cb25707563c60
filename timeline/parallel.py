"""Work spread over the machine's cores by forked workers.

A forked worker inherits the parent's memory: the function and the items
it works on are never pickled, only the results come back. Where the
system cannot fork, or the work is too small to pay for the workers, the
same function runs in the calling process: the results are the same.

The calling process works too, on one core of its own: a worker shares the
parent's memory only until it touches it (CPython writes a reference count
into every object it uses), and a build's workers touch nearly all of it,
so each forked worker ends up holding a copy of the parent's heap. One
worker fewer is a copy fewer: at 100,000 events, some 700 MB.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# What the running ``fork_map`` works on (the function, the items, the
# chunk size, and which chunks a process has taken); forked workers find it here.
_work: tuple[Callable[[Any], Any], Sequence[Any], int, Any] | None = None


class WorkerDied(RuntimeError):
    """A worker process ended without finishing its share of the work."""


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def fork_map(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    jobs: int | None = None,
    minimum: int = 2,
    chunksize: int | None = None,
) -> Iterator[Result]:
    """``function(item)`` for each of ``items``, in order, on ``jobs``
    processes (default: every core): this one and ``jobs - 1`` forked
    workers. The workers take chunks of ``chunksize`` items from the front;
    whenever this process waits for the next result, it takes the last
    chunk no worker has taken instead. Fewer than ``minimum`` items, one
    job, or no ``fork`` on this system: all in this process."""
    global _work
    jobs = cores() if jobs is None else jobs
    if jobs < 2 or len(items) < max(minimum, 2) or _work is not None or not can_fork():
        yield from map(function, items)
        return
    chunksize = chunksize or max(1, min(64, len(items) // (jobs * 8)))
    context = multiprocessing.get_context("fork")
    count = -(-len(items) // chunksize)
    _work = (function, items, chunksize, context.Array("b", count))
    pool = ProcessPoolExecutor(jobs - 1, mp_context=context)
    try:
        chunks = [pool.submit(_run, number) for number in range(count)]
        mine: dict[int, list[Any]] = {}  # chunks done here, by number
        last = count  # chunks from this number on are done here
        for number, chunk in enumerate(chunks):
            while number < last and not chunk.done() and _take(last - 1):
                last -= 1
                mine[last] = _chunk(last)
            # A worker gives nothing for the chunks done here.
            yield from mine.pop(number) if number >= last else chunk.result()
    except BrokenProcessPool:
        # multiprocessing.Pool would wait forever for the dead worker's share
        raise WorkerDied(
            "a worker process was killed before it finished (out of memory?); "
            "nothing was written: free some memory and run it again"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _work = None


def resident() -> int:
    """The bytes of memory this process holds (0 where the system does not say)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _take(number: int) -> bool:
    """Whether chunk ``number`` was still free; it is this process's now."""
    assert _work is not None
    taken = _work[3]
    with taken.get_lock():
        if taken[number]:
            return False
        taken[number] = 1
        return True


def _chunk(number: int) -> list[Any]:
    assert _work is not None
    function, items, chunksize, _ = _work
    return [function(item) for item in items[number * chunksize : (number + 1) * chunksize]]


def _run(number: int) -> list[Any]:
    """A worker's share: chunk ``number``, unless the calling process took it."""
    return _chunk(number) if _take(number) else []
