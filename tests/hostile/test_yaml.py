"""Hostile and broken event files: ``events/`` holds one file per case and
``events/expected.txt`` what ``timeline check`` must print for them. Big
inputs are made here rather than committed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.hostile.conftest import HERE, assert_clean, timeline
from timeline.store import load_events
from timeline.store.load import MAX_FILE_BYTES

CORPUS = HERE / "events"
GOOD = "id: {id}\ntitle: Talks resume\ndate: 2026-02-20\n"


@pytest.fixture
def corpus(project: Path) -> Path:
    events = project / "content" / "events"
    shutil.copytree(CORPUS, events, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.txt"))
    return events


def test_check_gives_one_line_per_hostile_file(corpus: Path) -> None:
    result = timeline("check", "--events", ".", cwd=corpus, seconds=120)
    assert_clean(result)
    assert result.returncode == 1
    assert result.stdout == (CORPUS / "expected.txt").read_text(encoding="utf-8")


def test_every_corpus_file_has_its_expected_outcome() -> None:
    named = {
        line.split(":", 1)[0] for line in (CORPUS / "expected.txt").read_text().splitlines()[:-1]
    }
    files = {path.name for path in CORPUS.glob("*.yaml")}
    assert files - named == {"crlf.yaml"}  # the one file that is fine
    assert named <= files


def test_crlf_file_reads_like_lf(corpus: Path) -> None:
    result = load_events(corpus)
    [event] = [event for event in result.events if event.id == "crlf"]
    assert event.title == "Talks resume"
    assert event.summary == "Two lines,\nCRLF ended.\n"


def test_good_files_beside_hostile_ones_are_all_read(corpus: Path) -> None:
    for number in range(3):
        (corpus / f"good-{number}.yaml").write_text(GOOD.format(id=f"good-{number}"))
    result = load_events(corpus)
    # and the two whose only fault is an article outside content/ (a warning)
    assert sorted(event.id for event in result.events) == [
        "article-absolute",
        "article-traversal",
        "crlf",
        "good-0",
        "good-1",
        "good-2",
    ]


def test_file_too_large_for_an_event_is_refused_without_reading_it(corpus: Path) -> None:
    big = corpus / "big.yaml"
    with big.open("w") as stream:  # 100 MB, sparse: the test writes almost nothing
        stream.write(GOOD.format(id="big") + "notes: ")
        stream.truncate(100 << 20)
    result = timeline("check", "--events", ".", cwd=corpus, seconds=120)
    assert_clean(result)
    assert (
        f"big.yaml:1:1: error: the file is larger than {MAX_FILE_BYTES >> 20} MB, "
        "too large for one event; is it an event file?"
    ) in result.stdout.splitlines()


def test_a_long_value_is_cut_short_in_its_message(corpus: Path) -> None:
    (corpus / "long.yaml").write_text(GOOD.format(id="long") + "status: " + "x" * 500_000)
    result = timeline("check", "--events", ".", cwd=corpus, seconds=120)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("long.yaml")]
    assert "status must be happened or expected, not 'xxx" in line
    assert len(line) < 300


def test_alias_in_any_place_is_refused(corpus: Path) -> None:
    (corpus / "alias.yaml").write_text(
        "id: alias\ntitle: &t Talks resume\ndate: 2026-02-20\nsummary: *t\n"
    )
    result = load_events(corpus)
    assert "alias" not in {event.id for event in result.events}
    [problem] = [p for p in result.problems if p.path.name == "alias.yaml"]
    assert (problem.line, problem.column) == (4, 10)


def test_markdown_stars_are_not_aliases(corpus: Path) -> None:
    (corpus / "stars.yaml").write_text(
        GOOD.format(id="stars") + "summary: '*Talks* resume, **at last** * 3'\n"
    )
    assert "stars" in {event.id for event in load_events(corpus).events}


def test_folder_and_fifo_named_like_events_do_not_block(corpus: Path) -> None:
    (corpus / "folder.yaml").mkdir()
    os.mkfifo(corpus / "pipe.yaml")  # reading it would wait for a writer forever
    result = timeline("check", "--events", ".", cwd=corpus, seconds=120)
    assert_clean(result)
    for name in ("folder.yaml", "pipe.yaml"):
        assert (
            f"{name}:1:1: error: not a regular file; remove it or rename it so it does "
            "not end in .yaml"
        ) in result.stdout.splitlines()


@pytest.mark.parametrize(
    "name",
    [
        "new\nline.yaml",
        "escape-\x1b[2J.yaml",
        "rtl-\u202egpj.yaml",
        b"latin1-\xe9.yaml",
    ],
)
def test_odd_file_names_stay_on_one_printable_line(project: Path, name: str | bytes) -> None:
    events = project / "content" / "events"
    path = os.fsdecode(os.path.join(os.fsencode(events), os.fsencode(name)))
    Path(path).write_text("id: [\n")
    result = timeline("check", "--events", ".", cwd=events, seconds=120)
    assert_clean(result)
    problem, summary = result.stdout.splitlines()
    assert "error: YAML syntax" in problem and problem.isprintable()
    assert summary == "1 event file checked: 1 error, 0 warnings"
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
