"""Our own JSON gives back every field of every event it holds."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import SETTINGS, events
from timeline.formats import native_json
from timeline.model import Event


@SETTINGS
@given(batch=st.lists(events(), max_size=4, unique_by=lambda event: event.id))
def test_our_json_gives_every_field_back(batch: list[Event]) -> None:
    back, problems = native_json.read(native_json.export(batch), Path("events.json"))
    assert problems == []
    assert sorted(back, key=lambda e: e.id) == sorted(batch, key=lambda e: e.id)
