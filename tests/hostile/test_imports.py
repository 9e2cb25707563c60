"""Hostile files for ``timeline import``: our JSON, TimelineJS JSON and
TimelineSetter CSV built to break the reader. Each gets its error lines and
no traceback; what can be imported is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import assert_clean, cli

HEADER = "date,display_date,description,link,series,html\n"
DEEP = "[" * 100_000 + "]" * 100_000
CASES = {
    "deep.json": (DEEP, "deep.json:1:1: error: JSON nested too deeply to be events"),
    "deep-events.json": (
        '{"format": "timeline-events", "events": ' + DEEP + "}",
        "error: JSON nested too deeply to be events",
    ),
    "timelinejs-deep.json": (
        '{"events": [{"start_date": {"year": ' + DEEP + "}}]}",
        "error: JSON nested too deeply to be events",
    ),
    "timelinejs-types.json": (
        '{"events": [5, null, {"start_date": {"year": 1e400}, "text": "x"}, '
        '{"start_date": [1]}, {"start_date": {"year": "2026", "month": "13"}}]}',
        "error: events[0] not imported: a slide must be an object",
    ),
    "not-utf8.json": (b"\xff\xfe\x00\xd8garbage", "error: cannot read it"),
    "big-field.csv": (
        HEADER + "2026-02-19,,Talks resume,,,\n2026-02-20,," + "x" * 200_000 + ",,,\n",
        "big-field.csv:3:1: error: CSV: field larger than field limit (131072); this row and "
        "the rest are not imported",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_import_file_gives_error_lines(project: Path, name: str) -> None:
    content, message = CASES[name]
    path = project / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    result = cli("import", str(path), cwd=project)
    assert_clean(result)
    assert result.returncode == 1
    assert message in result.stderr
    assert all(line.isprintable() for line in result.stderr.splitlines())


def test_csv_rows_before_a_broken_one_are_imported(project: Path) -> None:
    path = project / "big-field.csv"
    path.write_text(CASES["big-field.csv"][0])
    assert_clean(cli("import", str(path), cwd=project))
    [event] = (project / "content" / "events").glob("*.yaml")
    assert event.name == "2026-02-19-talks-resume.yaml"
