"""What the pages show, prepared once from the events: the published events
in timeline order with their date in words, summary HTML and addresses, and
the taxonomies (tags, places, actors, source articles) that get pages.

What a page shows is a function of the events alone, so a page's content
depends only on its inputs and unchanged pages come out byte-identical.
Only the work is saved between builds: ``prepare`` takes over from the
build's memory the views of events that did not change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from timeline.dates import EDTF, describe
from timeline.incremental.memory import BuildMemory, kept_whole
from timeline.keys.mentions import ArticleDays
from timeline.markup import Summaries
from timeline.model import Event, Source, slugify
from timeline.site.config import TAXONOMIES
from timeline.site.images import Picture, Sized, picture_of

KINDS = TAXONOMIES
FOLDERS = {"tag": "tags", "place": "places", "actor": "actors", "source": "sources"}
LABELS = {  # singular, plural
    "tag": ("Tag", "Tags"),
    "place": ("Place", "Places"),
    "actor": ("Actor", "Actors"),
    "source": ("Source article", "Sources"),
}

_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")
_WEB_URL = re.compile(r"https?://", re.I)


@dataclass(frozen=True, slots=True)
class Term:
    """A tag, place, actor or source article, and the address of its page
    ("" when its kind has no pages: see ``SiteConfig.taxonomies``)."""

    kind: str
    name: str
    path: str


@dataclass(frozen=True, slots=True)
class SourceView:
    source: Source
    term: Term  # the page of the source article


@dataclass(slots=True)
class EventView:
    """An event as every page shows it."""

    event: Event
    path: str
    date_text: str
    iso: str | None  # a machine-readable date for <time>, when there is one
    year: int
    month: int | None  # None when the date is coarser than a month
    tags: tuple[Term, ...]
    places: tuple[Term, ...]
    actors: tuple[Term, ...]
    sources: tuple[SourceView, ...]
    picture: Picture | None = None  # its media, as published
    position: int = 0  # index in timeline order, for previous/next
    hashed: str = ""  # the fingerprint, once made
    # The summaries rendered so far, the build memory's: shared by every view.
    summaries: Summaries = field(default_factory=Summaries, compare=False, repr=False)

    @property
    def fingerprint(self) -> str:
        """A hash of everything a page may show of the event: equal
        fingerprints, equal cards and pages. Made when first asked for (the
        cards of a new site make theirs on every core: ``cards.render_cards``)."""
        if not self.hashed:
            self.hashed = fingerprint(self)
        return self.hashed

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def summary_html(self) -> str:
        """Rendered when a page needs it (kept by content), so a build that
        renders nothing new converts no Markdown."""
        return self.summaries.html(self.event.summary)

    @property
    def summary_text(self) -> str:
        return self.summaries.text(self.event.summary)

    @property
    def summary_repeats_quotes(self) -> bool:
        """Whether the summary only says again what the source quotes say
        (extraction's summary is the sentence it read): a page that shows
        the quotes then leaves it out rather than show one sentence twice."""
        return repeats_quotes(self.summary_text, [view.source.quote for view in self.sources])

    @property
    def expected(self) -> bool:
        return self.event.status == "expected"

    @property
    def unverified(self) -> bool:
        """Read by software and not yet accepted by an editor (published only
        with ``publish = "all"``): every output marks it so."""
        return self.event.review != "reviewed"

    @property
    def edtf(self) -> EDTF:
        return self.event.edtf

    @property
    def card_id(self) -> str:
        """The id of the event's card on a list, from its page's address (so
        it is a valid id, unique on the page, and stays when the title moves)."""
        return "e-" + self.path.removeprefix("events/").removesuffix(".html")

    @property
    def anchor(self) -> str:
        """The id of the month heading the event is listed under."""
        return month_anchor(self.year, self.month)

    @property
    def articles(self) -> tuple[SourceView, ...]:
        """One entry per source article: an article quoted twice for the same
        event is still one source to link to."""
        seen: dict[str, SourceView] = {}
        for view in self.sources:
            seen.setdefault(view.source.article, view)
        return tuple(seen.values())

    def terms(self, kind: str) -> tuple[Term, ...]:
        if kind == "source":
            return tuple(view.term for view in self.articles)
        return getattr(self, FOLDERS[kind])


@dataclass
class SiteData:
    """The published events in timeline order, the terms that get pages, and
    the days each article names (``timeline.keys.mentions``), which rank the
    key events as ``timeline export --key`` does."""

    events: list[EventView]
    terms: dict[str, list[tuple[Term, list[EventView]]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    mentions: Mapping[str, ArticleDays] = field(default_factory=dict)
    # Each place name looked up (the events' and the stories'): its gazetteer
    # name ("Kiev" → "Kyiv"), or itself.
    place_names: Mapping[str, str] = field(default_factory=dict)


def year_anchor(year: int) -> str:
    return f"y{year}"


def month_anchor(year: int, month: int | None) -> str:
    """Month 00 holds the events known only to the year (or decade)."""
    return f"m{year}-{month or 0:02d}"


def event_path(event_id: str) -> str:
    """The event's permanent address, from its id (never from its title).
    An id that is not URL-safe gets a slug plus a short hash of the id, so
    two odd ids never share a page."""
    if _SAFE_ID.match(event_id) and not event_id.endswith((".", "-")):
        return f"events/{event_id}.html"
    digest = hashlib.sha1(event_id.encode()).hexdigest()[:8]
    return f"events/{slugify(event_id, 50)}-{digest}.html"


def timeline_key(event: Event) -> tuple[object, ...]:
    """Timeline order: by year, then month (a date known only to the year
    comes first in its year), then by date, ``order`` and id."""
    year, month = _period(event.edtf)
    return (year, month or 0, *event.sort_key())


def _period(edtf: EDTF) -> tuple[int, int | None]:
    point = edtf.start or edtf.end
    assert point is not None
    if point.precision in ("day", "month"):
        return point.year, point.month
    return point.year, None


def iso_date(edtf: EDTF) -> str | None:
    """A valid HTML date/month/year string for a plain single date."""
    point = edtf.start
    if edtf.interval or point is None or point.uncertain or point.approximate:
        return None
    if point.decade or not 1 <= point.year <= 9999:
        return None
    return str(point)


class _Namer:
    """Gives each distinct name of a kind its own page address; names that
    slugify alike ("Kraków", "Krakow") get numbered addresses in a stable
    order, skipping numbers another name already has as its own slug
    ("Krakow 2"). Names that are one ``same`` name ("Kiev", "Kiew" →
    "Kyiv": the places' gazetteer names) share its term and page."""

    def __init__(
        self, kind: str, names: set[str], pages: bool = True, same: Mapping[str, str] = {}
    ) -> None:
        folder = FOLDERS[kind]
        used: set[str] = set()
        self.terms: dict[str, Term] = {}
        self.same = dict(same)
        shown = {same.get(name, name) for name in names}
        for name in sorted(shown, key=lambda name: (_slug_for(kind, name), name)):
            slug = unique = _slug_for(kind, name)
            count = 1
            while unique in used:
                count += 1
                unique = f"{slug}-{count}"
            used.add(unique)
            self.terms[name] = Term(kind, name, f"{folder}/{unique}.html" if pages else "")
        for name in names:
            self.terms.setdefault(name, self.terms[same.get(name, name)])


def _slug_for(kind: str, name: str) -> str:
    if kind == "source":
        return slugify(PurePosixPath(name).stem or name)
    return slugify(name)


def prepare(
    events: list[Event],
    taxonomies: tuple[str, ...] = KINDS,
    memory: BuildMemory | None = None,
    pictures: Mapping[str, Sized] | None = None,
    places: Collection[str] = (),
) -> SiteData:
    """Published events (not ``hidden``) in timeline order, with their
    pages; terms of the kinds in ``taxonomies`` with theirs.

    ``memory`` is the build's (``timeline.incremental.memory``), which this
    reads and updates; without it, every view is made afresh. When the
    events have the shape they had at the call it remembers (the same ids
    in the same order, with the same dates, terms and source articles: an
    edit of a title or a summary, as ``serve`` sees),
    the last call's addresses and views are taken over and only the views
    of changed events made again. ``pictures`` are the local images as the
    build publishes them (``images.plan_images``): an event whose picture
    changed is made again too. When events came or went but every term
    kept its address, the views of the events left as they were are taken
    over in their new places (``_view_again`` either way). The result is
    the same. ``places`` are more place names to name by the gazetteer in
    the same look-up as the events' (the stories' selections,
    ``SiteData.place_names``). Memory keeps the call: its taxonomies, the shape of its
    events, their namers and what it made of them."""
    memory = memory or BuildMemory()
    summaries = memory.summaries
    pictures = pictures or {}
    problems, visible = _visible(events)
    shape = [_shape(event) for event in visible]
    last_call = memory.views
    if last_call is not None and last_call[0] == taxonomies and last_call[1] == shape:
        _, _, namers, last = last_call
        views = [
            _view_again(view, event, view.position, namers, summaries, pictures)
            for view, event in zip(last.events, visible, strict=True)
        ]
        data = _site_data_after_edits(last, views, problems)
    else:
        known = getattr(last_call[2]["place"], "same", {}) if last_call is not None else {}
        namers = _namers(visible, taxonomies, known, places)
        same_terms = (
            last_call is not None
            and last_call[0] == taxonomies
            and all(last_call[2][kind].terms == namers[kind].terms for kind in KINDS)
        )
        before = {view.id: view for view in last_call[3].events} if last_call and same_terms else {}
        views = [
            _view_again(before.get(event.id), event, position, namers, summaries, pictures)
            for position, event in enumerate(visible)
        ]
        data = _site_data(views, namers, problems)
        # Counted as made whole: until memory holds this shape, every build
        # would take this slower way again (``BuildMemory.keep``).
        memory.made += len(views)
    memory.views = (taxonomies, shape, namers, data) if kept_whole(len(visible)) else None
    return data


def _visible(events: list[Event]) -> tuple[list[str], list[Event]]:
    """The events to publish, in timeline order, and why any is left out."""
    problems: list[str] = []
    seen: dict[str, Event] = {}
    visible: list[Event] = []
    for event in events:
        if event.hidden:
            continue
        path = event_path(event.id)
        if path in seen:
            other = seen[path]
            problems.append(
                f"{event.path or event.id}: id {event.id!r} is also used by "
                f"{other.path or other.id}; give one of them another id"
            )
            continue
        seen[path] = event
        visible.append(event)
    visible.sort(key=timeline_key)
    return problems, visible


def _shape(event: Event) -> tuple:
    """What the other events' views depend on: addresses, order, terms."""
    return (
        event.id,
        event.date,
        event.order,
        event.tags,
        event.places,
        event.actors,
        [(source.article, source.title) for source in event.sources],
    )


def _namers(
    visible: list[Event],
    taxonomies: tuple[str, ...],
    known: Mapping[str, str] | None = None,
    places: Collection[str] = (),
) -> dict[str, _Namer]:
    """The namers of every kind; places, and the other ``places``, are
    named by the gazetteer, whose names of the places ``known`` (the last
    build's) are not looked up again."""
    source_titles: dict[str, str] = {}
    names: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for event in visible:
        names["tag"].update(event.tags)
        names["place"].update(event.places)
        names["actor"].update(event.actors)
        for source in event.sources:
            names["source"].add(source.article)
            if source.title and source.article not in source_titles:
                source_titles[source.article] = source.title
    looked_up = names["place"] | set(places)
    same = gazetteer_names(looked_up, known or {}) if "place" in taxonomies or places else {}
    namers = {
        kind: _Namer(kind, names[kind], kind in taxonomies, same if kind == "place" else {})
        for kind in KINDS
    }
    for article, title in source_titles.items():
        term = namers["source"].terms[article]
        namers["source"].terms[article] = Term("source", title, term.path)
    return namers


def gazetteer_names(places: set[str], known: Mapping[str, str]) -> dict[str, str]:
    """Each place's gazetteer name ("Kiev" → "Kyiv"; a name it does not
    know, or knows as it is, stays), the gazetteer read only for places no
    earlier build looked up (``known``: the last build's answers)."""
    new = places - known.keys()
    if new:
        from timeline.events.place_names import one_name

        found = one_name(new)
        known = {**known, **{name: found.get(name, name) for name in new}}
    return {name: known[name] for name in places}


def _view(
    event: Event,
    position: int,
    namers: dict[str, _Namer],
    summaries: Summaries,
    picture: Picture | None,
) -> EventView:
    edtf = event.edtf
    year, month = _period(edtf)
    view = EventView(
        event=event,
        path=event_path(event.id),
        date_text=event.display_date or describe(edtf),
        iso=iso_date(edtf),
        year=year,
        month=month,
        tags=_terms(namers["tag"], event.tags),
        places=_terms(namers["place"], event.places),
        actors=_terms(namers["actor"], event.actors),
        sources=tuple(
            SourceView(linkable(source), namers["source"].terms[source.article])
            for source in event.sources
        ),
        picture=picture,
        position=position,
        summaries=summaries,
    )
    return view


def _site_data(views: list[EventView], namers: dict[str, _Namer], problems: list[str]) -> SiteData:
    members: dict[Term, list[EventView]] = defaultdict(list)
    for view in views:
        for kind in KINDS:
            for term in dict.fromkeys(view.terms(kind)):
                members[term].append(view)
    terms = {
        kind: sorted(
            ((term, members[term]) for term in dict.fromkeys(namers[kind].terms.values())),
            key=lambda item: (item[0].name.casefold(), item[0].path),
        )
        for kind in KINDS
    }
    return SiteData(events=views, terms=terms, problems=problems, place_names=namers["place"].same)


def _view_again(
    view: EventView | None,
    event: Event,
    position: int,
    namers: dict[str, _Namer],
    summaries: Summaries,
    pictures: Mapping[str, Sized],
) -> EventView:
    """``event``'s view at ``position``, given the ``view`` the last call
    made of the event with its id, if any, under namers that give every term
    the same address: taken over as it is when the event is the very same
    object in the same place, moved when it is equal (the same file read
    again) or elsewhere, made again when it or its picture is new or changed."""
    picture = picture_of(event.media, pictures)
    if view is None or (view.event is not event and view.event != event) or view.picture != picture:
        return _view(event, position, namers, summaries, picture)
    if view.event is event and view.position == position:
        return view
    return dataclasses.replace(view, event=event, position=position)


def _site_data_after_edits(last: SiteData, views: list[EventView], problems: list[str]) -> SiteData:
    """``_site_data`` for views of the same shape as ``last``'s, where only
    some views were made again: the other terms' lists are taken over as
    they are, and only the lists of the edited events' terms are copied
    with the new views in (``last`` itself is left as it was)."""
    edited = [view for view, old in zip(views, last.events, strict=True) if view is not old]
    changed: dict[Term, dict[int, EventView]] = defaultdict(dict)
    for view in edited:
        for kind in KINDS:
            for term in view.terms(kind):
                changed[term][view.position] = view
    terms = dict(last.terms)
    for kind, items in terms.items():
        if any(term in changed for term, _ in items):
            terms[kind] = [
                (term, [changed[term].get(view.position, view) for view in members])
                if term in changed
                else (term, members)
                for term, members in items
            ]
    return SiteData(events=views, terms=terms, problems=problems, place_names=last.place_names)


def repeats_quotes(summary: str, quotes: list[str]) -> bool:
    """Whether the plain text ``summary`` is made of ``quotes`` alone: each
    quote taken out of it (a merged event's summary joins several) leaves
    nothing, or what is left lies within a quote (a sentence whose dateline
    the summary dropped)."""
    rest = " ".join(summary.split())
    if not rest:
        return False
    said = sorted({" ".join(quote.split()) for quote in quotes if quote.strip()}, key=len)
    for quote in reversed(said):
        rest = rest.replace(quote, " ")
    rest = " ".join(rest.split())
    return not rest.strip(" .;,") or any(rest in quote for quote in said)


def linkable(source: Source) -> Source:
    """The source as pages link it: a url that is not http(s) ("javascript:",
    "data:") is dropped, since autoescaping keeps it whole in an href."""
    if source.url is None or _WEB_URL.match(source.url):
        return source
    return dataclasses.replace(source, url=None)


def fingerprint(view: EventView) -> str:
    """The event as stored plus what the build derived for it (its address,
    its date in words, the addresses of its terms)."""
    derived = [
        view.path,
        view.date_text,
        view.iso,
        [[term.name, term.path] for kind in KINDS for term in view.terms(kind)],
        view.picture,
    ]
    stored = [getattr(view.event, name) for name in Event.FIELDS]
    return hashlib.blake2b(repr((stored, derived)).encode(), digest_size=16).hexdigest()


def _terms(namer: _Namer, names: list[str]) -> tuple[Term, ...]:
    """The terms of ``names``, once each: "Kyiv" and "Kiev" are one place."""
    return tuple(dict.fromkeys(namer.terms[name] for name in names))
