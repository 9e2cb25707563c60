"""Property tests over generated events: what the store writes reads back
the same, an update keeps everything an editor wrote, the exchange formats
give back what they carry, and no input makes loading raise."""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from timeline.dates import Point
from timeline.model import Event, Source
from timeline.store import ownjson, timelinejs, timelinesetter
from timeline.store.files import SCHEMA_FILE, add_sources, dump_event
from timeline.store.load import load_file

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Strings that YAML 1.1 would read as something other than text.
TRAPS = [
    "no",
    "Yes",
    "off",
    "1:30",
    "2026-02-20",
    "null",
    "~",
    "0x1F",
    "1e3",
    ".inf",
    "- item",
    "a: b",
    "#hash",
    "'quoted'",
    '"',
    "@at",
    "*star",
    "&amp",
    "!bang",
    "%pct",
    " padded ",
    "two\nlines",
    "tab\there",
    "Kraków",
    "Женева",
    "emoji 🎉",
]
text = st.one_of(
    st.sampled_from(TRAPS),
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"),
        min_size=1,
        max_size=40,
    ),
)
words = st.text("abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=30).map(str.strip).filter(bool)


@st.composite
def points(draw: st.DrawFn) -> Point:
    year = draw(st.integers(1000, 2100))
    month = draw(st.one_of(st.none(), st.integers(1, 12), st.integers(21, 24)))
    day = (
        draw(st.integers(1, 28))
        if month is not None and month <= 12 and draw(st.booleans())
        else None
    )
    return Point(year, month, day, uncertain=draw(st.booleans()), approximate=draw(st.booleans()))


@st.composite
def edtf_dates(draw: st.DrawFn) -> str:
    start = draw(points())
    kind = draw(st.sampled_from(["point", "interval", "before", "after"]))
    if kind == "point":
        return str(start)
    if kind == "before":
        return f"../{start}"
    if kind == "after":
        return f"{start}/.."
    end = draw(points())
    low, high = sorted([start, end], key=lambda point: (point.lower(), point.upper()))
    if high.upper() < low.lower():
        return str(low)
    return f"{low}/{high}"


sources = st.builds(
    Source,
    article=words.map(lambda w: f"articles/{w.replace(' ', '-')}.md"),
    quote=text,
    title=st.one_of(st.none(), text),
    url=st.one_of(st.none(), words.map(lambda w: f"https://example.org/{w.replace(' ', '/')}")),
    published=st.one_of(
        st.none(), st.dates().map(lambda d: f"{d:%Y-%m-%d}").filter(lambda d: len(d) == 10)
    ),
)
optional_text = st.one_of(st.none(), text)


@st.composite
def events(draw: st.DrawFn) -> Event:
    event_id = draw(st.from_regex(r"\A[a-z0-9][a-z0-9-]{0,30}\Z"))
    return Event(
        id=event_id,
        title=draw(text.filter(str.strip)),
        date=draw(edtf_dates()),
        status=draw(st.sampled_from(["happened", "expected"])),
        summary=draw(st.one_of(st.just(""), text)),
        date_text=draw(optional_text),
        places=draw(st.lists(text.filter(str.strip), max_size=3)),
        actors=draw(st.lists(text.filter(str.strip), max_size=3)),
        tags=draw(st.lists(text.filter(str.strip), max_size=3)),
        sources=draw(st.lists(sources, max_size=3)),
        confidence=draw(st.one_of(st.none(), st.floats(0, 1))),
        review=draw(st.sampled_from(["unreviewed", "reviewed"])),
        locked=draw(st.booleans()),
        hidden=draw(st.booleans()),
        display_date=draw(optional_text),
        order=draw(st.one_of(st.none(), st.integers(-5, 5))),
        notes=draw(optional_text),
    )


def _write(tmp_path: Path, event: Event, text_: str) -> Path:
    path = tmp_path / f"{event.id}.yaml"
    path.write_text(text_, encoding="utf-8")
    return path


@SETTINGS
@given(event=events())
def test_a_written_event_reads_back_the_same(tmp_path: Path, event: Event) -> None:
    path = _write(tmp_path, event, dump_event(event))
    loaded, problems = load_file(path)
    assert problems == []
    assert loaded == event


@SETTINGS
@given(
    event=events(),
    new=st.lists(sources, min_size=1, max_size=2),
    comment=st.text("abc #:-'\" ", max_size=20),
)
def test_adding_sources_keeps_everything_the_editor_wrote(
    tmp_path: Path, event: Event, new: list[Source], comment: str
) -> None:
    lines = dump_event(event).splitlines(keepends=True)
    lines.insert(1, f"# editor: {comment}\n")
    original = "".join(lines)
    updated = add_sources(original, [source.to_dict() for source in new])
    diff = difflib.SequenceMatcher(None, original, updated, autojunk=False).get_opcodes()
    assert {operation for operation, *_ in diff} <= {"equal", "insert"}, "a byte was changed"
    loaded, problems = load_file(_write(tmp_path, event, updated))
    assert problems == []
    assert loaded is not None
    assert loaded.sources == event.sources + new
    loaded.sources = event.sources
    assert loaded == event
    keys = [line.split(":")[0] for line in updated.splitlines() if line[:1].isalpha()]
    assert keys == [key for key in Event.FIELDS if key in event.to_dict() or key == "sources"]


@SETTINGS
@given(batch=st.lists(events(), max_size=4, unique_by=lambda event: event.id))
def test_our_json_gives_every_field_back(batch: list[Event]) -> None:
    back, problems = ownjson.read(ownjson.export(batch), Path("events.json"))
    assert problems == []
    assert sorted(back, key=lambda e: e.id) == sorted(batch, key=lambda e: e.id)


@SETTINGS
@given(event=events())
def test_written_events_satisfy_the_json_schema(event: Event) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(event.to_dict(), schema)


plain_dates = st.one_of(
    st.dates(min_value=dt.date(1000, 1, 1)).map(lambda d: d.isoformat()),
    st.integers(1000, 2100).map(str),
    st.tuples(st.integers(1000, 2100), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
)


@SETTINGS
@given(event=events(), date=plain_dates, title=words)
def test_timelinejs_keeps_id_title_and_plain_dates(event: Event, date: str, title: str) -> None:
    event.date, event.title, event.display_date = date, " ".join(title.split()), None
    back, problems = timelinejs.read(timelinejs.export([event]), Path("timeline.json"))
    assert problems == []
    assert (back[0].id, back[0].title, back[0].date) == (event.id, event.title, event.date)
    assert back[0].display_date is None


yaml_fragments = st.lists(
    st.sampled_from(
        [
            "id: ",
            "title: ",
            "date: ",
            "sources:",
            "\n",
            "  ",
            "- ",
            "article: ",
            "[",
            "]",
            "{",
            "}",
            ",",
            ":",
            "'",
            '"',
            "&a ",
            "*a ",
            "!!python/object ",
            "!!binary ",
            "? ",
            "|",
            ">",
            "2026-02-30",
            "no",
            "1:30",
            "\t",
            "---",
            "...",
            "%YAML 1.1\n",
            "#",
            "\\",
            "\x00",
            "é",
            "tags: ",
            "order: ",
            "confidence: ",
            "locked: ",
            "<<: ",
            "\ufeff",
            "-1",
            ".nan",
        ]
    ),
    max_size=40,
).map("".join)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.one_of(yaml_fragments, st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
)
def test_loading_never_raises(tmp_path: Path, content: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    event, problems = load_file(path, lambda article: False)
    errors = [problem.message for problem in problems if problem.is_error]
    blocking = [message for message in errors if "does not exist under content/" not in message]
    assert (event is None) == bool(blocking)
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1 and "\n" not in problem.message


@SETTINGS
@given(
    event=events(),
    day=st.dates(min_value=dt.date(1000, 1, 1)),
    title=st.text("abc XYZ,;\"'<>&é", min_size=1, max_size=30).map(lambda t: " ".join(t.split())),
)
def test_timelinesetter_csv_keeps_title_day_link_and_series(
    event: Event, day: dt.date, title: str
) -> None:
    assume(title)
    event.date, event.title, event.display_date = day.isoformat(), title, None
    back, problems = timelinesetter.read(timelinesetter.export([event]), Path("setter.csv"))
    assert problems == []
    series = [tag.strip() for tag in event.tags[:1]]  # a spreadsheet cell is read trimmed
    assert (back[0].title, back[0].date, back[0].tags) == (title, event.date, series)
    urls = [source.url for source in event.sources if source.url]
    assert [source.url for source in back[0].sources] == urls[:1]
