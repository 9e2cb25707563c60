"""Hypothesis strategies for events as an editor or extraction may write
them: YAML 1.1 traps in every text field, every kind of EDTF date. Shared by
the store's round trips and the exchange formats' tests."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from timeline.dates import Point
from timeline.model import Event, Source

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
