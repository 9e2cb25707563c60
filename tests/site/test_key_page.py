"""The home page opens on the key events: a few days, each its top
headlines, every event one click away."""

from __future__ import annotations

import re
from pathlib import Path

from tests.site.conftest import Build
from timeline.model import Event, Source


def reported(event_id: str, date: str, title: str, articles: int, **fields: object) -> Event:
    sources = [
        Source(article=f"articles/{event_id}-{n}.md", published=date[:10]) for n in range(articles)
    ]
    return Event(id=event_id, title=title, date=date, sources=sources, **fields)  # type: ignore[arg-type]


def story() -> list[Event]:
    events = [
        reported(f"minor-{day:02d}", f"2026-03-{day:02d}", f"Minor event number {day}", 1)
        for day in range(1, 29)
    ]
    events += [
        reported("ceasefire", "2026-03-05", "Ceasefire signed in Geneva", 9),
        reported("prisoners", "2026-03-05", "Prisoners released in Aden", 6),
        reported("offensive", "2026-03-20", "Army launches offensive on Mosul", 8),
        reported("pinned", "2026-04", "Editors' pick of the month", 1, key=True),
        reported("dropped", "2026-03-12", "Stadium collapse in Homs", 20, key=False),
    ]
    return events


def key_days(page: Path) -> list[tuple[str, list[str]]]:
    html = page.read_text(encoding="utf-8")
    days = re.findall(r'<h2 class="key-day-date">([^<]+)</h2>\s*<ul[^>]*>(.*?)</ul>', html, re.S)
    return [(label, re.findall(r'<a href="[^"]+">([^<]+)</a>', items)) for label, items in days]


def test_the_home_page_shows_the_best_days_as_headlines(tmp_path: Path, build: Build) -> None:
    build(story(), key_days=2)
    home = tmp_path / "site" / "index.html"
    assert key_days(home) == [
        ("5 March 2026", ["Ceasefire signed in Geneva", "Prisoners released in Aden"]),
        ("20 March 2026", ["Army launches offensive on Mosul"]),
        ("April 2026", ["Editors&#39; pick of the month"]),
    ]
    html = home.read_text(encoding="utf-8")
    assert '<a class="key-all" href="all.html">All 33 events</a>' in html
    # the day holds more than its summary: all of them one click away
    assert re.search(r'href="all\.html#m2026-03">All 3 events of 5 March 2026</a>', html)
    assert "Stadium collapse" not in html  # dropped by the editor
    assert "Minor event" not in html
    assert 'class="overview-strip"' in html  # the story's shape, above its key days


def test_the_number_of_key_days_fits_the_story_unless_set(tmp_path: Path, build: Build) -> None:
    build(story())
    days = key_days(tmp_path / "site" / "index.html")
    assert len(days) == 11 + 1  # 2·√28 ≈ 11 of the 28 days, and the pinned month


def test_every_page_links_to_the_key_events_and_to_all_events(site: Path) -> None:
    for path in ("all.html", "search.html", "tags.html", "years/2026.html"):
        html = (site / path).read_text(encoding="utf-8")
        assert ">Key events</a>" in html and ">All events</a>" in html
    assert 'aria-current="page">Key events' in (site / "index.html").read_text(encoding="utf-8")
    assert 'aria-current="page">All events' in (site / "all.html").read_text(encoding="utf-8")
    assert not (site / "key.html").exists()


def test_a_site_without_events_says_so(tmp_path: Path, build: Build) -> None:
    build([])
    assert "No events yet" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_the_strip_can_follow_the_key_events(tmp_path: Path, build: Build) -> None:
    """``key_only = ["overview"]``: the home page's strip draws the key
    events only; the list of all events keeps the strip of all of them."""

    def drawn(page: str) -> int:
        html = (tmp_path / "site" / page).read_text(encoding="utf-8")
        strip = re.search(r'<svg class="overview-strip".*?</svg>', html, re.S)
        assert strip, page
        return sum(int(n) for n in re.findall(r'aria-label="[^":]+: (\d+) event', strip[0]))

    build(story(), key_days=2)
    assert drawn("index.html") == 33
    build(story(), key_days=2, key_only=("overview",))
    assert drawn("index.html") == 4  # the two days' three, and the pinned one
    assert drawn("all.html") == 33
