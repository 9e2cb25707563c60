"""Where the shared evaluation data sits: ``<repo>/../shared`` in a clone;
a worktree nested one level deeper finds it further up."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def find_shared() -> Path:
    for folder in REPO.parents:
        candidate = folder / "shared"
        if (candidate / "eval").is_dir():
            return candidate
    raise FileNotFoundError(f"no shared/eval folder beside {REPO} or above it")


@pytest.fixture(scope="session")
def shared() -> Path:
    return find_shared()
