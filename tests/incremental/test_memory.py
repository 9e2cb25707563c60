"""What a build keeps for the next: a ``timeline build`` in a fresh process
after an edit takes the last build's memory back from beside the site and
makes only the edit again, with the site a clean build gives; the site
itself never holds the caches."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import timeline.store.load as load_module
from tests.site.sample import sample_events
from tests.site.trees import differing_files
from timeline.incremental import memory
from timeline.layout import cache_folder
from timeline.model import Source, event_filename
from timeline.parallel import fork_map
from timeline.publish import Project
from timeline.site import SiteConfig, overview, views
from timeline.site import build as site_build
from timeline.site import cards as site_cards
from timeline.store.files import dump_event

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    for event in sample_events():
        (events / event_filename(event)).write_text(dump_event(event), encoding="utf-8")
    return Project.at(tmp_path)


def build(project: Project, **settings: str) -> None:
    """A build as ``timeline build`` runs it: in a process of its own, with
    no memory but what the last build left beside the site."""
    project.build(SiteConfig(search=False, **settings))


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The event files parsed, the views made (by name and id) and the
    overview strips laid out (by the number of events drawn)."""
    seen: dict[str, list] = {"parsed": [], "views": [], "layouts": []}
    load_file, view, lay_out = load_module.load_file, views._view, overview._lay_out

    def parsing(path: Path, *args, **kwargs):
        seen["parsed"].append(path.name)
        return load_file(path, *args, **kwargs)

    def viewing(event, *args, **kwargs):
        seen["views"].append(event.id)
        return view(event, *args, **kwargs)

    def laying_out(drawn):
        seen["layouts"].append(len(drawn))
        return lay_out(drawn)

    monkeypatch.setattr(load_module, "load_file", parsing)
    monkeypatch.setattr(views, "_view", viewing)
    monkeypatch.setattr(overview, "_lay_out", laying_out)
    return seen


@pytest.mark.parametrize("workers", [False, True])
def test_a_fresh_build_after_an_edit_makes_only_the_edit_again(
    project: Project,
    made: dict[str, list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workers: bool,
):
    if workers:  # the first build renders its pages on two cores, a page a chunk
        monkeypatch.setattr(site_build, "PARALLEL_FROM", 2)
        monkeypatch.setattr(site_build, "cores", lambda: 2)
        monkeypatch.setattr(
            site_build,
            "fork_map",
            lambda function, items, **options: fork_map(
                function, items, **options | {"chunksize": 1}
            ),
        )
    build(project)
    assert (cache_folder(project.out) / memory.MEMORY).is_file()
    edited = sample_events()[3]
    path = project.events / event_filename(edited)
    path.write_text(
        dump_event(replace(edited, summary="The review was *postponed*.")), encoding="utf-8"
    )
    every = max(made["layouts"])  # the home pages' strip draws every event
    for seen in made.values():
        seen.clear()
    build(project)
    assert made["parsed"] == [path.name] and made["views"] == [edited.id]
    assert every not in made["layouts"]  # that strip is taken back as it was
    page = (project.out / "events" / f"{edited.id}.html").read_text(encoding="utf-8")
    assert "The review was <em>postponed</em>." in page
    clean = replace(project, out=tmp_path / "clean")
    build(clean)
    assert differing_files(project.out, clean.out) == []


def test_a_new_event_makes_its_own_view_and_the_memory_follows(
    project: Project, made: dict[str, list[str]]
):
    build(project)
    kept = cache_folder(project.out) / memory.MEMORY
    written = kept.stat().st_mtime_ns
    added = replace(sample_events()[0], id="2026-03-01-new-talks", title="New talks")
    (project.events / event_filename(added)).write_text(dump_event(added), encoding="utf-8")
    made["views"].clear()
    build(project)
    assert made["views"] == [added.id]  # the others are taken over in their new places
    assert kept.stat().st_mtime_ns != written  # another shape: worth writing
    for seen in made.values():
        seen.clear()
    build(project)
    assert made == {"parsed": [], "views": [], "layouts": []}
    assert (project.out / "events" / "2026-03-01-new-talks.html").is_file()


def test_after_a_change_of_settings_the_memory_holds_the_new_cards(
    project: Project, monkeypatch: pytest.MonkeyPatch
):
    build(project)
    kept = cache_folder(project.out) / memory.MEMORY
    written = kept.stat().st_mtime_ns
    build(project, title="Harbour news")  # every page and card made again; no event changed
    assert kept.stat().st_mtime_ns != written
    cards: list[str] = []
    card = site_cards.render_card
    monkeypatch.setattr(
        site_cards, "render_card", lambda *args, **kwargs: cards.append(1) or card(*args, **kwargs)
    )
    edited = sample_events()[3]
    (project.events / event_filename(edited)).write_text(
        dump_event(replace(edited, summary="Postponed.")), encoding="utf-8"
    )
    build(project, title="Harbour news")
    assert 1 <= len(cards) <= 2  # the edited event's, at each depth that lists it


def test_the_published_site_holds_no_cache_nor_editors_notes(project: Project):
    noted = replace(
        sample_events()[0],
        notes="Call the harbour office before publishing.",
        sources=[Source("articles/port.md", quote="The port said so.")],
    )
    hidden = replace(
        sample_events()[1], id="2026-01-secret", title="Not yet announced", hidden=True
    )
    for event in (noted, hidden):
        (project.events / event_filename(event)).write_text(dump_event(event), encoding="utf-8")
    build(project)
    published = [path for path in project.out.rglob("*") if path.is_file()]
    assert {path.name for path in published if path.name.startswith(".")} == {
        ".timeline-manifest.json"
    }
    for path in published:
        data = path.read_bytes()
        assert b"Call the harbour office" not in data and b"Not yet announced" not in data, path
    assert (cache_folder(project.out) / memory.MEMORY).is_file()


def test_caches_left_inside_the_site_by_earlier_builds_are_removed(project: Project):
    build(project)
    for name in (".timeline-read.json", ".timeline-cache.json"):
        (project.out / name).write_text('{"notes": "private"}', encoding="utf-8")
    edited = sample_events()[2]  # as an upgrade does, the code's key changes: a build, not a no-op
    (project.events / event_filename(edited)).write_text(
        dump_event(replace(edited, title="Edited")), encoding="utf-8"
    )
    build(project)
    assert not (project.out / ".timeline-read.json").exists()
    assert not (project.out / ".timeline-cache.json").exists()


def test_the_command_prints_everything_before_its_quick_exit(project: Project):
    broken = project.events / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.pop("PYTHONUNBUFFERED", None)  # output waits in buffers, as in a pipe
    command = [sys.executable, "-m", "timeline", "build", "--no-search"]
    result = subprocess.run(
        command, cwd=project.out.parent, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stdout.startswith(f"built {project.out}: ") and result.stdout.endswith("\n")
    assert "broken.yaml:2:1: error" in result.stderr and "with errors" in result.stderr
