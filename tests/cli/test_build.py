"""``timeline build`` from a project folder: events in, site out; bad input
gives one-line messages and never a traceback."""

from __future__ import annotations

import argparse
import os
import re
import signal
import time
from pathlib import Path

import pytest

from tests.site.project import make_project
from timeline.cli import build, serve
from timeline.parallel import fork_map
from timeline.site import build as site_build
from timeline.site.theme import default_theme
from timeline.site.writer import SiteWriter


def run_cli(*argv: str) -> int:
    """The site's commands alone, so other stages need not be importable."""
    parser = argparse.ArgumentParser(prog="timeline")
    subparsers = parser.add_subparsers(dest="command", required=True)
    build.register(subparsers)
    serve.register(subparsers)
    args = parser.parse_args(list(argv))
    return int(args.handler(args))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "project")
    (root / "content" / "articles").mkdir()
    monkeypatch.chdir(root / "content")  # any folder inside the project works
    return root


def test_build_writes_the_site_then_only_what_changed(project: Path, capsys):
    assert run_cli("build", "--no-search") == 0
    index = (project / "site" / "all.html").read_text()
    assert "<title>All events · Harbour dispute</title>" in index
    assert "17–18 February 2026" in index
    assert "8 events" in capsys.readouterr().out
    assert run_cli("build", "--no-search") == 0
    assert "0 files written" in capsys.readouterr().out


def test_a_broken_file_is_reported_and_the_rest_is_built(project: Path, capsys):
    broken = project / "content" / "events" / "broken.yaml"
    broken.write_text("id: broken\ntitle: [unclosed\ndate: 2026-02-01\n")
    assert run_cli("build", "--no-search", "--out", str(project / "public")) == 1
    err = capsys.readouterr().err
    assert re.search(rf"{re.escape(str(broken))}:\d+:\d+: error: ", err)
    assert "Traceback" not in err
    assert (project / "public" / "events" / "2026-02-24-ferry-strike.html").is_file()


def test_bad_settings_stop_the_build_with_one_line(project: Path, capsys):
    (project / "timeline.toml").write_text("[site]\ntimezone = 'Nowhere/Else'\n")
    assert run_cli("build") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an IANA zone" in err
    assert not (project / "site").exists()


def test_a_folder_not_built_by_timeline_is_never_replaced(project: Path, capsys):
    (project / "site").mkdir()
    (project / "site" / "mine.txt").write_text("keep")
    assert run_cli("build", "--no-search") == 2
    assert "not built by timeline" in capsys.readouterr().err
    assert (project / "site" / "mine.txt").read_text() == "keep"


def test_a_broken_template_names_its_file_and_line(project: Path, capsys):
    (project / "templates").mkdir()
    (project / "templates" / "card.html").write_text("<li>\n{% if %}\n</li>\n")
    assert run_cli("build", "--no-search") == 2
    err = capsys.readouterr().err
    assert "card.html:2:" in err and "Traceback" not in err


@pytest.mark.parametrize("workers", [False, True])
def test_an_error_while_rendering_names_the_template_and_line(
    project: Path, capsys, monkeypatch: pytest.MonkeyPatch, workers: bool
):
    if workers:  # the page that fails is rendered by a worker, its error sent back
        monkeypatch.setattr(site_build, "PARALLEL_FROM", 2)
        monkeypatch.setattr(site_build, "cores", lambda: 2)
    theme = default_theme() / "event.html"
    broken = theme.read_text(encoding="utf-8").replace(
        "{{ view.event.title }}", "{{ view.event.title }}{{ view.no_such_field }}", 1
    )
    (project / "templates").mkdir()
    (project / "templates" / "event.html").write_text(broken, encoding="utf-8")
    line = broken[: broken.index("no_such_field")].count("\n") + 1
    assert run_cli("build", "--no-search") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"event.html:{line}: " in err and "no_such_field" in err


def test_a_missing_events_folder_is_an_error_not_an_empty_site(project: Path, capsys):
    assert run_cli("build", "--events", str(project / "nowhere")) == 2
    assert "no such folder of events" in capsys.readouterr().err
    assert not (project / "site").exists()


def test_a_settings_file_named_but_missing_is_an_error(project: Path, capsys):
    assert run_cli("build", "--no-search", "--config", "nowhere.toml") == 2
    error = capsys.readouterr().err.strip()
    assert error.endswith("nowhere.toml: no such settings file; check --config")
    assert not (project / "site").exists()


def test_a_worker_killed_mid_build_leaves_the_site_and_says_why(
    project: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    assert run_cli("build", "--no-search") == 0
    before = (project / "site" / "all.html").read_text()
    monkeypatch.setattr(site_build, "PARALLEL_FROM", 2)
    monkeypatch.setattr(site_build, "cores", lambda: 2)
    parent, write = os.getpid(), SiteWriter.write
    # A page a chunk, and this process slow at its own: the worker takes some.
    monkeypatch.setattr(
        site_build,
        "fork_map",
        lambda function, items, **options: fork_map(function, items, **options | {"chunksize": 1}),
    )

    def dies_in_a_worker(self, path, data):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(0.02)
        return write(self, path, data)

    monkeypatch.setattr(SiteWriter, "write", dies_in_a_worker)
    (project / "timeline.toml").write_text('[site]\ntitle = "Renamed"\n')
    assert run_cli("build", "--no-search") == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "worker process was killed" in error
    assert (project / "site" / "all.html").read_text() == before
    assert list(project.glob(".site.*")) == []
