"""An article's language when its front matter or page does not give it:
detected from its text by lingua (its models ship in its wheel), among the
languages ``CANDIDATES`` names, and only when needed: the detector and the
models of the candidates of the text's script load on the first article
that asks (about 0.1 s and 30 MB)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = [
    "CANDIDATES",
    "MIN_CONFIDENCE",
    "MIN_LATIN_LETTERS",
    "detect_language",
    "normalise_code",
]

# Languages the tool reads by rules of its own (temporal/lang/, events/lang/)
# and those most often confused with them; any other is read as the closest
# of these, or as none. Each one costs memory: the models of these twelve's
# Latin-script members take about 28 MB.
CANDIDATES = "en ru uk be bg es pt fr it de nl pl"
# Below this the text is too mixed to tell: no language is claimed, and the
# caller keeps its default. An article's lead reads above 0.99 in its own
# language.
MIN_CONFIDENCE = 0.9
# A Latin-script text shorter than this (in letters) is not told apart:
# "Apple unveils iPhone" reads 0.95 German, as lingua's fast mode warns. A
# Cyrillic one is: its script already narrows it down.
MIN_LATIN_LETTERS = 120
# The detector reads this much of an article: the lead tells its language
# (the same on every article of the evaluation sets and tests as 2,000
# characters, at 0.6 of the CPU time).
_SAMPLE = 1000
_CODE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")


def normalise_code(value: str | None) -> str | None:
    """ "ru-RU", "RU", "ru_RU" → "ru"; None for what is no language code."""
    match = _CODE.match(value or "")
    return match.group(1).lower() if match else None


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None
    when the detector is not confident enough (``MIN_CONFIDENCE``)."""
    sample = text[:_SAMPLE]
    letters = [char for char in sample if char.isalpha()]
    latin = sum(char < "\u0250" for char in letters)
    if not letters or (latin * 2 > len(letters) and len(letters) < MIN_LATIN_LETTERS):
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return str(values[0].language.iso_code_639_1.name).lower()


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in CANDIDATES.split()]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()
