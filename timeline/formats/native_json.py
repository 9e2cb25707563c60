"""Our own JSON: every field of every event, hidden ones and editorial notes
included, so that export then import gives the same events back."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.dates import parse_edtf
from timeline.formats.entries import Entry, lone_surrogate, one_per_id
from timeline.model import Event
from timeline.store.problems import Problem, read_json
from timeline.store.validate import validate_event

FORMAT = "timeline-events"
VERSION = 1


def export(events: list[Event]) -> str:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "events": [event.to_dict() for event in sorted(events, key=Event.sort_key)],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def read(text: str, path: Path) -> tuple[list[Event], list[Problem]]:
    """Events of an export, one per id; each event is checked against the
    schema like a YAML file, and one with an error is reported and not imported."""
    document, unreadable = read_json(text, path)
    if unreadable:
        return [], [unreadable]
    items = document.get("events") if isinstance(document, dict) else document
    if not isinstance(items, list):
        return [], [
            Problem(path, 1, 1, "error", f'not a {FORMAT} file: expected {{"events": [...]}}')
        ]
    entries: list[Entry] = []
    problems: list[Problem] = []
    for index, data in enumerate(items):
        if where := lone_surrogate(data):
            problems.append(
                Problem(
                    path,
                    1,
                    1,
                    "error",
                    f"events[{index}] not imported: {where} holds half a character "
                    "(a lone surrogate)",
                )
            )
            continue
        issues = validate_event(data)
        for issue in issues:
            where = "".join(
                f"[{part}]" if isinstance(part, int) else f".{part}" for part in issue.where
            )
            problems.append(
                Problem(path, 1, 1, issue.severity, f"events[{index}]{where}: {issue.message}")
            )
        if any(issue.severity == "error" for issue in issues):
            continue
        assert isinstance(data, dict)
        data["date"] = str(parse_edtf(data["date"]))
        entries.append(Entry(Event.from_dict(data), f"events[{index}]"))
    events, clashes = one_per_id(entries, path)
    return events, problems + clashes
