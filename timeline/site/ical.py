"""iCalendar (RFC 5545) text, written directly.

The icalendar package builds an object per property and folds long lines a
character at a time: 10,000 events took 7 to 13 s, more than the rest of the
build. The subset a timeline needs (all-day events with text properties) is
a few rules: escape TEXT values, order the properties, fold lines at 75
octets. These functions write the same bytes icalendar 7 does for it (the
tests compare them with icalendar's output and parse them back with it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

# icalendar's canonical order: these first, the other properties alphabetically.
CALENDAR_ORDER = (
    "VERSION",
    "PRODID",
    "CALSCALE",
    "METHOD",
    "DESCRIPTION",
    "X-WR-CALDESC",
    "NAME",
    "X-WR-CALNAME",
)
EVENT_ORDER = (
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DURATION",
    "DTSTAMP",
    "UID",
    "RECURRENCE-ID",
    "SEQUENCE",
    "RRULE",
    "RDATE",
    "EXDATE",
)
LIMIT = 75  # octets per line, the line break excluded; a chunk holds at most LIMIT - 1
_ESCAPE_PREFIXES = b"\\^"


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped."""
    return (
        value.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def date_value(day: dt.date) -> str:
    return f"{day.year:04}{day.month:02}{day.day:02}"


def utc_value(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.UTC)
    return f"{date_value(moment)}T{moment.hour:02}{moment.minute:02}{moment.second:02}Z"


def fold(line: str) -> str:
    """Split a content line into chunks of at most ``LIMIT - 1`` octets,
    never inside a character's UTF-8 bytes nor between a backslash or caret
    and the character it escapes, joined by CRLF and a space."""
    data = line.encode("utf-8")
    if len(data) < LIMIT:
        return line
    chunks, start = [], 0
    while len(data) - start >= LIMIT:
        end = start + LIMIT - 1
        while data[end] & 0xC0 == 0x80:  # a continuation byte: back to its character's start
            end -= 1
        if data[end - 1] in _ESCAPE_PREFIXES:
            end -= 1
        chunks.append(data[start:end].decode("utf-8"))
        start = end
    chunks.append(data[start:].decode("utf-8"))
    return "\r\n ".join(chunks)


def component(
    name: str, properties: dict[str, str], first: tuple[str, ...] = (), parts: Iterable[str] = ()
) -> str:
    """``BEGIN:name`` … ``END:name``: the ``first`` properties in that order,
    then the others alphabetically (icalendar's canonical order), then the
    already written sub-components ``parts``. Each property is ``NAME`` or
    ``NAME;PARAMS`` mapped to its encoded value."""
    rank = {name: index for index, name in enumerate(first)}
    ranked = sorted(properties, key=lambda key: (rank.get(key.split(";", 1)[0], len(first)), key))
    lines = [f"BEGIN:{name}\r\n"]
    lines += [fold(f"{key}:{properties[key]}") + "\r\n" for key in ranked]
    lines += parts
    lines.append(f"END:{name}\r\n")
    return "".join(lines)
