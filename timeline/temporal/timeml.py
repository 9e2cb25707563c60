"""TimeML in and out: read a document's text and creation date (DCT), and
write a text back with ``<TIMEX3>`` tags, so the tagger can be scored by the
field's standard tools and used by other TimeML tools."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from timeline.temporal.timex import Timex

_TEXT = re.compile(r"(<TEXT(?:\s[^>]*)?>)(.*?)(</TEXT\s*>)", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b[^>]*?\bvalue\s*=\s*[\"'](\d{4}-\d\d-\d\d)", re.S)
_TAG = re.compile(r"<[^>]*>")


class TimeMLError(ValueError):
    """The file is not a TimeML document the tagger can read."""


@dataclass(frozen=True, slots=True)
class Document:
    """A TimeML document split around its TEXT: ``head`` and ``tail`` are
    kept verbatim, ``text`` is TEXT's character content."""

    head: str
    text: str
    tail: str
    dct: dt.date | None


def read(raw: str) -> Document:
    """Split a TimeML document; the tags inside TEXT (events, signals, old
    TIMEX3s) are dropped, its characters kept."""
    match = _TEXT.search(raw)
    if match is None:
        raise TimeMLError("no <TEXT> element")
    dct_match = _DCT.search(raw, 0, match.start())
    dct = None
    if dct_match:
        try:
            dct = dt.date.fromisoformat(dct_match.group(1))
        except ValueError:
            raise TimeMLError(f"DCT {dct_match.group(1)!r} is not a date") from None
    text = html.unescape(_TAG.sub("", match.group(2)))
    return Document(raw[: match.end(1)], text, raw[match.start(3) :], dct)


def annotate(text: str, spans: Iterable[Timex]) -> str:
    """``text`` escaped for XML with a ``<TIMEX3>`` around each span."""
    out: list[str] = []
    pos = 0
    for number, span in enumerate(sorted(spans, key=lambda s: s.start), start=1):
        if span.start < pos:
            continue
        out.append(escape(text[pos : span.start]))
        attrs = f'tid="t{number}" type="{span.type}" value={quoteattr(span.value)}'
        if span.mod:
            attrs += f" mod={quoteattr(span.mod)}"
        out.append(f"<TIMEX3 {attrs}>{escape(span.text)}</TIMEX3>")
        pos = span.end
    out.append(escape(text[pos:]))
    return "".join(out)


def render(document: Document, spans: Iterable[Timex]) -> str:
    """The document with its TEXT re-tagged."""
    return document.head + annotate(document.text, spans) + document.tail


def new_document(text: str, published: dt.date | None) -> Document:
    """A TimeML frame for a plain text, with the publication date as DCT."""
    head = '<?xml version="1.0" ?>\n<TimeML>\n'
    if published is not None:
        value = published.isoformat()
        head += (
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{value}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{value}</TIMEX3></DCT>\n'
        )
    return Document(head + "<TEXT>", text, "</TEXT>\n</TimeML>\n", published)
