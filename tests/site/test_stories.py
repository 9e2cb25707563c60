"""Stories: one project, several timelines, each chosen by the editor's
[[stories]] tables, each with its own pages opening on its key events, and
its own feed, calendars and TimelineJS file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.site.conftest import Build
from timeline.model import Event, Source
from timeline.site.config import ConfigError, load_config
from timeline.site.stories import Story


def event(event_id: str, date: str, articles: list[str], **fields: object) -> Event:
    sources = [Source(article=article, published=date[:10]) for article in articles]
    title = str(fields.pop("title", event_id.replace("-", " ").capitalize()))
    return Event(id=event_id, title=title, date=date, sources=sources, **fields)  # type: ignore[arg-type]


TALKS = event(
    "talks", "2026-02-17", ["articles/geneva/a.md"], tags=["diplomacy"], places=["Geneva"]
)
STRIKE = event("strike", "2026-03-02", ["articles/rail/b.md"], tags=["labour"], places=["Berlin"])
FLOOD = event(
    "flood", "2025-11", ["articles/floods-genoa.md"], places=["Genoa"], actors=["Civil Protection"]
)
SUMMIT = event(
    "summit",
    "2026-02-20",
    ["articles/geneva/c.md", "articles/rail/d.md"],
    tags=["Diplomacy", "labour"],
)


def held(story: Story) -> list[str]:
    return [item.id for item in (TALKS, STRIKE, FLOOD, SUMMIT) if story.holds(item)]


@pytest.mark.parametrize(
    ("selection", "ids"),
    [
        ({"tags": ["diplomacy"]}, ["talks", "summit"]),  # names as written or not
        ({"places": ["Genoa", "Berlin"]}, ["strike", "flood"]),  # any name of a kind
        ({"actors": ["civil protection"]}, ["flood"]),
        ({"articles": ["articles/geneva/"]}, ["talks", "summit"]),  # a folder
        ({"articles": ["articles/geneva"]}, ["talks", "summit"]),  # a folder, written bare
        ({"articles": ["articles/*genoa*"]}, ["flood"]),  # a pattern
        ({"articles": ["articles/rail/b.md"]}, ["strike"]),  # a file
        ({"tags": ["labour"], "places": ["Berlin"]}, ["strike"]),  # all kinds given
        ({"tags": ["labour"], "places": ["Geneva"], "match": "any"}, ["talks", "strike", "summit"]),
        ({"since": "2026-02-18"}, ["strike", "summit"]),  # a range alone
        (
            {"since": "2025", "until": "2026-02"},
            ["talks", "flood", "summit"],
        ),  # a month meets its days
        ({"tags": ["diplomacy"], "until": "2026-02-18"}, ["talks"]),  # a range narrows
        ({"tags": ["labour"], "events": ["flood"]}, ["strike", "flood", "summit"]),  # ids always in
    ],
)
def test_a_story_holds_what_its_selection_says(selection: dict, ids: list[str]) -> None:
    assert held(Story("s", "S", **selection)) == ids


@pytest.mark.parametrize(
    ("table", "line", "message"),
    [
        ('title = "Talks"\ntags = ["x"]\nplace = ["Geneva"]\n', 4, "has no key 'place'"),
        ('tags = ["x"]\n', 1, 'needs a title = "…"'),
        ('title = "Talks"\n', 1, "selects no event"),
        ('title = "Talks"\ntags = "diplomacy"\n', 3, "tags must be a list of strings"),
        ('title = "Talks"\nsince = "last week"\n', 3, "is not a date such as 2026-02-17"),
        ('title = "Talks"\nsince = 2026-03-01\nuntil = 2026-02-01\n', 4, "is before since"),
        ('title = "Talks"\ntags = ["x"]\nmatch = "both"\n', 4, 'match must be "all" or "any"'),
        ('title = "Talks"\nid = "Talks Now"\ntags = ["x"]\n', 3, "must be lowercase letters"),
        ('title = "Talks"\ntags = ["x"]\nkey_days = -1\n', 4, "key_days must be 0"),
    ],
)
def test_a_bad_story_is_one_line_naming_the_file_and_line(
    tmp_path: Path, table: str, line: int, message: str
) -> None:
    path = tmp_path / "timeline.toml"
    path.write_text(f'[site]\ntitle = "T"\n\n[[stories]]\n{table}'.replace("\n", "\n", 1))
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    text = str(raised.value)
    assert "\n" not in text and message in text
    assert text.startswith(f"{path}:{line + 3}: [[stories]] ")


def test_two_stories_with_one_id_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "timeline.toml"
    story = '[[stories]]\ntitle = "Geneva talks"\ntags = ["x"]\n'
    path.write_text(story + "\n" + story.replace("talks", "Talks"))
    with pytest.raises(
        ConfigError,
        match=r":6: \[\[stories\]\] a story with the id 'geneva-talks' is already on line 1",
    ):
        load_config(path)


def reported(event_id: str, date: str, folder: str, articles: int, title: str) -> Event:
    return event(
        event_id,
        date,
        [f"articles/{folder}/{event_id}-{n}.md" for n in range(articles)],
        title=title,
    )


def two_stories() -> list[Event]:
    talks = [
        reported(f"talks-{day}", f"2026-02-{day:02d}", "geneva", 1, f"Talks go on, day {day}")
        for day in range(1, 15)
    ]
    talks.append(reported("deal", "2026-02-10", "geneva", 6, "Negotiators agree a ceasefire"))
    rail = [
        reported(f"rail-{day}", f"2026-02-{day:02d}", "rail", 1, f"Trains run late, day {day}")
        for day in range(1, 15)
    ]
    # a busier story: its big day must not crowd the talks' key days out
    rail.append(reported("walkout", "2026-02-03", "rail", 25, "Rail workers walk out"))
    return talks + rail


STORIES = (
    Story("geneva-talks", "Geneva talks", "Round by round.", articles=("articles/geneva/",)),
    Story("rail-strike", "Rail strike", articles=("articles/rail/",), key_days=1),
)


def test_the_home_page_lists_the_stories(tmp_path: Path, build: Build) -> None:
    build(two_stories(), stories=STORIES)
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    titles = re.findall(r'<h2 class="story-title"><a href="([^"]+)">([^<]+)</a>', home)
    assert titles == [
        ("stories/geneva-talks/index.html", "Geneva talks"),
        ("stories/rail-strike/index.html", "Rail strike"),
    ]
    assert "Round by round." in home and "15 events, 1 February 2026 to 14 February 2026" in home
    assert "Negotiators agree a ceasefire" in home and "Rail workers walk out" in home
    assert 'aria-current="page">Stories</a>' in home


def test_a_story_opens_on_its_own_key_events(tmp_path: Path, build: Build) -> None:
    build(two_stories(), stories=STORIES)
    folder = tmp_path / "site" / "stories"
    talks = (folder / "geneva-talks" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Geneva talks</h1>" in talks
    assert "Negotiators agree a ceasefire" in talks
    assert "Rail workers" not in talks and "Trains run late" not in talks
    assert (
        '<a class="key-all" href="../../stories/geneva-talks/all.html">All 15 events</a>' in talks
    )
    rail = (folder / "rail-strike" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<h2 class="key-day-date">([^<]+)</h2>', rail) == ["3 February 2026"]
    every = (folder / "geneva-talks" / "all.html").read_text(encoding="utf-8")
    assert every.count('<article class="event"') == 15 and "Trains run late" not in every


def test_each_story_has_its_feed_calendar_and_timelinejs(tmp_path: Path, build: Build) -> None:
    build(two_stories(), stories=STORIES, base_url="https://example.org/t/")
    folder = tmp_path / "site" / "stories" / "rail-strike"
    feed = (folder / "feed.xml").read_text(encoding="utf-8")
    assert "<title>Rail strike · Timeline</title>" in feed
    assert (
        '<link rel="self" type="application/atom+xml" href="https://example.org/t/stories/rail-strike/feed.xml"/>'
        in feed
    )
    assert feed.count("<entry>") == 15 and "Talks go on" not in feed
    assert (folder / "calendar.ics").read_text().count("BEGIN:VEVENT") == 15
    slides = json.loads((folder / "timelinejs.json").read_text())["events"]
    assert len(slides) == 15
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="../../stories/rail-strike/feed.xml">Atom feed</a>' in page
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text()
    assert "https://example.org/t/stories/rail-strike/all.html" in sitemap


def test_an_event_may_be_in_several_stories(tmp_path: Path, build: Build) -> None:
    both = (*STORIES, Story("february", "February", since="2026-02", until="2026-02"))
    build(two_stories(), stories=both)
    folder = tmp_path / "site" / "stories"
    assert "Rail workers walk out" in (folder / "february" / "index.html").read_text()
    assert "Rail workers walk out" in (folder / "rail-strike" / "index.html").read_text()


def test_one_story_is_the_home_page(tmp_path: Path, build: Build) -> None:
    build(two_stories(), stories=STORIES[:1])
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Geneva talks</h1>" in home and "Rail workers" not in home
    assert 'class="stories"' not in home


def test_the_feeds_can_follow_the_key_events(tmp_path: Path, build: Build) -> None:
    build(two_stories(), stories=STORIES, key_only=("feed", "timelinejs"), key_days=1)
    site = tmp_path / "site"
    assert (site / "feed.xml").read_text().count("<entry>") == 1  # the walkout
    rail = site / "stories" / "rail-strike"
    assert re.findall(r"<title>([^<]+)</title>\n<id>", (rail / "feed.xml").read_text()) == [
        "Unverified: Rail workers walk out (3 February 2026)"
    ]
    assert len(json.loads((rail / "timelinejs.json").read_text())["events"]) == 1
    assert (site / "calendar.ics").read_text().count("BEGIN:VEVENT") == 30  # not named: all


def test_a_stories_table_written_once_is_named(tmp_path: Path) -> None:
    path = tmp_path / "timeline.toml"
    path.write_text('[site]\ntitle = "T"\n\n[stories]\ntitle = "Talks"\n')
    with pytest.raises(
        ConfigError, match=r"timeline\.toml:4: stories must be tables, each written \[\[stories\]\]"
    ):
        load_config(path)


@pytest.mark.parametrize("taxonomies", [("tag", "place"), ("tag",)], ids=["pages", "no-pages"])
def test_a_story_of_a_place_holds_it_in_every_spelling(
    tmp_path: Path, build: Build, taxonomies: tuple[str, ...]
) -> None:
    """A story of "Kyiv" holds the events that say "Kiev", "Kiew" or
    "Киев", as Kyiv's place page lists them, and one of "kiev" those that
    say "Kyiv", with place pages or without."""
    spelt = [
        event(f"e-{number}", f"2026-02-{number + 1:02d}", [f"articles/{number}.md"], places=[name])
        for number, name in enumerate(["Kyiv", "Kiev", "Kiew", "Киев", "Lviv"])
    ]
    stories = (Story("kyiv", "Kyiv", places=("Kyiv",)), Story("kiev", "Kiev", places=("kiev",)))
    build(spelt, stories=stories, taxonomies=taxonomies)
    for story in ("kyiv", "kiev"):
        page = (tmp_path / "site" / "stories" / story / "all.html").read_text(encoding="utf-8")
        assert page.count('<article class="event"') == 4 and "E 4" not in page
