"""The time axis in a real browser: it takes the strip's place without
moving the page, zooms from the whole timeline to days, pans by keyboard,
mouse, buttons and touch (a tap, a finger, two fingers), groups crowded
periods and opens them, links each event to its card, and holds 10,000
events; axe finds nothing at any zoom, light or dark. Screenshots at three
zoom levels go to test-artifacts/."""

from __future__ import annotations

import datetime as dt
import json
import re

from playwright.sync_api import Browser, Page, Route, expect

from tests.browser.conftest import AXE, DESKTOP, PHONE, Site, open_page, screenshot
from timeline.model import Event
from timeline.site.axis import axis_index, axis_parts, axis_words, part_path, words_files
from timeline.site.views import prepare

SHIFTS = """() => new Promise(done => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(total), 100);
})"""


def _open(page: Page, site: Site, path: str = "all.html") -> None:
    page.goto(site.page_url(path))
    expect(page.locator(".ax-track:not([aria-busy])")).to_be_visible()


def _range(page: Page) -> str:
    return page.locator(".ax-range").inner_text()


def _axe(page: Page) -> list[dict]:
    """axe-core's violations in the axis (test_accessibility checks the rest)."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async () => (await axe.run('figure.overview', {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' '))}))"
    )


def test_the_axis_replaces_the_strip_without_moving_the_page(desktop: Page, site: Site):
    page = desktop
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url.rsplit("/", 1)[1]))
    _open(page, site)
    expect(page.locator(".overview-strip")).to_be_hidden()
    assert page.evaluate(SHIFTS) < 0.01
    assert re.fullmatch(r"\w+ 2024 – \w+ 2026", _range(page))  # the whole timeline
    # The year known only as "c. 2025" is a diamond over a dotted 2025, not a bar.
    year = page.locator(".ax-event.p2", has_text="New port rules adopted")
    expect(year).to_be_visible()
    assert page.locator(".ax-happened .ax-extent:not(.span)").count() >= 1
    expect(page.locator(".ax-expected .ax-event")).to_have_count(2)  # below the line
    # A small timeline's titles come with its index: one request.
    assert [name for name in asked if name.startswith("axis-data")] == ["axis-data.js"]
    # A story's page draws the story's events, linked to its own list.
    _open(page, site, "stories/strike/index.html")
    marks = page.locator(".ax-track a")
    expect(marks).to_have_count(2)
    assert "stories/strike/all.html#e-" in (marks.first.get_attribute("href") or "")


def test_zoom_in_on_a_crowded_month_and_follow_an_event_to_its_card(browser: Browser, site: Site):
    for viewport, name in ((DESKTOP, "desktop"), (PHONE, "360")):
        page = open_page(browser, viewport)
        _open(page, site)
        screenshot(page, f"axis-{name}-1-whole", full_page=False)
        card = page.locator(".event-item").first.bounding_box()
        assert card and card["y"] + 80 < viewport["height"]  # the first screen shows an event
        group = page.locator(".ax-happened .ax-group")
        expect(group).to_contain_text("4")
        expect(group).to_have_accessible_name(re.compile(r"4 events in .*2026, show them"))
        group.click()
        kraków = page.locator(".ax-event", has_text="Union meeting in Kraków")
        expect(kraków).to_be_visible()
        assert re.fullmatch(r"\d+ (Jan|Feb) 2026 – \d+ (Feb|Mar) 2026", _range(page))
        screenshot(page, f"axis-{name}-2-month", full_page=False)
        kraków.click()
        expect(page).to_have_url(re.compile(r"#e-2026-02-20-union-meeting-in-krakow$"))
        expect(page.locator("#e-2026-02-20-union-meeting-in-krakow")).to_be_in_viewport()
        for _ in range(4):
            page.get_by_role("button", name="Zoom in").click()
        assert re.fullmatch(r"\d+ Feb 2026 – \d+ Feb 2026", _range(page))
        page.evaluate("window.scrollTo(0, 0)")
        screenshot(page, f"axis-{name}-3-days", full_page=False)
        page.context.close()


def test_keyboard_mouse_and_buttons_move_the_axis(desktop: Page, site: Site):
    page = desktop
    _open(page, site)
    for _ in range(40):  # the axis is one stop of the Tab key
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.ax-track') !== null"):
            break
    focused = page.locator(".ax-track :focus")
    expect(focused).to_have_count(1)
    first = focused.inner_text()
    page.keyboard.press("ArrowRight")
    expect(page.locator(".ax-track :focus")).not_to_have_text(first)
    whole = _range(page)
    page.keyboard.press("+")
    assert _range(page) != whole
    page.keyboard.press("End")  # the last event: the fair still to come
    expect(page.locator(".ax-track :focus")).to_contain_text("Spring harbour fair")
    page.get_by_role("button", name="Whole timeline").click()
    assert _range(page) == whole
    # A drag pans, and a drag that ends on an event does not follow its link.
    page.get_by_role("button", name="Zoom in").click()
    before = _range(page)
    box = page.locator(".ax-track").bounding_box()
    assert box
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 40)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 + 150, box["y"] + 40, steps=5)
    page.mouse.up()
    assert _range(page) != before
    assert not page.url.endswith("#")
    page.get_by_role("button", name="Later").click()
    page.get_by_role("button", name="Earlier").click()


def _days_shown(page: Page) -> tuple[dt.date, dt.date]:
    """The first and last day the range above the axis names."""
    ends = []
    for text in _range(page).replace("Sept", "Sep").split(" – "):
        for form in ("%d %b %Y", "%b %Y", "%Y"):
            try:
                ends.append(dt.datetime.strptime(text, form).date())
                break
            except ValueError:
                continue
    first, last = ends
    return first, last


def test_a_finger_pans_and_two_fingers_pinch_the_axis(phone: Page, site: Site):
    """Touches as a phone's screen sends them (CDP Input.dispatchTouchEvent):
    a tap opens a group, two fingers apart zoom in around them, one finger
    dragged to the right shows earlier days without following a link, and
    two fingers together zoom out."""
    page = phone
    _open(page, site)
    screen = page.context.new_cdp_session(page)

    def touch(kind: str, *points: tuple[float, float]) -> None:
        fingers = [{"x": x, "y": y, "id": number} for number, (x, y) in enumerate(points)]
        screen.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": fingers})

    def span() -> int:
        first, last = _days_shown(page)
        return (last - first).days

    whole = span()
    group = page.locator(".ax-happened .ax-group").bounding_box()
    assert group
    page.touchscreen.tap(group["x"] + group["width"] / 2, group["y"] + group["height"] / 2)
    expect(page.locator(".ax-event", has_text="Union meeting in Kraków")).to_be_visible()
    month = span()
    assert month < whole / 4
    box = page.locator(".ax-track").bounding_box()
    assert box
    middle, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    touch("touchStart", (middle - 20, y), (middle + 20, y))
    for step in range(1, 6):
        touch("touchMove", (middle - 20 - 12 * step, y), (middle + 20 + 12 * step, y))
    touch("touchEnd")
    page.wait_for_function("!document.querySelector('.ax-track[aria-busy]')")
    assert span() < month / 2  # 40 px apart to 160: four times closer
    zoomed = _days_shown(page)
    touch("touchStart", (middle, y))
    for step in range(1, 6):
        touch("touchMove", (middle + 30 * step, y))
    touch("touchEnd")
    page.wait_for_timeout(100)  # the drag's last frame
    moved = _days_shown(page)
    assert moved[0] < zoomed[0] and moved[1] < zoomed[1]  # earlier days, as wide a view
    assert "#" not in page.url  # the drag did not follow the link it ended on
    touch("touchStart", (middle - 80, y), (middle + 80, y))
    for step in range(1, 6):
        touch("touchMove", (middle - 80 + 12 * step, y), (middle + 80 - 12 * step, y))
    touch("touchEnd")
    page.wait_for_timeout(100)
    assert span() > (moved[1] - moved[0]).days * 2


def test_ten_thousand_events_group_and_open_on_demand(desktop: Page, site: Site):
    """A day holds more events than rows: at the axis's closest zoom its
    group lists them, each a link to its card on the page listing it."""
    events = [
        Event(id=f"e{number:05d}", title=f"Event {number}", date=_spread(number))
        for number in range(10_000)
    ]
    parts = axis_parts(prepare(events).events, lambda view: f"years/{view.year}.html")
    scripts = {"axis-data.js": axis_index(parts)}
    for file, numbers in enumerate(words_files(parts), start=1):
        pages = [(number + 1, parts[number][1]) for number in numbers]
        scripts[part_path("axis-data.js", file)] = axis_words(pages)
    asked = []

    def serve(route: Route) -> None:
        name = route.request.url.rsplit("/", 1)[1]
        asked.append(name)
        route.fulfill(body=scripts[name])

    page = desktop
    page.route(re.compile(r".*/axis-data(\.\d+)?\.js$"), serve)
    _open(page, site)
    assert asked == ["axis-data.js"]  # the whole timeline needs no titles yet
    counts = page.evaluate(
        """() => [...document.querySelectorAll('.ax-track [data-item]')].map(
          node => node.matches('.ax-group') ? parseInt(node.textContent) : 1)"""
    )
    assert sum(counts) == 10_000 and len(counts) < 100
    dialog = page.get_by_role("dialog")
    for _ in range(10):  # down to the day that holds 25 events, then its list
        expect(page.locator(".ax-track:not([aria-busy])")).to_be_visible()  # words in
        if dialog.count():  # the last click opened it once the words were in
            break
        shown = page.locator(".ax-range").text_content()
        page.locator(".ax-group").last.click()
        # The click's effect, which comes late on a loaded machine: a closer
        # range, or the group's list (then a second click would hit the list).
        page.wait_for_function(
            """shown => document.querySelector('.ax-pop')
              || document.querySelector('.ax-range').textContent !== shown""",
            arg=shown,
        )
    expect(dialog).to_have_accessible_name(re.compile(r"^25 events in \d+ \w+ 2026$"))
    links = dialog.get_by_role("link")
    expect(links).to_have_count(25)
    assert re.search(r"years/2026\.html#e-e\d{5}$", links.first.get_attribute("href") or "")
    assert len(asked) < 10  # only the words of the pages shown on the way
    assert _axe(page) == []
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)


def _spread(number: int) -> str:
    """Events over 1950-2026, the last 25 on one day."""
    if number >= 9_975:
        return "2026-03-05"
    day = number * 27_000 // 10_000
    return f"{1950 + day // 360}-{day % 360 // 30 + 1:02d}-{day % 30 % 28 + 1:02d}"


def test_no_axe_violations_at_any_zoom_light_and_dark(browser: Browser, site: Site):
    found = {}
    for scheme, viewport in (("light", DESKTOP), ("dark", PHONE)):
        page = open_page(browser, viewport, color_scheme=scheme)
        _open(page, site)
        for zoom in ("whole", "month", "days"):
            if zoom == "month":
                page.locator(".ax-happened .ax-group").click()
            elif zoom == "days":
                for _ in range(4):
                    page.get_by_role("button", name="Zoom in").click()
            violations = _axe(page)
            if violations:
                found[f"{scheme} {zoom}"] = violations
        page.context.close()
    assert found == {}, json.dumps(found, indent=1)
