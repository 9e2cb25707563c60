"""The benchmark's time and memory figures measure what they claim to."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.build_speed import compare_trees
from bench.measure import run

MB = 1024 * 1024


def test_peak_memory_of_a_process_and_its_children() -> None:
    hold = "import time; block = b'x' * 80_000_000; time.sleep(0.3)"
    parent = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {hold!r}])"
    result = run([sys.executable, "-c", parent])
    assert result.returncode == 0
    assert result.max_rss >= 80 * MB  # the child, reaped by its parent
    assert result.tree_rss >= 80 * MB  # sampled while the child slept
    assert result.seconds >= 0.3


def test_failing_command_gives_its_code_and_output() -> None:
    result = run([sys.executable, "-c", "import sys; print('broken input'); sys.exit(3)"])
    assert result.returncode == 3
    assert "broken input" in result.output


def test_compare_trees_names_every_difference(tmp_path: Path) -> None:
    left, right = tmp_path / "left", tmp_path / "right"
    for folder in (left, right):
        (folder / "a").mkdir(parents=True)
        (folder / "a" / "same.html").write_text("same")
    (left / "a" / "page.html").write_text("one")
    (right / "a" / "page.html").write_text("two")
    (left / "extra.xml").write_text("")
    (right / "missing.xml").write_text("")
    assert compare_trees(left, right) == [
        "only in incremental build: extra.xml",
        "only in clean build: missing.xml",
        "differs: a/page.html",
    ]
