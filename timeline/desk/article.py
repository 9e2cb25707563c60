"""An event's article as the desk shows it: the text extraction read, in
paragraphs, with the quoted sentence highlighted and the words the date was
read from (``date_text``) marked, so the date is checked at a glance."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from timeline.documents import load_document


@dataclass(frozen=True)
class Piece:
    """A run of text, plain or marked as ``quote`` or ``date`` (a date
    inside the quote is both)."""

    text: str
    quote: bool = False
    date: bool = False


@dataclass(frozen=True)
class Shown:
    """An article ready to show: its paragraphs, and whether the quote was found."""

    title: str | None
    url: str | None
    paragraphs: list[list[Piece]]
    found: bool


def article_file(content: Path, article: str) -> Path | None:
    """The file of a source's ``article`` path, only when it lies inside
    ``content`` (no ``..``, no link out of it): the desk reads nothing else."""
    if not article or article.startswith("/") or "\\" in article or "\0" in article:
        return None
    root = content.resolve()
    path = (root / article).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return path


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``: exactly, or with its spaces and
    line breaks laid out differently."""
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    found = re.search(pattern, text)
    return found.span() if found else None


def find_date_words(text: str, date_text: str | None, around: tuple[int, int] | None):
    """Where the date words stand: inside the quote when they are there,
    else their first place in the text."""
    if not date_text or not date_text.strip():
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in date_text.split()), re.I)
    if around is not None:
        found = pattern.search(text, *around)
        if found and found.end() <= around[1]:
            return found.span()
    found = pattern.search(text)
    return found.span() if found else None


def pieces(text: str, quote: str, date_text: str | None) -> tuple[list[list[Piece]], bool]:
    """The text's paragraphs as pieces, and whether the quote was found."""
    quote_span = find_quote(text, quote)
    date_span = find_date_words(text, date_text, quote_span)
    bounds = {0, len(text)}
    for span in (quote_span, date_span):
        if span:
            bounds.update(span)
    paragraphs: list[list[Piece]] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text):
        start, end = match.span()
        cuts = sorted({start, end, *(bound for bound in bounds if start < bound < end)})
        runs = []
        for left, right in itertools.pairwise(cuts):
            inside = [
                span is not None and span[0] <= left < span[1] for span in (quote_span, date_span)
            ]
            runs.append(Piece(text[left:right], quote=inside[0], date=inside[1]))
        paragraphs.append(runs)
    return paragraphs, quote_span is not None


def show_article(content: Path, article: str, quote: str, date_text: str | None) -> Shown | None:
    """The source's article with its marks, or None when it cannot be read
    (missing, outside ``content/``)."""
    path = article_file(content, article)
    if path is None:
        return None
    try:
        document = load_document(path)
    except OSError:
        return None
    paragraphs, found = pieces(document.text, quote, date_text)
    return Shown(document.title, document.url, paragraphs, found)
