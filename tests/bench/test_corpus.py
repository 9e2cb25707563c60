"""The benchmark's generated inputs are valid for each tool and the same on
every run, so that the tools are compared on equal, reproducible data."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bench.corpus import (
    PELICAN_CONFIG,
    dump_event,
    make_events,
    make_hugo_site,
    make_pelican_site,
    write_content,
)
from timeline.dates import parse_edtf
from timeline.model import Event, event_filename


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return make_events(20)


def test_same_seed_same_events_other_seed_other_events(events: list[Event]) -> None:
    assert make_events(20) == events
    assert make_events(20, seed=8) != events


def test_ids_are_unique_even_when_titles_repeat() -> None:
    many = make_events(2000)
    assert len({event.id for event in many}) == len(many)
    assert Counter(event.title for event in many).most_common(1)[0][1] > 1


def test_dates_are_valid_edtf_at_every_precision() -> None:
    many = make_events(500)
    kinds = Counter()
    for event in many:
        date = parse_edtf(event.date)
        kinds["interval" if date.interval else date.precision] += 1
    assert {"day", "month", "year", "interval"} <= set(kinds)
    assert kinds["day"] > kinds["month"] > kinds["year"]
    assert any(event.status == "expected" for event in many)


def test_events_carry_what_a_newsroom_keeps(events: list[Event]) -> None:
    for event in events:
        assert event.title and event.summary and event.places and event.tags and event.sources
        for source in event.sources:
            assert source.quote and source.url.startswith("https://")
            assert source.article.startswith("articles/")
    assert any("**" in event.summary for event in events)


def test_event_files_round_trip_through_the_model(events: list[Event], tmp_path: Path) -> None:
    write_content(events, tmp_path)
    folder = tmp_path / "events"
    assert sorted(path.name for path in folder.iterdir()) == sorted(map(event_filename, events))
    for event in events:
        data = yaml.load((folder / event_filename(event)).read_text("utf-8"), yaml.CSafeLoader)
        assert Event.from_dict(data) == event
        assert dump_event(Event.from_dict(data)) == dump_event(event)


def test_every_cited_article_exists_with_its_quotes(events: list[Event], tmp_path: Path) -> None:
    write_content(events, tmp_path)
    for event in events:
        for source in event.sources:
            text = (tmp_path / source.article).read_text("utf-8")
            _, front, body = text.split("---\n", 2)
            assert yaml.safe_load(front)["url"] == source.url
            assert source.quote in body


def test_hugo_site_has_config_theme_and_one_page_per_event(
    events: list[Event], tmp_path: Path
) -> None:
    make_hugo_site(events, tmp_path)
    config = tomllib.loads((tmp_path / "hugo.toml").read_text("utf-8"))
    assert config["outputs"]["home"] == ["html", "rss"]
    for layout in ("baseof", "home", "page", "term", "taxonomy"):
        assert (tmp_path / "layouts" / f"{layout}.html").is_file()
    pages = sorted((tmp_path / "content" / "events").glob("*.md"))
    assert len(pages) == len(events)
    for event in events:
        text = (tmp_path / "content" / "events" / f"{event.id}.md").read_text("utf-8")
        _, front, body = text.split("---\n", 2)
        data = yaml.safe_load(front)
        assert data["title"] == event.title and data["slug"] == event.id
        assert data["edtf"] == event.date and data["tags"] == event.tags
        assert parse_edtf(data["date"]).precision == "day"
        assert body.startswith(event.summary)
        assert all(source.quote in body for source in event.sources)


def test_pelican_site_has_config_theme_and_one_page_per_event(
    events: list[Event], tmp_path: Path
) -> None:
    make_pelican_site(events, tmp_path)
    settings: dict[str, object] = {}
    code = compile((tmp_path / "pelicanconf.py").read_text("utf-8"), "pelicanconf.py", "exec")
    exec(code, settings)
    assert settings["DEFAULT_PAGINATION"] == 100 and settings["FEED_ALL_ATOM"]
    assert (tmp_path / "pelicanconf.py").read_text("utf-8") == PELICAN_CONFIG
    for template in ("base", "index", "article", "tag", "tags"):
        assert (tmp_path / "theme" / "templates" / f"{template}.html").is_file()
    assert len(list((tmp_path / "content").glob("*.md"))) == len(events)
    for event in events:
        text = (tmp_path / "content" / f"{event.id}.md").read_text("utf-8")
        header, body = text.split("\n\n", 1)
        metadata = dict(line.split(": ", 1) for line in header.splitlines())
        assert metadata["Title"] == event.title and metadata["Slug"] == event.id
        assert metadata["Tags"].split(", ") == event.tags
        assert parse_edtf(metadata["Date"]).precision == "day"
        assert body.startswith(event.summary)


def test_an_article_reports_several_events_as_news_does() -> None:
    many = make_events(1000)
    per_article = Counter(source.article for event in many for source in event.sources)
    assert 3 <= len(many) / len(per_article) <= 10
    assert max(per_article.values()) > 5
