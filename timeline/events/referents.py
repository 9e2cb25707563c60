"""Whom "he", "she", "they" and "it" ("он", "она", "они", "él", "lui")
stand for: the latest subject told that agrees with the pronoun — a person
for "he" and "she", a group or a body for "they", a thing or a body for
"it", in one rule for every language. The pronouns of each kind are the
language module's (``PERSON_PRONOUNS``, ``GROUP_PRONOUNS``,
``THING_PRONOUNS``, and ``MALE_PRONOUNS``, ``FEMALE_PRONOUNS`` for a
person's gender); where the language has an analyser (Russian), it tells
persons, plurals and the gender of a first name, so "Она" never stands for
"Андрей Белоусов". Where the analyser tells persons, a person named in a
sentence whose subject is no person is the latest person too: after "Как
сообщил Андрей Белоусов, завод начал выпуск двигателей", "Он отметил…" is
Белоусов.

A pronoun no subject agrees with stays as it is, and its headline sinks (an
unresolved "He…" is no sound headline) rather than naming the wrong one:
"He joined the Blazers" never becomes "Blazers join Blazers", and "They
were escorted out" after "The quake struck" never becomes "Quake escorted
out"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence
from functools import cache, lru_cache
from types import ModuleType

from timeline.events.lang import ENGLISH
from timeline.events.morphology import Morphology
from timeline.events.sentence import Annotation, Grammar, grammar

__all__ = ["BODY", "GROUP", "PERSON", "THING", "Referents"]

PERSON, GROUP, BODY, THING = "person", "group", "body", "thing"
# What each kind of pronoun may stand for.
_AGREES = {"person": (PERSON,), "group": (GROUP, BODY), "thing": (THING, BODY)}
# A first name's grammatical gender, as an analyser reads it.
_GENDERS = {"masc": "male", "femn": "female"}


class Referents:
    """The subjects told so far in one document, the latest of each kind."""

    def __init__(self, text: str, people: Collection[str], language: ModuleType = ENGLISH) -> None:
        self._text = text  # the document: "the Blazers" is written with an article
        self._people = people  # words that name persons in it
        self._grammar = grammar(language)
        self._latest: dict[str, tuple[int, str]] = {}  # kind → (when told, subject)
        self._told = 0
        self._people_told: list[str] = []  # persons, latest last
        self._gender: dict[str, str] = {}  # person → the pronoun that stood for them

    def note(
        self,
        subject: str | None,
        annotation: Annotation | None = None,
        names: Sequence[str] = (),
    ) -> None:
        """``subject`` (of the sentence ``annotation``, which names
        ``names``) is now the latest of its kind, a person by the name it
        holds ("Губернатор Оренбургской области Денис Паслер" → "Денис
        Паслер"); when it is no person, the last person the sentence names
        is the latest person, where an analyser tells persons. When the
        sentence reports what someone said, a person it reports on comes
        after the speaker: in "Police said a man was detained. He…", "he" is
        the man."""
        people = [name for name in names if self._names_person(name)]
        kind = None
        if subject is not None:
            kind = self.kind(subject)
            named = [name for name in people if name in subject]
            if kind == PERSON and named:
                subject = named[-1]
            self._remember(kind, subject)
            if annotation is not None:
                self._gender_of(subject, annotation)
        if kind != PERSON and people:
            self._remember(PERSON, people[-1])
        reported = annotation.reported if annotation is not None else None
        if reported is not None:
            words = reported[1].split()[:3]
            if any(word.lower().strip(",") in self._grammar.person_nouns for word in words):
                self._latest.pop(PERSON, None)  # a person the text has not named
            told = list(itertools.takewhile(lambda word: word[:1].isupper(), words))
            if told and told[-1] in self._people:
                self._remember(PERSON, " ".join(told))  # "…said Ortiz became…. He joined…"

    def _remember(self, kind: str, subject: str) -> None:
        self._told += 1
        self._latest[kind] = (self._told, subject)
        if kind == PERSON:
            self._people_told.append(subject)
            analyser = self._grammar.analyser
            if analyser is not None:  # "Андрей" is a man's name, "Кая" a woman's
                infos = [analyser.info(word) for word in subject.split()]
                first = next((info for info in infos if info.person), infos[0])
                if first.gender in _GENDERS:
                    self._gender.setdefault(subject, _GENDERS[first.gender])

    def _names_person(self, name: str) -> bool:
        """Whether ``name`` (an actor) is a person's, where an analyser reads
        a word of it as a first name or surname. Without one, a capitalised
        pair is as often a street, a district or a product ("Albany Ave",
        "Bener Meriah", "Mac OS X Lion") as a person, and no name is taken
        for a person's but the subject."""
        analyser = self._grammar.analyser
        return analyser is not None and any(analyser.info(word).person for word in name.split())

    def resolve(self, annotation: Annotation, names: Collection[str] = ()) -> str | None:
        """The subject the pronoun that opens the clause stands for; None
        when it opens with none, or no subject told agrees with it. A name
        that is the subject of the clause the sentence opens with comes
        first: "When Apple's chief Tim Cook showed the watch, he…" (``names``
        are the sentence's)."""
        first = annotation.clause.split(None, 1)
        kind = _pronoun_kind(first[0].lower().strip(",") if first else "", self._grammar)
        if kind is None:
            return None
        opening = self._opening_subject(annotation.text, names)
        if opening is not None and self.kind(opening) in _AGREES[kind]:
            return opening
        found = [self._latest[k] for k in _AGREES[kind] if k in self._latest]
        gender = _gender(first[0], self._grammar)
        if kind == "person" and gender and self._grammar.analyser is not None:
            # "Компания… Она объявила…": "она" stands for a noun of its gender too
            found += [
                self._latest[k]
                for k in (BODY, THING)
                if k in self._latest and self._noun_gender(self._latest[k][1]) == gender
            ]
        if not found:
            return None
        subject = max(found)[1]
        if gender and self._gender.get(subject, gender) != gender:
            # "she" after a man: the latest person of her gender, or nobody
            earlier = [
                person
                for person in reversed(self._people_told)
                if self._gender.get(person, gender) == gender
            ]
            return earlier[0] if earlier else None
        return subject

    def _noun_gender(self, subject: str) -> str | None:
        """ "male" or "female": the grammatical gender of the noun that heads
        ``subject`` ("Компания «Ростех»" → female), as the analyser reads it."""
        analyser = self._grammar.analyser
        assert analyser is not None
        infos = [analyser.info(word.strip(',.«»"')) for word in subject.split()]
        head = next((info for info in infos if info.pos == "NOUN"), infos[0] if infos else None)
        return _GENDERS.get(head.gender or "") if head is not None else None

    def _opening_subject(self, text: str, names: Collection[str]) -> str | None:
        """The name right after the subordinator that opens ``text``, with
        only capitalised words (titles, a company) between: "When Apple CEO
        Tim Cook first showed…, he" → "Tim Cook"."""
        g = self._grammar
        head, comma, _ = text.partition(", ")
        words = head.split()
        if not comma or len(words) < 3 or words[0].lower() not in g.subordinate_conjunctions:
            return None
        for name in names:
            at = head.find(f" {name} ")
            if at > 0 and all(word[:1].isupper() for word in head[:at].split()[1:]):
                return name
        return None

    def _gender_of(self, subject: str, annotation: Annotation) -> None:
        """Notes which pronoun stood for ``subject`` when the sentence opened
        with one: "He fired" read as Orozco makes Orozco a "he"."""
        first = annotation.clause.split(None, 1)
        gender = _gender(first[0], self._grammar) if first else None
        if gender and subject not in self._gender:
            self._gender[subject] = gender

    def kind(self, subject: str) -> str:
        """A person, a group (plural), a body (an organisation: "it" or
        "they") or a thing."""
        g = self._grammar
        words = subject.split()
        if g.analyser is not None:
            return _kind_read(words, g, g.analyser)
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


def _kind_read(words: list[str], g: Grammar, analyser: Morphology) -> str:
    """The kind of a subject in a language whose analyser reads its words:
    a name of a person ("Андрей Белоусов", "вице-премьер Белоусов"), a
    plural ("Министры обороны"), a person's noun ("Министр"), a body
    ("ТАСС", "Совет безопасности") or a thing ("Завод")."""
    infos = [analyser.info(word.strip(',.«»"')) for word in words]
    if any(info.person for info in infos):
        return PERSON
    head = next((info for info in infos if info.pos == "NOUN"), infos[0])
    if head.plural:
        return GROUP
    if head.lemma in g.person_nouns:
        return PERSON
    if head.lemma in g.institutions or words[0].isupper() or head.proper:
        return BODY
    return THING


@lru_cache(maxsize=1024)
def _written_with_article(text: str, name: str, g: Grammar) -> bool:
    """Whether ``text`` writes ``name`` (a name, which opens with no space)
    as whole words after an article, in any case. The article's ends are
    found once per document; a pattern of the name would be compiled for
    every name of every article."""
    lower = name.lower()
    for start in _after_articles(text, g):
        end = start + len(name)
        found = text[start:end]
        if not (found.isascii() and name.isascii()):
            # Case rules beyond ASCII ("K", the Kelvin sign, is "k") are the pattern's.
            if re.compile(rf"{re.escape(name)}\b", re.I).match(text, start):
                return True
        elif found.lower() == lower and _is_word(text[end - 1]) != (
            end < len(text) and _is_word(text[end])
        ):
            return True
    return False


@lru_cache(maxsize=4)
def _after_articles(text: str, g: Grammar) -> tuple[int, ...]:
    """Where the word after each article of ``text`` begins ("the |Blazers")."""
    return tuple(match.end() for match in _articles(g).finditer(text))


@cache
def _articles(g: Grammar) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(sorted(g.articles))})\s+", re.I)


def _is_word(char: str) -> bool:
    """A word character as a pattern's ``\\b`` reads it."""
    return char.isalnum() or char == "_"


def _gender(word: str, g: Grammar) -> str | None:
    """ "male" or "female" for a person's pronoun, None for any other word."""
    lower = word.lower().strip(",")
    if lower in g.male_pronouns:
        return "male"
    if lower in g.female_pronouns:
        return "female"
    return None


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
