"""What kind of statement a sentence makes."""

from __future__ import annotations

import pytest

from timeline.events.cues import Cues, tags_for
from timeline.events.sentence import annotate, grammar, main_tense


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("The ministers met in Oslo", "past"),
        ("Acme has unveiled a turbine", "past"),
        ("The turbine has two blades", "present"),
        ("The plant was closed", "past"),
        ("The council will meet again", "future"),
        ("The plan is scheduled for June", "present"),
        ("Officials say that prices rose", None),
    ],
)
def test_main_tense(clause: str, tense: str | None) -> None:
    assert main_tense(clause.split(), grammar()) == tense


def test_the_attribution_does_not_make_a_state_an_event() -> None:
    sentence = "The plan has three parts, the minister said."
    assert not Cues(sentence, annotate(sentence)).eventive
    assert Cues("The ministers signed the plan.").eventive


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The council expects to adopt a plan.", "future"),
        ("The summit is scheduled for June.", "future"),
        ("In her opinion, cooperation should deepen.", "opinion"),
        ("It seems the talks will fail.", "opinion"),
        ("Spending grew by 12% to €4 billion.", "statistic"),
        ('—We will never give up," he said.', "speech"),
        ("``It was a bomb,'' he said.", "speech"),
        ("Will the talks resume?", "question"),
    ],
)
def test_kinds_of_statement(sentence: str, kind: str) -> None:
    assert getattr(Cues(sentence), kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thieves stole a $2.5 million necklace from the hotel.",
        "The carmaker lost $4.8 billion in the fourth quarter.",
        "The club was fined £1.2m for the breach.",
        "Robbers made off with 2 million euros in gems.",
    ],
)
def test_a_sum_of_money_is_no_statistic(sentence: str) -> None:
    assert not Cues(sentence).statistic


def test_a_count_beside_a_sum_of_money_is_one() -> None:
    assert Cues("The firm sold 13.7 million phones, worth US$22 billion.").statistic


def test_tags_from_topic_words() -> None:
    assert tags_for("Envoys held peace talks after the missile strike.") == [
        "diplomacy",
        "defence",
        "conflict",
    ]
    assert tags_for("The warning about apples was warm.") == []


def test_negation_and_descriptions_are_told_apart_from_events() -> None:
    assert Cues("He did not say when talks resume.").negated
    assert not Cues("Critics said that Apple had not acted.").negated
    assert Cues("The meeting was the third round.").state
    assert Cues("She was also present.").state
    assert not Cues("The package was adopted in May.").state
    assert Cues("Officials described the atmosphere as calm.").opinion
    assert not Cues("Envoys said they were ready.").state
    assert Cues("Latvia has raised objections.").perfect
    assert not Cues("Latvia raised objections.").perfect


def test_how_things_stand_is_no_event() -> None:
    assert Cues("The coach lived in a small flat above the gym.").state
    assert not Cues("There appeared to be no damage to the pier.").eventive
    assert not Cues("The coach moved to a small flat above the gym.").state


def test_what_is_no_event_by_its_words() -> None:
    # Negating subjects: nothing happened.
    assert Cues("Neither firm commented on the outage.").negated
    assert Cues("None of the witnesses wanted to be named.").negated
    # What is reported only describes: a view or a description, not an event.
    assert Cues("Police said the motive was unknown.").described
    assert Cues("The firm said the pilots were not used to the route.").described
    assert not Cues("Police said the man was charged.").described
    # A past in progress is the background to what happened.
    assert Cues("The ranger was searching the woods when the storm hit.").state
    assert not Cues("The ranger searched the woods.").state
    # Rates and what can be done are no events.
    assert Cues("About one out of every 50 buyers returned the kettle.").statistic
    assert not Cues("Forty hours of audio can be stored on the card.").eventive


@pytest.mark.parametrize(
    "line",
    [
        "March 4: The port authority closes the northern terminal.",
        "March 9 - Dockers vote to end their strike.",
        "2024: The company opens its first plant abroad.",
    ],
)
def test_a_chronology_line_in_the_present_tells_an_event(line: str) -> None:
    date = line.split(":")[0] if ":" in line else line.split(" - ")[0]
    cues = Cues(line, annotate(line, ((0, len(date)),)))
    assert cues.eventive


def test_a_present_that_opens_with_no_date_is_no_chronology() -> None:
    line = "The port authority closes the northern terminal on March 4."
    start = line.index("March")
    assert not Cues(line, annotate(line, ((start, len(line) - 1),))).eventive
