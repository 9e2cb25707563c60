"""The project's layout: found from any folder inside it, the same folders
for every command."""

from __future__ import annotations

from pathlib import Path

from timeline.layout import Layout, cache_folder, content_root, find_root


def test_the_root_is_found_from_a_folder_deep_inside_the_project(tmp_path: Path) -> None:
    (tmp_path / "content" / "events" / "2026").mkdir(parents=True)
    assert find_root(tmp_path / "content" / "events" / "2026") == tmp_path.resolve()


def test_a_settings_file_alone_marks_the_root(tmp_path: Path) -> None:
    (tmp_path / "timeline.toml").write_text("[site]\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    assert Layout.find(tmp_path / "notes").root == tmp_path.resolve()


def test_outside_any_project_the_start_folder_is_the_root(tmp_path: Path) -> None:
    # tmp_path has neither content/ nor timeline.toml above it in the test tree
    alone = tmp_path / "alone"
    alone.mkdir()
    above = alone.resolve().parents
    assert not any((f / "content").is_dir() or (f / "timeline.toml").is_file() for f in above)
    assert find_root(alone) == alone.resolve()


def test_every_command_sees_the_same_folders(tmp_path: Path) -> None:
    layout = Layout(tmp_path)
    assert layout.events == tmp_path / "content" / "events"
    assert layout.articles == tmp_path / "content" / "articles"
    assert layout.settings == tmp_path / "timeline.toml"
    assert layout.templates == tmp_path / "templates"
    assert layout.site == tmp_path / "site"
    assert content_root(layout.events) == layout.content.resolve()


def test_the_caches_live_beside_the_site_not_in_it(tmp_path: Path) -> None:
    assert cache_folder(tmp_path / "site") == tmp_path / ".site-cache"
    assert cache_folder(tmp_path / "public") == tmp_path / ".public-cache"
