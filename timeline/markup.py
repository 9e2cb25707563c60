"""Event summaries: Markdown written by editors (or extraction) turned into
HTML that is safe to publish. Markdown passes raw HTML through, so its output
goes through nh3 (a whitelist sanitiser): a ``<script>`` or an ``onerror=``
in a summary never reaches a reader's browser."""

from __future__ import annotations

import html
from collections.abc import Iterable

import markdown
import nh3

from timeline.parallel import fork_map

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

# From this many new summaries on, they are rendered on every core.
PARALLEL_FROM = 500

_converter = markdown.Markdown(extensions=["sane_lists"], output_format="html")


# Summary → (HTML, plain text). Kept for the process's life (``serve``) and
# between builds (``timeline.site.cache``): most summaries never change.
_rendered: dict[str, tuple[str, str]] = {}


def _render(text: str) -> tuple[str, str]:
    if not text.strip():
        return "", ""
    _converter.reset()
    fragment = nh3.clean(
        _converter.convert(text),
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
    return fragment, html.unescape(" ".join(nh3.clean(fragment, tags=set()).split()))


def _lookup(text: str) -> tuple[str, str]:
    pair = _rendered.get(text)
    if pair is None:
        pair = _rendered[text] = _render(text)
    return pair


def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML; cached by content because many summaries
    are rendered again on every rebuild without having changed."""
    return _lookup(text)[0]


def plain_text(text: str) -> str:
    """The summary without markup, for feeds' summaries, calendars and meta
    descriptions."""
    return _lookup(text)[1]


def rendered(texts: Iterable[str]) -> dict[str, list[str]]:
    """The HTML and plain text of each of ``texts``, to keep for the next
    build. Many new ones are rendered on every core."""
    texts = list(texts)
    new = list(dict.fromkeys(text for text in texts if text not in _rendered))
    for text, pair in zip(new, fork_map(_render, new, minimum=PARALLEL_FROM), strict=True):
        _rendered[text] = pair
    return {text: list(_lookup(text)) for text in texts}


def remember(saved: dict[str, list[str]]) -> None:
    """Take back what ``rendered`` gave (made by the same code: the caller
    checks), leaving out whatever is not a pair of texts."""
    for text, pair in saved.items():
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair):
            _rendered.setdefault(text, (pair[0], pair[1]))
