"""Synthetic but realistic timelines for the speed benchmark.

The benchmark needs the same N events three times: as our YAML event files,
as Hugo content and as Pelican content. The events are drawn from a seeded
random generator so every run of the benchmark builds exactly the same sites,
and they look like what a newsroom keeps: dates at day, month and year
precision with some ranges, open ends and uncertain dates, headline-style
titles, Markdown summaries with emphasis and links, places, actors, tags
with a long tail, and one to three quoted sources.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from timeline.dates import parse_edtf
from timeline.model import Event, Source, event_filename, new_id, slugify

PLACES = [
    "Geneva",
    "Vienna",
    "Brussels",
    "Warsaw",
    "Kraków",
    "Kyiv",
    "Berlin",
    "Paris",
    "London",
    "Madrid",
    "Lisbon",
    "Rome",
    "Athens",
    "Ankara",
    "Istanbul",
    "Cairo",
    "Nairobi",
    "Lagos",
    "Accra",
    "Johannesburg",
    "Addis Ababa",
    "Riyadh",
    "Doha",
    "Abu Dhabi",
    "Tehran",
    "Delhi",
    "Mumbai",
    "Dhaka",
    "Jakarta",
    "Manila",
    "Seoul",
    "Tokyo",
    "Beijing",
    "Hanoi",
    "Bangkok",
    "Sydney",
    "Wellington",
    "Ottawa",
    "Washington",
    "New York",
    "Mexico City",
    "Bogotá",
    "Lima",
    "Santiago",
    "Buenos Aires",
    "São Paulo",
    "Brasília",
    "Reykjavík",
    "Oslo",
    "Stockholm",
    "Helsinki",
    "Tallinn",
    "Riga",
    "Vilnius",
    "Prague",
    "Budapest",
    "Bucharest",
    "Sofia",
    "Belgrade",
    "Zagreb",
    "Tbilisi",
    "Yerevan",
    "Baku",
    "Almaty",
]
FIRST_NAMES = [
    "Anna",
    "Ben",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kaya",
    "Leila",
    "Marek",
    "Nadia",
    "Omar",
    "Petra",
    "Quentin",
    "Rosa",
    "Sven",
    "Tamar",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zofia",
]
LAST_NAMES = [
    "Albrecht",
    "Banerjee",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Horvat",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rossi",
    "Sato",
    "Tanaka",
    "Usman",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhang",
]
ORGANISATIONS = [
    "the European Commission",
    "NATO",
    "the United Nations",
    "the World Bank",
    "the IMF",
    "the African Union",
    "ASEAN",
    "the WHO",
    "the Red Cross",
    "the central bank",
    "the parliament",
    "the supreme court",
    "the finance ministry",
    "the electoral commission",
    "the port authority",
    "the national railway",
]
ROLES = [
    "prime minister",
    "foreign minister",
    "defence minister",
    "president",
    "central bank governor",
    "opposition leader",
    "mayor",
    "chief negotiator",
    "health minister",
    "union leader",
]
ACTIONS = [
    ("meets", "meet"),
    ("signs an agreement with", "sign an agreement with"),
    ("holds talks with", "hold talks with"),
    ("criticises", "criticise"),
    ("visits", "visit"),
    ("announces sanctions against", "announce sanctions against"),
    ("opens an inquiry into", "open an inquiry into"),
    ("backs", "back"),
    ("rejects a proposal from", "reject a proposal from"),
    ("calls for a ceasefire with", "call for a ceasefire with"),
]
HAPPENINGS = [
    "Floods hit",
    "Elections held in",
    "Strike halts trains in",
    "Summit opens in",
    "Protests spread in",
    "Earthquake strikes near",
    "New metro line opens in",
    "Budget passed in",
    "Fire destroys market in",
    "Trade fair closes in",
    "Vaccination campaign starts in",
    "Power outage darkens",
]
TOPICS = [
    "diplomacy",
    "defence",
    "sanctions",
    "economy",
    "energy",
    "climate",
    "health",
    "elections",
    "trade",
    "migration",
    "justice",
    "transport",
    "technology",
    "agriculture",
    "education",
    "housing",
    "culture",
    "sport",
    "labour",
    "security",
    "human rights",
    "media",
    "finance",
    "infrastructure",
    "disasters",
    "science",
]
# A long tail of rarer tags, as real archives accumulate.
RARE_TAGS = [f"{topic} {place}".lower() for topic in TOPICS[:12] for place in PLACES[:20]]
OUTLETS = [
    ("Morning Ledger", "https://ledger.example/news"),
    ("Harbour Times", "https://harbourtimes.example/world"),
    ("Northern Wire", "https://northernwire.example/story"),
    ("Daily Meridian", "https://meridian.example/articles"),
]
PHRASES = [
    "according to officials",
    "after weeks of negotiation",
    "in a statement on its website",
    "despite objections from the opposition",
    "as markets fell",
    "under heavy security",
    "with observers from several countries present",
    "following an emergency session",
]
NUMBERS = ["two", "three", "five", "a dozen", "several", "hundreds of", "thousands of"]

FIRST_YEAR = 1990
LAST_YEAR = 2027  # a few events are still to come


def make_events(count: int, seed: int = 7) -> list[Event]:
    """``count`` distinct events, the same ones for the same ``seed``."""
    rng = random.Random(seed)
    actors = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(400)]
    used: set[str] = set()
    events = []
    for index in range(count):
        event = _make_event(rng, index, actors)
        event.id = _unique(event.id, used)
        events.append(event)
    _cite(rng, events)
    return events


def _cite(rng: random.Random, events: list[Event]) -> None:
    """Give the events their sources as news has them: an article tells a
    story of several events close in time (the demo's five articles give 34
    events, the seed article a dozen), and an event is reported by one to
    three of its story's articles."""
    order = sorted(events, key=lambda event: (_first_day(event), event.id))
    start = 0
    while start < len(order):
        story = order[start : start + rng.randint(3, 10)]
        start += len(story)
        latest = max(dt.date.fromisoformat(_first_day(event)) for event in story)
        articles = [
            _make_article(rng, story[0].title, latest) for _ in range(rng.choice((1, 2, 3)))
        ]
        for event in story:
            cited = rng.sample(articles, min(len(articles), rng.choice((1, 1, 2, 3))))
            event.sources = [_source(article, event.summary) for article in cited]


def _unique(event_id: str, used: set[str]) -> str:
    candidate, number = event_id, 1
    while candidate in used:
        number += 1
        candidate = f"{event_id}-{number}"
    used.add(candidate)
    return candidate


def _make_event(rng: random.Random, index: int, actors: list[str]) -> Event:
    date, date_text = _make_date(rng)
    lower = parse_edtf(date).lower()
    place = rng.choice(PLACES)
    people = rng.sample(actors, rng.choice((0, 1, 1, 2, 3)))
    organisation = rng.choice(ORGANISATIONS)
    if people and rng.random() < 0.6:
        verb, _ = rng.choice(ACTIONS)
        other = rng.choice(people[1:] or [organisation.removeprefix("the ")])
        title = f"{people[0]} {verb} {other} in {place}"
    else:
        title = f"{rng.choice(HAPPENINGS)} {place}"
    expected = lower is not None and lower > dt.date(2026, 11, 24)
    summary = _make_summary(rng, title, place, people, organisation, expected)
    tags = [rng.choice(TOPICS[: 8 + index % len(TOPICS)])]
    tags += rng.sample(TOPICS, rng.choice((0, 1, 1, 2)))
    if rng.random() < 0.2:
        tags.append(rng.choice(RARE_TAGS))
    places = [place] + ([rng.choice(PLACES)] if rng.random() < 0.2 else [])
    return Event(
        id=new_id(date, title),
        title=title,
        date=date,
        date_text=date_text,
        status="expected" if expected else "happened",
        summary=summary,
        places=list(dict.fromkeys(places)),
        actors=people + ([organisation.removeprefix("the ").title()] if rng.random() < 0.4 else []),
        tags=list(dict.fromkeys(tags)),
        confidence=round(rng.uniform(0.4, 0.99), 2),
        review="reviewed",  # a published timeline: what editors checked (publish = "reviewed")
        order=index % 3 if rng.random() < 0.05 else None,
        notes="Checked against the second source." if rng.random() < 0.05 else None,
    )


def _make_date(rng: random.Random) -> tuple[str, str]:
    """An EDTF date and the words a reporter might have used for it."""
    day = dt.date(FIRST_YEAR, 1, 1) + dt.timedelta(
        days=rng.randrange((dt.date(LAST_YEAR, 12, 31) - dt.date(FIRST_YEAR, 1, 1)).days)
    )
    month = day.strftime("%B")
    roll = rng.random()
    if roll < 0.62:
        return day.isoformat(), f"{month} {day.day}, {day.year}"
    if roll < 0.77:
        return f"{day:%Y-%m}", f"{month} {day.year}"
    if roll < 0.85:
        return str(day.year), f"in {day.year}"
    if roll < 0.93:
        end = day + dt.timedelta(days=rng.randint(1, 4))
        return f"{day.isoformat()}/{end.isoformat()}", f"from {day:%d %B} to {end:%d %B %Y}"
    if roll < 0.96:
        return f"../{day.isoformat()}", f"before {month} {day.day}, {day.year}"
    if roll < 0.98:
        return f"{day.isoformat()}?", f"reportedly on {month} {day.day}"
    return f"{day:%Y-%m}~", f"around {month} {day.year}"


def _make_summary(
    rng: random.Random,
    title: str,
    place: str,
    people: list[str],
    organisation: str,
    expected: bool,
) -> str:
    tense = "are expected to take part" if expected else "took part"
    sentences = [
        f"{title}, {rng.choice(PHRASES)}.",
        f"{organisation.capitalize()} said {rng.choice(NUMBERS)} delegations {tense}, "
        f"and **{rng.choice(NUMBERS)} people** gathered in {place}.",
    ]
    if people:
        sentences.append(f'*{people[0]}* called it "a necessary step" {rng.choice(PHRASES)}.')
    if rng.random() < 0.4:
        outlet, url = rng.choice(OUTLETS)
        sentences.append(f"See the [{outlet} report]({url}/{slugify(title)}) for background.")
    text = " ".join(sentences[: rng.randint(2, len(sentences))])
    if rng.random() < 0.15:
        points = rng.sample(PHRASES, 3)
        text += "\n\nKey points:\n\n" + "\n".join(f"- {point.capitalize()}" for point in points)
    return text


def _make_article(rng: random.Random, story: str, latest: dt.date) -> Source:
    """An article published on or a few days after the story's last event."""
    outlet, url = rng.choice(OUTLETS)
    published = latest + dt.timedelta(days=rng.randint(0, 3))
    slug = f"{published.isoformat()}-{slugify(story, 40)}-{rng.randrange(1000)}"
    return Source(
        f"articles/{slugify(outlet)}-{slug}.md",
        title=f"{story} — {outlet}",
        url=f"{url}/{slug}",
        published=published.isoformat(),
    )


def _source(article: Source, summary: str) -> Source:
    """``article`` citing the event whose summary this is, by its first sentence."""
    quote = summary.split(". ")[0].replace("**", "").replace("*", "") + "."
    return Source(
        article.article, quote, title=article.title, url=article.url, published=article.published
    )


# --- Writers: the same events in each tool's own input format ----------------


def dump_event(event: Event) -> str:
    """An event file as an editor would find it."""
    return yaml.safe_dump(event.to_dict(), sort_keys=False, allow_unicode=True, width=88)


def write_content(events: Iterable[Event], content: Path) -> None:
    """Our input: ``content/events/<id>.yaml``, one file per event, and the
    articles their sources cite, which ``timeline check`` wants to exist."""
    (content / "events").mkdir(parents=True, exist_ok=True)
    articles: dict[str, list[Source]] = {}
    for event in events:
        (content / "events" / event_filename(event)).write_text(dump_event(event), "utf-8")
        for source in event.sources:
            articles.setdefault(source.article, []).append(source)
    (content / "articles").mkdir(exist_ok=True)
    for article, sources in articles.items():
        front = {"title": sources[0].title, "date": sources[0].published, "url": sources[0].url}
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n"
        body = "\n\n".join(source.quote for source in sources)
        (content / article).write_text(f"{text}\n{body}\n", "utf-8")


def peer_body(event: Event) -> str:
    """The Markdown body Hugo and Pelican render: the summary, then the
    sources, which their themes cannot lay out from front matter alone."""
    lines = [event.summary, "", "## Sources", ""]
    for source in event.sources:
        link = f"— [{source.title}]({source.url}), {source.published}"
        lines += [f"> {source.quote}", "", link, ""]
    return "\n".join(lines)


def _first_day(event: Event) -> str:
    # Both peers need a full date to sort by; the EDTF string is shown as given.
    edtf = event.edtf
    return (edtf.lower() or edtf.upper() or dt.date(1970, 1, 1)).isoformat()


PEERS = Path(__file__).resolve().parent / "peers"
PAGE_SIZE = 100  # events per list page in both peers' themes

HUGO_CONFIG = f"""\
baseURL = "/"
title = "Timeline"
languageCode = "en"
disableKinds = ["section"]
[pagination]
pagerSize = {PAGE_SIZE}
[services.rss]
limit = 50
[outputs]
home = ["html", "rss"]
page = ["html"]
taxonomy = ["html"]
term = ["html"]
[taxonomies]
tag = "tags"
"""

PELICAN_CONFIG = f"""\
SITENAME = "Timeline"
SITEURL = ""
PATH = "content"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = {PAGE_SIZE}
PAGINATED_TEMPLATES = {{"index": None, "tag": None}}
DIRECT_TEMPLATES = ["index", "tags"]
ARTICLE_URL = ARTICLE_SAVE_AS = "events/{{slug}}/index.html"
TAG_URL = "tags/{{slug}}/"
TAG_SAVE_AS = "tags/{{slug}}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_MAX_ITEMS = 50
CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
SUMMARY_MAX_LENGTH = None
"""


def make_hugo_site(events: Iterable[Event], site: Path) -> None:
    """A Hugo site: config, the theme in ``peers/hugo``, and
    ``content/events/<id>.md`` with YAML front matter."""
    shutil.copytree(PEERS / "hugo", site, dirs_exist_ok=True)
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    folder = site / "content" / "events"
    folder.mkdir(parents=True, exist_ok=True)
    for event in events:
        front = {
            "title": event.title,
            "date": _first_day(event),
            "slug": event.id,
            "edtf": event.date,
            "status": event.status,
            "tags": event.tags,
            "places": event.places,
            "actors": event.actors,
        }
        text = "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True) + "---\n"
        (folder / f"{event.id}.md").write_text(text + peer_body(event), encoding="utf-8")


def make_pelican_site(events: Iterable[Event], site: Path) -> None:
    """A Pelican site: ``pelicanconf.py``, the theme in ``peers/pelican``, and
    ``content/<id>.md`` with Pelican's ``Key: value`` metadata header."""
    shutil.copytree(PEERS / "pelican", site / "theme", dirs_exist_ok=True)
    (site / "pelicanconf.py").write_text(PELICAN_CONFIG, encoding="utf-8")
    folder = site / "content"
    folder.mkdir(parents=True, exist_ok=True)
    for event in events:
        header = {
            "Title": event.title,
            "Date": _first_day(event),
            "Slug": event.id,
            "Edtf": event.date,
            "Status": "published",
            "Tags": ", ".join(event.tags),
            "Places": ", ".join(event.places),
            "Actors": ", ".join(event.actors),
        }
        text = "".join(f"{key}: {value}\n" for key, value in header.items())
        (folder / f"{event.id}.md").write_text(text + "\n" + peer_body(event), encoding="utf-8")


def iter_files(folder: Path) -> Iterator[Path]:
    """Every file under ``folder``, in a stable order."""
    return iter(sorted(path for path in folder.rglob("*") if path.is_file()))
