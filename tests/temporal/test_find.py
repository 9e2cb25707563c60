"""Finding: the longest expression wins, amounts and words are not entered."""

from __future__ import annotations

from pathlib import Path

from timeline.temporal.find import TOKEN, _keyed_matches, _matches, find, token_key
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


def assert_keys_miss_no_match(texts: list[str]) -> None:
    """Trying rules only near their keys finds what scanning everything finds."""
    for name in ("en", "ru", "es", "fr", "it", "de"):
        grammar = load(name)
        for text in texts:
            at: dict[str, list[int]] = {}
            starts = []
            for token in TOKEN.finditer(text):
                starts.append(token.start())
                at.setdefault(token_key(token.group()), []).append(token.start())
            for rule in grammar.rules:
                if rule.keys is None:
                    continue  # a rule without keys is scanned for everywhere
                everywhere = {(f.start, f.end) for f in _matches(rule, text)}
                held = [key for key in rule.keys if key in at]
                keyed = {(f.start, f.end) for f in _keyed_matches(rule, text, starts, at, held)}
                assert everywhere <= keyed, (name, rule.regex.pattern[:60], everywhere - keyed)


def test_keys_miss_no_match() -> None:
    articles = sorted((Path(__file__).parents[2] / "content" / "articles").glob("*.md"))
    texts = [path.read_text(encoding="utf-8") for path in articles]
    texts.append("Q3 2025, FY2024, the '90s, 17-18 февраля 2026 года, в 1990-х годах, on the 3rd.")
    texts.append(
        "В понедельник, 16 февраля, и 2 марта 2026 года; с 2019 по 2021 год; в прошлом году."
    )
    corpus = Path(__file__).with_name("corpus")
    for lang in ("es", "fr", "it", "de"):
        lines = (corpus / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
        texts.append(" ".join(line[2:] for line in lines if line.startswith("> ")))
    assert texts and all(texts)
    assert_keys_miss_no_match(texts)
