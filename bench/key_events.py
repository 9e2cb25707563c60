"""Key events on generated stories whose key days are known
(``bench/key_stories.py``: breaking reports, routine reports on quiet days,
bursts, look-backs, sparks, days named in passing by many, the
publication-day bias, every telling in words of its own).

The articles go through ``timeline extract`` as a user runs it; then, as the
literature measures Timeline17, the top k days (k = the journalists' days,
within their first and last day) are compared with the journalists' days
(date F1), and the summaries of the chosen days, concatenated, with the
journalists' lines (unigram F1, lower case, no stop words). Four rankings in
the same run: articles published on the day (the literature's baseline),
articles naming the day (Datewise's mention count), distinct articles whose
events fall on the day (the issue's 0.563 on Timeline17), and
``timeline.keys.importance``.

It also counts how often one event told by N articles, each in its own
words, became one event with N sources, and how often an event joined
tellings of different events.

Stories alternate between two halves: even ones to tune on, odd ones held
out (``--half``). ``--keep DIR --reuse`` reads the events a previous run
with the same seed extracted, to measure a ranking without extracting again.

    PYTHONPATH=. python bench/key_events.py [--stories 10] [--seed 1] [--half tune|held|both]
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
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `timeline` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.key_stories import Story, make_story
from timeline.cli import main as timeline_main
from timeline.keys import ArticleDays, day_top_events, importance, read_mentions
from timeline.keys.importance import event_day
from timeline.model import Event
from timeline.store import load_events

STOP = frozenset(
    "a an the and or of in on at to for with from by as is was were be has have had it its "
    "that this when which who said says".split()
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


Ranker = Callable[[list[Event], dict[str, ArticleDays]], list[dt.date]]


def by_published(events: list[Event], mentions: dict[str, ArticleDays]) -> list[dt.date]:
    counts = Counter(
        dt.date.fromisoformat(days.published) for days in mentions.values() if days.published
    )
    return [day for day, _count in counts.most_common()]


def by_named(events: list[Event], mentions: dict[str, ArticleDays]) -> list[dt.date]:
    counts = Counter(dt.date.fromisoformat(day) for days in mentions.values() for day in days.days)
    return [day for day, _count in counts.most_common()]


def by_event_articles(events: list[Event], mentions: dict[str, ArticleDays]) -> list[dt.date]:
    articles: dict[dt.date, set[str]] = defaultdict(set)
    for event in events:
        day = event_day(event)
        if day is not None:
            articles[day] |= {source.article for source in event.sources}
    return sorted(articles, key=lambda day: (-len(articles[day]), day))


def by_importance(events: list[Event], mentions: dict[str, ArticleDays]) -> list[dt.date]:
    return [item.day for item in importance(events, mentions).days]


RANKERS: dict[str, Ranker] = {
    "articles published on the day": by_published,
    "articles naming the day (Datewise's mention count)": by_named,
    "articles whose events fall on the day": by_event_articles,
    "timeline.keys.importance": by_importance,
}


def top_days(ranked: list[dt.date], gold: list[dt.date]) -> set[dt.date]:
    within = [day for day in ranked if gold[0] <= day <= gold[-1]]
    return set(within[: len(gold)])


def summaries(
    events: list[Event], mentions: dict[str, ArticleDays], days: set[dt.date]
) -> tuple[str, str]:
    """The chosen days' summaries as the site shows them (their top events'
    headlines), and their top event's headline alone, concatenated."""
    scores = importance(events, mentions)
    by_day: dict[dt.date, list[Event]] = defaultdict(list)
    for event in events:
        day = event_day(event)
        if day in days:
            by_day[day].append(event)
    tops = [day_top_events(by_day[day], scores) for day in sorted(by_day)]
    return (
        " ".join(event.title for top in tops for event in top),
        " ".join(top[0].title for top in tops if top),
    )


SUMMARIES = ("the site's: top events' headlines", "the top event's headline alone")


def _article(source_article: str) -> str:
    return source_article.removeprefix("articles/")


def folding(story: Story, events: list[Event]) -> tuple[int, int, int, int, int]:
    """How the tellings of each event told by two articles or more were
    folded: (events, of them wholly one event, tellings, tellings in the
    event's biggest piece, extracted events joining tellings of different
    events). A telling is found in an extracted event by its article and
    sentence, on the event's day."""
    holder: dict[tuple[str, str], Event] = {}
    for event in events:
        for source in event.sources:
            holder[_article(source.article), source.quote] = event
    told_events = whole = tellings = folded = 0
    for generated in story.events:
        articles: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for telling in generated.tellings:
            articles[telling[0]].append(telling)
        if len(articles) < 2:
            continue
        pieces: Counter[int] = Counter()
        for found in articles.values():
            pieces.update(
                {
                    id(event)
                    for telling in found
                    if (event := holder.get(telling)) is not None
                    and event_day(event) == generated.day
                }
            )
        told_events += 1
        tellings += len(articles)
        biggest = max(pieces.values(), default=0)
        folded += biggest
        whole += biggest == len(articles)
    told_in: dict[tuple[str, str], int] = {
        telling: generated.number for generated in story.events for telling in generated.tellings
    }
    joined = sum(
        len(
            {
                told_in[key]
                for source in event.sources
                if (key := (_article(source.article), source.quote)) in told_in
            }
        )
        > 1
        for event in events
    )
    return told_events, whole, tellings, folded, joined


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--half", choices=("tune", "held", "both"), default="both")
    parser.add_argument("--keep", type=Path, help="write the stories here and keep them")
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: read the events extracted before"
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    root = args.keep or Path(tempfile.mkdtemp(prefix="key-events-"))
    halves = ("tune", "held") if args.half == "both" else (args.half,)
    date_f1: dict[tuple[str, str], list[float]] = defaultdict(list)
    summary_f1: dict[tuple[str, str], list[float]] = defaultdict(list)
    fold: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    size: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    scoring = 0.0
    for index in range(args.stories):
        story = make_story(index, rng)  # every story, so that each half is the same
        half = ("tune", "held")[index % 2]
        if half not in halves:
            continue
        events_dir = root / story.name / "content" / "events"
        if not (args.reuse and events_dir.is_dir()):
            _extract(story, root / story.name)
        events = [event for event in load_events(events_dir).events if not event.hidden]
        mentions, _problem = read_mentions(events_dir)
        size[half][0] += 1
        size[half][1] += len(story.articles)
        size[half][2] += len(events)
        gold = story.key_days
        for name, ranker in RANKERS.items():
            started = time.perf_counter()
            ranked = ranker(events, mentions)
            if name == "timeline.keys.importance":
                scoring += time.perf_counter() - started
            date_f1[name, half].append(f1(top_days(ranked, gold), set(gold)))
        chosen = top_days(by_importance(events, mentions), gold)
        for days, label in ((chosen, "days importance chose"), (set(gold), "journalists' days")):
            for kind, text in zip(SUMMARIES, summaries(events, mentions, days), strict=True):
                summary_f1[f"{label}, {kind}", half].append(
                    unigram_f1(text, story.journalists_text())
                )
        counts = folding(story, events)
        fold[half] = [a + b for a, b in zip(fold[half], counts, strict=True)]
    for half in halves:
        stories, articles, events = size[half]
        print(f"{half}: {stories} stories, {articles} articles, {events} events after extraction")
    print(f"(seed {args.seed}); importance scored in {scoring:.2f} s\n")
    header = " | ".join({"tune": "tuned on", "held": "held out"}[half] for half in halves)
    print(f"| ranking | date F1: {header} |\n|---|" + "---|" * len(halves))
    for name in RANKERS:
        cells = " | ".join(f"{statistics.mean(date_f1[name, h]):.3f}" for h in halves)
        print(f"| {name} | {cells} |")
    print(f"\n| day summary | unigram F1: {header} |\n|---|" + "---|" * len(halves))
    for name in dict.fromkeys(name for name, _half in summary_f1):
        cells = " | ".join(f"{statistics.mean(summary_f1[name, h]):.3f}" for h in halves)
        print(f"| {name} | {cells} |")
    print(f"\n| one event, N articles | {header} |\n|---|" + "---|" * len(halves))
    rows = (
        ("events told by 2+ articles", lambda f: f"{f[0]}"),
        ("wholly one event with all N sources", lambda f: f"{f[1]} ({f[1] / max(f[0], 1):.0%})"),
        (
            "tellings folded into the event's biggest piece",
            lambda f: f"{f[3]} of {f[2]} ({f[3] / max(f[2], 1):.0%})",
        ),
        ("extracted events joining tellings of different events", lambda f: f"{f[4]}"),
    )
    for label, cell in rows:
        print(f"| {label} | " + " | ".join(cell(fold[h]) for h in halves) + " |")
    return 0


def _extract(story: Story, folder: Path) -> None:
    articles = folder / "content" / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for name, text in story.articles.items():
        (articles / name).write_text(text, encoding="utf-8")
    with _Quiet():
        timeline_main(["extract", str(articles), "--events", str(folder / "content" / "events")])


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
