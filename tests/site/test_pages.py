import json
import re
from pathlib import Path

import jinja2

from tests.site.conftest import Build
from timeline.model import Event, Source
from timeline.site import pages
from timeline.site.theme import make_environment


def _read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_timeline_groups_by_year_and_month_in_date_order(site: Path):
    html = _read(site, "all.html")
    headings = re.findall(r'<h[23] id="([ym][\d-]+)"', html)
    assert headings == ["y2025", "m2025-00", "m2025-11", "y2026", "m2026-02", "m2026-03"]
    titles = re.findall(r'<h4 class="event-title"><a href="([^"]+)"', html)
    assert titles[0] == "events/2025-new-port-rules.html"
    assert titles[-1] == "events/2026-03-spring-fair.html"
    assert "Draft statement that editors hid" not in html
    assert "17–18 February 2026" in html and "before 17 February 2026" in html


def test_newest_first_reverses_everything(site: Path):
    html = _read(site, "newest.html")
    headings = re.findall(r'<h[23] id="([ym][\d-]+)"', html)
    assert headings == ["y2026", "m2026-03", "m2026-02", "y2025", "m2025-11", "m2025-00"]
    titles = re.findall(r'<h4 class="event-title"><a href="([^"]+)"', html)
    assert titles[0] == "events/2026-03-spring-fair.html"


def test_expected_events_are_marked(site: Path):
    html = _read(site, "all.html")
    item = html[html.index("Ferry strike begins") - 700 : html.index("Ferry strike begins")]
    assert "is-expected" in item and "Expected</span>" in item


def test_summaries_render_markdown_and_no_script(site: Path):
    html = _read(site, "events/2026-02-20-union-meeting-in-krakow.html")
    assert "Delegates vote." in html
    assert "alert(" not in html and "onerror" not in html
    assert "<strong>harbour fees</strong>" in _read(site, "all.html")


def test_event_page_has_sources_prev_next_and_schema_org(site: Path):
    html = _read(site, "events/2026-02-17-harbour-talks-in-geneva.html")
    assert '<blockquote cite="https://news.example/harbour-talks">' in html
    assert "Negotiators met in Geneva on 17 and 18 February." in html
    assert 'rel="prev" href="../events/2026-02-17-earlier-contacts.html"' in html
    assert 'rel="next" href="../events/2026-02-20-union-meeting-in-krakow.html"' in html
    # Back to the event's own card on the list of all events.
    assert 'href="../all.html#e-2026-02-17-harbour-talks-in-geneva"' in html
    assert 'id="e-2026-02-17-harbour-talks-in-geneva"' in _read(site, "all.html")
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S)[1])
    assert data["@type"] == "Event" and data["startDate"] == "2026-02-17"
    assert data["endDate"] == "2026-02-18"
    assert data["url"] == "https://example.org/news/events/2026-02-17-harbour-talks-in-geneva.html"
    assert data["location"] == [{"@type": "Place", "name": "Geneva"}]


def test_pages_per_tag_place_actor_source_and_year(site: Path):
    for path in (
        "tags.html",
        "tags/harbour.html",
        "places/geneva.html",
        "places/krakow.html",
        "actors/ferry-union.html",
        "sources/2026-02-21-ferry-strike.html",
        "years/2025.html",
        "years/2026.html",
        "search.html",
    ):
        assert (site / path).is_file(), path
    html = _read(site, "tags/strike.html")
    assert html.count('class="event-title"') == 2
    assert 'href="../events/2026-02-24-ferry-strike.html"' in html
    assert "Read the article" in _read(site, "sources/2026-02-21-ferry-strike.html")


def test_links_are_relative_so_the_site_works_under_a_subpath_and_from_files(site: Path):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for link in re.findall(r'(?:href|src)="([^"]+)"', html):
            if link.startswith(("http://", "https://", "#")):
                assert not link.startswith("https://example.org/news/") or 'rel="canonical"' in html
                continue
            assert not link.startswith("/"), (path, link)
            target = (path.parent / link.split("#")[0]).resolve()
            assert target.is_file(), (path, link)


def test_no_request_to_an_outside_host(site: Path):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html):
            if 'rel="canonical"' in tag or 'rel="alternate"' in tag:
                continue
            assert "http" not in tag, (path, tag)
    css = (site / "static/site.css").read_text()
    assert "url(" not in css and "@import" not in css


def test_large_timelines_are_split_so_no_page_lists_too_many(build: Build, tmp_path: Path):
    events = [
        Event(
            id=f"e{number:03d}",
            title=f"Event {number}",
            date=f"2026-{number % 12 + 1:02d}-03",
            tags=["all"],
        )
        for number in range(60)
    ] + [Event(id=f"old{number}", title="Old", date="2024-05-01") for number in range(3)]
    events.append(Event(id="year-only", title="Some time", date="2026"))
    build(events, page_limit=10)
    site = tmp_path / "site"
    counts = {
        path.relative_to(site).as_posix(): path.read_text().count('class="event-title"')
        for path in site.rglob("*.html")
    }
    assert max(counts.values()) <= 10
    assert counts["years/2024.html"] == 3
    assert counts["years/2026.html"] == 0  # a directory of its months
    # months in a row share a page as far as they fit: January and February
    assert counts["years/2026-01.html"] == 10 and "years/2026-02.html" not in counts
    assert "<h1>January–February 2026</h1>" in _read(site, "years/2026-01.html")
    assert counts["years/2026-00.html"] == 1
    back = 'href="../years/2026-00.html#e-year-only"'
    assert back in _read(site, "events/year-only.html")
    assert counts["tags/all.html"] == 10 and counts["tags/all.6.html"] == 10
    index = _read(site, "all.html")
    assert 'href="years/2026-01.html#m2026-01"' in index  # jump links go to the month pages
    assert 'href="years/2026-01.html#m2026-02"' in index
    assert 'id="m2026-02"' in _read(site, "years/2026-01.html")
    assert 'href="years/2026.html"' in index


def test_index_pages_of_many_terms_are_split_into_numbered_parts(
    build: Build, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(pages, "INDEX_LIMIT", 4)
    events = [
        Event(id=f"e{number}", title="E", date="2026-01-01", tags=[f"tag {number:02d}"])
        for number in range(10)
    ]
    build(events)
    site = tmp_path / "site"
    listed = [
        re.findall(r'<li><a href="tags/([^"]+)">', _read(site, path))
        for path in ("tags.html", "tags.2.html", "tags.3.html")
    ]
    assert [len(names) for names in listed] == [4, 4, 2]
    names = sorted(name for part in listed for name in part)
    assert names == [f"tag-{number:02d}.html" for number in range(10)]
    assert not (site / "tags.4.html").exists()
    second = _read(site, "tags.2.html")
    assert '<strong aria-current="page">2</strong>' in second
    assert '<a href="tags.3.html">3</a>' in second and '<a href="tags.html">1</a>' in second
    assert 'aria-label="Parts"' not in _read(site, "places.html")  # one part: no pager


def test_a_long_timeline_jumps_by_year_and_each_year_page_by_month(build: Build, tmp_path: Path):
    events = [
        Event(id=f"e{year}-{month}", title="E", date=f"{year}-{month:02d}-01")
        for year in range(2010, 2018)
        for month in (1, 6)
    ]
    build(events)
    site = tmp_path / "site"
    jump = re.search(r'<nav class="jump".*?</nav>', _read(site, "all.html"), re.S)[0]
    assert 'href="#y2010"' in jump and "#m2010-06" not in jump
    year = re.search(r'<nav class="jump".*?</nav>', _read(site, "years/2010.html"), re.S)[0]
    assert 'href="#m2010-06"' in year


def test_overview_columns_without_their_own_month_link_to_the_year(build: Build, tmp_path: Path):
    # Five year-long events fill the rows of bars; the fifth is counted in
    # January, a month that lists no event.
    events = [Event(id=f"y{number}", title="Y", date="2026") for number in range(5)]
    events.append(Event(id="june", title="J", date="2026-06-01"))
    build(events)
    html = _read(tmp_path / "site", "all.html")
    assert 'href="#y2026" aria-label="January 2026: 1 event"' in html


def test_a_site_without_events_says_so(build: Build, tmp_path: Path):
    result = build([])
    assert result.events == 0
    assert "No events yet." in _read(tmp_path / "site", "all.html")


def test_year_headings_lead_to_the_year_pages(site: Path):
    assert '<h2 id="y2026"><a href="years/2026.html">2026</a></h2>' in _read(site, "all.html")
    assert '<h2 id="y2026"><a href="../years/2026.html">2026</a></h2>' in _read(
        site, "tags/harbour.html"
    )
    assert '<h2 id="y2026">2026</h2>' in _read(site, "years/2026.html")


def test_tojson_in_a_template_gives_what_jinja_gives(tmp_path: Path):
    # A project's templates may use tojson on anything: the theme's quicker
    # encoder must give Jinja's own output (sorted keys, HTML-safe).
    value = {"b": ["O'Brien", "<x> & y"], "a": 1.5, "c": None}
    source = "{{ value|tojson }}"
    ours = make_environment((tmp_path,), "tojson").from_string(source).render(value=value)
    jinjas = jinja2.Environment(autoescape=True).from_string(source).render(value=value)
    assert ours == jinjas
    assert ours.index('"a"') < ours.index('"b"') and "'" not in ours and "<" not in ours


def test_a_decade_of_the_overview_links_to_the_first_year_in_it_with_events(
    build: Build, tmp_path: Path
):
    """Spans of 120 years or more are drawn per decade; the decade of 1880
    has no page of its own and links to 1889's heading."""
    events = [
        Event(id="club-founded", title="The football club is founded", date="1889"),
        Event(id="talks-resume", title="Talks resume in Geneva", date="2026-02-20"),
    ]
    build(events)
    html = _read(tmp_path / "site", "all.html")
    strip = html[html.index('<svg class="overview-strip"') : html.index("</svg>")]
    assert "Events per decade" in strip
    local = re.findall(r'<a href="#([^"]+)"', strip)
    assert local == ["y1889", "y2026"]
    assert all(f'id="{anchor}"' in html for anchor in local)


def test_every_overview_link_of_a_split_timeline_reaches_a_heading(build: Build, tmp_path: Path):
    """With a page per year, a decade links to the page of its first year."""
    events = [
        Event(id=f"event-{number}", title=f"Event {number}", date=f"{year}-03-0{1 + number % 9}")
        for number, year in enumerate([1905, 1905, 1950, 2026] * 5)
    ]
    build(events, page_limit=10)
    site = tmp_path / "site"
    html = _read(site, "all.html")
    strip = html[html.index('<svg class="overview-strip"') : html.index("</svg>")]
    for link in re.findall(r'<a href="([^"#]*)#([^"]+)"', strip):
        page, anchor = link
        assert f'id="{anchor}"' in _read(site, page or "all.html"), link


def test_a_summary_that_only_repeats_the_quotes_is_shown_once(build: Build, tmp_path: Path):
    said = "Pilots walked out at dawn on 3 March."
    also = "The airport closed its north terminal."
    events = [
        Event(
            id="repeat",
            title="Pilots walk out",
            date="2026-03-03",
            summary=f"{said} {also}",  # a merged event's summary: its two quotes
            sources=[
                Source("articles/a.md", quote=f"CITY (Wire) - {said}"),
                Source("b", quote=also),
            ],
        ),
        Event(
            id="more",
            title="Pilots walk out again",
            date="2026-03-04",
            summary="The pilots’ second strike in a week.",
            sources=[Source("articles/a.md", quote=said)],
        ),
    ]
    build(events)
    repeated = _main(_read(tmp_path / "site", "events/repeat.html"))
    assert repeated.count(said) == 1 and repeated.count(also) == 1
    assert '<div class="summary">' not in repeated
    own = _main(_read(tmp_path / "site", "events/more.html"))
    assert "The pilots’ second strike in a week." in own and said in own
    # The card shows no quote: the summary is its one telling of the sentence.
    assert _main(_read(tmp_path / "site", "all.html")).count(said) == 1


def _main(html: str) -> str:
    """What the reader reads: the page's main part, not its metadata."""
    return html[html.index("<main") : html.index("</main>")]


def test_the_home_page_shows_the_site_title_once(site: Path):
    """The header carries the title; the page's heading is there for screen
    readers, out of sight; other pages show their own heading."""
    html = _read(site, "index.html")
    assert '<p class="site-title"><a href="index.html">Timeline</a></p>' in html
    assert '<h1 class="vh">Timeline</h1>' in html
    assert "<h1>2025</h1>" in _read(site, "years/2025.html")
    assert "<h1>All events</h1>" in _read(site, "all.html")


def test_the_jump_to_a_year_s_undated_months_says_so(site: Path):
    jump = re.search(r'<nav class="jump".*?</nav>', _read(site, "all.html"), re.S)[0]
    assert re.search(r'<a href="#y2025">Some time<span class="vh"> in 2025</span></a>', jump)
    assert "Any" not in jump
