"""Compiling language data: case, leads, keys and first characters."""

from __future__ import annotations

import pytest

from timeline.temporal.grammar import _split_lead, load, token_key

LANGUAGES = ("en", "ru", "es", "fr", "it", "de")


def test_every_language_compiles_and_every_rule_is_keyed() -> None:
    for name in LANGUAGES:
        grammar = load(name)
        assert grammar.rules
        # A rule for compounds ("Montagabend") scans: no word of a compound is a key.
        assert all(rule.keys or rule.options.get("scan") for rule in grammar.rules), name
        assert all(rule.firsts for rule in grammar.rules), name


def test_lower_tables_match_only_in_lower_case() -> None:
    month_alone = next(r for r in load("fr").rules if r.options.get("lower"))
    assert month_alone.regex.match("mars")
    assert not month_alone.regex.match("Mars")


def test_elided_words_start_an_expression() -> None:
    french, english = load("fr"), load("en")
    assert any(rule.regex.match("l'an dernier", 2) for rule in french.rules)
    assert any(rule.regex.match("l’année dernière", 2) for rule in french.rules)
    assert not any(rule.regex.match("l'March 3", 2) for rule in english.rules)


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
