"""Work spread over a Dask cluster (``dask.distributed``), for archives one
machine cannot get through in time.

The calling process sends each item to the cluster's scheduler as a task
and takes the results back in the items' order, so what it does with them
is what it would do with ``fork_map``'s. It reads items lazily and keeps a
few tasks per worker thread in flight: a million articles are never all in
memory, and the results that finish early wait only for those before them.

A worker that dies is the scheduler's to handle: it runs the task again on
another worker, and gives up on a task that took ``allowed-failures``
workers down with it. What cannot finish (no scheduler at the address, a
task given up, the scheduler gone, no worker left for a minute) raises
``ClusterLost`` with one line to show; the caller has written nothing yet.

Dask is an optional dependency (``timeline[dask]``), imported only here and
only when a cluster is asked for.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

__all__ = ["ClusterLost", "cluster_map"]

# Tasks in flight per worker thread: enough that no thread waits while
# results travel back, few enough that reading ahead stays small.
AHEAD_PER_THREAD = 4
CONNECT_SECONDS = 10
# With no worker this long, the run is given up rather than left waiting.
NO_WORKERS_SECONDS = 60
# How often the calling process looks at the cluster while it waits.
_CHECK_SECONDS = 2.0


class ClusterLost(RuntimeError):
    """The work could not be finished on the cluster; the message is one line."""


def cluster_map(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    address: str,
    *,
    name: Callable[[Item], str] = str,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Result]:
    """``function(item)`` for each of ``items`` on the workers of the Dask
    scheduler at ``address``, yielded in order. ``progress`` is called with
    the count of items done, as the cluster finishes them; ``name`` names an
    item in a message. An error ``function`` raises ends the map with it."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterLost(
            "a scheduler needs Dask's distributed package: pip install 'timeline[dask]'"
        ) from None
    with _quiet_dask():
        client = _connect(Client, address)
        try:
            yield from _run(client, function, items, address, name, progress)
        finally:
            with contextlib.suppress(Exception):
                client.close(timeout=CONNECT_SECONDS)


def _run(
    client: Any,
    function: Callable[[Item], Result],
    items: Iterable[Item],
    address: str,
    name: Callable[[Item], str],
    progress: Callable[[int], None] | None,
) -> Iterator[Result]:
    from distributed.client import FutureCancelledError
    from distributed.scheduler import KilledWorker

    finished: queue.SimpleQueue[Any] = queue.SimpleQueue()  # futures, as they finish
    pending: dict[int, tuple[Any, Item]] = {}  # number -> (future, item) not yet yielded
    results: dict[int, Result] = {}  # finished out of order, until their turn
    source = enumerate(items)
    numbers: dict[str, int] = {}  # a future's key -> its item's number
    sent = done = 0
    next_number = 0
    exhausted = False
    threads, checked = _threads(client, address), time.monotonic()
    workers_seen = checked
    while True:
        if time.monotonic() - checked > _CHECK_SECONDS:  # workers come and go
            threads, checked = _threads(client, address), time.monotonic()
        if threads:
            workers_seen = checked
        elif checked - workers_seen > NO_WORKERS_SECONDS:
            raise ClusterLost(
                f"the Dask cluster at {address} has had no worker for "
                f"{NO_WORKERS_SECONDS} s; nothing was written: start workers "
                "(dask worker ADDRESS) and run the command again"
            )
        ahead = AHEAD_PER_THREAD * max(1, threads)
        while not exhausted and sent - next_number < ahead:
            taken = next(source, None)
            if taken is None:
                exhausted = True
                break
            number, item = taken
            future = client.submit(function, item, pure=False)
            numbers[future.key] = number
            pending[number] = (future, item)
            future.add_done_callback(finished.put)
            sent += 1
        if next_number == sent:
            return
        try:
            future = finished.get(timeout=_CHECK_SECONDS)
        except queue.Empty:
            continue
        number = numbers.pop(future.key)
        item = pending[number][1]
        try:
            results[number] = future.result()
        except KilledWorker:
            raise ClusterLost(
                f"Dask workers died while they held {name(item)} (out of memory? it, or "
                "another article on the same worker); the scheduler gave it up and nothing "
                "was written: run the command again"
            ) from None
        except (FutureCancelledError, OSError, TimeoutError) as error:
            raise ClusterLost(
                f"lost the Dask scheduler at {address} ({_first_line(error) or 'cancelled'}); "
                "nothing was written: run the command again when the cluster is back"
            ) from None
        except ModuleNotFoundError as error:
            raise ClusterLost(
                f"a Dask worker cannot import {error.name!r}: install timeline "
                "(pip install 'timeline[dask]') where the workers run"
            ) from None
        done += 1
        if progress:
            progress(done)
        while next_number in results:
            pending.pop(next_number)
            yield results.pop(next_number)
            next_number += 1


def _connect(client_class: Any, address: str) -> Any:
    """A client of the scheduler at ``address``. Dask's own timeout covers
    the connection, not the greeting after it: a server that accepts and
    then says nothing would keep the command waiting for ever, so the
    client is made in a thread of its own, waited for CONNECT_SECONDS and
    then left behind (as a daemon thread, it does not keep the process)."""
    made: dict[str, Any] = {}

    def connect() -> None:
        try:
            made["client"] = client_class(address, timeout=CONNECT_SECONDS, set_as_default=False)
        except Exception as error:  # told to the caller below
            made["error"] = error

    thread = threading.Thread(target=connect, name="dask-connect", daemon=True)
    thread.start()
    thread.join(CONNECT_SECONDS + 1)
    if "client" in made:
        return made["client"]
    why = _first_line(made["error"]) if "error" in made else "no answer"
    raise ClusterLost(
        f"cannot reach the Dask scheduler at {address} ({why}); "
        "start one (dask scheduler) or give --scheduler another address"
    )


def _threads(client: Any, address: str) -> int:
    """The worker threads the cluster has now."""
    try:
        return sum(client.nthreads(callback_timeout=CONNECT_SECONDS).values())
    except (OSError, TimeoutError) as error:
        raise ClusterLost(
            f"lost the Dask scheduler at {address} ({_first_line(error)}); "
            "nothing was written: run the command again when the cluster is back"
        ) from None


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


@contextlib.contextmanager
def _quiet_dask() -> Iterator[None]:
    """Dask logs every lost connection with a traceback; the command says
    what went wrong in one line instead."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)
