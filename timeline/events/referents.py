"""Whom "he", "she", "they" and "it" stand for: the latest subject told
that agrees with the pronoun — a person for "he" and "she", a group or a
body for "they", a thing or a body for "it".

A pronoun no subject agrees with stays as it is, and its headline sinks (an
unresolved "He…" is no sound headline) rather than naming the wrong one:
"He joined the Blazers" never becomes "Blazers join Blazers", and "They
were escorted out" after "The quake struck" never becomes "Quake escorted
out"."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from types import ModuleType

from timeline.events.lang import ENGLISH
from timeline.events.sentence import Annotation, Grammar, grammar

__all__ = ["BODY", "GROUP", "PERSON", "THING", "Referents"]

PERSON, GROUP, BODY, THING = "person", "group", "body", "thing"
# What each kind of pronoun may stand for.
_AGREES = {"person": (PERSON,), "group": (GROUP, BODY), "thing": (THING, BODY)}


class Referents:
    """The subjects told so far in one document, the latest of each kind."""

    def __init__(self, text: str, people: Collection[str], language: ModuleType = ENGLISH) -> None:
        self._text = text  # the document: "the Blazers" is written with an article
        self._people = people  # words that name persons in it
        self._grammar = grammar(language)
        self._latest: dict[str, tuple[int, str]] = {}  # kind → (when told, subject)
        self._told = 0

    def note(self, subject: str | None, annotation: Annotation | None = None) -> None:
        """``subject`` (of the sentence ``annotation``) is now the latest of
        its kind. When the sentence reports what someone said, a person it
        reports on comes after the speaker: in "Police said a man was
        detained. He…", "he" is the man."""
        if subject is not None:
            self._told += 1
            self._latest[self.kind(subject)] = (self._told, subject)
        reported = annotation.reported if annotation is not None else None
        if reported is not None:
            words = reported[1].split()[:3]
            if any(word.lower().strip(",") in self._grammar.person_nouns for word in words):
                self._latest.pop(PERSON, None)  # a person the text has not named

    def resolve(self, annotation: Annotation) -> str | None:
        """The subject the pronoun that opens the clause stands for; None
        when it opens with none, or no subject told agrees with it."""
        first = annotation.clause.split(None, 1)
        kind = _pronoun_kind(first[0].lower().strip(",") if first else "", self._grammar)
        if kind is None:
            return None
        found = [self._latest[k] for k in _AGREES[kind] if k in self._latest]
        return max(found)[1] if found else None

    def kind(self, subject: str) -> str:
        """A person, a group (plural), a body (an organisation: "it" or
        "they") or a thing."""
        g = self._grammar
        words = subject.split()
        head = _head(words, g).strip(",.'’\"“”")
        lower = head.lower()
        plural = lower in g.plurals or (
            lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
        )
        if lower in g.person_nouns:
            return PERSON
        if words[0].lower() in g.subject_openers or subject[:1].islower():
            return GROUP if plural else THING  # "The ministers", "The quake"
        if lower in g.institutions or head.isupper() or self._with_article(subject):
            return GROUP if plural else BODY  # "City Council", "UNHCR", "the Blazers"
        if words[-1] in self._people:
            return PERSON
        return GROUP if plural else BODY

    def _with_article(self, name: str) -> bool:
        """Whether the document writes "the Blazers": a team or a body, no person."""
        return _written_with_article(self._text, name, self._grammar)


@lru_cache(maxsize=1024)
def _written_with_article(text: str, name: str, g: Grammar) -> bool:
    articles = "|".join(sorted(g.articles))
    return re.search(rf"\b(?:{articles})\s+{re.escape(name)}\b", text, re.I) is not None


def _pronoun_kind(word: str, g: Grammar) -> str | None:
    if word in g.person_pronouns:
        return "person"
    if word in g.group_pronouns:
        return "group"
    if word in g.thing_pronouns:
        return "thing"
    return None


def _head(words: list[str], g: Grammar) -> str:
    """The head of a subject phrase: the word before its first preposition
    ("The talks in Riga" → "talks"), else the last."""
    for index, word in enumerate(words):
        if index and word.lower() in g.prepositions:
            return words[index - 1]
    return words[-1]
