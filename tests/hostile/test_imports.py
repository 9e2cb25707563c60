"""Hostile files for ``timeline import``: our JSON, TimelineJS JSON and
TimelineSetter CSV built to break the reader. Each gets its error lines and
no traceback; what can be imported is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.conftest import assert_clean, cli
from timeline.formats import native_json, timelinejs
from timeline.model import Event
from timeline.store import apply_import, load_events

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


# Each file holds one hostile entry and one valid event, which is imported.
SLIDE = '{"start_date": {"year": 2026}, "text": {"headline": "Talks resume"}}'
EVENT = '{"id": "talks", "title": "Talks resume", "date": "2026"}'
DIGITS = "9" * 5000  # past the 4,300 digits Python reads into an int


def _slides(hostile: str) -> str:
    return '{"events": [' + hostile + ", " + SLIDE + "]}"


def _ours(hostile: str) -> str:
    return '{"format": "timeline-events", "events": [' + hostile + ", " + EVENT + "]}"


ENTRIES = {
    "eras.json": (
        '{"events": [' + SLIDE + '], "eras": 5}',
        "eras.json:1:1: warning: eras (5) not imported",
    ),
    "long-number.json": (
        _slides('{"start_date": {"year": ' + DIGITS + '}, "text": {"headline": "x"}}'),
        "error: events[0] not imported: start_date.year is too large a number",
    ),
    "long-number-text.json": (
        _slides('{"start_date": {"year": "' + DIGITS + '"}, "text": {"headline": "x"}}'),
        "error: events[0] not imported: start_date.year must be a whole number, not '9999",
    ),
    "superscript-year.json": (
        _slides('{"start_date": {"year": "²⁰²⁶"}, "text": {"headline": "x"}}'),
        "error: events[0] not imported: start_date.year must be a whole number, not '²⁰²⁶'",
    ),
    "surrogate.json": (
        _slides('{"start_date": {"year": 2026}, "text": {"headline": "a \\ud800 b"}}'),
        "error: events[0] not imported: text.headline holds half a character",
    ),
    "surrogate-ours.json": (
        _ours('{"id": "half", "title": "a \\ud800 b", "date": "2026"}'),
        "error: events[0] not imported: title holds half a character",
    ),
    "long-number-ours.json": (
        _ours('{"id": "big", "title": "x", "date": "2026", "order": ' + DIGITS + "}"),
        "error: events[0].order: order must be a whole number, not 999999999999…, 5000 characters",
    ),
    "long-number-title.json": (
        _ours('{"id": "big", "title": ' + DIGITS + ', "date": "2026"}'),
        "error: events[0].title: title was read as the number 999999999999…, 5000 characters, "
        "not as text; put it in quotes",
    ),
    "huge-float-title.json": (
        _ours('{"id": "big", "title": 1e999, "date": "2026"}'),
        "error: events[0].title: title was read as the number 1e999, not as text; put it in "
        'quotes: "1e999"',
    ),
}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_a_hostile_entry_is_one_line_and_the_valid_one_is_imported(
    project: Path, name: str
) -> None:
    content, message = ENTRIES[name]
    path = project / name
    path.write_text(content, encoding="utf-8")
    result = cli("import", str(path), cwd=project)
    assert_clean(result)
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.returncode == (0 if name == "eras.json" else 1)
    events = load_events(project / "content" / "events").events
    assert [event.title for event in events] == ["Talks resume"]


LONG = "LONG-NUMBER"  # written into the JSON text as 5,000 digits
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([LONG, "²⁰²⁶", "٢٠٢٦", "2026", "-1", "\ud800", "<b>x</b>", "a/b", ""]),
    st.text(max_size=20),  # surrogates among them
)
values = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["year", "month", "day", "headline", "text", "url", "article"]),
            inner,
            max_size=3,
        ),
    ),
    max_leaves=8,
)
slides = st.dictionaries(
    st.sampled_from(
        ["start_date", "end_date", "text", "unique_id", "group", "display_date", "media"]
    ),
    values,
)
ours = st.dictionaries(st.sampled_from([*Event.FIELDS, "extra"]), values)


def _json(document: object) -> str:
    return json.dumps(document).replace(f'"{LONG}"', DIGITS)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    document=st.one_of(
        st.builds(lambda items, eras: {"events": items, "eras": eras}, st.lists(slides), values),
        st.builds(lambda items: {"format": "timeline-events", "events": items}, st.lists(ours)),
        values,
    )
)
def test_no_json_makes_import_raise_and_what_it_writes_check_accepts(
    tmp_path_factory: pytest.TempPathFactory, document: object
) -> None:
    folder = tmp_path_factory.mktemp("import") / "events"
    text = _json(document)
    ours_ = isinstance(document, dict) and document.get("format") == "timeline-events"
    events, problems = (native_json if ours_ else timelinejs).read(text, Path("in.json"))
    assert all("\n" not in problem.message for problem in problems)
    report = apply_import(events, folder)
    assert len(report.changes) == len(events)
    loaded = load_events(folder, check_articles=False)
    assert loaded.errors == []
    assert len(loaded.events) == len(report.created)
