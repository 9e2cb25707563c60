"""The items of an RSS or Atom feed, read by feedparser: every flavour of
RSS and Atom, relative links, and broken feeds it can still make sense of,
which a few lines of ElementTree would not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import feedparser

from timeline.fetch.download import Download, FetchError


@dataclass(frozen=True)
class FeedItem:
    """One item: the article's address, and its date when the feed gives it."""

    link: str
    title: str
    published: dt.date | None


def read_feed(page: Download) -> list[FeedItem]:
    """The items of the feed in ``page``, in the feed's order; raises
    FetchError when it is not a feed."""
    parsed = feedparser.parse(
        page.body, response_headers={"content-location": page.final_url}, sanitize_html=False
    )
    if not parsed.get("version") and not parsed.entries:
        raise FetchError("not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(*when[:3]) if when else None
        items.append(FeedItem(link, entry.get("title", ""), published))
    return items
