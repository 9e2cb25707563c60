"""English verb forms, enough for headlines: timeline entries are written in
the present tense ("Ministers meet in Krakow"), articles in the past."""

from __future__ import annotations

from functools import lru_cache

from timeline.events.lang import english

__all__ = ["is_past", "is_present", "no_verb", "past_to_base", "present", "singular_noun"]

# Words whose forms each function remembers: lemminflect's look-ups cost up
# to a millisecond (a word outside its lexicon goes through its model), and
# news repeats its verbs; bounded, since an archive's run meets words without end.
_REMEMBERED = 16384
_IRREGULAR = english("IRREGULAR_PAST")
_NOT_VERBS = english("NOT_VERBS")


def is_past(word: str) -> bool:
    """True for a past tense or past participle form."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return True
    return (
        len(lower) > 3 and lower.endswith("ed") and lower not in _NOT_VERBS and not no_verb(lower)
    )


@lru_cache(maxsize=_REMEMBERED)
def no_verb(word: str) -> bool:
    """True for a word that lemminflect's lexicon holds, but never as a
    verb: "newlywed", "unprecedented", "hatred" end in "-ed" and are no
    past; False for a word the lexicon lacks."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return bool(lemmas) and "VERB" not in lemmas


@lru_cache(maxsize=_REMEMBERED)
def is_present(word: str) -> bool:
    """True for a verb's third-person present ("sells", "features"; a noun's
    plural too when the word is both, as "features" is): lemminflect's
    lexicon."""
    lower = word.lower()
    if not lower.endswith("s") or lower.endswith(_NOT_PRESENT_ENDINGS):
        return False
    from lemminflect import getAllLemmas

    return any(lemma != lower for lemma in getAllLemmas(lower).get("VERB", ()))


_NOT_PRESENT_ENDINGS = tuple(english("NOT_PLURAL_ENDINGS"))


@lru_cache(maxsize=_REMEMBERED)
def singular_noun(word: str) -> bool:
    """True for a noun in -s that is its own singular ("gas", "news",
    "series", "lens"), as lemminflect's lexicon holds it; False for a
    plural ("areas") or a word the lexicon lacks."""
    from lemminflect import getAllLemmas

    lower = word.lower()
    return lower in getAllLemmas(lower).get("NOUN", ())


@lru_cache(maxsize=_REMEMBERED)
def past_to_base(word: str) -> str:
    """The base form of a past form: "discussed" → "discuss", "boycotted" →
    "boycott", "evacuated" → "evacuate" (lemminflect's English lexicon, with
    its rules for words it does not hold); any other word as it is, in lower
    case."""
    lower = word.lower()
    if lower not in _IRREGULAR and not lower.endswith("ed"):
        return lower
    from lemminflect import getLemma  # its tables load on the first call: 0.2 s

    return getLemma(lower, upos="VERB")[0]


@lru_cache(maxsize=_REMEMBERED)
def present(base: str, plural: bool) -> str:
    """The present tense for a third-person subject: "seizes", "vetoes", "tries"."""
    if base == "be":
        return "are" if plural else "is"
    if plural:
        return base
    from lemminflect import getInflection

    forms = getInflection(base, tag="VBZ")
    return forms[0] if forms else base + "s"
