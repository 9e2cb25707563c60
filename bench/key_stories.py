"""Generated news stories whose key days are known, with what real coverage
does to the evidence (``bench/key_events.py`` measures on them).

A story is a crisis of 50 to 100 days. A few days matter (a journalist's
timeline lists them, one line per key event, sometimes two on a day); every
day has minor events and official statements. The articles, Markdown with
front matter, are wire copy from five outlets:

- **Breaking reports** of a key event, on the day and the day after, as many
  as it matters; most date it ("on Monday", "on January 28"), some do not
  ("Protesters have stormed…", dated by the tool at publication: the
  publication-day bias).
- **Routine reports** every day, key or not (1–4): a minor event and the
  day's statements ("The Arab League called for restraint on Tuesday"), so
  that quiet days fill with articles and events dated at publication.
- **Bursts** on some quiet days: many same-day articles about a minor event
  nobody mentions again.
- **Look-backs**: later articles name past key days in passing ("Tensions
  have run high since January 25"), as often as the day matters, and now
  and then a minor day; analysis pieces retell three to five key events
  ("On January 28, protesters…"); most reports retell a minor event of the
  last four days as context ("Police closed the border crossing on
  Tuesday").
- **Sparks**: a key day barely reported on the day, looked back at often
  (the self-immolation that started it); **thin** key days, barely reported
  at all, which no ranking finds.
- **Days named in passing by many** that are no key days: talks scheduled
  ahead and then postponed, and one outlet's boilerplate naming a minor day
  in every article ("…has boycotted parliament since a walkout on February
  3").

Every telling of an event has its own wording: synonyms for the doer, the
verb and the object, the place named or not, the date in several forms.
Nothing is read from ``../shared``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

MONTH = "January February March April May June July August September October November December"
MONTHS = MONTH.split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
OUTLETS = ("cnn.com", "bbc.co.uk", "reuters.com", "theguardian.com", "washingtonpost.com")
PLACES = (
    "Cairo Alexandria Suez Benghazi Tripoli Misrata Homs Aleppo Damascus Sanaa Aden Tunis "
    "Sfax Lagos Abuja Kano Caracas Maracaibo Quito Lima Kabul Kandahar Mosul Basra"
).split()


@dataclass(frozen=True)
class Verb:
    past: str
    participle: str
    plural: str  # the headline's verb after a plural subject
    singular: str


def _verb(past: str, participle: str, plural: str, singular: str = "") -> Verb:
    return Verb(past, participle, plural, singular or plural + "s")


# Who acts: its wordings, each with whether it is singular.
SUBJECTS: tuple[tuple[tuple[str, bool], ...], ...] = (
    (("Protesters", False), ("Demonstrators", False), ("Anti-government protesters", False)),
    (("The army", True), ("The military", True), ("Army units", False)),
    (("The president", True), ("The head of state", True)),
    (("Rebel fighters", False), ("Rebels", False), ("Opposition fighters", False)),
    (("The government", True), ("The authorities", False), ("The interim government", True)),
    (("Riot police", False), ("Security forces", False), ("Police", False)),
    (("The central bank", True), ("Central bank officials", False)),
    (("Opposition leaders", False), ("Leaders of the opposition", False)),
    (("United Nations envoys", False), ("UN envoys", False), ("United Nations mediators", False)),
    (("Health officials", False), ("The health ministry", True), ("Health authorities", False)),
    (("Striking workers", False), ("Strikers", False), ("Workers on strike", False)),
    (("The parliament", True), ("Lawmakers", False), ("Members of parliament", False)),
)

# What is done: the verb's wordings and the object's.
ACTIONS: tuple[tuple[tuple[Verb, ...], tuple[str, ...]], ...] = (
    (
        (_verb("stormed", "stormed", "storm"), _verb("raided", "raided", "raid")),
        ("the state television building", "the state TV headquarters", "state television"),
    ),
    (
        (_verb("declared", "declared", "declare"), _verb("proclaimed", "proclaimed", "proclaim")),
        ("a state of emergency", "emergency rule", "a nationwide state of emergency"),
    ),
    (
        (_verb("seized", "seized", "seize"), _verb("captured", "captured", "capture")),
        ("the main port", "the country's main port", "the harbour"),
    ),
    (
        (_verb("announced", "announced", "announce"), _verb("agreed", "agreed", "agree")),
        ("a ceasefire", "a truce", "an immediate ceasefire"),
    ),
    (
        (_verb("imposed", "imposed", "impose"), _verb("ordered", "ordered", "order")),
        ("a night curfew", "an overnight curfew", "a curfew from dusk to dawn"),
    ),
    (
        (_verb("released", "released", "release"), _verb("freed", "freed", "free")),
        ("hundreds of political prisoners", "some 400 political detainees", "jailed activists"),
    ),
    (
        (_verb("closed", "closed", "close"), _verb("sealed", "sealed", "seal")),
        ("the border crossing", "the main border crossing", "the frontier crossing"),
    ),
    (
        (_verb("signed", "signed", "sign"), _verb("concluded", "concluded", "conclude")),
        ("a peace agreement", "a peace deal", "a peace accord"),
    ),
    (
        (_verb("dissolved", "dissolved", "dissolve"), _verb("sacked", "sacked", "sack")),
        ("the cabinet", "the whole cabinet", "the cabinet of ministers"),
    ),
    (
        (_verb("launched", "launched", "launch"), _verb("began", "begun", "begin")),
        ("a major offensive", "a large-scale offensive", "a new military offensive"),
    ),
    (
        (_verb("evacuated", "evacuated", "evacuate"), _verb("airlifted", "airlifted", "airlift")),
        ("foreign workers", "thousands of foreign workers", "foreign nationals"),
    ),
    (
        (_verb("blocked", "blocked", "block"), _verb("barricaded", "barricaded", "barricade")),
        ("the coastal highway", "the main coastal road", "the highway along the coast"),
    ),
    (
        (_verb("approved", "approved", "approve"), _verb("passed", "passed", "pass", "passes")),
        ("an emergency budget", "an emergency spending plan", "a crisis budget"),
    ),
    (
        (_verb("rejected", "rejected", "reject"), _verb("threw out", "thrown out", "throw out")),
        ("the constitutional reform", "the proposed constitutional changes", "the draft charter"),
    ),
    (
        (_verb("occupied", "occupied", "occupy", "occupies"), _verb("took", "taken", "take")),
        ("the central square", "the main square", "the city's central square"),
    ),
    (
        (_verb("suspended", "suspended", "suspend"), _verb("postponed", "postponed", "postpone")),
        ("the national elections", "the general election", "the planned national vote"),
    ),
    (
        (_verb("froze", "frozen", "freeze"), _verb("blocked", "blocked", "block")),
        ("foreign bank accounts", "overseas bank accounts", "assets held abroad"),
    ),
    (
        (_verb("recaptured", "recaptured", "recapture"), _verb("retook", "retaken", "retake")),
        ("the oil refinery", "the refinery", "the country's largest oil refinery"),
    ),
)

# The day's statements: who, and what they said.
REACTORS = (
    "The United States",
    "The European Union",
    "The Arab League",
    "Neighbouring Turkey",
    "France",
    "The African Union",
    "Amnesty International",
)
REACTIONS = (
    "condemned the violence",
    "called for restraint",
    "urged an end to the bloodshed",
    "demanded an independent inquiry",
    "offered to mediate",
    "warned of a humanitarian crisis",
)
SCHEDULED = (
    "Talks with the mediators are scheduled for {day}.",
    "A vote on the new constitution is set for {day}.",
    "Donors are due to meet in Geneva on {day}.",
)
POSTPONED = (
    "The talks with the mediators were postponed {when}.",
    "The vote on the new constitution was put off {when}.",
    "The donors' meeting in Geneva was delayed {when}.",
)


def day_words(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}"


def _lower(subject: str) -> str:
    return subject if subject.startswith(("United", "UN ")) else subject[0].lower() + subject[1:]


@dataclass
class StoryEvent:
    """One event: who did what where, on which day; ``tellings`` are the
    (article, sentence) pairs that tell it with a date that gives its day."""

    number: int
    day: dt.date
    subject: int
    action: int
    place: str
    key: bool
    tellings: list[tuple[str, str]] = field(default_factory=list)

    def journalists_line(self) -> str:
        (subject, _one), (verbs, objects) = SUBJECTS[self.subject][0], ACTIONS[self.action]
        return f"{subject} {verbs[0].past} {objects[0]} in {self.place}."

    def _words(self, rng: random.Random) -> tuple[str, bool, Verb, str]:
        subject, singular = rng.choice(SUBJECTS[self.subject])
        verbs, objects = ACTIONS[self.action]
        return subject, singular, rng.choice(verbs), rng.choice(objects)

    def headline(self, rng: random.Random) -> str:
        subject, singular, verb, obj = self._words(rng)
        subject = (
            subject.removeprefix("The ").capitalize() if subject.startswith("The ") else subject
        )
        obj = obj.removeprefix("the ")
        place = f" in {self.place}" if rng.random() < 0.7 else ""
        return f"{subject} {verb.singular if singular else verb.plural} {obj}{place}"

    def sentence(self, rng: random.Random, published: dt.date, dated: bool = True) -> str:
        """One telling, in words of its own; ``dated`` False: no date at
        all, in the present perfect, as a report of the day puts it."""
        subject, singular, verb, obj = self._words(rng)
        place = rng.choice(
            (f" in {self.place}", f" in {self.place}", f" in the city of {self.place}", "")
        )
        if not dated:
            have = "has" if singular else "have"
            tail = rng.choice((", witnesses said.", ".", ", state media reported."))
            return f"{subject} {have} {verb.participle} {obj}{place}{tail}"
        lag = (published - self.day).days
        if lag == 0:
            when = rng.choice((f"on {WEEKDAYS[self.day.weekday()]}", f"on {day_words(self.day)}"))
        elif lag < 6:
            weekday = WEEKDAYS[self.day.weekday()]
            when = rng.choice((f"on {weekday}", f"late on {weekday}", f"on {day_words(self.day)}"))
        else:
            when = f"on {day_words(self.day)}"
        form = rng.randrange(4)
        if form == 0:
            return f"{when[0].upper()}{when[1:]}, {_lower(subject)} {verb.past} {obj}{place}."
        tail = ("", "", ", witnesses said", ", according to state media")[form]
        return f"{subject} {verb.past} {obj}{place} {when}{tail}."

    def look_back(self, rng: random.Random) -> str:
        """A passing mention of its day by a later article."""
        when = day_words(self.day)
        subject, _singular, verb, obj = self._words(rng)
        return rng.choice(
            (
                f"Tensions have run high since {when}.",
                f"It was the worst unrest since {when}.",
                f"The crisis deepened on {when}, when {_lower(subject)} {verb.past} {obj}.",
            )
        )


@dataclass
class Story:
    name: str
    events: list[StoryEvent]
    articles: dict[str, str]  # file name -> Markdown text
    days: list[dt.date]

    @property
    def key_days(self) -> list[dt.date]:
        return sorted({event.day for event in self.events if event.key})

    def journalists_text(self) -> str:
        return " ".join(e.journalists_line() for e in self.events if e.key)


@dataclass
class _KeyDay:
    """How much a key day is reported: on the day and the next, and looked
    back at later (both as multiples of a plain key day)."""

    coverage: float
    looked_back: float


class _Writer:
    """Writes one story's articles, each a wire report of one outlet."""

    def __init__(self, index: int, rng: random.Random, story: Story) -> None:
        self.index, self.rng, self.story = index, rng, story
        self.keys: dict[int, _KeyDay] = {}
        self.scheduled: list[tuple[dt.date, dt.date, str]] = []  # announced, day, sentence
        self.boilerplate: tuple[str, dt.date, str] | None = None  # outlet, after, sentence
        self.statements: dict[dt.date, list[str]] = {}

    def write(
        self,
        published: dt.date,
        title: str,
        lead: list[str],
        recap: int = 0,
        told: Sequence[tuple[StoryEvent, str]] = (),
    ) -> str:
        rng = self.rng
        name = f"{self.index:02d}-{len(self.story.articles):04d}.md"
        outlet = rng.choice(OUTLETS)
        sentences = list(lead)
        sentences.append(rng.choice(self._statements(published)))
        recent = [e for e in self.story.events if not e.key and 0 < (published - e.day).days <= 4]
        if recent and rng.random() < 0.6:  # what happened in the last days, as context
            event = rng.choice(recent)
            text = event.sentence(rng, published)
            sentences.append(text)
            told = [*told, (event, text)]
        past = [e for e in self.story.events if (published - e.day).days >= 2]
        for event in past:
            chance = 0.025 * self.keys[event.number].looked_back if event.key else 0.002
            if rng.random() < chance:
                sentences.append(event.look_back(rng))
        past = [e for e in past if e.key]
        if recap and past:
            weights = [self.keys[e.number].looked_back for e in past]
            chosen: list[StoryEvent] = []
            for _ in range(recap):
                event = rng.choices(past, weights)[0]
                if event not in chosen:
                    chosen.append(event)
            for event in sorted(chosen, key=lambda e: e.day):
                text = event.sentence(rng, published)
                sentences.append(text)
                told = [*told, (event, text)]
        for announced, day, sentence in self.scheduled:
            if announced <= published < day and rng.random() < 0.35:
                sentences.append(sentence)
        boilerplate = self.boilerplate
        told_by_outlet = boilerplate and outlet == boilerplate[0] and published > boilerplate[1]
        if told_by_outlet and rng.random() < 0.7:
            sentences.append(boilerplate[2])
        place = rng.choice(PLACES)
        sentences.append(f"The last such crisis shook {place} in {rng.randint(1975, 2005)}.")
        for event, text in told:
            event.tellings.append((name, text))
        self.story.articles[name] = (
            f'---\ntitle: "{title}"\ndate: {published.isoformat()}\n'
            f"url: https://www.{outlet}/{name.removesuffix('.md')}\n---\n\n"
            + " ".join(sentences)
            + "\n"
        )
        return name

    def _statements(self, day: dt.date) -> list[str]:
        """The day's one or two statements, which every article of the day
        may carry, dated by its weekday."""
        if day not in self.statements:
            weekday = WEEKDAYS[day.weekday()]
            self.statements[day] = [
                f"{self.rng.choice(REACTORS)} {self.rng.choice(REACTIONS)} on {weekday}."
                for _ in range(self.rng.randint(1, 2))
            ]
        return self.statements[day]


def make_story(index: int, rng: random.Random) -> Story:
    """One story: its days, events and articles (see the module's docstring)."""
    length = rng.randint(50, 100)
    start = dt.date(2011, 1, 3) + dt.timedelta(days=rng.randint(0, 300))
    days = [start + dt.timedelta(days=n) for n in range(length)]
    key_days = sorted(rng.sample(days[2:-4], max(7, length // 6)))
    story = Story(f"story-{index:02d}", [], {}, days)
    combos: list[tuple[int, int]] = []
    for day in days:
        keys = 0 if day not in key_days else (2 if rng.random() < 0.3 else 1)
        for key in [True] * keys + [False] * rng.randint(1, 3):
            if not combos:  # each pair once before any comes back
                combos = [(s, a) for s in range(len(SUBJECTS)) for a in range(len(ACTIONS))]
                rng.shuffle(combos)
            subject, action = combos.pop()
            number = len(story.events)
            story.events.append(StoryEvent(number, day, subject, action, rng.choice(PLACES), key))
    writer = _Writer(index, rng, story)
    by_day: dict[dt.date, list[StoryEvent]] = defaultdict(list)
    for event in story.events:
        by_day[event.day].append(event)
    sparks = set(rng.sample(key_days, 2))
    thin = set(rng.sample([d for d in key_days if d not in sparks], 1))
    for event in story.events:
        if event.key:
            weight = rng.choice((1, 1, 2, 2, 3, 5))
            coverage, looked_back = float(weight), float(weight)
            if event.day in sparks:
                coverage, looked_back = 0.3, 5.0
            elif event.day in thin:
                coverage, looked_back = 0.3, 0.3
            writer.keys[event.number] = _KeyDay(coverage, looked_back)
    quiet = [d for d in days if d not in key_days]
    bursts = set(rng.sample(quiet, len(key_days) // 3))
    for n in range(3):  # talks and votes scheduled ahead, then put off
        day = rng.choice(quiet[len(quiet) // 4 :])
        announced = day - dt.timedelta(days=rng.randint(6, 20))
        writer.scheduled.append((announced, day, SCHEDULED[n].format(day=day_words(day))))
    walkout = rng.choice(quiet[: len(quiet) // 3])
    writer.boilerplate = (
        rng.choice(OUTLETS),
        walkout,
        f"The opposition has boycotted parliament since a walkout on {day_words(walkout)}.",
    )
    for day in days:
        _write_day(writer, day, by_day[day], day in bursts)
    return story


def _write_day(writer: _Writer, day: dt.date, events: list[StoryEvent], burst: bool) -> None:
    """The articles published on ``day``: routine reports, breaking reports
    of the day's and yesterday's key events, a burst, an analysis piece."""
    rng = writer.rng
    minor = [e for e in events if not e.key]
    for _ in range(rng.randint(1, 4)):
        _report(writer, rng.choice(minor), day)
    if burst:
        for _ in range(rng.randint(5, 10)):
            _report(writer, minor[-1], day)
    yesterday = [e for e in writer.story.events if e.day == day - dt.timedelta(days=1)]
    for event in events + yesterday:
        if not event.key:
            continue
        share = rng.uniform(0.8, 2.0) if event.day == day else rng.uniform(0.5, 1.5)
        for _ in range(round(writer.keys[event.number].coverage * share)):
            _report(writer, event, day, dated=rng.random() < 0.85)
    for number, (_announced, scheduled, _sentence) in enumerate(writer.scheduled):
        if scheduled == day:
            for _ in range(rng.randint(2, 4)):
                when = rng.choice((f"on {WEEKDAYS[day.weekday()]}", "until further notice"))
                text = POSTPONED[number].format(when=when)
                writer.write(day, text.split(" were ")[0].split(" was ")[0] + " put off", [text])
    if rng.random() < 0.3:
        place = rng.choice(PLACES)
        writer.write(
            day, f"Analysis: how the crisis in {place} unfolded", [], recap=rng.randint(3, 5)
        )


def _report(writer: _Writer, event: StoryEvent, published: dt.date, dated: bool = True) -> None:
    """A report whose headline and lead tell ``event``."""
    rng = writer.rng
    text = event.sentence(rng, published, dated)
    told = [(event, text)] if dated or published == event.day else []
    others = [e for e in writer.story.events if e.day == event.day and e.key and e is not event]
    lead = [text]
    if event.key and others and rng.random() < 0.5:
        other = rng.choice(others)
        more = other.sentence(rng, published)
        lead.append(more)
        told.append((other, more))
    writer.write(published, event.headline(rng), lead, told=told)
