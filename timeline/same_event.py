"""When two tellings are the same event: the rule, and the index that finds
the few events a telling could be without comparing it with every other.

Re-extraction (``timeline.store.apply``) asks it which event file a
proposal belongs to, and ``timeline check`` which files look like one
event told twice.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.model import Event

__all__ = ["EventIndex", "Quote", "likely_duplicates", "same_title"]

TITLE_SIMILARITY = 0.5  # share of content words two titles of one event have in common
QUOTE_SIMILARITY = 0.85  # two reports of the same sentence, give or take a word
_STOP = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "its",
        "his",
        "her",
        "their",
        "it",
        "this",
        "that",
    }
)


# A number is one word ("$52.4 million", "1/8", "1,850"), not two names.
_WORD = re.compile(r"\d+(?:[.,/]\d+)*|\w+")


def _fold(text: str) -> str:
    """Lowercase without accents: "Kraków" and "Krakow" are one word."""
    if text.isascii():  # most text: nothing to decompose
        return text.lower()
    return "".join(
        char
        for char in unicodedata.normalize("NFKD", text.casefold())
        if not unicodedata.combining(char)
    )


def _words(text: str) -> str:
    return " ".join(_WORD.findall(_fold(text)))


def _span(event: Event) -> tuple[dt.date, dt.date] | None:
    try:
        return event.edtf.sort_key()
    except ValueError:  # EDTFError, or a year before 1
        return None


def _names(text: str) -> list[frozenset[str]]:
    """Capitalised words and numbers: the places, people and bodies a title
    names, a run of them ("Saddam Hussein", "Hong Kong") being one name. The
    first word counts only when it is no mere sentence case (E5, EU, G7),
    since "Defence ministers met" names no defence. A single letter is an
    initial or a piece of "U.S.", too common to tell events apart."""
    words = _WORD.findall(text)
    runs: list[frozenset[str]] = []
    run: list[str] = []
    for position, word in enumerate(words):
        named = word[0].isupper() or word[0].isdigit()
        if position == 0:
            named = word.isupper() or any(char.isdigit() for char in word)
        if named and (len(word) > 1 or word.isdigit()):
            run.append(_fold(word))
        elif not named and run:
            runs.append(frozenset(run))
            run = []
    return [*runs, frozenset(run)] if run else runs


def _stems(words: str) -> frozenset[str]:
    """Content words (of ``_words`` text) cut to four letters, so "meets"
    and "meeting" agree."""
    return frozenset(word[:4] for word in words.split() if word not in _STOP)


@dataclass(frozen=True)
class _Title:
    """What matching needs of a title, worked out once."""

    words: frozenset[str]
    names: frozenset[str]
    runs: tuple[frozenset[str], ...]  # the names, as written together
    stems: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Title:
        words, runs = _words(text), _names(text)
        names = frozenset().union(*runs)
        return cls(frozenset(words.split()), names, tuple(runs), _stems(words))

    def shares_two_names(self, other: _Title) -> bool:
        """Two different names in common, not two words of one name."""
        shared = self.names & other.names
        return len(shared) >= 2 and all(
            sum(1 for run in title.runs if run & shared) >= 2 for title in (self, other)
        )

    def names_other_things(self, other: _Title) -> bool:
        """Each side names something the other never mentions: "Ministers
        meet in Krakow" is not "Ministers meet in Geneva"."""
        return bool(self.names - other.words and other.names - self.words)

    def same(self, other: _Title) -> bool:
        """Recognisably the same event: not naming different things, and
        sharing most content words or at least two names."""
        if self.names_other_things(other) or not self.stems or not other.stems:
            return False
        similar = len(self.stems & other.stems) / len(self.stems | other.stems)
        return similar >= TITLE_SIMILARITY or self.shares_two_names(other)


def same_title(left: str, right: str) -> bool:
    return _Title.of(left).same(_Title.of(right))


@dataclass(frozen=True)
class Quote:
    """A quote as words, and its content words, for comparing reports."""

    words: str
    stems: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Quote:
        words = _words(text)
        return cls(words, _stems(words))

    def same(self, other: Quote) -> bool:
        """The same sentence, give or take a word (a reprinted wire story):
        at least half of each one's content words in common, then a
        character ratio of QUOTE_SIMILARITY. The cheap bounds come first;
        difflib runs only on the few pairs they let through."""
        if not self.stems or not other.stems:
            return False
        shared = len(self.stems & other.stems)
        if 2 * shared < max(len(self.stems), len(other.stems)):
            return False
        lengths = len(self.words) + len(other.words)
        if 2 * min(len(self.words), len(other.words)) < QUOTE_SIMILARITY * lengths:
            # difflib's ratio, 2 * matches / lengths, cannot get there
            return False
        matcher = difflib.SequenceMatcher(None, self.words, other.words)
        return matcher.quick_ratio() >= QUOTE_SIMILARITY and matcher.ratio() >= QUOTE_SIMILARITY


def _rarest(keys: Iterable[str], needed: int, postings: dict, span: object) -> list[str]:
    """Prefix filtering: a match must share ``needed`` of ``keys``, so it
    shares one of the ``len(keys) - needed + 1`` keys with the fewest events
    on this date; only their events need looking at."""
    ordered = sorted(keys, key=lambda key: (len(postings.get((span, key), ())), key))
    return ordered[: max(0, len(ordered) - needed + 1)]


class EventIndex:
    """Existing events by id, by quote, and by date and word, so that a
    proposal is compared with the few events that could be it rather than
    with every event of its day."""

    def __init__(self, events: list[Event]) -> None:
        self.by_id: dict[str, Event] = {}
        self.by_quote: dict[str, list[Event]] = defaultdict(list)
        # (date span, title stem or name) and (date span, quote stem) -> events
        self.by_title: dict[tuple[object, str], list[int]] = defaultdict(list)
        self.by_quote_stem: dict[tuple[object, str], list[int]] = defaultdict(list)
        self.events: list[Event] = []  # in the order they were added: the first match wins
        self.spans: list[object] = []
        self.titles: list[_Title] = []
        self.quotes: list[dict[str, Quote]] = []  # each event's distinct quotes, by words
        self.number: dict[int, int] = {}  # id(event) -> its place in self.events
        # Words are indexed at the first match: a run that finds every
        # proposal by id or in the ledger (a re-run) never pays for them.
        self.unindexed: list[Event] | None = []
        self.created: set[int] = set()  # id() of the events this run wrote
        for event in events:
            self._add(event)

    def add(self, event: Event) -> None:
        """Index an event this run creates."""
        self._add(event)
        self.created.add(id(event))

    def _add(self, event: Event) -> None:
        self.by_id[event.id] = event
        if self.unindexed is None:
            self._index(event)
        else:
            self.unindexed.append(event)

    def _index(self, event: Event) -> None:
        number = len(self.events)
        self.number[id(event)] = number
        span, title = _span(event), _Title.of(event.title)
        self.events.append(event)
        self.spans.append(span)
        self.titles.append(title)
        self.quotes.append({})
        if span is not None:
            for key in {"s" + stem for stem in title.stems} | {"n" + name for name in title.names}:
                self.by_title[span, key].append(number)
        for source in event.sources:
            self._index_quote(number, source.quote)

    def add_quote(self, event: Event, text: str) -> None:
        """Index a source just added to ``event``."""
        if self.unindexed is None:  # otherwise it is read with the event
            self._index_quote(self.number[id(event)], text)

    def _index_quote(self, number: int, text: str) -> None:
        quote = Quote.of(text)
        if not quote.words or quote.words in self.quotes[number]:
            return  # many reprints of one sentence are one quote to compare
        self.by_quote[quote.words].append(self.events[number])
        self.quotes[number][quote.words] = quote
        span = self.spans[number]
        if span is not None:
            for stem in quote.stems:
                postings = self.by_quote_stem[span, stem]
                if not postings or postings[-1] != number:
                    postings.append(number)

    def match(self, proposed: Event) -> Event | None:
        """The existing event that is recognisably the proposed one: the same
        quote with a similar title (or the same date, naming nothing else),
        or the same date with a similar title or quote."""
        if self.unindexed is not None:
            unindexed, self.unindexed = self.unindexed, None
            for event in unindexed:
                self._index(event)
        span, title = _span(proposed), _Title.of(proposed.title)
        texts = dict.fromkeys(source.quote for source in proposed.sources)
        quotes = list(dict.fromkeys(quote for text in texts if (quote := Quote.of(text)).words))
        articles = {source.article for source in proposed.sources}
        for quote in quotes:
            for event in self.by_quote.get(quote.words, []):
                if self._kept_apart(event, articles):
                    continue
                number = self.number[id(event)]
                if id(event) in self.created and self.spans[number] != span:
                    # Written by this run, so no editor has moved its date: a
                    # sentence telling of two days tells of two events.
                    continue
                # One sentence may report two events on one day: tell them apart by name.
                if self.titles[number].same(title) or (
                    self.spans[number] == span and not self.titles[number].names_other_things(title)
                ):
                    return event
        if span is None:
            return None
        for number in sorted(self._candidates(span, title, quotes)):
            other, event = self.titles[number], self.events[number]
            if self._kept_apart(event, articles):
                continue
            # Two sentences of one article are two events ("U.S. Trust faces
            # competition", "U.S. Trust's earnings hurt"), however alike their
            # headlines: within an article only the same sentence is the same event.
            told = not articles.isdisjoint(source.article for source in event.sources)
            if not told and other.same(title):
                return event
            if not other.names_other_things(title) and any(
                mine.same(theirs) for mine in self.quotes[number].values() for theirs in quotes
            ):
                return event
        return None

    def _kept_apart(self, event: Event, articles: set[str]) -> bool:
        """Whether this run created ``event`` from one of ``articles``:
        extraction has already folded whatever an article tells twice, so
        what it still proposes apart is another event ("Intel says it
        corrected problems" and "Intel corrects problems", told of two days)."""
        return id(event) in self.created and not articles.isdisjoint(
            source.article for source in event.sources
        )

    def _candidates(self, span: object, title: _Title, quotes: list[Quote]) -> set[int]:
        """Events of ``span`` that could pass ``_Title.same`` or
        ``Quote.same``: sharing half the title's stems or two of its names,
        or half of a quote's stems."""
        found: set[int] = set()
        half = (len(title.stems) + 1) // 2
        wanted = [
            (self.by_title, {"s" + stem for stem in title.stems}, half),
            (self.by_title, {"n" + name for name in title.names}, 2),
        ]
        wanted += [
            (self.by_quote_stem, quote.stems, (len(quote.stems) + 1) // 2) for quote in quotes
        ]
        for postings, keys, needed in wanted:
            for key in _rarest(keys, needed, postings, span):
                found.update(postings.get((span, key), ()))
        return found


def likely_duplicates(events: list[Event]) -> list[tuple[Event, Event]]:
    """Pairs (event, an earlier one it looks the same as), by the rules
    re-extraction merges with: the same quote, or the same date with a
    similar title or quote. Events that share an article stay apart unless
    they quote the same sentence, as extraction keeps them. Events are taken
    in file-name order, so the warning falls on the later file."""
    index = EventIndex([])
    pairs = []
    for event in sorted(events, key=lambda event: str(event.path or event.id)):
        other = index.match(event)
        if other is not None:
            pairs.append((event, other))
        index.add(event)
    return pairs
