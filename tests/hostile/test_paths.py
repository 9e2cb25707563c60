"""Ids, file names and article paths from hostile data never make the tool
read or write outside ``content/`` and the output folder. The project sits
three folders deep in the test's folder, so a ``../../..`` that escapes
lands where the test looks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.conftest import assert_clean, cli
from timeline.model import Event, Source
from timeline.store import apply_extraction

HOSTILE_IDS = [
    "../../../escaped",
    "/tmp/absolute",
    "a/b",
    "..",
    ".hidden",
    "x" * 300,
    "line\nbreak",
    "nul\x00byte",
    "back\\slash",
    "con:colon",
    "~",
    "",
]


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """The project, three levels below ``tmp_path``."""
    root = tmp_path / "a" / "b" / "project"
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "events").mkdir()
    (root / "content" / "articles" / "story.md").write_text("Talks resumed.\n")
    return root


def files_outside(tmp_path: Path, events: Path) -> set[tuple[Path, bytes]]:
    """Every file under ``tmp_path`` but outside ``content/``, and its bytes."""
    content = events.parent
    return {
        (path, path.read_bytes())
        for path in tmp_path.rglob("*")
        if path.is_file() and content not in path.parents
    }


def test_import_with_hostile_ids_writes_only_inside_events(sandbox: Path, tmp_path: Path) -> None:
    events = sandbox / "content" / "events"
    document = {
        "format": "timeline-events",
        "version": 1,
        "events": [
            {"id": event_id, "title": f"Event {number}", "date": "2026-02-20"}
            for number, event_id in enumerate([*HOSTILE_IDS, "fine"])
        ],
    }
    (tmp_path / "import.json").write_text(json.dumps(document))
    before = files_outside(tmp_path, events)
    result = cli("import", str(tmp_path / "import.json"), cwd=sandbox)
    assert_clean(result)
    assert files_outside(tmp_path, events) == before
    assert sorted(path.name for path in events.glob("*.yaml")) == ["fine.yaml"]
    assert result.stderr.count("error: events[") == len(HOSTILE_IDS)
    assert all(line.isprintable() for line in result.stderr.splitlines())


def test_timelinejs_unique_ids_cannot_name_a_file_outside(sandbox: Path, tmp_path: Path) -> None:
    events = sandbox / "content" / "events"
    slides = [
        {
            "unique_id": event_id,  # a day each, so no two are taken for one event
            "start_date": {"year": "2026", "month": "1", "day": str(number + 1)},
            "text": {"headline": f"Talks {number}"},
        }
        for number, event_id in enumerate(HOSTILE_IDS)
    ]
    (tmp_path / "tl.json").write_text(json.dumps({"events": slides}))
    before = files_outside(tmp_path, events)
    result = cli("import", "--format", "timelinejs", str(tmp_path / "tl.json"), cwd=sandbox)
    assert_clean(result)
    assert files_outside(tmp_path, events) == before
    written = sorted(path.name for path in events.glob("*.yaml"))
    assert len(written) == len(HOSTILE_IDS)
    assert written == sorted(
        f"2026-01-{number + 1:02d}-talks-{number}.yaml" for number in range(len(HOSTILE_IDS))
    )


@pytest.mark.parametrize("event_id", HOSTILE_IDS)
def test_merge_never_names_a_file_after_a_hostile_id(
    sandbox: Path, tmp_path: Path, event_id: str
) -> None:
    events = sandbox / "content" / "events"
    before = files_outside(tmp_path, events)
    proposal = Event(
        id=event_id,
        title="Talks resume",
        date="2026-02-20",
        sources=[Source(article="articles/story.md", quote="Talks resumed.")],
    )
    [change] = apply_extraction([proposal], events).changes
    assert files_outside(tmp_path, events) == before
    assert change.action == "left alone" and change.reason.startswith("not written: ")
    assert list(events.glob("*.yaml")) == []


def test_hostile_ledger_entries_are_never_paths(sandbox: Path, tmp_path: Path) -> None:
    events = sandbox / "content" / "events"
    ledger = {
        "version": 1,
        "proposed": {
            "2026-02-20-talks-resume": {"event": "../../../escaped", "articles": ["../../x"]}
        },
    }
    (events / ".ledger.json").write_text(json.dumps(ledger))
    before = files_outside(tmp_path, events)
    proposal = Event(
        id="2026-02-20-talks-resume",
        title="Talks resume",
        date="2026-02-20",
        sources=[Source(article="articles/story.md", quote="Talks resumed.")],
    )
    report = apply_extraction([proposal], events)
    assert files_outside(tmp_path, events) == before
    [change] = report.changes
    assert change.action == "left alone"  # the ledger says the editor deleted it


def test_new_with_a_hostile_title_stays_in_events(sandbox: Path, tmp_path: Path) -> None:
    events = sandbox / "content" / "events"
    before = files_outside(tmp_path, events)
    result = cli("new", "--date", "2026-02-20", "--title", "../../../etc/passwd", cwd=sandbox)
    assert_clean(result)
    assert result.returncode == 0
    assert files_outside(tmp_path, events) == before
    assert [path.name for path in events.glob("*.yaml")] == ["2026-02-20-etc-passwd.yaml"]


@pytest.mark.parametrize(
    "article", ["../../../secret.md", "/etc/hostname", "articles/../../../secret.md"]
)
def test_article_paths_outside_content_are_never_looked_at(
    sandbox: Path, tmp_path: Path, article: str
) -> None:
    (tmp_path / "secret.md").write_text("outside content/\n")
    events = sandbox / "content" / "events"
    (events / "e.yaml").write_text(
        f"id: e\ntitle: T\ndate: 2026-02-20\nsources:\n  - article: {json.dumps(article)}\n"
    )
    result = cli("check", cwd=sandbox)
    assert_clean(result)
    assert result.returncode == 0  # the event stands; its source is only a name
    warning = (
        f"content/events/e.yaml:5:14: warning: source article {article!r} lies outside "
        "content/, so it is not checked; move the article into content/articles/"
    )
    assert result.stdout.splitlines()[0] == warning
    # The same answer whether or not the file exists: nothing about the
    # world outside content/ leaks into the output.
    (tmp_path / "secret.md").unlink()
    assert cli("check", cwd=sandbox).stdout == result.stdout


@pytest.mark.parametrize("article", ["articles\\..\\x.md", "articles/\x1b[2Jx.md", "a\x00.md"])
def test_article_paths_with_control_characters_are_errors(sandbox: Path, article: str) -> None:
    events = sandbox / "content" / "events"
    (events / "e.yaml").write_text(
        f"id: e\ntitle: T\ndate: 2026-02-20\nsources:\n  - article: {json.dumps(article)}\n"
    )
    result = cli("check", cwd=sandbox)
    assert_clean(result)
    assert result.returncode == 1
    assert "holds a control character or a backslash" in result.stdout
    assert all(line.isprintable() for line in result.stdout.splitlines())


@pytest.mark.parametrize("out", ["content", "content/events", ".", ".."])
def test_build_never_replaces_a_folder_it_did_not_build(sandbox: Path, out: str) -> None:
    events = sandbox / "content" / "events"
    (events / "e.yaml").write_text("id: e\ntitle: T\ndate: 2026-02-20\n")
    before = {path: path.read_bytes() for path in sandbox.rglob("*") if path.is_file()}
    result = cli("build", "--out", out, "--no-search", cwd=sandbox)
    assert_clean(result)
    assert result.returncode != 0
    assert "not built by timeline" in result.stderr
    assert {path: path.read_bytes() for path in sandbox.rglob("*") if path.is_file()} == before


def test_links_to_files_outside_are_never_read(sandbox: Path, tmp_path: Path) -> None:
    """A symbolic link committed into content/ must not publish, or echo in
    check's messages, any file of the machine that builds the site."""
    secret_event = tmp_path / "secret.yaml"
    secret_event.write_text("id: leak\ntitle: T\ndate: 2026-02-20\nstatus: hunter2\n")
    secret_article = tmp_path / "secret.md"
    secret_article.write_text(
        "---\ndate: 2026-02-21\n---\nThe password hunter2 was set on February 20, 2026.\n"
    )
    content = sandbox / "content"
    (content / "events" / "leak.yaml").symlink_to(secret_event)
    (content / "articles" / "leak.md").symlink_to(secret_article)
    (content / "articles" / "story.md").write_text(
        "Talks resumed in Geneva on February 20, 2026, after a pause of three weeks.\n"
    )
    (content / "articles" / "alias.md").symlink_to("story.md")  # inside: fine
    extract = cli("extract", "--published", "2026-02-21", cwd=sandbox)
    check = cli("check", cwd=sandbox)
    for result in (extract, check):
        assert_clean(result)
        assert "hunter2" not in result.stdout + result.stderr
    assert "leak.md: a link to a file outside" in extract.stderr
    assert "leak.yaml:1:1: error: a link to a file outside the events folder" in check.stdout
    written = [path for path in (content / "events").glob("*.yaml") if not path.is_symlink()]
    assert written  # the article inside was read
    assert all("hunter2" not in path.read_text() for path in written)


def test_articles_folder_that_is_a_link_records_sources_under_content(
    sandbox: Path, tmp_path: Path
) -> None:
    """``content/articles`` a link to the folder where the articles really
    are: sources read as ``articles/x.md``, never as the link's target,
    which would fail check and publish a path of this machine."""
    real = tmp_path / "realart"
    real.mkdir()
    (real / "x.md").write_text(
        "---\ndate: 2026-03-12\n---\nParliament rejected the budget on March 10.\n"
    )
    articles = sandbox / "content" / "articles"
    for path in articles.iterdir():
        path.unlink()
    articles.rmdir()
    articles.symlink_to(real)
    assert_clean(cli("extract", cwd=sandbox))
    [event] = (sandbox / "content" / "events").glob("*.yaml")
    assert "article: articles/x.md\n" in event.read_text()
    again = cli("extract", str(real / "x.md"), cwd=sandbox)  # by its real path: the same source
    assert "0 created, 0 updated, 1 unchanged" in again.stdout
    check = cli("check", cwd=sandbox)
    assert check.stdout == "1 event file checked: 0 errors, 0 warnings\n"
    assert_clean(cli("build", "--no-search", cwd=sandbox))
    assert "realart" not in (sandbox / "site" / "events.json").read_text()
