"""Markup in events, articles, imports and settings never becomes markup
that runs, in any output of the site: pages (with their JSON-LD and inline
JSON), the Atom feed, events.json, TimelineJS data, the calendar and the
search index. ``injection/`` holds the hostile inputs; the site is built
once from all of them, through the real commands."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import re
import shutil
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser

from tests.hostile.conftest import HERE, assert_clean, timeline
from timeline.model import Event, Source
from timeline.site import SiteConfig, build_site

INJECTION = HERE / "injection"
# Elements no event, article or setting may bring into a page.
FORBIDDEN = {
    "iframe",
    "object",
    "embed",
    "base",
    "frame",
    "frameset",
    "applet",
    "style",
    "template",
    "math",
}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "cite",
    "data",
    "poster",
    "xlink:href",
    "background",
    "srcset",
}
# The only scripts a page may load: the theme's own and Pagefind's.
OWN_SCRIPTS = re.compile(r"^(\.\./)*(static/(site|axis)\.js|pagefind/[\w.-]+\.js)$")


def dangerous_url(value: str) -> bool:
    """What a browser would run: it drops spaces and control characters
    before reading the scheme, and reads it in any case."""
    squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
    return squeezed.startswith(("javascript:", "vbscript:", "data:"))


class Scanner(HTMLParser):
    """Everything in an HTML document or fragment that could run script.
    ``page`` allows the theme's own scripts and JSON-LD, which must parse."""

    def __init__(self, page: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.problems: list[str] = []
        self.script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value and dangerous_url(value):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag in FORBIDDEN or (tag == "meta" and values.get("http-equiv")):
            self.problems.append(f"<{tag}>")
        if tag == "script":
            src = values.get("src")
            if not self.page:
                self.problems.append("<script> in a fragment")
            elif src is not None:
                if not OWN_SCRIPTS.match(src):
                    self.problems.append(f"<script src={src!r}>")
            elif values.get("type") == "application/ld+json":
                self.script = []
            else:
                self.problems.append("inline <script>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            text = "".join(self.script)
            json.loads(text)  # a "</script>" inside would have cut it short
            if "<" in text:
                self.problems.append("'<' inside JSON-LD")
            self.script = None


def scan(markup: str, page: bool = False) -> list[str]:
    scanner = Scanner(page)
    scanner.feed(markup)
    scanner.close()
    return scanner.problems


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile project, extracted, imported and built with search."""
    root = tmp_path_factory.mktemp("injection")
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "events").mkdir()
    for name in ("script-everywhere.yaml", "ics-break.yaml"):
        shutil.copy(INJECTION / name, root / "content" / "events" / name)
    for name in ("article.html", "article.md"):
        shutil.copy(INJECTION / name, root / "content" / "articles" / name)
    shutil.copy(INJECTION / "timeline.toml", root / "timeline.toml")
    for command in (("extract",), ("import", str(INJECTION / "timelinejs.json")), ("build",)):
        result = timeline(*command, cwd=root, seconds=120)
        assert_clean(result)
        assert result.returncode == 0, result.stderr
    return root / "site"


def test_the_hostile_inputs_all_reach_the_site(site: Path) -> None:
    events = json.loads((site / "events.json").read_text(encoding="utf-8"))["events"]
    ids = {event["id"] for event in events}
    assert {"script-everywhere", "ics-break", "tl-hostile"} <= ids
    assert len(ids) >= 5  # and the events of both articles


def pages(site: Path) -> Iterator[Path]:
    return (path for path in site.rglob("*.html") if "pagefind" not in path.parts)


def test_no_page_holds_markup_that_runs(site: Path) -> None:
    problems = {
        str(path.relative_to(site)): found
        for path in pages(site)
        if (found := scan(path.read_text(encoding="utf-8"), page=True))
    }
    assert problems == {}


def test_hostile_text_is_shown_as_text(site: Path) -> None:
    page = (site / "events" / "script-everywhere.html").read_text(encoding="utf-8")
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<title>&lt;/script&gt;" in page  # the title element, escaped


def test_feed_is_well_formed_and_its_html_is_inert(site: Path) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) >= 5
    for entry in entries:
        content = entry.find(f"{atom}content")
        assert content is not None and content.get("type") == "html"
        assert scan(content.text or "") == []
        for link in entry.findall(f"{atom}link"):
            assert not dangerous_url(link.get("href", ""))


def test_timelinejs_data_is_inert(site: Path) -> None:
    document = json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))
    slides = [document.get("title", {}), *document["events"]]
    for slide in slides:
        # TimelineJS inserts all of these as HTML, the group label unsanitised.
        text = slide.get("text", {})
        for markup in (
            text.get("headline"),
            text.get("text"),
            slide.get("display_date"),
            slide.get("group"),
        ):
            assert scan(markup or "") == [], markup
        assert "<" not in (text.get("headline") or "") + (slide.get("group") or "")


def test_calendar_line_breaks_cannot_forge_an_entry(site: Path) -> None:
    raw = (site / "calendar.ics").read_bytes()
    assert not re.search(rb"^(SUMMARY|LOCATION|URL):(forged|javascript)", raw, re.M)
    calendar = icalendar.Calendar.from_ical(raw)
    by_summary = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert "forged" not in by_summary
    broken = by_summary[
        "Unverified: Talks resume\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:forged\nDTSTART:20260101"
    ]
    assert str(broken["LOCATION"]) == "Geneva\nLOCATION:forged"


def test_search_index_holds_the_payload_as_text(site: Path) -> None:
    """Pagefind keeps a page's text, so the escaped payload is plain text in
    its fragments; the browser test below checks that Pagefind escapes it
    again in the excerpts the search page inserts as HTML."""
    contents = []
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        contents.append(json.loads(data[data.index(b"{") :])["content"])
    assert any("<img src=x onerror=alert(1)>" in content for content in contents)


def test_searching_for_the_payload_runs_nothing(site: Path, browser: Browser) -> None:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    dialogs: list[str] = []
    page = browser.new_page()
    try:
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for path in (
            "search.html?q=alert",
            "search.html?q=onerror",
            "events/script-everywhere.html",
        ):
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{path}")
            page.wait_for_load_state("networkidle")
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/search.html?q=alert")
        page.wait_for_selector(".search-results li")
        results = page.inner_html(".search-results")
    finally:
        page.close()
        server.shutdown()
    assert dialogs == []
    assert "&lt;img src=x" in results
    assert scan(results) == []


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No request log in the test output."""


def test_language_setting_cannot_break_out_of_the_lang_attribute(project: Path) -> None:
    (project / "timeline.toml").write_text('[site]\nlanguage = "en\\"><script>alert(1)</script>"\n')
    result = timeline("build", cwd=project)
    assert_clean(result)
    assert result.returncode == 2
    assert "is not a language tag such as 'en' or 'pt-BR'" in result.stderr
    assert not (project / "site").exists()


# Pieces of markup, in any order, in every text field of random events.
PAYLOAD = st.lists(
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            "</script>",
            "<img src=x onerror=alert(1)>",
            "\"'",
            "javascript:alert(1)",
            "<!--",
            "-->",
            "]]>",
            "&amp;",
            "&#x3c;",
            "\u2028",
            "{{ 7*7 }}",
            "{% raw %}",
            "<svg onload=alert(1)>",
            "[x](javascript:alert(1))",
            "`",
            "\\",
            "\n",
            "<a href='javascript:alert(1)'>",
            "</title>",
            "</textarea>",
            "word",
        ]
    ),
    min_size=1,
    max_size=6,
).map(" ".join)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(PAYLOAD, min_size=8, max_size=8),
    url=st.sampled_from(["javascript:alert(1)", " data:text/html,x", "https://example.org/a"]),
)
def test_random_markup_in_every_field_never_runs(
    tmp_path: Path, texts: list[str], url: str
) -> None:
    title, summary, date_text, place, actor, tag, quote, source_title = texts
    event = Event(
        id="random",
        title=title,
        date="2026-02-20",
        summary=summary,
        display_date=date_text,
        places=[place],
        actors=[actor],
        tags=[tag],
        sources=[Source(article="articles/a.md", quote=quote, title=source_title, url=url)],
    )
    out = tmp_path / "site"
    shutil.rmtree(out, ignore_errors=True)
    config = SiteConfig(search=False, base_url="https://example.org/", publish="all")
    build_site([event], out, config)
    for path in out.rglob("*.html"):
        assert scan(path.read_text(encoding="utf-8"), page=True) == [], path.name
    atom = "{http://www.w3.org/2005/Atom}"
    for entry in ET.parse(out / "feed.xml").getroot().iter(f"{atom}content"):
        assert scan(entry.text or "") == []
    for slide in json.loads((out / "timelinejs.json").read_text(encoding="utf-8"))["events"]:
        for markup in (
            slide["text"]["headline"],
            slide["text"]["text"],
            slide.get("display_date"),
            slide.get("group"),
        ):
            assert scan(markup or "") == []
