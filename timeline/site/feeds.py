"""The outputs beside the pages: an Atom feed, iCalendar files, our own
``events.json``, TimelineJS data (``formats.timelinejs``) and ``sitemap.xml``. Each is a pure
function of the prepared events, and none reads the clock, so two builds of
the same events give the same bytes."""

from __future__ import annotations

import datetime as dt
import html
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from typing import Any

from timeline import __version__
from timeline.dates import Point
from timeline.formats import timelinejs
from timeline.incremental.memory import BuildMemory, kept_whole
from timeline.incremental.pieces import Fragments
from timeline.site import ical
from timeline.site.config import OUTPUTS, SiteConfig
from timeline.site.key_page import Selections
from timeline.site.outputs import Content, Keys, Output
from timeline.site.stories import Story
from timeline.site.views import EventView, SiteData

FEED_ENTRIES = 50
# Fields of the event model that are editors' working notes, not news.
PRIVATE_FIELDS = ("notes", "review", "locked", "hidden", "order", "confidence")


def updated(view: EventView) -> dt.date:
    """When the event was last reported: its newest source, else its date."""
    published = [item.source.published for item in view.sources if item.source.published]
    dates = []
    for text in published:
        try:
            dates.append(dt.date.fromisoformat(str(text)[:10]))
        except ValueError:
            continue
    if dates:
        return max(dates)
    edtf = view.edtf
    return edtf.lower() or edtf.upper() or dt.date(1970, 1, 1)


def _timestamp(day: dt.date, config: SiteConfig) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=config.zone)


def _site_id(config: SiteConfig, folder: str = "") -> str:
    if config.base_url:
        return config.base_url + folder
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'timeline:' + config.title)}"


def _entry_id(view: EventView, config: SiteConfig) -> str:
    if config.base_url:
        return config.base_url + view.path
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'timeline-event:' + view.id)}"


def atom_feed(data: SiteData, config: SiteConfig, folder: str = "") -> bytes:
    """The most recently reported events, newest first (RFC 4287); a
    story's feed is in its ``folder`` (``stories/<id>/``)."""
    views = sorted(data.events, key=lambda view: (updated(view), view.position), reverse=True)
    views = views[:FEED_ENTRIES]
    newest = (
        _timestamp(updated(views[0]), config) if views else _timestamp(dt.date(1970, 1, 1), config)
    )
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{html.escape(config.language)}">',
        f"<title>{html.escape(config.title)}</title>",
        f"<subtitle>{html.escape(config.description)}</subtitle>",
        f"<id>{html.escape(_site_id(config, folder))}</id>",
        f"<updated>{newest.isoformat()}</updated>",
        _link("alternate", "text/html", config.absolute(f"{folder}index.html")),
        _link("self", "application/atom+xml", config.absolute(f"{folder}feed.xml")),
        f'<generator version="{__version__}">timeline</generator>',
        f"<author><name>{html.escape(config.title)}</name></author>",
    ]
    for view in views:
        content = f"<p>{html.escape(view.date_text)}</p>{_figure(view, config)}{view.summary_html}"
        if view.sources:
            links = ", ".join(
                f'<a href="{html.escape(item.source.url or config.absolute(item.term.path))}">'
                f"{html.escape(item.term.name)}</a>"
                if item.source.url or item.term.path
                else html.escape(item.term.name)
                for item in view.sources
            )
            content += f"<p>Sources: {links}</p>"
        lines += [
            "<entry>",
            f"<title>{html.escape(_title(view))}</title>",
            f"<id>{html.escape(_entry_id(view, config))}</id>",
            f"<updated>{_timestamp(updated(view), config).isoformat()}</updated>",
            _link("alternate", "text/html", config.absolute(view.path)),
            *(f'<category term="{html.escape(term.name)}"/>' for term in view.tags),
            f'<content type="html">{html.escape(content)}</content>',
            "</entry>",
        ]
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _figure(view: EventView, config: SiteConfig) -> str:
    """The event's picture as a feed reader shows it: the largest size."""
    picture = view.picture
    if picture is None:
        return ""
    size = "" if picture.remote else f' width="{picture.width}" height="{picture.height}"'
    words = " ".join(filter(None, (picture.caption, picture.credit)))
    caption = f"<figcaption>{html.escape(words)}</figcaption>" if words else ""
    return (
        f'<figure><img src="{html.escape(image_url(view, config))}" '
        f'alt="{html.escape(picture.alt)}"{size}>{caption}</figure>'
    )


def image_url(view: EventView, config: SiteConfig) -> str:
    """Where the event's picture is published: the largest size of a local
    one (absolute with a base URL), or its https address."""
    assert view.picture is not None
    return view.picture.src if view.picture.remote else config.absolute(view.picture.src)


def _link(rel: str, kind: str, href: str) -> str:
    return f'<link rel="{rel}" type="{kind}" href="{html.escape(href)}"/>'


def _title(view: EventView) -> str:
    return f"{_marks(view)}{view.event.title} ({view.date_text})"


def _marks(view: EventView) -> str:
    """What a feed or calendar reader must know before the title: that the
    event is still to come, or that no editor has checked it."""
    return ("Unverified: " if view.unverified else "") + ("Expected: " if view.expected else "")


def calendar(
    data: SiteData, config: SiteConfig, fragments: Fragments, expected_only: bool = False
) -> Iterator[bytes]:
    """All-day events (RFC 5545), expected events first: they are what a
    calendar subscriber is waiting for. A date known only to the month or
    year spans that month or year; "before 17 February" sits on its last
    possible day with the date in words in its title."""
    text = ical.escape_text
    header = {
        "PRODID": text(f"-//timeline {__version__}//{config.title}//{config.language.upper()}"),
        "VERSION": "2.0",
        "CALSCALE": "GREGORIAN",
        "X-WR-CALNAME": text(config.title + (" (expected events)" if expected_only else "")),
        "X-WR-TIMEZONE": text(config.timezone),
    }
    views = sorted(data.events, key=lambda view: (not view.expected, view.position))
    entries = (
        fragments.get("vevent", view.fingerprint, partial(_vevent, view, config))
        for view in views
        if view.expected or not expected_only
    )
    end = "END:VCALENDAR\r\n"
    head = ical.component("VCALENDAR", header, ical.CALENDAR_ORDER).removesuffix(end)
    return _pieces(head, entries, "", end)


def _vevent(view: EventView, config: SiteConfig) -> str:
    text = ical.escape_text
    edtf = view.edtf
    lower, upper = edtf.lower(), edtf.upper()
    first = lower or upper
    last = upper or lower
    assert first is not None and last is not None
    plain = not edtf.interval and edtf.start is not None and not _qualified(edtf.start)
    title = (
        view.event.title
        if plain and not view.event.display_date
        else f"{view.event.title} ({view.date_text})"
    )
    description = [view.date_text]
    if view.summary_text:
        description.append(view.summary_text)
    description += [item.source.url for item in view.sources if item.source.url]
    entry = {
        "UID": text(_entry_id(view, config).replace("urn:uuid:", "") + "@timeline"),
        "DTSTAMP": ical.utc_value(_timestamp(updated(view), config)),
        "DTSTART;VALUE=DATE": ical.date_value(first),
        **_end(first, last),
        "SUMMARY": text(_marks(view) + title),
        "STATUS": "TENTATIVE" if view.expected or view.unverified else "CONFIRMED",
        "TRANSP": "TRANSPARENT",
        "DESCRIPTION": text("\n\n".join(description)),
    }
    if view.places:
        entry["LOCATION"] = text(", ".join(term.name for term in view.places))
    if view.tags:
        entry["CATEGORIES"] = ",".join(text(term.name) for term in view.tags)
    if config.base_url:
        entry["URL"] = config.base_url + view.path
    return ical.component("VEVENT", entry, ical.EVENT_ORDER)


def _end(first: dt.date, last: dt.date) -> dict[str, str]:
    """The end of an all-day event: the day after its last (DTEND), or, when
    that day is past the last a date can be (9999-12-31), its length in days."""
    if last < dt.date.max:
        return {"DTEND;VALUE=DATE": ical.date_value(last + dt.timedelta(days=1))}
    return {"DURATION": f"P{(last - first).days + 1}D"}


def _qualified(point: Point) -> bool:
    return point.uncertain or point.approximate


def events_json(
    data: SiteData, config: SiteConfig, memory: BuildMemory | None, folder: str = ""
) -> Iterator[bytes]:
    """The published events in our own schema, in timeline order, each with
    its page and its date in words; ``memory`` keeps the entries of the
    site's file (None: a story's, in its ``folder``, keeps none)."""
    document = {
        "title": config.title,
        "description": config.description,
        "language": config.language,
        "home": config.absolute(f"{folder}index.html"),
        "events": [],
    }
    return _with_events(document, _event_entries(data, config, memory))


def _event_entries(data: SiteData, config: SiteConfig, memory: BuildMemory | None) -> Iterator[str]:
    """Each event's entry, taken from the last build's (kept in ``memory``
    by base URL and fingerprint) when it has the event."""
    last = memory.entries if memory else {}
    keep = memory is not None and kept_whole(len(data.events))
    entries: dict[tuple[str, str], str] = {}
    for view in data.events:
        key = (config.base_url, view.fingerprint)
        entry = last.get(key)
        if entry is None:
            item = {
                name: value
                for name, value in view.event.to_dict().items()
                if name not in PRIVATE_FIELDS
            }
            item["date_description"] = view.date_text
            item["url"] = config.absolute(view.path)
            if view.picture is None:
                item.pop("media", None)  # a local file not published: the build said why
            else:
                item["media"] = {**item["media"], "image": image_url(view, config)}
                if not view.picture.remote:
                    item["media"] |= {"width": view.picture.width, "height": view.picture.height}
            if view.unverified:
                item["unverified"] = True
            entry = _json(item)
        if keep:
            entries[key] = entry
        yield entry
    if memory is not None:
        memory.entries = entries


def timelinejs_json(data: SiteData, config: SiteConfig, fragments: Fragments) -> Iterator[bytes]:
    """What ``timelinejs.export`` gives for the events (the same JSON,
    tested), with each event's slide kept between builds: making a slide
    renders its Markdown, seconds for 10,000 events in a fresh process."""
    views = sorted(data.events, key=lambda view: view.event.sort_key())
    slides = (
        fragments.get("slide", view.fingerprint, partial(_slide, view, config)) for view in views
    )
    document: dict[str, Any] = {"events": []}
    if config.title:
        document["title"] = {"text": {"headline": html.escape(config.title, quote=False)}}
    return _with_events(document, slides)


def _with_events(document: dict[str, Any], events: Iterable[str]) -> Iterator[bytes]:
    """``document`` with its empty ``events`` list filled with ``events``,
    each already JSON: kept ones go in as they are, not parsed to be
    written again."""
    head, tail = _json(document).split('"events":[]', 1)
    return _pieces(f'{head}"events":[', events, ",", f"]{tail}\n")


# Items joined into one piece of a file written in pieces.
PIECE_ITEMS = 1000


def _pieces(head: str, items: Iterable[str], separator: str, tail: str) -> Iterator[bytes]:
    """``head``, the ``items`` with ``separator`` between them, and ``tail``,
    encoded a thousand items at a time: a large file is never whole in memory."""
    chunk = [head]
    for number, item in enumerate(items):
        chunk.append(separator + item if number else item)
        if len(chunk) > PIECE_ITEMS:
            yield "".join(chunk).encode("utf-8")
            chunk = []
    chunk.append(tail)
    yield "".join(chunk).encode("utf-8")


# One encoder for every entry: ``json.dumps`` with options makes a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _slide(view: EventView, config: SiteConfig) -> str:
    image = image_url(view, config) if view.picture else None
    event = view.event if view.picture else replace(view.event, media=None)
    slide = timelinejs.slide(event, view.summaries.html, image)
    if view.unverified:
        slide["text"]["headline"] = "Unverified: " + slide["text"]["headline"]
    return _json(slide)


def _json(value: object) -> str:
    """JSON for programs: no indentation, which also lets the C encoder
    write it (indenting is pure Python, 10× slower)."""
    return _ENCODER.encode(value)


def sitemap(paths: list[str], config: SiteConfig) -> bytes:
    """Every page's public address; needs the base URL (sitemaps take only
    absolute addresses)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        *(f"<url><loc>{html.escape(config.base_url + path)}</loc></url>" for path in paths),
        "</urlset>",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def plan_outputs(
    data: SiteData,
    config: SiteConfig,
    pages: list[str],
    keys: Keys,
    fragments: Fragments,
    memory: BuildMemory,
    selections: Selections,
) -> Iterator[Output]:
    """Every output beside the pages, of those ``config.outputs`` names, for
    the site and in each story's folder; those ``config.key_only`` names
    hold the key events only. ``pages`` lists the HTML pages for the
    sitemap; ``fragments`` keeps each event's calendar entry between
    builds, ``memory`` its entry in the site's ``events.json``."""
    for story in (None, *config.stories):
        folder = story.folder if story else ""
        settings = config
        if story is not None:
            settings = replace(
                config,
                title=f"{story.title} · {config.title}",
                description=story.description or config.description,
            )
        events = (
            keys.everything
            if story is None
            else [view.fingerprint for view in selections.views(story)]
        )
        for name in OUTPUTS:
            if name not in config.outputs:
                continue
            key_only = name in config.key_only
            shown = partial(_shown, selections, story, key_only)
            kept = memory if story is None and not key_only else None
            for file in FILES[name]:
                path = folder + file
                key = keys.of(path, story, events, keys.mentions if key_only else "")
                render = partial(_file, file, shown, settings, fragments, kept, folder)
                yield Output(path, key, render)
    if config.base_url:
        yield Output("sitemap.xml", keys.of("sitemap.xml", pages), partial(sitemap, pages, config))


# The files each of ``OUTPUTS`` makes, in the site's folder and each story's.
FILES = {
    "feed": ("feed.xml",),
    "calendar": ("calendar.ics", "expected.ics"),
    "json": ("events.json",),
    "timelinejs": ("timelinejs.json",),
}


def _file(
    file: str,
    shown: Callable[[], SiteData],
    config: SiteConfig,
    fragments: Fragments,
    memory: BuildMemory | None,
    folder: str,
) -> Content:
    """One of ``FILES``, made of the events ``shown()`` gives."""
    data = shown()
    if file == "feed.xml":
        return atom_feed(data, config, folder)
    if file.endswith(".ics"):
        return calendar(data, config, fragments, expected_only=file == "expected.ics")
    if file == "events.json":
        return events_json(data, config, memory, folder)
    return timelinejs_json(data, config, fragments)


def _shown(selections: Selections, story: Story | None, key_only: bool) -> SiteData:
    """The events a file of the site or of a story holds: all, or the key ones."""
    if story is None and not key_only:
        return selections.data
    views = selections.key(story).key if key_only else selections.views(story)
    return SiteData(events=views)
