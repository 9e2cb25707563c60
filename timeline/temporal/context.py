"""What resolving an expression needs beyond its own words: the publication
date, the date in focus (the one last mentioned), and the tense of the
clause around it."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from timeline.temporal.grammar import Grammar
from timeline.temporal.periods import DAY, When

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘«¿¡(\[—–-]?[^\W\d_])|\n\s*\n\s*")

FUTURE, PAST, WEAK_PAST = "future", "past", "weakpast"


@dataclass
class Context:
    """What resolution needs beyond the expression: the publication date,
    the date last mentioned, and the clause around the expression."""

    text: str
    dct: dt.date | None
    grammar: Grammar
    last: When | None = None
    # The day last mentioned, though a year or month came after it: "arrested
    # early Sunday … in his 2008 Bentley about 1:30 a.m." is Sunday's 1:30.
    last_day: When | None = None
    # The expressions found: no ordinal's period inside one ends a sentence.
    expressions: list[tuple[int, int]] = field(default_factory=list)
    _bounds: list[int] = field(default_factory=list)
    _cues: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int, str]]]] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        starts = [start for start, _ in self.expressions]
        ends = [
            m.end()
            for m in _SENTENCE_END.finditer(self.text)
            # The period of an ordinal inside an expression ends nothing ("am
            # 3. März"); that of "a.m." or "Feb." may, as the tense cues were tuned.
            if not (
                self.text[m.start() - 1 : m.start()].isdigit()
                and _inside(m.end(), starts, self.expressions)
            )
        ]
        self._bounds = [0, *ends, len(self.text)]

    def sentence(self, start: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._bounds, start) - 1
        return self._bounds[i], self._bounds[min(i + 1, len(self._bounds) - 1)]

    def tense(self, start: int, end: int) -> str | None:
        """Future or past from the tense cue nearest the expression in its
        clause (between commas or conjunctions), else in its sentence; None
        when the sentence has none."""
        lo, hi = self.sentence(start)
        stops, cues = self._sentence_cues(lo, hi)
        clause_lo, clause_hi = lo, hi
        for a, b in stops:
            if b <= start:
                clause_lo = b
            elif a >= end:
                clause_hi = a
                break
        best: tuple[bool, int, str] | None = None
        for a, b, tense in cues:
            if a < end and start < b:
                continue  # a cue inside the expression itself
            outside = a < clause_lo or b > clause_hi
            rank = (outside, start - b if b <= start else a - end, tense)
            if best is None or rank < best:
                best = rank
        return best[2] if best else None

    def _sentence_cues(
        self, lo: int, hi: int
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        """Clause separators and tense cues of a sentence, found once."""
        cached = self._cues.get(lo)
        if cached is None:
            stops = [m.span() for m in self.grammar.clause.finditer(self.text, lo, hi)]
            cues = []
            for cue in self.grammar.cues.finditer(self.text, lo, hi):
                tense = cue.lastgroup.rstrip("0123456789")  # type: ignore[union-attr]
                if tense != "none":
                    cues.append((cue.start(), cue.end(), tense))
            cached = self._cues[lo] = (stops, cues)
        return cached

    def focus_on(self, when: When) -> None:
        """Make ``when`` the date in focus, and the day in focus when it is one."""
        self.last = when
        if when.granularity == DAY:
            self.last_day = when

    def anchor(self) -> When | None:
        if self.last is not None:
            return self.last
        return When(self.dct.year, self.dct.month, self.dct.day) if self.dct else None


def _inside(i: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``i`` lies strictly inside one of ``spans`` (sorted by start)."""
    k = bisect.bisect_left(starts, i) - 1
    return k >= 0 and spans[k][0] < i < spans[k][1]
