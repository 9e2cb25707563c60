"""Where the shared evaluation data sits: ``<repo>/../shared`` in a clone, or
further up for a worktree nested deeper. Only ``make eval`` reads it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def find_shared() -> Path:
    for folder in REPO.parents:
        candidate = folder / "shared"
        if (candidate / "eval").is_dir():
            return candidate
    raise FileNotFoundError(f"no shared/eval folder beside {REPO} or above it")


def load_scorer(name: str) -> ModuleType:
    """One of the shared scorers (``semeval_timeline``, ``score_timex``), as a module."""
    path = find_shared() / "eval" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
