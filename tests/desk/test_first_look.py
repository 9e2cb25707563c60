"""A start with no read cache shows the queue's first page before every
file is read: it must be the page a full read gives, and nothing else may
be answered from the part read so far."""

from __future__ import annotations

import os
import random
import threading
from pathlib import Path

from tests.desk.conftest import Running, event, make_content
from timeline.desk import state
from timeline.desk.first_look import first_look
from timeline.desk.queue import Filters, select
from timeline.desk.server import DeskServer
from timeline.desk.state import Desk
from timeline.store.files import dump_event

DATES = ["2026-02-17", "2026-02", "2026", "2026-02-10/2026-02-20", "2025-12-31", "2026-03-03"]


def write_many(root: Path, count: int, seed: int) -> Path:
    """``count`` events with confidences in tenths and a few dates, so that
    many tie: the first page's last place is shared."""
    events = make_content(root)
    for old in events.iterdir():
        old.unlink()
    rng = random.Random(seed)
    for number in range(count):
        item = event(
            f"event-{number:03d}",
            f"Event {number}",
            rng.choice(DATES),
            f"Quote {number}.",
            "on Tuesday",
            round(rng.choice([0.3, 0.5, 0.6, 0.8, 0.9]), 1),
            review=rng.choice(["unreviewed", "unreviewed", "reviewed"]),
        )
        if number % 17 == 0:
            item.confidence = None  # hand-written: as sure as can be
        (events / f"{item.id}.yaml").write_text(dump_event(item), encoding="utf-8")
    return events


def full_read(events: Path) -> Desk:
    desk = Desk(events)
    desk.load()
    return desk


def test_the_look_picks_every_event_of_the_first_page_and_counts_the_queue(tmp_path: Path):
    for seed in range(3):
        events = write_many(tmp_path / str(seed), 80, seed)
        truth = full_read(events)
        page = select(truth.entries.values(), Filters())[:10]
        files = list(events.iterdir())
        random.Random(seed).shuffle(files)  # as a folder lists them: in no useful order
        look = first_look(files, 10)
        picked = {path.stem for path in look.read_now}
        assert {entry.event.id for entry in page} <= picked
        assert len(picked) < 60  # a look, not a full read
        waiting = [e for e in truth.entries.values() if e.event.review == "unreviewed"]
        assert look.total == len(truth.entries)
        assert look.waiting == len(waiting)
        assert look.shown == len(select(truth.entries.values(), Filters()))


def test_lines_the_look_cannot_be_sure_of_are_read_at_once(tmp_path: Path):
    events = write_many(tmp_path, 30, 1)
    odd = {
        "event-001": ("review: ", "review: reviewed  # seen by Ana\nreview_note: x\n"),
        "event-002": ("confidence: ", "confidence: '0.2'\nconfidence_was: 1\n"),
        "event-003": ("date: ", "date: [2026]\n"),
    }
    for event_id, (key, line) in odd.items():
        file = events / f"{event_id}.yaml"
        kept = [row for row in file.read_text().splitlines(True) if not row.startswith(key)]
        file.write_text("".join(kept) + line)
    look = first_look(sorted(events.iterdir()), 1)
    assert set(odd) <= {path.stem for path in look.read_now}


def test_the_desk_shows_the_first_page_while_the_rest_is_read(tmp_path: Path, monkeypatch):
    events = write_many(tmp_path, 80, 2)
    truth = full_read(events).entries.values()
    expected = [entry.event.title for entry in select(truth, Filters())]
    gate = threading.Event()
    read_everything = state.read_through_cache

    def slow(*args, **kwargs):
        gate.wait(10)
        return read_everything(*args, **kwargs)

    monkeypatch.setattr(state, "read_through_cache", slow)
    monkeypatch.setattr(state, "LOOK_FROM", 10)
    monkeypatch.setattr(state, "PAGE_SIZE", 5)
    monkeypatch.setattr("timeline.desk.server.PAGE_SIZE", 5)
    desk = Desk(events, tmp_path / ".desk")
    desk.load(queue_first=True)
    server = DeskServer(desk, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    running = Running(server, events)
    try:
        assert len(desk.entries) < 40  # only what the first page needs was read
        status, _, page = running.request("GET", "/")
        assert status == 200
        assert "still being read" in page
        shown = [title for title in expected if f">{title}<" in page]
        assert shown == expected[:5]
        assert f"{len(expected)} events, page 1 of {-(-len(expected) // 5)}" in page

        answered: list[str] = []
        other = threading.Thread(
            target=lambda: answered.append(running.request("GET", "/?review=reviewed")[2])
        )
        other.start()
        other.join(0.5)
        assert not answered  # another page waits for the full read
        gate.set()
        other.join(10)
        assert answered and "still being read" not in answered[0]
        assert desk.wait_for_warnings(10)
        status, _, page = running.request("GET", "/")
        assert "still being read" not in page
        assert len(desk.entries) == 80
    finally:
        gate.set()
        server.shutdown()
        server.server_close()


def test_the_look_is_taken_only_when_the_read_cache_lacks_many_files(tmp_path: Path, monkeypatch):
    events = write_many(tmp_path, 40, 3)
    monkeypatch.setattr(state, "LOOK_FROM", 10)
    kept = tmp_path / ".desk"

    def start() -> Desk:
        desk = Desk(events, kept)
        desk.load(queue_first=True)
        desk.page_shown.set()
        assert desk.wait_for_warnings(10)
        return desk

    looked: list[int] = []
    look = state.first_look
    monkeypatch.setattr(
        state, "first_look", lambda paths, size: looked.append(1) or look(paths, size)
    )
    first = start()
    assert looked == [1]  # nothing kept yet: the look
    assert first.read.is_set() and first.look is None and len(first.entries) == 40
    start()
    assert looked == [1]  # every file kept: read through the cache at once
    for number, file in enumerate(sorted(events.iterdir())):
        if number % 4:  # a pull that changed three files in four
            os.utime(file, ns=(file.stat().st_mtime_ns + 10**9,) * 2)
    again = start()
    assert looked == [1, 1]
    assert len(again.entries) == 40
