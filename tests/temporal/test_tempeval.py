"""Regression guard: the tagger over TempEval-3 TBAQ (``shared/eval``), scored
with the shared TempEval-3 scorer. Fails when value F1 drops more than one
point below what the tagger reached when these figures were recorded."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from timeline.temporal import tag, timeml

# Value F1 reached (all types), TimeBank and AQUAINT; see the README.
REACHED = {"TimeBank": 82.16, "AQUAINT": 78.05}


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_timex", shared / "eval" / "score_timex.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", sorted(REACHED))
def test_value_f1_holds(shared: Path, tmp_path: Path, corpus: str) -> None:
    gold = shared / "eval" / "tempeval3-tbaq" / corpus
    files = sorted(gold.glob("*.tml"))
    assert len(files) > 50
    for path in files:
        document = timeml.read(path.read_text(encoding="utf-8"))
        spans = tag(document.text, document.dct)
        (tmp_path / path.name).write_text(timeml.render(document, spans), encoding="utf-8")
    result, _, _ = _scorer(shared).score(str(gold), str(tmp_path))
    assert result["counts"]["docs_text_mismatch"] == 0  # TEXT kept character for character
    value_f1 = 100 * result["value"]["f1"]
    assert value_f1 >= REACHED[corpus] - 1.0, f"{corpus} value F1 {value_f1:.2f}"
