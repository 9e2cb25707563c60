"""The editors' whole path in a real browser: fetch two articles and a
feed from a local news site, extract, review with the keyboard alone
(accept, edit a date with a typo and see check's message, merge the
duplicate check warns about, reject, undo), meet a text editor's save,
rebuild, and find the result on the site. Also: axe-core finds nothing
on the desk's pages, and a page of another site cannot post to it."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import AXE, DESKTOP, open_page, screenshot
from tests.fetch.conftest import NewsSite
from timeline.cli import main
from timeline.desk.server import DeskServer
from timeline.desk.state import Desk
from timeline.store.edit import parse

HAND_MADE = "Ferry crews walk off job, stranding commuters"


@pytest.fixture(scope="module")
def news() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSite)
    server.daemon_threads = True
    NewsSite.base = f"http://127.0.0.1:{server.server_address[1]}/"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield NewsSite.base
    server.shutdown()
    server.server_close()


@pytest.fixture
def project(tmp_path: Path, news: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Articles fetched from the news site's feed and extracted, and one
    event an editor wrote by hand that check takes for one extracted."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "timeline.toml").write_text('[site]\ntitle = "Bay"\nsearch = false\n')
    main(["fetch", "--feed", news + "feed.rss"])  # its third item is a 404: one line
    assert main(["extract"]) == 0
    assert main(["new", "--date", "2026-03-02", "--title", HAND_MADE, "--url", news]) == 0
    return tmp_path


@pytest.fixture
def desk(project: Path) -> Iterator[DeskServer]:
    state = Desk(project / "content" / "events")
    state.load()
    server = DeskServer(state, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Requests are not the test's output."""


def event_file(project: Path, title: str) -> Path:
    for path in (project / "content" / "events").glob("*.yaml"):
        if parse(path.read_text())["title"] == title:
            return path
    raise AssertionError(f"no event {title!r}")


def press(page: Page, key: str) -> None:
    """A key, once the page's script listens for keys: a key pressed while a
    page is still loading goes nowhere, for an editor as for the test."""
    page.locator("body[data-keys=ready]").wait_for()
    page.keyboard.press(key)


def heading(page: Page) -> str:
    return page.locator("h1").inner_text()


def test_review_with_the_keyboard_alone(browser: Browser, desk: DeskServer, project: Path):
    page = open_page(browser, DESKTOP)
    page.goto(desk.url)
    press(page, "j")
    page.keyboard.press("Enter")
    first = "Ferry crews walk off job, stranding thousands of commuters on both sides of bay"
    expect(page.locator("h1")).to_have_text(first)
    expect(page.locator("mark.quote").first).to_contain_text("Ferry crews walked off the job")
    expect(page.locator("mark.quote.date")).to_have_text("Monday morning")

    # check warns that the hand-written event is this one: m merges it in
    expect(page.locator(".duplicate")).to_contain_text(HAND_MADE)
    press(page, "m")
    expect(page.get_by_role("status")).to_contain_text(f"Merged “{HAND_MADE}”")
    merged = parse(event_file(project, first).read_text())
    assert len(merged["sources"]) == 2 and merged["sources"][1]["url"].startswith("http://127")
    assert not any("stranding-commuters" in p.name for p in project.rglob("*.yaml"))

    press(page, "a")
    expect(page.get_by_role("status")).to_contain_text(f"Accepted “{first}”")
    assert parse(event_file(project, first).read_text())["review"] == "reviewed"
    second = heading(page)

    # e goes to the title; Tab to the date; a typo is named as it is typed
    press(page, "e")
    expect(page.locator("#field-title")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Control+a")
    page.keyboard.type("2026-03-O4")
    expect(page.locator("#error-date")).to_contain_text("invalid date")
    expect(page.locator("#error-date")).to_contain_text("2026-03-O4")
    expect(page.locator("#field-date")).to_have_attribute("aria-invalid", "true")
    screenshot(page, "desk-date-typo")
    page.keyboard.press("Control+a")
    page.keyboard.type("2026-03-04")
    expect(page.locator("#error-date")).to_have_text("")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Saved date")
    assert parse(event_file(project, second).read_text())["date"] == "2026-03-04"

    # a accepts the corrected event and moves on; r rejects the next, u brings it back, r again
    page.locator("#field-date").blur()
    press(page, "a")
    third = "Decision to hurt commuters who cross bay every day"  # the next most reported
    expect(page.locator("h1")).to_have_text(third)
    rejected = event_file(project, third)
    press(page, "r")
    expect(page.get_by_role("status")).to_contain_text(f"Rejected “{third}”")
    assert not rejected.exists()
    press(page, "u")
    expect(page.locator("h1")).to_have_text(third)
    assert rejected.exists()
    press(page, "r")
    expect(page.get_by_role("status")).to_contain_text("Rejected")
    assert not rejected.exists()

    # a text editor saves the file the page shows: the accept is refused
    shown = heading(page)
    path = event_file(project, shown)
    saved = path.read_text().replace(f"title: {shown}", "title: Edited by hand") + "# Ann\n"
    path.write_text(saved)
    press(page, "a")
    expect(page.locator("h1")).to_contain_text("changed on disk")
    expect(page.locator("#version-shown")).to_contain_text(f"title: {shown}")
    expect(page.locator("#version-current")).to_contain_text("title: Edited by hand")
    assert path.read_text() == saved
    screenshot(page, "desk-conflict")
    page.context.close()

    # the site, rebuilt, shows what the desk did, and only what an editor accepted
    assert main(["build"]) == 0
    site = project / "site"
    timeline = (site / "all.html").read_text()
    assert first in timeline and second in timeline and third not in timeline
    assert "Lena Morrow defends vote" not in timeline  # waiting for review
    settings = project / "timeline.toml"
    settings.write_text(settings.read_text() + 'publish = "all"\n')
    assert main(["build"]) == 0
    timeline = (site / "all.html").read_text()
    assert "Lena Morrow defends vote" in timeline and "Unverified" in timeline
    assert third not in timeline
    event_page = next((site / "events").glob("2026-03-02-ferry-crews-walk-off-job*.html"))
    assert "Ferry crews walked off the job" in event_page.read_text()
    assert len(re.findall(r'href="http://127\.0\.0\.1:\d+/"', event_page.read_text())) >= 1
    assert "4 March 2026" in timeline


def test_no_axe_violations_on_the_desk(browser: Browser, desk: DeskServer, project: Path):
    assert AXE.is_file(), "run 'npm install' for axe-core"
    page = open_page(browser, DESKTOP, bypass_csp=True)  # the desk's CSP forbids axe's script
    found = {}
    page.goto(desk.url)
    event_url = page.locator("a.row-link").first.get_attribute("href")
    pages = {"queue": desk.url, "event": desk.url.rstrip("/") + str(event_url)}
    for name, url in pages.items():
        page.goto(url)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))"
        )
        if violations:
            found[name] = violations
    # the inline error of a typo too
    page.fill("#field-date", "2026-13-01")
    expect(page.locator("#error-date")).to_contain_text("invalid date")
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' '))}))"
    )
    if violations:
        found["event with an error"] = violations
    screenshot(page, "desk-event")
    page.context.close()
    assert found == {}, json.dumps(found, indent=1)


def test_a_page_of_another_site_cannot_post_to_the_desk(
    browser: Browser, desk: DeskServer, project: Path, tmp_path: Path
):
    target = next((project / "content" / "events").glob("2026-03-02-ferry-crews*.yaml"))
    before = target.read_bytes()
    evil = tmp_path / "evil"
    evil.mkdir()
    fields = {"action": "accept", "id": target.stem, "token": "guessed", "digest": ""}
    inputs = "".join(f'<input name="{key}" value="{value}">' for key, value in fields.items())
    (evil / "index.html").write_text(
        f'<!doctype html><form id="f" method="post" action="{desk.url}action">{inputs}</form>'
        "<script>document.getElementById('f').submit()</script>"
    )
    (evil / "reader.html").write_text("<!doctype html><title>elsewhere</title>")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(evil)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = open_page(browser, DESKTOP)
    try:
        with page.expect_response(f"{desk.url}action") as answer:
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html")
        assert answer.value.status == 403
        # and a script there cannot even read the token: no CORS, so fetch fails
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/reader.html")
        read = page.evaluate(
            f"fetch('{desk.url}').then(r => r.text()).then(() => 'read', () => 'refused')"
        )
        assert read == "refused"
    finally:
        page.context.close()
        server.shutdown()
        server.server_close()
    assert target.read_bytes() == before
