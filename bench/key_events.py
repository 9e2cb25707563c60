"""Key events on stories whose key days are known: date F1 of the top days,
unigram F1 of the day summaries, how often one event told by N articles
becomes one event with N sources, and how often one event joins tellings
of different places.

Each story is generated here (nothing is read from ``../shared``): a crisis
of 60 to 120 days in which a few days matter. Every day has its wire reports
of minor events; some minor days are busy (a burst of same-day articles about
something nobody mentions again); the key days get their reports on the day
and the day after, and later articles look back at them in passing ("The
unrest began on January 25, when…") as often as they matter; articles also
name days that are no events (talks scheduled ahead, the last such crisis
years ago). Each key day has a journalist's line, as Timeline17's timelines
have. The articles, Markdown with front matter, go through ``timeline
extract`` as a user runs it; then, as the literature measures Timeline17,
the top k days (k = the journalists' days, within their first and last day)
are compared with the journalists' days, and the summaries of those days,
concatenated, with the journalists' lines (unigram F1, lower case, no stop
words).

Ranked three ways in the same run: articles published on the day (the
literature's baseline), distinct articles whose events fall on the day
(the issue's 0.563), and ``timeline.keys.importance``.

    PYTHONPATH=. python bench/key_events.py [--stories 6] [--seed 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `timeline` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.cli import main as timeline_main
from timeline.keys import day_top_events, importance, read_mentions
from timeline.keys.importance import event_day
from timeline.model import Event
from timeline.store import load_events

MONTHS = "January February March April May June July August September October November December"
MONTH = MONTHS.split()
WEEKDAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
OUTLETS = ("cnn.com", "bbc.co.uk", "reuters.com", "theguardian.com", "washingtonpost.com")
PLACES = (
    "Cairo Alexandria Suez Benghazi Tripoli Misrata Homs Aleppo Damascus Sanaa Aden Tunis "
    "Sfax Lagos Abuja Kano Caracas Maracaibo Quito Lima Kabul Kandahar Mosul Basra"
).split()
# (subject, past tense, headline verb, object): the events a story can hold.
SUBJECTS = (
    "Protesters",
    "The army",
    "The president",
    "Rebel fighters",
    "The government",
    "Riot police",
    "The central bank",
    "Opposition leaders",
    "United Nations envoys",
    "Health officials",
    "Striking workers",
    "The parliament",
)
SINGULAR = ("The army", "The president", "The government", "The central bank", "The parliament")
ACTIONS = (
    ("stormed", "storm", "the state television building"),
    ("declared", "declare", "a state of emergency"),
    ("seized", "seize", "the main port"),
    ("announced", "announce", "a ceasefire"),
    ("imposed", "impose", "a night curfew"),
    ("released", "release", "hundreds of political prisoners"),
    ("closed", "close", "the border crossing"),
    ("signed", "sign", "a peace agreement"),
    ("dissolved", "dissolve", "the cabinet"),
    ("launched", "launch", "a major offensive"),
    ("evacuated", "evacuate", "foreign workers"),
    ("blocked", "block", "the coastal highway"),
    ("approved", "approve", "an emergency budget"),
    ("rejected", "reject", "the constitutional reform"),
    ("occupied", "occupy", "the central square"),
    ("suspended", "suspend", "the national elections"),
    ("froze", "freeze", "foreign bank accounts"),
    ("recaptured", "recapture", "the oil refinery"),
)
STOP = frozenset(
    "a an the and or of in on at to for with from by as is was were be has have had it its "
    "that this when which who said says".split()
)


@dataclass
class StoryEvent:
    """One generated event: who did what where, on which day."""

    day: dt.date
    subject: str
    past: str
    verb: str
    obj: str
    place: str
    key: bool
    told_by: list[str] = field(default_factory=list)  # articles whose lead tells it

    def sentence(self, rng: random.Random, published: dt.date) -> str:
        subject, lower = self.subject, _lower(self.subject)
        when = _day_words(self.day)
        forms = [
            f"{subject} {self.past} {self.obj} in {self.place} on {when}.",
            f"On {when}, {lower} {self.past} {self.obj} in {self.place}, officials said.",
            f"In {self.place}, {lower} {self.past} {self.obj} on {when}.",
        ]
        if 0 < (published - self.day).days < 6:
            weekday = WEEKDAY[self.day.weekday()]
            forms.append(f"{subject} {self.past} {self.obj} in {self.place} on {weekday}.")
        return rng.choice(forms)

    def headline(self) -> str:
        subject = re.sub(r"^The (.)", lambda m: m[1].upper(), self.subject)
        verb = self.verb
        if self.subject in SINGULAR:
            verb += "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s"
        return f"{subject} {verb} {self.obj} in {self.place}"

    def journalists_line(self) -> str:
        return f"{self.subject} {self.past} {self.obj} in {self.place}."

    def look_back(self, rng: random.Random) -> str:
        when = _day_words(self.day)
        return rng.choice(
            [
                f"The crisis deepened on {when}, when {_lower(self.subject)} {self.past} "
                f"{self.obj}.",
                f"Tensions have run high since {when}.",
                f"It was the worst unrest since {when} in {self.place}.",
            ]
        )


@dataclass
class Story:
    name: str
    events: list[StoryEvent]
    articles: dict[str, str]  # file name -> Markdown text

    @property
    def key_days(self) -> list[dt.date]:
        return sorted({event.day for event in self.events if event.key})

    def journalists_text(self) -> str:
        return " ".join(e.journalists_line() for e in self.events if e.key)


def _lower(subject: str) -> str:
    return subject if subject.startswith("United Nations") else subject[0].lower() + subject[1:]


def _day_words(day: dt.date) -> str:
    return f"{MONTH[day.month - 1]} {day.day}"


def make_story(index: int, rng: random.Random) -> Story:
    """A story of 60–120 days: a key day about every six days, minor events
    every day, and the articles that tell them."""
    length = rng.randint(60, 120)
    start = dt.date(2011, 1, 3) + dt.timedelta(days=rng.randint(0, 300))
    days = [start + dt.timedelta(days=n) for n in range(length)]
    key_days = sorted(rng.sample(days[1:-3], max(7, length // 6)))
    combos: list[tuple[str, tuple[str, str, str]]] = []
    events: list[StoryEvent] = []
    for day in days:
        for key in [True] * (day in key_days) + [False] * rng.randint(1, 3):
            if not combos:  # each pair once before any comes back
                combos = [(s, a) for s in SUBJECTS for a in ACTIONS]
                rng.shuffle(combos)
            subject, (past, verb, obj) = combos.pop()
            events.append(StoryEvent(day, subject, past, verb, obj, rng.choice(PLACES), key))
    weight = {id(event): rng.choice((1, 2, 3)) for event in events if event.key}
    busy = set(rng.sample([d for d in days if d not in key_days], len(key_days) // 2))
    articles: dict[str, str] = {}
    by_day: dict[dt.date, list[StoryEvent]] = defaultdict(list)
    for event in events:
        by_day[event.day].append(event)
    for day in days:
        reports: list[StoryEvent] = []
        for event in by_day[day]:
            if event.key:  # on the day, and the day after
                reports += [event] * (1 + weight[id(event)] + rng.randint(0, 2))
            elif day in busy and event is by_day[day][-1]:
                reports += [event] * rng.randint(4, 7)
            else:
                reports += [event] * rng.randint(0, 1)
        for event in reports:
            lag = rng.choice((0, 0, 1)) if event.key else 0
            published = day + dt.timedelta(days=lag)
            name = f"{index:02d}-{len(articles):04d}.md"
            articles[name] = _article(name, event, published, events, weight, rng)
            event.told_by.append(name)
    return Story(f"story-{index:02d}", events, articles)


def _article(
    name: str,
    lead: StoryEvent,
    published: dt.date,
    events: Sequence[StoryEvent],
    weight: dict[int, int],
    rng: random.Random,
) -> str:
    """A wire report: the headline and lead tell ``lead``; then a minor event
    of the last days, a look back at past key days as often as they matter,
    a day scheduled ahead and a year long past."""
    sentences = [lead.sentence(rng, published)]
    recent = [e for e in events if not e.key and 0 < (published - e.day).days <= 3]
    if recent:
        sentences.append(rng.choice(recent).sentence(rng, published))
    past_keys = [e for e in events if e.key and (published - e.day).days >= 2]
    for event in past_keys:
        if rng.random() < 0.08 * weight[id(event)]:
            sentences.append(event.look_back(rng))
    ahead = published + dt.timedelta(days=rng.randint(5, 20))
    sentences.append(f"Talks with the mediators are scheduled for {_day_words(ahead)}.")
    sentences.append(f"The last such crisis shook {lead.place} in {rng.randint(1975, 2005)}.")
    outlet = rng.choice(OUTLETS)
    return (
        f"---\ntitle: {lead.headline()}\ndate: {published.isoformat()}\n"
        f"url: https://www.{outlet}/{name.removesuffix('.md')}\n---\n\n"
        + " ".join(sentences)
        + "\n"
    )


def f1(found: set, wanted: set) -> float:
    hits = len(found & wanted)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(wanted)
    return 2 * precision * recall / (precision + recall)


def unigram_f1(text: str, reference: str) -> float:
    words = Counter(w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP)
    wanted = Counter(w for w in re.findall(r"[a-z]+", reference.lower()) if w not in STOP)
    hits = sum((words & wanted).values())
    if not hits:
        return 0.0
    precision, recall = hits / sum(words.values()), hits / sum(wanted.values())
    return 2 * precision * recall / (precision + recall)


SUMMARIES = ("top events' headlines", "top event's headline", "most reported event's headline")
Ranker = Callable[[list[Event], dict], list[dt.date]]


def by_published(events: list[Event], mentions: dict) -> list[dt.date]:
    counts = Counter(
        dt.date.fromisoformat(days.published) for days in mentions.values() if days.published
    )
    return [day for day, _count in counts.most_common()]


def by_event_articles(events: list[Event], mentions: dict) -> list[dt.date]:
    articles: dict[dt.date, set[str]] = defaultdict(set)
    for event in events:
        day = event_day(event)
        if day is not None:
            articles[day] |= {source.article for source in event.sources}
    return sorted(articles, key=lambda day: (-len(articles[day]), day))


def by_importance(events: list[Event], mentions: dict) -> list[dt.date]:
    return [item.day for item in importance(events, mentions).days]


RANKERS: dict[str, Ranker] = {
    "articles published on the day": by_published,
    "articles whose events fall on the day": by_event_articles,
    "timeline.keys.importance": by_importance,
}


def top_days(ranked: list[dt.date], gold: list[dt.date]) -> set[dt.date]:
    within = [day for day in ranked if gold[0] <= day <= gold[-1]]
    return set(within[: len(gold)])


def summaries(events: list[Event], days: set[dt.date]) -> tuple[str, str, str]:
    """The chosen days' summaries (their top events' headlines), their top
    event's headline alone, and the most reported event's, concatenated."""
    scores = importance(events, {})
    by_day: dict[dt.date, list[Event]] = defaultdict(list)
    for event in events:
        if event_day(event) in days:
            by_day[event_day(event)].append(event)  # type: ignore[index]
    tops = [day_top_events(by_day[day], scores) for day in sorted(by_day)]
    most = [max(by_day[day], key=lambda e: len(e.sources)).title for day in sorted(by_day)]
    return (
        " ".join(event.title for top in tops for event in top),
        " ".join(top[0].title for top in tops if top),
        " ".join(most),
    )


def one_event_share(story: Story, events: list[Event]) -> tuple[int, int, list[int]]:
    """Of the events told by two articles or more: how many became one
    event holding every one of those articles, and into how many pieces
    each fell."""
    told_in: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        for source in event.sources:
            told_in[source.article.removeprefix("articles/")].append(event)
    whole, counted, pieces = 0, 0, []
    for generated in story.events:
        articles = set(generated.told_by)
        if len(articles) < 2:
            continue
        counted += 1
        # the extracted events on its day whose sources are its articles' leads
        holding = {
            id(event): event
            for article in articles
            for event in told_in[article]
            if event_day(event) == generated.day
            and any(
                source.article.removeprefix("articles/") in articles
                and generated.obj.split()[-1] in source.quote
                for source in event.sources
            )
        }
        pieces.append(len(holding))
        if any(
            {s.article.removeprefix("articles/") for s in event.sources} >= articles
            for event in holding.values()
        ):
            whole += 1
    return whole, counted, pieces


def places_told(event: Event) -> set[str]:
    """The places its sources' sentences name: every generated sentence
    names one, so an event whose sources name two joined different events
    ("…shook Homs in 2004", "…shook Quito in 2004")."""
    return {place for source in event.sources for place in PLACES if place in source.quote}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the stories here and keep them")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    root = args.keep or Path(tempfile.mkdtemp(prefix="key-events-"))
    date_f1: dict[str, list[float]] = defaultdict(list)
    summary_f1: dict[str, list[float]] = defaultdict(list)
    whole = counted = mixed = 0
    pieces: list[int] = []
    article_count = event_count = 0
    scoring = 0.0
    for index in range(args.stories):
        story = make_story(index, rng)
        folder = root / story.name
        (folder / "content" / "articles").mkdir(parents=True, exist_ok=True)
        for name, text in story.articles.items():
            (folder / "content" / "articles" / name).write_text(text, encoding="utf-8")
        events_dir = folder / "content" / "events"
        quiet = _Quiet()
        with quiet:
            timeline_main(
                ["extract", str(folder / "content" / "articles"), "--events", str(events_dir)]
            )
        events = [event for event in load_events(events_dir).events if not event.hidden]
        mentions, _problem = read_mentions(events_dir)
        article_count += len(story.articles)
        event_count += len(events)
        gold = story.key_days
        for name, ranker in RANKERS.items():
            started = time.perf_counter()
            ranked = ranker(events, mentions)
            if name == "timeline.keys.importance":
                scoring += time.perf_counter() - started
            chosen = top_days(ranked, gold)
            date_f1[name].append(f1(chosen, set(gold)))
            for kind, text in zip(SUMMARIES, summaries(events, chosen), strict=True):
                summary_f1[f"{name}: {kind}"].append(unigram_f1(text, story.journalists_text()))
        w, c, p = one_event_share(story, events)
        whole, counted, pieces = whole + w, counted + c, pieces + p
        mixed += sum(len(places_told(event)) > 1 for event in events)
    print(
        f"{args.stories} stories, {article_count} articles, {event_count} events after "
        f"extraction (seed {args.seed}); importance scored in {scoring:.2f} s\n"
    )
    print("| ranking | date F1 (mean over stories) |\n|---|---|")
    for name, values in date_f1.items():
        print(f"| {name} | {statistics.mean(values):.3f} |")
    print("\n| day summary | unigram F1 |\n|---|---|")
    for name, values in summary_f1.items():
        print(f"| {name} | {statistics.mean(values):.3f} |")
    print(
        f"\nevents told by 2+ articles: {counted}; one event holding all their articles: "
        f"{whole} ({whole / max(counted, 1):.0%}); pieces per event: mean "
        f"{statistics.mean(pieces or [0]):.2f}, {Counter(pieces).most_common(4)}; "
        f"events joining tellings of different places: {mixed} of {event_count}"
    )
    return 0


class _Quiet:
    """Silence ``timeline extract``'s report while it runs."""

    def __enter__(self) -> None:
        self.saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = open("/dev/null", "w")

    def __exit__(self, *exc: object) -> None:
        sys.stdout.close()
        sys.stdout, sys.stderr = self.saved


if __name__ == "__main__":
    sys.exit(main())
