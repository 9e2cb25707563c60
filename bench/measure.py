"""Run a command and measure its wall time and peak memory, without psutil.

Three memory figures, because a build may fan out to worker processes:
``max_rss`` is what the kernel recorded for the largest single process of the
tree (``wait4``'s rusage); ``tree_rss`` is the largest sum of resident memory
over the whole process tree, sampled from ``/proc`` every 50 ms (an upper
bound: pages a parent shares with its forked workers count once per
process); ``tree_pss`` is the largest sum of proportional set sizes (each
shared page split between the processes that share it): the memory the
tree really holds.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_SECONDS = 0.05


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system, of the process and the workers it waited for
    max_rss: int  # bytes, largest single process
    tree_rss: int  # bytes, largest sampled sum over the process tree
    tree_pss: int  # bytes, the same with shared pages counted once
    returncode: int
    output: str  # stdout and stderr, for the error message when it failed


def run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``command`` to completion and measure it."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    sampler = _TreeSampler(process.pid)
    sampler.start()
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.append(process.stdout.read()), daemon=True)
    reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    sampler.stop()
    reader.join()
    return Run(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        max_rss=usage.ru_maxrss * 1024,  # Linux reports kilobytes
        tree_rss=sampler.peak,
        tree_pss=sampler.peak_pss,
        returncode=process.returncode,
        output=b"".join(chunks).decode("utf-8", "replace"),
    )


class _TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and all its descendants."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak = 0
        self.peak_pss = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(SAMPLE_SECONDS):
            tree = _tree(self.root)
            self.peak = max(self.peak, sum(_rss(pid) for pid in tree))
            self.peak_pss = max(self.peak_pss, sum(_pss(pid) for pid in tree))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # The command name in parentheses may hold spaces: split after it.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(parents.get(pid, ()))
    return found


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0
