"""Finding: the longest expression wins, amounts and words are not entered."""

from __future__ import annotations

from timeline.temporal.find import find
from timeline.temporal.grammar import load


def spans(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find(text, load("en"))]


def test_longest_at_each_place() -> None:
    assert spans("It ended on Monday, Feb. 23, 2026 at last.") == ["Monday, Feb. 23, 2026"]


def test_leads_are_attached_and_prepositions_left_out() -> None:
    assert spans("Prices rose in early March and between 3 and 5 April.") == [
        "early March", "3 and 5 April",
    ]


def test_not_inside_words_or_amounts() -> None:
    assert spans("Pay $2025 or 1,2025 units; Mayday; X2025.") == []
