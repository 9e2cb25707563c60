"""The search index covers every event page, and a timeline without events
still builds with search."""

from __future__ import annotations

import json
from pathlib import Path

from tests.site.project import make_project
from timeline.publish import Project


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


def test_after_an_edit_the_pages_go_live_first_and_the_new_index_is_swapped_in_whole(
    tmp_path: Path,
) -> None:
    from bench.corpus import make_events, write_content

    root = tmp_path / "project"
    write_content(make_events(400), root / "content")
    project = build(root)
    site_folder = project.out.stat().st_ino
    old_index = json.loads((project.out / "pagefind" / "pagefind-entry.json").read_text())
    edited = sorted((root / "content" / "events").glob("*.yaml"))[200]
    edited.write_text(edited.read_text().replace("title: ", "title: Zanzibar ", 1))
    seen: list[tuple[bool, bool]] = []

    def published() -> None:  # what a reader gets at that moment
        page = (project.out / "events" / f"{edited.stem}.html").read_text()
        entry = json.loads((project.out / "pagefind" / "pagefind-entry.json").read_text())
        seen.append(("Zanzibar" in page, entry == old_index))

    result, _problems, errors = project.build(project.config(), published)
    assert errors == 0 and 0 < result.stats.written < 0.02 * result.pages
    assert seen == [(True, True)]  # the new page, with the old index still whole
    assert project.out.stat().st_ino == site_folder  # published in place, not swapped
    assert page_count(project) == 400
    entry = json.loads((project.out / "pagefind" / "pagefind-entry.json").read_text())
    assert entry != old_index  # made again, from the edited page
    assert list(project.out.glob(".pagefind-*")) == []
