"""The direct iCalendar writer gives the bytes the icalendar package gives,
and icalendar reads them back to the same values."""

from __future__ import annotations

import datetime as dt
import random

import icalendar
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from timeline.site import ical

TRICKY = [
    "",
    "plain",
    "a, b; c \\ d\nnew line\r\nand a lone\rreturn",
    "x" * 73 + "\\, then more text after the fold",
    "x" * 72 + ",," + "y" * 80,
    "Kraków — Zürich — Київ — 東京 " * 6,
    "é" * 40 + "\\" + "ü" * 40,
    "^caret" * 30,
]


def reference(summary: str, categories: list[str], location: str) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//timeline//test//EN")
    cal.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", "id@timeline")
    event.add("dtstamp", dt.datetime(2026, 2, 20, tzinfo=dt.UTC))
    event.add("dtstart", dt.date(2026, 2, 17))
    event.add("dtend", dt.date(2026, 2, 19))
    event.add("summary", summary)
    event.add("description", summary * 3)
    event.add("location", location)
    event.add("categories", categories)
    event.add("url", "https://example.org/events/" + "a" * 90 + ".html")
    cal.add_component(event)
    return cal.to_ical()


def written(summary: str, categories: list[str], location: str) -> bytes:
    event = {
        "UID": ical.escape_text("id@timeline"),
        "DTSTAMP": ical.utc_value(dt.datetime(2026, 2, 20, tzinfo=dt.UTC)),
        "DTSTART;VALUE=DATE": ical.date_value(dt.date(2026, 2, 17)),
        "DTEND;VALUE=DATE": ical.date_value(dt.date(2026, 2, 19)),
        "SUMMARY": ical.escape_text(summary),
        "DESCRIPTION": ical.escape_text(summary * 3),
        "LOCATION": ical.escape_text(location),
        "CATEGORIES": ",".join(ical.escape_text(name) for name in categories),
        "URL": "https://example.org/events/" + "a" * 90 + ".html",
    }
    header = {"PRODID": ical.escape_text("-//timeline//test//EN"), "VERSION": "2.0"}
    entry = ical.component("VEVENT", event, ical.EVENT_ORDER)
    return ical.component("VCALENDAR", header, ical.CALENDAR_ORDER, [entry]).encode("utf-8")


@pytest.mark.parametrize("text", TRICKY)
def test_same_bytes_as_icalendar(text: str) -> None:
    assert written(text, [text[:20] or "tag", "b,c"], text[::-1]) == reference(
        text, [text[:20] or "tag", "b,c"], text[::-1]
    )


@given(st.text(st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\\,;^\n")))
def test_any_text_reads_back_the_same(text: str) -> None:
    data = written(text, ["tag"], "place")
    assert data == reference(text, ["tag"], "place")
    assume("\\N" not in text)  # both writers read a written "\N" as a line break
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == text.replace("\r\n", "\n").replace("\r", "\n")


def test_lines_stay_within_75_octets() -> None:
    data = written("Kraków, 東京; " * 40, ["a"], "b" * 200)
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
    assert data.endswith(b"END:VCALENDAR\r\n")


def test_folding_mixed_widths_matches_icalendar() -> None:
    """Lines of one-, two-, three- and four-byte characters with escapes
    near every possible fold point."""
    rng = random.Random(75)
    pieces = ["a", "x y", "\\", "^", "é", "東", "😀", ",", "\\,"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 200)))
        assert written(text, ["tag"], "place") == reference(text, ["tag"], "place"), text
