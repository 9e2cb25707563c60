"""The tagger's key index on real news: trying rules only near their keys
finds what scanning everything finds."""

from __future__ import annotations

from pathlib import Path

from tests.temporal.test_find import assert_keys_miss_no_match
from timeline.temporal import timeml


def test_keys_miss_no_match_on_news(shared: Path) -> None:
    texts = [
        timeml.read(path.read_text(encoding="utf-8")).text
        for path in sorted((shared / "eval" / "tempeval3-tbaq" / "TimeBank").glob("*.tml"))[:40]
    ]
    texts.append((shared / "seed" / "000_d7de8c1258dcb947.txt").read_text(encoding="utf-8"))
    assert_keys_miss_no_match(texts)
