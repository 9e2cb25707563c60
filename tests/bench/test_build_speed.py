"""Speed never bends correctness: a rebuild that skips unchanged pages gives
the same bytes as a clean build of the same events."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.build_speed import compare_trees, disk_probe, parse_args
from bench.corpus import dump_event, make_events, write_content
from timeline.cli import main
from timeline.model import event_filename


def build(content: Path, out: Path) -> None:
    # Without the search index: Pagefind writes its filter files differently on
    # every run over the very same pages, so no two builds share those bytes.
    command = ["build", "--events", str(content / "events"), "--out", str(out), "--no-search"]
    assert main(command) == 0


def test_rebuilds_after_edits_equal_a_clean_build(tmp_path: Path) -> None:
    content, site = tmp_path / "content", tmp_path / "site"
    events = make_events(20)
    write_content(events[:18], content)
    build(content, site)

    before = tmp_path / "before"
    shutil.copytree(site, before)
    build(content, site)
    assert compare_trees(site, before) == []  # nothing changed, nothing differs

    edited, removed, added = events[3], events[7], events[18]
    edited.title += " (corrected)"
    edited.summary += " A *second* source disagrees."
    edited.tags.append("corrections")
    (content / "events" / event_filename(edited)).write_text(dump_event(edited), "utf-8")
    (content / "events" / event_filename(removed)).unlink()
    write_content([added], content)
    build(content, site)

    clean = tmp_path / "clean"
    build(content, clean)
    assert compare_trees(site, clean) == []
    assert compare_trees(site, before)  # and the edits did reach the site


def test_compare_trees_names_every_difference(tmp_path: Path) -> None:
    left, right = tmp_path / "left", tmp_path / "right"
    for folder in (left, right):
        (folder / "a").mkdir(parents=True)
        (folder / "a" / "same.html").write_text("same")
    (left / "a" / "page.html").write_text("one")
    (right / "a" / "page.html").write_text("two")
    (left / "extra.xml").write_text("")
    (right / "missing.xml").write_text("")
    assert compare_trees(left, right) == [
        "only in incremental build: extra.xml",
        "only in clean build: missing.xml",
        "differs: a/page.html",
    ]


def test_the_disk_probe_times_files_it_then_removes(tmp_path: Path) -> None:
    assert disk_probe(tmp_path, files=50) > 0
    assert list(tmp_path.iterdir()) == []  # nothing left beside the inputs


def test_a_missing_peer_is_named_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_args(["--tools", "timeline,hugo", "--hugo", "/nowhere/hugo"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert "/nowhere/hugo not found" in error and "--hugo PATH" in error
