"""An editor's save is never overwritten: not by extraction merging at the
same moment, not when it lands between the run's check and its rename, not
when it is written in two parts, and not when the file is empty as the run
reads it."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import timeline.store.apply as apply_module
import timeline.store.atomic as atomic_module
from tests.store.conftest import proposal
from timeline.model import event_filename
from timeline.store import apply_extraction, load_events
from timeline.store.atomic import Seen, create_new, replace_unchanged
from timeline.store.files import dump_event
from timeline.store.lock import LOCK_NAME, events_lock

TOPICS = ["talks", "vote", "summit", "strike", "flood", "trial", "election", "merger"]
PLACES = ["Geneva", "Krakow", "Lisbon", "Oslo", "Riga", "Turin", "Dublin", "Prague"]


def _first_run(events_dir: Path, count: int) -> list[Path]:
    """The files of ``count`` events extracted from one article (written
    here as extract writes them, but for the wait for the disk)."""
    for event in _proposals(count, "articles/geneva.md"):
        (events_dir / event_filename(event)).write_text(dump_event(event), encoding="utf-8")
    files = sorted(events_dir.glob("*.yaml"))
    assert len(files) == count
    return files


def _proposals(count: int, article: str) -> list:
    return [
        proposal(
            f"2026-0{1 + number % 9}-{10 + number // 9:02d}",
            f"{TOPICS[number % 8].title()} in {PLACES[number // 8 % 8]} round {number}",
            article=article,
        )
        for number in range(count)
    ]


def _edited(text: str, save: int) -> str:
    """The file as an editor saves it: another title, a note."""
    text = re.sub(r"^title: .*$", f"title: Edited by the desk, save {save}", text, flags=re.M)
    text = re.sub(r"^notes: .*\n", "", text, flags=re.M)
    return text + f"notes: checked, save {save}\n"


def _kept(path: Path, save: int) -> bool:
    text = path.read_text(encoding="utf-8")
    return f"title: Edited by the desk, save {save}\n" in text and f"save {save}\n" in text


def _save_in_two_parts(path: Path, text: str, pause: float) -> None:
    """An editor saving in place, in two writes with a pause between."""
    half = len(text) // 2
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text[:half])
        handle.flush()
        time.sleep(pause)
        handle.write(text[half:])


def test_a_save_between_extracts_read_and_its_write_is_kept(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _first_run(project, 6)
    real = apply_module.add_sources

    def editor_saves_right_after(text: str, sources: list) -> str:
        updated = real(text, sources)  # extract has read the file and made its version
        for path in files:
            if path.read_text(encoding="utf-8") == text:
                path.write_text(_edited(text, 1), encoding="utf-8")
        return updated

    monkeypatch.setattr(apply_module, "add_sources", editor_saves_right_after)
    report = apply_extraction(_proposals(6, "articles/krakow.md"), project)
    assert [path for path in files if not _kept(path, 1)] == []
    assert len(report.left_alone) == 6 and not report.updated
    assert all("an editor saved it during this run" in c.reason for c in report.left_alone)
    monkeypatch.undo()
    # The rerun adds what the first one could not: the ledger was not told otherwise.
    again = apply_extraction(_proposals(6, "articles/krakow.md"), project)
    assert len(again.updated) == 6
    for event in load_events(project).events:
        assert event.title == "Edited by the desk, save 1" and event.notes == "checked, save 1"
        assert [source.article for source in event.sources] == [
            "articles/geneva.md",
            "articles/krakow.md",
        ]


@pytest.mark.parametrize("begins", ["before extract reads it", "after extract read it"])
def test_a_save_in_two_parts_is_never_torn(
    project: Path, monkeypatch: pytest.MonkeyPatch, begins: str
) -> None:
    (path,) = _first_run(project, 1)
    saved = _edited(path.read_text(encoding="utf-8"), 1)
    save = threading.Thread(target=_save_in_two_parts, args=(path, saved, 0.3))
    hooked = "load_events" if begins.startswith("before") else "add_sources"
    real = getattr(apply_module, hooked)

    def editor_starts_saving(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # extract has loaded the events (and read the file)
        if not save.is_alive():
            save.start()  # the first half is on disk, the second comes after extract
            time.sleep(0.05)
        return result

    monkeypatch.setattr(apply_module, hooked, editor_starts_saving)
    report = apply_extraction(_proposals(1, "articles/krakow.md"), project)
    save.join()
    assert path.read_text(encoding="utf-8") == saved
    assert report.left_alone and not report.updated


def test_an_editors_save_between_the_check_and_the_swap_goes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "e.yaml"
    path.write_text("title: A\n", encoding="utf-8")
    real = atomic_module._exchange

    def editor_saves_first(first: Path, second: Path) -> bool:
        if not (tmp_path / ".saved").exists():
            (tmp_path / ".saved").write_text("")
            editors = tmp_path / ".editor"
            editors.write_text("title: A\nnotes: the desk\n", encoding="utf-8")
            os.replace(editors, path)
        return real(first, second)

    monkeypatch.setattr(atomic_module, "_exchange", editor_saves_first)
    assert not replace_unchanged(path, "title: B\n", Seen.of(b"title: A\n"))
    assert path.read_text() == "title: A\nnotes: the desk\n"
    assert sorted(child.name for child in tmp_path.iterdir()) == [".saved", "e.yaml"]


def test_a_file_empty_when_extract_reads_it_is_left_to_the_editor(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _first_run(project, 3)
    real = apply_module.load_events

    def editor_truncates_after_loading(*args: object, **kwargs: object):
        loaded = real(*args, **kwargs)
        files[0].write_text("", encoding="utf-8")  # an in-place save has just begun
        return loaded

    monkeypatch.setattr(apply_module, "load_events", editor_truncates_after_loading)
    report = apply_extraction(_proposals(3, "articles/krakow.md"), project)
    assert files[0].read_text(encoding="utf-8") == ""
    assert [change.path for change in report.left_alone] == [files[0]]
    assert len(report.updated) == 2


def _editor(
    files: list[Path], finished: dict[Path, int], done: threading.Event, pick: random.Random
) -> None:
    """An editor's program saving one event after another until told to
    stop, atomically or in place in two parts; ``finished`` holds the last
    save of each file."""
    save = 0
    while not done.is_set():
        path = pick.choice(files)
        save += 1
        text = _edited(path.read_text(encoding="utf-8"), save)
        if save % 2:
            _save_in_two_parts(path, text, pause=0.001)
        else:
            temporary = path.with_name(f".{path.name}.editor")
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, path)
        finished[path] = save
        time.sleep(pick.random() * 0.002)


def test_an_editor_saving_while_extract_merges_loses_no_save(tmp_path: Path) -> None:
    """Extract and an editor's program at once, in many rounds: the editor
    saves changed titles and notes into the events one after another,
    atomically or in place in two parts, while extract adds a source to
    each. Every save the editor finished is in its file at the end, and a
    rerun adds every source the first run left to the editor."""
    lost, lost_on_rerun, rounds = 0, 0, 8
    for number in range(rounds):
        events_dir = tmp_path / f"round{number}" / "content" / "events"
        events_dir.mkdir(parents=True)
        files = _first_run(events_dir, 24)
        finished: dict[Path, int] = {}
        done = threading.Event()
        pick = random.Random(number)

        thread = threading.Thread(target=_editor, args=(files, finished, done, pick))
        thread.start()
        time.sleep(0.01)
        try:
            report = apply_extraction(_proposals(24, "articles/krakow.md"), events_dir)
        finally:
            done.set()
            thread.join()
        lost += sum(not _kept(path, save) for path, save in finished.items())
        loaded = load_events(events_dir, check_articles=False)
        assert loaded.errors == []
        # What the run left to the editor is added by the rerun. (A source it
        # did write may since have gone under a save the editor's program
        # made from what it had read before: that is the editor removing it.)
        retried = {change.path for change in report.left_alone if change.retry}
        apply_extraction(_proposals(24, "articles/krakow.md"), events_dir)
        for event in load_events(events_dir, check_articles=False).events:
            if event.path in retried:
                assert "articles/krakow.md" in {source.article for source in event.sources}
        lost_on_rerun += sum(not _kept(path, save) for path, save in finished.items())
    assert (lost, lost_on_rerun) == (0, 0)


def test_replace_unchanged_writes_only_over_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text("title: A\n", encoding="utf-8")
    seen = Seen.of(b"title: A\n")
    assert replace_unchanged(path, "title: B\n", seen)
    assert path.read_text() == "title: B\n"
    assert not replace_unchanged(path, "title: C\n", seen)  # it holds B now
    assert path.read_text() == "title: B\n"
    path.unlink()
    assert not replace_unchanged(path, "title: C\n", seen)  # deleted: stays deleted
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_a_file_saved_after_the_run_began_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text("title: A\n", encoding="utf-8")
    began = path.stat().st_mtime_ns - 1  # the save came after the run began
    assert not replace_unchanged(path, "title: B\n", Seen.of(b"title: A\n", began))
    assert path.read_text() == "title: A\n"


def test_create_new_never_writes_over_a_file(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    assert create_new(path, "title: A\n")
    assert not create_new(path, "title: B\n")
    assert path.read_text() == "title: A\n"
    assert [child.name for child in tmp_path.iterdir()] == ["e.yaml"]


def test_a_temporary_file_left_under_the_next_name_is_neither_used_nor_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A killed process of this process's id left the name the next write would take.
    monkeypatch.setattr(atomic_module, "_temporaries", iter([7]))
    left = tmp_path / f".e.yaml.{os.getpid()}-7.tmp"
    left.write_text("title: Half\n")
    path = tmp_path / "e.yaml"
    assert create_new(path, "title: A\n")
    assert path.read_text() == "title: A\n"
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()
    assert left.read_text() == "title: Half\n"
    assert sorted(child.name for child in tmp_path.iterdir()) == [left.name, "e.yaml"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_KILLED_AFTER_THE_SWAP = """
import os, sys
from pathlib import Path
import timeline.store.atomic as atomic
from timeline.store.lock import events_lock

events = Path(sys.argv[1])
path = events / "e.yaml"
real = atomic._exchange

def exchange(first, second):
    second.write_text("title: The editor's save\\n", encoding="utf-8")  # lands after the check
    real(first, second)
    os._exit(9)  # killed in the instant after the swap, before it could swap back

atomic._exchange = exchange
with events_lock(events) as since:
    data, seen, _ = atomic.read_seen(path, since)
    atomic.replace_unchanged(path, "title: The run's version\\n", seen)
"""


def test_an_editor_s_save_swapped_out_by_a_killed_run_is_kept(tmp_path: Path) -> None:
    events = tmp_path / "events"
    events.mkdir()
    path = events / "e.yaml"
    path.write_text("title: As the run read it\n", encoding="utf-8")
    os.utime(path, ns=(time.time_ns() - 10**10,) * 2)  # saved before the run
    killed = subprocess.run([sys.executable, "-c", _KILLED_AFTER_THE_SWAP, str(events)])
    assert killed.returncode == 9
    assert path.read_text() == "title: The run's version\n"

    with events_lock(events):  # the next run of any command
        pass
    recovered = events / "e.yaml.recovered"
    assert recovered.read_text() == "title: The editor's save\n"
    assert not [leftover.name for leftover in events.glob(".e.yaml.*")]
    problems = [str(problem) for problem in load_events(events, check_articles=False).problems]
    assert any("e.yaml.recovered" in p and "run was killed" in p for p in problems), problems


def test_a_swapped_out_file_a_killed_run_had_read_goes(tmp_path: Path) -> None:
    events = tmp_path / "events"
    events.mkdir()
    with events_lock(events):
        pass
    (events / LOCK_NAME).write_text("4242")  # a run took the lock, and was killed
    taken = (events / LOCK_NAME).stat().st_mtime_ns
    (events / "e.yaml").write_text("title: The run's version\n")
    read = events / ".e.yaml.k3j_9a.swap"
    read.write_text("title: As the run read it\n")
    os.utime(read, ns=(taken - 10**9,) * 2)  # saved before the run began: the run read it
    leftover = events / ".f.yaml.zz81q.tmp"
    leftover.write_text("title: Half")
    with events_lock(events):
        pass
    assert sorted(path.name for path in events.iterdir()) == [LOCK_NAME, "e.yaml"]


@pytest.mark.parametrize("syncfs", [True, False])
def test_many_files_are_put_in_place_in_batches_each_checked_as_one_would_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, syncfs: bool
) -> None:
    monkeypatch.setattr(atomic_module, "BATCH_FILES", 2)
    if not syncfs:  # a system without syncfs: an fsync each
        monkeypatch.setattr(atomic_module, "_syncfs", None)
    kept, saved = tmp_path / "kept.yaml", tmp_path / "saved.yaml"
    kept.write_text("title: A\n", encoding="utf-8")
    saved.write_text("title: A\n", encoding="utf-8")
    read = Seen.of(b"title: A\n")
    saved.write_text("title: editor\n", encoding="utf-8")  # saved after the run read it
    taken = tmp_path / "taken.yaml"
    taken.write_text("title: editor's new\n", encoding="utf-8")
    writes = [
        (tmp_path / "new-1.yaml", "title: N1\n", None),
        (kept, "title: B\n", read),
        (saved, "title: B\n", read),
        (taken, "title: N2\n", None),
        (tmp_path / "new-3.yaml", "title: N3\n", None),
    ]
    assert atomic_module.put_in_place(writes) == [True, True, False, False, True]
    contents = {path.name: path.read_text() for path in tmp_path.iterdir()}
    assert contents == {  # no temporary file left behind
        "new-1.yaml": "title: N1\n",
        "kept.yaml": "title: B\n",
        "saved.yaml": "title: editor\n",
        "taken.yaml": "title: editor's new\n",
        "new-3.yaml": "title: N3\n",
    }
