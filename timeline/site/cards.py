"""Event cards, the block each list shows an event by: rendered once per
event and folder depth, kept in the build's memory between builds, and for
a new or changed site rendered ahead on every core before the pages are.
"""

from __future__ import annotations

from functools import partial

import jinja2

from timeline.incremental.memory import BuildMemory
from timeline.parallel import fork_map
from timeline.site.config import SiteConfig
from timeline.site.views import EventView, SiteData

# Each event's card is kept in the build's memory by (its fingerprint, the
# page's way back to the root), for the settings, theme and code of its
# ``cards_base``: a build renders again only the cards of edited events.
# Cards kept at most, then the keeping starts over (a card is a kilobyte or
# two: an archive of 100,000 events would keep them all in every worker).
CARDS_KEPT = 20_000


def kept_cards(memory: BuildMemory, base: str) -> dict[tuple[str, str], str]:
    """The cards kept in ``memory``, emptied first when they were made under
    another ``base`` key (settings, theme, code)."""
    if memory.cards_base != base:
        memory.cards = {}
        memory.cards_base = base
    return memory.cards


def kept_card(
    cards: dict[tuple[str, str], str],
    template: jinja2.Template,
    config: SiteConfig,
    view: EventView,
    root: str,
) -> str:
    """The card of ``view`` on a page ``root`` away from the site's root:
    from ``cards`` (``kept_cards``), else rendered and kept there."""
    key = (view.fingerprint, root)
    card = cards.get(key)
    if card is None:
        if len(cards) >= CARDS_KEPT:
            cards.clear()
        card = cards[key] = render_card(template, config, view, root)
    return card


def render_card(template: jinja2.Template, config: SiteConfig, view: EventView, root: str) -> str:
    return template.render(view=view, root=root, config=config, pagefind=False)


def _ahead(
    template: jinja2.Template, config: SiteConfig, view: EventView, root: str
) -> tuple[str, str, tuple[str, str]]:
    """A worker's part of ``render_cards``: the fingerprint it made, the
    card, and the rendering of the summary it converted."""
    card = render_card(template, config, view, root)
    return view.fingerprint, card, view.summaries.html_and_text(view.event.summary)


def cards_missing(
    data: SiteData, base: str, memory: BuildMemory, root: str = "../"
) -> list[EventView]:
    """The views whose cards the lists one folder down would render, up to
    as many as are kept (``CARDS_KEPT``; none beyond that): those of events
    new to this process or changed, whose fingerprints are not made yet,
    and all when the cards kept were made under another ``base`` key."""
    cards = kept_cards(memory, base)
    views = [view for view in data.events if not view.hashed or (view.hashed, root) not in cards]
    return views if len(cards) + len(views) <= CARDS_KEPT else []


def render_cards(
    views: list[EventView],
    config: SiteConfig,
    env: jinja2.Environment,
    memory: BuildMemory,
    root: str = "../",
) -> None:
    """Render ahead, on every core, the cards of ``views`` (``cards_missing``)
    before the pages are rendered on every core: each process would
    otherwise render the cards of the events its pages list, most of them in
    more than one process. The views' fingerprints, and their summaries'
    Markdown, converted for the cards, come back too: for the pages' keys,
    the pages and the next build."""
    if not views:
        return
    cards = memory.cards
    template = env.get_template("card.html")
    # The first here: the card's templates are compiled once, before the
    # workers fork, and a broken one stops the build before they do.
    cards[(views[0].fingerprint, root)] = render_card(template, config, views[0], root)
    summaries: dict[str, tuple[str, str]] = {}
    made = fork_map(partial(_ahead, template, config, root=root), views[1:])
    for view, (fingerprint, card, summary) in zip(views[1:], made, strict=True):
        view.hashed = fingerprint
        cards[(fingerprint, root)] = card
        summaries[view.event.summary] = summary
    memory.summaries.remember(summaries)
