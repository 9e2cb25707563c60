"""Event files unchanged since the last build are taken back, from the
build's memory for a site kept whole and from a JSON file for a larger one;
everything else is parsed, and problems are reported every time. Each build
here runs as in a fresh process: what it takes back comes from disk."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from tests.conftest import count_parsed_files
from timeline.incremental import memory
from timeline.incremental.code_key import code_key
from timeline.incremental.memory import BuildMemory
from timeline.incremental.read_cache import READ_CACHE, ReadCache
from timeline.store import load_events


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
    return count_parsed_files(monkeypatch)


@pytest.fixture(params=["memory", "json"])
def kept_in(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file the events are kept in: the build's memory, or (for a site
    too large to be kept whole) the JSON read cache."""
    if request.param == "json":
        monkeypatch.setattr(memory, "KEPT_IN_MEMORY_UP_TO", 0)
    return Path(memory.MEMORY if request.param == "memory" else READ_CACHE)


def load(events: Path, folder: Path, used: BuildMemory | None = None):
    """Load as ``timeline build`` does, in a process of its own (with the
    memory ``used``, a new one by default)."""
    used = used or BuildMemory()
    used.recall(folder)
    cache = ReadCache(folder / READ_CACHE, used)
    result = load_events(events, check_articles=False, cache=cache)
    cache.save()
    used.keep(folder, len(result.events))
    return result


def test_a_second_read_parses_only_what_changed(
    events: Path, tmp_path: Path, parsed, kept_in: Path
):
    first = load(events, tmp_path)
    assert len(parsed) == 10 and (tmp_path / kept_in).is_file()
    parsed.clear()
    edited = write(events, 7, "summary: Revised.\n")
    again = load(events, tmp_path)
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


def test_a_file_touched_or_replaced_is_read_again(
    events: Path, tmp_path: Path, parsed, kept_in: Path
):
    load(events, tmp_path)
    parsed.clear()
    path = events / "2026-02-02-talks-2.yaml"
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    load(events, tmp_path)
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
def test_a_damaged_or_foreign_read_cache_is_not_used(
    events: Path, tmp_path: Path, parsed, content, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(memory, "KEPT_IN_MEMORY_UP_TO", 0)
    load(events, tmp_path)
    (tmp_path / READ_CACHE).write_text(content.replace("%s", code_key()), encoding="utf-8")
    parsed.clear()
    assert len(load(events, tmp_path).events) == 9
    assert len(parsed) == 10


def _memory_written_by(key: str, kept: object) -> bytes:
    return pickle.dumps(key) + pickle.dumps(kept)


@pytest.mark.parametrize(
    "content",
    [
        lambda good: b"not a pickle",
        lambda good: good[: len(good) // 2],  # cut short
        lambda good: _memory_written_by("other code", BuildMemory()),
        lambda good: _memory_written_by(memory._key(), ["not", "a", "memory"]),
        # a file that would run a command as it is read
        lambda good: pickle.dumps(memory._key()) + b"cos\nsystem\n(S'touch ran'\ntR.",
    ],
)
def test_a_damaged_or_foreign_memory_is_not_used(
    events: Path, tmp_path: Path, parsed, content, monkeypatch: pytest.MonkeyPatch
):
    load(events, tmp_path)
    file = tmp_path / memory.MEMORY
    file.write_bytes(content(file.read_bytes()))
    parsed.clear()
    monkeypatch.chdir(tmp_path)
    assert len(load(events, tmp_path).events) == 9
    assert len(parsed) == 10
    assert not (tmp_path / "ran").exists()


def test_checking_articles_reads_again_only_the_events_whose_article_went(tmp_path: Path, parsed):
    content = tmp_path / "content"
    events, articles = content / "events", content / "articles"
    events.mkdir(parents=True)
    articles.mkdir()
    for number in range(1, 6):
        (articles / f"a{number}.md").write_text(f"Talks {number} began.\n", encoding="utf-8")
        write(events, number, f"sources:\n  - article: articles/a{number}.md\n")
    file, kept = tmp_path / READ_CACHE, BuildMemory()  # as a process that checks again

    def check():
        cache = ReadCache(file, kept)
        result = load_events(events, check_articles=True, cache=cache)
        cache.save()
        return result

    assert not check().problems and len(parsed) == 5
    (articles / "a3.md").unlink()
    parsed.clear()
    result = check()
    assert parsed == ["2026-02-03-talks-3.yaml"]
    assert [(p.path.name, p.line) for p in result.problems] == [("2026-02-03-talks-3.yaml", 5)]
    assert "articles/a3.md does not exist" in result.problems[0].message
    assert len(result.events) == 5  # a missing article keeps the event


def test_an_edit_among_many_files_is_not_worth_rewriting_the_cache(
    tmp_path: Path, parsed, kept_in: Path
):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(1, 301):
        event_id = f"2026-03-01-event-{number}"
        (folder / f"{event_id}.yaml").write_text(
            f"id: {event_id}\ndate: 2026-03-01\ntitle: Event {number}\n", encoding="utf-8"
        )
    load(folder, tmp_path)
    written = (tmp_path / kept_in).stat().st_mtime_ns
    edited = folder / "2026-03-01-event-7.yaml"
    edited.write_text(edited.read_text() + "summary: Revised.\n", encoding="utf-8")
    parsed.clear()
    again = load(folder, tmp_path)
    assert parsed == [edited.name] and (tmp_path / kept_in).stat().st_mtime_ns == written
    assert {event.id: event.summary for event in again.events}["2026-03-01-event-7"] == "Revised."
    parsed.clear()
    load(folder, tmp_path)
    assert parsed == [edited.name]  # read again each time: cheap, and always right


def test_a_large_site_keeps_its_events_in_json_and_no_memory(
    events: Path, tmp_path: Path, parsed, monkeypatch: pytest.MonkeyPatch
):
    # Past KEPT_IN_MEMORY_UP_TO the events are turned into data only as the
    # cache is written, and neither memory nor its file keeps them.
    load(events, tmp_path)
    assert (tmp_path / memory.MEMORY).is_file()
    monkeypatch.setattr(memory, "KEPT_IN_MEMORY_UP_TO", 3)
    parsed.clear()
    used = BuildMemory()
    first = load(events, tmp_path, used)
    assert len(parsed) == 10  # the JSON file did not exist yet
    assert not (tmp_path / memory.MEMORY).exists() and used.events == {}
    parsed.clear()
    again = load(events, tmp_path)
    assert parsed == ["2026-02-04-talks-4.yaml"]  # only the file with a problem
    assert [event.to_dict() for event in again.events] == [e.to_dict() for e in first.events]
    assert all(event.path is not None for event in again.events)
    files = json.loads((tmp_path / READ_CACHE).read_text(encoding="utf-8"))["files"]
    seventh = next(event for event in first.events if event.id == "2026-02-07-talks-7")
    assert files["2026-02-07-talks-7.yaml"][1] == seventh.to_dict()


def test_events_taken_back_from_memory_have_their_files(
    events: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    first = load(events, tmp_path)
    again = load(events, tmp_path)
    assert [event.path for event in again.events] == [event.path for event in first.events]
    assert all(event.path is not None and event.path.parent == events for event in again.events)
