"""``timeline import`` takes an editor's file as deliberate data: a row is
the same event as another only by its id, never by resemblance, and every
collision of ids is reported by name. Export then import into an empty
folder gives every event back."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import SETTINGS, events
from timeline.cli import main
from timeline.formats import native_json, timelinejs
from timeline.model import Event
from timeline.store import load_events

VOTES = [
    "First vote on the budget",
    "Second vote on the budget",
    "Parliament rejects the budget",
    "Parliament adopts the budget",
]


def _import(path: Path, folder: Path, capsys, *more: str) -> tuple[int, str, str]:
    code = main(["import", str(path), "--events", str(folder), *more])
    out, err = capsys.readouterr()
    return code, out, err


def _titles(folder: Path) -> list[str]:
    return sorted(event.title for event in load_events(folder, check_articles=False).events)


def test_csv_rows_of_one_day_are_distinct_events(tmp_path: Path, capsys) -> None:
    path = tmp_path / "votes.csv"
    path.write_text("date,description\n" + "".join(f"2026-03-10,{title}\n" for title in VOTES))
    code, out, err = _import(path, tmp_path / "events", capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1].startswith("4 created, 0 updated, 0 unchanged")
    assert _titles(tmp_path / "events") == sorted(VOTES)
    code, out, _ = _import(path, tmp_path / "events", capsys)  # again: nothing new
    assert out.splitlines()[-1].startswith("0 created, 0 updated, 4 unchanged")


def test_timelinejs_slides_with_distinct_ids_are_distinct_events(tmp_path: Path, capsys) -> None:
    slides = [
        {
            "unique_id": f"vote-{number}",
            "start_date": {"year": 2026, "month": 3, "day": 10},
            "text": {"headline": title},
        }
        for number, title in enumerate(VOTES)
    ]
    path = tmp_path / "tl.json"
    path.write_text(json.dumps({"events": slides}))
    code, _, err = _import(path, tmp_path / "events", capsys)
    assert (code, err) == (0, "")
    events = load_events(tmp_path / "events", check_articles=False).events
    assert sorted((event.id, event.title) for event in events) == [
        (f"vote-{number}", title) for number, title in enumerate(VOTES)
    ]


def test_our_json_keeps_two_alike_events_of_one_day(tmp_path: Path, capsys) -> None:
    batch = [
        Event(id=f"v{number}", title=title, date="2026-03-10") for number, title in enumerate(VOTES)
    ]
    path = tmp_path / "events.json"
    path.write_text(native_json.export(batch))
    code, _, err = _import(path, tmp_path / "events", capsys)
    assert (code, err) == (0, "")
    assert _titles(tmp_path / "events") == sorted(VOTES)


def test_two_new_events_of_one_day_survive_export_and_import(tmp_path: Path, capsys) -> None:
    here = tmp_path / "here"
    for title in ("Parliament adopts the budget", "Parliament rejects the budget"):
        assert main(["new", "--date", "2026-03-10", "--title", title, "--events", str(here)]) == 0
    exported = tmp_path / "events.json"
    assert main(["export", "-o", str(exported), "--events", str(here)]) == 0
    capsys.readouterr()
    code, _, err = _import(exported, tmp_path / "there", capsys)
    assert (code, err) == (0, "")
    assert _titles(tmp_path / "there") == _titles(here)


def test_slides_sharing_an_id_are_both_imported_and_the_clash_named(tmp_path: Path, capsys) -> None:
    slides = [
        {"unique_id": "talks", "start_date": {"year": 2026, "month": 2}, "text": {"headline": h}}
        for h in ("Talks open in Geneva", "Talks close in Oslo")
    ]
    slides[1]["start_date"] = {"year": 2026, "month": 4}
    slides.append(dict(slides[0]))  # the same slide twice: one event
    path = tmp_path / "tl.json"
    path.write_text(json.dumps({"events": slides}))
    code, _, err = _import(path, tmp_path / "events", capsys)
    assert code == 0
    assert (
        "warning: events[1] 'Talks close in Oslo' has the id 'talks' of events[0] "
        "'Talks open in Geneva'; imported as 'talks-2'" in err
    )
    assert "warning: events[2] repeats events[0] 'Talks open in Geneva'; imported once" in err
    events = load_events(tmp_path / "events", check_articles=False).events
    assert sorted((event.id, event.date) for event in events) == [
        ("talks", "2026-02"),
        ("talks-2", "2026-04"),
    ]


def test_an_id_the_folder_holds_with_another_title_is_reported(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "events"
    first = tmp_path / "first.json"
    first.write_text(native_json.export([Event(id="talks", title="Talks open", date="2026-02")]))
    assert _import(first, folder, capsys)[0] == 0
    second = tmp_path / "second.json"
    second.write_text(native_json.export([Event(id="talks", title="Strike ends", date="2026-05")]))
    code, out, _ = _import(second, folder, capsys)
    assert code == 1
    assert "talks.yaml  'Strike ends': the id is taken by 'Talks open' (2026-02)" in out
    assert _titles(folder) == ["Talks open"]


def test_a_unique_id_that_cannot_be_an_id_is_replaced_and_said(tmp_path: Path, capsys) -> None:
    slide = {"unique_id": "a/b", "start_date": {"year": 2026}, "text": {"headline": "Talks"}}
    path = tmp_path / "tl.json"
    path.write_text(json.dumps({"events": [slide]}))
    code, _, err = _import(path, tmp_path / "events", capsys)
    assert code == 0
    assert "warning: events[0]: unique_id 'a/b' cannot be an id; imported as '2026-talks'" in err


def _alike(event: Event, title: str, date: str) -> Event:
    event.title, event.date = title, date
    return event


# Events an editor could well have: several of one day, their titles alike.
alike_events = st.builds(
    _alike, events(), st.sampled_from(VOTES), st.sampled_from(["2026-03-10", "2026-03"])
)


@SETTINGS
@given(batch=st.lists(alike_events, max_size=6, unique_by=lambda event: event.id))
def test_export_then_import_into_an_empty_folder_gives_every_event_back(
    tmp_path_factory, batch: list[Event]
) -> None:
    root = tmp_path_factory.mktemp("roundtrip")
    exported = root / "events.json"
    exported.write_text(native_json.export(batch), encoding="utf-8")
    assert main(["import", str(exported), "--events", str(root / "events")]) == 0
    back = load_events(root / "events", check_articles=False).events
    by_id = {event.id: event.to_dict() for event in back}
    assert by_id == {event.id: event.to_dict() for event in batch}
    # TimelineJS carries ids, titles and dates of the published events
    slides = root / "timeline.json"
    shown = [event for event in batch if not event.hidden]
    slides.write_text(timelinejs.export(shown), encoding="utf-8")
    assert main(["import", str(slides), "--events", str(root / "tl")]) in (0, 1)
    back = load_events(root / "tl", check_articles=False).events
    assert sorted(event.id for event in back) == sorted(event.id for event in shown)


def test_a_tsv_file_is_read_and_written_with_tabs(tmp_path: Path, capsys) -> None:
    path = tmp_path / "votes.tsv"
    path.write_text(
        "date\tdescription\tlink\n"
        "2026-03-10\tParliament rejects the budget, again\thttps://example.org/a\n"
    )
    code, _, err = _import(path, tmp_path / "events", capsys)
    assert (code, err) == (0, "")
    [event] = load_events(tmp_path / "events", check_articles=False).events
    assert (event.title, event.sources[0].url) == (
        "Parliament rejects the budget, again",
        "https://example.org/a",
    )
    out = tmp_path / "out.tsv"
    assert (
        main(["export", "--format", "csv", "-o", str(out), "--events", str(tmp_path / "events")])
        == 0
    )
    assert out.read_text().splitlines()[1].split("\t")[2] == "Parliament rejects the budget, again"
