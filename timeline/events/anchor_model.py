"""Which candidate date anchors a sentence, where the rules collide: a small
logistic regression over the dates a sentence could take.

The rules of ``anchor.py`` give each sentence a date of its own, the day in
focus, or the publication date. Which of these is right depends on many
weak signals at once (the tense, how far back a date was told, whether the
rules skipped a date of the sentence, how far the date lies from
publication), and rules written one by one keep undoing each other. Here
every date the sentence could take is a *candidate*: its own dates, the
dates told in the sentences before and just after it, the publication date
and the rules' choice. Each candidate is described by words about language
only (never an article, a topic or a name), the model gives each a score,
and the best one dates the sentence's main event.

The article's title is read the same way, as a sentence of its own
(``title_candidates``): which of the dates of the lead's events it tells.

The model is a table of weights (``anchor_model.json``, beside this file),
trained by ``eval/train_anchor.py`` on the tuned half of ESC; scoring a
candidate is a sum of the weights of its features, so it costs a few
dictionary look-ups and needs no library at run time.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from timeline.dates import EDTFError, parse_edtf
from timeline.events.lang import ENGLISH, english
from timeline.events.sentence import grammar, main_tense
from timeline.events.verbs import is_past

__all__ = [
    "MODEL_FORMAT",
    "MODEL_VERSION",
    "AnchorModel",
    "Candidate",
    "Mentions",
    "SentenceFacts",
    "TitleOption",
    "candidates",
    "load_model",
    "reported_tense",
    "shipped_model",
    "title_candidates",
]

MODEL_FORMAT = "timeline-anchor-model"
# Raised whenever the features change meaning: a model trained on other
# features is refused, not misread.
MODEL_VERSION = 2
MODEL_PATH = Path(__file__).with_name("anchor_model.json")

# Features tuples whose scores a model remembers.
_REMEMBERED_SCORES = 65536
# The feature that marks the rules' own choice, of a sentence and of a title.
_RULES_CHOICE = frozenset(("rule", "title:rule"))
# How many distinct dates told before a sentence are candidates, nearest first.
_EARLIER = 3
# How many sentences ahead a date may be told and still be a candidate.
_AHEAD = 2
_DATE_WORDS = english("DATE_WORDS")  # the model reads English news
_REPORTING_FORMS = (
    english("REPORTING") | english("ATTRIBUTION_VERBS") | english("REPORTING_THAT_VERBS")
)
# "says" and "say": a plural subject reports too ("Critics say…").
_REPORTING = _REPORTING_FORMS | {word[:-1] for word in _REPORTING_FORMS if word.endswith("s")}
_PRONOUN_START = re.compile(r"^\W*(?:he|she|they|it|his|her|their|its)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")
_PUNCTUATION = ",.;:\"'“”"
_PRONOUNS = english("PRONOUNS")


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """What the model reads of a sentence besides its candidates."""

    index: int  # its place in the article
    tense: str  # "past", "perfect", "present" or "future"
    text: str
    rule_how: str  # how the rules anchored its main event ("none" when they did not)
    reported: str | None = None  # the tense of what a reporting verb reports


def reported_tense(text: str) -> str | None:
    """The tense of what the sentence's first reporting verb reports:
    "Police say he fired" is "past", "Critics say it breaks" "present";
    None without a reporting verb."""
    split = text.split()
    verb = next(
        (i for i, word in enumerate(split) if word.strip(_PUNCTUATION).lower() in _REPORTING),
        None,
    )
    if verb is None:
        return None
    said = [word.strip(_PUNCTUATION).lower() for word in split[verb + 1 : verb + 3]]
    if len(said) == 2 and said[0] in _PRONOUNS and said[1].endswith("s") and not is_past(said[1]):
        return "present"  # "say it breaks", "said he knows"
    return main_tense(split[verb:], grammar(ENGLISH))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date the sentence could take, where it was read, and its features."""

    date: str
    text: str  # the words it was read from ("" for the publication date)
    span: tuple[int, int] | None  # those words in the document
    source: str  # "own", "earlier", "later", "published", "rule" or "title"
    features: tuple[str, ...]


@dataclass(frozen=True)
class AnchorModel:
    """Weights of a logistic regression over candidate features."""

    weights: Mapping[str, float]
    bias: float = 0.0
    # How much better than the rules' choice a candidate must score to
    # replace it: the rules are right most of the time, and a model fitted
    # on one corpus should overrule them only when it is clearly surer.
    margin: float = 0.0
    # Scores of the features tuples ``best`` has read: the same few thousand
    # combinations recur in every article (``_crossed``).
    _scores: dict[tuple[str, ...], float] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def score(self, features: Iterable[str]) -> float:
        """The log-odds that a candidate with ``features`` is the sentence's date."""
        weights = self.weights
        return self.bias + sum(weights.get(feature, 0.0) for feature in features)

    def probability(self, features: Iterable[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(features)))

    def best(self, found: Sequence[Candidate]) -> Candidate | None:
        """The candidate with the highest score, the first of equals; the
        rules' choice (``rule``, or ``title:rule`` for a title) unless
        another scores ``margin`` more."""
        best: tuple[float, Candidate] | None = None
        rules: tuple[float, Candidate] | None = None
        for candidate in found:
            score = self._scores.get(candidate.features)
            if score is None:
                score = self.score(candidate.features)
                if len(self._scores) < _REMEMBERED_SCORES:
                    self._scores[candidate.features] = score
            if best is None or score > best[0]:
                best = (score, candidate)
            if rules is None and not _RULES_CHOICE.isdisjoint(candidate.features):
                rules = (score, candidate)
        if best is None:
            return None
        if rules is not None and best[0] - rules[0] < self.margin:
            return rules[1]
        return best[1]

    def to_json(self, **about: object) -> str:
        """The model as the text file ``load_model`` reads, weights sorted
        by strength so that the file reads as an explanation."""
        ordered = dict(sorted(self.weights.items(), key=lambda item: (-abs(item[1]), item[0])))
        data = {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            **about,
            "bias": round(self.bias, 6),
            "margin": round(self.margin, 6),
            "weights": {name: round(value, 6) for name, value in ordered.items()},
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def load_model(path: Path = MODEL_PATH) -> AnchorModel:
    """Read a model file; one of another format or version is refused with
    a message saying how to make a new one."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != MODEL_FORMAT or data.get("version") != MODEL_VERSION:
        raise ValueError(
            f"{path}: not an anchor model of version {MODEL_VERSION}; "
            "retrain it with `python -m eval.train_anchor`"
        )
    weights = {str(name): float(value) for name, value in data["weights"].items()}
    return AnchorModel(weights, float(data.get("bias", 0.0)), float(data.get("margin", 0.0)))


@lru_cache(maxsize=1)
def shipped_model() -> AnchorModel:
    """The model that ships with the package, read once."""
    return load_model()


@dataclass(frozen=True, slots=True)
class Mention:
    """A date the text gives, where."""

    sentence: int
    date: str
    text: str
    span: tuple[int, int]
    preposition: str  # the date word just before it ("since", "on"), or ""
    relative: bool  # resolved from the publication date or the date in focus


@dataclass
class _Option:
    """What is known of one candidate date while its features are gathered."""

    sources: list[str] = field(default_factory=list)
    text: str = ""
    span: tuple[int, int] | None = None
    preposition: str = ""
    relative: bool = False
    back: int | None = None  # sentences since it was last told
    lead: bool = False  # told in the article's first two sentences
    planned: bool = False  # last told in a sentence about the future ("will meet on…")
    ahead: bool = False  # told in the next sentences
    shared: int | None = None  # most content words shared with a sentence telling it

    def seen(self, source: str, mention: Mention | None = None) -> None:
        self.sources.append(source)
        if mention is not None and not self.text:
            self.text, self.span = mention.text, mention.span


class Mentions:
    """An article's dates in text order, indexed once by sentence and by
    date, so that each sentence finds its candidates among the few dates
    near it and those it names, not by walking every date of the article
    (which made an article's anchoring grow with the square of its length)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.all = tuple(mentions)
        self._sentences = [mention.sentence for mention in self.all]
        if self._sentences != sorted(self._sentences):
            raise ValueError("mentions must be in text order")
        self._by_date: dict[str, list[Mention]] = {}
        for mention in self.all:
            self._by_date.setdefault(mention.date, []).append(mention)

    def of(self, index: int) -> Sequence[Mention]:
        """The dates sentence ``index`` names, in text order."""
        start = bisect_left(self._sentences, index)
        return self.all[start : bisect_right(self._sentences, index, start)]

    def before(self, index: int) -> Iterator[Mention]:
        """The dates told before sentence ``index``, nearest first."""
        for position in range(bisect_left(self._sentences, index) - 1, -1, -1):
            yield self.all[position]

    def after(self, index: int) -> Mention | None:
        """The first date told after sentence ``index``."""
        position = bisect_right(self._sentences, index)
        return self.all[position] if position < len(self.all) else None

    def telling(self, date: str) -> Sequence[Mention]:
        """Every mention of ``date``, in text order."""
        return self._by_date.get(date, ())


def candidates(
    facts: SentenceFacts,
    mentions: Mentions,
    published: dt.date | None,
    rule_dates: Sequence[str],
    other_dates: Sequence[str] = (),
    words: Sequence[frozenset[str]] = (),
    tenses: Sequence[str] = (),
    compared: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Every date sentence ``facts.index`` could take, each with its
    features. ``mentions`` are the article's dates, ``rule_dates`` the
    rules' dates of its main event (the first is its main one),
    ``other_dates`` those the rules gave to other events of it (what was
    reported, a relative clause), ``words`` each sentence's content words
    (a date told in a sentence about the same things is more likely this
    one's), ``tenses`` each sentence's tense, ``compared`` the sentence's
    own dates that date nothing ("its first loss since 1992", "(1955–2011)"):
    they are no candidates of their own.

    A sentence told in the past takes no date after publication but its
    own: a press conference's "talks will resume on Thursday" does not date
    what the minister said next."""
    index = facts.index
    own_words = words[index] if index < len(words) else frozenset()
    options: dict[str, _Option] = {}
    for mention in mentions.of(index):
        if mention.date in compared:
            continue
        option = options.setdefault(mention.date, _Option())
        option.seen("own", mention)
        option.preposition = option.preposition or mention.preposition
        option.relative = option.relative or mention.relative
    earlier: dict[str, Mention] = {}  # the nearest distinct dates told before
    for mention in mentions.before(index):
        if mention.date not in earlier:
            earlier[mention.date] = mention
            if len(earlier) == _EARLIER:
                break
    for date, mention in earlier.items():
        if _coarse(date) or (facts.reported not in (None, "past") and not _daily(date)):
            # As the rules have it, a year told before frames nothing; a
            # saying of what is or will be ("said it would cut jobs") is told
            # on a day, not in the months the sentence before spoke of.
            continue
        option = options.setdefault(date, _Option())
        option.seen("earlier", mention)
        option.back = index - mention.sentence
        option.lead = mention.sentence < 2
        option.planned = mention.sentence < len(tenses) and tenses[mention.sentence] == "future"
    ahead = mentions.after(index)
    if ahead is not None and ahead.sentence <= index + _AHEAD:
        option = options.setdefault(ahead.date, _Option())
        option.seen("later", ahead)
        option.ahead = True
    if published is not None:
        options.setdefault(published.isoformat(), _Option()).seen("published")
    if rule_dates and rule_dates[0] not in options:
        options[rule_dates[0]] = _Option(["rule"])
    if own_words:
        for date, telling in options.items():
            for mention in mentions.telling(date):
                if mention.sentence != index and mention.sentence < len(words):
                    overlap = len(own_words & words[mention.sentence])
                    telling.shared = max(telling.shared or 0, overlap)
    # date → how often told before the sentence
    told = {
        date: sum(1 for mention in mentions.telling(date) if mention.sentence < index)
        for date in options
    }
    context = _sentence_features(facts)
    result = []
    for date, option in options.items():
        if facts.tense == "past" and "own" not in option.sources and _after(date, published):
            continue
        base = _candidate_features(date, option, published, rule_dates, other_dates, told)
        features = _crossed(tuple(base), context)
        result.append(Candidate(date, option.text, option.span, option.sources[0], features))
    return result


@dataclass(frozen=True, slots=True)
class TitleOption:
    """An event of the article's first sentences that its title may sum up."""

    date: str
    shared: int  # content words its sentence shares with the title
    sentence: int  # the sentence that tells it
    how: str  # how the rules found its date ("sentence", "published"…)
    confidence: float


def title_candidates(
    options: Sequence[TitleOption], published: dt.date | None, tense: str
) -> list[Candidate]:
    """The dates an article's title could take: those of the events of the
    first sentences that share its words, one candidate a date. Each is
    described by how well its best event matches the title (the words
    shared, the most of all or not), where and how often the lead tells it,
    how its date was found and how sure the event is, and where it lies
    from publication; the title's ``tense`` crosses them ("Port workers
    strike over pay" is the day's news or the day before's). The features are
    the title's own ("title:…"): a headline is written apart from the
    sentences of its article. The candidate of the event sharing most words
    (the first told of equals) carries ``title:rule``."""
    if not options:
        return []
    grouped: dict[str, list[TitleOption]] = {}
    for option in options:
        grouped.setdefault(option.date, []).append(option)
    rule = max(options, key=lambda o: (o.shared, -o.sentence))
    most = rule.shared
    result = []
    for date, group in grouped.items():
        best = max(group, key=lambda o: (o.shared, -o.sentence))
        base = [
            f"shared={_bucket(best.shared, (2, 3), '4+')}",
            f"sentence={_bucket(min(o.sentence for o in group), (0, 1, 2), '3+')}",
            f"tellings={_bucket(len(group), (1,), '2+')}",
            f"how={best.how}",
            f"confidence={_bucket(round(best.confidence * 10), (4, 6), '7+')}",
            *_date_features(date, published),
        ]
        if best.shared == most:
            base.append("most-shared")
        if rule in group:
            base.append("rule")
        features = (
            *(f"title:{feature}" for feature in base),
            *(f"title:{feature}|tense={tense}" for feature in base),
        )
        result.append(Candidate(date, "", None, "title", features))
    return result


@lru_cache(maxsize=4096)
def _crossed(base: tuple[str, ...], context: tuple[str, ...]) -> tuple[str, ...]:
    """A candidate's features, then each crossed with each of the sentence's:
    remembered, since the same few combinations recur in every article."""
    return (*base, *(f"{b}|{c}" for b in base for c in context))


def _sentence_features(facts: SentenceFacts) -> tuple[str, ...]:
    """What about the sentence may change which candidate is right."""
    lowered = {word.lower() for word in _WORD.findall(facts.text)}
    position = (
        "0" if facts.index == 0 else "1" if facts.index == 1 else "2-4" if facts.index < 5 else "5+"
    )
    features = [f"tense={facts.tense}", f"at={position}", f"rules={facts.rule_how}"]
    if _PRONOUN_START.match(facts.text):
        features.append("pronoun")
    if not _REPORTING.isdisjoint(lowered):
        features.append("reporting")
        features.append(f"reported={facts.reported or 'none'}")
    if any(mark in facts.text for mark in '"“”'):
        features.append("quote")
    return tuple(features)


def _candidate_features(
    date: str,
    option: _Option,
    published: dt.date | None,
    rule_dates: Sequence[str],
    other_dates: Sequence[str],
    told: Mapping[str, int],
) -> list[str]:
    features = [f"from={source}" for source in option.sources if source != "rule"]
    if rule_dates and date == rule_dates[0]:
        features.append("rule")
    elif date in rule_dates:
        features.append("rule-clause")
    if date in other_dates:
        features.append("rule-other")
    if "own" in option.sources and date not in rule_dates and date not in other_dates:
        features.append("own-skipped")
    if option.preposition:
        features.append(f"prep={option.preposition}")
    if option.relative:
        features.append("own-relative")
    if option.back is not None:
        features.append(f"back={_bucket(option.back, (1, 2, 5), '6+')}")
        features.append(f"told={_bucket(told.get(date, 0), (1, 2), '3+')}")
        if option.lead:
            features.append("lead")
        if option.planned:
            features.append("planned")
    if option.ahead:
        features.append("ahead")
    if option.shared is not None:
        features.append(f"shared={_bucket(option.shared, (0, 1), '2+')}")
    features.extend(_date_features(date, published))
    return features


def _daily(date: str) -> bool:
    """Whether a date is a day or a span of days."""
    try:
        return parse_edtf(date).precision == "day"
    except EDTFError:
        return False


def _coarse(date: str) -> bool:
    """Whether a date told before is too coarse to date a later sentence: a
    year or a decade gives the background ("has fought cancer since 2004"),
    not the day a later clause tells ("This was his third medical leave")."""
    try:
        return parse_edtf(date).precision in ("year", "decade")
    except EDTFError:
        return True


def _after(date: str, published: dt.date | None) -> bool:
    """Whether ``date`` begins after publication."""
    try:
        lower = parse_edtf(date).lower()
    except EDTFError:
        return False
    return published is not None and lower is not None and lower > published


def _bucket(value: int, limits: tuple[int, ...], beyond: str) -> str:
    """``value`` as the bucket it falls in: "1", "2", "3-5", "6+"."""
    low = None
    for limit in limits:
        if value <= limit:
            return str(limit) if low is None or low == limit else f"{low}-{limit}"
        low = limit + 1
    return beyond


def _date_features(date: str, published: dt.date | None) -> list[str]:
    """The date's precision, whether it is open, and how far it lies from
    publication."""
    try:
        edtf = parse_edtf(date)
    except EDTFError:
        return ["date=unreadable"]
    features = [f"precision={edtf.precision}"]
    lower, upper = edtf.lower(), edtf.upper()
    if edtf.interval and (edtf.start is None or edtf.end is None):
        features.append("open")
    elif edtf.interval and lower is not None and upper is not None:
        # "this week", "March 2-3": a span of days, not one
        features.append("span=" + ("2-3" if (upper - lower).days < 3 else "4+"))
    if published is None or lower is None:
        return features
    days = (published - lower).days
    if days < 0:
        distance = "after"
    elif days == 0:
        distance = "0"
    elif days == 1:
        distance = "1"
    elif days <= 7:
        distance = "2-7"
    elif days <= 31:
        distance = "8-31"
    elif days <= 365:
        distance = "32-365"
    else:
        distance = "older"
    features.append(f"before-pub={distance}")
    return features


def mentions_of(
    text: str,
    sentence_of: Sequence[int],
    timexes: Iterable[tuple[int, int, str, str, bool]],
) -> Mentions:
    """The article's dates as mentions: ``timexes`` are (start, end, text,
    EDTF date, relative) in text order, ``sentence_of`` the sentence of each."""
    result = []
    for (start, end, words_, date, relative), sentence in zip(timexes, sentence_of, strict=True):
        before = text[max(0, start - 12) : start].split()
        preposition = before[-1].lower() if before and before[-1].lower() in _DATE_WORDS else ""
        result.append(Mention(sentence, date, words_, (start, end), preposition, relative))
    return Mentions(result)
