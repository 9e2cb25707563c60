"""The tagger's Spanish, French, Italian and German rules on sentences
written for them (``corpus/<lang>.txt``): every dated expression a sentence
must give, with its EDTF date, and no other.

Each corpus has a half the rules were tuned on and a held half written with
it and never tuned on; the held half's figure is asserted with a margin, the
tuned half's in full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline.temporal import tag

CORPUS = Path(__file__).with_name("corpus")
PUBLISHED = dt.date(2026, 2, 21)  # a Saturday
LANGUAGES = ("es", "fr", "it", "de")


@dataclass
class Sentence:
    text: str
    expected: dict[str, str]  # extent -> EDTF
    held: bool


def read_corpus(lang: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    held = False
    for number, line in enumerate((CORPUS / f"{lang}.txt").read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== held"):
            held = True
        elif line.startswith("> "):
            sentences.append(Sentence(line[2:], {}, held))
        else:
            extent, sep, edtf = line.rpartition(" = ")
            assert sep and sentences, f"{lang}.txt:{number}: expected 'extent = EDTF'"
            assert extent in sentences[-1].text, f"{lang}.txt:{number}: {extent!r} not in sentence"
            sentences[-1].expected[extent] = edtf.strip()
    return sentences


@dataclass
class Score:
    correct: int = 0
    found: int = 0  # dated expressions the tagger gave
    expected: int = 0

    @property
    def f1(self) -> float:
        total = self.found + self.expected
        return 2 * self.correct / total if total else 1.0


def score(sentence: Sentence, lang: str) -> tuple[Score, list[str]]:
    """Matches by overlap of extents: a found expression is right when it
    overlaps an expected one and gives its EDTF date."""
    found = [t for t in tag(sentence.text, PUBLISHED, lang) if t.edtf is not None]
    result = Score(found=len(found), expected=len(sentence.expected))
    errors = []
    unmatched = list(found)
    for extent, edtf in sentence.expected.items():
        start = sentence.text.index(extent)
        end = start + len(extent)
        over = [t for t in unmatched if t.start < end and start < t.end]
        right = [t for t in over if t.edtf == edtf]
        if right:
            result.correct += 1
            unmatched.remove(right[0])
        else:
            errors.append(f"{extent!r}: want {edtf}, got {[(t.text, t.edtf) for t in over]}")
    errors += [f"extra {t.text!r} = {t.edtf}" for t in unmatched]
    return result, errors


def figures(lang: str, held: bool) -> tuple[Score, list[str]]:
    total, errors = Score(), []
    for sentence in read_corpus(lang):
        if sentence.held != held:
            continue
        result, wrong = score(sentence, lang)
        total.correct += result.correct
        total.found += result.found
        total.expected += result.expected
        errors += [f"{sentence.text}\n    {e}" for e in wrong]
    return total, errors


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tuned_half_is_read_in_full(lang: str) -> None:
    total, errors = figures(lang, held=False)
    assert not errors, "\n".join(errors)
    assert total.expected >= 20


@pytest.mark.parametrize("lang", LANGUAGES)
def test_held_half(lang: str) -> None:
    total, errors = figures(lang, held=True)
    print(f"{lang} held: F1 {total.f1:.3f}: {total.correct}/{total.expected}, {total.found} found")
    assert total.expected >= 15
    assert total.f1 >= 0.85, "\n".join(errors)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_dateparser(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules, not dateparser, read these languages."""
    import timeline.temporal as temporal

    def refuse(*args: object) -> None:
        raise AssertionError("dateparser used")

    monkeypatch.setattr(temporal, "tag_other", refuse)
    assert tag("2026", PUBLISHED, lang)[0].value == "2026"
