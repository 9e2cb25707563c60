"""Event files unchanged since the last build are taken back from the read
cache; everything else is parsed, and problems are reported every time."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import timeline.store.load as load_module
from timeline.code import code_key
from timeline.store import load_events, readcache
from timeline.store.readcache import ReadCache


def write(folder: Path, number: int, extra: str = "") -> Path:
    event_id = f"2026-02-{number:02d}-talks-{number}"
    path = folder / f"{event_id}.yaml"
    path.write_text(
        f"id: {event_id}\ndate: 2026-02-{number:02d}\ntitle: Talks {number}\n{extra}",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def events(tmp_path: Path) -> Path:
    folder = tmp_path / "events"
    folder.mkdir()
    for number in range(1, 11):
        write(folder, number, "tags: nope\n" if number == 4 else "")
    return folder


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []
    real = load_module.load_file

    def counting(path: Path, *args, **kwargs):
        names.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(load_module, "load_file", counting)
    return names


def load(events: Path, cache_file: Path):
    cache = ReadCache(cache_file)
    result = load_events(events, check_articles=False, cache=cache)
    cache.save()
    return result


def test_a_second_read_parses_only_what_changed(events: Path, tmp_path: Path, parsed):
    cache_file = tmp_path / "read.json"
    first = load(events, cache_file)
    assert len(parsed) == 10
    parsed.clear()
    edited = write(events, 7, "summary: Revised.\n")
    again = load(events, cache_file)
    # the edited file, and the one with a problem, which is never kept
    assert sorted(parsed) == ["2026-02-04-talks-4.yaml", edited.name]
    assert [str(problem) for problem in again.problems] == [str(p) for p in first.problems]
    assert len(again.problems) == 1 and "tags must be a list" in again.problems[0].message
    by_id = {event.id: event for event in again.events}
    assert by_id["2026-02-07-talks-7"].summary == "Revised."
    assert [event.to_dict() for event in again.events if event.id != edited.stem] == [
        event.to_dict() for event in first.events if event.id != edited.stem
    ]
    assert all(event.path is not None and event.path.parent == events for event in again.events)


def test_a_file_touched_or_replaced_is_read_again(events: Path, tmp_path: Path, parsed):
    cache_file = tmp_path / "read.json"
    load(events, cache_file)
    parsed.clear()
    path = events / "2026-02-02-talks-2.yaml"
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    load(events, cache_file)
    assert "2026-02-02-talks-2.yaml" in parsed


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"key": "other code", "files": {}}',
        '{"key": "%s", "files": {"2026-02-01-talks-1.yaml": 5, "2026-02-02-talks-2.yaml": '
        '[[1, 2, 3], {"title": "no id"}]}}',
    ],
)
def test_a_damaged_or_foreign_cache_is_not_used(events: Path, tmp_path: Path, parsed, content):
    cache_file = tmp_path / "read.json"
    load(events, cache_file)
    cache_file.write_text(content.replace("%s", code_key()), encoding="utf-8")
    parsed.clear()
    assert len(load(events, cache_file).events) == 9
    assert len(parsed) == 10


def test_checking_articles_never_uses_the_cache(events: Path, tmp_path: Path, parsed):
    cache = ReadCache(tmp_path / "read.json")
    load_events(events, check_articles=False, cache=cache)
    cache.save()
    parsed.clear()
    load_events(events, check_articles=True, cache=ReadCache(tmp_path / "read.json"))
    assert len(parsed) == 10


def test_an_edit_among_many_files_is_not_worth_rewriting_the_cache(tmp_path: Path, parsed):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(1, 301):
        event_id = f"2026-03-01-event-{number}"
        (folder / f"{event_id}.yaml").write_text(
            f"id: {event_id}\ndate: 2026-03-01\ntitle: Event {number}\n", encoding="utf-8"
        )
    cache_file = tmp_path / "read.json"
    load(folder, cache_file)
    written = cache_file.stat().st_mtime_ns
    edited = folder / "2026-03-01-event-7.yaml"
    edited.write_text(edited.read_text() + "summary: Revised.\n", encoding="utf-8")
    parsed.clear()
    again = load(folder, cache_file)
    assert parsed == [edited.name] and cache_file.stat().st_mtime_ns == written
    assert {event.id: event.summary for event in again.events}["2026-03-01-event-7"] == "Revised."
    parsed.clear()
    load(folder, cache_file)
    assert parsed == [edited.name]  # read again each time: cheap, and always right


def test_a_large_cache_is_written_from_the_events_and_read_back_the_same(
    events: Path, tmp_path: Path, parsed, monkeypatch: pytest.MonkeyPatch
):
    # Past KEPT_IN_MEMORY_UP_TO the events are turned into data only as the
    # cache is written, and what is written is not kept in memory.
    monkeypatch.setattr(readcache, "KEPT_IN_MEMORY_UP_TO", 3)
    monkeypatch.setattr(readcache, "_taken", {})
    cache_file = tmp_path / "read.json"
    first = load(events, cache_file)
    monkeypatch.setattr(readcache, "_taken", {})  # none to take back from memory
    parsed.clear()
    again = load(events, cache_file)
    assert parsed == ["2026-02-04-talks-4.yaml"]  # only the file with a problem
    assert [event.to_dict() for event in again.events] == [e.to_dict() for e in first.events]
    files = json.loads(cache_file.read_text(encoding="utf-8"))["files"]
    seventh = next(event for event in first.events if event.id == "2026-02-07-talks-7")
    assert files["2026-02-07-talks-7.yaml"][1] == seventh.to_dict()
