"""apply_extraction: what extraction proposes meets what editors have."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import timeline.store.apply as apply_module
from tests.store.conftest import proposal, run_cli
from timeline.cli import main
from timeline.model import Event
from timeline.same_event import EventIndex, likely_duplicates
from timeline.store import apply_extraction, load_events
from timeline.store.lock import LOCK_NAME


def _load(events_dir: Path):
    result = load_events(events_dir)
    assert [str(problem) for problem in result.problems] == []
    return {event.id: event for event in result.events}


def test_new_events_are_written_and_load_back(project: Path) -> None:
    talks = proposal("2026-02-17/2026-02-18", "Trilateral talks in Geneva")
    report = apply_extraction([talks], project)
    talks_id = "2026-02-17-trilateral-talks-in-geneva"
    assert [change.event_id for change in report.created] == [talks_id]
    event = _load(project)[talks_id]
    assert event.date == "2026-02-17/2026-02-18"
    assert event.sources[0].article == "articles/geneva.md"
    assert event.confidence == 0.8
    assert "1 created, 0 updated, 0 unchanged, 0 left alone" in str(report)


def test_second_run_changes_nothing(project: Path) -> None:
    events = [proposal("2026-02-20", "Defence ministers meet in Krakow")]
    apply_extraction(events, project)
    before = {path.name: path.read_text() for path in project.glob("*.yaml")}
    report = apply_extraction([proposal("2026-02-20", "Defence ministers meet in Krakow")], project)
    assert len(report.unchanged) == 1 and not report.created and not report.updated
    assert {path.name: path.read_text() for path in project.glob("*.yaml")} == before


def test_new_article_adds_a_source_to_the_known_event(project: Path) -> None:
    apply_extraction([proposal("2026-02-20", "Defence ministers meet in Krakow")], project)
    path = next(project.glob("*.yaml"))
    path.write_text(
        path.read_text().replace(
            "title: Defence ministers meet in Krakow",
            "# checked by Ann\ntitle: E5 ministers in Kraków",
        )
    )
    again = proposal(
        "2026-02-20", "Defence ministers gathered in Krakow", article="articles/krakow.md"
    )
    report = apply_extraction([again], project)
    assert [change.reason for change in report.updated] == ["added source articles/krakow.md"]
    event = _load(project)[path.stem]
    assert event.title == "E5 ministers in Kraków"
    assert [source.article for source in event.sources] == [
        "articles/geneva.md",
        "articles/krakow.md",
    ]
    assert "# checked by Ann" in path.read_text()


def test_same_quote_merges_even_when_the_title_differs(project: Path) -> None:
    quote = "Putin discussed the results with the Security Council on Friday."
    apply_extraction([proposal("2026-02-20", "Putin meets Security Council", quote=quote)], project)
    other = proposal(
        "2026-02-20", "Security Council session", article="articles/krakow.md", quote=quote
    )
    report = apply_extraction([other], project)
    assert len(report.updated) == 1 and not report.created


def test_different_events_on_one_day_stay_apart(project: Path) -> None:
    report = apply_extraction(
        [
            proposal("2026-02-20", "Defence ministers meet in Krakow"),
            proposal("2026-02-20", "Putin briefs the Security Council"),
        ],
        project,
    )
    assert len(report.created) == 2


def test_locked_hidden_and_deleted_events_are_left_alone(project: Path) -> None:
    names = ["Talks in Geneva", "Ministers meet in Krakow", "Sanctions package adopted"]
    apply_extraction(
        [proposal("2026-02-2" + str(i), name) for i, name in enumerate(names)], project
    )
    files = sorted(project.glob("*.yaml"))
    files[0].write_text(files[0].read_text() + "locked: true\n")
    files[1].write_text(files[1].read_text() + "hidden: true\n")
    files[2].unlink()
    locked, hidden = files[0].read_text(), files[1].read_text()
    again = [
        proposal("2026-02-2" + str(i), name, article="articles/later.md")
        for i, name in enumerate(names)
    ]
    report = apply_extraction(again, project)
    assert [change.reason for change in report.left_alone] == [
        "locked",
        "hidden",
        "deleted by the editor; not proposed again",
    ]
    assert files[0].read_text() == locked and files[1].read_text() == hidden
    assert not files[2].exists()


def test_dry_run_writes_nothing(project: Path) -> None:
    report = apply_extraction([proposal("2026-02-20", "Talks")], project, dry_run=True)
    assert list(project.iterdir()) == []
    assert str(report).startswith("would create")
    assert "dry run, nothing written: 1 created" in str(report)


def test_a_broken_file_is_not_overwritten(project: Path) -> None:
    event = proposal("2026-02-20", "Talks")
    broken = project / f"{event.id}.yaml"
    broken.write_text("id: [unclosed\n")
    report = apply_extraction([event], project)
    assert report.left_alone[0].reason == "the file has errors; run timeline check"
    assert broken.read_text() == "id: [unclosed\n"


def test_an_invalid_proposal_is_reported_not_written(project: Path) -> None:
    bad = proposal("2026-02-20", "Talks")
    bad.date = "2026-02-30"
    report = apply_extraction([bad], project)
    assert report.left_alone[0].reason == (
        "not written: invalid date: '2026-02-30': February 2026 has no day 30"
    )
    assert list(project.glob("*.yaml")) == []


def test_a_broken_ledger_is_reported_by_check(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    apply_extraction([proposal("2026-02-20", "Talks")], project)
    (project / ".ledger.json").write_text("<<<<<<< HEAD\n")
    assert run_cli("check", "--events", str(project)) == 0
    out = capsys.readouterr().out
    assert ".ledger.json:1:1: warning: cannot read the extraction ledger" in out
    assert len(apply_extraction([proposal("2026-02-20", "Talks")], project).unchanged) == 1


def test_similar_titles_naming_different_places_stay_apart(project: Path) -> None:
    report = apply_extraction(
        [
            proposal("2026-02-20", "Ministers meet in Krakow"),
            proposal("2026-02-20", "Ministers meet in Geneva", article="articles/krakow.md"),
            proposal("2026-02-20", "Defence ministers met in Krakow", article="articles/later.md"),
        ],
        project,
    )
    assert [change.action for change in report.changes] == ["created", "created", "updated"]


def test_two_events_from_one_sentence_stay_apart(project: Path) -> None:
    quote = "On Friday ministers met in Krakow and Putin briefed the Security Council."
    report = apply_extraction(
        [
            proposal("2026-02-20", "Ministers meet in Krakow", quote=quote),
            proposal("2026-02-20", "Putin briefs the Security Council", quote=quote),
        ],
        project,
    )
    assert len(report.created) == 2


def test_an_event_the_editor_renamed_is_still_found(project: Path) -> None:
    title = "Defence ministers meet in Krakow"
    apply_extraction([proposal("2026-02-20", title)], project)
    (path,) = project.glob("*.yaml")
    renamed = project / "krakow-summit.yaml"
    renamed.write_text(path.read_text().replace(f"id: {path.stem}", "id: krakow-summit"))
    path.unlink()
    report = apply_extraction([proposal("2026-02-20", title)], project)
    assert [(change.action, change.event_id) for change in report.changes] == [
        ("unchanged", "krakow-summit")
    ]
    again = proposal("2026-02-20", title)
    again.sources.append(replace(again.sources[0], article="articles/later.md"))
    report = apply_extraction([again], project)
    assert [change.reason for change in report.updated] == ["added source articles/later.md"]
    assert sorted(path.name for path in project.glob("*.yaml")) == ["krakow-summit.yaml"]


def test_a_source_the_editor_removed_is_not_added_again(project: Path) -> None:
    title = "Defence ministers meet in Krakow"
    first = proposal("2026-02-20", title)
    first.sources.append(replace(first.sources[0], article="articles/wrong.md"))
    apply_extraction([first], project)
    path = next(project.glob("*.yaml"))
    text = path.read_text()
    start, end = text.index("- article: articles/wrong.md"), text.index("confidence:")
    path.write_text(text[:start] + text[end:])  # the editor drops the wrong source
    edited = path.read_bytes()
    again = proposal("2026-02-20", title)
    again.sources.append(replace(again.sources[0], article="articles/wrong.md"))
    report = apply_extraction([again], project)
    assert [change.reason for change in report.left_alone] == [
        "the editor removed source articles/wrong.md; not added again"
    ]
    assert path.read_bytes() == edited
    # A new article still reaches the event.
    later = proposal("2026-02-20", title, article="articles/later.md")
    later.sources.append(replace(later.sources[0], article="articles/wrong.md"))
    later.id = again.id
    report = apply_extraction([later], project)
    assert [change.reason for change in report.updated] == ["added source articles/later.md"]
    assert [source.article for source in _load(project)[path.stem].sources] == [
        "articles/geneva.md",
        "articles/later.md",
    ]


def test_a_second_sentence_of_a_listed_article_becomes_a_source_of_its_own(
    project: Path,
) -> None:
    first = "Defence ministers met in Krakow on Friday."
    second = "The Krakow meeting of defence ministers ended with a joint statement."
    title = "Defence ministers meet in Krakow"
    apply_extraction([proposal("2026-02-20", title, quote=first)], project)
    # A later run finds the article telling it twice (extraction folds both
    # sentences into one proposal): the known sentence stays, the other is added.
    again = proposal("2026-02-20", title, quote=first)
    again.sources.append(replace(again.sources[0], quote=second))
    report = apply_extraction([again], project)
    assert report.updated[0].reason == "added source articles/geneva.md (another quote)"
    (event,) = _load(project).values()
    assert [(source.article, source.quote) for source in event.sources] == [
        ("articles/geneva.md", first),
        ("articles/geneva.md", second),
    ]
    assert len(apply_extraction([again], project).unchanged) == 1


def test_a_quote_the_editor_removed_is_not_added_again(project: Path) -> None:
    first = "Defence ministers met in Krakow on Friday."
    second = "The Krakow meeting of defence ministers ended with a joint statement."
    third = "Ministers in Krakow agreed to meet again in the spring."
    title = "Defence ministers meet in Krakow"
    both = proposal("2026-02-20", title, quote=first)
    both.sources.append(replace(both.sources[0], quote=second))
    apply_extraction([both], project)
    path = next(project.glob("*.yaml"))
    text = path.read_text()
    start = text.index("- article: articles/geneva.md", text.index(first))
    end = text.index("confidence:")
    path.write_text(text[:start] + text[end:])  # the editor keeps one sentence of two
    edited = path.read_bytes()
    report = apply_extraction([both], project)
    assert [change.reason for change in report.left_alone] == [
        "the editor removed a quote of articles/geneva.md; not added again"
    ]
    assert path.read_bytes() == edited
    # Another sentence of the same article still reaches the event.
    more = proposal("2026-02-20", title, quote=first)
    more.sources += [replace(more.sources[0], quote=second), replace(more.sources[0], quote=third)]
    report = apply_extraction([more], project)
    assert report.updated[0].reason == "added source articles/geneva.md (another quote)"
    (event,) = _load(project).values()
    assert [source.quote for source in event.sources] == [first, third]


def test_two_sentences_of_one_article_stay_two_events(project: Path) -> None:
    """However alike their headlines, and even from one sentence: what
    extraction proposes apart from one article is not folded by the store."""
    report = apply_extraction(
        [
            proposal("1989-10-26", "U.S. Trust faces intensifying competition"),
            proposal("1989-10-26", "U.S. Trust's earnings hurt by competition"),
            proposal(
                "1989-10-26",
                "Intel says it corrected problems",
                quote="Intel said it "
                "had corrected the problems and would start producing the chips.",
            ),
            proposal(
                "1989-10-30",
                "Intel to start producing chips",
                quote="Intel said it "
                "had corrected the problems and would start producing the chips.",
            ),
        ],
        project,
    )
    assert len(report.created) == 4


def test_a_quote_the_editor_corrected_or_cut_is_not_added_again(project: Path) -> None:
    quote = "On Friday the E5 defence ministers met in Krakow, the ministry said."
    apply_extraction([proposal("2026-02-20", "E5 ministers meet in Krakow", quote=quote)], project)
    path = next(project.glob("*.yaml"))
    for edited in (
        "On Friday the E5 defense ministers met in Kraków, the ministry said.",
        "the E5 defence ministers met in Krakow",
        "",
    ):
        text = path.read_text()
        path.write_text(text.replace(_load(project)[path.stem].sources[0].quote, edited))
        before = path.read_bytes()
        again = proposal("2026-02-20", "E5 ministers meet in Krakow", quote=quote)
        assert len(apply_extraction([again], project).unchanged) == 1
        assert path.read_bytes() == before


def test_extracting_the_same_articles_again_writes_not_a_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "content" / "articles"
    shutil.copytree(Path(__file__).parents[2] / "content" / "articles", articles)
    events = tmp_path / "content" / "events"
    command = ["extract", str(articles), "--published", "2026-02-21", "--events", str(events)]
    assert main(command) == 0
    assert " 0 created" not in capsys.readouterr().out
    files = sorted(events.iterdir())

    def state() -> dict[Path, tuple[bytes, int]]:
        """Every file's bytes and time of last write; the lock file is
        rewritten by every run that takes it (holding nothing after)."""
        return {
            path: (path.read_bytes(), 0 if path.name == LOCK_NAME else path.stat().st_mtime_ns)
            for path in files
        }

    before = state()

    class NoWordMatching(EventIndex):
        def match(self, proposed: object) -> None:
            raise AssertionError("a re-run finds every proposal by the ledger, without matching")

    monkeypatch.setattr(apply_module, "EventIndex", NoWordMatching)
    assert main(command) == 0
    assert "0 created, 0 updated" in capsys.readouterr().out
    assert sorted(events.iterdir()) == files
    assert state() == before


def test_one_sentence_two_events_on_different_days_stay_apart(project: Path) -> None:
    quote = "The decision came after Hungary lifted its objections on Monday."
    report = apply_extraction(
        [
            proposal(
                "2026-02-24", "Decision comes after Hungary lifted its objections", quote=quote
            ),
            proposal("2026-02-23", "Hungary lifts its objections", quote=quote),
        ],
        project,
    )
    assert len(report.created) == 2


def test_likely_duplicates_are_those_re_extraction_would_merge(project: Path) -> None:
    krakow = "articles/krakow.md"
    apply_extraction(
        [
            proposal("2026-02-20", "Defence ministers meet in Krakow"),
            proposal("2026-02-21", "Defence ministers meet in Krakow again"),
            # Two sentences of one article: two events, however alike.
            proposal("1989-10-26", "U.S. Trust faces intensifying competition", article=krakow),
            proposal("1989-10-26", "U.S. Trust's earnings hurt by competition", article=krakow),
        ],
        project,
    )
    events = list(_load(project).values())
    assert likely_duplicates(events) == []
    by_hand = Event(id="krakow", title="Defence ministers met in Krakow", date="2026-02-20")
    by_hand.path = project / "krakow.yaml"
    ((event, other),) = likely_duplicates([*events, by_hand])
    assert (event.id, other.id) == ("krakow", "2026-02-20-defence-ministers-meet-in-krakow")


def test_the_ledger_is_written_only_by_a_run_that_learns_something(project: Path) -> None:
    first = proposal("2026-02-20", "Defence ministers meet in Krakow")
    apply_extraction([first], project)
    ledger = project / ".ledger.json"
    compact = json.dumps(json.loads(ledger.read_text(encoding="utf-8")))  # as a tool might save it
    ledger.write_text(compact, encoding="utf-8")
    apply_extraction([first], project)
    assert ledger.read_text(encoding="utf-8") == compact  # nothing learnt: left as it was
    second = proposal("2026-03-12", "Ministers meet again in Paris", article="articles/later.md")
    apply_extraction([first, second], project)
    written = json.loads(ledger.read_text(encoding="utf-8"))["proposed"]
    assert set(written) == {first.id, second.id}
    assert ledger.read_text(encoding="utf-8") != compact
