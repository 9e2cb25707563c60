import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline import parallel
from timeline.parallel import WorkerDied, fork_map

ROOT = Path(__file__).resolve().parent.parent


def worker_pid(_item: int) -> int:
    return os.getpid()


def slow_pid(_item: int) -> int:
    time.sleep(0.002)  # long enough for the worker to start and take its share
    return os.getpid()


def test_results_come_back_in_order_from_this_process_and_one_worker():
    items = list(range(500))
    assert list(fork_map(lambda n: n * n, items, jobs=2, chunksize=7)) == [n * n for n in items]
    pids = list(fork_map(slow_pid, items, jobs=2, chunksize=7))
    # Two jobs are this process and one worker (a copy of the heap fewer),
    # the worker from the front, this process from the back.
    assert len(set(pids)) == 2
    assert pids[0] != os.getpid() and pids[-1] == os.getpid()


def test_small_work_stays_in_this_process():
    assert set(fork_map(worker_pid, [1, 2, 3], jobs=2, minimum=10)) == {os.getpid()}
    assert set(fork_map(worker_pid, list(range(50)), jobs=1)) == {os.getpid()}


def test_work_inside_a_worker_does_not_fork_again():
    def inner(_item: int) -> set[int]:
        return set(fork_map(worker_pid, list(range(20)), jobs=2))

    for pids in fork_map(inner, list(range(4)), jobs=2, chunksize=1):
        assert len(pids) == 1  # the worker itself did the work


def test_an_error_in_a_worker_reaches_the_caller(monkeypatch):
    def fail(item: int) -> int:
        if item == 37:
            raise ValueError("item 37")
        return item

    with pytest.raises(ValueError, match="item 37"):
        list(fork_map(fail, list(range(100)), jobs=2))
    assert parallel._work is None  # the next map starts clean


def test_a_worker_killed_stops_the_map_with_an_error_rather_than_a_hang():
    parent = os.getpid()

    def dies_at_50(item: int) -> int:
        if item == 50 and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
        time.sleep(0.001)  # the worker reaches item 50 before this process does
        return item

    started = time.monotonic()
    with pytest.raises(WorkerDied, match="out of memory"):
        list(fork_map(dies_at_50, list(range(400)), jobs=2, chunksize=4))
    assert time.monotonic() - started < 30
    assert parallel._work is None


def test_this_process_knows_how_much_memory_it_holds():
    before = parallel.resident()
    held = bytearray(64 << 20)
    held[::4096] = b"x" * len(held[::4096])  # touched, so resident
    assert parallel.resident() - before >= 60 << 20


def test_output_is_written_once_whether_this_process_or_a_worker_printed_it(tmp_path):
    # Block-buffered, as when the output goes to a file or a pipe: what this
    # process printed before the workers forked must not come out twice, and
    # what a worker printed must not be lost when it ends.
    script = (
        "import os, time\n"
        "from timeline.parallel import fork_map\n"
        "print('before')\n"
        "def show(n):\n"
        "    time.sleep(0.002)  # long enough for the worker to take its share\n"
        "    if os.getpid() != parent:\n"
        "        print('worker', n)\n"
        "    return n\n"
        "parent = os.getpid()\n"
        "assert list(fork_map(show, list(range(100)), jobs=2, chunksize=5)) == list(range(100))\n"
        "print('after')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    lines = result.stdout.splitlines()
    assert lines.count("before") == 1 and lines.count("after") == 1
    assert any(line.startswith("worker ") for line in lines)
    assert len(lines) == len(set(lines))
