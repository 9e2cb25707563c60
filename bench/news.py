"""Real-length news articles for the extraction benchmarks, generated.

Real news is what makes extraction slow: articles of 5 to 15 KB, a date
every few sentences, and a story told again by every article that follows
it (the lede is today's event, the body recalls the earlier ones with
their dates). The evaluation texts are a few hundred words and tell each
event once, so they hide the cost of merging what many articles retell.

Each story here is a seeded chain of events (who did what, where, when);
each of its articles is published on the day of one of them, tells it in
its first paragraphs, recalls a dozen or two earlier events in dated
sentences, quotes people, and fills in background without dates, never the
same sentence twice: a date every three sentences or so, as in the news of
the evaluation sets (TempEval-3, ESC). The same seed gives the same
articles, byte for byte.
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
# Undated background: a state of affairs and what follows from it, joined
# as news writes them ("..., and ..."), with figures of their own. An
# article draws its background sentences from these pairs without putting
# one twice, as real news does not repeat itself.
_SITUATIONS = [
    "The economy has grown by less than {p} percent a year for a decade",
    "Wages in the public sector have not kept up with prices",
    "Analysts say the dispute reflects a deeper divide between the capital and the regions",
    "Unemployment in the regions is twice the national average",
    "The government holds a narrow majority of {n} seats in parliament",
    "Two of the coalition's partners have threatened to leave over the reforms",
    "Investors have watched the talks in {city} closely",
    "Critics argue that the measures fall hardest on pensioners",
    "The opposition has promised to challenge the decision in court",
    "Officials in {city} declined to comment on the details",
    "Trade with {country} accounts for almost a fifth of the country's exports",
    "Several rating agencies have warned of a prolonged standoff",
    "Union members have staged protests outside government buildings",
    "Inflation has stayed above {p} percent for most of the year",
    "Public debt has risen to almost {n} percent of economic output",
    "The largest banks have tightened their lending to small firms",
    "Many young graduates have left to work in {country}",
    "Energy prices have weighed on factories across the north",
    "Tourism, which employs about {p} percent of workers, has held up better",
    "The statistics office revised its growth estimate down by {p} tenths of a point",
]
_CONSEQUENCES = [
    "the yield on ten-year bonds has moved with every statement from the ministry",
    "families who rent their homes in the larger cities feel it most",
    "a case before the courts could take many months",
    "ministers cite the confidentiality of the negotiations",
    "most of the exports are machinery, timber and processed food",
    "a downgrade of the country's credit rating is possible",
    "banners outside the ministry call for higher wages and secure pensions",
    "the central bank has little room to cut its rates",
    "small businesses say they cannot plan beyond the next quarter",
    "hospitals in smaller towns report long waiting lists",
    "the currency has lost ground against the euro",
    "local councils have frozen spending on roads and schools",
]
_SAYS = [
    "We will not accept a deal that leaves ordinary people to pay the bill",
    "This decision gives the country the stability it needs",
    "The door to dialogue remains open, but time is running out",
    "We have done everything the law requires of us",
    "Nobody wins from a long and bitter dispute",
    "The figures speak for themselves, and they are not good",
    "Our members are ready to stay out for as long as it takes",
    "The budget has to add up, whoever is in government",
    "Nobody asked the regions what they need",
    "We expect the courts to settle this, not the street",
    "There is still a deal to be had if both sides want one",
    "Every month of delay costs jobs",
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


def _filled(text: str, told: Story, rng: random.Random) -> str:
    """``text`` with figures and names of its own."""
    return text.format(
        city=rng.choice(_CITIES),
        country=rng.choice([c for c in _COUNTRIES if c != told.country]),
        p=rng.randint(2, 9),
        n=rng.randint(40, 90),
    )


def article(told: Story, number: int, rng: random.Random) -> str:
    """One article of the story: the latest happening first, then earlier
    ones recalled with their dates, quotes and undated background."""
    first = len(told.happenings) // 3  # an article recalls at least this many
    latest = first + number % (len(told.happenings) - first)
    news = told.happenings[latest]
    published = news.day
    earlier = list(told.happenings[:latest])
    recalled = rng.sample(earlier, min(len(earlier), rng.randint(12, 26)))
    recalled.sort(key=lambda happening: happening.day)
    background = [(s, c) for s in _SITUATIONS for c in _CONSEQUENCES]
    rng.shuffle(background)
    quotes = rng.sample(_SAYS, len(_SAYS))
    paragraphs = [
        _sentence(news, published, rng)
        + f" The move deepened the crisis that has gripped {told.country} for months.",
    ]
    for position, happening in enumerate(recalled):
        sentences = [_sentence(happening, published, rng)]
        for _ in range(rng.randint(2, 4)):
            situation, consequence = background.pop()
            sentences.append(f"{_filled(situation, told, rng)}, and {consequence}.")
        if position % 3 == 0 and quotes:
            speaker = rng.choice(told.happenings).actor
            said = (
                f"told reporters {_when(published, published, rng)}"
                if rng.random() < 0.3
                else "said"
            )
            sentences.append(f'"{quotes.pop()}," {speaker} {said}.')
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
