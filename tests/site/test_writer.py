import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from tests.site.conftest import Build
from tests.site.sample import sample_events
from tests.site.trees import differing_files
from timeline.site.writer import MANIFEST, OutputError, SiteWriter


def _snapshot(site: Path) -> dict[str, tuple[int, int]]:
    return {
        path.relative_to(site).as_posix(): (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in site.rglob("*")
        if path.is_file()
    }


def test_a_rebuild_with_nothing_changed_writes_nothing(build: Build, tmp_path: Path):
    build()
    before = _snapshot(tmp_path / "site")
    result = build()
    assert result.stats.written == 0 and result.stats.removed == 0
    assert _snapshot(tmp_path / "site") == before


def test_editing_one_event_rewrites_only_the_pages_that_show_it(build: Build, tmp_path: Path):
    build()
    site = tmp_path / "site"
    before = _snapshot(site)
    events = sample_events()
    events[3] = replace(events[3], summary="The review was postponed.")  # 2026-02-fee-review
    result = build(events)
    after = _snapshot(site)
    changed = sorted(path for path in after if after[path] != before.get(path))
    assert "events/2026-02-fee-review.html" in changed
    assert "tags/harbour.html" in changed and "all.html" in changed
    assert "events/2025-new-port-rules.html" not in changed
    assert "places/krakow.html" not in changed and "static/site.css" not in changed
    assert ".timeline-manifest.json" in changed  # rewritten too
    assert result.stats.written == len(changed) - 1


def test_incremental_build_is_byte_identical_to_a_clean_one(build: Build, tmp_path: Path):
    build()
    events = sample_events()
    events[0] = replace(events[0], title="Harbour talks in Geneva, day one", tags=["talks"])
    del events[4]  # an event removed: its page must go
    events.append(replace(events[1], id="2026-02-21-new", title="New one", date="2026-02-21"))
    incremental = build(events)
    clean = build(events, out=tmp_path / "clean")
    assert incremental.stats.removed >= 1
    assert not (tmp_path / "site/events/2026-02-17-earlier-contacts.html").exists()
    assert clean.stats.written == incremental.stats.written + incremental.stats.unchanged
    assert differing_files(tmp_path / "site", tmp_path / "clean") == []


def test_the_writer_refuses_a_folder_it_did_not_build(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("precious")
    with pytest.raises(OutputError, match="not built by timeline"):
        SiteWriter(tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "precious"


def test_a_failed_build_leaves_the_live_site_as_it_was(tmp_path: Path):
    site = tmp_path / "site"
    writer = SiteWriter(site)
    writer.put("index.html", b"one")
    writer.finish()
    writer = SiteWriter(site)
    writer.put("index.html", b"two")
    writer.abandon()
    assert (site / "index.html").read_bytes() == b"one"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]
    assert (site / MANIFEST).is_file()


def test_two_outputs_cannot_share_a_path(tmp_path: Path):
    writer = SiteWriter(tmp_path / "site")
    writer.put("a.html", b"1")
    with pytest.raises(ValueError, match=r"share the path a\.html"):
        writer.put("a.html", b"2")


def test_pages_whose_inputs_did_not_change_are_not_even_rendered(build: Build, tmp_path: Path):
    first = build()
    again = build()
    assert again.stats.reused == first.stats.written == again.stats.unchanged
    events = sample_events()
    events[3] = replace(events[3], summary="The review was postponed.")
    edited = build(events)
    rendered = edited.stats.unchanged + edited.stats.written - edited.stats.reused
    assert 0 < rendered < 30 and edited.stats.reused > 0


def test_a_theme_change_renders_every_page_again(build: Build, tmp_path: Path):
    build()
    own = tmp_path / "templates"
    own.mkdir()
    (own / "date.html").write_text('<span class="own">{{ view.date_text }}</span>\n')
    result = build(templates=own)
    assert result.stats.reused == 0
    assert 'class="own"' in (tmp_path / "site/all.html").read_text()
    assert result.stats.unchanged > 0  # pages without dates come out the same


def test_builds_at_the_same_time_take_turns(build: Build, tmp_path: Path):
    events = sample_events()
    edited = [replace(events[0], title="Edited"), *events[1:]]
    errors: list[BaseException] = []

    def run(batch):
        try:
            build(batch)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(batch,)) for batch in (events, edited) * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    build(edited)  # whatever order they ran in, the last build wins cleanly
    clean = build(edited, out=tmp_path / "clean")
    assert clean.stats.written
    assert differing_files(tmp_path / "site", tmp_path / "clean") == []


def _publish(site: Path, files: dict[str, bytes], derive=None) -> None:
    writer = SiteWriter(site)
    for path, data in files.items():
        if not writer.reuse(path, f"key of {data!r}"):
            writer.put(path, data, f"key of {data!r}")
    writer.finish(derive=derive)


def _pages(count: int, edited: dict[str, bytes] | None = None) -> dict[str, bytes]:
    pages = {f"events/e{number}.html": f"event {number}".encode() for number in range(count)}
    return pages | (edited or {})


def test_a_small_change_is_replaced_in_place_file_by_file(tmp_path: Path):
    site = tmp_path / "site"
    _publish(site, _pages(200, {"notes/only.html": b"alone in its folder"}))
    folder, before = site.stat().st_ino, _snapshot(site)
    edited = _pages(200, {"events/e7.html": b"event 7, revised", "events/new.html": b"new"})
    del edited["events/e9.html"]
    _publish(site, edited)
    assert not (site / "notes").exists()  # its last file removed, the folder goes too
    after = _snapshot(site)
    assert site.stat().st_ino == folder  # no new site swapped in
    assert after["events/e8.html"] == before["events/e8.html"]  # untouched, not relinked
    assert (site / "events/e7.html").read_bytes() == b"event 7, revised"
    assert (site / "events/new.html").read_bytes() == b"new"
    assert not (site / "events/e9.html").exists()
    assert list(tmp_path.glob(".site.*")) == []
    clean = tmp_path / "clean"
    _publish(clean, edited)
    assert differing_files(site, clean) == []


def test_a_large_change_is_staged_and_swapped_whole(tmp_path: Path):
    site = tmp_path / "site"
    _publish(site, _pages(200))
    folder = site.stat().st_ino
    _publish(site, {path: data + b"!" for path, data in _pages(200).items() if "e1" in path})
    assert site.stat().st_ino != folder


def test_a_change_killed_half_way_in_place_is_made_whole_by_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    site = tmp_path / "site"
    old = _pages(200)
    _publish(site, old)
    edited = _pages(200, {f"events/e{n}.html": b"revised" for n in (3, 4, 5)})
    real, calls = os.replace, []

    def dies_on_the_third_page(source, target):
        calls.append(target)
        if len(calls) == 4:  # the manifest, then two of the three pages
            raise KeyboardInterrupt
        return real(source, target)

    monkeypatch.setattr(os, "replace", dies_on_the_third_page)
    with pytest.raises(KeyboardInterrupt):
        _publish(site, edited)
    monkeypatch.setattr(os, "replace", real)
    for path, data in _pages(200).items():  # every page whole: old or new
        assert (site / path).read_bytes() in (data, edited[path])
    _publish(site, old)  # the editor undid the edit before the next build
    clean = tmp_path / "clean"
    _publish(clean, old)
    assert differing_files(site, clean) == []


def test_an_index_that_failed_after_a_change_in_place_is_made_at_the_next_build(tmp_path: Path):
    site = tmp_path / "site"
    _publish(site, _pages(200))
    calls: list[bool] = []

    def failing(folder: Path, live: bool) -> None:
        calls.append(live)
        raise RuntimeError("indexer failed")

    edited = _pages(200, {"events/e5.html": b"revised"})
    with pytest.raises(RuntimeError):
        _publish(site, edited, failing)
    assert calls == [True]  # on the live site, after the pages went in
    assert (site / "events/e5.html").read_bytes() == b"revised"
    _publish(site, edited, lambda folder, live: calls.append(live))  # nothing new to write...
    assert calls == [True, True]  # ...yet the index is made again


def test_a_file_given_in_pieces_is_staged_as_they_come_and_hashed_as_a_whole(tmp_path: Path):
    site = tmp_path / "site"
    pieces = [b"{", b'"events":[1,2]', b"}\n"]
    writer = SiteWriter(site)
    writer.put("whole.json", b"".join(pieces))
    writer.put("pieces.json", iter(pieces))
    assert writer.files["whole.json"][0] == writer.files["pieces.json"][0]
    writer.finish()
    assert (site / "pieces.json").read_bytes() == b"".join(pieces)
    again = SiteWriter(site)  # the same bytes again: nothing staged, nothing written
    again.put("pieces.json", iter(pieces))
    again.put("whole.json", b"".join(pieces))
    assert again.changed == [] and not any(again.staging.rglob("*.json"))
    assert not again.finish().changed
    assert not again.staging.exists()
