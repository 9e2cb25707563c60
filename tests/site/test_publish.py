"""Publishing only what is meant: by default readers see the events an
editor accepted; with ``publish = "all"`` the others too, marked unverified."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest

from tests.site.sample import sample_events
from timeline.site.build import to_publish
from timeline.site.config import ConfigError, SiteConfig, config_from_dict

GUESS = replace(
    sample_events()[0], id="2026-02-23-machine-guess", title="Levees repaired", review="unreviewed"
)


def test_a_newsroom_publishes_what_an_editor_accepted_by_default(build, tmp_path: Path):
    assert SiteConfig().publish == "reviewed"
    result = build([*sample_events(), GUESS], publish="reviewed")
    page = (tmp_path / "site" / "all.html").read_text(encoding="utf-8")
    assert "Levees repaired" not in page and "Harbour talks in Geneva" in page
    assert not (tmp_path / "site" / "events" / f"{GUESS.id}.html").exists()
    assert "Levees" not in (tmp_path / "site" / "events.json").read_text(encoding="utf-8")
    assert "1 more wait for review" in result.summary(tmp_path / "site")


def test_all_publishes_the_unreviewed_marked_unverified(build, tmp_path: Path):
    build([*sample_events(), GUESS], publish="all")
    site = tmp_path / "site"
    page = (site / "all.html").read_text(encoding="utf-8")
    card = page.split("Levees repaired")[0].rsplit('class="event-item', 1)[1]
    assert 'class="badge unverified"' in card and ">Unverified</span>" in card
    event_page = (site / "events" / f"{GUESS.id}.html").read_text(encoding="utf-8")
    assert ">Unverified</span>" in event_page
    checked = (site / "events" / f"{sample_events()[0].id}.html").read_text(encoding="utf-8")
    assert "Unverified" not in checked


def test_the_feed_calendar_json_and_timelinejs_mark_it_too(build, tmp_path: Path):
    build([*sample_events(), GUESS], publish="all")
    site = tmp_path / "site"
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "<title>Unverified: Levees repaired" in feed
    assert feed.count("Unverified") == 1  # the editor's events are not marked
    calendar = icalendar.Calendar.from_ical((site / "calendar.ics").read_bytes())
    [guess] = [e for e in calendar.walk("VEVENT") if "Levees" in str(e["SUMMARY"])]
    assert str(guess["SUMMARY"]).startswith("Unverified: ") and guess["STATUS"] == "TENTATIVE"
    events = json.loads((site / "events.json").read_text(encoding="utf-8"))["events"]
    assert [e["id"] for e in events if e.get("unverified")] == [GUESS.id]
    slides = json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))["events"]
    marked = [s["unique_id"] for s in slides if s["text"]["headline"].startswith("Unverified")]
    assert marked == [GUESS.id]


def test_accepting_an_event_rebuilds_it_without_the_mark(build, tmp_path: Path):
    build([*sample_events(), GUESS], publish="all")
    build([*sample_events(), replace(GUESS, review="reviewed")], publish="all")
    page = (tmp_path / "site" / "events" / f"{GUESS.id}.html").read_text(encoding="utf-8")
    assert "Unverified" not in page and "Levees repaired" in page


def test_the_setting_is_checked():
    assert config_from_dict({"publish": "all"}).publish == "all"
    with pytest.raises(ConfigError, match="publish must be 'reviewed' or 'all', not 'some'"):
        config_from_dict({"publish": "some"})
    assert to_publish([GUESS], "reviewed") == [] and to_publish([GUESS], "all") == [GUESS]
