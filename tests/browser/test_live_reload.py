"""``timeline serve`` in a real browser: an edit reloads the open page by
itself, and a broken file appears in the page."""

from __future__ import annotations

import threading
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import screenshot
from tests.site.project import make_project
from timeline.preview import LiveSite, make_server
from timeline.publish import Project


def test_an_open_page_reloads_on_edits_and_shows_broken_files(desktop: Page, tmp_path: Path):
    root = make_project(tmp_path)
    (root / "timeline.toml").write_text('[site]\ntitle = "Live"\nsearch = false\n')
    live = LiveSite(Project.at(root))
    live.rebuild()
    server = make_server(live, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    threading.Thread(
        target=live.watch, kwargs={"interval": 0.05, "report": lambda _: None}, daemon=True
    ).start()
    try:
        page = desktop
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/all.html")
        expect(page.get_by_role("link", name="Ferry strike begins", exact=True)).to_be_visible()

        event = root / "content" / "events" / "2026-02-24-ferry-strike.yaml"
        event.write_text(event.read_text().replace("Ferry strike begins", "Ferry strike starts"))
        expect(page.get_by_role("link", name="Ferry strike starts", exact=True)).to_be_visible()

        (root / "content" / "events" / "broken.yaml").write_text("id: broken\ntitle: [oops\n")
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("broken.yaml:")
        expect(page.get_by_role("link", name="Ferry strike starts", exact=True)).to_be_visible()
        screenshot(page, "serve-problem")
    finally:
        live.stop()
        server.shutdown()
        server.server_close()
