"""Sentence splitting for news text.

A period ends a sentence unless it closes an abbreviation ("Feb. 20",
"Gen. Smith"), an initial ("George W. Bush"), a dotted acronym ("U.S.
officials") or a German ordinal ("am 3. März"); closing quotes and brackets
stay with the sentence they close; a dash or quote that opens a paragraph
("—Kaya Kalas sets…") belongs to the sentence it opens. Paragraph breaks
always end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as ``text[start:end]`` of its document."""

    start: int
    end: int
    text: str
    paragraph: int = 0


# Abbreviations after which a period never ends a sentence: titles and
# words that are always followed by what they qualify.
_TITLES = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev fr st mt
    pres supt insp det cpl pvt brig hon messrs mme mlle no nos vol pp p fig op
    vs approx ca cf""".split()
)
# Month abbreviations: no break before a number ("Feb. 20"), a break before a
# word only when that word usually starts a sentence.
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words a German ordinal stands before ("am 3. März", "im 19. Jahrhundert"):
# the period after the figure ends no sentence.
_ORDINAL_NOUNS = frozenset(
    """januar jänner februar märz april mai juni juli august september oktober november
    dezember jahrhundert jahrhunderts quartal quartals halbjahr lebensjahr weltkrieg
    platz runde stock mal""".split()
)
# Abbreviations that may end a sentence too ("…bought by Apple Inc. The deal…").
_FINAL_ABBREVIATIONS = frozenset("inc corp ltd co jr sr bros plc llc etc al dept univ".split())
# Words that usually open a sentence: after an ambiguous abbreviation they
# signal a break.
_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those
    there then but and however meanwhile in on at after before during since when
    while if as for mr mrs ms dr according other some many most both all no one""".split()
)

_CANDIDATE = re.compile(r"""([.!?…]+)(["'”’»)\]]*)(\s+)""")
_WORD_BEFORE = re.compile(r"([\w.]*)$")
_NEXT_WORD = re.compile(r"""[\s"'“‘«(\[—–-]*(\w+)""")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with their offsets, whitespace-normalised."""
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(_paragraphs(text)):
        start = p_start
        for match in _CANDIDATE.finditer(text, p_start, p_end):
            end = match.end(2)
            if _is_break(text, match, p_end):
                _add(sentences, text, start, end, number)
                start = match.end()
        _add(sentences, text, start, p_end, number)
    return sentences


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    start += len(chunk) - len(chunk.lstrip())
    end = start + len(stripped)
    sentences.append(Sentence(start, end, " ".join(stripped.split()), paragraph))


def _is_break(text: str, match: re.Match[str], limit: int) -> bool:
    after = match.end()
    if after >= limit:
        return False  # the paragraph end splits anyway
    following = text[after]
    next_word = _NEXT_WORD.match(text, after, limit)
    word = next_word.group(1) if next_word else ""
    if following.islower() or (word[:1].islower() and following not in "\"“‘«'"):
        return False
    if match.group(1) != ".":
        return True  # "!", "?", "…" and "..." before a capital end the sentence
    found = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    before = found.group(1) if found else ""  # it matches always, if only nothing
    bare = before.rstrip(".").lower()
    starter = word.lower() in _STARTERS
    if not bare:
        return True
    if bare.isdigit() and len(bare) <= 2 and word.lower() in _ORDINAL_NOUNS:
        return False  # "am 3. März"
    if "." in before.strip("."):
        # A dotted acronym ("U.S.", "a.m.") or e.g./i.e.
        return starter
    if len(bare) == 1 and before[:1].isupper():
        return False  # an initial: "George W. Bush"
    if bare in _TITLES:
        return False
    if bare in _MONTHS:
        return not word[:1].isdigit() and starter
    if bare in _FINAL_ABBREVIATIONS:
        return starter
    return True
