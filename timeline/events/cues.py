"""Word cues that tell what kind of statement a sentence is: something that
happened, something still to come, an opinion, a statistic, or a state of
affairs that is no event at all."""

from __future__ import annotations

import re

from timeline.events.lang import ENGLISH, english
from timeline.events.verbs import is_past

__all__ = ["Cues", "main_tense", "tags_for"]


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
_NEGATION = english("NEGATION")
_AUXILIARIES = english("NEGATED_AUXILIARIES")
_COPULAS = english("COPULAS")
_COPULA_ADVERBS = english("COPULA_ADVERBS")
_FUTURE_AUXILIARIES = english("FUTURE_AUXILIARIES")
_PAST_AUXILIARIES = english("PAST_AUXILIARIES")
_PRESENT_AUXILIARIES = english("PRESENT_AUXILIARIES")
_PERFECT_AUXILIARIES = english("PERFECT_AUXILIARIES")
_PERFECT_ADVERBS = english("PERFECT_ADVERBS")
_PERFECT = re.compile(
    r"^\S+(?:\s+\S+){0,6}?\s+(?:"
    + "|".join(sorted(word for word in _PERFECT_AUXILIARIES if "'" not in word))
    + r")\s+(?:\w+ly\s+)?\w+ed\b"
)
_HYPOTHETICAL: tuple[str, ...] = ENGLISH.HYPOTHETICAL
_FIRST_PERSON = english("FIRST_PERSON")
_POSSESSION = english("POSSESSION_VERBS")
_POSSESSED_OPENERS = english("POSSESSED_OPENERS")
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
_SUBORDINATORS = english("CUE_SUBORDINATORS")
_PUNCTUATION = ",.;:!?\"“”'’()"


def main_tense(words: list[str]) -> str | None:
    """ "past", "present" or "future" from the first verb of a clause (its
    main verb, unless a subordinate clause comes first), or None."""
    for index, word in enumerate(words[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in _SUBORDINATORS:
            return None
        if index == 0 or words[index - 1].lower() == "to":
            continue
        if bare in _FUTURE_AUXILIARIES:
            return "future"
        if bare in _PAST_AUXILIARIES:
            return "past"
        if bare in _PRESENT_AUXILIARIES:
            return "present"
        if bare in _PERFECT_AUXILIARIES:
            following = words[index + 1].strip(_PUNCTUATION) if index + 1 < len(words) else ""
            if following.lower() in _PERFECT_ADVERBS:
                following = words[index + 2] if index + 2 < len(words) else ""
            return "past" if is_past(following.lower()) else "present"
        if is_past(bare) and word[:1].islower():
            return "past"
    return None


class Cues:
    """What the words of one sentence say about it: tense from its main
    ``clause`` (so that "…, the agency said" does not make a state an
    event), the rest from the whole ``text``."""

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

    def __init__(self, text: str, clause: str | None = None) -> None:
        clause = clause or text
        self.clause = clause  # the main clause the cues were read from
        words = _WORD.findall(clause)
        lower_clause = clause.lower()
        self.future = _FUTURE.found(lower_clause, set(_LOWER_WORD.findall(lower_clause))) or any(
            part in lower_clause for part in _FUTURE_SUBSTRINGS
        )
        split = clause.split()
        tense = main_tense(split)
        self.state = _copular(split)
        self.negated = _negated(split)
        if tense is None:  # no verb found where the subject ends: any past form
            tense = "past" if any(is_past(w) for w in words if w[0].islower()) else "present"
        self.past = tense == "past"
        # "has stated", "have raised": news of the day, not the last day told
        self.perfect = self.past and _PERFECT.search(lower_clause) is not None
        self.future = self.future or tense == "future"
        lower = text.lower()
        lower_words = set(_LOWER_WORD.findall(lower))
        self.opinion = _OPINION.found(lower, lower_words) or lower.startswith(_HYPOTHETICAL)
        self.statistic = _STATISTIC.found(lower, lower_words)
        self.speech = bool(_SPEECH_OPENING.match(text))
        # Words only a speaker uses, or a quote closed before its speaker.
        self.quoted = (
            not _FIRST_PERSON.isdisjoint(lower_words) or _QUOTE_SPEAKER.search(text) is not None
        )
        self.question = bool(_QUESTION.search(text))
        self.generic = bool(_GENERIC.match(clause)) or not _HABITUAL.isdisjoint(lower_words)
        self.pronoun = bool(_BARE_PRONOUN.match(clause))

    @property
    def eventive(self) -> bool:
        """Reports a change at a time rather than a state or a view."""
        return (self.past or self.future) and not self.generic


def _negated(words: list[str]) -> bool:
    """Whether the clause's first auxiliary is negated: "He did not say…"."""
    for index, word in enumerate(words[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in _SUBORDINATORS:
            return False
        if bare.endswith("n't") or (index and bare == "never"):
            return True
        if index and bare in _AUXILIARIES:
            following = words[index + 1 : index + 2]
            return bool(following) and following[0].strip(_PUNCTUATION).lower() in _NEGATION
    return False


def _copular(words: list[str]) -> bool:
    """Whether the clause's first verb is "was", "is"… with no participle
    after it: "the meeting was the third round", "X was also present"
    describe, "X was elected" or "is to meet" tell."""
    for index, word in enumerate(words[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in _SUBORDINATORS:
            return False
        if index and bare in _POSSESSION and index + 1 < len(words):
            following = words[index + 1].strip(_PUNCTUATION).lower()
            return following in _POSSESSED_OPENERS  # "She had a permit"
        if index and word[:1].islower() and is_past(bare) and bare not in _COPULAS:
            return False  # "said they were ready": the main verb is another
        if not index or bare not in _COPULAS:
            continue
        rest = [w.strip(_PUNCTUATION).lower() for w in words[index + 1 : index + 4]]
        while rest and rest[0] in _HABITUAL | _COPULA_ADVERBS:
            rest = rest[1:]
        following = rest[0] if rest else ""
        return not (
            is_past(following) or following.endswith("ing") or following in ("to", "set", "due")
        )
    return False


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
