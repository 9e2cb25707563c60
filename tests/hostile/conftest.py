"""Helpers for the hostile-input tests: a throwaway project, and the
``timeline`` command run in a child process with a time and memory limit,
so that a regression (a hang, an explosion of memory) fails the test
instead of stalling CI or the machine."""

from __future__ import annotations

import contextlib
import io
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
# Enough for the interpreter, libyaml and one article; far below what an
# alias bomb or a quadratic blow-up would need.
MEMORY_LIMIT = 1536 << 20


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder: ``content/articles`` and ``content/events``, and
    settings that publish every event, reviewed or not, so that whatever
    hostile input extraction lets through reaches the pages tested."""
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content" / "events").mkdir()
    (tmp_path / "timeline.toml").write_text('[site]\npublish = "all"\n', encoding="utf-8")
    return tmp_path


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def environment() -> dict[str, str]:
    """The child's environment: this checkout first on the import path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("PYTHONWARNINGS", None)
    return env


def timeline(*args: str, cwd: Path, seconds: float = 120) -> subprocess.CompletedProcess[str]:
    """``timeline ARGS`` in ``cwd``: exit code, stdout and stderr. Raises
    ``subprocess.TimeoutExpired`` after ``seconds``, so that input which
    makes the tool hang fails the test (a generous bound: the test is not
    about speed, and a shared machine may run it ten times slower); runs out
    of memory (and so fails) above ``MEMORY_LIMIT``."""
    return _limited([sys.executable, "-m", "timeline", *args], cwd, seconds)


def python(
    code: str, *args: str, cwd: Path, seconds: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a child interpreter under the same limits as ``timeline``."""
    return _limited([sys.executable, "-c", code, *args], cwd, seconds)


def _limited(argv: list[str], cwd: Path, seconds: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv,
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=seconds,
        preexec_fn=_limit_memory,
    )


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``timeline ARGS`` run in this process, for inputs that cannot hang or
    swell (a child process costs a second of imports)."""
    from timeline.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(["timeline", *args], code, out.getvalue(), err.getvalue())


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    """No traceback, and every line of stderr one message."""
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout
