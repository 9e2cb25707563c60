"""Events for the site's tests: every date form the schema allows, both
statuses, a hidden event, shared tags/places/actors and a summary that
tries to run a script. The story is invented for these tests."""

from __future__ import annotations

from timeline.model import Event, Source

ARTICLE_A = Source(
    article="articles/2026-02-19-harbour-talks.md",
    title="Harbour talks end without a deal",
    url="https://news.example/harbour-talks",
    published="2026-02-19",
    quote="Negotiators met in Geneva on 17 and 18 February.",
)
ARTICLE_B = Source(
    article="articles/2026-02-21-ferry-strike.md",
    title="Ferry workers plan a strike",
    url="https://news.example/ferry-strike",
    published="2026-02-21",
    quote="The union said the strike would start on 24 February.",
)


def sample_events() -> list[Event]:
    """Events an editor checked (``review: reviewed``), as a published
    timeline holds them; ``tests/site/test_publish.py`` tries the others."""
    events = [
        Event(
            id="2026-02-17-harbour-talks-in-geneva",
            title="Harbour talks in Geneva",
            date="2026-02-17/2026-02-18",
            summary="Two days of talks on **harbour fees**, see [the notes](https://news.example/n).",
            places=["Geneva"],
            actors=["Port Authority", "Ferry Union"],
            tags=["talks", "harbour"],
            sources=[ARTICLE_A],
        ),
        Event(
            id="2026-02-20-union-meeting-in-krakow",
            title="Union meeting in Kraków",
            date="2026-02-20",
            summary="Delegates vote. <script>alert('x')</script><img src=x onerror=alert(1)>",
            places=["Kraków"],
            actors=["Ferry Union"],
            tags=["strike"],
            sources=[ARTICLE_B],
        ),
        Event(
            id="2026-02-24-ferry-strike",
            title="Ferry strike begins",
            date="2026-02-24",
            status="expected",
            places=["Geneva"],
            actors=["Ferry Union"],
            tags=["strike", "harbour"],
            sources=[ARTICLE_B],
        ),
        Event(
            id="2026-02-fee-review",
            title="Harbour fee review",
            date="2026-02",
            tags=["harbour"],
            sources=[ARTICLE_A],
        ),
        Event(
            id="2026-02-17-earlier-contacts",
            title="Earlier contacts between the parties",
            date="../2026-02-17",
            actors=["Port Authority"],
            sources=[ARTICLE_A],
        ),
        Event(
            id="2025-new-port-rules",
            title="New port rules adopted",
            date="2025~",
            tags=["harbour"],
            sources=[ARTICLE_A],
        ),
        Event(
            id="2025-11-03-first-complaint",
            title="First complaint about fees",
            date="2025-11-03?",
            places=["Geneva"],
            sources=[ARTICLE_A],
        ),
        Event(
            id="2026-02-22-draft-statement",
            title="Draft statement that editors hid",
            date="2026-02-22",
            hidden=True,
            sources=[ARTICLE_B],
        ),
        Event(
            id="2026-03-spring-fair",
            title="Spring harbour fair",
            date="2026-03",
            display_date="early March 2026",
            status="expected",
            places=["Geneva"],
            tags=["harbour"],
            sources=[ARTICLE_B],
        ),
    ]
    for event in events:
        event.review = "reviewed"
    return events
