"""Names among the capitalised words of a language that capitalises every
noun (German: "am Freitag", "der Fonds", "die Regierung"). A part-of-speech
tagger reads each sentence, and only proper nouns ("Tusk", "Nato"), the
words of a name that opens with an adjective ("Europäische Kommission",
"Vereinten Nationen"), foreign words and acronyms make a name; a common
noun is no actor. The tagger is the one a language's events module names
(``NOUN_TAGGER = "hanta"`` in ``lang/de.py``: HanTa, whose German model
ships in its wheel), loaded on the first article in the language (about
0.2 CPU s and 30 MB), never for others.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from timeline.events.lang import language

__all__ = ["NounTagger", "noun_tagger", "tagger"]

# Words and punctuation, as the tagger was trained on them; "Kosiniak-Kamysz"
# and "Baden-Württemberg" are one word.
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
# HanTa's model of each language (STTS tags for German, the BNC's CLAWS5
# for English: "VVZ" a verb in -s, "NN2" a plural noun).
_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}


class NounTagger:
    """One language's tagger; each sentence is tagged once."""

    def __init__(self, tagger: Any) -> None:
        # A word's possible tags, worked out from its letters when the model
        # does not list it, are the same in every sentence: remembered per
        # word (the tagger is one per process and language).
        tagger.analyze_forward = lru_cache(maxsize=65536)(tagger.analyze_forward)
        self._tagger = tagger
        self._tags = lru_cache(maxsize=4096)(self._tag)
        self._lemma = lru_cache(maxsize=4096)(self._lemma_of)

    def tags(self, text: str) -> dict[str, str]:
        """Each word of ``text`` → its tag (read once per sentence)."""
        return self._tags(text)

    def _tag(self, text: str) -> dict[str, str]:
        """Each word of ``text`` → its tag ("NE" a proper noun, "NN" a
        common noun, "ADJ(A)" an adjective); a word tagged a name once is
        a name."""
        tags: dict[str, str] = {}
        words = _TOKEN.findall(text)
        # taglevel 0: the tags alone, without the lemma HanTa would work out
        # for every word (more than half its time).
        for word, tag in zip(words, self._tagger.tag_sent(words, taglevel=0), strict=True):
            if tags.get(word) != "NE":
                tags[word] = tag
        return tags

    def _lemma_of(self, word: str) -> str:
        """The dictionary form of a noun that ends a name, when ``word`` is
        its genitive ("Bundestages" → "Bundestag", "Merkels" → "Merkel");
        "" for another inflected form (a plural: "Nationen"); ``word``
        itself when it is uninflected. Read for a name's last word only:
        HanTa works a lemma out word by word."""
        lemma = self._tagger.analyze(word, taglevel=1)[0]
        if lemma == word:
            return word
        genitive = word in (f"{lemma}s", f"{lemma}es") and lemma[:1].isupper()
        return lemma if genitive else ""

    def names(self, run: str, text: str) -> list[str]:
        """The names in ``run``, a run of capitalised words of the sentence
        ``text``: "Europäische Kommission" stays, "Burg Wawel" is "Wawel",
        "Millionen Euro" and "Fonds" are none, and "Kommission Polen" is two
        (a common noun after a name's adjective belongs to it, a proper noun
        after a common noun starts another)."""
        tags = self._tags(text)
        found: list[list[tuple[str, str]]] = [[]]
        for word in run.split(" "):
            tag = tags.get(word, "NE")  # a word the tagger did not see alone
            last = found[-1][-1][1] if found[-1] else ""
            adjective = tag.startswith("ADJ")
            common = tag.startswith("NN") and not word.isupper()
            if common and not last.startswith("ADJ"):
                found.append([])  # "Fonds", "Burg |Wawel"
                continue
            if found[-1] and ((adjective and not last.startswith("ADJ")) or last.startswith("NN")):
                found.append([])  # "Kommission |Polen"
            found[-1].append((word, tag))
        return [
            _nominative(name, self._lemma(name[-1][0]))
            for name in found
            if name and not all(tag.startswith("ADJ") for _word, tag in name)
        ]


def _nominative(name: list[tuple[str, str]], noun: str) -> str:
    """A name as the subject writes it: one in the genitive ("des
    Europäischen Parlaments") ends in its noun's dictionary form, and an
    adjective in "-en" before a noun in the singular takes its form after
    "der", "die", "das" ("der Europäischen Kommission" → "Europäische
    Kommission"); a plural stays ("Vereinten Nationen"). ``noun`` is the
    last word's dictionary form, "" when it is inflected otherwise."""
    if not noun:
        return " ".join(word for word, _tag in name)
    words = [
        word[:-1] if tag.startswith("ADJ") and word.endswith("en") else word
        for word, tag in name[:-1]
    ]
    return " ".join([*words, noun])


def noun_tagger(code: str) -> NounTagger | None:
    """The tagger of language ``code``, None when its events module names
    none (a language that capitalises only names needs none)."""
    if getattr(language(code), "NOUN_TAGGER", None) != "hanta":
        return None
    return tagger(code)


@lru_cache(maxsize=8)
def tagger(code: str) -> NounTagger | None:
    """HanTa's tagger of language ``code``, loaded on first use; None when
    HanTa has no model of it. English reads it only for a clause whose verb
    the word lists cannot tell ("uses", "features": a verb or a plural)."""
    name = getattr(language(code), "NAME", "en")  # English's module names none
    if name not in _MODELS:
        return None
    from HanTa import HanoverTagger

    return NounTagger(HanoverTagger.HanoverTagger(_MODELS[name]))
