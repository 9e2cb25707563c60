"""When two tellings are one event: the one rule, and the one index that
finds the few events a telling could be without comparing it with every
other.

Three callers ask it: the in-run merge (``timeline.events.merge``), folding
what several articles of one run tell; re-extraction
(``timeline.store.apply``), finding the event file a proposal belongs to;
and ``timeline check``, warning about files that look like one event.

The rule (``EventIndex.match``), for a telling and an event already known:

- The dates agree: the same date, or days that overlap ("March 2-3" and
  "March 3").
- Two tellings of one sentence are two events when both come from this
  run: extraction made two clauses of it ("Swiss diplomats, who hosted the
  talks, said…"). Against an editor's file, the same sentence is the same
  event again, whatever date the editor gave it, unless the titles name
  different things.
- Two sentences of one article are one event when they share most content
  words (``retold``): an article retelling its news. Against an editor's
  file, whose article was folded when it was first extracted, only the
  same sentence is.
- Otherwise, on agreeing dates and titles that do not each name something
  the other never mentions (``Title.names_other_things``: "…shook Homs",
  "…shook Quito"): similar titles (``Title.same``), or a retelling's shared
  content words, or the same sentence give or take a word (a reprinted
  wire story).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.dates import parse_edtf
from timeline.events.verbs import is_past, past_to_base
from timeline.model import Event

__all__ = [
    "EventIndex",
    "Quote",
    "Title",
    "common_subsequence",
    "content_words",
    "likely_duplicates",
    "retold",
    "same_title",
    "stem",
]

TITLE_SIMILARITY = 0.5  # share of content words two titles of one event have in common
QUOTE_SIMILARITY = 0.85  # two reports of the same sentence, give or take a word
STEM = 4  # letters of a word compared, so that "meets" and "meeting" agree
# An article retelling an event shares at least this many content words with
# it, and this share of the shorter telling's.
RETOLD_WORDS = 3
RETOLD_SHARE = 0.5
# Day intervals longer than this are compared with every telling rather than
# indexed day by day.
_INDEXED_DAYS = 62

_STOP = frozenset(
    """a an the of in on at to for and or with by from as is are was were be has have had
    its his her their it this that""".split()
)
# Words that tell nothing of what happened, for ``retold``: reporting verbs too.
_RETOLD_STOP = frozenset(
    """the and for with from that this their there which about after before into over
    under between among also were was has have had will would could should been being
    its his her they them said says say told tells stated states notes noted adds added
    takes took take make makes made""".split()
)
# A number is one word ("$52.4 million", "1/8", "1,850"), not two names.
_WORD = re.compile(r"\d+(?:[.,/]\d+)*|\w+")
_CONTENT_WORD = re.compile(r"[^\W\d_][\w-]{2,}")


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


def _spelled_out(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Runs of two to four capitalised words by their initials ("United
    Nations": "un"), the first word of the title included, so that an
    initialism ("UN", "EU", "US") meets the name it stands for."""
    found: list[tuple[str, frozenset[str]]] = []
    run: list[str] = []
    for word in [*_WORD.findall(text), ""]:
        if word[:1].isupper() and word.isalpha():
            run.append(word)
            continue
        if 2 <= len(run) <= 4:
            found.append(("".join(part[0] for part in run).casefold(), frozenset(map(_fold, run))))
        run = []
    return tuple(found)


@dataclass(frozen=True)
class Title:
    """What matching needs of a title, worked out once."""

    words: frozenset[str]
    names: frozenset[str]
    runs: tuple[frozenset[str], ...]  # the names, as written together
    stems: frozenset[str]
    # initialisms of the names written out, with their words: ("un", {"united", "nations"})
    spelled_out: tuple[tuple[str, frozenset[str]], ...]

    @classmethod
    def of(cls, text: str) -> Title:
        """The title's words and names; the same text gives the same
        (immutable) object, remembered for a while, as ``Quote.of``: the
        in-run merge, the store's match and its index each ask for a
        telling's title and quotes."""
        return _title_of(text)

    @classmethod
    def read(cls, text: str) -> Title:
        words, runs = _words(text), _names(text)
        names = frozenset().union(*runs)
        stems = frozenset(word[:STEM] for word in words.split() if word not in _STOP)
        return cls(frozenset(words.split()), names, tuple(runs), stems, _spelled_out(text))

    def shares_two_names(self, other: Title) -> bool:
        """Two different names in common, not two words of one name."""
        shared = self.names & other.names
        return len(shared) >= 2 and all(
            sum(1 for run in title.runs if run & shared) >= 2 for title in (self, other)
        )

    def names_other_things(self, other: Title) -> bool:
        """Each side names something the other never mentions: "Ministers
        meet in Krakow" is not "Ministers meet in Geneva". An initialism one
        side writes and the other spells out is one name: "UN envoys" and
        "United Nations envoys"."""
        return bool(self._unmentioned(other) and other._unmentioned(self))

    def _unmentioned(self, other: Title) -> frozenset[str]:
        """Names of this title that the other neither writes, nor spells out
        as an initialism, nor abbreviates to one."""
        left = self.names - other.words
        if left and (self.spelled_out or other.spelled_out):
            left -= {initials for initials, _words in other.spelled_out}
            for initials, spelled in self.spelled_out:
                if initials in other.words:
                    left -= spelled
        return left

    def same(self, other: Title) -> bool:
        """Recognisably the same event: not naming different things, and
        sharing most content words or at least two names."""
        if self.names_other_things(other) or not self.stems or not other.stems:
            return False
        similar = len(self.stems & other.stems) / len(self.stems | other.stems)
        return similar >= TITLE_SIMILARITY or self.shares_two_names(other)


def same_title(left: str, right: str) -> bool:
    return Title.of(left).same(Title.of(right))


@dataclass(frozen=True)
class Quote:
    """A quote as words, and its content words, for comparing reports."""

    words: str
    stems: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Quote:
        return _quote_of(text)

    @classmethod
    def read(cls, text: str) -> Quote:
        words = _words(text)
        return cls(words, frozenset(word[:STEM] for word in words.split() if word not in _STOP))

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
        if 2 * common_subsequence(self.words, other.words) < QUOTE_SIMILARITY * lengths:
            return False  # nor with every character of the longest common subsequence
        matcher = difflib.SequenceMatcher(None, self.words, other.words)
        return matcher.ratio() >= QUOTE_SIMILARITY


# Titles and quotes are read again by each stage that compares tellings; a
# few thousand recent ones cover a story's, at a few MB.
_title_of = lru_cache(maxsize=8192)(Title.read)
_quote_of = lru_cache(maxsize=16384)(Quote.read)


def common_subsequence(left: str, right: str) -> int:
    """The length of the longest common subsequence of two strings: the
    most characters difflib's ratio can find matching (its blocks are a
    common subsequence), so a ratio it cannot reach is known without
    running difflib, whose pure-Python matching costs about a hundred times
    more on sentences of one story that share half their words. Bit-parallel
    (Allison and Dix, 1986): bit i of ``row`` stays set while position i of
    ``left`` is not yet matched, one big-integer step per character of
    ``right``."""
    positions: dict[str, int] = {}
    for index, char in enumerate(left):
        positions[char] = positions.get(char, 0) | 1 << index
    width = (1 << len(left)) - 1
    row = width
    for char in right:
        matched = row & positions.get(char, 0)
        row = ((row + matched) | (row - matched)) & width
    return len(left) - row.bit_count()


@dataclass(frozen=True)
class _When:
    """An event's date as the rule compares it: the text, and the closed
    span of days when the date is to the day."""

    text: str
    days: tuple[dt.date, dt.date] | None

    @classmethod
    @lru_cache(maxsize=65536)
    def of(cls, date: str) -> _When:
        try:
            edtf = parse_edtf(date)
            edtf.sort_key()  # a date the calendar cannot place is compared by its text
        except ValueError:  # EDTFError, or a year before 1
            return cls(date, None)
        low, high = edtf.lower(), edtf.upper()
        days = (low, high) if edtf.precision == "day" and low and high else None
        return cls(date, days)

    def agrees(self, other: _When) -> bool:
        """The same date, or days that overlap (a day inside an interval)."""
        if self.text == other.text:
            return True
        if self.days is None or other.days is None:
            return False
        return self.days[0] <= other.days[1] and other.days[0] <= self.days[1]

    def filed_under(self) -> Iterator[str | int]:
        """Where the index files it: under each of its days, as ordinals (a
        date of one text is always the same days); a date not to the day,
        under its text."""
        if self.days is None:
            yield self.text
            return
        first, last = self.days
        yield from range(first.toordinal(), last.toordinal() + 1)

    @property
    def indexed(self) -> bool:
        """Filed by day; a long interval is looked at with every telling instead."""
        return self.days is None or (self.days[1] - self.days[0]).days <= _INDEXED_DAYS


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """Words that say what happened, as stems (``stem``), so that plurals,
    tenses and spellings ("defence"/"defense") mostly meet: what ``retold``
    compares, and what anchoring matches "the meeting" against. Cached: an
    article's title and lead are read again for each of its events."""
    return frozenset(
        stem(word) for word in _CONTENT_WORD.findall(text) if word.casefold() not in _RETOLD_STOP
    )


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A word's first five letters once a past or "-ing" form is back to its
    base: "met", "meets" and "meeting" are one word."""
    lower = word.casefold()
    if is_past(lower):
        lower = past_to_base(lower)
    elif lower.endswith("ing") and len(lower) > 5:
        lower = lower[:-3]
    return lower[:5]


def _retold_words(event: Event) -> frozenset[str]:
    """Content words of the headline and places. Actors are left out: one
    person is in many events of a story."""
    return content_words(" ".join((event.title, *event.places)))


def retold(left: frozenset[str], right: frozenset[str]) -> bool:
    """Two tellings sharing RETOLD_WORDS content words, and RETOLD_SHARE of
    the shorter one's."""
    if not left or not right:
        return False
    shared = len(left & right)
    return shared >= RETOLD_WORDS and shared >= RETOLD_SHARE * min(len(left), len(right))


class _Telling:
    """What the rule needs of one event, worked out when it is compared. The
    index keeps only the event and where its words are filed, and works
    this out again for the few events a telling is compared with: held for
    every event, it was most of a large merge's memory."""

    __slots__ = ("articles", "earlier", "event", "quotes", "retold", "sentences", "title", "when")

    def __init__(
        self, event: Event, earlier: bool, told: int | None = None, quoted: int | None = None
    ) -> None:
        """``told``: the sources whose articles and sentences count (those
        it had when indexed); ``quoted``: those whose quotes do (all but the
        ones being indexed)."""
        self.event = event
        self.earlier = earlier  # an editor's file, not a telling of this run
        self.when = _When.of(event.date)
        self.title = Title.of(event.title)
        self.retold = _retold_words(event)
        self.quotes: dict[str, Quote] = {}  # distinct quotes, by words
        sources = event.sources[:told]
        self.sentences = {(source.article, source.quote) for source in sources}
        self.articles = {source.article for source in sources}
        for source in event.sources[:quoted]:
            self.add_quote(source.quote)

    def add_quote(self, text: str) -> Quote | None:
        quote = Quote.of(text)
        if not quote.words or quote.words in self.quotes:
            return None  # many reprints of one sentence are one quote to compare
        self.quotes[quote.words] = quote
        return quote

    def words(self) -> list[tuple[str, frozenset[str], int]]:
        """The words the index files it under, by kind, with how many of
        each kind a telling shares with it to pass ``_same_day``: half the
        title's stems, two of its names, RETOLD_WORDS of its content words,
        or half of a quote's stems."""
        title = self.title
        kinds = [
            ("s", title.stems, (len(title.stems) + 1) // 2),
            ("n", title.names, 2),
            ("w", self.retold, RETOLD_WORDS),
        ]
        return kinds + [
            ("q", quote.stems, (len(quote.stems) + 1) // 2) for quote in self.quotes.values()
        ]


def _same_sentence(known: _Telling, proposed: _Telling) -> bool:
    """The rule for a telling that quotes a sentence ``known`` quotes."""
    if not known.earlier:
        if not known.sentences.isdisjoint(proposed.sentences):
            return False  # two clauses of one sentence
        if not known.when.agrees(proposed.when):
            return False  # a sentence telling of two days tells of two events
    # The editor may have moved the date; one sentence may report two
    # events of one day: tell them apart by name.
    return known.title.same(proposed.title) or (
        known.when.agrees(proposed.when) and not known.title.names_other_things(proposed.title)
    )


def _same_day(known: _Telling, proposed: _Telling) -> bool:
    """The rule for a telling of an agreeing date, quoting other sentences."""
    told = not known.articles.isdisjoint(proposed.articles)
    if told and not known.earlier:  # never two clauses of one sentence
        return known.sentences.isdisjoint(proposed.sentences) and retold(
            known.retold, proposed.retold
        )
    # Each naming a place, body or person the other never mentions, they are
    # two events however many words they share ("…shook Homs in 2004",
    # "…shook Quito in 2004").
    if known.title.names_other_things(proposed.title):
        return False
    if not told and (known.title.same(proposed.title) or retold(known.retold, proposed.retold)):
        return True
    # Two sentences of one folded article are two events, however alike their
    # headlines ("U.S. Trust faces competition", "U.S. Trust's earnings hurt");
    # the same sentence give or take a word is one.
    return any(
        mine.same(theirs) for mine in known.quotes.values() for theirs in proposed.quotes.values()
    )


# Posting keys are hashes of (day or date, kind, word), kept to 60 bits so
# that each is one small int object. Two words of one hash only add an event
# to compare: what the rule finds is the same.
_KEY_BITS = (1 << 60) - 1
# Events whose tellings are kept worked out, the last compared first out.
_KEPT_TELLINGS = 1 << 14

Numbers = int | list[int]  # one telling's number, or several in the order added


def _key(*parts: object) -> int:
    return hash(parts) & _KEY_BITS


def _numbers(found: Numbers | None) -> Sequence[int]:
    if found is None:
        return ()
    return (found,) if isinstance(found, int) else found


def _post(postings: dict[int, Numbers], key: int, number: int) -> None:
    found = postings.get(key)
    if found is None:
        postings[key] = number
    elif isinstance(found, int):
        if found != number:
            postings[key] = [found, number]
    elif found[-1] != number:
        found.append(number)


def _rarest(keys: Iterable[int], needed: int, postings: dict[int, Numbers]) -> list[Sequence[int]]:
    """Prefix filtering: a match must share ``needed`` of ``keys``, so it
    shares one of the ``len(keys) - needed + 1`` keys with the fewest events
    on this date; only their events (the lists given) need looking at. The
    keys no event of the date has are the rarest and give none: the lists
    are those of the ``len(held) - needed + 1`` rarest keys it has."""
    held: list[Sequence[int]] = sorted(
        (_numbers(found) for key in keys if (found := postings.get(key)) is not None), key=len
    )
    return held[: max(0, len(held) - needed + 1)]


class EventIndex:
    """Known events by id, by quote, and by date and word, so that a
    telling is compared with the few events that could be it rather than
    with every event of its day. Events given at the start are an editor's
    files (``earlier``); ``add`` indexes one of this run.

    Per event it holds the event, a few bytes, and one int per (day, word)
    it is filed under; what the rule compares is worked out for the
    candidates only (a few thousand are kept worked out)."""

    def __init__(self, events: Iterable[Event] = (), *, earlier: bool = True) -> None:
        self.by_id: dict[str, Event] = {}
        self.events: list[Event] = []  # by telling number, in the order indexed
        self.earlier = bytearray()  # by telling number: 1 for an editor's file
        self.told = array("I")  # by telling number: its sources when indexed
        self.number: dict[int, int] = {}  # id(event) -> its telling number
        self.by_quote: dict[int, Numbers] = {}  # hash of a quote's words -> tellings
        # hash of (date key, kind, word) -> tellings, in the order they were added
        self.postings: dict[int, Numbers] = {}
        self.long: list[int] = []  # tellings of a long interval, not filed by day
        self.kept: dict[int, _Telling] = {}  # worked out, the last used last
        # Words are indexed at the first match: a run that finds every
        # proposal by id or in the ledger (a re-run) never pays for them.
        self.unindexed: list[tuple[Event, bool]] | None = []
        # What ``match`` last worked out of a proposal nothing matched, for
        # ``add`` of the event made from it: the store files a new event
        # right after failing to match it.
        self.unmatched: _Telling | None = None
        for event in events:
            self._add(event, earlier)

    def add(self, event: Event, made_from: Event | None = None) -> None:
        """Index an event of this run; ``made_from``: the proposal ``match``
        was last given and matched to nothing, of which ``event`` is a copy
        under another id (what the rule compares is the same)."""
        unmatched, self.unmatched = self.unmatched, None
        if made_from is not None and unmatched is not None and unmatched.event is made_from:
            unmatched.event = event
            self.by_id[event.id] = event
            self._index(unmatched)
        else:
            self._add(event, False)

    def _add(self, event: Event, earlier: bool) -> None:
        self.by_id[event.id] = event
        if self.unindexed is None:
            self._index(_Telling(event, earlier))
        else:
            self.unindexed.append((event, earlier))

    def _index(self, telling: _Telling) -> None:
        number = len(self.events)
        self.events.append(telling.event)
        self.earlier.append(telling.earlier)
        self.told.append(len(telling.event.sources))
        self.number[id(telling.event)] = number
        self._keep(number, telling)
        for quote in telling.quotes.values():
            self._index_quote(number, telling.when, quote)
        if not telling.when.indexed:
            self.long.append(number)
            return
        words = telling.words()[:3]  # the quotes' are filed above
        for where in telling.when.filed_under():
            for kind, found, _needed in words:
                for word in found:
                    _post(self.postings, _key(where, kind, word), number)

    def _telling(self, number: int) -> _Telling:
        telling = self.kept.pop(number, None)
        if telling is None:
            telling = _Telling(self.events[number], bool(self.earlier[number]), self.told[number])
        self._keep(number, telling)
        return telling

    def _keep(self, number: int, telling: _Telling) -> None:
        self.kept[number] = telling
        if len(self.kept) > _KEPT_TELLINGS:
            del self.kept[next(iter(self.kept))]

    def add_sources(self, event: Event, count: int) -> None:
        """Index the last ``count`` sources of ``event``, just added to it."""
        if self.unindexed is not None:  # they are read with the event
            return
        number = self.number[id(event)]
        telling = self.kept.pop(number, None)
        sources = event.sources
        if telling is None:
            earlier = bool(self.earlier[number])
            telling = _Telling(event, earlier, self.told[number], len(sources) - count)
        for source in sources[len(sources) - count :]:
            quote = telling.add_quote(source.quote)
            if quote is not None:
                self._index_quote(number, telling.when, quote)
        self._keep(number, telling)

    def _index_quote(self, number: int, when: _When, quote: Quote) -> None:
        _post(self.by_quote, _key(quote.words), number)
        if not when.indexed:
            return
        for where in when.filed_under():
            for word in quote.stems:
                _post(self.postings, _key(where, "q", word), number)

    def match(self, proposed: Event) -> Event | None:
        """The known event that is recognisably ``proposed`` (see the rule
        above); the first indexed of several."""
        telling = _Telling(proposed, earlier=False)
        found = self._match(telling)
        self.unmatched = telling if found is None else None
        return found

    def match_or_add(self, proposed: Event) -> Event | None:
        """``match``, and when nothing matches, ``add``: what the rule needs
        of the event is worked out once for both."""
        telling = _Telling(proposed, earlier=False)
        found = self._match(telling)
        if found is None:
            self.by_id[proposed.id] = proposed
            self._index(telling)
        return found

    def _match(self, telling: _Telling) -> Event | None:
        if self.unindexed is not None:
            unindexed, self.unindexed = self.unindexed, None
            for event, earlier in unindexed:
                self._index(_Telling(event, earlier))
        for words in telling.quotes:
            for number in _numbers(self.by_quote.get(_key(words))):
                known = self._telling(number)
                if words in known.quotes and _same_sentence(known, telling):
                    return known.event
        for number in sorted(self._candidates(telling)):
            known = self._telling(number)
            if known.when.agrees(telling.when) and _same_day(known, telling):
                return known.event
        return None

    def _candidates(self, telling: _Telling) -> set[int]:
        """Tellings on an agreeing date that could pass ``_same_day``: sharing
        enough of one kind of its words (``_Telling.words``)."""
        if not telling.when.indexed:  # a long interval: rare, compared with every telling
            return set(range(len(self.events)))
        found: set[int] = set(self.long)
        words = telling.words()
        for where in telling.when.filed_under():
            for kind, some, needed in words:
                keys = [_key(where, kind, word) for word in some]
                for numbers in _rarest(keys, needed, self.postings):
                    found.update(numbers)
        return found


def likely_duplicates(events: list[Event]) -> list[tuple[Event, Event]]:
    """Pairs (event, an earlier one it looks the same as), by the rule
    extraction folds a run's tellings with: events that share an article
    are one only when it retells them, never two clauses of one sentence.
    Events are taken in file-name order, so the warning falls on the later
    file."""
    index = EventIndex()
    pairs = []
    for event in sorted(events, key=lambda event: str(event.path or event.id)):
        other = index.match_or_add(event)
        if other is not None:
            pairs.append((event, other))
            index.add(event)
    return pairs
