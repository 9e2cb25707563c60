"""The copy editor's sample: the same proposals read before and after a
change, each beside the headline its sentence has now."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bench import headline_sample


def _event(folder: Path, name: str, title: str, quote: str, confidence: float) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.yaml").write_text(
        f"title: {title}\ndate: '2026-03-02'\nconfidence: {confidence}\n"
        f"sources:\n- article: articles/a.md\n  quote: {quote}\n",
        encoding="utf-8",
    )


def test_each_drawn_proposal_shows_its_headline_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    _event(before, "a", "Thieves sets fire", "They set fire to the van.", 0.55)
    _event(before, "b", "Minister resigns", "The minister resigned.", 0.3)
    _event(after, "a", "Thieves set fire to van", "They set fire to the van.", 0.55)
    arguments = ["headline_sample.py", str(before), "--min-confidence", "0.5", "--now", str(after)]
    monkeypatch.setattr(sys, "argv", arguments)
    headline_sample.main()
    out = capsys.readouterr().out
    assert "1 proposals at confidence >= 0.5; 1 drawn" in out
    assert "Thieves sets fire" in out and "now: Thieves set fire to van  conf 0.55" in out
    assert "Minister resigns" not in out
