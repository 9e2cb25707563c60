"""New event files are written without PyYAML's representer, and must come
out byte for byte as PyYAML's dumper writes them: the same text an editor
reads, diffs and greps, and the same values read back."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Event, Media, Source
from timeline.store.emit import dump_yaml, emit_event
from timeline.store.loader import EventLoader

# Strings PyYAML must quote or escape, and plain ones next to them.
TRICKY = [
    "Ministers meet in Krakow",
    "Kraków talks: day two",
    "Talks end:",
    "Vote #2 passes",
    "Vote#2 passes",
    "yes",
    "No",
    "null",
    "~",
    "2026-02-20",
    "2026",
    "1e5",
    "0x1F",
    "12:30",
    "- a dash",
    "-dash",
    "'quoted'",
    '"double"',
    "it's",
    "[bracket] first",
    "a [bracket] later",
    "{brace}",
    "&anchor",
    "*alias",
    "!tag",
    "%percent",
    "@at",
    "`tick`",
    "|pipe",
    ">fold",
    "?question",
    "? question",
    "trailing space ",
    " leading space",
    "tab\there",
    "two\nlines",
    "two\r\nlines",
    "nel\x85here",
    "line\u2028sep",
    "bom\ufeff",
    "Встреча министров в Кракове",
    "东京 talks",
    "emoji 🚀 launch",
    "nbsp\u00a0here",
    "bell\x07",
    "del\x7f",
    "<<",
    "=",
    ".inf",
    "---",
    "...",
    "a: b",
    "under_score",
    "_underscore",
    "Ünïcödé start",
    "ends with colon:",
    "x" * 300 + " long",
]


def event_with(text: str) -> Event:
    return Event(
        id="2026-02-20-talks",
        title=text,
        date="2026-02-20",
        date_text=text,
        summary=text,
        media=Media("media/x.jpg", alt=text, caption=text, credit=text),
        places=[text, "Krakow"],
        actors=["E5", text],
        tags=[text],
        sources=[
            Source("articles/a.md", quote=text, title=text, url=text, published="2026-02-20"),
            Source("articles/b.md"),
        ],
        confidence=0.64,
        key=True,
        order=-3,
        notes=text,
    )


def test_every_tricky_string_is_written_as_pyyaml_writes_it() -> None:
    for text in TRICKY:
        data = event_with(text).to_dict()
        assert emit_event(data) == dump_yaml(data), text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30), st.floats(allow_nan=True), st.booleans())
def test_any_text_and_number_are_written_as_pyyaml_writes_them(
    text: str, number: float, flag: bool
) -> None:
    data = event_with(text).to_dict()
    data["confidence"] = number
    data["locked"] = flag
    assert emit_event(data) == dump_yaml(data)


def test_a_written_event_reads_back_as_it_was() -> None:
    for text in TRICKY:
        event = event_with(text)
        written = emit_event(event.to_dict())
        assert yaml.load(written, Loader=EventLoader) == event.to_dict(), text


def test_shapes_other_than_an_events_are_left_to_pyyaml() -> None:
    odd = {"id": "x", "places": [["nested"]], "media": {}, "tags": [], "sources": [{}]}
    assert emit_event(odd) == dump_yaml(odd)
