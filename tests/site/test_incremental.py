"""Incremental builds skip pages by the keys of their inputs; whatever the
edits, the result must be byte-identical to a clean build of the same
events. Hypothesis makes the edits."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.site.sample import sample_events
from tests.site.trees import differing_files
from timeline.model import Event
from timeline.site import SiteConfig, build_site

CONFIG = SiteConfig(
    title="T", base_url="https://example.org/", search=False, page_limit=10, publish="all"
)
DATES = ["2026-02-20", "2026-02", "2025", "2026-02-17/2026-02-18", "../2026-02-17", "2024-06-01"]
NAMES = ["Geneva", "Kraków", "Krakow", "harbour", "strike", "EU"]


def _edit(event: Event, kind: str, value: int) -> Event:
    if kind == "title":
        return replace(event, title=f"{event.title} {value}")
    if kind == "date":
        return replace(event, date=DATES[value % len(DATES)])
    if kind == "tags":
        return replace(event, tags=[NAMES[value % len(NAMES)]])
    if kind == "places":
        return replace(event, places=[NAMES[value % len(NAMES)]])
    if kind == "status":
        return replace(event, status="expected" if event.status == "happened" else "happened")
    if kind == "hidden":
        return replace(event, hidden=not event.hidden)
    return replace(event, summary=f"Now *{value}*.")


EDITS = st.lists(
    st.tuples(
        st.integers(0, 8),
        st.sampled_from(["title", "date", "tags", "places", "status", "hidden", "summary"]),
        st.integers(0, 50),
    ),
    min_size=1,
    max_size=4,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS, extra=st.integers(0, 25))
def test_any_edits_rebuild_to_what_a_clean_build_gives(tmp_path: Path, edits, extra: int):
    base = [
        *sample_events(),
        *(
            Event(
                id=f"more-{number}",
                title=f"More {number}",
                date=f"2024-{number % 12 + 1:02d}-01",
                tags=["EU"],
            )
            for number in range(extra)
        ),
    ]
    site, clean = tmp_path / "site", tmp_path / "clean"
    for folder in (site, clean):
        shutil.rmtree(folder, ignore_errors=True)
    build_site(base, site, CONFIG)
    events = list(base)
    for index, kind, value in edits:
        events[index] = _edit(events[index], kind, value)
    if extra:
        events.pop()  # and one event removed
    build_site(events, site, CONFIG)
    build_site(events, clean, CONFIG)
    assert differing_files(site, clean) == []
