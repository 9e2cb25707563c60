"""Word cues that tell what kind of statement a sentence is: something that
happened, something still to come, an opinion, a statistic, or a state of
affairs that is no event at all."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType
from typing import Any

from timeline.events.actors import POSSESSIVE_ENDINGS
from timeline.events.lang import ENGLISH, english
from timeline.events.nouns import tagger
from timeline.events.sentence import _PUNCTUATION, Annotation, annotate, first_verb
from timeline.events.verbs import is_present

__all__ = ["Cues", "tags_for"]


class _Cue:
    """A pattern over lowercased text, tried only when one of its trigger
    words is there: most sentences have none, and a set test costs far less
    than a regular-expression scan."""

    __slots__ = ("apart", "pattern", "triggers")

    def __init__(self, pattern: str, triggers: str, apart: str = "") -> None:
        self.pattern = re.compile(pattern, re.X)
        self.triggers = frozenset(triggers.split())
        # What the pattern must not be read in: "$4.8 billion" is no statistic.
        self.apart = re.compile(apart, re.X) if apart else None

    def found(self, lower: str, words: set[str]) -> bool:
        if self.triggers.isdisjoint(words):
            return False
        if self.apart is not None:
            lower = self.apart.sub(" ", lower)
        return self.pattern.search(lower) is not None


class _Words:
    """One language's cues, compiled once (``_words``); a name its module
    lacks takes English's."""

    def __init__(self, language: ModuleType) -> None:
        def get(name: str) -> Any:
            return getattr(language, name, getattr(ENGLISH, name))

        self.future = _Cue(get("FUTURE_PATTERN"), get("FUTURE_TRIGGERS"))
        self.future_substrings: tuple[str, ...] = get("FUTURE_SUBSTRINGS")
        self.opinion = _Cue(get("OPINION_PATTERN"), get("OPINION_TRIGGERS"))
        self.statistic = _Cue(
            get("STATISTIC_PATTERN"), get("STATISTIC_TRIGGERS"), get("MONEY_PATTERN")
        )
        self.habitual = frozenset(get("HABITUAL").split())
        self.hypothetical: tuple[str, ...] = get("HYPOTHETICAL")
        self.first_person = frozenset(get("FIRST_PERSON").split())
        # '…the bridge," the mayor said': a quote closed before its speaker.
        self.quote_speaker = re.compile(
            get("QUOTE_SPEAKER_PATTERN").replace(
                "{ATTRIBUTION_VERBS}", "|".join(get("ATTRIBUTION_VERBS").split())
            )
        )
        self.generic = re.compile(get("GENERIC_PATTERN"), re.I)
        self.introduction = re.compile(get("INTRODUCTION_PATTERN"), re.I | re.X)
        self.ability = frozenset(get("ABILITY").split())
        self.negating_subjects = frozenset(get("NEGATING_SUBJECTS").split())
        # A clause about "this" or "it" says nothing on its own.
        self.bare_pronoun = re.compile(get("BARE_PRONOUN_PATTERN"), re.I)
        self.word = re.compile(get("WORD_PATTERN"))
        self.tags: dict[str, tuple[str, ...]] = get("TAGS")
        # Stems of four letters or fewer must be whole words ("war" is no
        # start of "warn"); longer ones are word starts ("negotiat").
        self.whole_words: dict[str, list[str]] = {}
        self.starts: dict[str, list[str]] = {}
        for tag, stems in self.tags.items():
            for stem in stems:
                table = self.whole_words if len(stem) <= 4 else self.starts
                table.setdefault(stem, []).append(tag)
        self.start_lengths = sorted({len(stem) for stem in self.starts})
        self.word_tags: dict[str, tuple[str, ...]] = {}  # what ``tags_of`` found

    def tags_of(self, word: str) -> tuple[str, ...]:
        """The tags a lowercased word gives: remembered, since every event
        of every article looks its words up (a bounded number of them)."""
        tags = self.word_tags.get(word)
        if tags is None:
            found = list(self.whole_words.get(word, ()))
            for length in self.start_lengths:
                if length > len(word):
                    break
                found += self.starts.get(word[:length], ())
            tags = tuple(found)
            if len(self.word_tags) < _REMEMBERED_WORDS:
                self.word_tags[word] = tags
        return tags


# Words whose tags a process remembers: more than news of a year uses.
_REMEMBERED_WORDS = 200_000


@cache
def _words(language: ModuleType = ENGLISH) -> _Words:
    return _Words(language)


_SPEECH_OPENING = re.compile(r"""^\s*(?:[—–"“«]|``|-\s)""")
_QUESTION = re.compile(r"\?\s*[\"”»]?$")
_ENTRY_MARK = re.compile(r"\s*(?::|[-–—]\s)")  # after the date that opens a chronology's line


class Cues:
    """What the words of one sentence say about it: tense, negation and
    state from its ``annotation`` (so that "…, the agency said" does not
    make a state an event), the rest from the whole ``text``."""

    __slots__ = (
        "background",
        "clause",
        "described",
        "future",
        "generic",
        "introduces",
        "negated",
        "opinion",
        "past",
        "perfect",
        "pronoun",
        "question",
        "quoted",
        "speech",
        "state",
        "statistic",
    )

    def __init__(self, text: str, annotation: Annotation | None = None) -> None:
        sentence = annotation or annotate(text)
        cue = _words(sentence.grammar.language)
        clause = sentence.clause
        self.clause = clause  # the main clause the cues were read from
        lower_clause = clause.lower()
        self.future = cue.future.found(lower_clause, set(cue.word.findall(lower_clause))) or any(
            part in lower_clause for part in cue.future_substrings
        )
        self.state = sentence.state or _ongoing(sentence) or _present_state(sentence)
        # "Hiller had repeated run-ins": the past perfect tells the background
        self.background = _past_perfect(sentence)
        first = clause.split(" ", 1)[0].lower()
        self.negated = sentence.negated or first in cue.negating_subjects
        # "Police said the reason was unknown": what is said only describes.
        self.described = _describes(sentence)
        # A chronology's entry ("Sept. 7: Government seizes…") tells what
        # happened in the present, as headlines do.
        self.past = sentence.past or chronology_entry(sentence)
        self.perfect = sentence.perfect
        self.future = self.future or sentence.tense == "future"
        lower = text.lower()
        lower_words = set(cue.word.findall(lower))
        self.opinion = cue.opinion.found(lower, lower_words) or lower.startswith(cue.hypothetical)
        self.statistic = cue.statistic.found(lower, lower_words)
        self.speech = bool(_SPEECH_OPENING.match(text))
        # Words only a speaker uses, or a quote closed before its speaker.
        self.quoted = (
            not cue.first_person.isdisjoint(lower_words)
            or cue.quote_speaker.search(text) is not None
        )
        self.question = bool(_QUESTION.search(text))
        self.generic = (
            bool(cue.generic.match(clause))
            or not cue.habitual.isdisjoint(lower_words)
            or _main_verb(sentence) in cue.ability
        )
        self.pronoun = bool(cue.bare_pronoun.match(clause))
        # "Here is how the crisis unfolded": what follows is the chronology.
        self.introduces = bool(cue.introduction.match(text))

    @property
    def eventive(self) -> bool:
        """Reports a change at a time rather than a state or a view."""
        return (self.past or self.future) and not self.generic


def chronology_entry(sentence: Annotation) -> bool:
    """Whether the sentence is a line of a chronology: it opens with its
    date, then a colon or a dash ("Sept. 7: …", "Sept. 12 - …")."""
    text = sentence.text
    return any(
        not text[:start].strip() and _ENTRY_MARK.match(text, end) is not None
        for start, end in sentence.date_spans
    )


def quoted_saying(sentence: Annotation) -> Annotation | None:
    """The attribution after a quote that opens the sentence ('"We will not
    leave," Tom Smith said on Tuesday'), whose saying is the sentence's
    event and whose verb its tense; None when the sentence is no such quote
    (a quote with no speaker tells no event of its own)."""
    text = sentence.text
    if not _SPEECH_OPENING.match(text):
        return None
    match = _words(sentence.grammar.language).quote_speaker.search(text)
    return None if match is None else sentence.part(match.start() + 1, len(text))


def _main_verb(sentence: Annotation) -> str:
    """The clause's main verb in lower case ("" when it has none)."""
    verb = sentence.verb
    return "" if verb is None else sentence.words[verb].strip(",.;:").lower()


def _ongoing(sentence: Annotation) -> bool:
    """Whether the main verb is a past in progress, the background to what
    happened: "Ortiz was searching for the suspect"."""
    g = sentence.grammar
    words, verb = sentence.words, sentence.verb
    if verb is None or verb + 1 >= len(words):
        return False
    following = words[verb + 1].strip(",.;:").lower()
    return (
        words[verb].lower() in g.past_auxiliaries & g.copulas
        and following.endswith(g.progressive_endings)
        and following not in g.past_only
    )


def _present_state(sentence: Annotation) -> bool:
    """Whether the main verb is a present in -s, which in a news story's
    body tells how things are, not what happened: "The new model uses flash
    memory", "The store sells music" (not "says": what is said may be news;
    not "Peace talks ended", whose verb comes after)."""
    g = sentence.grammar
    if g.language is not ENGLISH:
        return False
    words = sentence.words
    for index, word in enumerate(words[:12]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in g.cue_subordinators:
            return False
        if bare in g.auxiliaries or bare in g.modals or bare in g.negated:
            return False
        if not index or not word[:1].islower():
            continue
        if g.is_past(bare):
            return False  # another verb comes first
        before = words[index - 1].lower()
        if (
            is_present(bare)
            and bare not in g.speaking
            and before not in g.determiners
            and before not in g.prepositions
            and not before.endswith(POSSESSIVE_ENDINGS)
            and not before[:1].isdigit()
        ):
            following = words[index + 1].strip(_PUNCTUATION) if index + 1 < len(words) else ""
            if following.islower() and g.is_past(following):
                return False  # "Peace talks ended"
            english = tagger("en")
            return english is not None and english.tags(sentence.clause).get(bare) == _PRESENT_TAG
    return False


def _past_perfect(sentence: Annotation) -> bool:
    """Whether the main verb is in the past perfect ("had repeated", "had
    been muted"): what had happened before the story, its background."""
    g = sentence.grammar
    if g.language is not ENGLISH:
        return False
    words, verb = sentence.words, sentence.verb
    if verb is None or words[verb].lower() not in _PAST_PERFECT:
        return False
    following = [w.strip(_PUNCTUATION).lower() for w in words[verb + 1 : verb + 3]]
    while following and g.is_adverb(following[0]):
        following = following[1:]
    return bool(following) and g.is_past(following[0])


# The tag HanTa's English model gives a verb's present in -s ("uses").
_PRESENT_TAG = ENGLISH.PRESENT_TAG
_PAST_PERFECT = english("PAST_PERFECT")


def _describes(sentence: Annotation) -> bool:
    """Whether what a reporting verb reports only describes or denies:
    "Deputies said the suspect is 5-foot-8", "the reason was unknown",
    "Papermaster was not used to it"."""
    reported = sentence.reported
    what = reported[1] if reported is not None else _said(sentence)
    if not what:
        return False
    told = annotate(what, (), sentence.grammar.language)
    return told.state or told.negated


def _said(sentence: Annotation) -> str:
    """What the clause's main verb of saying reports, however it opens
    ("said there was no risk", "said Orozco was", "told Reuters one of the
    victims was"); "" when the main verb says nothing."""
    g = sentence.grammar
    words = sentence.statement.split()
    verb = first_verb(words, g)
    if verb is None or words[verb].lower() not in g.speaking:
        return ""
    rest = words[verb + 1 :]
    if rest and rest[0].lower() in g.that:
        rest = rest[1:]
    return " ".join(rest)


def tags_for(text: str, language: ModuleType = ENGLISH) -> list[str]:
    """Topic tags whose words the text uses, in the order of the
    language's ``TAGS``."""
    cue = _words(language)
    found: set[str] = set()
    for word in set(cue.word.findall(text.lower())):
        found.update(cue.tags_of(word))
    return [tag for tag in cue.tags if tag in found]
