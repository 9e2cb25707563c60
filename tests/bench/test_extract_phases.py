"""The phase timer accounts for an extraction's time and leaves the
pipeline as it found it."""

from __future__ import annotations

from pathlib import Path

import timeline.events.extract as extract
from bench.extract_phases import phases

ARTICLE = """---
title: Ministers meet in Krakow
date: 2026-02-21
---
The defence ministers met in Krakow on Friday. They agreed to pool orders
for air defence. The ministers will meet again in Paris on March 12.
"""


def test_phases_add_up_to_no_more_than_the_pass_and_the_pipeline_is_restored(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "content" / "articles"
    folder.mkdir(parents=True)
    paths = []
    for number in range(3):
        path = folder / f"{number}.md"
        path.write_text(ARTICLE.replace("Krakow", f"Krakow {number}"), encoding="utf-8")
        paths.append(path)
    make_title = extract.make_title
    totals, spent = phases(paths)
    assert {"tagging", "headlines", "anchoring by the rules", "cues"} <= set(totals)
    assert all(total >= 0 for total in totals.values())
    assert sum(totals.values()) <= spent * 1.01 + 0.01
    assert extract.make_title is make_title
