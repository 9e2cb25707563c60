"""The seed article, extracted by the real ``timeline extract`` command,
gives what ``../shared/seed/expected-events.yaml`` asks for."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
import yaml

from eval.shared import find_shared
from timeline.cli import main
from timeline.dates import parse_edtf
from timeline.events.title import MAX_TITLE
from timeline.model import Event
from timeline.store import load_events
from timeline.temporal import tag

# What the issue names as the seed page's furniture.
FURNITURE = (
    "Skip to main content",
    "Advertisement",
    "Live broadcast",
    "Main slide",
    "Озвучить текст",
    "Select important",
    "Переведено",
    "Яндекс",
)


def run(*argv: str) -> int:
    """The ``timeline`` command line, as the console script runs it."""
    return main(list(argv))


@pytest.fixture(scope="module", params=["in content", "where it lies"])
def seed(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict, list[Event]]:
    """Extracted once from a copy inside the project's content/, as a project
    keeps its articles, and once from ../shared/seed itself, as the issue's
    command names it (check then only warns that the source is outside)."""
    folder = find_shared() / "seed"
    expected = yaml.safe_load((folder / "expected-events.yaml").read_text(encoding="utf-8"))
    events_dir = tmp_path_factory.mktemp("seed") / "content" / "events"
    article = folder / expected["article"]
    if request.param == "in content":
        article = events_dir.parent / "articles" / expected["article"]
        article.parent.mkdir(parents=True)
        shutil.copy(folder / expected["article"], article)
    code = run(
        "extract",
        str(article),
        "--published",
        str(expected["published"]),
        "--events",
        str(events_dir),
    )
    assert code == 0
    assert run("check", "--events", str(events_dir)) == 0
    loaded = load_events(events_dir)
    assert not [problem for problem in loaded.problems if problem.severity == "error"]
    return expected, loaded.events


def describe(events: list[Event]) -> str:
    return "\n".join(f"{e.date} {e.status} {e.title}" for e in events)


def test_every_must_find_event_with_its_date_status_and_words(
    seed: tuple[dict, list[Event]],
) -> None:
    expected, events = seed
    for item in expected["must_find"]:
        date = str(item["date"])
        status = item.get("status", "happened")
        words = [word.casefold() for word in item["words"]]
        found = [
            event
            for event in events
            if event.date == date
            and event.status == status
            and any(word in (event.title + " " + event.summary).casefold() for word in words)
        ]
        assert found, f"not found: {item['what']} ({date}, {status})\n{describe(events)}"


def test_no_misread_years(seed: tuple[dict, list[Event]]) -> None:
    expected, events = seed
    banned = set(expected["must_not_find_years"])
    for event in events:
        edtf = parse_edtf(event.date)
        years = {day.year for day in (edtf.lower(), edtf.upper()) if day is not None}
        assert not years & banned, f"{event.date} {event.title}"


def test_no_event_from_page_furniture(seed: tuple[dict, list[Event]]) -> None:
    _expected, events = seed
    for event in events:
        text = " ".join([event.title, event.summary, *(s.quote for s in event.sources)])
        assert not any(furniture in text for furniture in FURNITURE), event.title


def test_titles_are_headlines(seed: tuple[dict, list[Event]]) -> None:
    _expected, events = seed
    for event in events:
        assert len(event.title.split()) >= 2 and len(event.title) <= MAX_TITLE, event.title
        assert event.title.split()[-1].lower() not in {"the", "of", "to", "and", "a", "in"}


def test_the_tagger_reads_the_seed_dates_and_avoids_its_traps() -> None:
    """The tagger alone, before any event is made of what it finds."""
    text = (find_shared() / "seed" / "000_d7de8c1258dcb947.txt").read_text(encoding="utf-8")
    found = tag(text, dt.date(2026, 2, 21))
    by_text: dict[str, list] = {}
    for span in found:
        by_text.setdefault(span.text, []).append(span)
    assert by_text["February 17-18"][0].edtf == "2026-02-17/2026-02-18"
    assert {s.edtf for s in by_text["February 20"]} == {"2026-02-20"}
    assert by_text["February 24"][0].edtf == "2026-02-24"  # "he expects to adopt": future
    assert by_text["2025"][0].edtf == "2025"
    assert {s.value for s in by_text["four years ago"]} == {"2022"}
    assert by_text["recent months"][0].edtf is None
    years = {s.edtf[:4] for s in found if s.edtf}
    assert not years & {"1967", "1991", "2018", "2048"}
    texts = {s.text for s in found}
    assert not any(t in texts for t in ("We", "67%", "$27", "35"))
