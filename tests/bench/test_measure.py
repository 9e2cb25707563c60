"""The benchmark's time and memory figures measure what they claim to."""

from __future__ import annotations

import sys

from bench.measure import run

MB = 1024 * 1024
# How long the test programs hold their memory: the sampler reads /proc every
# few hundredths of a second, but on a loaded machine its thread can wait
# half a second for a core, and a shorter hold was missed.
HOLD = 1.5


def test_peak_memory_of_a_process_and_its_children() -> None:
    hold = f"import time; block = b'x' * 80_000_000; time.sleep({HOLD})"
    parent = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {hold!r}])"
    result = run([sys.executable, "-c", parent])
    assert result.returncode == 0
    assert result.max_rss >= 80 * MB  # the child, reaped by its parent
    assert result.tree_rss >= 80 * MB  # sampled while the child slept
    assert result.seconds >= HOLD


def test_failing_command_gives_its_code_and_output() -> None:
    result = run([sys.executable, "-c", "import sys; print('broken input'); sys.exit(3)"])
    assert result.returncode == 3
    assert "broken input" in result.output


def test_memory_a_forked_worker_shares_counts_once_in_the_proportional_figure() -> None:
    script = (
        "import os, time\n"
        "block = b'x' * 200_000_000\n"
        "if os.fork() == 0:\n"
        f"    time.sleep({HOLD}); os._exit(0)\n"
        f"time.sleep({HOLD}); os.wait()\n"
    )
    result = run([sys.executable, "-c", script])
    assert result.returncode == 0
    assert result.tree_rss >= 380 * MB  # the block, once per process
    assert 190 * MB <= result.tree_pss < 300 * MB  # the block, once
