"""An editor's day: extraction writes events, the editor corrects, comments,
deletes, hides and locks, new articles arrive, extraction runs again, and
nothing the editor did is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.conftest import proposal, run_cli
from timeline.store import apply_extraction, load_events

MORNING = [
    proposal(
        "2026-02-17/2026-02-18",
        "Trilateral talks held in Geneva",
        quote="The talks in Geneva on February 17-18 ended without a deal.",
    ),
    proposal(
        "2026-02-20",
        "E5 defence ministers meet in Krakow",
        quote="On Friday the E5 defence ministers met in Krakow.",
    ),
    proposal(
        "2026-02-20",
        "Putin discusses Geneva round with Security Council",
        quote="Putin discussed the results with the Security Council on Friday.",
    ),
    proposal(
        "2026-02-24",
        "EU to adopt sanctions package",
        status="expected",
        quote="The EU expects to adopt the package on February 24.",
    ),
    proposal("1967", "Aid grew by 67 percent", quote="Aid grew by 67%."),
]
AFTERNOON = [  # a second article about the same week, and the same noise
    proposal(
        "2026-02-20",
        "Defence ministers of the E5 met in Krakow",
        article="articles/krakow.md",
        quote="The E5 ministers gathered in Krakow.",
    ),
    proposal(
        "2026-02-24",
        "EU to adopt sanctions package",
        article="articles/krakow.md",
        status="expected",
        quote="The package is due on 24 February.",
    ),
    proposal(
        "2026-02-17/2026-02-18",
        "Trilateral talks held in Geneva",
        article="articles/krakow.md",
        quote="After Geneva, talks stalled.",
    ),
    proposal(
        "1967", "Aid grew by 67 percent", article="articles/krakow.md", quote="Aid grew by 67%."
    ),
    proposal(
        "2026-02-21",
        "Kallas sends withdrawal document",
        article="articles/krakow.md",
        quote="Kallas sent the document on Saturday.",
    ),
]


def _file(project: Path, start: str) -> Path:
    return next(path for path in project.glob("*.yaml") if path.name.startswith(start))


def test_an_editors_day(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = apply_extraction(MORNING, project)
    assert len(report.created) == 5
    assert run_cli("check", "--events", str(project)) == 0

    # The editor corrects the Krakow event, with a comment, and marks it reviewed.
    krakow = _file(project, "2026-02-20-e5")
    edited = krakow.read_text().replace(
        "title: E5 defence ministers meet in Krakow",
        "# Title shortened for the front page -- Ann\ntitle: E5 ministers meet in Kraków  # city",
    )
    edited = edited.replace("review: unreviewed", "review: reviewed\nnotes: ask the ministry")
    krakow.write_text(edited)
    # deletes the noise, hides the Putin event, locks the sanctions event.
    _file(project, "1967-").unlink()
    putin = _file(project, "2026-02-20-putin")
    putin.write_text(putin.read_text() + "hidden: true\n")
    sanctions = _file(project, "2026-02-24-")
    sanctions.write_text(
        sanctions.read_text().replace("status: expected", "status: happened\nlocked: true")
    )
    # and gives the talks a date the text supports better.
    talks = _file(project, "2026-02-17-")
    talks.write_text(
        talks.read_text().replace(
            "date: 2026-02-17/2026-02-18", "date: 2026-02-17/2026-02-18 # two days"
        )
    )
    assert run_cli("check", "--events", str(project)) == 0
    before = {path: path.read_text() for path in project.glob("*.yaml")}

    preview = apply_extraction(AFTERNOON, project, dry_run=True)
    assert {path: path.read_text() for path in project.glob("*.yaml")} == before
    lines = str(preview).splitlines()
    assert lines[-1].startswith(
        "dry run, nothing written: 1 created, 2 updated, 0 unchanged, 2 left alone"
    )
    assert any(line.startswith("would create") and "Kallas" in line for line in lines)

    report = apply_extraction(AFTERNOON, project)
    assert [change.reason for change in report.left_alone] == [
        "locked",
        "deleted by the editor; not proposed again",
    ]
    assert [change.path for change in report.updated] == [krakow, talks]

    after = {path: path.read_text() for path in project.glob("*.yaml")}
    assert after[sanctions] == before[sanctions] and after[putin] == before[putin]
    assert not any(path.name.startswith("1967-") for path in after)
    # Updated files keep every byte the editor wrote; the new source is appended.
    for path in (krakow, talks):
        assert after[path].startswith(before[path].split("confidence:")[0])
        assert after[path].endswith(before[path].split("quote:")[-1].split("\n", 1)[1])
    events = {event.path: event for event in load_events(project).events}
    assert events[krakow].title == "E5 ministers meet in Kraków"
    assert events[krakow].notes == "ask the ministry"
    assert [source.article for source in events[krakow].sources] == [
        "articles/geneva.md",
        "articles/krakow.md",
    ]
    assert events[sanctions].status == "happened"
    assert "# Title shortened for the front page -- Ann" in after[krakow]

    # Running the afternoon again changes nothing; check still passes.
    again = apply_extraction(AFTERNOON, project)
    assert not again.created and not again.updated
    assert {path: path.read_text() for path in project.glob("*.yaml")} == after
    capsys.readouterr()
    assert run_cli("check", "--events", str(project)) == 0
    assert capsys.readouterr().out == "5 event files checked: 0 errors, 0 warnings\n"


def test_an_editor_merges_two_duplicates(project: Path) -> None:
    apply_extraction(
        [
            proposal("2026-02-20", "Ministers meet in Krakow", quote="They met in Krakow."),
            proposal(
                "2026-02-20",
                "Kallas attends meeting",
                article="articles/krakow.md",
                quote="Kallas attended.",
            ),
        ],
        project,
    )
    keep, drop = _file(project, "2026-02-20-ministers"), _file(project, "2026-02-20-kallas")
    # The editor moves the second file's source into the first and deletes it.
    keep.write_text(keep.read_text() + "# merged by hand\n")
    keep.write_text(
        keep.read_text().replace(
            "confidence:", "- article: articles/krakow.md\n  quote: Kallas attended.\nconfidence:"
        )
    )
    drop.unlink()
    assert run_cli("check", "--events", str(project)) == 0
    report = apply_extraction(
        [
            proposal(
                "2026-02-20",
                "Kallas attends meeting",
                article="articles/krakow.md",
                quote="Kallas attended.",
            ),
            proposal("2026-02-20", "Ministers meet in Krakow", quote="They met in Krakow."),
        ],
        project,
    )
    # The deleted duplicate's proposal is found in the event it was merged into.
    assert [(change.action, change.event_id) for change in report.changes] == [
        ("unchanged", keep.stem),
        ("unchanged", keep.stem),
    ]
    assert sorted(path.name for path in project.glob("*.yaml")) == [keep.name]


def test_flow_style_sources_are_updated_in_place(project: Path) -> None:
    path = project / "talks.yaml"
    path.write_text(
        "# written by hand\nid: talks\ntitle: Talks   # short\ndate: 2026-02-17\n"
        "sources: [{article: articles/geneva.md, quote: Talks began.}]\n"
        "review: reviewed\n"
    )
    report = apply_extraction(
        [proposal("2026-02-17", "Talks", article="articles/krakow.md", quote="Talks began.")],
        project,
    )
    assert len(report.updated) == 1
    text = path.read_text()
    assert text.startswith("# written by hand\nid: talks\ntitle: Talks   # short\n")
    assert text.rstrip().endswith("review: reviewed")
    event = load_events(project).events[0]
    assert [source.article for source in event.sources] == [
        "articles/geneva.md",
        "articles/krakow.md",
    ]


def test_a_windows_file_keeps_its_line_ends(project: Path) -> None:
    path = project / "talks.yaml"
    original = "id: talks\r\ntitle: Talks  # mine\r\ndate: 2026-02-17\r\nsources:\r\n" + (
        "- article: articles/geneva.md\r\n  quote: Talks began.\r\nreview: reviewed\r\n"
    )
    path.write_bytes(original.encode())
    apply_extraction([proposal("2026-02-17", "Talks", article="articles/krakow.md")], project)
    updated = path.read_bytes().decode()
    assert updated.count("\n") == updated.count("\r\n") == original.count("\n") + 5
    assert updated.startswith(original.split("review:")[0])
    assert updated.endswith("review: reviewed\r\n")
