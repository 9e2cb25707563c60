"""Fuzzing with hypothesis: the tagger, the event-file loader and ``check``
never raise, whatever text, bytes or YAML they are given, and what they
return stays consistent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.dates import parse_edtf
from timeline.model import Event
from timeline.store import load_events
from timeline.store.load import load_file
from timeline.temporal import tag

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces of English dates, so that random text reaches deep into the
# tagger's rules instead of stopping at "no date here".
DATE_WORDS = [
    "February",
    "Feb.",
    "20",
    "2026",
    "1990s",
    "'90s",
    "last",
    "next",
    "this",
    "week",
    "Friday",
    "the day before",
    "two days later",
    "Q3",
    "the first half of",
    "since",
    "until",
    "by",
    "early",
    "late",
    "mid-",
    "century",
    "decade",
    "ago",
    "from",
    "to",
    "-",
    "/",
    ",",
    ".",
    "on",
    "in",
    "at",
    "3 p.m.",
    "noon",
    "every",
    "year",
    "month",
    "fiscal",
    "quarter",
    "weekend",
    "20th",
    "twenty",
    "thousand",
    "00",
    "31",
    "13",
    "0000",
    "9999",
    "yesterday",
    "tomorrow",
    "today",
    "now",
    "the following day",
    "said",
    "will",
    "had",
    "\n",
    "  ",
    "—",
    "(",
    ")",
    "\u00a0",
    "December 32",
    "2026-02-30",
    "29 February 2025",
]
date_like = st.lists(st.sampled_from(DATE_WORDS), max_size=40).map(" ".join)
# Publication dates at the ends of the calendar, where "next week" or "the
# year-ago quarter" would step past year 1 or 9999.
EDGES = [dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 31)]
published = st.none() | st.sampled_from(EDGES) | st.dates()


def _check_spans(text: str, spans: list) -> None:
    for timex in spans:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        if timex.edtf is not None:
            parse_edtf(timex.edtf)  # valid EDTF (the store says when it is out of range)


@FUZZ
@given(text=st.text(max_size=400) | date_like, published=published)
def test_tagger_never_raises(text: str, published: dt.date | None) -> None:
    _check_spans(text, tag(text, published, "en"))


# Values of every type YAML can give, for every key an event may have.
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.dates()
    | st.sampled_from(
        [
            "2026-02-20",
            "2026",
            "../2026-02",
            "2026-02-30",
            "articles/a.md",
            "../../etc/passwd",
            "happened",
        ]
    )
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
keys = st.sampled_from([*Event.FIELDS, "unknown", "sources"]) | st.text(max_size=8)
event_data = st.dictionaries(keys, values, max_size=12) | values


def _consistent(path: Path, event: Event | None, problems: list) -> None:
    for problem in problems:
        line = str(problem)
        assert line.startswith(str(path)) and "\n" not in line
    if event is None:
        assert any(problem.is_error for problem in problems)
    else:
        event.sort_key()  # the date is usable for ordering


@FUZZ
@given(data=event_data)
def test_loader_never_raises_on_any_yaml_data(tmp_path: Path, data: object) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    _consistent(path, *load_file(path, lambda _article: True))


@FUZZ
@given(
    raw=st.binary(max_size=300)
    | st.text(max_size=300).map(str.encode)
    | st.lists(
        st.sampled_from(
            [
                "id: x\n",
                "title: t\n",
                "date: 2026\n",
                "- ",
                "&a ",
                "*a",
                "? ",
                ": ",
                "[",
                "{",
                "\t",
                "!!binary ",
                "'",
                '"',
                "|\n",
                "  ",
                "\n",
                "\x00",
                "\ufeff",
                "#",
                "<<: ",
            ]
        ),
        max_size=30,
    ).map(lambda parts: "".join(parts).encode())
)
def test_loader_never_raises_on_any_bytes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(raw)
    _consistent(path, *load_file(path, lambda _article: True))


@FUZZ
@given(
    files=st.lists(
        event_data.map(lambda data: yaml.safe_dump(data, allow_unicode=True))
        | st.sampled_from(["id: a\ntitle: A\ndate: 2026\n", "id: b\ntitle: B\ndate: 2026-02\n"]),
        max_size=5,
    )
)
def test_check_accounts_for_every_file(tmp_path: Path, files: list[str]) -> None:
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True, exist_ok=True)
    for old in events.iterdir():
        old.unlink()
    for number, text in enumerate(files):
        (events / f"f{number}.yaml").write_text(text, encoding="utf-8")
    result = load_events(events)
    read = {event.path for event in result.events}
    assert read.isdisjoint(result.broken)
    assert read | set(result.broken) == set(events.glob("*.yaml"))
    assert len({event.id for event in result.events}) == len(result.events)
