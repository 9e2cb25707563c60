"""Articles to documents: Markdown or text with front matter, plain text,
and saved HTML pages, in any encoding."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from timeline.documents.encoding import decode, is_binary
from timeline.documents.furniture import clean_body
from timeline.documents.language import detect_language, normalise_code
from timeline.documents.lead_image import LeadImage, lead_image
from timeline.documents.sentences import Sentence, split_sentences

__all__ = [
    "ARTICLE_SUFFIXES",
    "Document",
    "document_from_bytes",
    "find_articles",
    "load_document",
    "parse_document",
    "read_article",
]

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(?:\n|\Z)", re.S)
_HTML_LANG = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", re.I)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# A news article is well under a megabyte of text and a saved page a few;
# extraction takes about 12 s and 40 MB a megabyte of dense text, so a file
# past this is refused rather than tying the run up for hours.
MAX_ARTICLE_BYTES = 10 << 20

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    """Safe loading that leaves dates as written, so that an impossible one
    ("2026-02-30") is reported instead of failing the whole front matter."""


_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


@dataclass
class Document:
    """An article's clean text and what is known about it."""

    path: str  # as given, for messages
    text: str  # the article's prose paragraphs, separated by blank lines
    title: str | None = None
    published: dt.date | None = None
    published_from: str = "none"  # "article", "option" or "none"
    url: str | None = None
    lang: str = "en"  # ISO 639-1 code
    lang_from: str = "default"  # "article", "option", "detected" or "default"
    id: str | None = None
    image: LeadImage | None = None  # the lead image the article states
    warnings: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


def find_articles(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Article files under ``paths`` (files as given, folders searched),
    sorted, and one message per path that is neither."""
    found: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            for p in sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ):
                if p.is_symlink() and not p.resolve().is_relative_to(root):
                    # a link committed into the folder would publish any file
                    problems.append(
                        f"{p}: a link to a file outside {path}; not read (copy the article in)"
                    )
                else:
                    found.append(p)
        elif path.is_file():
            found.append(path)
        else:
            problems.append(f"{path}: no such file or folder; give an article file or a folder")
    return found, problems


def load_document(
    path: Path, published: dt.date | None = None, lang: str | None = None
) -> Document:
    """Read one article file. ``published`` is used when the article itself
    gives no publication date, ``lang`` when it gives no language (else its
    language is detected). Raises OSError when the file cannot be read."""
    return document_from_bytes(read_article(path), str(path), published, lang)


def read_article(path: Path) -> bytes:
    """An article file's bytes, or its first MAX_ARTICLE_BYTES and one more
    (``document_from_bytes`` refuses it then) when it is larger. Raises
    OSError when the file cannot be read."""
    with path.open("rb") as stream:
        return stream.read(MAX_ARTICLE_BYTES + 1)


def document_from_bytes(
    data: bytes, name: str, published: dt.date | None = None, lang: str | None = None
) -> Document:
    """The Document of an article file's bytes, as ``read_article`` gives
    them, wherever they were read; ``name`` is its path, whose suffix says
    whether it is HTML or Markdown."""
    if len(data) > MAX_ARTICLE_BYTES:
        problem = f"larger than {MAX_ARTICLE_BYTES >> 20} MB, far more than an article; skipped"
        return Document(path=name, text="", warnings=[f"{name}:1: {problem}"])
    if is_binary(data):
        problem = "binary data, not text; is it an article?"
        return Document(path=name, text="", warnings=[f"{name}:1: {problem}"])
    text, _encoding = decode(data)
    suffix = Path(name).suffix.lower()
    return parse_document(
        text,
        name,
        published,
        lang,
        html=suffix in _HTML_SUFFIXES,
        markdown=suffix in (".md", ".markdown"),
    )


def parse_document(
    text: str,
    name: str,
    published: dt.date | None = None,
    lang: str | None = None,
    *,
    html: bool = False,
    markdown: bool = False,
) -> Document:
    """Build a Document from an article's text; ``name`` is used in messages.
    Its language is the one the article gives (front matter ``lang:``, the
    page's ``<html lang>``), else ``lang``, else the one its text is
    detected to be in, else English."""
    if html or (text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))):
        document = _from_html(text, name)
    else:
        document = _from_text(text, name, markdown)
    if document.published is not None:
        document.published_from = "article"
    elif published is not None:
        document.published, document.published_from = published, "option"
    if document.lang_from == "default":
        given = normalise_code(lang)
        detected = None if given else detect_language(f"{document.title or ''}\n{document.text}")
        if given or detected:
            document.lang = given or detected or document.lang
            document.lang_from = "option" if given else "detected"
    if not document.text and not document.warnings:
        document.warnings.append(
            f"{name}:1: no article text (empty, or only headings and page furniture)"
        )
    document.sentences = split_sentences(document.text)
    return document


def _from_text(text: str, name: str, markdown: bool) -> Document:
    meta: dict[str, Any] = {}
    warnings: list[str] = []
    body = text
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if match:
        body = text.lstrip("\ufeff")[match.end() :]
        meta, problem = _read_front_matter(match.group(1), match.group(2) or "")
        if problem:
            warnings.append(f"{name}:{problem}")
    published, problem = _to_date(meta.get("date"))
    if problem:
        warnings.append(f"{name}:1: front matter date {problem}; the date is ignored")
    given = meta.get("lang")
    lang = normalise_code(_text_field(given))
    if given is not None and lang is None:
        # never the repr of a list or mapping: an alias bomb's is gigabytes
        shown = repr(given[:40]) if isinstance(given, str) else f"a {type(given).__name__}"
        warnings.append(
            f"{name}:1: front matter lang {shown} is no language code "
            f"(write one such as en, ru, es); the language is detected instead"
        )
    return Document(
        path=name,
        text=clean_body(body, markdown=markdown),
        title=_text_field(meta.get("title")),
        published=published,
        url=_text_field(meta.get("url")),
        lang=lang or "en",
        lang_from="article" if lang else "default",
        id=_text_field(meta.get("id")),
        image=_front_matter_image(meta.get("image")),
        warnings=warnings,
    )


def _front_matter_image(value: object) -> LeadImage | None:
    """``image:`` of a front matter: an address or a path under content/
    (``media/photo.jpg``), or a mapping of ``url``, ``alt``, ``caption`` and
    ``credit`` (what ``timeline fetch`` writes)."""
    if isinstance(value, str):
        value = {"url": value}
    if not isinstance(value, dict):
        return None
    url = _text_field(value.get("url") or value.get("image"))
    if url is None:
        return None
    words = (_text_field(value.get(name)) or "" for name in ("alt", "caption", "credit"))
    return LeadImage(url, *words)


def _read_front_matter(fence: str, raw: str) -> tuple[dict[str, Any], str | None]:
    try:
        data = tomllib.loads(raw) if fence == "+++" else yaml.load(raw, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 2 if error.problem_mark else 1
        loose = _read_lines(raw)
        if not loose:
            return {}, f"{line}: front matter is not valid YAML ({error.problem}); it is ignored"
        return loose, (
            f"{line}: front matter is not valid YAML ({error.problem}); its plain "
            f"`key: value` lines were read as text (put a value holding ': ' in quotes)"
        )
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
        return {}, f"1: front matter cannot be read ({error}); it is ignored"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, "2: front matter is not a mapping of keys to values; it is ignored"
    return data, None


_PLAIN_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+([^\s!&*\[\]{}|>#].*?)[ \t]*$")


def _read_lines(raw: str) -> dict[str, str]:
    """The top-level ``key: value`` lines of a front matter YAML refused, each
    value taken as text up to the line's end. The commonest break is a title
    with a colon in it ("title: Crisis talks: day two"), which would otherwise
    cost the article its date; tags, anchors and nested values are not read."""
    read: dict[str, str] = {}
    for line in raw.splitlines():
        match = _PLAIN_LINE.match(line)
        if match is None:
            continue
        value = match.group(2)
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        read.setdefault(match.group(1), value)
    return read


def _to_date(value: object) -> tuple[dt.date | None, str | None]:
    if value is None or value == "":
        return None, None
    if not isinstance(value, (str, int, float, dt.date)):
        return None, f"is a {type(value).__name__}, not a date (write it as YYYY-MM-DD)"
    if len(str(value)) > 40:
        return None, f"{str(value)[:40]!r}... is not a date (write it as YYYY-MM-DD)"
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    match = _ISO_DATE.match(str(value))
    if match:
        try:
            return dt.date(*map(int, match.groups())), None
        except ValueError:
            return None, f"{value!r} is not a real day"
    import dateparser

    parsed = dateparser.parse(str(value), settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        return None, f"{value!r} is not a date (write it as YYYY-MM-DD)"
    return parsed.date(), None


def _text_field(value: object) -> str | None:
    if not isinstance(value, (str, int, float, dt.date)):  # None, or a list or mapping
        return None
    text = str(value).strip()
    return text or None


def _from_html(page: str, name: str) -> Document:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, as_dict=False
    )
    assert not isinstance(extracted, dict)  # as_dict=False: its Document
    lang_match = _HTML_LANG.search(page[:5000])
    # trafilatura gives one paragraph a line; keep them as paragraphs.
    lines = (extracted.text or "").split("\n") if extracted is not None else []
    text = clean_body("\n\n".join(line for line in lines if line.strip()))
    if extracted is None or not text:
        problem = f"{name}:1: no article text found in the page; is it an article?"
        return Document(path=name, text="", warnings=[problem])
    published, _problem = _to_date(extracted.date)
    lang = normalise_code(lang_match.group(1) if lang_match else extracted.language)
    return Document(
        path=name,
        text=text,
        title=extracted.title,
        published=published,
        url=extracted.url,
        lang=lang or "en",
        lang_from="article" if lang else "default",
        image=lead_image(page, extracted.image, extracted.url),
    )
