"""``timeline serve`` listens on 127.0.0.1 only and serves nothing outside
the output folder, whatever the request path: ``..``, encoded, doubly
encoded, backslashes, NUL, absolute-form. A malformed request gets an
error status, never a traceback, and the server goes on."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.hostile.conftest import environment

SECRET = "secret outside the site folder"
TRAVERSALS = [
    "/../secret.txt",
    "/../../../../../../etc/passwd",
    "/%2e%2e/secret.txt",
    "/%2E%2E/%2E%2E/etc/passwd",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/static/../../secret.txt",
    "/static/%2e%2e/%2e%2e/secret.txt",
    "/static/%252e%252e/%252e%252e/secret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    "/secret.txt%00.html",
    "/.%2e/secret.txt",
    "http://127.0.0.1/../secret.txt",
    "/__timeline/live?since=../../secret.txt",
]
MALFORMED = ["/__timeline/live?since=abc", "/%", "/%zz", "/" + "a" * 70_000]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """``timeline serve --port 0`` on a small project with a secret beside
    its site; yields the port it listens on."""
    root = tmp_path_factory.mktemp("serve")
    (root / "content" / "events").mkdir(parents=True)
    (root / "content" / "events" / "talks.yaml").write_text(
        "id: talks\ntitle: Talks resume\ndate: 2026-02-20\nreview: reviewed\n"
    )
    (root / "secret.txt").write_text(SECRET)
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline", "serve", "--port", "0", "--no-search"],
        cwd=root,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            found = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
            if found:
                break
        else:
            pytest.fail(f"serve did not start: {process.stderr.read() if process.stderr else ''}")
        yield int(found.group(1))
    finally:
        process.terminate()
        _out, errors = process.communicate(timeout=10)
    assert "Traceback" not in errors, errors


def get(port: int, target: str) -> tuple[int, bytes]:
    """A raw request line, sent as written: no client library tidies it."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(f"GET {target} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
        response = b""
        while chunk := connection.recv(65536):
            response += chunk
            if b"text/event-stream" in response:  # the live-reload stream stays open
                break
    status = int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0
    return status, response


def test_the_site_is_served(server: int) -> None:
    status, body = get(server, "/events/talks.html")
    assert status == 200 and b"Talks resume" in body


@pytest.mark.parametrize("target", TRAVERSALS)
def test_no_path_reaches_outside_the_site(server: int, target: str) -> None:
    status, body = get(server, target)
    assert SECRET.encode() not in body
    assert b"root:" not in body
    assert status in (200, 301, 400, 404)  # 200: the path was read as one inside the site


@pytest.mark.parametrize("target", MALFORMED)
def test_malformed_requests_get_an_error_and_the_server_goes_on(server: int, target: str) -> None:
    status, _body = get(server, target)
    assert status in (200, 400, 404, 414)
    assert get(server, "/index.html")[0] == 200


def test_listens_on_loopback_only(server: int) -> None:
    # Linux routes all of 127/8 to the loopback interface: a server bound to
    # 0.0.0.0 would answer on 127.0.0.2 too; one bound to 127.0.0.1 does not.
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.2", server), timeout=5).close()
