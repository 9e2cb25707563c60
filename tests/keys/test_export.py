"""``timeline export --key``: only the key events, e.g. into TimelineJS,
which cannot show thousands of slides."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline.cli import main


def write_event(folder: Path, event_id: str, date: str, articles: int, extra: str = "") -> None:
    sources = "".join(
        f"  - article: articles/{event_id}-{n}.md\n    published: '{date}'\n"
        for n in range(articles)
    )
    (folder / f"{event_id}.yaml").write_text(
        f"id: {event_id}\ntitle: Event {event_id}\ndate: '{date}'\nsources:\n{sources}{extra}",
        encoding="utf-8",
    )


@pytest.fixture
def events(tmp_path: Path) -> Path:
    folder = tmp_path / "content" / "events"
    folder.mkdir(parents=True)
    for day in range(1, 21):  # twenty days, the fifth the most reported
        write_event(folder, f"day-{day:02d}", f"2026-03-{day:02d}", 12 if day == 5 else 1 + day % 3)
    write_event(folder, "pinned", "2026-03-09", 1, "key: true\n")
    write_event(folder, "dropped", "2026-03-05", 30, "key: false\n")
    return folder


def slides(path: Path) -> list[str]:
    return [slide["unique_id"] for slide in json.loads(path.read_text())["events"]]


def test_export_key_writes_the_best_days_and_the_pinned(events: Path, tmp_path: Path) -> None:
    out = tmp_path / "key.json"
    argv = ["export", "--format", "timelinejs", "--events", str(events), "-o", str(out)]
    assert main([*argv, "--key", "--key-days", "1"]) == 0
    assert slides(out) == ["day-05", "pinned"]
    assert main([*argv, "--key"]) == 0
    assert "dropped" not in slides(out)
    assert len(slides(out)) == 9 + 1  # 2·√20 ≈ 9 days of twenty, and the pinned one
    assert main(argv) == 0
    assert len(slides(out)) == 22


def test_export_key_takes_the_sites_key_days(events: Path, tmp_path: Path) -> None:
    """Without --story or --key-days, `key_days` of timeline.toml sets how
    many days, as on the home page; --key-days still wins."""
    (tmp_path / "timeline.toml").write_text("[site]\nkey_days = 1\n", encoding="utf-8")
    out = tmp_path / "key.json"
    argv = ["export", "--format", "timelinejs", "--events", str(events), "-o", str(out), "--key"]
    assert main(argv) == 0
    assert slides(out) == ["day-05", "pinned"]
    assert main([*argv, "--key-days", "3"]) == 0
    assert len(slides(out)) == 3 + 1


def test_export_key_names_broken_settings(
    events: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "timeline.toml").write_text("[site]\nkey_days = -2\n", encoding="utf-8")
    assert main(["export", "--events", str(events), "--key"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("timeline export: ") and "timeline.toml" in err and "key_days" in err
    assert "\n" not in err


def test_key_days_without_key_is_said(events: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--events", str(events), "--key-days", "3"]) == 0
    assert "--key-days goes with --key" in capsys.readouterr().err


def test_the_site_ranks_the_key_events_as_export_does(events: Path, tmp_path: Path) -> None:
    """Both read the days articles name in passing: later articles looking
    back at the twelfth make it a key day, on the site as in the export."""
    look_back = {"published": "2026-03-19", "days": ["2026-03-12"]}
    record = {"version": 1, "articles": {f"articles/later-{n}.md": look_back for n in range(15)}}
    (events / ".mentions.json").write_text(json.dumps(record), encoding="utf-8")
    settings = tmp_path / "timeline.toml"
    settings.write_text('[site]\npublish = "all"\nkey_days = 2\n', encoding="utf-8")
    out, site = tmp_path / "key.json", tmp_path / "site"
    argv = ["--events", str(events)]
    assert (
        main(
            ["export", *argv, "--format", "timelinejs", "-o", str(out), "--key", "--key-days", "2"]
        )
        == 0
    )
    assert main(["build", *argv, "--out", str(site), "--config", str(settings), "--no-search"]) == 0
    exported = slides(out)
    assert exported == ["day-05", "pinned", "day-12"]
    page = (site / "index.html").read_text(encoding="utf-8")
    shown = re.findall(r'<li><a href="events/([\w-]+)\.html">', page)
    assert sorted(shown) == sorted(exported)


def test_export_a_storys_key_events_as_its_page_shows_them(events: Path, tmp_path: Path) -> None:
    """``--story``: the story's events, and with ``--key`` its key events,
    chosen within the story as its page chooses them."""
    settings = tmp_path / "timeline.toml"
    settings.write_text(
        '[site]\npublish = "all"\n\n[[stories]]\ntitle = "Late March"\nsince = "2026-03-10"\n'
        "key_days = 2\n",
        encoding="utf-8",
    )
    out, site = tmp_path / "story.json", tmp_path / "site"
    argv = ["--events", str(events), "--config", str(settings)]
    export = ["export", *argv, "--format", "timelinejs", "-o", str(out), "--story", "late-march"]
    assert main(export) == 0
    assert len(slides(out)) == 11  # the eleven days from the tenth
    assert main([*export, "--key"]) == 0
    exported = slides(out)
    assert len(exported) == 2 and "day-05" not in exported
    assert json.loads(out.read_text())["title"]["text"]["headline"] == "Late March"
    assert (
        main(["build", *argv[:2], "--out", str(site), "--config", str(settings), "--no-search"])
        == 0
    )
    page = (site / "stories" / "late-march" / "index.html").read_text(encoding="utf-8")
    shown = re.findall(r'<li><a href="\.\./\.\./events/([\w-]+)\.html">', page)
    assert sorted(shown) == sorted(exported)


def test_an_unknown_story_is_named(
    events: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "timeline.toml"
    settings.write_text('[[stories]]\ntitle = "Late March"\nsince = "2026-03-10"\n')
    argv = ["export", "--events", str(events), "--config", str(settings), "--story", "early"]
    assert main(argv) == 2
    assert "no story 'early' in [[stories]]; its stories: late-march" in capsys.readouterr().err


def test_export_a_story_of_a_place_in_every_spelling(tmp_path: Path) -> None:
    """``--story`` matches a place as the site does: "Kiev" is Kyiv."""
    folder = tmp_path / "content" / "events"
    folder.mkdir(parents=True)
    for number, place in enumerate(["Kiev", "Киев", "Lviv"]):
        write_event(folder, f"e-{number}", f"2026-03-0{number + 1}", 1, f"places: [{place}]\n")
    settings = tmp_path / "timeline.toml"
    settings.write_text('[[stories]]\ntitle = "Kyiv"\nplaces = ["Kyiv"]\n', encoding="utf-8")
    out = tmp_path / "story.json"
    argv = ["export", "--events", str(folder), "--config", str(settings), "--story", "kyiv"]
    assert main([*argv, "--format", "timelinejs", "-o", str(out)]) == 0
    assert sorted(slides(out)) == ["e-0", "e-1"]
