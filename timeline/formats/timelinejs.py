"""TimelineJS 3 JSON: export our events for its viewer, and import a
timeline made for it. Its format, as read from TimelineJS's documentation
and code, is summarised in ``../shared/reference/timelinejs-format.md``."""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import nh3

from timeline.dates import EDTF, EDTFError, Point, describe, parse_edtf
from timeline.formats.entries import Entry, lone_surrogate, one_per_id
from timeline.markup import render_markdown
from timeline.model import IMAGE_SUFFIXES, Event, Media, Source, new_id, usable_image
from timeline.store.problems import Problem, read_json
from timeline.store.validate import ID_PATTERN, brief


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities read."""
    return " ".join(html.unescape(nh3.clean(fragment, tags=set())).split())


def shown_date(event: Event) -> str:
    """How the date reads on our site: the editor's ``display_date`` or the
    EDTF date in words."""
    return event.display_date or describe(event.edtf)


def _tl_date(point: Point) -> dict[str, int]:
    # TimelineJS has no seasons: a season exports as its first month, and
    # display_date says the season.
    date = {"year": point.year}
    if point.month is not None and not point.decade:
        date["month"] = point.month if point.month <= 12 else point.lower().month
        if point.day is not None:
            date["day"] = point.day
    return date


def slide(
    event: Event, render: Callable[[str], str] = render_markdown, image: str | None = None
) -> dict[str, Any]:
    """One event as a TimelineJS slide; ``unique_id`` keeps our stable id so
    bookmarks survive a headline edit. ``render`` turns the summary's
    Markdown into HTML (the site's build passes the summaries it rendered).
    ``image`` is where its picture is published (the site's build passes
    it); without it, only a picture at an https address is in the slide."""
    edtf = event.edtf
    first = edtf.start or edtf.end
    assert first is not None
    data: dict[str, Any] = {"unique_id": event.id, "start_date": _tl_date(first)}
    if edtf.start and edtf.end and edtf.end != edtf.start:
        data["end_date"] = _tl_date(edtf.end)
    links = [  # http(s) only: a "javascript:" href survives any escaping
        f'<a href="{html.escape(source.url)}">{html.escape(source.title or source.url)}</a>'
        for source in event.sources
        if source.url and source.url.lower().startswith(("http://", "https://"))
    ]
    text = render(event.summary)
    if links:
        text += f"<p>Sources: {', '.join(links)}</p>"
    data["text"] = {"headline": html.escape(event.title, quote=False), "text": text}
    # TimelineJS puts both into the page as HTML (its group label unsanitised)
    data["display_date"] = html.escape(shown_date(event), quote=False)
    if event.tags:
        data["group"] = html.escape(event.tags[0], quote=False)
    media = event.media
    if media is not None and (image or media.image.startswith("https://")):
        # TimelineJS puts caption and credit into the page as HTML
        data["media"] = {
            "url": image or media.image,
            **{
                name: html.escape(getattr(media, name), quote=False)
                for name in ("caption", "credit")
                if getattr(media, name)
            },
            "alt": media.alt,
        }
    return data


def export(events: list[Event], title: str | None = None) -> str:
    """A TimelineJS document of ``events`` (the caller leaves hidden ones out)."""
    document: dict[str, Any] = {
        "events": [slide(event) for event in sorted(events, key=Event.sort_key)]
    }
    if title:
        document["title"] = {"text": {"headline": html.escape(title, quote=False)}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


class _SlideError(ValueError):
    """Why one slide cannot become an event."""


# A number as TimelineJS's parseInt reads it: ASCII digits ("²⁰²⁶" is not
# one), and few enough of them for int() to take.
_DIGITS = re.compile(r"\s*(-?[0-9]{1,18})\s*")


def _number(value: object, name: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, float) and math.isinf(value):  # 1e400, or 5,000 digits
        raise _SlideError(f"{name} is too large a number")
    if isinstance(value, str) and (digits := _DIGITS.fullmatch(value)):
        return int(digits[1])
    raise _SlideError(f"{name} must be a whole number, not {brief(value)}")


def _point_text(date: object, name: str) -> str:
    if not isinstance(date, dict) or "year" not in date:
        raise _SlideError(f"{name} needs a year")
    year = _number(date["year"], f"{name}.year")
    if not 1 <= year <= 9999:
        raise _SlideError(f"{name}.year {year}: event dates run from year 1 to 9999")
    text = f"{year:04d}"
    if date.get("month") not in (None, ""):
        text += f"-{_number(date['month'], f'{name}.month'):02d}"
        if date.get("day") not in (None, ""):
            text += f"-{_number(date['day'], f'{name}.day'):02d}"
    return text


def _event(data: object) -> Event:
    if not isinstance(data, dict):
        raise _SlideError("a slide must be an object")
    if not data.get("start_date"):
        raise _SlideError("no start_date (TimelineJS skips such a slide too)")
    start = _point_text(data["start_date"], "start_date")
    date = start
    if data.get("end_date"):
        end = _point_text(data["end_date"], "end_date")
        if end != start:
            date = f"{start}/{end}"
    try:
        edtf: EDTF = parse_edtf(date)
    except EDTFError as error:
        raise _SlideError(str(error)) from None
    text = data.get("text")
    text = text if isinstance(text, dict) else {}
    title = html_text(str(text.get("headline") or ""))
    summary = str(text.get("text") or "")
    if not title:
        title = html_text(summary)[:80].rsplit(" ", 1)[0] if summary else ""
    if not title:
        raise _SlideError("no headline and no text to take a title from")
    unique_id = str(data.get("unique_id") or "")
    group = html.unescape(str(data.get("group") or "")).strip()  # text, as exported
    display = data.get("display_date") or (data["start_date"].get("display_date"))
    event = Event(
        id=unique_id if ID_PATTERN.match(unique_id) else new_id(str(edtf), title),
        title=title,
        date=str(edtf),
        summary=summary,
        tags=[group] if group else [],
    )
    if display and html_text(str(display)) != describe(edtf):
        event.display_date = html_text(str(display))
    media = data.get("media")
    media = media if isinstance(media, dict) else {}
    event.media = _picture(media)
    link = media.get("link") or (None if event.media else media.get("url"))
    if isinstance(link, str) and link.startswith(("http://", "https://")):
        caption = html_text(str(media.get("caption") or ""))
        event.sources.append(Source(article="", url=link, title=caption or None))
    return event


def _picture(media: dict[str, Any]) -> Media | None:
    """The slide's picture, as exported: an https address of an image
    (TimelineJS tells an image by its suffix, as here), with its alt text
    and its caption and credit, which TimelineJS reads as HTML, as text.
    Other media (a video, a tweet, a page) stay a link among the sources."""
    url = media.get("url")
    if not isinstance(url, str) or not usable_image(url := url.strip()):
        return None
    if not urlsplit(url).path.lower().endswith(IMAGE_SUFFIXES):
        return None
    words = {name: html_text(str(media.get(name) or "")) for name in ("caption", "credit")}
    return Media(url, alt=" ".join(str(media.get("alt") or "").split()), **words)


def read(text: str, path: Path) -> tuple[list[Event], list[Problem]]:
    """Events of a TimelineJS document, one per ``unique_id``; a slide that
    cannot become an event is reported, never dropped silently. Eras and the
    title slide are not events."""
    document, unreadable = read_json(text, path)
    if unreadable:
        return [], [unreadable]
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        return [], [
            Problem(
                path,
                1,
                1,
                "error",
                'not a TimelineJS timeline: expected an object with "events": [...]',
            )
        ]
    entries: list[Entry] = []
    problems: list[Problem] = []
    for index, data in enumerate(document["events"]):
        try:
            if where := lone_surrogate(data):
                raise _SlideError(f"{where} holds half a character (a lone surrogate)")
            event = _event(data)
        except _SlideError as error:
            problems.append(Problem(path, 1, 1, "error", f"events[{index}] not imported: {error}"))
            continue
        given = data.get("unique_id")
        if given not in (None, "") and str(given) != event.id:
            problems.append(
                Problem(
                    path,
                    1,
                    1,
                    "warning",
                    f"events[{index}]: unique_id {given!r} cannot be an id; "
                    f"imported as {event.id!r}",
                )
            )
        entries.append(Entry(event, f"events[{index}]"))
    events, clashes = one_per_id(entries, path)
    problems += clashes
    eras = document.get("eras")
    if eras:
        count = f"{len(eras)} eras" if isinstance(eras, list) else f"eras ({brief(eras)})"
        problems.append(
            Problem(
                path,
                1,
                1,
                "warning",
                f"{count} not imported: eras are spans shown behind the timeline, not events",
            )
        )
    return events, problems
