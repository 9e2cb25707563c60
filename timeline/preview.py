"""``timeline serve``: the site on 127.0.0.1, rebuilt when an event file,
a template or the settings change, and reloaded in the browser.

The server serves the built folder as it is, adding to each HTML page a
small script that waits for the next build (server-sent events) and, while
some event file cannot be read, a panel listing the problems: a broken YAML
file shows its error in the page instead of stopping the server.
"""

from __future__ import annotations

import html
import sys
import threading
import time
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import jinja2
import watchfiles

from timeline.incremental.inputs import files_digest
from timeline.incremental.memory import BuildMemory
from timeline.model import MEDIA_FOLDER
from timeline.parallel import WorkerDied
from timeline.publish import Project, ProjectError
from timeline.site.build import SearchIndexError
from timeline.site.config import ConfigError, SiteConfig
from timeline.site.theme import default_theme, describe_template_error
from timeline.site.writer import OutputError

LIVE_PATH = "/__timeline/live"
KEEPALIVE = 15.0  # seconds between comments on an idle event stream
# Shown for a page that does not exist while the last build had problems.
NOT_BUILT = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>timeline serve</title>'
    b"</head><body><h1>This page could not be built</h1></body></html>"
)


class LiveSite:
    """The project, rebuilt on change; remembers the last build's problems
    and what it made (``memory``), and counts builds so that pages know
    when to reload."""

    def __init__(self, project: Project, adjust: Callable[[SiteConfig], SiteConfig] = lambda c: c):
        self.project = project
        self.adjust = adjust
        self.memory = BuildMemory()
        self.generation = 0
        self.problems: list[str] = []
        self.changed = threading.Condition()
        self.stopping = False
        self._signature = ""
        self._stopped = threading.Event()
        self._notified = threading.Event()  # a change was reported
        self._next_look = 0.0

    def watched(self) -> list[Path]:
        return [
            self.project.events,
            self.project.content / MEDIA_FOLDER,
            self.project.templates,
            self.project.config_file,
            default_theme(),
        ]

    def signature(self) -> str:
        """A digest of the name, size and time of every watched file."""
        return files_digest(self.watched())

    def rebuild(self) -> str:
        """Build once; never raises, so a bad edit cannot stop the server."""
        self._signature = self.signature()
        problems: list[str]
        announced = self.generation

        def published() -> None:  # pages live: reload now, not after the search index
            nonlocal announced
            with self.changed:
                self.generation += 1
                announced = self.generation
                self.changed.notify_all()

        try:
            config = self.adjust(self.project.config())
            result, problems, _errors = self.project.build(config, published, memory=self.memory)
            line = result.summary(self.project.out)
        except (ConfigError, OutputError, ProjectError, SearchIndexError, WorkerDied) as error:
            problems, line = [str(error)], "build failed"
        except jinja2.TemplateError as error:
            problems, line = [describe_template_error(error)], "build failed"
        except Exception as error:  # shown in the page: the server goes on
            problems, line = [f"build failed: {type(error).__name__}: {error}"], "build failed"
        with self.changed:
            if problems != self.problems or announced != self.generation:
                self.generation += 1  # what a reload shows changed since
                self.changed.notify_all()
            self.problems = problems
        return line

    def watch(self, interval: float = 2.0, report: Callable[[str], None] = print) -> None:
        """Rebuild after each change until ``stop``. The operating system
        says at once when a watched file changes (``watchfiles``: inotify on
        Linux); a look at every watched file's name, size and time then
        decides whether to build. The look is also taken every ``interval``
        seconds, for what notifications miss: a templates folder or settings
        file made after the start, a network drive. Looking at 10,000 event
        files takes a tenth of a second, so a look follows the last one by
        at least four times its length: watching never takes more than a
        fifth of a core, even while files keep changing."""
        threading.Thread(target=self._notifications, daemon=True).start()
        rest = interval
        while not self.stopping:
            self._notified.wait(rest)
            self._notified.clear()
            if self.stopping:
                return
            time.sleep(max(0.0, self._next_look - time.perf_counter()))
            started = time.perf_counter()
            signature = self.signature()
            took = time.perf_counter() - started
            self._next_look = time.perf_counter() + 4 * took
            rest = max(interval, 4 * took)
            if signature != self._signature:
                report(self.rebuild())
                for problem in self.problems:
                    report(f"  {problem}")

    def _notifications(self) -> None:
        """Wake ``watch`` at each batch of changes the system reports."""
        paths = [path for path in self.watched() if path.exists()]
        try:
            for _changes in watchfiles.watch(
                *paths, stop_event=self._stopped, raise_interrupt=False
            ):
                self._notified.set()
        except (OSError, RuntimeError):  # no notifications here: the looks go on
            return

    def stop(self) -> None:
        self._stopped.set()
        self._notified.set()
        with self.changed:
            self.stopping = True
            self.changed.notify_all()

    def wait_for_change(self, since: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(
                lambda: self.generation != since or self.stopping, timeout=timeout
            )
            return self.generation

    def inject(self, page: bytes) -> bytes:
        """The live-reload script, and the problems panel when there are any."""
        snippet = (
            "<script>(function(){var s=new EventSource("
            f'"{LIVE_PATH}?since={self.generation}");'
            "s.onmessage=function(){s.close();location.reload();};})();</script>"
        )
        if self.problems:
            items = "".join(f"<li>{html.escape(problem)}</li>" for problem in self.problems)
            snippet += (
                '<div id="timeline-problems" role="alert" style="position:fixed;left:0;right:0;'
                "bottom:0;max-height:40vh;overflow:auto;z-index:1000;margin:0;padding:0.75rem 1rem;"
                "background:#7f1d1d;color:#fff;font:0.95rem/1.4 ui-monospace,monospace;"
                'border-top:4px solid #fca5a5"><strong>timeline serve: '
                f"{len(self.problems)} problem(s); the other events are shown.</strong>"
                f'<ul style="margin:0.4rem 0 0;padding-left:1.2rem">{items}</ul></div>'
            )
        marker = b"</body>"
        at = page.rfind(marker)
        data = snippet.encode("utf-8")
        return page[:at] + data + page[at:] if at != -1 else page + data


def make_server(live: LiveSite, port: int, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """An HTTP server for the live site (port 0 picks a free port)."""

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, directory=str(live.project.out), **kwargs)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the terminal shows builds, not every request."""

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            if "\0" in unquote(url.path):  # no file has one; open() would raise
                self.send_error(400, "NUL in the path")
                return
            if url.path == LIVE_PATH:
                since = parse_qs(url.query).get("since", ["0"])[0]
                self._stream(int(since) if since.isdigit() else 0)
                return
            local = Path(self.translate_path(self.path))
            if url.path.endswith("/"):
                local = local / "index.html"
            if local.suffix == ".html" and (local.is_file() or live.problems):
                found = local.is_file()
                body = live.inject(local.read_bytes() if found else NOT_BUILT)
                self.send_response(200 if found else 503)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()

        def end_headers(self) -> None:
            # no path yet when the request line itself was refused (too long)
            if not getattr(self, "path", "").startswith(LIVE_PATH):
                self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def _stream(self, since: int) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            try:
                while not live.stopping:
                    generation = live.wait_for_change(since, KEEPALIVE)
                    if generation != since:
                        self.wfile.write(f"data: {generation}\n\n".encode())
                        since = generation
                    else:
                        self.wfile.write(b": waiting\n\n")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

    server = _Server((host, port), Handler)
    server.daemon_threads = True
    return server


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that stops loading a page (a click, a reload) closes
        its connection in the middle of the answer: that is no error of the
        server's, and the terminal shows builds, not every request. Any
        other error is reported as ``socketserver`` does."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)
