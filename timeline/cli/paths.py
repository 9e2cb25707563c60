"""Where a project's folders are, so every command works from any directory."""

from __future__ import annotations

from pathlib import Path


def find_project_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` holding ``content/`` or a
    ``timeline.toml``; the working directory when there is none."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "timeline.toml").is_file() or (folder / "content").is_dir():
            return folder
    return here


def content_root(events_dir: Path) -> Path:
    """``content/`` for an events folder ``content/events``; source article
    paths are stored relative to it."""
    return events_dir.resolve().parent
