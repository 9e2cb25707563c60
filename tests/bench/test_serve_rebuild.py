"""The in-process rebuild benchmark times real rebuilds of real edits and
puts the edited file back."""

from __future__ import annotations

from pathlib import Path

from bench.corpus import make_events, write_content
from bench.serve_rebuild import main


def test_each_edit_is_rebuilt_and_the_file_restored(tmp_path: Path, capsys) -> None:
    write_content(make_events(30), tmp_path / "content")
    events = tmp_path / "content" / "events"
    before = {path.name: path.read_bytes() for path in events.iterdir()}
    assert main(["--events", str(events), "--edits", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    edits = [line for line in lines if line.startswith("edit ")]
    assert len(edits) == 2
    # each edit changes one summary: its page and the pages listing it, not all
    assert all("30 events" in line and " 0 removed" in line for line in edits)
    assert all("pages live after" in line for line in edits)
    written = [int(line.split("; ")[2].split(" files written")[0]) for line in edits]
    assert 0 < max(written) < 40
    assert lines[-1].startswith("median rebuild after an edit: ")
    assert {path.name: path.read_bytes() for path in events.iterdir()} == before
