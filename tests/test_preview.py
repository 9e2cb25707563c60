"""``timeline serve``: pages carry the live-reload script, edits rebuild and
notify the browser, and a broken file is shown in the page while the
server keeps going."""

from __future__ import annotations

import http.client
import itertools
import re
import socket
import struct
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site.project import make_project
from timeline.preview import LIVE_PATH, LiveSite, make_server
from timeline.publish import Project


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[LiveSite, str]]:
    root = make_project(tmp_path)
    (root / "timeline.toml").write_text('[site]\ntitle = "Live"\nsearch = false\n')
    site = LiveSite(Project.at(root))
    site.rebuild()
    server = make_server(site, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    watcher = threading.Thread(
        target=site.watch, kwargs={"interval": 0.05, "report": lambda _: None}, daemon=True
    )
    watcher.start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}"
    site.stop()
    server.shutdown()
    server.server_close()


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _next_build(base: str, since: int) -> int:
    """Wait on the event stream, as the page's script does."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", f"{LIVE_PATH}?since={since}")
    response = connection.getresponse()
    assert response.getheader("Content-Type") == "text/event-stream"
    while True:
        line = response.fp.readline().decode()
        if line.startswith("data: "):
            connection.close()
            return int(line.removeprefix("data: "))


def test_pages_carry_the_live_reload_script(live):
    site, base = live
    page = _get(base + "/")
    assert "<title>Live</title>" in page
    assert f'EventSource("{LIVE_PATH}?since={site.generation}")' in page
    assert "timeline-problems" not in page
    assert _get(base + "/static/site.css").startswith("/*")


def test_an_edit_rebuilds_and_reloads(live):
    site, base = live
    events = site.project.events
    path = events / "2026-02-24-ferry-strike.yaml"
    since = site.generation
    path.write_text(path.read_text().replace("Ferry strike begins", "Ferry strike starts"))
    assert _next_build(base, since) == since + 1
    assert "Ferry strike starts" in _get(base + "/events/2026-02-24-ferry-strike.html")


def test_a_broken_file_shows_in_the_page_and_the_server_goes_on(live):
    site, base = live
    broken = site.project.events / "broken.yaml"
    since = site.generation
    broken.write_text("id: broken\ntitle: [oops\n")
    _next_build(base, since)
    page = _get(base + "/index.html")
    assert 'id="timeline-problems" role="alert"' in page
    assert re.search(rf"{re.escape(str(broken))}:\d+:\d+: error: ", page)
    assert "Ferry strike begins" in page  # the other events are still there
    since = site.generation
    broken.unlink()
    _next_build(base, since)
    assert "timeline-problems" not in _get(base + "/index.html")


def test_a_template_error_is_shown_not_fatal(live):
    site, base = live
    templates = site.project.templates
    templates.mkdir()
    since = site.generation
    (templates / "card.html").write_text("{% if %}")
    _next_build(base, since)
    page = _get(base + "/index.html")
    assert "card.html:1:" in page and "Ferry strike begins" in page


def test_a_project_that_cannot_be_built_says_why_in_the_page(tmp_path: Path):
    site = LiveSite(Project.at(tmp_path))  # no content/events at all
    assert site.rebuild() == "build failed"
    server = make_server(site, 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(urllib.error.HTTPError) as caught:
            _get(f"http://127.0.0.1:{server.server_address[1]}/")
        page = caught.value.read().decode()
        assert caught.value.code == 503
        assert "no such folder of events" in page and 'role="alert"' in page
    finally:
        server.shutdown()
        server.server_close()


def test_an_edit_is_noticed_at_once_not_at_the_next_look(tmp_path: Path):
    site = LiveSite(Project.at(make_project(tmp_path)))
    site.rebuild()
    watcher = threading.Thread(
        target=site.watch, kwargs={"interval": 60, "report": lambda _: None}, daemon=True
    )
    watcher.start()
    try:
        time.sleep(0.5)  # the notifications are set up
        path = site.project.events / "2026-02-24-ferry-strike.yaml"
        since = site.generation
        started = time.perf_counter()
        path.write_text(path.read_text().replace("Ferry strike begins", "Ferry strike starts"))
        assert site.wait_for_change(since, timeout=10) == since + 1
        assert time.perf_counter() - started < 10  # the next look was a minute away
        page = site.project.out / "events" / "2026-02-24-ferry-strike.html"
        assert "Ferry strike starts" in page.read_text()
    finally:
        site.stop()
        watcher.join(timeout=5)
    assert not watcher.is_alive()


def test_watching_a_large_project_pauses_in_proportion_to_each_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    site = LiveSite(Project.at(make_project(tmp_path)))
    looks: list[float] = []

    def slow_look() -> str:  # a look at many files, 50 ms
        looks.append(time.perf_counter())
        time.sleep(0.05)
        return ""

    monkeypatch.setattr(site, "signature", slow_look)
    watcher = threading.Thread(
        target=site.watch, kwargs={"interval": 0.01, "report": lambda _: None}, daemon=True
    )
    watcher.start()
    time.sleep(1.0)
    site.stop()
    watcher.join(timeout=2)
    gaps = [later - earlier for earlier, later in itertools.pairwise(looks)]
    assert gaps and min(gaps) >= 0.2  # 50 ms looking, then at least 4 × that resting


def test_a_client_that_aborts_a_page_load_prints_no_traceback(live, capfd):
    """A browser that stops a load resets its connection mid-answer; the
    terminal keeps showing builds, and the server goes on."""
    site, base = live
    (site.project.out / "large.html").write_bytes(b"<html><body>" + b"x" * 4_000_000)
    port = int(base.rsplit(":", 1)[1])
    for path in ("/large.html", "/", "/static/site.css") * 3:
        client = socket.create_connection(("127.0.0.1", port), timeout=5)
        client.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        client.recv(16)  # the answer has begun
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()  # a reset, not a polite close
    time.sleep(0.5)  # the server's threads meet the reset
    assert "<title>Live</title>" in _get(base + "/")
    assert "Traceback" not in capfd.readouterr().err
