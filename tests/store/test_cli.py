"""The store's commands: check, new, export and import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.store.conftest import proposal, run_cli
from timeline.store import StoreBusy, apply_extraction, load_events
from timeline.store.lock import events_lock


def test_new_writes_a_valid_reviewed_event(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_cli(
        "new",
        "--date",
        "2026-02-24",
        "--title",
        "EU adopts sanctions package",
        "--status",
        "expected",
        "--tag",
        "sanctions",
        "--url",
        "https://example.org/sanctions",
        "--events",
        str(project),
    )
    assert code == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == project / "2026-02-24-eu-adopts-sanctions-package.yaml"
    assert path.read_text().startswith("# yaml-language-server: $schema=event.schema.json\n")
    assert (project / "event.schema.json").is_file()
    event = load_events(project).events[0]
    assert (event.status, event.review, event.tags) == ("expected", "reviewed", ["sanctions"])
    assert event.sources[0].url == "https://example.org/sanctions"
    assert run_cli("check", "--events", str(project)) == 0


def test_new_refuses_a_bad_date_and_an_existing_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("new", "--date", "2026-02-30", "--title", "X", "--events", str(project)) == 2
    assert "February 2026 has no day 30" in capsys.readouterr().err
    args = ("new", "--date", "2026-02", "--title", "Talks", "--events", str(project))
    assert run_cli(*args) == 0
    assert run_cli(*args) == 1
    assert "exists already" in capsys.readouterr().err


def test_check_counts_and_exit_codes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "a.yaml").write_text("id: a\ntitle: Talks\ndate: 2026-02-20\n")
    assert run_cli("check", "--events", str(project)) == 0
    assert capsys.readouterr().out == "1 event file checked: 0 errors, 0 warnings\n"
    (project / "b.yaml").write_text("id: b\ntitle: Talks\ndate: 2026-02-20\nhidden: maybe\n")
    assert run_cli("check", "--events", str(project)) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("b.yaml:4:9: error: hidden must be true or false, not 'maybe'")
    assert out[-1] == "2 event files checked: 1 error, 0 warnings"


def _events(project: Path) -> None:
    apply_extraction(
        [
            proposal("2026-02-17/2026-02-18", "Trilateral talks in Geneva", tags=["talks"]),
            proposal("2026-02-24?", "EU sanctions package", summary="Oil *services* ban."),
            proposal("2026-02", "Hidden noise", hidden=True),
        ],
        project,
    )


def test_export_timelinejs_publishes_what_the_site_shows(project: Path, tmp_path: Path) -> None:
    _events(project)
    out = tmp_path / "timeline.json"
    assert (
        run_cli(
            "export",
            "--format",
            "timelinejs",
            "--title",
            "Ukraine talks",
            "-o",
            str(out),
            "--events",
            str(project),
        )
        == 0
    )
    document = json.loads(out.read_text())
    assert document["title"]["text"]["headline"] == "Ukraine talks"
    talks, sanctions = document["events"]
    assert talks["unique_id"] == "2026-02-17-trilateral-talks-in-geneva"
    assert talks["start_date"] == {"year": 2026, "month": 2, "day": 17}
    assert talks["end_date"] == {"year": 2026, "month": 2, "day": 18}
    assert talks["display_date"] == "17–18 February 2026"
    assert talks["group"] == "talks"
    assert sanctions["display_date"] == "24 February 2026 (unconfirmed)"
    assert "<em>services</em>" in sanctions["text"]["text"]
    assert 'href="https://example.org/a"' in sanctions["text"]["text"]


def test_export_csv_has_timelinesetter_columns(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _events(project)
    assert run_cli("export", "--format", "csv", "--events", str(project)) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["date", "display_date", "description", "link", "series", "html"]
    assert [(row["date"], row["display_date"], row["description"]) for row in rows] == [
        ("2026-02-17", "17–18 February 2026", "Trilateral talks in Geneva"),
        ("2026-02-24", "24 February 2026 (unconfirmed)", "EU sanctions package"),
    ]


def test_own_json_export_then_import_rebuilds_the_same_files(project: Path, tmp_path: Path) -> None:
    _events(project)
    out = tmp_path / "events.json"
    assert run_cli("export", "-o", str(out), "--events", str(project)) == 0
    assert len(json.loads(out.read_text())["events"]) == 3  # hidden included
    other = tmp_path / "other" / "events"
    assert run_cli("import", str(out), "--events", str(other)) == 0
    assert {p.name: p.read_text() for p in other.glob("*.yaml")} == {
        p.name: p.read_text() for p in project.glob("*.yaml")
    }


def test_import_timelinejs_reports_the_slides_it_cannot_take(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = {
        "title": {"text": {"headline": "A timeline"}},
        "eras": [{"start_date": {"year": 2026}, "end_date": {"year": 2027}}],
        "events": [
            {
                "start_date": {"year": "2026", "month": "2"},
                "text": {"headline": "<b>Talks</b>"},
                "unique_id": "talks",
                "group": "diplomacy",
            },
            {
                "start_date": {"year": -44, "month": 3, "day": 15},
                "text": {"headline": "Ides of March"},
            },
            {
                "start_date": {"year": 2026, "month": 3, "day": 15},
                "text": {"headline": "Ides of March"},
                "display_date": "The Ides",
            },
            {"text": {"headline": "No date"}},
            {"start_date": {"year": 2026, "month": 2, "day": 30}, "text": {"headline": "Bad"}},
        ],
    }
    path = tmp_path / "tl.json"
    path.write_text(json.dumps(document))
    assert run_cli("import", str(path), "--events", str(project)) == 1
    captured = capsys.readouterr()
    assert "events[3] not imported: no start_date" in captured.err
    assert "events[4] not imported: '2026-02-30': February 2026 has no day 30" in captured.err
    assert "1 eras not imported" in captured.err
    events = {event.id: event for event in load_events(project).events}
    assert (events["talks"].title, events["talks"].date, events["talks"].tags) == (
        "Talks",
        "2026-02",
        ["diplomacy"],
    )
    assert "events[1] not imported: start_date.year -44: event dates run from year 1" in (
        captured.err
    )
    ides = events["2026-03-15-ides-of-march"]
    assert (ides.date, ides.display_date) == ("2026-03-15", "The Ides")


def test_import_timelinesetter_csv_with_dry_run(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "setter.csv"
    path.write_text(
        "date,display_date,description,link,series,html\n"
        "3/11/2008,,Primary in Mississippi,https://example.org/ms,votes,<p>Won</p>\n"
        "2026-02,February 2026,Talks,,,\n"
        "someday,,Broken row,,,\n"
    )
    assert run_cli("import", str(path), "--dry-run", "--events", str(project)) == 1
    captured = capsys.readouterr()
    assert f"{path}:4:1: error: row not imported: date 'someday' is not a date" in captured.err
    assert "dry run, nothing written: 2 created" in captured.out
    assert list(project.iterdir()) == []
    run_cli("import", str(path), "--events", str(project))
    events = {event.title: event for event in load_events(project).events}
    primary = events["Primary in Mississippi"]
    assert (primary.date, primary.tags, primary.summary) == ("2008-03-11", ["votes"], "<p>Won</p>")
    assert primary.sources[0].url == "https://example.org/ms"
    assert events["Talks"].display_date is None


def test_a_second_run_is_refused_while_one_writes(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with events_lock(project):
        with pytest.raises(StoreBusy, match=r"another timeline run .* is writing these events"):
            apply_extraction([proposal("2026-02-20", "Talks")], project)
        assert run_cli("new", "--date", "2026", "--title", "X", "--events", str(project)) == 1
        assert "wait for it to finish" in capsys.readouterr().err
        report = apply_extraction([proposal("2026-02-20", "Talks")], project, dry_run=True)
        assert len(report.created) == 1
    assert list(project.glob("*.yaml")) == []
    assert len(apply_extraction([proposal("2026-02-20", "Talks")], project).created) == 1
