"""Event summaries: Markdown written by editors (or extraction) turned into
HTML that is safe to publish. Markdown passes raw HTML through, so its output
goes through nh3 (a whitelist sanitiser): a ``<script>`` or an ``onerror=``
in a summary never reaches a reader's browser."""

from __future__ import annotations

import html
from functools import lru_cache

import markdown
import nh3

_TAGS = {
    "p",
    "br",
    "em",
    "strong",
    "b",
    "i",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "hr",
    "abbr",
    "sup",
    "sub",
    "del",
}  # no headings: a summary's "# Title" must not break the page's outline
_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
_URL_SCHEMES = {"http", "https", "mailto"}

_converter = markdown.Markdown(extensions=["sane_lists"], output_format="html")


@lru_cache(maxsize=131072)
def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML; cached by content because many summaries
    are rendered again on every rebuild without having changed."""
    if not text.strip():
        return ""
    _converter.reset()
    return nh3.clean(
        _converter.convert(text),
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


@lru_cache(maxsize=131072)
def plain_text(text: str) -> str:
    """The summary without markup, for feeds' summaries, calendars and meta
    descriptions."""
    return html.unescape(" ".join(nh3.clean(render_markdown(text), tags=set()).split()))
