"""A reader's path through the site in a real browser: the timeline, a
jump to a date, a filter, a search, an event, and back."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import ARTIFACTS, DESKTOP, Site, open_page, screenshot


def _visible_events(page: Page) -> int:
    return page.locator(".timeline .event-item:visible").count()


def test_reader_journey(desktop: Page, site: Site):
    page = desktop
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(("http://127.0.0.1", "data:"))
            else outside.append(request.url)
        ),
    )
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    # The home page lists the stories; every event is one click away.
    page.goto(site.page_url("index.html"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Harbour dispute")
    expect(page.get_by_role("heading", level=2, name="The harbour")).to_be_visible()
    screenshot(page, "home-desktop")
    page.get_by_role("link", name="All 8 events").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("All events")
    assert _visible_events(page) == 8
    screenshot(page, "timeline-desktop")

    # Jump to a date.
    jump = page.get_by_role("navigation", name="Jump to a date")
    jump.get_by_text("Jump to a date").click()  # folded, so the first screen shows events
    jump.get_by_role("link", name="Feb 2026").click()
    expect(page).to_have_url(re.compile(r"all\.html#m2026-02$"))
    expect(page.locator("#m2026-02")).to_be_in_viewport()

    # Filter by a tag; the state is in the URL and the back button undoes it.
    page.get_by_text("Filter by tag, place or actor").click()
    page.locator('a[data-filter="tag"][data-value="strike"]').click()
    expect(page).to_have_url(re.compile(r"\?tag=strike"))
    expect(page.locator(".filter-status")).to_contain_text("Showing 2 of 8 events")
    assert _visible_events(page) == 2
    page.locator('a[data-filter="place"][data-value="Kraków"]').click()
    expect(page).to_have_url(re.compile(r"\?tag=strike&place=Krak"))
    assert _visible_events(page) == 1
    page.go_back()
    expect(page).to_have_url(re.compile(r"\?tag=strike(#|$)"))
    assert _visible_events(page) == 2
    page.get_by_role("link", name="newest first").click()  # the filter goes along
    expect(page).to_have_url(re.compile(r"newest\.html\?tag=strike$"))
    assert _visible_events(page) == 2
    page.get_by_role("button", name="Clear filters").click()
    assert _visible_events(page) == 8

    # Search, then narrow by place; both live in the URL.
    page.get_by_role("searchbox", name="Search events").fill("strike")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"search\.html\?q=strike"))
    results = page.locator(".search-results > li")
    expect(page.locator(".search-status")).to_contain_text("3 events found")
    page.get_by_label("Place").select_option("Kraków")
    expect(page).to_have_url(re.compile(r"q=strike&place=Krak"))
    expect(page.locator(".search-status")).to_contain_text("1 event found")
    screenshot(page, "search-desktop")

    # Open the event found, then come back to the same search.
    results.first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Union meeting in Kraków")
    screenshot(page, "event-desktop")
    page.go_back()
    expect(page).to_have_url(re.compile(r"q=strike&place=Krak"))
    expect(page.get_by_role("searchbox", name="Words to find")).to_have_value("strike")
    expect(page.locator(".search-status")).to_contain_text("1 event found")

    assert outside == []
    assert errors == []


def test_phone_width_reads_without_sideways_scrolling(phone: Page, site: Site):
    for path, name in (
        ("all.html", "timeline-360"),
        ("stories/harbour/index.html", "key-events-360"),
        ("events/2026-02-17-harbour-talks-in-geneva.html", "event-360"),
        ("tags/harbour.html", "tag-360"),
    ):
        phone.goto(site.page_url(path))
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, (path, width)
        screenshot(phone, name)


def test_dark_mode_follows_the_system(browser: Browser, site: Site):
    page = open_page(browser, DESKTOP, color_scheme="dark")
    page.goto(site.page_url())
    background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
    assert background == "rgb(21, 23, 27)"
    screenshot(page, "timeline-dark")
    page.context.close()


def test_print_shows_the_events_without_the_navigation(desktop: Page, site: Site):
    page = desktop
    page.goto(site.page_url())
    page.emulate_media(media="print")
    for hidden in (".jump", ".site-nav", ".filters", ".overview", ".search-box"):
        expect(page.locator(hidden)).to_be_hidden()
    expect(page.locator(".event-item").first).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "timeline-print.pdf"))


def test_keyboard_skip_link_and_landmarks(desktop: Page, site: Site):
    page = desktop
    page.goto(site.page_url())
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to content")
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    for role in ("banner", "main", "contentinfo", "search"):
        expect(page.get_by_role(role).first).to_be_visible()
    expect(page.get_by_role("navigation", name="Site")).to_be_visible()


def test_works_from_file_without_a_server(desktop: Page, site: Site):
    page = desktop
    page.goto((site.folder / "all.html").as_uri())
    page.get_by_role("link", name="Union meeting in Kraków", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Union meeting in Kraków")
    page.get_by_role("link", name="Kraków").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kraków")
    page.goto((site.folder / "search.html").as_uri() + "?q=ferry")
    expect(page.locator(".search-status")).to_contain_text("served over the web")


def test_without_javascript_filters_fall_back_to_pages(browser: Browser, site: Site):
    page = open_page(browser, DESKTOP, java_script_enabled=False)
    page.goto(site.page_url())
    page.get_by_text("Filter by tag, place or actor").click()
    page.locator('a[data-filter="tag"][data-value="strike"]').click()
    expect(page).to_have_url(re.compile(r"tags/strike\.html$"))
    assert page.locator(".event-item").count() == 2
    page.goto(site.page_url("search.html"))
    expect(page.locator("main")).to_contain_text("Search needs JavaScript")
    page.context.close()
