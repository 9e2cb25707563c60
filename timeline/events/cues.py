"""Word cues that tell what kind of statement a sentence is: something that
happened, something still to come, an opinion, a statistic, or a state of
affairs that is no event at all."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from timeline.events.lang import ENGLISH, english
from timeline.events.sentence import Annotation, annotate

__all__ = ["Cues", "tags_for"]


class _Cue:
    """A pattern over lowercased text, tried only when one of its trigger
    words is there: most sentences have none, and a set test costs far less
    than a regular-expression scan."""

    __slots__ = ("pattern", "triggers")

    def __init__(self, pattern: str, triggers: str) -> None:
        self.pattern = re.compile(pattern, re.X)
        self.triggers = frozenset(triggers.split())

    def found(self, lower: str, words: set[str]) -> bool:
        return not self.triggers.isdisjoint(words) and self.pattern.search(lower) is not None


_FUTURE = _Cue(ENGLISH.FUTURE_PATTERN, ENGLISH.FUTURE_TRIGGERS)
_FUTURE_SUBSTRINGS: tuple[str, ...] = ENGLISH.FUTURE_SUBSTRINGS
_OPINION = _Cue(ENGLISH.OPINION_PATTERN, ENGLISH.OPINION_TRIGGERS)
_STATISTIC = _Cue(ENGLISH.STATISTIC_PATTERN, ENGLISH.STATISTIC_TRIGGERS)
_HABITUAL = english("HABITUAL")
_HYPOTHETICAL: tuple[str, ...] = ENGLISH.HYPOTHETICAL
_FIRST_PERSON = english("FIRST_PERSON")


@cache
def _bare_pronoun(language: ModuleType) -> re.Pattern[str]:
    """A clause about "this" or "it", in the article's language."""
    value = getattr(language, "BARE_PRONOUN_PATTERN", None)
    return re.compile(value, re.I) if isinstance(value, str) else _BARE_PRONOUN


@cache
def _first_person(language: ModuleType) -> frozenset[str]:
    """The words only a speaker uses, in the article's language: Italian
    "I ministri" is no English "I"."""
    value = getattr(language, "FIRST_PERSON", None)
    return frozenset(value.split()) if isinstance(value, str) else _FIRST_PERSON


# '…the bridge," the mayor said': a quote closed before its speaker.
_QUOTE_SPEAKER = re.compile(
    r"""[,.!?]\s*["”']\s*,?\s+(?:\S+\s+){0,4}?(?:"""
    + "|".join(ENGLISH.ATTRIBUTION_VERBS.split())
    + r")\b"
)
_LOWER_WORD = re.compile(r"[a-z0-9']+|%")
_SPEECH_OPENING = re.compile(r"""^\s*(?:[—–"“«]|``|-\s)""")
_QUESTION = re.compile(r"\?\s*[\"”»]?$")
_GENERIC = re.compile(ENGLISH.GENERIC_PATTERN, re.I)
# A clause about "this" or "it" says nothing on its own.
_BARE_PRONOUN = re.compile(ENGLISH.BARE_PRONOUN_PATTERN, re.I)
_WORD = re.compile(r"[A-Za-z][a-z'-]+")

_TAGS: dict[str, tuple[str, ...]] = ENGLISH.TAGS


class Cues:
    """What the words of one sentence say about it: tense, negation and
    state from its ``annotation`` (so that "…, the agency said" does not
    make a state an event), the rest from the whole ``text``."""

    __slots__ = (
        "clause",
        "future",
        "generic",
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
        clause = sentence.clause
        self.clause = clause  # the main clause the cues were read from
        lower_clause = clause.lower()
        self.future = _FUTURE.found(lower_clause, set(_LOWER_WORD.findall(lower_clause))) or any(
            part in lower_clause for part in _FUTURE_SUBSTRINGS
        )
        self.state = sentence.state
        self.negated = sentence.negated
        self.past = sentence.past
        self.perfect = sentence.perfect
        self.future = self.future or sentence.tense == "future"
        lower = text.lower()
        lower_words = set(_LOWER_WORD.findall(lower))
        self.opinion = _OPINION.found(lower, lower_words) or lower.startswith(_HYPOTHETICAL)
        self.statistic = _STATISTIC.found(lower, lower_words)
        self.speech = bool(_SPEECH_OPENING.match(text))
        # Words only a speaker uses, or a quote closed before its speaker.
        self.quoted = (
            not _first_person(sentence.grammar.language).isdisjoint(lower_words)
            or _QUOTE_SPEAKER.search(text) is not None
        )
        self.question = bool(_QUESTION.search(text))
        self.generic = bool(_GENERIC.match(clause)) or not _HABITUAL.isdisjoint(lower_words)
        self.pronoun = bool(_bare_pronoun(sentence.grammar.language).match(clause))

    @property
    def eventive(self) -> bool:
        """Reports a change at a time rather than a state or a view."""
        return (self.past or self.future) and not self.generic


# Stems of four letters or fewer must be whole words ("war" is no start of
# "warn"); longer ones are word starts ("negotiat").
_WHOLE_WORDS: dict[str, list[str]] = {}
_STARTS: dict[str, list[str]] = {}
for _tag, _stems in _TAGS.items():
    for _stem in _stems:
        table = _WHOLE_WORDS if len(_stem) <= 4 else _STARTS
        table.setdefault(_stem, []).append(_tag)
_START_LENGTHS = sorted({len(stem) for stem in _STARTS})


def tags_for(text: str) -> list[str]:
    """Topic tags whose words the text uses, in the order of ``_TAGS``."""
    found: set[str] = set()
    for word in set(_LOWER_WORD.findall(text.lower())):
        found.update(_WHOLE_WORDS.get(word, ()))
        for length in _START_LENGTHS:
            if length > len(word):
                break
            found.update(_STARTS.get(word[:length], ()))
    return [tag for tag in _TAGS if tag in found]
