"""TimelineJS JSON keeps an event's id, title and plain dates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import SETTINGS, events, words
from timeline.formats import timelinejs
from timeline.model import Event

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


def test_a_slide_shows_a_picture_from_the_web_and_escapes_its_words() -> None:
    from timeline.model import Media

    event = Event(id="a", title="Talks", date="2026-02-20")
    event.media = Media("https://img.example/a.jpg", "Quay", "The <b>quay</b>", "Wire & co")
    assert timelinejs.slide(event)["media"] == {
        "url": "https://img.example/a.jpg",
        "caption": "The &lt;b&gt;quay&lt;/b&gt;",
        "credit": "Wire &amp; co",
        "alt": "Quay",
    }
    event.media = Media("media/a.jpg", "Quay")  # a file of the project: only the site has it
    assert "media" not in timelinejs.slide(event)
    site = timelinejs.slide(event, image="https://news.example/media/a.jpg.640.jpg")
    assert site["media"] == {"url": "https://news.example/media/a.jpg.640.jpg", "alt": "Quay"}


def test_an_imported_slide_keeps_its_picture_and_links_its_other_media() -> None:
    from timeline.model import Media

    event = Event(id="a", title="Talks", date="2026-02-20")
    event.media = Media("https://img.example/a.jpg?w=800", "Quay", "The <b>quay</b>", "Wire & co")
    video = {"url": "https://video.example/watch?v=1", "caption": "<i>Live</i> feed"}
    text = timelinejs.export([event])
    slides = [*json.loads(text)["events"], {**json.loads(text)["events"][0], "media": video}]
    slides[1]["unique_id"] = "b"
    back, problems = timelinejs.read(json.dumps({"events": slides}), Path("t.json"))
    assert problems == []
    assert back[0].media == event.media and back[0].sources == []
    # Not an image: no picture, and the media stays a link among the sources.
    assert back[1].media is None
    assert [(s.url, s.title) for s in back[1].sources] == [(video["url"], "Live feed")]
    # A picture over plain http is no picture the site may show: a link too.
    plain = {**slides[0], "media": {"url": "http://img.example/a.jpg", "alt": "Quay"}}
    back, _ = timelinejs.read(json.dumps({"events": [plain]}), Path("t.json"))
    assert back[0].media is None and back[0].sources[0].url == "http://img.example/a.jpg"
