"""Real-length news articles for the extraction benchmarks, generated.

Real news is what makes extraction slow: articles of 5 to 15 KB, a date
every few sentences, and a story told again by every article that follows
it (the lede is today's event, the body recalls the earlier ones with
their dates). The evaluation texts are a few hundred words and tell each
event once, so they hide the cost of merging what many articles retell.

Each story here is a seeded chain of events (who did what, where, when);
each of its articles is published on the day of one of them, tells it in
its first paragraphs, recalls a dozen earlier events in dated sentences,
quotes people, and fills in background without dates. The same seed gives
the same articles, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Story", "story", "write_articles"]

_COUNTRIES = [
    "Estonia", "Latvia", "Poland", "Hungary", "Romania", "Portugal", "Greece",
    "Chile", "Peru", "Kenya", "Ghana", "Nigeria", "Egypt", "Jordan", "Turkey",
    "Vietnam", "Indonesia", "Canada", "Mexico", "Norway",
]  # fmt: skip
_CITIES = [
    "Tallinn", "Riga", "Warsaw", "Budapest", "Bucharest", "Lisbon", "Athens",
    "Santiago", "Lima", "Nairobi", "Accra", "Lagos", "Cairo", "Amman", "Ankara",
    "Hanoi", "Jakarta", "Ottawa", "Monterrey", "Oslo", "Geneva", "Vienna", "Brussels",
]  # fmt: skip
_FIRST = [
    "Maria", "Jonas", "Aino", "Pedro", "Elena", "Tomasz", "Amara", "Kwame",
    "Leila", "Omar", "Ines", "Viktor", "Sofia", "Daniel", "Hana", "Rafael",
]  # fmt: skip
_LAST = [
    "Kask", "Ozols", "Nowak", "Szabo", "Popescu", "Costa", "Papadakis", "Rojas",
    "Otieno", "Mensah", "Adeyemi", "Haddad", "Yilmaz", "Nguyen", "Santoso", "Berg",
]  # fmt: skip
_ROLES = [
    "the prime minister", "the finance minister", "the central bank governor",
    "the opposition leader", "the union's president", "the foreign minister",
    "the mayor", "the chief prosecutor", "the company's chief executive",
]  # fmt: skip
_BODIES = [
    "parliament", "the central bank", "the constitutional court", "the cabinet",
    "the transport union", "the electricity regulator", "the state railway",
    "the national airline", "the health ministry", "the election commission",
]  # fmt: skip
# (past tense, what) of an event; the actor comes from the story
_ACTIONS = [
    ("approved", "a budget of {n} billion"),
    ("rejected", "the pension reform"),
    ("raised", "its main interest rate to {p} percent"),
    ("cut", "fuel subsidies by {p} percent"),
    ("announced", "a strike at {city} airport"),
    ("signed", "a gas supply agreement with {country}"),
    ("opened", "an inquiry into the tender for the {city} metro"),
    ("suspended", "talks with the creditors"),
    ("resumed", "talks with the creditors in {city}"),
    ("called", "early elections"),
    ("dismissed", "the head of the tax office"),
    ("sold", "a stake of {p} percent in the state airline"),
    ("closed", "the border crossing near {city}"),
    ("reopened", "the border crossing near {city}"),
    ("fined", "three banks {n} million for rigging bids"),
    ("blocked", "the merger of the two largest grocers"),
    ("unveiled", "a plan to build {n} thousand homes"),
    ("postponed", "the vote on the mining law"),
    ("arrested", "a former minister in {city}"),
    ("hosted", "a summit of {n} neighbouring states"),
]
_BACKGROUND = [
    "The economy has grown by less than {p} percent a year for a decade, and "
    "wages in the public sector have not kept up with prices.",
    "Analysts say the dispute reflects a deeper divide between the capital and "
    "the regions, where unemployment is twice the national average.",
    "The government holds a narrow majority, and two of its partners have "
    "threatened to leave the coalition over the reforms.",
    "Investors have watched the talks closely, and the yield on ten-year bonds "
    "has moved with every statement from the ministry.",
    "Critics argue that the measures fall hardest on pensioners and on families "
    "who rent their homes in the larger cities.",
    "The opposition has promised to challenge the decision in court, a process "
    "that could take many months to complete.",
    "Officials in {city} declined to comment on the details, citing the "
    "confidentiality of the negotiations.",
    "Trade with {country} accounts for almost a fifth of the country's exports, "
    "most of it machinery, timber and processed food.",
    "Several rating agencies have warned that a prolonged standoff could lead "
    "to a downgrade of the country's credit rating.",
    "Union members have staged protests outside government buildings, carrying "
    "banners that called for higher wages and secure pensions.",
]
_SAYS = [
    "We will not accept a deal that leaves ordinary people to pay the bill",
    "This decision gives the country the stability it needs",
    "The door to dialogue remains open, but time is running out",
    "We have done everything the law requires of us",
    "Nobody wins from a long and bitter dispute",
    "The figures speak for themselves, and they are not good",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Happening:
    """One event of a story: who did what, on which day."""

    day: dt.date
    actor: str
    clause: str  # "approved a budget of 12 billion"


@dataclass(frozen=True)
class Story:
    name: str
    country: str
    happenings: tuple[Happening, ...]


def story(seed: int, events: int = 60, start: dt.date = dt.date(2025, 9, 1)) -> Story:
    """A story of ``events`` happenings, one every few days."""
    rng = random.Random(seed)
    country = rng.choice(_COUNTRIES)
    people = [f"{rng.choice(_ROLES)} {rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(5)]
    actors = [*people, *rng.sample(_BODIES, 5)]
    day, happenings = start, []
    for _ in range(events):
        day += dt.timedelta(days=rng.randint(1, 4))
        verb, what = rng.choice(_ACTIONS)
        what = what.format(
            n=rng.randint(2, 90),
            p=rng.randint(2, 15),
            city=rng.choice(_CITIES),
            country=rng.choice([c for c in _COUNTRIES if c != country]),
        )
        happenings.append(Happening(day, rng.choice(actors), f"{verb} {what}"))
    return Story(f"story-{seed}", country, tuple(happenings))


def _when(day: dt.date, published: dt.date, rng: random.Random) -> str:
    """How a news article names ``day``: a weekday within the week, a date,
    or a date with its year when it is not this year's."""
    days = (published - day).days
    if 0 < days < 7 and rng.random() < 0.6:
        return f"on {_WEEKDAYS[day.weekday()]}"
    if days == 0:
        return "on " + _WEEKDAYS[day.weekday()] if rng.random() < 0.5 else "today"
    text = f"on {day:%B} {day.day}"
    return f"{text}, {day.year}" if day.year != published.year else text


def _sentence(happening: Happening, published: dt.date, rng: random.Random) -> str:
    when = _when(happening.day, published, rng)
    actor = happening.actor[0].upper() + happening.actor[1:]
    form = rng.random()
    if form < 0.5:
        return f"{actor} {happening.clause} {when}."
    if form < 0.8 or when == "today":
        return f"{when[0].upper() + when[1:]}, {happening.actor} {happening.clause}."
    return f"It was {when.removeprefix('on ')} that {happening.actor} {happening.clause}."


def article(told: Story, number: int, rng: random.Random) -> str:
    """One article of the story: the latest happening first, then earlier
    ones recalled with their dates, quotes and undated background."""
    first = len(told.happenings) // 3  # an article recalls at least this many
    latest = first + number % (len(told.happenings) - first)
    news = told.happenings[latest]
    published = news.day
    earlier = list(told.happenings[:latest])
    recalled = rng.sample(earlier, min(len(earlier), rng.randint(16, 34)))
    recalled.sort(key=lambda happening: happening.day)
    fill = {
        "city": rng.choice(_CITIES),
        "country": rng.choice([c for c in _COUNTRIES if c != told.country]),
        "p": rng.randint(2, 9),
    }
    paragraphs = [
        _sentence(news, published, rng)
        + f" The move deepened the crisis that has gripped {told.country} for months.",
    ]
    for position, happening in enumerate(recalled):
        sentences = [_sentence(happening, published, rng)]
        for _ in range(rng.randint(1, 3)):
            sentences.append(rng.choice(_BACKGROUND).format(**fill))
        if position % 3 == 0:
            speaker = rng.choice(told.happenings).actor
            quote = rng.choice(_SAYS)
            sentences.append(
                f'"{quote}," {speaker} told reporters {_when(published, published, rng)}.'
            )
        paragraphs.append(" ".join(sentences))
    title = f"{news.actor[0].upper() + news.actor[1:]} {news.clause}"
    body = "\n\n".join(paragraphs)
    return f"---\ntitle: {title!r}\ndate: {published.isoformat()}\n---\n\n{body}\n"


def write_articles(folder: Path, stories: int, per_story: int, seed: int = 1) -> list[Path]:
    """``per_story`` articles of each of ``stories`` stories in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(stories):
        told = story(seed * 1000 + number)
        rng = random.Random(f"{seed}-{number}")
        for count in range(per_story):
            path = folder / f"{told.name}-{count:04d}.md"
            path.write_text(article(told, count, rng), encoding="utf-8")
            paths.append(path)
    return paths
