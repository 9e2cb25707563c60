"""Verb forms for headlines."""

from __future__ import annotations

import pytest

from timeline.events.verbs import is_past, past_to_base, present


@pytest.mark.parametrize(
    ("past", "base"),
    [
        ("discussed", "discuss"),
        ("announced", "announce"),
        ("launched", "launch"),
        ("unveiled", "unveil"),
        ("sued", "sue"),
        ("planned", "plan"),
        ("called", "call"),
        ("carried", "carry"),
        ("agreed", "agree"),
        ("visited", "visit"),
        ("voted", "vote"),
        ("created", "create"),
        ("acquired", "acquire"),
        ("opened", "open"),
        ("developed", "develop"),
        ("decided", "decide"),
        ("added", "add"),
        ("negotiated", "negotiate"),
        ("committed", "commit"),
        ("continued", "continue"),
        ("took", "take"),
        ("met", "meet"),
        ("held", "hold"),
        ("withdrew", "withdraw"),
        ("seized", "seize"),
        ("evacuated", "evacuate"),
        ("boycotted", "boycott"),
        ("cancelled", "cancel"),
        ("targeted", "target"),
        ("vetoed", "veto"),
    ],
)
def test_past_to_base(past: str, base: str) -> None:
    assert is_past(past)
    assert past_to_base(past) == base


def test_present_agrees_with_the_subject() -> None:
    assert [present(verb, False) for verb in ("take", "discuss", "carry", "say", "be", "have")] == [
        "takes",
        "discusses",
        "carries",
        "says",
        "is",
        "has",
    ]
    assert [present(verb, True) for verb in ("take", "be", "have")] == ["take", "are", "have"]
    assert [present(verb, False) for verb in ("veto", "go", "fix", "boycott")] == [
        "vetoes",
        "goes",
        "fixes",
        "boycotts",
    ]


def test_words_that_only_look_past_are_not() -> None:
    assert not any(is_past(word) for word in ("need", "speed", "red", "based", "limited", "bed"))


def test_adjectives_in_ed_are_no_pasts() -> None:
    """Words the lexicon knows only as adjectives end in -ed and are no verbs;
    those it knows as verbs too stay pasts."""
    assert not any(is_past(word) for word in ("unchanged", "unharmed", "unprecedented", "talented"))
    assert all(is_past(word) for word in ("unveiled", "unlocked", "injured", "killed"))
