"""Editing one event file as the desk does: only the changed keys' bytes
move, a file changed on disk since it was shown is never overwritten,
rejected and merged events stay so on re-extraction, and undo puts back
exactly what was there."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.conftest import proposal
from tests.strategies import TRAPS
from timeline.store import apply_extraction, load_events
from timeline.store.edit import (
    Conflict,
    Invalid,
    digest,
    merge_events,
    parse,
    reject_event,
    set_fields,
    undo,
    update_event,
)
from timeline.store.ledger import Ledger

EDITED = """\
# yaml-language-server: $schema=event.schema.json
# Checked against the minutes by Ann.
id: 2026-02-20-ministers-meet
title: 'Ministers meet in Krakow'   # the agency's headline
date: 2026-02-20
status: happened
places:
    - Krakow   # not Kraków: the style guide
tags: [defence]
sources:
- article: articles/krakow.md
  quote: Ministers met in Krakow on Friday.
confidence: 0.8
notes: |
  Ask the desk about the second source.
"""


def changed_lines(old: str, new: str) -> list[str]:
    return [
        line
        for line in difflib.ndiff(old.splitlines(), new.splitlines())
        if line[:1] in "+-" and line[1:].strip()
    ]


def test_only_the_changed_keys_lines_move():
    new = set_fields(EDITED, {"title": "E5 ministers meet in Kraków", "review": "reviewed"})
    assert changed_lines(EDITED, new) == [
        "- title: 'Ministers meet in Krakow'   # the agency's headline",
        "+ title: E5 ministers meet in Kraków   # the agency's headline",
        "+ review: reviewed",
    ]
    assert new.index("review: reviewed") > new.index("confidence: 0.8")  # the schema's order
    assert new.index("review: reviewed") < new.index("notes: |")


def test_lists_keep_their_indent_and_empty_values_remove_the_key():
    new = set_fields(EDITED, {"places": ["Krakow", "Warsaw"], "tags": [], "notes": ""})
    assert "places:\n    - Krakow\n    - Warsaw\n" in new
    assert "tags:" not in new and "notes" not in new and "Ask the desk" not in new
    assert "# Checked against the minutes by Ann." in new
    assert parse(new)["sources"] == parse(EDITED)["sources"]


def test_windows_line_ends_stay():
    crlf = EDITED.replace("\n", "\r\n")
    new = set_fields(crlf, {"status": "expected"})
    assert new == set_fields(EDITED, {"status": "expected"}).replace("\n", "\r\n")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=st.one_of(st.sampled_from(TRAPS), st.text(min_size=1, max_size=30)),
    tags=st.lists(st.sampled_from(TRAPS), max_size=3),
)
def test_whatever_is_typed_reads_back_as_typed(title: str, tags: list[str]):
    new = set_fields(EDITED, {"title": title, "tags": tags, "summary": title})
    data = parse(new)
    assert data["title"] == title and data["summary"] == title
    assert data.get("tags", []) == tags
    assert data["notes"] == "Ask the desk about the second source.\n"


@pytest.fixture
def event_file(project: Path) -> Path:
    apply_extraction([proposal("2026-02-20", "Defence ministers meet in Krakow")], project)
    [path] = project.glob("*.yaml")
    return path


def test_an_edit_is_written_and_can_be_undone(event_file: Path):
    before = event_file.read_bytes()
    change = update_event(event_file, digest(before), {"review": "reviewed"})
    assert parse(event_file.read_text())["review"] == "reviewed"
    undo(change)
    assert event_file.read_bytes() == before


def test_a_file_saved_in_a_text_editor_since_is_not_overwritten(event_file: Path):
    shown = digest(event_file.read_bytes())
    saved = event_file.read_text().replace("Defence ministers", "E5 ministers")
    event_file.write_text(saved)
    with pytest.raises(Conflict) as raised:
        update_event(event_file, shown, {"review": "reviewed"})
    assert raised.value.current == saved.encode()
    assert event_file.read_text() == saved


def test_an_invalid_edit_is_refused_with_checks_message(event_file: Path):
    before = event_file.read_bytes()
    with pytest.raises(Invalid) as raised:
        update_event(event_file, digest(before), {"date": "2026-02-3O"})
    assert str(raised.value).startswith("invalid date")
    assert event_file.read_bytes() == before


def test_undo_is_refused_once_the_file_changed_again(event_file: Path):
    change = update_event(event_file, digest(event_file.read_bytes()), {"review": "reviewed"})
    event_file.write_text(event_file.read_text() + "# a later note\n")
    with pytest.raises(Conflict):
        undo(change)
    assert event_file.read_text().endswith("# a later note\n")


def test_a_rejected_event_is_never_proposed_again(event_file: Path, project: Path):
    (project / ".ledger.json").unlink()  # made by hand: the ledger never heard of it
    change = reject_event(event_file, digest(event_file.read_bytes()))
    assert not event_file.exists()
    report = apply_extraction([proposal("2026-02-20", "Defence ministers meet in Krakow")], project)
    assert not report.created and "deleted by the editor" in report.left_alone[0].reason
    undo(change)
    assert event_file.exists() and not (project / ".ledger.json").exists()


def test_a_merged_event_lists_a_place_once_whatever_its_spelling(project: Path):
    """The editor wrote "Kiev", the merged proposal says "Kyiv": one place,
    kept as the editor wrote it; a place of its own is added."""
    first = proposal("2026-02-20", "Defence ministers meet", places=["Kiev"])
    second = proposal(
        "2026-02-20",
        "E5 group gathers",
        article="articles/krakow.md",
        quote="The E5 group gathered in Kyiv and Lviv.",
        places=["Kyiv", "Lviv"],
    )
    apply_extraction([first, second], project)
    keep, drop = (project / f"{event.id}.yaml" for event in (first, second))
    merge_events(keep, digest(keep.read_bytes()), drop, digest(drop.read_bytes()))
    [event] = load_events(project).events
    assert event.places == ["Kiev", "Lviv"]


def test_a_merged_event_keeps_both_sources_and_stays_merged(project: Path):
    first = proposal("2026-02-20", "Defence ministers meet in Krakow", tags=["defence"])
    second = proposal(
        "2026-02-20",
        "E5 group gathers in Poland",
        article="articles/krakow.md",
        quote="The E5 group gathered in Poland.",
        tags=["europe"],
        places=["Poland"],
    )
    apply_extraction([first, second], project)
    keep, drop = (project / f"{event.id}.yaml" for event in (first, second))
    change = merge_events(keep, digest(keep.read_bytes()), drop, digest(drop.read_bytes()))
    assert not drop.exists()
    [event] = load_events(project).events
    assert [source.article for source in event.sources] == [
        "articles/geneva.md",
        "articles/krakow.md",
    ]
    assert event.tags == ["defence", "europe"] and event.places == ["Poland"]
    assert Ledger.read(project).target(second.id) == first.id
    report = apply_extraction([first, second], project)
    assert not report.created and len(report.unchanged) == 2
    undo(change)
    assert drop.exists() and len(load_events(project).events) == 2
