"""Regression guard: the tagger over TempEval-3 TBAQ (``../shared/eval``), scored
with the shared TempEval-3 scorer. Fails when strict or value F1, for all
types or for DATE alone, drops more than one point below what the tagger
reached when these figures were recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.conftest import Record
from eval.shared import load_scorer
from timeline.temporal import tag, timeml

# (strict F1, value F1) reached, per corpus and types; see docs/extraction.md.
REACHED = {
    "TimeBank": {None: (91.09, 82.45), "DATE": (91.36, 83.30)},
    "AQUAINT": {None: (85.69, 78.28), "DATE": (85.95, 79.55)},
}


@pytest.mark.parametrize("corpus", sorted(REACHED))
def test_f1_holds(shared: Path, tmp_path: Path, corpus: str, figure: Record) -> None:
    gold = shared / "eval" / "tempeval3-tbaq" / corpus
    files = sorted(gold.glob("*.tml"))
    assert len(files) > 50
    for path in files:
        document = timeml.read(path.read_text(encoding="utf-8"))
        spans = tag(document.text, document.dct)
        (tmp_path / path.name).write_text(timeml.render(document, spans), encoding="utf-8")
    scorer = load_scorer("score_timex")
    for types, (strict, value) in REACHED[corpus].items():
        result, _, _ = scorer.score(str(gold), str(tmp_path), types=[types] if types else None)
        assert result["counts"]["docs_text_mismatch"] == 0  # TEXT kept character for character
        label = f"{corpus} {types or 'all'}"
        figure(f"TempEval-3 {label} strict F1", 100 * result["strict"]["f1"], strict - 1.0)
        figure(f"TempEval-3 {label} value F1", 100 * result["value"]["f1"], value - 1.0)
