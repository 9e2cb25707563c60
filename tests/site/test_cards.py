"""Cards, rendered once per event and kept between builds: however few are
kept, the site is the same."""

from pathlib import Path

import pytest

from tests.site.conftest import Build
from tests.site.trees import differing_files
from timeline.incremental.memory import BuildMemory
from timeline.site import cards


def test_cards_kept_few_at_a_time_give_the_same_site(
    build: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    build(out=tmp_path / "all")
    monkeypatch.setattr(cards, "CARDS_KEPT", 3)
    kept = BuildMemory()  # none kept yet
    build(out=tmp_path / "few", memory=kept)
    assert len(kept.cards) <= 3
    assert differing_files(tmp_path / "all", tmp_path / "few") == []
