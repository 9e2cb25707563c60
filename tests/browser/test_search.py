"""Search finds: on a generated timeline, Pagefind's own index, queried by
its own script in the browser, finds every event whose words hold the word
searched for, wherever the event holds it (title, summary, source quote,
source title, place, actor or tag), in any of its forms (stemming)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import Site, served
from timeline.model import Event, Source
from timeline.site import SiteConfig, build_site

FIELDS = ("title", "summary", "quote", "source title", "place", "actor", "tag")
# Searched by the first form; an event may hold any of them.
FORMS = {
    "sanctions": ("sanction", "sanctions", "sanctioned"),
    "talks": ("talk", "talks", "talked"),
    "floods": ("flood", "flooding", "flooded"),
}
FILLER = "the council met in a hall on one day after all of them had come".split()


def made_up_words(chance: random.Random, count: int) -> list[str]:
    """Words no stemmer shortens (they end in k, x or p) and no text holds by chance."""
    words: set[str] = set()
    while len(words) < count:
        parts = [chance.choice("bdgkmnprstvz") + chance.choice("aeiou") for _ in range(2)]
        words.add("".join(parts) + chance.choice("kxp"))
    return sorted(words)


def corpus(seed: int, count: int) -> tuple[list[Event], dict[str, set[str]]]:
    """``count`` events holding the searched words in random fields, and
    for each word the ids of the events that hold it."""
    chance = random.Random(seed)
    searched = {word: (word,) for word in made_up_words(chance, 12)} | FORMS
    holders: dict[str, set[str]] = {word: set() for word in searched}
    events = []
    for number in range(count):
        fields: dict[str, list[str]] = {name: [] for name in FIELDS}
        for word, forms in searched.items():
            if chance.random() < 0.25:
                fields[chance.choice(FIELDS)].append(chance.choice(forms))
                holders[word].add(f"event-{number}")

        def text(name: str, fields: dict[str, list[str]] = fields) -> str:
            return " ".join([*chance.sample(FILLER, 3), *fields[name]]).capitalize()

        events.append(
            Event(
                id=f"event-{number}",
                title=text("title"),
                date=f"2026-{number % 12 + 1:02d}-{number % 28 + 1:02d}",
                summary=text("summary") + ".",
                places=[f"Place {word}" for word in fields["place"]],
                actors=[f"Actor {word}" for word in fields["actor"]],
                tags=fields["tag"],
                sources=[
                    Source(
                        f"articles/a{number}.md",
                        quote=text("quote") + ".",
                        title=text("source title"),
                        url="https://news.example/a",
                    )
                ],
                review="reviewed",
            )
        )
    return events, holders


SEARCH = """async (words) => {
  const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href);
  await pagefind.options({ baseUrl: new URL(".", location.href).pathname });
  const found = {};
  for (const word of words) {
    const search = await pagefind.search(word);
    const pages = await Promise.all(search.results.map((result) => result.data()));
    found[word] = pages.map((page) => page.url.split("/").pop().replace(".html", ""));
  }
  return found;
}"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, dict]]:
    events, holders = corpus(seed=21, count=80)
    with served(tmp_path_factory.mktemp("search")) as site:
        build_site(events, site.folder, SiteConfig(title="Generated", base_url=site.url))
        yield site, holders


def test_searching_a_word_finds_every_event_whose_text_holds_it(
    desktop: Page, generated: tuple[Site, dict[str, set[str]]]
) -> None:
    site, holders = generated
    assert all(3 <= len(ids) < 40 for ids in holders.values())  # the corpus is worth searching
    desktop.goto(site.page_url("search.html"))
    found = desktop.evaluate(SEARCH, sorted(holders))
    for word, ids in holders.items():
        assert sorted(found[word]) == sorted(ids), word


def test_the_search_page_lists_them_all(
    desktop: Page, generated: tuple[Site, dict[str, set[str]]]
) -> None:
    site, holders = generated
    desktop.goto(site.page_url("search.html?q=sanctions"))
    status = desktop.locator(".search-status")
    count = len(holders["sanctions"])
    status.filter(has_text=f"{count} events found").wait_for()
    assert desktop.locator(".search-results > li").count() == count
