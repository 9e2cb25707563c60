"""``timeline init``: a project of one's own that extracts, checks and builds."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.site.config import SiteConfig, load_config
from timeline.site.stories import Story
from timeline.store.edit import digest, update_event


def test_a_new_project_goes_from_init_to_a_built_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "river-news"
    assert main(["init", str(project)]) == 0
    assert (project / "content" / "events" / "event.schema.json").is_file()
    assert "site/" in (project / ".gitignore").read_text().splitlines()
    assert load_config(project / "timeline.toml").title == "river news"
    monkeypatch.chdir(project / "content")  # any folder inside the project works
    assert main(["extract"]) == 0
    assert main(["check"]) == 0
    assert main(["build", "--no-search"]) == 0
    events = list((project / "content" / "events").glob("*.yaml"))
    assert len(events) >= 3
    # Nothing reaches readers before an editor accepts it (publish = "reviewed").
    assert "more wait for review" in capsys.readouterr().out
    assert "Riverside library" not in (project / "site" / "all.html").read_text("utf-8")
    for path in events:  # what accepting each in timeline desk writes
        update_event(path, digest(path.read_bytes()), {"review": "reviewed"})
    assert main(["build", "--no-search"]) == 0
    page = (project / "site" / "all.html").read_text(encoding="utf-8")
    assert "river news" in page and "Riverside library" in page


def test_every_setting_is_in_the_starter_file_commented_with_its_default(tmp_path: Path) -> None:
    assert main(["init", str(tmp_path), "--title", 'The "Quoted" Story']) == 0
    text = (tmp_path / "timeline.toml").read_text(encoding="utf-8")
    assert load_config(tmp_path / "timeline.toml").title == 'The "Quoted" Story'
    defaults = SiteConfig()
    for field in fields(SiteConfig):
        if field.name in ("title", "stories"):  # stories are tables of their own
            continue
        lines = [line for line in text.splitlines() if line.startswith(f"# {field.name} = ")]
        assert lines, f"{field.name} is not in the starter timeline.toml"
        value = tomllib.loads(lines[0][2:])[field.name]
        default = getattr(defaults, field.name)
        assert (tuple(value) if isinstance(value, list) else value) == default or (
            field.name == "base_url"
        ), field.name


def test_the_starter_file_shows_a_story_with_every_key(tmp_path: Path) -> None:
    """The commented [[stories]] block names every key a story takes, and
    uncommented it is a story the build accepts."""
    assert main(["init", str(tmp_path)]) == 0
    text = (tmp_path / "timeline.toml").read_text(encoding="utf-8")
    block = text[text.index("# [[stories]]") :]
    uncommented = "\n".join(line.removeprefix("# ") for line in block.splitlines())
    for field in fields(Story):
        assert f"\n{field.name} = " in uncommented, f"{field.name} is not in the starter story"
    (tmp_path / "timeline.toml").write_text(text + "\n" + uncommented, encoding="utf-8")
    (story,) = load_config(tmp_path / "timeline.toml").stories
    assert (story.id, story.title, story.places, story.match) == (
        "geneva-talks",
        "Geneva talks",
        ("Geneva",),
        "any",
    )


def test_an_existing_project_is_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "timeline.toml").write_text('[site]\ntitle = "Mine"\n')
    assert main(["init", str(tmp_path)]) == 1
    assert "already holds a project" in capsys.readouterr().err
    assert (tmp_path / "timeline.toml").read_text() == '[site]\ntitle = "Mine"\n'
    assert not (tmp_path / "content").exists()


def test_a_folder_s_own_gitignore_stays(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("*.pyc\n")
    assert main(["init", str(tmp_path)]) == 0
    assert (tmp_path / ".gitignore").read_text() == "*.pyc\n"
    assert (tmp_path / "content" / "articles").is_dir()
