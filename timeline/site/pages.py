"""Every HTML page of the site, as pure functions of the prepared events:
``plan_pages`` yields each page's path, the key of its inputs and the
function that renders it, and never touches the disk, so the writer can
skip what did not change and a benchmark can time rendering alone.

Links are relative (``root`` is ``../`` on pages one folder down), so the
site works under any subpath and opened from ``file://``; pages are
``name.html`` files rather than folders for the same reason.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby
from typing import Any

import jinja2
from markupsafe import Markup

from timeline.dates import MONTH_NAMES
from timeline.incremental.memory import BuildMemory
from timeline.site.axis import (
    DATA_FILE,
    axis_days,
    axis_index,
    axis_parts,
    axis_words,
    part_path,
    words_files,
    words_inline,
)
from timeline.site.cards import kept_card, kept_cards
from timeline.site.config import SiteConfig
from timeline.site.jsonld import event_jsonld
from timeline.site.key_page import HOME, Selections
from timeline.site.outputs import Keys, Output
from timeline.site.overview import lay_out, overview_svg
from timeline.site.periods import Period, month_title, paginate, year_periods
from timeline.site.stories import Story
from timeline.site.views import (
    FOLDERS,
    LABELS,
    EventView,
    SiteData,
    Term,
    month_anchor,
    year_anchor,
)

FILTER_TERMS = 24  # the most used terms of each kind offered as filters
INDEX_LIMIT = 1000  # terms per part of an index page (about 200 KB), however many there are
JUMP_MONTHS_YEARS = 5  # up to this many years, the jump navigation lists months too
STORY_HEADLINES = 3  # a story on the home page: its most important key events' headlines
# Every event, oldest and newest first (the home page opens on the key events).
ALL_EVENTS = "all.html"
NEWEST = "newest.html"
Href = Callable[[int, int | None], str]


@dataclass
class MonthGroup:
    anchor: str
    title: str
    events: list[EventView]


@dataclass
class YearGroup:
    year: int
    anchor: str
    months: list[MonthGroup] = field(default_factory=list)


@dataclass
class StoryItem:
    """A story as the home page lists it."""

    story: Story
    href: str  # its page
    count: int  # its events
    span: str  # its first and last events' dates in words
    headlines: list[EventView]  # its most important key events, in timeline order


@dataclass
class JumpYear:
    label: str
    href: str
    months: list[tuple[str, str, str]]  # visible label, the rest of its name, link


def group(views: list[EventView], newest_first: bool = False) -> list[YearGroup]:
    """Events (in timeline order) under year and month headings."""
    years = []
    for year, in_year in groupby(views, key=lambda view: view.year):
        months = []
        for month, in_month in groupby(in_year, key=lambda view: view.month):
            title = month_title(year, month)
            months.append(MonthGroup(month_anchor(year, month), title, list(in_month)))
        years.append(YearGroup(year, year_anchor(year), months))
    if newest_first:
        years.reverse()
        for year_group in years:
            year_group.months.reverse()
            for month_group in year_group.months:
                month_group.events.reverse()
    return years


class Renderer:
    """Renders the pages of one build. Each event's card is rendered once
    per folder depth and reused on every list that shows it."""

    def __init__(
        self,
        data: SiteData,
        config: SiteConfig,
        env: jinja2.Environment,
        keys: Keys,
        memory: BuildMemory,
        selections: Selections,
    ) -> None:
        self.data = data
        self.config = config
        self.env = env
        self.keys = keys
        self.memory = memory
        self.selections = selections
        self.periods = year_periods(data.events, config.page_limit)
        self.split = len(data.events) > config.page_limit
        self.cards = kept_cards(memory, keys.base)
        self._card = env.get_template("card.html")
        # Which page has each year, and which lists each month's events (month
        # None: those known only to the year): the targets of jump links.
        self._year_page = {period.year: period.path for period in self.periods}
        self._month_page: dict[tuple[int, int | None], str] = {}
        self._page_of: dict[int, str] = {}  # id of a view: the page listing its card
        for period in self.periods:
            for page in period.pages:
                for view in page.events:
                    self._month_page.setdefault((view.year, view.month), page.path)
                    self._page_of[id(view)] = page.path

    # -- helpers ---------------------------------------------------------------

    def card(self, view: EventView, root: str) -> Markup:
        return Markup(kept_card(self.cards, self._card, self.config, view, root))

    def _render(self, template: str, path: str, **context: Any) -> bytes:
        root = "../" * path.count("/")
        page = {
            "path": path,
            "root": root,
            "home": path == HOME,  # the header shows its heading, the site's title
            "config": self.config,
            "canonical": self.config.base_url + path if self.config.base_url else "",
            "kinds": [
                (kind, LABELS[kind][1], f"{FOLDERS[kind]}.html") for kind in self.config.taxonomies
            ],
            "card": lambda view: self.card(view, root),
            "year_href": lambda year: self._year_href(year, path),
            "outputs_folder": "",  # where the feed and data files of the page's events are
            **context,
        }
        return self.env.get_template(template).render(page).encode("utf-8")

    def _whole(self, path: str, render: Callable[[], bytes]) -> Output:
        """A page made from all the events (the timeline, indexes)."""
        return Output(path, self.keys.of(path, self.keys.everything), render)

    def _href(self, path: str, local: set[tuple[int, int | None]]) -> Href:
        """Links to a year or month: an anchor when the page lists it, else
        the page that does. A month that lists no event of its own (the
        overview may count a long event in its first month) links to its year;
        a year that has no page of its own (a decade of the overview, which
        starts before its first event) to the first year after it that has one."""
        root = "../" * path.count("/")

        def href(year: int, month: int | None) -> str:
            if (year, month) not in self._month_page:
                month = None
            if month is None and year not in self._year_page:
                year = self._year_from(year)
            anchor = year_anchor(year) if month is None else month_anchor(year, month)
            if (year, month) in local:
                return f"#{anchor}"
            page = self._year_page[year] if month is None else self._month_page[(year, month)]
            return f"{root}{page}#{anchor}"

        return href

    def _year_from(self, year: int) -> int:
        """The first year at or after ``year`` that has a page, else the last."""
        years = sorted(self._year_page)
        return years[min(bisect.bisect_left(years, year), len(years) - 1)]

    def _year_href(self, year: int, path: str) -> str:
        """The link of a year heading: its own page, unless this is it."""
        page = self._year_page[year]
        return "" if page == path else "../" * path.count("/") + page

    def _listing(self, view: EventView) -> str:
        """The timeline page that lists an event."""
        return self._page_of[id(view)] if self.split else ALL_EVENTS

    def _jump(self, href: Href, views: list[EventView], months: bool) -> list[JumpYear]:
        """Years, each with its months when ``months`` (a long timeline
        lists years only; each year's page then offers its months)."""
        jump = []
        for year, in_year in groupby(views, key=lambda view: view.year):
            items = list(in_year)
            links = [
                (
                    MONTH_NAMES[month - 1][:3] if month else "Some time",
                    str(year) if month else f"in {year}",
                    href(year, month),
                )
                for month in dict.fromkeys(view.month for view in items)
            ]
            jump.append(JumpYear(str(year), href(year, None), links if months else []))
        return jump

    def _filters(self) -> list[tuple[str, str, str, list[tuple[Term, int]]]]:
        """The most used terms of each kind, for the filter bar."""
        filters: list[tuple[str, str, str, list[tuple[Term, int]]]] = []
        for kind in ("tag", "place", "actor"):
            if kind not in self.config.taxonomies:
                continue
            ranked = sorted(
                self.data.terms[kind], key=lambda item: (-len(item[1]), item[0].name.casefold())
            )
            terms = [(term, len(views)) for term, views in ranked[:FILTER_TERMS]]
            if terms:
                filters.append((kind, LABELS[kind][1], f"{FOLDERS[kind]}.html", terms))
        return filters

    # -- pages -----------------------------------------------------------------

    def outputs(self) -> Iterator[Output]:
        yield from self.timeline_pages()
        yield from self.event_pages()
        for kind in self.config.taxonomies:
            yield from self.term_pages(kind)
        yield from self.key_pages()
        yield from self.axis_files()
        yield Output(
            "search.html",
            self.keys.of("search.html"),
            partial(
                self._render,
                "search.html",
                "search.html",
                page_title=f"Search · {self.config.title}",
                description=f"Search the events of {self.config.title}.",
            ),
        )

    def timeline_pages(self) -> Iterator[Output]:
        if self.data.events:
            # The strip of every event, laid out here: whichever process renders
            # the home pages, this one keeps it for the next build (``memory``).
            lay_out(self.data.events, self.memory.layouts)
        for newest_first, path in ((False, ALL_EVENTS), (True, NEWEST)):
            yield self._whole(path, partial(self._timeline_home, path, newest_first))
        for number, period in enumerate(self.periods):
            previous = self.periods[number - 1] if number else None
            following = self.periods[number + 1] if number + 1 < len(self.periods) else None
            yield self._period(period, period, previous, following)
            for index, part in enumerate(period.children):
                before = period.children[index - 1] if index else previous
                after = (
                    period.children[index + 1] if index + 1 < len(period.children) else following
                )
                yield self._period(part, period, before, after)

    # -- the key events: the home page, and each story's pages -------------------

    def key_pages(self) -> Iterator[Output]:
        """The home page opens on the key events of the site, or of its one
        story, or lists its stories; each story has a page opening on its
        key events and the list of all its events."""
        stories = self.config.stories
        if len(stories) > 1:
            key = self.keys.of(HOME, stories, self.keys.everything, self.keys.mentions)
            yield Output(HOME, key, self._stories_page)
        else:
            yield self._key_output(HOME, stories[0] if stories else None)
        for story in stories:
            yield self._key_output(f"{story.folder}index.html", story)
            yield from self._story_lists(story)

    def _key_output(self, path: str, story: Story | None) -> Output:
        """A key events page depends on its events, the mentions record and
        (the site's) the shape of the timeline its links go into."""
        views = self.selections.views(story)
        events = self.keys.everything if story is None else [view.fingerprint for view in views]
        key = self.keys.of(path, story, events, self.keys.mentions)
        return Output(path, key, partial(self._key_page, path, story))

    def _key_page(self, path: str, story: Story | None) -> bytes:
        """Key days, each its top events' headlines; the strip of the story
        (or of its key events only, ``key_only``); all events one click away."""
        views = self.selections.views(story)
        keyed = self.selections.key(story)
        root = "../" * path.count("/")
        if story is None:
            href = self._href(path, set())
            everything = ALL_EVENTS

            def listing(view: EventView) -> str:
                return f"{self._listing(view)}#{view.anchor}"

            heading, intro = self.config.title, self.config.description
        else:
            parts = self._story_parts(story)
            href = _parts_href(root, parts)
            everything = parts[0][0]
            listed = self._story_listing(story)

            def listing(view: EventView) -> str:
                return f"{listed(view)}#{view.anchor}"

            heading, intro = story.title, story.description
        drawn = self._drawn(story)
        return self._render(
            "key.html",
            path,
            heading=heading,
            intro=intro,
            page_title=self.config.title
            if story is None
            else f"{story.title} · {self.config.title}",
            description=intro or f"The key events of {heading}, day by day.",
            overview=Markup(overview_svg(drawn, href, root, self.memory.layouts)),
            axis_file=self._axis_file(story),
            days=keyed.days(listing),
            total=len(views),
            everything=everything,
            story=story,
            stories=len(self.config.stories),
            outputs_folder=story.folder if story else "",
        )

    def _drawn(self, story: Story | None) -> list[EventView]:
        """The events the strip (and the time axis) of a key page draws: the
        story's, or its key events only (``key_only``)."""
        if "overview" in self.config.key_only:
            return self.selections.key(story).key
        return self.selections.views(story)

    def _story_listing(self, story: Story) -> Callable[[EventView], str]:
        """The part of the story's list of events that lists an event."""
        part_of = {id(view): part for part, chunk in self._story_parts(story) for view in chunk}
        return lambda view: part_of[id(view)]

    # -- the time axes' data -------------------------------------------------------

    def _axis_file(self, story: Story | None) -> str:
        """The data of the axis of a key page: that of every event, unless
        the page draws a story's events or only the key ones."""
        key = "key-" if "overview" in self.config.key_only else ""
        return f"{story.folder if story else ''}{key}{DATA_FILE}"

    def axis_files(self) -> Iterator[Output]:
        """The data of the time axes (``timeline.site.axis``): every event's,
        which the timeline's pages share, and the key pages' that draw other
        events, each linking to the cards on the lists of its events."""
        parts = axis_parts(self.data.events, self._listing)
        yield self._whole(DATA_FILE, partial(axis_index, parts))
        yield from self._axis_words(DATA_FILE, parts)
        stories: list[Story | None] = list(self.config.stories)
        if "overview" in self.config.key_only and not stories:
            stories.append(None)  # the home page's key events
        for story in stories:
            path = self._axis_file(story)
            key = self.keys.of(path, story, self.keys.everything, self.keys.mentions)
            listing = self._story_listing(story) if story else self._listing
            parts = axis_parts(self._drawn(story), listing)
            yield Output(path, key, partial(axis_index, parts))
            yield from self._axis_words(path, parts)

    def _axis_words(self, path: str, parts: list[tuple[str, list[EventView]]]) -> Iterator[Output]:
        """The words files of the index at ``path`` (``axis.words_files``):
        each depends on its pages' events only. None when the index holds
        the words."""
        if words_inline(parts):
            return
        for file, numbers in enumerate(words_files(parts), start=1):
            words = part_path(path, file)
            pages = [(number + 1, parts[number][1]) for number in numbers]
            held = [(number, [view.fingerprint for view in views]) for number, views in pages]
            yield Output(words, self.keys.of(words, held), partial(axis_words, pages))

    def _stories_page(self) -> bytes:
        """The home page of a project of several stories: each its title,
        description, extent and most important key events' headlines."""
        items = []
        for story in self.config.stories:
            views = self.selections.views(story)
            keyed = self.selections.key(story)
            best = sorted(keyed.key, key=lambda view: -keyed.scores.of(view.event))
            chosen = {id(view) for view in best[:STORY_HEADLINES]}
            span = (
                " to ".join(dict.fromkeys((views[0].date_text, views[-1].date_text)))
                if views
                else ""
            )
            headlines = [view for view in keyed.key if id(view) in chosen]
            items.append(StoryItem(story, f"{story.folder}index.html", len(views), span, headlines))
        return self._render(
            "stories.html",
            HOME,
            heading=self.config.title,
            intro=self.config.description,
            page_title=self.config.title,
            description=self.config.description,
            stories=items,
            total=len(self.data.events),
        )

    def _story_parts(self, story: Story) -> list[tuple[str, list[EventView]]]:
        """The story's list of events: ``stories/<id>/all.html``, then
        ``all.2.html``… past ``page_limit`` events."""
        return paginate(
            f"{story.folder}{ALL_EVENTS}", self.selections.views(story), self.config.page_limit
        )

    def _story_lists(self, story: Story) -> Iterator[Output]:
        parts = self._story_parts(story)
        count = len(self.selections.views(story))
        for number, (path, chunk) in enumerate(parts):
            key = self.keys.of(
                path, story, number, len(parts), count, [view.fingerprint for view in chunk]
            )
            render = partial(self._story_list, story, path, chunk, count, number, parts)
            yield Output(path, key, render)

    def _story_list(
        self,
        story: Story,
        path: str,
        chunk: list[EventView],
        count: int,
        number: int,
        parts: list[tuple[str, list[EventView]]],
    ) -> bytes:
        return self._render(
            "story.html",
            path,
            story=story,
            page_title=f"All events · {story.title} · {self.config.title}"
            + (f" · part {number + 1}" if number else ""),
            description=f"{count} event{'s' if count != 1 else ''} of {story.title}.",
            groups=group(chunk),
            count=count,
            part=(number + 1, len(parts)),
            parts=[part.removeprefix(story.folder) for part, _ in parts],
            outputs_folder=story.folder,
        )

    def _period(
        self, page: Period, year: Period, previous: Period | None, following: Period | None
    ) -> Output:
        """A year or month page depends on its own events and on the shape of
        the timeline around it, not on the events of other years."""
        neighbours = [
            (other.path, other.title) if other else None for other in (previous, following, year)
        ]
        where = sorted(
            (month or 0, path)
            for (year_, month), path in self._month_page.items()
            if year_ == page.year
        )
        key = self.keys.of(
            page.path,
            [view.fingerprint for view in page.events],
            neighbours,
            [(part.path, part.title, len(part.events)) for part in page.children],
            where,
            len(self.data.events),
        )
        return Output(page.path, key, partial(self._period_page, page, year, previous, following))

    def _timeline_home(self, path: str, newest_first: bool) -> bytes:
        if self.split:
            shown = self.periods[-1].pages[-1] if newest_first else self.periods[0].pages[0]
            views = shown.events
        else:
            views = self.data.events
        local = {(view.year, view.month) for view in views} | {(view.year, None) for view in views}
        if self.split:
            local = {key for key in local if key[1] is not None}
        href = self._href(path, local)
        directory = [
            (period.title, period.path, len(period.events))
            for period in (reversed(self.periods) if newest_first else self.periods)
        ]
        return self._render(
            "timeline.html",
            path,
            heading="All events",
            page_title=f"All events · {self.config.title}",
            description=f"Every event of {self.config.title}, "
            + ("newest first." if newest_first else "oldest first."),
            overview=Markup(overview_svg(self.data.events, href, "", self.memory.layouts)),
            jump=self._jump(href, self.data.events, months=len(self.periods) <= JUMP_MONTHS_YEARS),
            groups=group(views, newest_first),
            newest_first=newest_first,
            orders=(ALL_EVENTS, NEWEST),
            directory=directory if self.split else [],
            shown=(len(views), len(self.data.events)),
            pager=None,
            filters=self._filters(),
            live_filters=True,
        )

    def _period_page(
        self, page: Period, year: Period, previous: Period | None, following: Period | None
    ) -> bytes:
        is_directory = bool(page.children)
        views = [] if is_directory else page.events
        local = {(view.year, view.month) for view in views} | {(page.year, None)}
        href = self._href(page.path, local)
        root = "../" * page.path.count("/")
        count = len(page.events)
        return self._render(
            "timeline.html",
            page.path,
            heading=page.title,
            page_title=f"{page.title} · {self.config.title}",
            description=f"{count} event{'s' if count != 1 else ''} of {page.title} on "
            f"{self.config.title}.",
            overview=Markup(overview_svg(page.events, href, root, self.memory.layouts)),
            axis_range=_days(page.events),
            jump=self._jump(href, page.events, months=True) if page is year else [],
            groups=group(views),
            newest_first=False,
            orders=None,
            directory=[
                (part.title, part.path.removeprefix("years/"), len(part.events))
                for part in page.children
            ],
            shown=(len(views), len(self.data.events)),
            pager=(previous, following, year if year is not page else None),
            filters=[],
            live_filters=False,
        )

    def event_pages(self) -> Iterator[Output]:
        events = self.data.events
        for view in events:
            previous = events[view.position - 1] if view.position else None
            following = events[view.position + 1] if view.position + 1 < len(events) else None
            back = f"../{self._listing(view)}#{view.card_id}"
            key = self.keys.of(
                view.path,
                view.fingerprint,
                previous.fingerprint if previous else "",
                following.fingerprint if following else "",
                back,
            )
            yield Output(view.path, key, partial(self._event_page, view, previous, following, back))

    def _event_page(
        self, view: EventView, previous: EventView | None, following: EventView | None, back: str
    ) -> bytes:
        return self._render(
            "event.html",
            view.path,
            view=view,
            page_title=f"{view.event.title} · {self.config.title}",
            description=_clip(view.summary_text or f"{view.date_text}: {view.event.title}"),
            previous=previous,
            following=following,
            back=back,
            jsonld=Markup(event_jsonld(view, self.config)),
        )

    def term_pages(self, kind: str) -> Iterator[Output]:
        singular, plural = LABELS[kind]
        terms = self.data.terms[kind]
        counted = [(term, len(views)) for term, views in terms]
        index = paginate(f"{FOLDERS[kind]}.html", counted, INDEX_LIMIT)
        for number, (path, shown) in enumerate(index):
            # An index part shows its terms and their counts, nothing of the events.
            key = self.keys.of(path, kind, len(index), shown)
            render = partial(
                self._render,
                "terms.html",
                path,
                heading=plural,
                page_title=f"{plural} · {self.config.title}"
                + (f" · part {number + 1}" if number else ""),
                description=f"Every {singular.lower()} on {self.config.title}, with its events.",
                kind=kind,
                terms=shown,
                part=(number + 1, len(index)),
                parts=[part_path for part_path, _ in index],
            )
            yield Output(path, key, render)
        for term, views in terms:
            parts = paginate(term.path, views, self.config.page_limit)
            for number, (path, chunk) in enumerate(parts):
                key = self.keys.of(
                    path, term, number, len(parts), len(views), [view.fingerprint for view in chunk]
                )
                yield Output(
                    path,
                    key,
                    partial(self._term_page, term, path, chunk, len(views), number, parts),
                )

    def _term_page(
        self,
        term: Term,
        path: str,
        chunk: list[EventView],
        count: int,
        number: int,
        parts: list[tuple[str, list[EventView]]],
    ) -> bytes:
        kind = term.kind
        singular, plural = LABELS[kind]
        source = (
            next((item.source for item in chunk[0].sources if item.term == term), None)
            if kind == "source" and chunk
            else None
        )
        return self._render(
            "term.html",
            path,
            term=term,
            singular=singular,
            plural=plural,
            kind_index=f"{FOLDERS[kind]}.html",
            page_title=f"{term.name} · {plural} · {self.config.title}",
            description=f"{count} event{'s' if count != 1 else ''} with the "
            f"{singular.lower()} {term.name} on {self.config.title}.",
            groups=group(chunk),
            source=source,
            count=count,
            part=(number + 1, len(parts)),
            parts=[part_path.removeprefix(f"{FOLDERS[kind]}/") for part_path, _ in parts],
        )


def _parts_href(root: str, parts: list[tuple[str, list[EventView]]]) -> Href:
    """Links to a year or month in a list cut into ``parts``: the part
    that lists it (a year without events of its own, a decade of the
    strip: the first year after it that has some)."""
    months: dict[tuple[int, int | None], str] = {}
    years: dict[int, str] = {}
    for path, chunk in parts:
        for view in chunk:
            months.setdefault((view.year, view.month), path)
            years.setdefault(view.year, path)
    ordered = sorted(years)

    def href(year: int, month: int | None) -> str:
        if (year, month) in months:
            return f"{root}{months[(year, month)]}#{month_anchor(year, month)}"
        if not ordered:
            return f"{root}{parts[0][0]}"
        year = ordered[min(bisect.bisect_left(ordered, year), len(ordered) - 1)]
        return f"{root}{years[year]}#{year_anchor(year)}"

    return href


def _days(views: list[EventView]) -> tuple[int, int] | None:
    """The first and last day of ``views``, where a page's axis opens."""
    days = [day for view in views for day in axis_days(view)]
    return (min(days), max(days)) if days else None


def _clip(text: str, length: int = 155) -> str:
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0] + "…"


def plan_pages(
    data: SiteData,
    config: SiteConfig,
    env: jinja2.Environment,
    keys: Keys,
    memory: BuildMemory,
    selections: Selections,
) -> Iterator[Output]:
    """Every HTML page, planned: the home page on the key events, the
    timeline of all events (oldest and newest first, per year), one page
    per event, per tag, place, actor and source article, per story, and
    search; and the data of the time axes that take the strips' places.
    Cards and overview layouts are kept in ``memory``."""
    yield from Renderer(data, config, env, keys, memory, selections).outputs()
