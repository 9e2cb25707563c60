"""Word forms of languages that inflect, from the analyser a language's
events module names (``MORPHOLOGY = "pymorphy3"`` in ``lang/ru.py``): the
dictionary form of a name ("в Киеве" → "Киев", "с Владимиром Зеленским" →
"Владимир Зеленский"), a verb's tense ("проведут" is a future) and a word's
part of speech and case. The analyser loads on the first article in its
language (pymorphy3: about 0.4 s and 25 MB), never for others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from timeline.events.lang import language

__all__ = ["Morphology", "WordInfo", "morphology"]

# Grammemes that mark a proper name: a first name, surname, patronymic, a
# place, an organisation, an abbreviation.
_PROPER = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"))
_PERSON = frozenset(("Name", "Surn", "Patr"))
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_GENDERS = ("masc", "femn", "neut")
_TENSES = {"past": "past", "pres": "present", "futr": "future"}


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the analyser reads in one word, from its likeliest reading."""

    lemma: str
    pos: str | None  # "NOUN", "VERB", "ADJF", "PRTF", "GRND", "INFN", "NPRO", ...
    case: str | None
    tense: str | None  # "past", "present" or "future", for a verb
    person: bool  # a first name, surname or patronymic
    place: bool
    proper: bool  # any proper name
    gender: str | None = None  # "masc", "femn" or "neut"
    plural: bool = False


class Morphology:
    """One language's analyser; every answer is cached, since an article
    says the same words again and again."""

    def __init__(self, analyser: Any) -> None:
        self._analyser = analyser
        self._parses = lru_cache(maxsize=65536)(self._parse)

    def _parse(self, word: str) -> tuple[Any, ...]:
        return tuple(self._analyser.parse(word))

    def can_be(self, word: str, pos: str, case: str | None = None) -> bool:
        """Whether some reading of ``word`` is a ``pos`` in ``case``."""
        return any(
            pos == p.tag.POS and (case is None or case == p.tag.case) for p in self._parses(word)
        )

    def verb_tense(self, word: str) -> str | None:
        """The tense of ``word`` when its likeliest reading is a finite verb
        ("встретились" past, "планирует" present, "соберутся" future);
        None for any other word."""
        parses = self._parses(word.lower())
        if not parses or parses[0].tag.POS != "VERB":
            return None
        return _TENSES.get(parses[0].tag.tense or "")

    def is_past(self, word: str) -> bool:
        """A past verb ("провели") or a short participle ("избран",
        "завершено"): what tells that something happened."""
        parses = self._parses(word.lower())
        if not parses:
            return False
        tag = parses[0].tag
        return tag.POS == "PRTS" or (tag.POS == "VERB" and tag.tense == "past")

    def qualifies(self, adjective: str, noun: str) -> bool:
        """Whether ``adjective`` can be an adjective agreeing in case with
        ``noun`` ("Уральском заводе": not the town of Uralsk)."""
        cases = {p.tag.case for p in self._parses(noun) if p.tag.POS == "NOUN"}
        return any(p.tag.POS == "ADJF" and p.tag.case in cases for p in self._parses(adjective))

    def is_predicate(self, word: str) -> bool:
        """Whether ``word`` can carry a clause: a finite verb, a short
        participle or a short adjective ("намерен", "готов")."""
        parses = self._parses(word.lower().strip(",.;:!?«»"))
        return bool(parses) and parses[0].tag.POS in ("VERB", "PRTS", "ADJS")

    def is_first_name(self, word: str) -> bool:
        """Whether ``word`` can be a first name ("Виктором")."""
        return word[:1].isupper() and any("Name" in p.tag.grammemes for p in self._parses(word))

    def info(self, word: str) -> WordInfo:
        """The likeliest reading of ``word``; a capitalised word is read as
        a name when it can be one ("Песков" is a surname, not sands)."""
        parses = self._parses(word)
        best = parses[0]
        if word[:1].isupper():
            proper = [p for p in parses if _PROPER & p.tag.grammemes]
            best = proper[0] if proper else best
        grammemes = best.tag.grammemes
        return WordInfo(
            lemma=best.normal_form,
            pos=best.tag.POS,
            case=best.tag.case,
            tense=_TENSES.get(best.tag.tense or ""),
            person=bool(_PERSON & grammemes),
            place="Geox" in grammemes,
            proper=bool(_PROPER & grammemes),
            gender=best.tag.gender,
            plural=best.tag.number == "plur",
        )

    def readings(self, word: str) -> tuple[WordInfo, ...]:
        """Every reading of ``word`` (its parts of speech, cases, tenses)."""
        return tuple(
            WordInfo(
                lemma=p.normal_form,
                pos=p.tag.POS,
                case=p.tag.case,
                tense=_TENSES.get(p.tag.tense or ""),
                person=bool(_PERSON & p.tag.grammemes),
                place="Geox" in p.tag.grammemes,
                proper=bool(_PROPER & p.tag.grammemes),
            )
            for p in self._parses(word)
        )

    def name_case(self, words: Sequence[str]) -> str | None:
        """The case a name of ``words`` stands in, read so that its words
        agree in case, gender and number ("Дмитрия Пескова" → "gent");
        "nomn" whenever the name can be read so; None when no reading of
        all its words agrees."""
        found = self._agreeing(tuple(words))
        return found[0] if found else None

    def dictionary_form(self, words: Sequence[str]) -> list[str]:
        """A name in the nominative, its words in agreement, capitals as
        written: "Южной Корее" → "Южная Корея", "Владимиром Зеленским" →
        "Владимир Зеленский". Words that follow the head noun in the
        genitive stay ("Совета Безопасности" → "Совет Безопасности"). A name
        whose words agree in no case, or whose words are unknown, stays as
        written."""
        found = self._agreeing(tuple(words))
        if found is None or found[0] == "nomn":
            return list(words)
        result = []
        for word, parse in zip(words, found[1], strict=True):
            if parse is None:
                result.append(word)
                continue
            target = {"nomn"} if "plur" not in parse.tag.grammemes else {"nomn", "plur"}
            inflected = parse.inflect(target)
            result.append(_as_written(word, inflected.word if inflected else word))
        return result

    @lru_cache(maxsize=16384)  # noqa: B019 (one instance per language, kept for the run)
    def _agreeing(self, words: tuple[str, ...]) -> tuple[str, tuple[Any, ...]] | None:
        """The case, and a reading of each word in it, that makes a name of
        ``words``: up to its head noun every word agrees in case, gender and
        number; after it, words are its genitive complements (None, kept)."""
        readings = [self._parses(word) for word in words]
        for case in _CASES:
            for gender in _GENDERS:
                chosen = _agree(words, readings, case, gender)
                if chosen is not None:
                    return case, chosen
        return None


def _agree(
    words: Sequence[str], readings: Sequence[tuple[Any, ...]], case: str, gender: str
) -> tuple[Any, ...] | None:
    chosen: list[Any] = []
    head_seen = False
    number: str | None = None
    for word, parses in zip(words, readings, strict=True):
        if head_seen:
            chosen.append(None)  # "Совета |Безопасности": a complement, kept as written
            continue
        fits = [
            p
            for p in parses
            if p.tag.case == case
            and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR")
            and _gender_fits(p.tag.grammemes, gender)
            and (number is None or p.tag.number == number)
        ]
        if word[:1].isupper():
            proper = [p for p in fits if _PROPER & p.tag.grammemes]
            fits = proper or fits
        if not fits:
            if "Fixd" in parses[0].tag.grammemes or parses[0].tag.POS is None:
                chosen.append(None)  # an indeclinable or foreign word: as written
                continue
            return None
        best = fits[0]
        number = number or best.tag.number
        chosen.append(best)
        head_seen = head_seen or (best.tag.POS == "NOUN" and not _PERSON & best.tag.grammemes)
    return tuple(chosen) if any(p is not None for p in chosen) else None


def _gender_fits(grammemes: frozenset[str], gender: str) -> bool:
    """A word of ``gender``, of common gender ("ms-f") or of none (a plural)."""
    return gender in grammemes or "ms-f" in grammemes or not grammemes & set(_GENDERS)


def _as_written(original: str, form: str) -> str:
    """``form`` with the capitals of ``original``: "НАТО" stays upper case,
    "Косиняк-Камыша" → "Косиняк-Камыш"."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    parts = form.split("-")
    written = original.split("-")
    return "-".join(
        part[:1].upper() + part[1:]
        if index < len(written) and written[index][:1].isupper()
        else part
        for index, part in enumerate(parts)
    )


@lru_cache(maxsize=8)
def morphology(code: str) -> Morphology | None:
    """The analyser of language ``code``, None when its events module names
    none (English's forms are read from its word lists)."""
    data = language(code)
    if getattr(data, "MORPHOLOGY", None) != "pymorphy3":
        return None
    import pymorphy3

    return Morphology(pymorphy3.MorphAnalyzer(lang=data.NAME))
