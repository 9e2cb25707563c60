"""The one event model every stage shares: extraction proposes Events, the
store reads and writes them as YAML, the site renders them.

An Event holds its date as an EDTF string so that what an editor typed is
kept verbatim; ``Event.edtf`` gives the parsed form.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from anyascii import anyascii

from timeline.dates import EDTF, parse_edtf

Status = Literal["happened", "expected"]
Review = Literal["unreviewed", "reviewed"]

# What an editor is shown first: proposals from here up are events with a
# sound headline; below it sink quotes, states, what did not happen and
# headlines that are no sentence (docs/extraction.md measures both).
SHOWN_CONFIDENCE = 0.5
STATUSES: tuple[str, ...] = ("happened", "expected")
REVIEWS: tuple[str, ...] = ("unreviewed", "reviewed")


@dataclass(slots=True)
class Source:
    """Where an event was read: the article and the exact sentence."""

    article: str  # path relative to content/
    quote: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date of the article

    FIELDS = ("article", "title", "url", "published", "quote")

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.FIELDS}
        return {key: value for key, value in data.items() if value not in (None, "")}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        published = data.get("published")
        if isinstance(published, dt.date):
            published = published.isoformat()
        return cls(
            article=str(data.get("article") or ""),
            quote=str(data.get("quote") or ""),
            title=_optional_str(data.get("title")),
            url=_optional_str(data.get("url")),
            published=_optional_str(published),
        )


# An event's picture: a file of content/media/ or an https address.
MEDIA_FOLDER = "media"
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")


@dataclass(slots=True)
class Media:
    """An event's picture: a file under ``content/`` (``media/photo.jpg``)
    or an ``https`` address, with the words that stand for it to a reader
    who cannot see it (``alt``), a caption and a credit."""

    image: str
    alt: str = ""
    caption: str = ""
    credit: str = ""

    FIELDS = ("image", "alt", "caption", "credit")

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.FIELDS if getattr(self, name)}

    @classmethod
    def from_dict(cls, data: object) -> Media | None:
        """The picture of an event file's ``media``; none when it names no
        image the site may show (``usable_image``): ``check`` says why."""
        if not isinstance(data, dict):
            return None
        image = data.get("image")
        if not isinstance(image, str) or not usable_image(image.strip()):
            return None
        texts = [data.get(name) for name in ("alt", "caption", "credit")]
        return cls(
            image.strip(), *(text.strip() if isinstance(text, str) else "" for text in texts)
        )


def usable_image(image: str) -> bool:
    """An ``https`` address, or a picture file's path under ``content/media/``
    that stays there (no ``..``, no backslash, no control character)."""
    if image.startswith("https://"):
        return image.isprintable() and " " not in image
    parts = image.split("/")
    return (
        len(parts) > 1
        and parts[0] == MEDIA_FOLDER
        and all(part not in ("", ".", "..") for part in parts)
        and image.isprintable()
        and "\\" not in image
        and image.lower().endswith(IMAGE_SUFFIXES)
    )


@dataclass(slots=True)
class Event:
    """One dated event on the timeline."""

    id: str
    title: str
    date: str  # EDTF
    status: Status = "happened"
    summary: str = ""  # Markdown
    media: Media | None = None  # its picture
    date_text: str | None = None  # the words the date was read from
    places: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    confidence: float | None = None
    # Editorial fields: set by people, never by extraction.
    review: Review = "unreviewed"
    locked: bool = False
    hidden: bool = False
    key: bool | None = None  # pinned as a key event (True), dropped (False), or left to importance
    display_date: str | None = None
    order: int | None = None
    notes: str | None = None
    # Where the event was read from; not part of the YAML.
    path: Path | None = field(default=None, compare=False, repr=False)

    # Order of keys in a written file: what an editor looks at first, first.
    FIELDS = (
        "id",
        "title",
        "date",
        "date_text",
        "display_date",
        "status",
        "summary",
        "media",
        "places",
        "actors",
        "tags",
        "sources",
        "confidence",
        "review",
        "locked",
        "hidden",
        "key",
        "order",
        "notes",
    )
    EDITORIAL = ("review", "locked", "hidden", "key", "display_date", "order", "notes")

    @property
    def edtf(self) -> EDTF:
        return parse_edtf(self.date)

    def sort_key(self) -> tuple[Any, ...]:
        lower, upper = self.edtf.sort_key()
        return (lower, upper, self.order if self.order is not None else 0, self.id)

    def to_dict(self) -> dict[str, Any]:
        """The event as YAML-ready data, leaving out empty and default fields."""
        data: dict[str, Any] = {}
        for name in self.FIELDS:
            value = getattr(self, name)
            if name == "sources":
                value = [source.to_dict() for source in value]
            elif name == "media" and value is not None:
                value = value.to_dict()
            if value in (None, "", []) or (name in ("locked", "hidden") and value is False):
                continue
            data[name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Path | None = None) -> Event:
        """Build from already validated data (see ``timeline.store.check``)."""
        date = data.get("date")
        if isinstance(date, dt.date):
            date = parse_edtf(date).__str__()
        return cls(
            id=str(data["id"]),
            title=str(data.get("title") or ""),
            date=str(date),
            status=data.get("status") or "happened",
            summary=str(data.get("summary") or ""),
            media=Media.from_dict(data.get("media")),
            date_text=_optional_str(data.get("date_text")),
            places=[str(item) for item in data.get("places") or []],
            actors=[str(item) for item in data.get("actors") or []],
            tags=[str(item) for item in data.get("tags") or []],
            sources=[Source.from_dict(item) for item in data.get("sources") or []],
            confidence=data.get("confidence"),
            review=data.get("review") or "unreviewed",
            locked=bool(data.get("locked", False)),
            hidden=bool(data.get("hidden", False)),
            key=data.get("key"),
            display_date=_optional_str(data.get("display_date")),
            order=data.get("order"),
            notes=_optional_str(data.get("notes")),
            path=path,
        )


def share_texts(event: Event, pool: dict[str, str]) -> None:
    """Give ``event`` the texts many events repeat (terms, statuses, dates,
    source articles, their titles and links) as the equal ones already in
    ``pool``: each event file is parsed into its own strings, and 100,000
    events would hold each tag and article path thousands of times over."""
    share = pool.setdefault
    event.status = share(event.status, event.status)  # type: ignore[assignment]
    event.review = share(event.review, event.review)  # type: ignore[assignment]
    event.date = share(event.date, event.date)
    if event.date_text is not None:
        event.date_text = share(event.date_text, event.date_text)
    for names in (event.places, event.actors, event.tags):
        names[:] = [share(name, name) for name in names]
    for source in event.sources:
        source.article = share(source.article, source.article)
        for name in ("title", "url", "published"):
            value = getattr(source, name)
            if value is not None:
                setattr(source, name, share(value, value))


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def slugify(text: str, max_length: int = 60) -> str:
    """A lowercase ASCII slug: "Kraków talks!" -> "krakow-talks", "Краков" ->
    "krakov"; anyascii transliterates every script rather than dropping what
    NFKD cannot decompose (ł, ß, Cyrillic)."""
    ascii_text = anyascii(text)
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "event"


def new_id(date: str, title: str) -> str:
    """An id for a new event: ``<first day at its precision>-<slug of title>``.
    It is made once; later edits of the title or date never change it."""
    edtf = parse_edtf(date)
    point = edtf.start or edtf.end
    prefix = str(point).rstrip("?~%") if point else "undated"
    return f"{prefix}-{slugify(title)}"


def event_filename(event: Event) -> str:
    """The event's file in ``content/events/``: its id, so it never moves."""
    return f"{event.id}.yaml"
