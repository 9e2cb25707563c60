"""What a desk run knows stays what a fresh start would know: after files
change on disk, check's duplicate warnings are worked out again only where
they could change, with the same result as reading everything again."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.conftest import count_parsed_files
from tests.desk.conftest import make_content
from timeline.desk import state
from timeline.desk.queue import Filters
from timeline.desk.state import Desk


def warnings(desk: Desk) -> dict[str, str | None]:
    desk.queue(Filters(review=""))
    return {event_id: entry.duplicate_of for event_id, entry in desk.entries.items()}


def fresh(events: Path) -> dict[str, str | None]:
    desk = Desk(events)
    desk.load()
    return warnings(desk)


def test_duplicate_warnings_after_changes_are_those_of_a_fresh_start(tmp_path: Path):
    events = make_content(tmp_path)
    desk = Desk(events)
    desk.load()
    assert warnings(desk)["2026-02-17-fee-rise-voted"] == "2026-02-17-authority-raises-fee"
    other = events / "2026-02-17-fee-rise-voted.yaml"
    original = other.read_text()
    assert "date: '2026-02-17'" in original
    changes = [
        original.replace("date: '2026-02-17'", "date: '2026-03-10'"),  # apart
        original.replace("date: '2026-02-17'", "date: 2026-02-16/2026-02-17"),  # overlapping
        None,  # deleted
        original,  # back
        original.replace("review: unreviewed", "review: reviewed"),  # accepted: the same
    ]
    for text in changes:
        if text is None:
            other.unlink()
        else:
            other.write_text(text)
        desk.refresh()
        assert warnings(desk) == fresh(events), text
    assert warnings(desk)["2026-02-17-fee-rise-voted"] == "2026-02-17-authority-raises-fee"


def test_the_queue_opens_before_the_warnings_are_worked_out(tmp_path: Path, monkeypatch):
    events = make_content(tmp_path)
    gate = threading.Event()
    work = state.likely_duplicates

    def slow(found):
        gate.wait(10)
        return work(found)

    monkeypatch.setattr(state, "likely_duplicates", slow)
    desk = Desk(events)
    desk.load(queue_first=True)
    assert not desk.warnings_ready
    assert len(desk.queue(Filters(review="", min_confidence=""))) == 4  # the queue is there
    desk.page_shown.set()  # as the server does once it sent the page
    gate.set()
    assert desk.wait_for_warnings(10)
    assert warnings(desk) == fresh(events)  # and then what a start that waits knows


def test_a_second_start_reads_only_the_files_that_changed(tmp_path: Path, monkeypatch):
    events = make_content(tmp_path)
    Desk(events, tmp_path / ".desk").load()
    edited = events / "2026-02-18-chair-defends-vote.yaml"
    edited.write_text(edited.read_text().replace("Chair defends", "Chair stands by"))
    read = count_parsed_files(monkeypatch)
    desk = Desk(events, tmp_path / ".desk")
    desk.load()
    assert read == [edited.name]
    assert desk.entries["2026-02-18-chair-defends-vote"].event.title == "Chair stands by vote"
    assert warnings(desk) == fresh(events)


def test_a_kept_event_whose_article_went_is_read_again_and_the_error_shown(tmp_path: Path):
    events = make_content(tmp_path)
    Desk(events, tmp_path / ".desk").load()
    (tmp_path / "content" / "articles" / "other.md").unlink()
    desk = Desk(events, tmp_path / ".desk")
    desk.load()
    problems = desk.entries["2026-02-17-fee-rise-voted"].problems
    assert any("articles/other.md does not exist" in problem for problem in problems)
