"""What an editor is shown by default (confidence 0.5 and up) is events:
a chronology's introduction is none, and reported states, views, a present
that describes and past-perfect background sink below 0.5, while the
events told beside them stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.events.conftest import extract
from timeline.events.extract import SHOWN_CONFIDENCE

# A dated event first, so that what follows takes its day, as in an article.
LEAD = "Acme unveiled its folding tablet in Berlin on Monday. "


def confidence(sentence: str) -> float:
    events = [e for e in extract(LEAD + sentence) if "Berlin" not in e.title]
    assert len(events) == 1, [e.title for e in events]
    return events[0].confidence or 0.0


def test_the_introduction_of_a_chronology_is_no_event() -> None:
    events = extract(LEAD + "Here is how the launch unfolded over the summer.")
    assert [event.title for event in events] == ["Acme unveils its folding tablet in Berlin"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a present in -s describes how things are
        "The new tablet uses a folding screen and weighs 300 grams.",
        "The shop currently sells the tablet in three colours.",
        # the past perfect tells the background
        "The firm had delayed the launch twice.",
        # what is reported only describes: a copula, "there was"
        "Police said the man arrested was a 40-year-old roofer from Leeds.",
        "The coroner said there was no sign of a struggle.",
        "Officials told the BBC one of the climbers was French.",
        # views
        'The mayor called the plan "a disgrace".',
        "Halvorsen insisted the delays had nothing to do with the strike.",
        "Lawyers estimated the appeal will take two years.",
    ],
)
def test_states_views_and_background_sink_below_what_is_shown(sentence: str) -> None:
    assert confidence(sentence) < SHOWN_CONFIDENCE


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the man was arrested at his home.",
        "Peace talks ended without an agreement.",
        "Foreign ministers of the two countries met in Oslo.",
        "Thieves stole an estimated forty paintings from the gallery.",
        "Thieves stole a $2.5 million necklace from the hotel.",
    ],
)
def test_events_beside_them_stay_shown(sentence: str) -> None:
    assert confidence(sentence) >= SHOWN_CONFIDENCE
