import re

from tests.site.sample import sample_events
from timeline.model import Event
from timeline.site.overview import overview_svg
from timeline.site.views import month_anchor, prepare, year_anchor


def _href(year: int, month: int | None) -> str:
    return "#" + (year_anchor(year) if month is None else month_anchor(year, month))


def test_one_linked_column_per_month_with_expected_events_apart():
    svg = overview_svg(prepare(sample_events()).events, _href, "")
    assert 'aria-label="February 2026: 5 events, 1 expected"' in svg
    assert 'href="#m2026-02"' in svg and 'href="#m2025-11"' in svg
    assert svg.count('class="expected"') == 2  # February's and March's expected events
    assert "Events per month, January 2025 to March 2026" in svg


def test_events_over_several_columns_are_bars_linking_to_their_page():
    svg = overview_svg(prepare(sample_events()).events, _href, "../")
    # "c. 2025" spans the twelve months of 2025.
    assert re.search(r'<a href="\.\./events/2025-new-port-rules\.html"[^>]*><title>', svg)
    assert 'class="range"' in svg


def test_long_spans_are_drawn_per_year():
    events = [Event(id=f"e{year}", title="E", date=f"{year}-05-01") for year in (1990, 2000, 2026)]
    svg = overview_svg(prepare(events).events, _href, "")
    assert "Events per year, 1990 to 2026" in svg
    assert 'href="#y2000"' in svg
    assert svg.count("<a ") == 3


def test_no_events_no_strip():
    assert overview_svg([], _href, "") == ""
