"""Compiling language data: case, leads, keys and first characters."""

from __future__ import annotations

import pytest

from timeline.temporal.grammar import _split_lead, load, token_key


def test_every_language_compiles_and_every_rule_is_keyed() -> None:
    for name in ("en", "ru"):
        grammar = load(name)
        assert grammar.rules
        assert all(rule.keys for rule in grammar.rules), name
        assert all(rule.firsts for rule in grammar.rules), name


def test_unknown_language() -> None:
    with pytest.raises(KeyError, match="xx"):
        load("xx")


def test_cased_tables_match_only_capitalised() -> None:
    month_alone = next(r for r in load("en").rules if r.sources.get("month") == "monthname")
    assert month_alone.regex.match("March")
    assert month_alone.regex.match("MARCH")
    assert not month_alone.regex.match("march")


def test_leading_optional_words_become_the_lead() -> None:
    lead, core = _split_lead(r"(?:the\s+)?(?:{mod}\s+)?{month}")
    assert (lead, core) == (r"(?:the\s+)?(?:{mod}\s+)?", "{month}")
    assert _split_lead(r"(?:{num}|{fraction})\s+{unit}") == ("", r"(?:{num}|{fraction})\s+{unit}")


def test_token_keys() -> None:
    assert token_key("1990s") == "#"
    assert token_key("FY2024") == "fy"
    assert token_key("March") == "march"
