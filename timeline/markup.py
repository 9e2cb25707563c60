"""Event summaries: Markdown written by editors (or extraction) turned into
HTML that is safe to publish. Markdown passes raw HTML through, so its output
goes through nh3 (a whitelist sanitiser): a ``<script>`` or an ``onerror=``
in a summary never reaches a reader's browser."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

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


# The common case written directly: paragraphs and tight "- " lists of
# lines holding text, **strong**, *emphasis* and [text](address), with none
# of the characters that start anything else. Python-Markdown gives exactly
# this HTML for such text (tests/test_markup.py compares the two over
# generated and awkward strings) at a tenth of a millisecond each.
_CHAR = r"[^*\[\]\\`_<>&]"  # besides these, ``str.isprintable`` rules out controls and odd spaces
_WORD = r"[^*\[\]\\`_<>& ]"
_INNER = rf"{_WORD}(?:{_CHAR}*{_WORD})?"
_ADDRESS = r"[A-Za-z0-9\-._~:/?#@!$%+,;=]+"
_LINE = re.compile(
    r"(?![-+=#> ]|\d+\.)"  # what would start a list, a heading, a rule, a quote or code
    rf"(?:{_CHAR}|(?<!\*)(?:\*\*{_INNER}\*\*|\*{_INNER}\*)(?!\*)"
    rf"|(?<!!)\[{_INNER}\]\({_ADDRESS}\))+"
    r"(?<! )"
)
_STRONG = re.compile(r"\*\*([^*]+)\*\*")
_EMPHASIS = re.compile(r"\*([^*]+)\*")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_TAG = re.compile(r"<[^>]*>")


def _simple_html(text: str) -> str | None:
    """What Python-Markdown makes of ``text`` when it is in the simple case
    above, else None."""
    blocks = []
    after_list = False
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        is_list = all(line.startswith("- ") for line in lines)
        if is_list:
            if after_list:  # two lists a blank line apart make one loose list
                return None
            lines = [line[2:] for line in lines]
        after_list = is_list
        for line in lines:
            if not line.isprintable() or _LINE.fullmatch(line) is None:
                return None
        inline = [
            _EMPHASIS.sub(
                r"<em>\1</em>",
                _STRONG.sub(r"<strong>\1</strong>", _LINK.sub(r'<a href="\2">\1</a>', line)),
            )
            if "*" in line or "[" in line
            else line
            for line in lines
        ]
        if is_list:
            blocks.append("<ul>\n" + "".join(f"<li>{item}</li>\n" for item in inline) + "</ul>")
        else:
            blocks.append("<p>" + "\n".join(inline) + "</p>")
    return "\n".join(blocks)


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """Made when a summary first needs it: making it looks up every
    installed extension, a twentieth of a rebuild after an edit."""
    return markdown.Markdown(extensions=["sane_lists"], output_format="html")


def _library(text: str) -> str:
    converter = _converter()
    converter.reset()
    return converter.convert(text)


def _render(text: str) -> tuple[str, str]:
    """The HTML of ``text`` made safe, and its plain text."""
    return _quick(text) or _sanitised(_library(text))


def _quick(text: str) -> tuple[str, str] | None:
    """``_render`` for text that needs no Markdown library: none at all, or
    the simple case; else None."""
    if not text.strip():
        return "", ""
    simple = _simple_html(text)
    return None if simple is None else _simple_pair(simple)


def _sanitised(fragment: str) -> tuple[str, str]:
    """The Markdown library's HTML made safe, and its plain text."""
    fragment = _clean(fragment)
    return fragment, html.unescape(" ".join(nh3.clean(fragment, tags=set()).split()))


def _simple_pair(fragment: str) -> tuple[str, str]:
    """The fast path's HTML, safe, and its plain text. Its elements are all
    allowed and its text holds no ``&``, ``<`` or ``>``: only its links need
    nh3 (their schemes, their ``rel``), and its text is what lies between
    the tags (both tested against nh3)."""
    if "<a " in fragment:
        fragment = _clean(fragment)
    return fragment, " ".join(_TAG.sub("", fragment).split())


def _clean(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def html_and_text(text: str) -> tuple[str, str]:
    """Summary → (HTML, plain text)."""
    return _render(text)


def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML."""
    return _render(text)[0]


def plain_text(text: str) -> str:
    """The summary without markup, for feeds' summaries, calendars and meta
    descriptions."""
    return _render(text)[1]


class Summaries:
    """Summaries rendered (Markdown → (HTML, plain text)), kept between
    builds in their memory (``timeline.incremental.memory``): most
    summaries never change, and many are shown on several pages."""

    def __init__(self) -> None:
        self.rendered: dict[str, tuple[str, str]] = {}

    def html_and_text(self, text: str) -> tuple[str, str]:
        pair = self.rendered.get(text)
        if pair is None:
            pair = self.rendered[text] = _render(text)
        return pair

    def html(self, text: str) -> str:
        return self.html_and_text(text)[0]

    def text(self, text: str) -> str:
        return self.html_and_text(text)[1]

    def render_all(self, texts: Iterable[str]) -> None:
        """Render those of ``texts`` not rendered yet. Many new ones that
        need the Markdown library are rendered on every core; the simple
        ones cost less than a worker's results."""
        rendered = self.rendered
        hard = []
        for text in set(texts):
            if text not in rendered:
                quick = _quick(text)
                if quick is None:
                    hard.append(text)
                else:
                    rendered[text] = quick
        made = fork_map(_library, hard, minimum=PARALLEL_FROM)
        for text, fragment in zip(hard, made, strict=True):
            rendered[text] = _sanitised(fragment)

    def to_keep(self, texts: Iterable[str]) -> dict[str, list[str]]:
        """The HTML and plain text of each of ``texts``, to keep for the
        next build."""
        texts = list(texts)
        self.render_all(texts)
        return {text: list(self.html_and_text(text)) for text in texts}

    def keep_only(self, texts: Iterable[str]) -> None:
        """Forget the rendering of every summary but ``texts``, so that what
        is kept never grows beyond the site it serves."""
        rendered = self.rendered
        self.rendered = {text: rendered[text] for text in texts if text in rendered}

    def remember(self, saved: Mapping[str, Sequence[str]]) -> None:
        """Take back what ``to_keep`` or ``html_and_text`` gave (made by the same
        code: the caller checks), leaving out whatever is not a pair of texts."""
        for text, pair in saved.items():
            if (
                isinstance(pair, (list, tuple))
                and len(pair) == 2
                and all(isinstance(x, str) for x in pair)
            ):
                self.rendered.setdefault(text, (pair[0], pair[1]))
