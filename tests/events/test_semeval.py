"""Regression check on the SemEval-2015 TimeLine trial data: dated F1 of
the events extracted from its 30 articles, scored by the task's own script
(``../shared/eval/semeval_timeline.py``)."""

from __future__ import annotations

import contextlib
import importlib.util
import io
from pathlib import Path

import yaml

from tests.temporal.conftest import find_shared
from timeline.events.merge import merge_duplicates
from timeline.events.run import extract_articles

# Measured 0.75 (sentence recall 0.94) on this path; the issue asks for 0.70.
MIN_DATED_F1 = 0.70


def test_dated_f1_on_the_trial_data(tmp_path: Path) -> None:
    evaluation = find_shared() / "eval"
    spec = importlib.util.spec_from_file_location("semeval", evaluation / "semeval_timeline.py")
    assert spec and spec.loader
    semeval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(semeval)
    corpus = evaluation / "semeval2015-trial" / "timeml"
    articles, events_dir = tmp_path / "articles", tmp_path / "events"
    events_dir.mkdir()
    with contextlib.redirect_stdout(io.StringIO()):
        semeval.prepare(str(corpus), str(articles))
    found = []
    for result in extract_articles(sorted(articles.glob("*.md")), None, tmp_path):
        assert not result.messages, result.messages
        found.extend(result.events)
    for number, event in enumerate(merge_duplicates(found)):
        (events_dir / f"{number}.yaml").write_text(yaml.safe_dump(event.to_dict()))
    with contextlib.redirect_stdout(io.StringIO()):
        scores = semeval.score(
            str(corpus), str(evaluation / "semeval2015-trial" / "timelines"), str(events_dir)
        )
    assert scores["sentence_recall"] >= 0.85
    assert scores["dated_f1"] >= MIN_DATED_F1, scores
