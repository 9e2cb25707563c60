"""Settings and fixtures every test folder shares."""

from collections.abc import Iterator

import pytest
from hypothesis import settings
from playwright.sync_api import Browser, sync_playwright

# The tests check correctness, not time: a property test on a loaded
# machine must not fail for being slow (benchmarks in bench/ measure speed).
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")

CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright's own download is never used
# Without the networking flags Chromium keeps calling outside hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for the session: Playwright's sync API cannot start a
    second while the first runs, so every folder's browser tests share it."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def count_parsed_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the event files parsed from now on (each call of
    ``timeline.store.load.load_file``), filled as they are read."""
    from timeline.store import load

    parsed: list[str] = []
    parse = load.load_file

    def counting(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(path.name)
        return parse(path, *args, **kwargs)

    monkeypatch.setattr(load, "load_file", counting)
    return parsed
