import datetime as dt
import json
import re
from pathlib import Path

import pytest

from tests.site.conftest import Build
from tests.site.sample import sample_events
from tests.site.test_stories import STORIES, two_stories
from timeline.model import Event
from timeline.site import axis
from timeline.site.axis import (
    EXPECTED,
    OPEN_BEFORE,
    PRECISION_SHIFT,
    SPAN,
    axis_index,
    axis_parts,
    part_path,
)
from timeline.site.views import prepare


def _days(text: str) -> int:
    return (dt.date.fromisoformat(text) - dt.date(1970, 1, 1)).days


def _calls(script: bytes) -> list[list]:
    """The arguments of each of the script's calls, one a line."""
    return [
        json.loads(f"[{line[line.index('(', line.index('&&')) + 1 : line.rindex(')')]}]")
        for line in script.decode().splitlines()
    ]


def _rows(index: bytes, words: list[bytes] | None = None) -> tuple[list[str], dict[str, list]]:
    """The pages of an axis and its events by card id, each as ``[first day,
    last day, flags, page number, card id, title, date]``, read back from the
    index and its words files (or the index's own words, ``words`` None) as
    the browser reads them."""
    ((document,),) = _calls(index)
    days = document["days"]
    if words is None:
        said_by_page = document["words"]
    else:
        assert "words" not in document
        said: dict[int, list] = {}
        for file, script in enumerate(words, start=1):
            for number, rows in _calls(script):
                assert document["pages"][number - 1][2] == file  # where the index says
                said[number] = rows
        said_by_page = [said[number] for number in range(1, len(document["pages"]) + 1)]
    rows: dict[str, list] = {}
    first = number = 0
    for part, (page, said) in enumerate(zip(document["pages"], said_by_page, strict=True)):
        assert len(said) == page[1]
        for card, title, date in said:
            first += days[number * 3]
            rows[card] = [first, first + days[number * 3 + 1], days[number * 3 + 2], part]
            rows[card] += [card, title, date]
            number += 1
    assert number * 3 == len(days)
    return [page[0] for page in document["pages"]], rows


def _site_rows(folder: Path, name: str = "axis-data.js") -> tuple[list[str], dict[str, list]]:
    """As ``_rows``, from a built site: its words files when it has them."""
    index = (folder / name).read_bytes()
    pages = _calls(index)[0][0]["pages"]
    files = max((page[2] for page in pages if len(page) > 2), default=0)
    if not files:
        return _rows(index)
    words = [(folder / part_path(name, number)).read_bytes() for number in range(1, files + 1)]
    assert not (folder / part_path(name, files + 1)).exists()
    return _rows(index, words)


def test_each_event_is_drawn_at_the_precision_it_has():
    parts = axis_parts(prepare(sample_events()).events, lambda view: "index.html")
    pages, rows = _rows(axis_index(parts))  # a small timeline: the words in the index
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


@pytest.mark.parametrize("inline", [False, True], ids=["words-files", "words-in-index"])
def test_every_event_links_to_its_card_on_the_page_listing_it(
    build: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inline: bool
):
    """A large timeline's words are in files of a year's listing pages; a
    small one's in the index itself, so the axis needs one request."""
    monkeypatch.setattr(axis, "WORDS_INLINE", 100 if inline else 10)
    events = [
        Event(id=f"e{number:02d}", title=f"Event {number}", date=f"2024-{number % 12 + 1:02d}-05")
        for number in range(30)
    ] + [Event(id="odd id/1", title="Odd", date="1890")]
    # March 2024 holds 15 events: two pages, March and its part 2.
    events += [
        Event(id=f"m{number:02d}", title=f"March {number}", date="2024-03-20")
        for number in range(12)
    ]
    build(events, page_limit=10)
    site = tmp_path / "site"
    pages, rows = _site_rows(site)
    assert len(rows) == 43 and "years/2024-03.2.html" in pages
    assert (site / "axis-data.1.js").exists() is not inline
    # the words of 1890 and of 2024's twelve pages: a file each year
    assert (site / "axis-data.2.js").exists() is not inline
    assert not (site / "axis-data.3.js").exists()
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
    pages, rows = _site_rows(folder)
    assert pages == ["stories/geneva-talks/all.html"]
    assert len(rows) == 15 and all(row[5] != "Rail workers walk out" for row in rows.values())
    build(events, stories=STORIES, key_only=["overview"])
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert 'data-axis="../../stories/geneva-talks/key-axis-data.js"' in page
    _, keyed = _site_rows(folder, "key-axis-data.js")
    assert 0 < len(keyed) < 15


def test_a_words_file_holds_a_years_pages_up_to_its_limit(monkeypatch: pytest.MonkeyPatch):
    """Few files for the build to write and the reader to fetch, each small
    enough to load at once, and each changed only by its year's events."""
    monkeypatch.setattr(axis, "WORDS_PER_FILE", 10)
    sizes = {"2023-a": 4, "2023-b": 4, "2023-c": 4, "2023-d": 12, "2024-a": 3, "2024-b": 3}
    events = [
        Event(id=f"{page}-{number}", title="T", date=f"{page[:4]}-05-0{1 + number % 9}")
        for page, size in sizes.items()
        for number in range(size)
    ]
    views = prepare(events).events
    parts = axis_parts(views, lambda view: view.event.id.rsplit("-", 1)[0] + ".html")
    assert [page for page, _ in parts] == [f"{page}.html" for page in sizes]
    assert axis.words_files(parts) == [[0, 1], [2], [3], [4, 5]]
