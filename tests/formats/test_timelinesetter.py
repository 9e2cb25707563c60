"""A TimelineSetter CSV keeps an event's title, day, first link and series."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.strategies import SETTINGS, events
from timeline.formats import timelinesetter
from timeline.model import Event


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
