"""Check one event's data, as a YAML or JSON loader gave it, against the
event schema (documented in ``docs/schema.md``).

Validation works on plain data so that the fast loader stays fast; where a
message needs the text as typed (a YAML 1.1 trap), ``raw`` looks it up.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import reprlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from timeline.dates import EDTFError, parse_edtf
from timeline.model import IMAGE_SUFFIXES, REVIEWS, STATUSES, Event, Media, Source, usable_image
from timeline.store.problems import Severity

KeyPath = tuple[str | int, ...]
RawLookup = Callable[[KeyPath], str | None]

# An id names a file and a page: short enough for any file system, and
# \Z, not $, which would let a trailing newline through.
MAX_ID_LENGTH = 100
ID_PATTERN = re.compile(rf"^[A-Za-z0-9_-][A-Za-z0-9_.-]{{0,{MAX_ID_LENGTH - 1}}}\Z")
REQUIRED = ("id", "title", "date")
TEXT_FIELDS = ("title", "summary", "date_text", "display_date", "notes")
LIST_FIELDS = ("places", "actors", "tags")
SOURCE_TEXT_FIELDS = ("article", "title", "url", "quote")
# What YAML 1.1 turns unquoted words into, for the messages about its traps.
_BOOL_WORDS = "yes/no, on/off, true/false"


@dataclass(frozen=True)
class Issue:
    """A problem at a place in the data; ``on_key`` points at the key
    rather than its value (an unknown key, say)."""

    where: KeyPath
    message: str
    severity: Severity = "error"
    on_key: bool = False
    at: tuple[int, int] | None = None  # (line, column) when known without the data
    keeps_event: bool = False  # an error that leaves the event itself usable


def _no_raw(_where: KeyPath) -> str | None:
    return None


_brief = reprlib.Repr()
_brief.maxstring = _brief.maxother = 80
_brief.maxlevel = 2


def brief(value: object) -> str:
    """``repr(value)``, cut short: a message stays one short line however
    long or deeply nested the value is (a YAML alias bomb expands to
    billions of items)."""
    return _brief.repr(value)


def _plain(value: object) -> str:
    """``brief``, without the quotes around a string."""
    return brief(value)[1:-1] if isinstance(value, str) else brief(value)


def did_you_mean(key: str, known: tuple[str, ...]) -> str:
    """`` — did you mean title?`` when a close known key exists, else ``""``."""
    close = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    return f" — did you mean {close[0]}?" if close else ""


def _label(where: KeyPath) -> str:
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _not_text(where: KeyPath, value: object, raw: RawLookup) -> Issue:
    """The message for a non-string where text belongs, naming the YAML 1.1
    trap that most likely produced it."""
    name = _label(where)
    if isinstance(value, (list, dict)):
        kind = "a list" if isinstance(value, list) else "a mapping"
        return Issue(where, f"{name} must be text, not {kind}")
    typed = raw(where)
    shown = typed if typed is not None else str(value)
    plain = _plain(shown)
    quoted = "put it in quotes" if "…" in plain else f'put it in quotes: "{plain}"'
    if isinstance(value, bool):
        why = (
            f"{name} was read as the boolean {str(value).lower()}, not as text "
            f"(YAML reads unquoted {_BOOL_WORDS} as booleans); {quoted}"
        )
    elif isinstance(value, (dt.date, dt.datetime)):
        why = f"{name} was read as a date, not as text (an unquoted date-like value); {quoted}"
    elif isinstance(value, (int, float)) and typed is not None and ":" in typed:
        why = (
            f"{name} was read as the number {value}, not as text (YAML 1.1 reads "
            f"{typed} as a base-60 number); {quoted}"
        )
    elif isinstance(value, (int, float)):
        why = f"{name} was read as the number {value}, not as text; {quoted}"
    else:
        why = f"{name} must be text, not {type(value).__name__}"
    return Issue(where, why)


def _check_text(where: KeyPath, value: object, raw: RawLookup, required: bool) -> list[Issue]:
    if value is None or value == "":
        return [Issue(where, f"{_label(where)} is empty; write a short title")] if required else []
    if not isinstance(value, str):
        return [_not_text(where, value, raw)]
    if required and not value.strip():
        return [Issue(where, f"{_label(where)} is blank; write a short title")]
    return []


def _check_date(where: KeyPath, value: object) -> list[Issue]:
    if value is None or value == "":
        return [Issue(where, "date is empty; write an EDTF date such as 2026-02-20")]
    if isinstance(value, bool):
        return [Issue(where, "date must be an EDTF date such as 2026-02-20, not a boolean")]
    try:
        edtf = parse_edtf(value)
        edtf.sort_key()
        for point in (edtf.start, edtf.end):  # an open end's point too ("9999-24/..")
            if point is not None:
                point.lower(), point.upper()
    except EDTFError as error:
        return [Issue(where, f"invalid date: {error}")]
    except (ValueError, OverflowError):  # the site orders by Python dates: years 1-9999
        return [Issue(where, f"invalid date: {brief(value)} reaches outside the years 0001-9999")]
    except TypeError:  # e.g. an unhashable list
        return [Issue(where, f"date must be an EDTF date such as 2026-02-20, not {brief(value)}")]
    return []


def _check_enum(where: KeyPath, value: object, allowed: tuple[str, ...]) -> list[Issue]:
    if isinstance(value, str) and value in allowed:
        return []
    choices = " or ".join(allowed)
    hint = did_you_mean(value, allowed) if isinstance(value, str) else ""
    return [Issue(where, f"{_label(where)} must be {choices}, not {brief(value)}{hint}")]


def _check_list(where: KeyPath, value: object, raw: RawLookup) -> list[Issue]:
    if value is None:
        return []
    if not isinstance(value, list):
        return [
            Issue(where, f"{_label(where)} must be a list, e.g. {where[-1]}: [{_plain(value)}]")
        ]
    issues: list[Issue] = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            issues += (
                _check_text((*where, index), item, raw, required=True)
                if item in (None, "") or isinstance(item, str)
                else [_not_text((*where, index), item, raw)]
            )
    return issues


def _check_source(
    where: KeyPath, value: object, raw: RawLookup, article_exists: Callable[[str], bool] | None
) -> list[Issue]:
    if not isinstance(value, dict):
        return [
            Issue(
                where,
                f"{_label(where)} must be a mapping with article, title, url, published and quote",
            )
        ]
    issues = _unknown_keys(where, value, Source.FIELDS, "a source")
    for key in SOURCE_TEXT_FIELDS:
        if key in value:
            issues += _check_text((*where, key), value[key], raw, required=False)
    published = value.get("published")
    if published is not None and not isinstance(published, dt.date):
        try:
            dt.date.fromisoformat(str(published))
        except ValueError:
            issues.append(
                Issue(
                    (*where, "published"),
                    f"published must be a date such as 2026-02-21, not {brief(published)}",
                )
            )
    article, url = value.get("article"), value.get("url")
    if not article and not url:
        issues.append(Issue(where, "a source needs an article (path under content/) or a url"))
    elif isinstance(article, str) and article and not _plain_path(article):
        issues.append(
            Issue(
                (*where, "article"),
                f"source article {brief(article)} holds a control character or a backslash; "
                "write the path under content/ with '/', such as articles/story.md",
            )
        )
    elif isinstance(article, str) and article and not inside_content(article):
        issues.append(
            Issue(
                (*where, "article"),
                f"source article {brief(article)} lies outside content/, so it is not "
                "checked; move the article into content/articles/",
                severity="warning",
            )
        )
    elif isinstance(article, str) and article and article_exists and not article_exists(article):
        issues.append(
            Issue(
                (*where, "article"),
                f"source article {article} does not exist under content/; "
                "fix the path or remove the source",
                keeps_event=True,
            )
        )
    if isinstance(url, str) and url and not re.match(r"^https?://", url):
        issues.append(
            Issue(
                (*where, "url"),
                f"url {brief(url)} does not start with http:// or https://",
                severity="warning",
            )
        )
    return issues


def _unknown_keys(where: KeyPath, value: dict, known: tuple[str, ...], within: str) -> list[Issue]:
    """A key of a source or of media that is none of ``known``."""
    return [
        Issue(
            (*where, key),
            f"unknown key {brief(key)} in {within}{did_you_mean(str(key), known)}",
            on_key=True,
        )
        for key in value
        if key not in known
    ]


def _check_media(
    value: object, raw: RawLookup, file_exists: Callable[[str], bool] | None
) -> list[Issue]:
    """The event's picture. Every problem of it leaves the event itself
    usable: the site shows the event without the picture."""
    where: KeyPath = ("media",)
    if not isinstance(value, dict):
        return [
            Issue(
                where,
                "media must be a mapping such as {image: media/photo.jpg, alt: what it shows}",
                keeps_event=True,
            )
        ]
    issues = _unknown_keys(where, value, Media.FIELDS, "media")
    for key in Media.FIELDS:
        if key in value:
            issues += _check_text((*where, key), value[key], raw, required=False)
    image = value.get("image")
    if image is None or image == "":
        issues.append(
            Issue(
                where,
                "media needs an image: a file under content/media/ (image: media/photo.jpg) "
                "or an https:// address",
            )
        )
    elif isinstance(image, str) and not usable_image(image.strip()):
        issues.append(Issue((*where, "image"), _unusable(image.strip())))
    elif (
        isinstance(image, str)
        and not image.startswith("https://")
        and file_exists
        and not file_exists(image.strip())
    ):
        issues.append(
            Issue(
                (*where, "image"),
                f"media image {image.strip()} does not exist under content/; "
                "add the file to content/media/ or fix the path",
            )
        )
    alt = value.get("alt")
    if image and (alt is None or (isinstance(alt, str) and not alt.strip())):
        issues.append(
            Issue(
                where,
                "media has no alt text; say in a few words what the picture shows "
                "(alt: ...), for readers who cannot see it",
                severity="warning",
            )
        )
    return [dataclasses.replace(issue, keeps_event=True) for issue in issues]


def _unusable(image: str) -> str:
    """Why ``image`` is neither an https address nor a picture under content/media/."""
    if image.startswith("http://"):
        return (
            f"media image {brief(image)} must be an https:// address (a page served over "
            "https shows no http picture)"
        )
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", image):
        return (
            f"media image {brief(image)} must be an https:// address or a file under content/media/"
        )
    if not image.lower().endswith(IMAGE_SUFFIXES):
        suffixes = ", ".join(IMAGE_SUFFIXES)
        return f"media image {brief(image)} is not a JPEG, PNG, WebP or GIF file ({suffixes})"
    return (
        f"media image {brief(image)} must be a path under content/ in content/media/, "
        "such as media/photo.jpg (no .., no backslash)"
    )


def inside_content(article: str) -> bool:
    """Whether a source's article path stays inside ``content/`` (relative,
    no ``..``): only such a path is ever looked at on disk."""
    return not article.startswith("/") and ".." not in article.split("/")


def _plain_path(article: str) -> bool:
    """No control character (no file needs one, terminals obey them) and no
    backslash (a Windows path, or an escape that means another file)."""
    return article.isprintable() and "\\" not in article


def validate_event(
    data: object,
    *,
    raw: RawLookup = _no_raw,
    article_exists: Callable[[str], bool] | None = None,
) -> list[Issue]:
    """Every problem in one event's data; empty when ``Event.from_dict`` may
    safely build it."""
    if data is None:
        return [Issue((), "the file is empty; an event needs at least id, title and date")]
    if not isinstance(data, dict):
        return [Issue((), f"an event must be a mapping of keys to values, not {_kind(data)}")]
    issues: list[Issue] = []
    for key in data:
        if not isinstance(key, str) or key not in Event.FIELDS:
            hint = did_you_mean(str(key), Event.FIELDS)
            issues.append(Issue((key,), f"unknown key {brief(key)}{hint}", on_key=True))
    for key in REQUIRED:
        if key not in data:
            issues.append(Issue((), f"missing required key {key!r}"))
    if "id" in data:
        issues += _check_id(data["id"], raw)
    for key in TEXT_FIELDS:
        if key in data:
            issues += _check_text((key,), data[key], raw, required=key == "title")
    if "date" in data:
        issues += _check_date(("date",), data["date"])
    if data.get("status") is not None:
        issues += _check_enum(("status",), data["status"], STATUSES)
    if data.get("review") is not None:
        issues += _check_enum(("review",), data["review"], REVIEWS)
    for key in LIST_FIELDS:
        issues += _check_list((key,), data.get(key), raw)
    if data.get("media") is not None:
        issues += _check_media(data["media"], raw, article_exists)
    sources = data.get("sources")
    if sources is not None and not isinstance(sources, list):
        issues.append(Issue(("sources",), "sources must be a list of mappings, one per article"))
    elif sources:
        for index, source in enumerate(sources):
            issues += _check_source(("sources", index), source, raw, article_exists)
    for key in ("locked", "hidden"):
        if key in data and not isinstance(data[key], bool):
            issues.append(Issue((key,), f"{key} must be true or false, not {brief(data[key])}"))
    if data.get("key") is not None and not isinstance(data["key"], bool):
        issues.append(
            Issue(
                ("key",),
                f"key must be true (a key event) or false (never one), not {brief(data['key'])}",
            )
        )
    confidence = data.get("confidence")
    if confidence is not None and (
        isinstance(confidence, bool)
        or not isinstance(confidence, (int, float))
        or not 0 <= confidence <= 1
    ):
        issues.append(
            Issue(
                ("confidence",), f"confidence must be a number from 0 to 1, not {brief(confidence)}"
            )
        )
    order = data.get("order")
    if order is not None and (isinstance(order, bool) or not isinstance(order, int)):
        issues.append(Issue(("order",), f"order must be a whole number, not {brief(order)}"))
    return issues


def _check_id(value: object, raw: RawLookup) -> list[Issue]:
    if value is None or value == "":
        return [Issue(("id",), "id is empty; use the file name without .yaml")]
    if not isinstance(value, str):
        return [_not_text(("id",), value, raw)]
    if len(value) > MAX_ID_LENGTH:
        return [
            Issue(
                ("id",),
                f"id is {len(value)} characters long; keep it to "
                f"{MAX_ID_LENGTH} (it names the event's file and page)",
            )
        ]
    if not ID_PATTERN.match(value):
        return [
            Issue(
                ("id",),
                f"id {brief(value)} may hold only letters, digits, '-', '_' and '.' "
                "(it names the event's file and page)",
            )
        ]
    return []


def _kind(data: object) -> str:
    if isinstance(data, list):
        return "a list"
    if isinstance(data, str):
        return "plain text"
    return type(data).__name__


def ids_differing_in_case(events: Iterable[Event]) -> list[tuple[Event, Event]]:
    """Pairs (event, an earlier one) whose ids differ only in case (``Case``,
    ``case``): two files here, but one on macOS and Windows, whose file
    systems ignore case, so a clone there keeps only one of them. In
    file-name order, so the warning falls on the later file."""
    first: dict[str, Event] = {}
    pairs = []
    for event in sorted(events, key=lambda event: str(event.path or event.id)):
        other = first.setdefault(event.id.lower(), event)
        if other is not event:
            pairs.append((event, other))
    return pairs
