"""Bring articles in from the web: a page's main text (trafilatura, as the
documents loader reads saved pages) or the new items of an RSS or Atom feed
(feedparser), each saved under ``content/articles/`` with its title,
publication date, address and language in the front matter."""

from timeline.fetch.download import Download, FetchError, Limits, download
from timeline.fetch.feed import FeedItem, read_feed
from timeline.fetch.save import Saved, article_text, known_urls, save_article

__all__ = [
    "Download",
    "FeedItem",
    "FetchError",
    "Limits",
    "Saved",
    "article_text",
    "download",
    "known_urls",
    "read_feed",
    "save_article",
]
