"""The desk's web server: pages for the queue and for each event, and the
actions, on 127.0.0.1 only.

Security: the server listens on loopback; every request must name it in
its ``Host`` header (a page elsewhere cannot rebind a DNS name onto it);
every write carries the run's secret token, which only the desk's own
pages hold, and a request another site's page sends (its ``Origin`` or
``Sec-Fetch-Site`` says so) is refused; event files are reached only by
the ids the desk read from ``content/events``, articles only inside
``content/``; pages forbid framing and scripts from elsewhere."""

from __future__ import annotations

import hmac
import json
import secrets
import sys
from collections.abc import Callable
from dataclasses import replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import jinja2

from timeline.desk.article import show_article
from timeline.desk.first_look import FirstLook
from timeline.desk.queue import PAGE_SIZE, Entry, Filters
from timeline.desk.state import EDITABLE, LIST_FIELDS, Desk, by_field
from timeline.store.edit import Conflict, Invalid, digest
from timeline.store.lock import StoreBusy

HERE = Path(__file__).parent
STATIC = {
    "/static/desk.css": ("desk.css", "text/css; charset=utf-8"),
    "/static/desk.js": ("desk.js", "text/javascript; charset=utf-8"),
}
MAX_FORM_BYTES = 1 << 20
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # not no-referrer: with it, browsers send the desk's own posts with "Origin: null"
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
ACTIONS = ("accept", "reject", "edit", "merge", "undo")


def templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


class DeskServer(ThreadingHTTPServer):
    """The HTTP server of one desk run, with its secret token."""

    daemon_threads = True

    def __init__(self, desk: Desk, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.desk = desk
        self.token = secrets.token_urlsafe(32)
        self.pages = templates()
        port = self.server_address[1]
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class Handler(BaseHTTPRequestHandler):
    server: DeskServer
    server_version = "timeline-desk"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the terminal is the editor's."""

    # Requests ------------------------------------------------------------------

    def do_GET(self) -> None:
        self._safely(self._get)

    def do_POST(self) -> None:
        self._safely(self._post)

    def _safely(self, handle: Callable[[], None]) -> None:
        """A bug shows as one line and a 500 page, never a traceback, and
        the desk goes on serving."""
        try:
            handle()
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as error:
            print(
                f"timeline desk: {self.command} {self.path}: {type(error).__name__}: {error}",
                file=sys.stderr,
            )
            body = f"timeline desk: {type(error).__name__}: {error}\n".encode()
            try:
                self._send(500, body, "text/plain; charset=utf-8")
            except OSError:
                return

    def _get(self) -> None:
        if not self._host_ok():
            return
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        desk = self.server.desk
        if url.path in STATIC:
            name, kind = STATIC[url.path]
            self._send(200, (HERE / "static" / name).read_bytes(), kind)
        elif url.path == "/":
            filters, page = Filters.from_query(query), _page_number(query)
            look = desk.look
            if look is not None and filters == Filters() and page == 1 and not desk.read.is_set():
                self._queue_page(filters, page, look)
                return
            desk.wait_until_read()
            desk.refresh()
            self._queue_page(filters, page)
        elif url.path == "/event":
            desk.wait_until_read()
            event_id = query.get("id", [""])[0]
            entry = desk.entries.get(event_id)
            if entry is None:  # made since the queue was shown (a run of extract)
                desk.refresh()
            else:
                desk.refresh_file(entry.path)
            entry = desk.entries.get(event_id)
            if entry is None:
                self._not_found(Filters.from_query(query), event_id)
            else:
                self._event_page(entry, Filters.from_query(query))
        else:
            self._send(404, b"not found", "text/plain; charset=utf-8")

    def _post(self) -> None:
        if not self._host_ok():
            return
        url = urlsplit(self.path)
        form = self._form()
        if form is None:
            return
        if not self._write_allowed(form):
            return
        self.server.desk.wait_until_read()
        if url.path == "/check":
            self._check(form)
        elif url.path == "/action":
            self._action(form)
        else:
            self._send(404, b"not found", "text/plain; charset=utf-8")

    # Guards ----------------------------------------------------------------------

    def _host_ok(self) -> bool:
        """The request names this server: not a DNS name rebound onto it."""
        if self.headers.get("Host", "") in self.server.hosts:
            return True
        self._send(421, b"timeline desk: wrong Host header\n", "text/plain; charset=utf-8")
        return False

    def _write_allowed(self, form: dict[str, str]) -> bool:
        """The write comes from the desk's own page: same origin, and the
        run's token (in the form, or the ``X-Desk-Token`` header)."""
        origin = self.headers.get("Origin")
        site = self.headers.get("Sec-Fetch-Site")
        token = self.headers.get("X-Desk-Token") or form.get("token", "")
        if (
            (origin is not None and origin not in self.server.origins)
            or (site is not None and site not in ("same-origin", "none"))
            or not hmac.compare_digest(token.encode(), self.server.token.encode())
        ):
            self._send(
                403,
                b"timeline desk: refused: this request did not come from the desk's own page\n",
                "text/plain; charset=utf-8",
            )
            return False
        return True

    def _form(self) -> dict[str, str] | None:
        length = self.headers.get("Content-Length", "")
        if not length.isdigit() or int(length) > MAX_FORM_BYTES:
            self._send(413, b"timeline desk: form too large\n", "text/plain; charset=utf-8")
            return None
        body = self.rfile.read(int(length)).decode("utf-8", "replace")
        return {key: values[0] for key, values in parse_qs(body, keep_blank_values=True).items()}

    # Pages -------------------------------------------------------------------------

    def _render(self, status: int, template: str, **context: object) -> None:
        desk = self.server.desk
        with desk.lock:
            message, desk.message = desk.message, ""
            waiting = sum(entry.event.review == "unreviewed" for entry in desk.entries.values())
            context = {
                "token": self.server.token,
                "message": message,
                "waiting": waiting,
                "total": len(desk.entries),
                "broken": desk.broken,
                "can_undo": bool(desk.history),
                "warnings_ready": desk.warnings_ready,
                "reading": False,
                **context,
            }
        body = self.server.pages.get_template(template).render(**context).encode("utf-8")
        self._send(status, body, "text/html; charset=utf-8")
        desk.page_shown.set()

    def _queue_page(self, filters: Filters, page: int, look: FirstLook | None = None) -> None:
        """A page of the queue; with ``look``, the default queue's first
        page while the files are still being read: its events from the
        files the look picked, its counts from the look."""
        desk = self.server.desk
        entries = desk.queue(filters)
        count, counts = len(entries), {}
        doubted = 0  # under the default confidence filter: one link away
        if look is not None:
            count, doubted = look.shown, look.waiting - look.shown
            counts = {"waiting": look.waiting, "total": look.total, "reading": True}
        elif filters.min_confidence == Filters.min_confidence:
            everything = replace(filters, min_confidence="")
            doubted = desk.count(everything) - count
        pages = max(1, -(-count // PAGE_SIZE))
        page = min(page, pages)
        shown = entries[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        self._render(
            200,
            "queue.html",
            title="Review queue",
            filters=filters,
            entries=shown,
            count=count,
            page=page,
            pages=pages,
            first=(page - 1) * PAGE_SIZE,
            doubted=doubted,
            shown_confidence=Filters.min_confidence,
            **counts,
        )

    def _event_page(
        self,
        entry: Entry,
        filters: Filters,
        status: int = 200,
        typed: dict[str, str] | None = None,
        errors: dict[str, list[str]] | None = None,
    ) -> None:
        desk = self.server.desk
        data = desk.file_bytes(entry)
        previous, following = desk.neighbours(entry.event.id, filters)
        queue_ids = [item.event.id for item in desk.queue(filters)]
        position = queue_ids.index(entry.event.id) + 1 if entry.event.id in queue_ids else None
        event = entry.event
        values = {
            "title": event.title,
            "date": event.date,
            "status": event.status,
            "summary": event.summary,
            **{name: "\n".join(getattr(event, name)) for name in LIST_FIELDS},
            **(typed or {}),
        }
        duplicate = desk.entries.get(entry.duplicate_of or "")
        articles = [
            (source, show_article(desk.content, source.article, source.quote, event.date_text))
            for source in event.sources
        ]
        self._render(
            status,
            "event.html",
            title=event.title,
            filters=filters,
            entry=entry,
            event=event,
            digest=digest(data),
            values=values,
            errors=errors or {},
            previous=previous,
            following=following,
            position=position,
            count=len(queue_ids),
            duplicate=duplicate,
            duplicate_digest=digest(desk.file_bytes(duplicate) if duplicate else None),
            articles=articles,
            fields=EDITABLE,
        )

    def _not_found(self, filters: Filters, event_id: str) -> None:
        self._render(404, "gone.html", title="No such event", filters=filters, event_id=event_id)

    # Writes ------------------------------------------------------------------------

    def _check(self, form: dict[str, str]) -> None:
        desk = self.server.desk
        entry = desk.entries.get(form.get("id", ""))
        errors = desk.check_form(entry, form) if entry is not None else {"": ["no such event"]}
        body = json.dumps({name: errors.get(name, []) for name in ("", *EDITABLE)})
        self._send(200, body.encode("utf-8"), "application/json")

    def _action(self, form: dict[str, str]) -> None:
        desk = self.server.desk
        filters = Filters.from_query(parse_qs(form.get("back", ""), keep_blank_values=True))
        action, event_id = form.get("action", ""), form.get("id", "")
        expected = form.get("digest", "")
        entry = desk.entries.get(event_id)
        if action not in ACTIONS or (entry is None and action != "undo"):
            self._not_found(filters, event_id)
            return
        show = event_id
        try:
            if action == "undo":
                show = desk.undo_last() or event_id
            elif action == "accept":
                show = desk.neighbours(event_id, filters)[1] or event_id
                desk.accept(event_id, expected)
            elif action == "reject":
                show = desk.neighbours(event_id, filters)[1] or ""
                desk.reject(event_id, expected)
            elif action == "edit":
                assert entry is not None
                errors = desk.check_form(entry, form)
                if errors:
                    typed = {name: form[name] for name in EDITABLE if name in form}
                    self._event_page(entry, filters, 422, typed, errors)
                    return
                desk.edit(event_id, expected, form)
            elif action == "merge":
                other = form.get("other", "").strip()
                if other not in desk.entries or other == event_id:
                    assert entry is not None
                    self._event_page(
                        entry, filters, 422, errors={"other": [f"no other event {other!r}"]}
                    )
                    return
                desk.merge(event_id, expected, other, form.get("other_digest", ""))
        except Conflict as conflict:
            self._conflict(conflict, form, filters)
            return
        except Invalid as invalid:
            assert entry is not None
            self._event_page(entry, filters, 422, errors=by_field(invalid.issues))
            return
        except StoreBusy as busy:  # extract is writing: nothing done, try again
            desk.message = str(busy)
            show = event_id
        except KeyError:
            self._not_found(filters, event_id)
            return
        query = filters.query()
        if show in desk.entries:
            target = f"/event?id={quote(show)}" + (f"&{query}" if query else "")
        else:
            target = f"/?{query}"
        self.send_response(303)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self._headers()
        self.end_headers()

    def _conflict(self, conflict: Conflict, form: dict[str, str], filters: Filters) -> None:
        """Nothing written: show the version the page had and the one on disk."""
        desk = self.server.desk
        desk.refresh_file(conflict.path)
        mine = "other_digest" if conflict.path.stem == form.get("other") else "digest"
        shown = desk.shown.get(form.get(mine, ""))
        self._render(
            409,
            "conflict.html",
            title="Changed on disk",
            filters=filters,
            name=conflict.path.name,
            event_id=conflict.path.stem,
            shown=shown.decode("utf-8", "replace") if shown is not None else None,
            current=conflict.current.decode("utf-8", "replace") if conflict.current else None,
            action=form.get("action", ""),
        )

    # Output ------------------------------------------------------------------------

    def _headers(self) -> None:
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status, HTTPStatus(status).phrase if status != 421 else "Misdirected")
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self._headers()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _page_number(query: dict[str, list[str]]) -> int:
    text = query.get("page", ["1"])[0]
    return max(1, int(text)) if text.isdigit() else 1
