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
    events = [
        *sample_events(),
        Event(id="blockade", title="Blockade", date="2025-03-04/2025-06-30", status="expected"),
    ]
    svg = overview_svg(prepare(events).events, _href, "../")
    assert re.search(r'<a href="\.\./events/blockade\.html"[^>]*><title>', svg)
    assert svg.count('class="range expected"') == 1


def test_a_date_known_only_to_the_year_is_no_span():
    """ "c. 2025" in a strip of months is a dotted line over 2025, with
    the link to its page, and never the bar of an event that lasted a year."""
    svg = overview_svg(prepare(sample_events()).events, _href, "../")
    mark = re.search(r'<a href="\.\./events/2025-new-port-rules\.html".*?</a>', svg)[0]
    assert 'class="vague"' in mark and "range" not in mark
    assert "range" not in svg  # the sample's one interval fits a column


def test_long_spans_are_drawn_per_year():
    events = [Event(id=f"e{year}", title="E", date=f"{year}-05-01") for year in (1990, 2000, 2026)]
    svg = overview_svg(prepare(events).events, _href, "")
    assert "Events per year, 1990 to 2026" in svg
    assert 'href="#y2000"' in svg
    assert svg.count("<a ") == 3


def test_no_events_no_strip():
    assert overview_svg([], _href, "") == ""
