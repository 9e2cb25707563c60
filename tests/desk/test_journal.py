"""Undo outlives the desk: the journal kept beside ``content/`` gives back
the last actions after a restart, and never reaches outside the events
folder, whatever the file holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.desk.conftest import make_content
from timeline.desk.journal import KEPT, Journal
from timeline.desk.state import JOURNAL, Desk
from timeline.layout import desk_folder
from timeline.store.edit import Conflict, digest
from timeline.store.ledger import LEDGER_NAME

ACCEPTED = "2026-02-18-chair-defends-vote"


def started(events: Path) -> Desk:
    desk = Desk(events, desk_folder(events))
    desk.load()
    return desk


def shown(desk: Desk, event_id: str) -> str:
    return digest(desk.file_bytes(desk.entries[event_id]))


def test_an_accept_is_undone_after_the_desk_restarts(tmp_path: Path):
    events = make_content(tmp_path)
    file = events / f"{ACCEPTED}.yaml"
    before = file.read_bytes()
    desk = started(events)
    desk.accept(ACCEPTED, shown(desk, ACCEPTED))
    assert b"review: reviewed" in file.read_bytes()

    again = started(events)  # the desk was stopped, and started again
    assert again.history
    assert again.undo_last() == ACCEPTED
    assert file.read_bytes() == before
    assert not started(events).history  # undone once, and only once


def test_a_reject_is_undone_after_a_restart_file_and_ledger(tmp_path: Path):
    events = make_content(tmp_path)
    file = events / f"{ACCEPTED}.yaml"
    before = file.read_bytes()
    ledger = events / LEDGER_NAME
    ledger_before = ledger.read_bytes() if ledger.exists() else None
    desk = started(events)
    desk.reject(ACCEPTED, shown(desk, ACCEPTED))
    assert not file.exists()

    again = started(events)
    assert ACCEPTED not in again.entries
    again.undo_last()
    assert file.read_bytes() == before
    assert (ledger.read_bytes() if ledger.exists() else None) == ledger_before
    assert ACCEPTED in again.entries


def test_undo_after_a_restart_still_refuses_a_file_changed_since(tmp_path: Path):
    events = make_content(tmp_path)
    file = events / f"{ACCEPTED}.yaml"
    desk = started(events)
    desk.accept(ACCEPTED, shown(desk, ACCEPTED))
    file.write_text(file.read_text() + "notes: changed in a text editor\n")
    again = started(events)
    with pytest.raises(Conflict):
        again.undo_last()
    assert "changed in a text editor" in file.read_text()


def test_an_undo_written_before_a_crash_is_not_undone_twice(tmp_path: Path):
    events = make_content(tmp_path)
    file = events / f"{ACCEPTED}.yaml"
    before = file.read_bytes()
    desk = started(events)
    desk.accept(ACCEPTED, shown(desk, ACCEPTED))
    file.write_bytes(before)  # the undo was written; the desk died before the journal knew
    again = started(events)
    assert again.undo_last() == ACCEPTED
    assert file.read_bytes() == before
    assert not again.history


def test_a_damaged_journal_ends_where_it_cannot_be_read(tmp_path: Path):
    events = make_content(tmp_path)
    desk = started(events)
    desk.accept(ACCEPTED, shown(desk, ACCEPTED))
    journal = desk_folder(events) / JOURNAL
    with journal.open("ab") as stream:
        stream.write(b'{"description": "half writ')
    again = started(events)
    assert len(again.history.actions) == 1


def test_a_journal_never_names_a_file_outside_the_events_folder(tmp_path: Path):
    events = make_content(tmp_path)
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    journal = desk_folder(events) / JOURNAL
    journal.parent.mkdir()
    for name in ("../../outside.txt", "/etc/passwd", ".."):
        record = {"description": "forged", "event": "x", "files": {name: {"before": None}}}
        journal.write_text(json.dumps(record) + "\n")
        assert not Journal(events, journal).actions, name
    assert outside.read_text() == "keep me"


def test_the_journal_keeps_the_last_actions_only(tmp_path: Path):
    events = make_content(tmp_path)
    desk = started(events)
    for round in range(2 * KEPT + 1):
        desk.edit(ACCEPTED, shown(desk, ACCEPTED), {"summary": f"round {round}"})
    assert len(started(events).history.actions) <= 2 * KEPT
    assert len(started(events).history.actions) >= KEPT


def test_when_the_journal_cannot_be_written_undo_lasts_the_run_and_says_so(tmp_path: Path):
    events = make_content(tmp_path)
    desk = started(events)
    (desk_folder(events) / JOURNAL).mkdir(parents=True)  # in the way: cannot be appended to
    desk.accept(ACCEPTED, shown(desk, ACCEPTED))
    assert "undo lasts until the desk stops" in desk.message
    assert desk.undo_last() == ACCEPTED


def test_the_desk_writes_nothing_outside_content(tmp_path: Path):
    events = make_content(tmp_path)
    desk = started(events)
    desk.accept(ACCEPTED, shown(desk, ACCEPTED))
    desk.reject("2026-03-03-union-strike", shown(desk, "2026-03-03-union-strike"))
    desk.undo_last()
    desk.wait_for_warnings(10)
    content = tmp_path / "content"
    assert [path for path in tmp_path.rglob("*") if not path.is_relative_to(content)] == []
    assert (content / ".desk" / JOURNAL).is_file()
