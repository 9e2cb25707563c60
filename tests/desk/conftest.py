"""A project with an article and event files as extraction writes them,
and the desk serving it on 127.0.0.1 for the length of a test."""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pytest

from timeline.desk.server import DeskServer
from timeline.desk.state import Desk
from timeline.model import Event, Source
from timeline.store.files import dump_event

ARTICLE = """\
---
title: Ferry fee to rise
date: 2026-02-17
url: https://example.org/fee-rise
---

The harbour authority voted on Tuesday to raise the ferry fee by twelve
percent, the first rise since 2019.

Union leaders announced a strike for March 3 if the authority does not
reconsider. The authority's chair defended the vote on Wednesday.
"""


def event(
    id: str,
    title: str,
    date: str,
    quote: str,
    date_text: str,
    confidence: float,
    article: str = "articles/fee.md",
    **fields: object,
) -> Event:
    return Event(
        id=id,
        title=title,
        date=date,
        date_text=date_text,
        sources=[Source(article=article, quote=quote, title="Ferry fee to rise")],
        confidence=confidence,
        **fields,  # type: ignore[arg-type]
    )


EVENTS = [
    event(
        "2026-02-17-authority-raises-fee",
        "Authority raises ferry fee",
        "2026-02-17",
        "The harbour authority voted on Tuesday to raise the ferry fee by twelve percent, "
        "the first rise since 2019.",
        "on Tuesday",
        0.9,
        tags=["harbour"],
    ),
    event(
        "2026-03-03-union-strike",
        "Union to strike",
        "2026-03-03",
        "Union leaders announced a strike for March 3 if the authority does not reconsider.",
        "March 3",
        0.5,
        status="expected",
    ),
    event(
        "2026-02-18-chair-defends-vote",
        "Chair defends vote",
        "2026-02-18",
        "The authority's chair defended the vote on Wednesday.",
        "on Wednesday",
        0.7,
    ),
    event(
        "2026-02-17-fee-rise-voted",
        "Ferry fee rise voted by authority",
        "2026-02-17",
        "The harbour authority voted on Tuesday to raise the ferry fee by twelve percent, "
        "the first rise since 2019.",
        "on Tuesday",
        0.6,
        article="articles/other.md",
    ),
]


def make_content(root: Path) -> Path:
    """``root/content`` with the article and the events; returns the events folder."""
    articles, events = root / "content" / "articles", root / "content" / "events"
    articles.mkdir(parents=True)
    events.mkdir()
    (articles / "fee.md").write_text(ARTICLE, encoding="utf-8")
    (articles / "other.md").write_text(ARTICLE.replace("fee-rise", "other"), encoding="utf-8")
    for item in EVENTS:
        (events / f"{item.id}.yaml").write_text(dump_event(item), encoding="utf-8")
    return events


@dataclass
class Running:
    """The desk under test, and a client that sends exactly the headers given."""

    server: DeskServer
    events: Path

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def request(
        self,
        method: str,
        path: str,
        form: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.server_address[1])
        body = urlencode(form) if form is not None else None
        sent = {"Host": self.host, **(headers or {})}
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        text = response.read().decode("utf-8")
        connection.close()
        return response.status, dict(response.getheaders()), text

    def page(self, event_id: str) -> tuple[str, dict[str, str]]:
        """The event's page, and its accept form's fields (token, digest…)."""
        status, _headers, text = self.request("GET", f"/event?id={event_id}")
        assert status == 200, text
        fields = dict(
            re.findall(
                r'<input type="hidden" name="(\w+)" value="([^"]*)">',
                text.split("accept-button")[0].rsplit("<form", 1)[1],
            )
        )
        return text, fields

    def act(self, action: str, event_id: str, **extra: str) -> tuple[int, dict[str, str], str]:
        _text, fields = self.page(event_id)
        form = {**fields, "action": action, **extra}
        return self.request("POST", "/action", form)

    def file(self, event_id: str) -> Path:
        return self.events / f"{event_id}.yaml"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Running]:
    events = make_content(tmp_path)
    state = Desk(events)
    state.load()
    server = DeskServer(state, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Running(server, events)
    server.shutdown()
    server.server_close()
