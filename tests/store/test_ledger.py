"""The ledger's file: read into compact entries and written back as the
same bytes, so the desk's undo and a project's git history see no change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.store.ledger import LEDGER_NAME, Ledger

# As the store writes it: one entry from before quotes were recorded, one
# merged into another event, one with two sentences of one article.
WRITTEN = {
    "version": 1,
    "proposed": {
        "2026-02-20-talks": {
            "event": "2026-02-20-talks",
            "articles": ["articles/a.md"],
            "quotes": [],
        },
        "2026-02-21-talks-end": {
            "event": "2026-02-20-talks",
            "articles": ["articles/a.md", "articles/b.md"],
            "quotes": [["articles/a.md", "Talks ended."], ["articles/b.md", "Talks are over."]],
        },
        "event": {
            "event": "event",
            "articles": ["articles/a.md", "articles/a.md"],
            "quotes": [["articles/a.md", "One."], ["articles/a.md", "Two."]],
        },
    },
}


def test_a_ledger_read_and_written_again_is_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / LEDGER_NAME
    text = json.dumps(WRITTEN, indent=1, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    ledger = Ledger.read(tmp_path)
    assert ledger.problem is None
    assert ledger.target("2026-02-21-talks-end") == "2026-02-20-talks"
    assert ledger.quotes("2026-02-20-talks") == ()
    assert ledger.quotes("absent") == ()
    ledger.changed = True  # written even though nothing was learnt
    path.unlink()
    ledger.write()
    assert path.read_text(encoding="utf-8") == text


def test_recording_what_the_ledger_knows_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / LEDGER_NAME
    path.write_text(json.dumps(WRITTEN), encoding="utf-8")
    ledger = Ledger.read(tmp_path)
    ledger.record(
        "2026-02-21-talks-end", "2026-02-20-talks", [("articles/b.md", "Talks are over.")]
    )
    assert not ledger.changed
    before = ledger.entry("event")
    ledger.record("event", "event", [("articles/c.md", "Three.")])
    assert ledger.articles("event") == ("articles/a.md", "articles/a.md", "articles/c.md")
    ledger.restore("event", before)
    ledger.restore("new", None)
    assert ledger.entries == Ledger.read(tmp_path).entries


@pytest.mark.parametrize(
    "entry",
    [
        {"event": "x"},  # no articles
        {"event": "x", "articles": ["a"], "quotes": [["a"]]},  # a quote without its article
        "x",
    ],
)
def test_a_ledger_entry_it_cannot_read_is_a_problem(tmp_path: Path, entry: object) -> None:
    (tmp_path / LEDGER_NAME).write_text(json.dumps({"version": 1, "proposed": {"p": entry}}))
    ledger = Ledger.read(tmp_path)
    assert ledger.problem and not ledger.entries


# Quotes as articles have them: quotation marks, backslashes, line breaks,
# tabs, control characters, accents, other scripts, the line separator.
_ODD_QUOTES = [
    'He said "no" \\ twice.',
    "Line one\nline two\tand a tab\x00\x1f.",
    "Zürich, Kraków, Москва, 東京 \u2028 and \U0001f600.",
    "",
]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_ledger_file_is_what_json_writes(tmp_path: Path, count: int) -> None:
    ledger = Ledger(tmp_path / LEDGER_NAME)
    for number in range(count):
        quotes = [(f"articles/ä{number}.md", quote) for quote in _ODD_QUOTES[: number + 1]]
        ledger.record(f'b-{number}\t"é"', f"event-{number % 2}", quotes)
    if count:
        ledger.record("a-no-sources", "a-no-sources", [])
    ledger.write()
    expected = {
        proposed: {
            "event": target,
            "articles": list(articles),
            "quotes": [list(source) for source in quotes],
        }
        for proposed, (target, articles, quotes) in sorted(ledger.entries.items())
    }
    text = json.dumps({"version": 1, "proposed": expected}, indent=1, ensure_ascii=False) + "\n"
    assert (tmp_path / LEDGER_NAME).read_text(encoding="utf-8") == text
    assert Ledger.read(tmp_path).entries == ledger.entries
