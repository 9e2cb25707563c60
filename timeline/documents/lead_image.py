"""An article's lead image, as its page states it: the picture its metadata
names (trafilatura reads ``og:image``), with the alt text, caption and
credit the page gives that very picture in a ``<figure>``. Nothing is
fetched: extraction proposes the address, an editor decides."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

__all__ = ["LeadImage", "lead_image"]

# Elements inside a caption that hold its credit, by their class.
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|photographer|source|attribution", re.I)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class LeadImage:
    """An https address and the words the page gives the picture."""

    url: str
    alt: str = ""
    caption: str = ""
    credit: str = ""


@dataclass
class _Figure:
    sources: list[str]
    alt: str = ""
    caption: list[str] | None = None
    credit: list[str] | None = None


class _Figures(HTMLParser):
    """The page's ``<figure>``s (their images' addresses, alt, caption and
    credit) and the alt text its metadata gives the shared image."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.figures: list[_Figure] = []
        self.meta_alt = ""
        self._figure: _Figure | None = None
        self._in_caption = 0  # depth inside <figcaption>
        self._credit_depth = 0  # depth inside a credit element, in a caption

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta" and values.get("property", values.get("name", "")).lower() in (
            "og:image:alt",
            "twitter:image:alt",
        ):
            self.meta_alt = self.meta_alt or values.get("content", "")
        elif tag == "figure":
            self._figure = _Figure([])
            self.figures.append(self._figure)
        elif self._figure is None:
            return
        elif tag in ("img", "source"):
            found = [values.get(name, "") for name in ("src", "data-src")]
            for name in ("srcset", "data-srcset"):
                found += [
                    part.split()[0] for part in values.get(name, "").split(",") if part.split()
                ]
            self._figure.sources += [address for address in found if address]
            if tag == "img" and not self._figure.alt:
                self._figure.alt = values.get("alt", "")
        elif tag == "figcaption":
            self._in_caption += 1
            self._figure.caption = self._figure.caption or []
        elif self._in_caption and (
            self._credit_depth
            or tag in ("cite", "small")
            or _CREDIT_CLASS.search(values.get("class", ""))
        ):
            self._credit_depth += 1
            self._figure.credit = self._figure.credit or []

    def handle_endtag(self, tag: str) -> None:
        if self._credit_depth and tag not in ("img", "br"):
            self._credit_depth -= 1
        elif tag == "figcaption" and self._in_caption:
            self._in_caption -= 1
        elif tag == "figure":
            self._figure = None

    def handle_data(self, data: str) -> None:
        figure = self._figure
        if figure is None or not self._in_caption:
            return
        if self._credit_depth and figure.credit is not None:
            figure.credit.append(data)
        elif figure.caption is not None:
            figure.caption.append(data)


def lead_image(page: str, image: str | None, page_url: str | None) -> LeadImage | None:
    """The lead image of the HTML ``page``: ``image`` (its metadata's, as
    trafilatura read it) made absolute against ``page_url``, when that gives
    an https address; with the alt, caption and credit of the figure that
    shows it, or the metadata's alt when no figure does."""
    if not image:
        return None
    url = urljoin(page_url or "", image.strip())
    if not url.startswith("https://") or not url.isprintable() or " " in url:
        return None
    figures = _Figures()
    try:
        figures.feed(page)
        figures.close()
    except (AssertionError, ValueError):  # html.parser on markup it cannot follow
        pass
    for figure in figures.figures:
        if any(_same_picture(url, urljoin(url, source)) for source in figure.sources):
            caption = _text(figure.caption)
            credit = _text(figure.credit)
            return LeadImage(url, _text([figure.alt]) or _text([figures.meta_alt]), caption, credit)
    return LeadImage(url, _text([figures.meta_alt]))


def _same_picture(one: str, other: str) -> bool:
    """The same picture, perhaps in another size or through a resizing
    service's query: the same host and file name."""
    first, second = urlsplit(one), urlsplit(other)
    name = posixpath.basename(first.path)
    return bool(name) and name == posixpath.basename(second.path) and first.netloc == second.netloc


def _text(pieces: list[str] | None) -> str:
    return _SPACE.sub(" ", "".join(pieces or ())).strip()
