"""Finding: the longest expression wins, amounts and words are not entered."""

from __future__ import annotations

from timeline.temporal.find import find
from timeline.temporal.grammar import load


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find(text, load("en"))]


def test_longest_at_each_place() -> None:
    assert spans("It ended on Monday, Feb. 23, 2026 at last.") == ["Monday, Feb. 23, 2026"]


def test_leads_are_attached_and_prepositions_left_out() -> None:
    assert spans("Prices rose in early March and between 3 and 5 April.") == [
        "early March",
        "3 and 5 April",
    ]


def test_not_inside_words_or_amounts() -> None:
    assert spans("Pay $2025 or 1,2025 units; Mayday; X2025.") == []


def test_keys_miss_no_match(shared) -> None:  # type: ignore[no-untyped-def]
    """Trying rules only near their keys finds what scanning everything finds."""
    from timeline.temporal import timeml
    from timeline.temporal.find import TOKEN, _keyed_matches, _matches, token_key

    texts = [
        timeml.read(path.read_text(encoding="utf-8")).text
        for path in sorted((shared / "eval" / "tempeval3-tbaq" / "TimeBank").glob("*.tml"))[:40]
    ]
    texts.append((shared / "seed" / "000_d7de8c1258dcb947.txt").read_text(encoding="utf-8"))
    texts.append("Q3 2025, FY2024, the '90s, 17-18 февраля 2026 года, в 1990-х годах, on the 3rd.")
    for name in ("en", "ru"):
        grammar = load(name)
        for text in texts:
            at: dict[str, list[int]] = {}
            starts = []
            for token in TOKEN.finditer(text):
                starts.append(token.start())
                at.setdefault(token_key(token.group()), []).append(token.start())
            for rule in grammar.rules:
                everywhere = {(f.start, f.end) for f in _matches(rule, text)}
                keyed = {(f.start, f.end) for f in _keyed_matches(rule, text, starts, at)}
                assert everywhere <= keyed, (name, rule.regex.pattern[:60], everywhere - keyed)
