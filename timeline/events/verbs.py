"""English verb forms, enough for headlines: timeline entries are written in
the present tense ("Ministers meet in Krakow"), articles in the past."""

from __future__ import annotations

import re

from timeline.events.lang import ENGLISH, english

__all__ = ["is_past", "past_to_base", "present"]

_IRREGULAR: dict[str, str] = ENGLISH.IRREGULAR_PAST
_NOT_VERBS = english("NOT_VERBS")
_NO_E_STEMS = english("NO_E_STEMS")
_E_AFTER = re.compile(ENGLISH.E_AFTER_PATTERN, re.X)
_ES_ENDING = re.compile(ENGLISH.ES_ENDINGS_PATTERN)
_ES_VERBS = english("ES_VERBS")
_DOUBLED_L = english("DOUBLED_L_STEMS")


def is_past(word: str) -> bool:
    """True for a past tense or past participle form."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return True
    return len(lower) > 3 and lower.endswith("ed") and lower not in _NOT_VERBS


def past_to_base(word: str) -> str:
    """The base form of a past form: "discussed" → "discuss"."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if not lower.endswith("ed"):
        return lower
    if lower.endswith("ied") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("eed"):
        return lower[:-1]
    stem = lower[:-2]
    if stem.endswith("ll") and stem[:-1] in _DOUBLED_L:
        return stem[:-1]  # cancelled → cancel, but called, killed
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "slzdf":
        return stem[:-1]  # planned → plan, but called, passed, buzzed
    if stem not in _NO_E_STEMS and _E_AFTER.search(stem):
        return stem + "e"
    return stem


def present(base: str, plural: bool) -> str:
    """The present tense for a third-person subject."""
    if base == "be":
        return "are" if plural else "is"
    if base == "have":
        return "have" if plural else "has"
    if plural:
        return base
    if _ES_ENDING.search(base) or base in _ES_VERBS:
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"
