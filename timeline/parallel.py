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

Workers take their chunks themselves and send each result down a pipe of
their own, so they never wait for the calling process: a pool that hands
out work from a thread of the caller's (``concurrent.futures``) leaves its
workers idle whenever the caller holds the interpreter lock, which a
caller that works too holds nearly all the time. The cards of 10,000
events took 0.52 s on two cores that way, 0.36 s this way (0.6 s on one).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar, cast

Item = TypeVar("Item")
Result = TypeVar("Result")

# What the running ``fork_map`` works on (the function, the items, the
# chunk size, and which chunks a process has taken); forked workers find it here.
_work: tuple[Callable[[Any], Any], Sequence[Any], int, Any] | None = None

# Bytes a worker's results may run ahead of the calling process, which
# reads them between chunks of its own (Linux allows up to 1 MB unprivileged).
PIPE_BYTES = 1 << 20


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
    chunk no worker has taken instead. An error in any item ends the map
    with that error. Fewer than ``minimum`` items, one job, or no ``fork``
    on this system: all in this process."""
    global _work
    jobs = cores() if jobs is None else jobs
    if jobs < 2 or len(items) < max(minimum, 2) or _work is not None or not can_fork():
        yield from map(function, items)
        return
    chunksize = chunksize or max(1, min(64, len(items) // (jobs * 8)))
    count = -(-len(items) // chunksize)
    _work = (function, items, chunksize, multiprocessing.get_context("fork").Array("b", count))
    workers: dict[Connection, int] = {}  # each worker's pipe, and its process id
    finished = False
    try:
        for _ in range(min(jobs - 1, count)):
            reader, pid = _start_worker(count)
            workers[reader] = pid
        results: dict[int, list[Any]] = {}  # chunks done, by number, until yielded
        last = count  # chunks from this number on are done here
        for number in range(count):
            while number not in results:
                if number < last and _take(last - 1):
                    last -= 1
                    results[last] = _chunk(last)
                    while _receive(workers, results, block=False):
                        pass
                else:
                    _receive(workers, results, block=True)
            yield from results.pop(number)
        finished = True
    finally:
        _work = None
        _stop(workers, kill=not finished)


def _start_worker(count: int) -> tuple[Connection, int]:
    reader, writer = multiprocessing.Pipe(duplex=False)
    _flush()  # else the worker would write out what this process has yet to
    with contextlib.suppress(ImportError, AttributeError, OSError):  # Linux only; else smaller
        import fcntl  # not on Windows, where nothing forks

        fcntl.fcntl(writer.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    pid = os.fork()
    if pid == 0:  # the worker: its share, then out, past every handler of the parent's
        code = 1
        try:
            reader.close()
            _serve(writer, count)
            code = 0
        finally:
            _flush()
            os._exit(code)
    writer.close()
    return reader, pid


def _serve(writer: Connection, count: int) -> None:
    """A worker's part: the chunks it takes, each sent back as it is done,
    then ``None``; or the first error."""
    for number in range(count):
        if not _take(number):
            continue
        try:
            writer.send((number, _chunk(number), None))
        except BaseException as error:  # the caller decides what it means
            try:
                writer.send((number, None, error))
            except Exception:  # an error that cannot be pickled: its words
                writer.send((number, None, RuntimeError(f"{type(error).__name__}: {error}")))
            return
    writer.send(None)


def _receive(workers: dict[Connection, int], results: dict[int, list[Any]], block: bool) -> bool:
    """Take one result from each worker that has one ready (waiting for
    one when ``block``); whether any came."""
    if not workers and not block:
        return False
    if not workers:
        # Every worker said it was done, and a chunk one of them took is missing.
        raise WorkerDied("a worker process ended before it finished its share; nothing was written")
    ready = wait(list(workers), timeout=None if block else 0)
    for reader in cast("list[Connection]", ready):  # what was given to wait
        try:
            message = reader.recv()
        except (EOFError, OSError):  # the pipe ended, or ended inside a message
            # multiprocessing.Pool would wait forever for the dead worker's share
            raise WorkerDied(
                "a worker process was killed before it finished (out of memory?); "
                "nothing was written: free some memory and run it again"
            ) from None
        if message is None:
            os.waitpid(workers.pop(reader), 0)
            reader.close()
            continue
        number, chunk, error = message
        if error is not None:
            raise error
        results[number] = chunk
    return bool(ready)


def _stop(workers: dict[Connection, int], kill: bool) -> None:
    """End the workers still there: stopped if the map was left early."""
    for reader, pid in workers.items():
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reader.close()
    workers.clear()


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # closed, or not there at all
            stream.flush()


def resident() -> int:
    """The bytes of memory this process holds (0 where the system does not say)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def can_fork() -> bool:
    return hasattr(os, "fork")


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
