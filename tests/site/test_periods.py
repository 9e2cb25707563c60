from timeline.model import Event
from timeline.site.periods import paginate, year_periods
from timeline.site.views import prepare


def _events(count: int, year: int = 2026) -> list[Event]:
    return [
        Event(
            id=f"e{year}-{number:04d}", title=f"E{number}", date=f"{year}-{number % 12 + 1:02d}-01"
        )
        for number in range(count)
    ]


def test_small_years_are_one_page_each():
    data = prepare(_events(5, 2025) + _events(5, 2026))
    periods = year_periods(data.events, limit=10)
    assert [(period.path, len(period.events), period.children) for period in periods] == [
        ("years/2025.html", 5, []),
        ("years/2026.html", 5, []),
    ]


def test_a_year_too_large_is_cut_into_months_and_parts():
    events = _events(24) + [
        Event(id=f"march-{number}", title="M", date="2026-03-05") for number in range(15)
    ]
    events.append(Event(id="year-only", title="Y", date="2026"))
    [year] = year_periods(prepare(events).events, limit=10)
    paths = [part.path for part in year.children]
    assert paths[0] == "years/2026-00.html"  # the events known only to the year
    assert "years/2026-03.html" in paths and "years/2026-03.2.html" in paths
    assert all(len(part.events) <= 10 for part in year.children)
    # months in a row share a page as far as they fit
    assert [(part.title, len(part.events)) for part in year.children] == [
        ("Some time in 2026", 1),
        ("January–February 2026", 4),
        ("March 2026 (1 of 2)", 10),
        ("March 2026 (2 of 2)", 7),
        ("April–August 2026", 10),
        ("September–December 2026", 8),
    ]
    assert sum(len(part.events) for part in year.children) == len(events)


def test_pagination_names_parts_with_a_dot():
    views = prepare(_events(25)).events
    parts = paginate("tags/eu.html", views, 10)
    assert [path for path, _ in parts] == ["tags/eu.html", "tags/eu.2.html", "tags/eu.3.html"]
    assert [len(chunk) for _, chunk in parts] == [10, 10, 5]
