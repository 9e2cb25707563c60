import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest

from tests.site.conftest import Build
from timeline.model import Event, Source
from timeline.site import feeds
from timeline.site.feeds import PIECE_ITEMS

ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_lists_published_events_newest_report_first(site: Path):
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 8
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles[0].startswith("Expected: ")  # reported on 21 February, the newest source
    assert "Draft statement that editors hid" not in " ".join(titles)
    assert feed.findtext(f"{ATOM}updated") == "2026-02-21T00:00:00+00:00"
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert all(link.startswith("https://example.org/news/events/") for link in links)
    content = entries[0].findtext(f"{ATOM}content")
    assert "<script" not in content


def test_without_a_base_url_links_stay_relative_and_there_is_no_sitemap(build: Build, tmp_path):
    build()
    site = tmp_path / "site"
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.find(f"{ATOM}entry/{ATOM}link").get("href").startswith("events/")
    assert feed.findtext(f"{ATOM}id").startswith("urn:uuid:")
    assert not (site / "sitemap.xml").exists()


@pytest.mark.parametrize(
    ("outputs", "files", "footer"),
    [
        (("feed",), ["feed.xml"], "Also as <a>Atom feed</a>."),
        (
            ("json", "calendar"),
            ["calendar.ics", "expected.ics", "events.json"],
            "Also as <a>calendar</a> (<a>expected events only</a>) and <a>JSON</a>.",
        ),
        ((), [], ""),
    ],
)
def test_only_the_outputs_chosen_are_made_and_linked(
    build: Build, tmp_path: Path, outputs: tuple[str, ...], files: list[str], footer: str
):
    build(outputs=outputs)
    site = tmp_path / "site"
    made = ["feed.xml", "calendar.ics", "expected.ics", "events.json", "timelinejs.json"]
    assert [name for name in made if (site / name).exists()] == files
    page = (site / "all.html").read_text(encoding="utf-8")
    linked = sorted(set(re.findall(r'href="([a-z]+\.(?:xml|ics|json))"', page)))
    assert linked == sorted(files)  # every file linked exists, and every one made is linked
    text = re.search(r'<footer class="site-footer">(.*?)</footer>', page, re.S).group(1)
    shown = " ".join(re.sub(r"<a [^>]*>", "<a>", text).split())
    assert shown == (
        f'<div class="wrap"> <p>{footer} </p> </div>' if footer else '<div class="wrap"> </div>'
    )


def test_calendar_has_all_day_events_with_expected_ones_first(site: Path):
    calendar = icalendar.Calendar.from_ical((site / "calendar.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 8
    statuses = [str(event["STATUS"]) for event in events]
    assert statuses[:2] == ["TENTATIVE", "TENTATIVE"] and set(statuses[2:]) == {"CONFIRMED"}
    talks = next(event for event in events if "Harbour talks in Geneva" in str(event["SUMMARY"]))
    assert talks.decoded("DTSTART") == dt.date(2026, 2, 17)
    assert talks.decoded("DTEND") == dt.date(2026, 2, 19)  # exclusive end: 17–18 February
    month = next(event for event in events if "Harbour fee review" in str(event["SUMMARY"]))
    assert (month.decoded("DTSTART"), month.decoded("DTEND")) == (
        dt.date(2026, 2, 1),
        dt.date(2026, 3, 1),
    )
    before = next(event for event in events if "Earlier contacts" in str(event["SUMMARY"]))
    assert "before 17 February 2026" in str(before["SUMMARY"])
    assert all("UID" in event and "DTSTAMP" in event for event in events)
    expected = icalendar.Calendar.from_ical((site / "expected.ics").read_bytes())
    assert [str(event["STATUS"]) for event in expected.walk("VEVENT")] == ["TENTATIVE"] * 2


def test_events_json_carries_published_events_without_editor_notes(site: Path):
    data = json.loads((site / "events.json").read_text())
    ids = [event["id"] for event in data["events"]]
    assert len(ids) == 8 and "2026-02-22-draft-statement" not in ids
    talks = data["events"][ids.index("2026-02-17-harbour-talks-in-geneva")]
    assert talks["date"] == "2026-02-17/2026-02-18"
    assert talks["date_description"] == "17–18 February 2026"
    assert talks["sources"][0]["quote"].startswith("Negotiators met")
    assert all("notes" not in event and "review" not in event for event in data["events"])


def test_timelinejs_data_holds_the_published_events(site: Path):
    data = json.loads((site / "timelinejs.json").read_text())
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    assert len(slides) == 8 and "2026-02-22-draft-statement" not in slides
    assert slides["2026-02-fee-review"]["start_date"] == {"year": 2026, "month": 2}
    assert slides["2026-02-17-earlier-contacts"]["display_date"] == "before 17 February 2026"
    assert data["title"]["text"]["headline"] == "Timeline"


def test_sitemap_lists_every_page_absolutely(site: Path):
    root = ET.parse(site / "sitemap.xml").getroot()
    locations = [loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(locations) == len(list(site.rglob("*.html")))
    assert "https://example.org/news/events/2026-02-fee-review.html" in locations


@pytest.mark.parametrize("count", [0, 1, PIECE_ITEMS, PIECE_ITEMS + 1, 2 * PIECE_ITEMS + 500])
def test_a_large_file_comes_in_pieces_that_make_the_whole_file(count: int):
    items = [json.dumps({"n": n, "text": f"«{n}»"}, ensure_ascii=False) for n in range(count)]
    head, tail = '{"title":"T","events":[', "]}\n"
    pieces = list(feeds._pieces(head, iter(items), ",", tail))
    assert b"".join(pieces) == (head + ",".join(items) + tail).encode("utf-8")
    assert len(pieces) == count // PIECE_ITEMS + 1  # never the whole list at once
    assert json.loads(b"".join(pieces))["events"] == [json.loads(item) for item in items]


def test_quotes_in_terms_and_links_stay_inside_their_attributes(build: Build, tmp_path: Path):
    url = 'https://example.org/a"b?x=1&y=2'
    event = Event(
        id="2026-02-20-quoted",
        title="Quoted",
        date="2026-02-20",
        tags=['Rock "n" roll\'s'],
        sources=[
            Source(article="articles/a.md", title="A report", url=url, published="2026-02-21")
        ],
    )
    build([event], base_url="https://example.org/")
    entry = ET.parse(tmp_path / "site" / "feed.xml").getroot().find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}category").get("term") == 'Rock "n" roll\'s'
    # The entry's HTML content, once the feed's own escaping is undone.
    content = entry.findtext(f"{ATOM}content")
    anchor = ET.fromstring(f"<div>{content}</div>").find(".//a")
    assert anchor is not None and html.unescape(anchor.get("href")) == url


@pytest.mark.parametrize(
    ("date", "first"),
    [
        ("9999", dt.date(9999, 1, 1)),
        ("9999-12", dt.date(9999, 12, 1)),
        ("999X", dt.date(9990, 1, 1)),
        ("9999-12-31~", dt.date(9999, 12, 31)),
        ("2026-02-20/9999-12-31", dt.date(2026, 2, 20)),
    ],
)
def test_a_date_reaching_the_last_day_there_is_builds_and_ends_on_it(
    build: Build, tmp_path: Path, date: str, first: dt.date
):
    """The day after 9999-12-31 cannot be written: such an event has a
    length instead of an end."""
    event = Event(
        id="far-future", title="Far future", date=date, status="expected", review="reviewed"
    )
    build([event], base_url="https://example.org/")
    calendar = icalendar.Calendar.from_ical((tmp_path / "site" / "calendar.ics").read_bytes())
    (vevent,) = calendar.walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert start == first
    assert start + (vevent.decoded("DURATION") - dt.timedelta(days=1)) == dt.date(9999, 12, 31)
    assert "DTEND" not in vevent
    feed = ET.parse(tmp_path / "site" / "feed.xml").getroot()
    assert feed.findtext(f"{ATOM}entry/{ATOM}title").startswith("Expected: Far future")
