"""What a desk run knows stays what a fresh start would know: after files
change on disk, check's duplicate warnings are worked out again only where
they could change, with the same result as reading everything again."""

from __future__ import annotations

from pathlib import Path

from tests.desk.conftest import make_content
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
