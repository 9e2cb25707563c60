"""load_events: fast reading, and every problem with its place."""

from __future__ import annotations

import os
from pathlib import Path

from timeline.store import load, load_events

BROKEN = Path(__file__).parent / "broken"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_dates_yaml_gives_as_date_objects(project: Path) -> None:
    _write(project, "a.yaml", "id: a\ntitle: Talks\ndate: 2026-02-20\n")
    _write(project, "b.yaml", "id: b\ntitle: Year\ndate: 2026\n")
    result = load_events(project)
    assert result.problems == []
    assert {event.id: event.date for event in result.events} == {"a": "2026-02-20", "b": "2026"}


def test_problem_format_and_every_problem_of_a_file(project: Path) -> None:
    path = _write(project, "bad.yaml", "id: bad\ntitel: x\ntitle: ''\ndate: 2026-13\n")
    result = load_events(project)
    assert result.events == [] and result.broken == [path]
    assert [str(problem) for problem in result.problems] == [
        f"{path}:2:1: error: unknown key 'titel' — did you mean title?",
        f"{path}:3:8: error: title is empty; write a short title",
        f"{path}:4:7: error: invalid date: '2026-13': month 13 does not exist",
    ]


def test_duplicate_ids_are_errors_on_the_later_file(project: Path) -> None:
    _write(project, "a.yaml", "id: a\ntitle: Talks\ndate: 2026-02-20\n")
    copy = _write(project, "a-copy.yaml", "id: a\ntitle: Talks again\ndate: 2026-02-20\n")
    result = load_events(project)
    assert [event.path.name for event in result.events] == ["a.yaml"]
    assert str(result.problems[0]).startswith(f"{copy}:1:5: error: duplicate id 'a': a.yaml")


def test_warnings_keep_the_event(project: Path) -> None:
    path = _write(project, "other-name.yaml", "id: a\ntitle: Talks\ndate: 2026-02-20\n")
    _write(project, "stray.yml", "id: s\n")
    result = load_events(project)
    assert [event.id for event in result.events] == ["a"]
    assert [problem.severity for problem in result.problems] == ["warning", "warning"]
    assert str(result.problems[0]).startswith(f"{path}:1:5: warning: id 'a' differs")


def test_missing_folder_is_empty(tmp_path: Path) -> None:
    result = load_events(tmp_path / "nowhere")
    assert result.events == [] and result.problems == []


def test_a_missing_article_is_an_error_that_keeps_the_event(project: Path) -> None:
    path = _write(
        project,
        "a.yaml",
        "id: a\ntitle: Talks\ndate: 2026-02-20\nsources:\n- article: articles/gone.md\n",
    )
    result = load_events(project)
    assert [event.id for event in result.events] == ["a"] and result.broken == []
    assert [str(problem) for problem in result.errors] == [
        f"{path}:5:12: error: source article articles/gone.md does not exist under content/; "
        "fix the path or remove the source"
    ]
    assert load_events(project, check_articles=False).problems == []


def test_reading_on_every_core_gives_what_one_process_gives(tmp_path, monkeypatch):
    import timeline.store.load as load_module

    events = tmp_path / "events"
    events.mkdir()
    for number in range(1, 41):
        event_id = f"2026-02-{number % 28 + 1:02d}-talks-{number}"
        (events / f"{event_id}.yaml").write_text(
            f"id: {event_id}\ndate: 2026-02-{number % 28 + 1:02d}\ntitle: Talks {number}\n"
            + ("tags: nope\n" if number % 9 == 0 else ""),
            encoding="utf-8",
        )
    one = load_module.load_events(events, check_articles=False)
    monkeypatch.setattr(load_module, "PARALLEL_FROM", 2)
    two = load_module.load_events(events, check_articles=False)
    assert [event.to_dict() for event in two.events] == [event.to_dict() for event in one.events]
    assert [str(problem) for problem in two.problems] == [str(problem) for problem in one.problems]
    assert len(one.problems) == 4 and len(one.events) == 36  # the four are left out


def test_a_file_that_grew_since_it_was_looked_at_is_read_whole(project: Path, monkeypatch):
    summary = "x" * 20_000
    path = _write(project, "a.yaml", f"id: a\ntitle: Talks\ndate: 2026-02-20\nsummary: {summary}\n")
    real = os.lstat

    def smaller(target, *args, **kwargs):
        info = real(target, *args, **kwargs)
        return os.stat_result((*info[:6], 10, *info[7:10]))  # st_size: 10 bytes

    monkeypatch.setattr(os, "lstat", smaller)
    event, problems = load.load_file(path)
    assert problems == [] and event is not None and event.summary == summary


PICTURE = "id: a\ntitle: Talks\ndate: 2026-02-20\nmedia:\n"


def test_a_picture_with_its_words_passes(project: Path) -> None:
    (project.parent / "media" / "2026").mkdir(parents=True)
    (project.parent / "media" / "2026" / "talks.jpg").write_bytes(b"a picture")
    _write(
        project,
        "a.yaml",
        PICTURE + "  image: media/2026/talks.jpg\n  alt: Ministers\n  credit: 'Photo: A. B.'\n",
    )
    result = load_events(project)
    assert result.problems == []
    media = result.events[0].media
    assert media is not None and (media.image, media.alt, media.caption, media.credit) == (
        "media/2026/talks.jpg",
        "Ministers",
        "",
        "Photo: A. B.",
    )


def test_each_problem_of_a_picture_has_its_line_and_keeps_the_event(project: Path) -> None:
    cases = {
        "gone": "  image: media/gone.jpg\n  alt: A\n",
        "plain": "  image: http://images.example/a.jpg\n  alt: A\n",
        "out": "  image: ../../secret.jpg\n  alt: A\n",
        "kind": "  image: media/notes.pdf\n  alt: A\n",
        "noalt": "  image: https://images.example/a.jpg\n",
        "typo": "  image: https://images.example/a.jpg\n  alt: A\n  captoin: Talks\n",
        "none": "  alt: A\n",
    }
    for name, lines in cases.items():
        _write(project, f"{name}.yaml", PICTURE.replace("id: a", f"id: {name}") + lines)
    result = load_events(project)
    assert sorted(event.id for event in result.events) == sorted(cases)
    lines = sorted(str(problem).removeprefix(f"{project}/") for problem in result.problems)
    assert lines == [
        "gone.yaml:5:10: error: media image media/gone.jpg does not exist under content/; "
        "add the file to content/media/ or fix the path",
        "kind.yaml:5:10: error: media image 'media/notes.pdf' is not a JPEG, PNG, WebP or GIF "
        "file (.jpg, .jpeg, .png, .webp, .gif)",
        "noalt.yaml:5:3: warning: media has no alt text; say in a few words what the picture "
        "shows (alt: ...), for readers who cannot see it",
        "none.yaml:5:3: error: media needs an image: a file under content/media/ "
        "(image: media/photo.jpg) or an https:// address",
        "out.yaml:5:10: error: media image '../../secret.jpg' must be a path under content/ "
        "in content/media/, such as media/photo.jpg (no .., no backslash)",
        "plain.yaml:5:10: error: media image 'http://images.example/a.jpg' must be an "
        "https:// address (a page served over https shows no http picture)",
        "typo.yaml:7:3: error: unknown key 'captoin' in media — did you mean caption?",
    ]
    shown = {event.id: event.media for event in result.events}
    assert shown["out"] is None and shown["plain"] is None and shown["none"] is None
    assert shown["noalt"] is not None and shown["typo"] is not None
