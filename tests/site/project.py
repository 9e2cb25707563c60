"""A project folder on disk for the tests of ``build`` and ``serve``: the
sample events as YAML files, as the store writes them, and a timeline.toml."""

from __future__ import annotations

from pathlib import Path

from tests.site.sample import sample_events
from timeline.store.files import dump_event


def make_project(root: Path, title: str = "Harbour dispute") -> Path:
    events = root / "content" / "events"
    events.mkdir(parents=True)
    for event in sample_events():
        (events / f"{event.id}.yaml").write_text(dump_event(event), encoding="utf-8")
    (root / "timeline.toml").write_text(f'[site]\ntitle = "{title}"\n', encoding="utf-8")
    return root
