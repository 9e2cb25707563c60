"""A news site on 127.0.0.1 for the fetch tests: article pages, an RSS and
an Atom feed, and pages that misbehave (slow, huge, missing, not HTML).
The tests never reach the outside network."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PARAGRAPHS = (
    "The harbour authority of Port Meridian voted on Tuesday to raise the ferry fee by "
    "twelve percent, the first rise since 2019.",
    "Union leaders said the decision would hurt commuters who cross the bay every day, and "
    "they announced a strike for March 3 if the authority does not reconsider.",
    "The authority's chair, Lena Morrow, defended the vote and said the money would pay for "
    "two new boats that are expected to enter service in 2027.",
)


def article_page(title: str, published: str, paragraphs: tuple[str, ...] = PARAGRAPHS) -> bytes:
    body = "".join(f"<p>{text}</p>\n" for text in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Bay Courier</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
{body}</article>
<footer>© 2026 Bay Courier. All rights reserved.</footer>
</body></html>""".encode()


class NewsSite(BaseHTTPRequestHandler):
    """The routes of the test site; ``base`` is filled in once it listens."""

    base = ""

    def log_message(self, format: str, *args: object) -> None:
        """Requests are not the test's output."""

    def do_GET(self) -> None:
        path = self.path
        if path == "/news/fee-rise.html":
            self._send(
                200, "text/html; charset=utf-8", article_page("Ferry fee to rise", "2026-02-17")
            )
        elif path == "/news/strike.html":
            paragraphs = (
                "Ferry crews walked off the job on Monday morning, stranding thousands of "
                "commuters on both sides of the bay.",
                "The strike, called by the Bay Mariners Union, is the first in the harbour "
                "since the fee dispute began last month.",
            )
            self._send(
                200, "text/html", article_page("Ferry crews strike", "2026-03-02", paragraphs)
            )
        elif path == "/news/moved":
            self.send_response(301)
            self.send_header("Location", "/news/fee-rise.html")
            self.end_headers()
        elif path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/etc/passwd")
            self.end_headers()
        elif path == "/feed.rss":
            self._send(200, "application/rss+xml", self._rss())
        elif path == "/feed.atom":
            self._send(200, "application/atom+xml", self._atom())
        elif path == "/slow.html":
            time.sleep(3)
            self._send(200, "text/html", article_page("Slow", "2026-02-17"))
        elif path == "/huge.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the size is found while reading
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            try:
                for _ in range(400):  # 4 MB
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                return
        elif path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 not an article")
        elif path == "/menu.html":
            self._send(200, "text/html", b"<html><body><nav>Home</nav></body></html>")
        else:
            self._send(404, "text/plain", b"not here")

    def _send(self, code: int, kind: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the fetcher gave up first
            return

    def _rss(self) -> bytes:
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Bay Courier</title><link>{self.base}</link>
<description>News</description>
<item><title>Ferry crews strike</title><link>{self.base}news/strike.html</link>
<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>
<item><title>Ferry fee to rise</title><link>{self.base}news/fee-rise.html</link>
<pubDate>Tue, 17 Feb 2026 08:30:00 GMT</pubDate></item>
<item><title>Gone</title><link>{self.base}news/gone.html</link></item>
</channel></rss>""".encode()

    def _atom(self) -> bytes:
        return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Bay Courier</title>
<id>{self.base}</id><updated>2026-03-02T09:00:00Z</updated>
<entry><title>Ferry crews strike</title><id>strike</id>
<link href="news/strike.html"/><updated>2026-03-02T09:00:00Z</updated></entry>
</feed>""".encode()


@pytest.fixture(scope="session")
def news_site() -> Iterator[str]:
    """The site's base address, ending with /."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSite)
    server.daemon_threads = True
    NewsSite.base = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield NewsSite.base
    server.shutdown()
    server.server_close()
