"""Run ``timeline`` and SIGKILL it at a chosen point of its writing:

    python -m tests.hostile.crash os.replace 3 before -- extract ...

kills the process just before its third call of ``os.replace`` (``after``:
just after it); ``atomic.NAME`` names a function of ``timeline.store.atomic``.
The kill is a real SIGKILL, sent by the process to itself at the instant
the test wants, so each point is hit every run; a point never
reached lets the command finish."""

from __future__ import annotations

import os
import shutil
import signal
import sys
from collections.abc import Callable
from typing import Any

from timeline.store import atomic

MODULES = {"os": os, "shutil": shutil, "atomic": atomic}


def arm(name: str, count: int, when: str) -> None:
    """Replace ``module.function`` with one that dies at its ``count``-th call."""
    module_name, attribute = name.split(".")
    module = MODULES[module_name]
    original: Callable[..., Any] = getattr(module, attribute)
    calls = 0

    def dying(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == count and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = original(*args, **kwargs)
        if calls == count and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    setattr(module, attribute, dying)


def main() -> int:
    name, count, when, separator, *argv = sys.argv[1:]
    assert separator == "--" and when in ("before", "after")
    arm(name, int(count), when)
    from timeline.cli import main as timeline

    return timeline(argv)


if __name__ == "__main__":
    sys.exit(main())
