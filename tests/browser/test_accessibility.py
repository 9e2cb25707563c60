"""axe-core, run in the browser, finds no violation on the home page (the
stories), a story's key events and its list, the timeline, an event page
and a tag page, in light and dark mode."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import AXE, DESKTOP, PHONE, Site, open_page

PAGES = (
    "index.html",
    "stories/harbour/index.html",
    "stories/harbour/all.html",
    "all.html",
    "events/2026-02-24-ferry-strike.html",
    "tags/harbour.html",
    "search.html?q=harbour",
)


@pytest.mark.parametrize(
    ("scheme", "viewport"), [("light", DESKTOP), ("dark", PHONE)], ids=["light", "dark-phone"]
)
def test_no_axe_violations(browser: Browser, site: Site, scheme: str, viewport: dict[str, int]):
    assert AXE.is_file(), "run 'npm install' for axe-core"
    page = open_page(browser, viewport, color_scheme=scheme)
    found = {}
    for path in PAGES:
        page.goto(site.page_url(path))
        page.wait_for_load_state("networkidle")
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))"
        )
        if violations:
            found[path] = violations
    page.context.close()
    assert found == {}, json.dumps(found, indent=1)
