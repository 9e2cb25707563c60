"""The search index covers every event page, and a timeline without events
still builds with search."""

from __future__ import annotations

import json
from pathlib import Path

from tests.site.project import make_project
from timeline.site.project import Project


def build(root: Path) -> Project:
    project = Project.at(root)
    _result, _problems, errors = project.build(project.config())
    assert errors == 0
    return project


def page_count(project: Project) -> int:
    entry = json.loads((project.out / "pagefind" / "pagefind-entry.json").read_text())
    return sum(language["page_count"] for language in entry["languages"].values())


def test_index_holds_each_event_page_and_nothing_else(tmp_path: Path) -> None:
    project = build(make_project(tmp_path / "project"))
    assert page_count(project) == len(list((project.out / "events").glob("*.html")))


def test_timeline_without_events_builds_with_search(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    for event in (root / "content" / "events").iterdir():
        event.unlink()
    project = build(root)
    assert (project.out / "index.html").is_file()
    assert page_count(project) == 1  # the home page, which says there is nothing yet
