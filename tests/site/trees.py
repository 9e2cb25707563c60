"""Comparing two built sites file by file."""

from __future__ import annotations

import filecmp
from pathlib import Path


def differing_files(left: Path, right: Path) -> list[str]:
    """Paths whose bytes differ or that exist on one side only."""
    names = {p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file()}
    names |= {p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file()}
    return sorted(
        name
        for name in names
        if not (
            (left / name).is_file()
            and (right / name).is_file()
            and filecmp.cmp(left / name, right / name, shallow=False)
        )
    )
