"""One event per id in an imported file. An import is an editor's
deliberate data: two entries are the same event only when they carry the
same id, never because they look alike ("First vote on the budget" and
"Second vote on the budget" of one day are two events)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from timeline.model import Event
from timeline.store.problems import Problem

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Entry:
    """An event as a file holds it, and where, for the messages about it:
    ``name`` is ``events[3]`` or ``line 5``."""

    event: Event
    name: str
    line: int = 1


def one_per_id(entries: list[Entry], path: Path) -> tuple[list[Event], list[Problem]]:
    """The events of ``entries``, their ids distinct. An entry that repeats
    an earlier one exactly is taken once; one that shares an earlier entry's
    id but not its content is a distinct event and is taken under the next
    free id (``talks-2``). Both are reported, naming the two entries."""
    kept: dict[str, Entry] = {}
    problems: list[Problem] = []
    for entry in entries:
        event = entry.event
        first = kept.get(event.id)
        if first is None:
            kept[event.id] = entry
            continue
        if event == first.event:
            message = f"{entry.name} repeats {first.name} {event.title!r}; imported once"
        else:
            number = 2
            while f"{event.id}-{number}" in kept:
                number += 1
            fresh = f"{event.id}-{number}"
            kept[fresh] = replace(entry, event=replace(event, id=fresh))
            message = (
                f"{entry.name} {event.title!r} has the id {event.id!r} of {first.name} "
                f"{first.event.title!r}; imported as {fresh!r}"
            )
        problems.append(Problem(path, entry.line, 1, "warning", message))
    return [entry.event for entry in kept.values()], problems


def lone_surrogate(data: object) -> str | None:
    """Where in ``data`` a lone surrogate is (``"\\ud800"`` in JSON: half a
    character, which no UTF-8 file can hold), as ``text.headline``; None
    when there is none. An entry holding one cannot be written."""
    stack: list[tuple[str, object]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if not value.isascii() and _SURROGATE.search(value):
                return where or "the entry"
        elif isinstance(value, dict):
            for key, item in value.items():
                key_text = str(key)[:40]  # a message stays one short line
                name = f"{where}.{key_text}" if where else key_text
                stack += [(f"{name} (the key)", key), (name, item)]
        elif isinstance(value, list):
            stack += [(f"{where}[{index}]", item) for index, item in enumerate(value)]
    return None
