"""Extraction over many articles, in one process or several."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.cluster import ClusterLost
from timeline.events.batch import (
    EXTRACTION_LIBRARIES,
    article_path,
    extract_article,
    extract_articles,
    extract_bytes,
    read_article_bytes,
)
from timeline.incremental.code_key import code_key

TEXTS = [
    "---\ntitle: Talks\ndate: 2026-03-05\n---\nEnvoys held talks in Tallinn on March 3.\n",
    "Ministers met in Oslo on Monday. They signed a plan for the grid.\n",
    "A storm hit the port of Riga on March 2, closing it for a day.\n",
]


def write_articles(folder: Path) -> list[Path]:
    (folder / "articles").mkdir(parents=True)
    paths = []
    for number, text in enumerate(TEXTS):
        path = folder / "articles" / f"{number}.{'md' if text.startswith('---') else 'txt'}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_an_article_without_a_publication_date_is_extracted_and_said_loudly(
    tmp_path: Path,
) -> None:
    paths = write_articles(tmp_path)
    result = extract_article(paths[1], None, tmp_path)
    (message,) = result.messages
    assert message.startswith(f"{paths[1]}:1: WARNING: no publication date")
    assert "'Monday'" in message and "could not be placed" in message
    assert "--published" in message
    assert not result.failed
    dated = extract_article(paths[1], dt.date(2026, 3, 5), tmp_path)
    assert dated.messages == []
    assert [event.date for event in dated.events] == ["2026-03-02", "2026-03-02"]


def test_an_unreadable_article_is_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.md"
    folder.mkdir()
    result = extract_article(folder, None, tmp_path)
    assert result.failed and result.events == []
    assert result.messages[0].startswith(f"{folder}: cannot be read")


def test_several_processes_give_what_one_gives_in_the_same_order(tmp_path: Path) -> None:
    paths = write_articles(tmp_path) * 3
    published = dt.date(2026, 3, 5)
    done: list[int] = []
    one = list(extract_articles(paths, published, tmp_path))
    two = list(extract_articles(paths, published, tmp_path, jobs=2, progress=done.append))
    assert [r.path for r in one] == [r.path for r in two] == [str(p) for p in paths]
    assert [[e.to_dict() for e in r.events] for r in one] == [
        [e.to_dict() for e in r.events] for r in two
    ]
    assert done == list(range(1, len(paths) + 1))


def test_article_paths_are_relative_to_content(tmp_path: Path) -> None:
    assert article_path(tmp_path / "articles" / "a.md", tmp_path) == "articles/a.md"
    assert article_path(tmp_path.parent / "x.txt", tmp_path) == "../x.txt"


def test_an_article_read_here_is_extracted_as_its_file_is_and_other_code_refuses_it(
    tmp_path: Path,
) -> None:
    paths = write_articles(tmp_path)
    published = dt.date(2026, 3, 5)
    sent = read_article_bytes(paths[0], tmp_path)
    assert sent.source == "articles/0.md" and sent.data == paths[0].read_bytes()
    from_bytes = extract_bytes(sent, published, code=code_key(EXTRACTION_LIBRARIES))
    from_file = extract_article(paths[0], published, tmp_path)
    assert [e.to_dict() for e in from_bytes.events] == [e.to_dict() for e in from_file.events]
    assert from_bytes.events[0].sources[0].article == "articles/0.md"
    with pytest.raises(ClusterLost, match="runs other code than this command"):
        extract_bytes(sent, published, code="another version")
