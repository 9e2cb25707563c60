"""A rebuild with nothing changed stops before reading the events, and any
change to what a build reads makes it build again."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from tests.site.project import make_project
from timeline.incremental.inputs import inputs_digest
from timeline.publish import Project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = make_project(tmp_path / "project")
    return Project.at(root)


def build(project: Project) -> tuple[bool, int, int]:
    """(stopped early, files written, errors) of one build without search."""
    config = replace(project.config(), search=False)
    result, _problems, errors = project.build(config)
    return result.up_to_date, result.stats.written, errors


def sources(project: Project) -> tuple[Path, ...]:
    return (project.events, project.templates, project.config_file)


def test_digest_follows_every_input(project: Project) -> None:
    config = project.config()
    first = inputs_digest(config, sources(project))
    assert inputs_digest(config, sources(project)) == first
    assert inputs_digest(replace(config, title="Other"), sources(project)) != first

    event = next(project.events.glob("*.yaml"))
    event.write_text(event.read_text() + "\n")
    edited = inputs_digest(config, sources(project))
    assert edited != first
    project.templates.mkdir()
    (project.templates / "base.html").write_text("{{ page_title }}")
    assert inputs_digest(config, sources(project)) != edited


def test_same_size_edit_is_seen_by_its_time(project: Project) -> None:
    event = next(project.events.glob("*.yaml"))
    before = inputs_digest(project.config(), sources(project))
    info = event.stat()
    event.write_text(event.read_text().replace("title:", "title:", 1))
    os.utime(event, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    assert inputs_digest(project.config(), sources(project)) != before


def test_unchanged_rebuild_stops_early_and_edits_rebuild(project: Project) -> None:
    assert build(project)[:2] != (True, 0)
    assert build(project) == (True, 0, 0)

    event = sorted(project.events.glob("*.yaml"))[0]
    event.write_text(event.read_text().replace("title: ", "title: Corrected ", 1))
    stopped, written, _ = build(project)
    assert not stopped and written > 0
    assert "Corrected" in (project.out / "all.html").read_text()
    assert build(project)[0]


def test_a_missing_output_file_is_written_again(project: Project) -> None:
    build(project)
    (project.out / "all.html").unlink()
    stopped, written, _ = build(project)
    assert not stopped and written == 1
    assert (project.out / "all.html").is_file()


def test_touched_but_unchanged_inputs_are_recorded(project: Project) -> None:
    build(project)
    for event in project.events.glob("*.yaml"):
        event.touch()
    assert build(project)[:2] == (False, 0)  # read everything, wrote nothing
    assert build(project)[0]


def test_problems_are_reported_on_every_build(project: Project) -> None:
    (project.events / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n")
    assert build(project)[2] == 1
    assert build(project) == (False, 0, 1)
