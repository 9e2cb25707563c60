"""The stage-by-stage profile renders the very files a build writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import build_stages
from bench.build_stages import kind, stages
from bench.corpus import make_events, write_content
from timeline.cli import main
from timeline.site.writer import MANIFEST


def test_the_profile_counts_every_file_the_build_writes_by_kind(tmp_path: Path) -> None:
    content, site = tmp_path / "content", tmp_path / "site"
    write_content(make_events(40), content)
    spent, kinds = stages(content / "events")
    assert list(spent) == [
        "reading the event files",
        "preparing the views",
        "rendering the cards",
        "planning and keying the outputs",
        "rendering the outputs",
    ]
    settings = tmp_path / "timeline.toml"  # the defaults, as the profile builds
    settings.write_text("", encoding="utf-8")
    command = ["build", "--events", str(content / "events"), "--out", str(site), "--no-search"]
    assert main([*command, "--config", str(settings)]) == 0
    written: dict[str, list[int]] = {}
    for path in site.rglob("*"):
        if path.is_file() and path.name != MANIFEST:
            entry = written.setdefault(kind(path.relative_to(site).as_posix()), [0, 0])
            entry[0] += 1
            entry[1] += path.stat().st_size
    assert {name: [files, size] for name, (_, files, size) in kinds.items()} == written
    assert kinds["events/"][1] == 40


def test_a_folder_of_events_is_profiled_with_its_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    write_content(make_events(12), content)
    settings = tmp_path / "timeline.toml"
    settings.write_text('[site]\ntaxonomies = ["tag"]\n', encoding="utf-8")
    assert build_stages.main(["--events", str(content / "events"), "--config", str(settings)]) == 0
    table = capsys.readouterr().out
    assert "| events/ |" in table and "| index.html |" in table
    assert "| tags/ |" in table and "| places/ |" not in table  # as the settings say
