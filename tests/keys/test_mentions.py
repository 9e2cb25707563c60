"""The days each article names, kept beside the events at extraction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.keys import MENTIONS_NAME, ArticleDays, read_mentions, write_mentions
from timeline.keys.mentions import days_named
from timeline.temporal import tag


def test_the_days_a_text_names_at_day_precision() -> None:
    text = (
        "The protests that began on January 25 went on. In February 2011 the army "
        "took over, and on Friday, February 11, Mubarak resigned. It lasted 18 days."
    )
    days = days_named(tag(text, dt.date(2011, 2, 14)))
    assert days == ("2011-01-25", "2011-02-11")


def test_a_run_replaces_its_articles_and_keeps_the_others(tmp_path: Path) -> None:
    write_mentions(tmp_path, {"a.md": ArticleDays("2026-01-02", ("2026-01-01",))})
    write_mentions(tmp_path, {"b.md": ArticleDays(None, ("2026-01-03",))})
    write_mentions(tmp_path, {"a.md": ArticleDays("2026-01-02", ("2026-01-02",))})
    record, problem = read_mentions(tmp_path)
    assert problem is None
    assert record == {
        "a.md": ArticleDays("2026-01-02", ("2026-01-02",)),
        "b.md": ArticleDays(None, ("2026-01-03",)),
    }


def test_an_unchanged_record_is_not_rewritten(tmp_path: Path) -> None:
    record = {"a.md": ArticleDays("2026-01-02", ("2026-01-01",))}
    write_mentions(tmp_path, record)
    path = tmp_path / MENTIONS_NAME
    before = path.stat()
    write_mentions(tmp_path, record)
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_broken_record_says_so_and_counts_nothing(tmp_path: Path) -> None:
    (tmp_path / MENTIONS_NAME).write_text('{"articles": {"a.md": {"days": ["2026-02-30"]}}}')
    record, problem = read_mentions(tmp_path)
    assert record == {}
    assert problem is not None
    assert MENTIONS_NAME in problem and "timeline extract" in problem


def test_extract_keeps_the_days_each_article_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (articles / "oslo.md").write_text(
        "---\ntitle: Nordic talks\ndate: 2026-03-05\n---\n\n"
        "Foreign ministers met in Oslo on March 3, a month after the February 2 summit.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "--dry-run"]) == 0
    assert read_mentions(tmp_path / "content" / "events") == ({}, None)
    assert main(["extract"]) == 0
    record, _problem = read_mentions(tmp_path / "content" / "events")
    assert record == {"articles/oslo.md": ArticleDays("2026-03-05", ("2026-02-02", "2026-03-03"))}
