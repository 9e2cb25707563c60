"""A downloaded page as an article file: its main text, read by the same
code that reads saved HTML pages (``timeline.documents``), written as text
with YAML front matter, so editors can read and correct it, and extraction
reads exactly what was saved."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from timeline.documents import parse_document
from timeline.documents.encoding import decode, is_binary
from timeline.fetch.download import Download, FetchError
from timeline.model import slugify

ARTICLE_SUFFIX = ".txt"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FRONT_URL = re.compile(r"^url:[ \t]*(.+?)[ \t]*$", re.M)


@dataclass(frozen=True)
class Saved:
    """An article written, and what its front matter says."""

    path: Path
    title: str | None
    published: str | None
    lang: str


def article_text(page: Download, published: dt.date | None = None) -> tuple[str, str]:
    """The article file for ``page``: a file name and its text. The date
    comes from the page, else ``published`` (a feed item's date). Raises
    FetchError when the page holds no article."""
    if page.content_type not in _HTML_TYPES:
        raise FetchError(f"a {page.content_type} document, not an HTML page")
    if is_binary(page.body):
        raise FetchError("binary data, not an HTML page")
    html, _encoding = decode(page.body)
    document = parse_document(html, page.url, html=True)
    if not document.text:
        raise FetchError("no article text found in the page")
    date = document.published or published
    meta = {
        "title": document.title,
        "date": date.isoformat() if date else None,
        "url": page.url,
        "lang": document.lang,
        "image": {key: value for key, value in vars(document.image).items() if value}
        if document.image
        else None,
    }
    if page.final_url != page.url:
        meta["fetched_from"] = page.final_url
    front = yaml.safe_dump(
        {key: value for key, value in meta.items() if value},
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,
    )
    name = f"{date.isoformat() if date else 'undated'}-{slugify(document.title or page.url)}"
    return name, f"---\n{front}---\n\n{document.text}\n"


def known_urls(articles_dir: Path) -> dict[str, Path]:
    """The ``url`` of every article already in the folder, from its front
    matter: what a feed run skips."""
    found: dict[str, Path] = {}
    if not articles_dir.is_dir():
        return found
    for path in sorted(articles_dir.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        try:
            with path.open("rb") as stream:
                head = stream.read(4096).decode("utf-8", "replace")
        except OSError:
            continue
        if not head.startswith("---"):
            continue
        end = head.find("\n---", 3)
        for match in _FRONT_URL.finditer(head[: end if end > 0 else len(head)]):
            url = match.group(1).strip("'\"")
            found.setdefault(url, path)
    return found


def save_article(articles_dir: Path, name: str, text: str) -> Path:
    """Write ``text`` as ``name`` + .txt in the folder, never replacing a
    file (``name-2``… when taken) and never leaving half a file: it is
    written beside, then linked into place, which fails if the name exists."""
    articles_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=articles_dir, prefix=".fetch.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        for candidate in _names(name):
            target = articles_dir / f"{candidate}{ARTICLE_SUFFIX}"
            try:
                os.link(temporary, target)
            except FileExistsError:
                continue
            return target
        raise AssertionError("unreachable: _names never ends")
    finally:
        Path(temporary).unlink(missing_ok=True)


def _names(name: str) -> Iterable[str]:
    yield name
    number = 2
    while True:
        yield f"{name}-{number}"
        number += 1
