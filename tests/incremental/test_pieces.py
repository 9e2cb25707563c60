"""The pieces cache as a site too large to be kept whole keeps it: in a
JSON file beside the site (a smaller one keeps it in the build's memory,
``tests/incremental/test_memory.py``)."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.site.conftest import Build
from tests.site.sample import sample_events
from timeline.formats import timelinejs
from timeline.incremental import memory
from timeline.incremental.memory import BuildMemory
from timeline.incremental.pieces import CACHE, Fragments
from timeline.layout import cache_folder
from timeline.site import SiteConfig, feeds
from timeline.site.views import prepare


@pytest.fixture(autouse=True)
def no_site_kept_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "KEPT_IN_MEMORY_UP_TO", -1)


def _pieces(site: Path) -> dict:
    return json.loads((cache_folder(site) / CACHE).read_text(encoding="utf-8"))


def _mark_entries(site: Path) -> None:
    """Replace every kept calendar entry by a marker, to see whether the
    next build uses them."""
    data = _pieces(site)
    data["pieces"]["vevent"] = {key: "MARKER" for key in data["pieces"]["vevent"]}
    (cache_folder(site) / CACHE).write_text(json.dumps(data), encoding="utf-8")


def test_a_rebuild_takes_calendar_entries_of_unchanged_events_from_the_cache(
    build: Build, tmp_path: Path
):
    build()
    site = tmp_path / "site"
    kept = _pieces(site)
    assert len(kept["pieces"]["vevent"]) == len([e for e in sample_events() if not e.hidden])
    _mark_entries(site)
    events = sample_events()
    events[3] = replace(events[3], summary="The review was postponed.")
    build(events)
    calendar = (site / "calendar.ics").read_text(encoding="utf-8")
    assert calendar.count("MARKER") == len(kept["pieces"]["vevent"]) - 1  # all but the edited
    assert "The review was postponed." in calendar
    # Entries of the event as it was are dropped: the cache holds the site's events only.
    assert len(_pieces(site)["pieces"]["vevent"]) == len(kept["pieces"]["vevent"])


def test_pieces_made_under_other_settings_are_not_used(build: Build, tmp_path: Path):
    build()
    site = tmp_path / "site"
    _mark_entries(site)
    build(title="Another title")
    assert "MARKER" not in (site / "calendar.ics").read_text(encoding="utf-8")


def test_an_unreadable_cache_is_ignored(tmp_path: Path):
    (tmp_path / CACHE).write_text("{not json", encoding="utf-8")
    fragments = Fragments.load(tmp_path, "key", BuildMemory())
    assert fragments.get("vevent", "a", lambda: "made") == "made"


def test_summaries_rendered_in_an_earlier_process_come_back_from_the_cache(tmp_path: Path):
    fragments = Fragments("key")
    fragments.save(tmp_path, ["Some **bold** text"], set(), BuildMemory())
    data = json.loads((tmp_path / CACHE).read_text(encoding="utf-8"))
    assert data["summaries"]["Some **bold** text"] == [
        "<p>Some <strong>bold</strong> text</p>",
        "Some bold text",
    ]
    data["summaries"] = {"Kept *text*": ["<p>from the cache</p>", "from the cache"]}
    (tmp_path / CACHE).write_text(json.dumps(data), encoding="utf-8")
    later = BuildMemory()  # of another process
    Fragments.load(tmp_path, "key", later)
    assert later.summaries.html("Kept *text*") == "<p>from the cache</p>"


def test_timelinejs_from_kept_slides_is_what_the_exporter_gives(tmp_path: Path):
    data = prepare(sample_events())
    config = SiteConfig(title="Harbour <news>")
    expected = json.loads(timelinejs.export([view.event for view in data.events], config.title))
    fragments = Fragments("key")
    assert json.loads(b"".join(feeds.timelinejs_json(data, config, fragments))) == expected
    live = {view.fingerprint for view in data.events}
    fragments.save(tmp_path, [], live, BuildMemory())
    kept = Fragments.load(tmp_path, "key", BuildMemory())
    assert kept.saved["slide"].keys() == live
    assert json.loads(b"".join(feeds.timelinejs_json(data, config, kept))) == expected


def test_pieces_of_the_wrong_shape_are_made_again(tmp_path: Path):
    data = {
        "key": "key",
        "pieces": {"vevent": {"a": 5, "b": "kept entry"}},
        "summaries": {"Odd *one*": ["<p>only one</p>"], "Good *one*": ["<p>kept</p>", "kept"]},
    }
    (tmp_path / CACHE).write_text(json.dumps(data), encoding="utf-8")
    later = BuildMemory()
    fragments = Fragments.load(tmp_path, "key", later)
    assert fragments.get("vevent", "a", lambda: "made") == "made"
    assert fragments.get("vevent", "b", lambda: "made") == "kept entry"
    assert later.summaries.html("Odd *one*") == "<p>Odd <em>one</em></p>"
    assert later.summaries.html("Good *one*") == "<p>kept</p>"
