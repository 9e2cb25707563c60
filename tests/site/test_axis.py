import datetime as dt
import json
import re
from pathlib import Path

from tests.site.conftest import Build
from tests.site.sample import sample_events
from tests.site.test_stories import STORIES, two_stories
from timeline.model import Event
from timeline.site.axis import (
    EXPECTED,
    OPEN_BEFORE,
    PRECISION_SHIFT,
    SPAN,
    axis_data,
)
from timeline.site.views import prepare


def _days(text: str) -> int:
    return (dt.date.fromisoformat(text) - dt.date(1970, 1, 1)).days


def _rows(script: bytes) -> tuple[list[str], dict[str, list]]:
    text = script.decode()
    document = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    return document["pages"], {row[4]: row for row in document["events"]}


def test_each_event_is_drawn_at_the_precision_it_has():
    pages, rows = _rows(axis_data(prepare(sample_events()).events, lambda view: "index.html"))
    assert pages == ["index.html"]
    year = rows["e-2025-new-port-rules"]  # "2025~": somewhere in 2025, not a year-long span
    assert year[:2] == [_days("2025-01-01"), _days("2025-12-31")]
    assert year[2] >> PRECISION_SHIFT & 3 == 2 and not year[2] & SPAN
    month = rows["e-2026-02-fee-review"]
    assert month[:2] == [_days("2026-02-01"), _days("2026-02-28")]
    assert month[2] >> PRECISION_SHIFT & 3 == 1 and not month[2] & SPAN
    talks = rows["e-2026-02-17-harbour-talks-in-geneva"]  # 17-18 February: it lasted two days
    assert talks[:3] == [_days("2026-02-17"), _days("2026-02-18"), SPAN]
    assert talks[5:] == ["Harbour talks in Geneva", "17–18 February 2026"]
    before = rows["e-2026-02-17-earlier-contacts"]
    assert before[:3] == [_days("2026-02-17"), _days("2026-02-17"), OPEN_BEFORE]
    assert rows["e-2026-02-24-ferry-strike"][2] == EXPECTED
    assert rows["e-2026-03-spring-fair"][6] == "early March 2026"  # as the page writes it


def test_every_event_links_to_its_card_on_the_page_listing_it(build: Build, tmp_path: Path):
    events = [
        Event(id=f"e{number:02d}", title=f"Event {number}", date=f"2024-{number % 12 + 1:02d}-05")
        for number in range(30)
    ] + [Event(id="odd id/1", title="Odd", date="1890")]
    build(events, page_limit=10)
    site = tmp_path / "site"
    pages, rows = _rows((site / "axis-data.js").read_bytes())
    assert len(rows) == 31 and len(pages) > 2
    for anchor, row in rows.items():
        assert f'<li id="{anchor}" ' in (site / pages[row[3]]).read_text(encoding="utf-8")
    assert any(re.fullmatch(r"e-odd-id-1-[0-9a-f]{8}", anchor) for anchor in rows)


def test_timeline_pages_offer_the_axis_and_open_it_on_their_own_time(build: Build, tmp_path: Path):
    build(sample_events())
    site = tmp_path / "site"
    for page in ("index.html", "all.html"):  # the key events' page, the list of all events
        html = (site / page).read_text(encoding="utf-8")
        assert 'src="static/axis.js"' in html and 'data-axis="axis-data.js"' in html
        assert "data-from" not in html  # they open on the whole timeline
    year = (site / "years" / "2025.html").read_text(encoding="utf-8")
    assert 'data-axis="../axis-data.js" data-root="../"' in year
    assert f'data-from="{_days("2025-01-01")}" data-to="{_days("2025-12-31")}"' in year
    event = (site / "events" / "2026-02-20-union-meeting-in-krakow.html").read_text(
        encoding="utf-8"
    )
    assert "axis.js" not in event


def test_a_story_s_axis_draws_its_own_events(build: Build, tmp_path: Path):
    events = two_stories()
    build(events, stories=STORIES)
    folder = tmp_path / "site" / "stories" / "geneva-talks"
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert 'data-axis="../../stories/geneva-talks/axis-data.js" data-root="../../"' in page
    pages, rows = _rows((folder / "axis-data.js").read_bytes())
    assert pages == ["stories/geneva-talks/all.html"]
    assert len(rows) == 15 and all(row[5] != "Rail workers walk out" for row in rows.values())
    build(events, stories=STORIES, key_only=["overview"])
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert 'data-axis="../../stories/geneva-talks/key-axis-data.js"' in page
    _, keyed = _rows((folder / "key-axis-data.js").read_bytes())
    assert 0 < len(keyed) < 15
