"""Browser tests: Playwright's Python API driving Debian's Chromium
(``apt-get install chromium``; Playwright's own browser download is never
used). The sample site is built once, with its search index, and served
under a subpath to prove relative links hold."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.site.sample import sample_events
from timeline.site import SiteConfig, build_site
from timeline.site.stories import Story

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SUBPATH = "news/timeline/"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 780}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Requests are not the test's output."""


@dataclass(frozen=True)
class Site:
    folder: Path
    url: str  # ends with /

    def page_url(self, path: str = "all.html") -> str:
        return self.url + path


@contextmanager
def served(base: Path) -> Iterator[Site]:
    """``base`` served on 127.0.0.1 while the block runs; the site lies in
    its subfolder ``SUBPATH``, to prove relative links hold."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(base)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(base / SUBPATH, f"http://127.0.0.1:{server.server_address[1]}/{SUBPATH}")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with served(tmp_path_factory.mktemp("web")) as site:
        stories = (
            Story("harbour", "The harbour", "Fees, rules and talks.", tags=("harbour",)),
            Story("strike", "The strike", tags=("strike",)),
        )
        config = SiteConfig(title="Harbour dispute", base_url=site.url, stories=stories)
        build_site(sample_events(), site.folder, config)
        yield site


def open_page(browser: Browser, viewport: dict[str, int], **options: object) -> Page:
    context = browser.new_context(viewport=viewport, **options)  # type: ignore[arg-type]
    page = context.new_page()
    page.set_default_timeout(5000)
    return page


@pytest.fixture
def desktop(browser: Browser) -> Iterator[Page]:
    page = open_page(browser, DESKTOP)
    yield page
    page.context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    page = open_page(browser, PHONE, is_mobile=True, has_touch=True)
    yield page
    page.context.close()


def screenshot(page: Page, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)
