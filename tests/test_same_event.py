"""The same-event rule and its index: which titles tell one event, and the
index finding what comparing with every event of the day would."""

from __future__ import annotations

import random

import pytest

from tests.store.conftest import proposal
from timeline import same_event
from timeline.model import Event, Source
from timeline.same_event import EventIndex, Quote, common_subsequence, content_words, same_title


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("E5 defence ministers meet in Krakow", "Defence ministers of the E5 met in Krakow", True),
        ("E5 ministers meet in Kraków", "Defence ministers of the E5 met in Krakow", True),
        ("Putin meets Security Council", "Security Council hears Putin", True),
        ("Talks resume in Geneva", "Negotiations resume in Geneva", True),
        ("Ministers meet in Krakow", "Ministers meet in Geneva", False),
        ("Ministers meet in Krakow", "Putin briefs the Security Council", False),
        ("Mikhail Fedorov joins by video link", "Mikhail Fedorov proposes a clear plan", False),
        ("U.S. Trust faces competition", "U.S. Trust's earnings hurt", False),
        (
            "Envoy of Saddam Hussein meets Bush",
            "If allies win, Saddam Hussein will plunge into war",
            False,
        ),
        (
            "Sales rise to $52.4 million from $50.1 million",
            "Cilcorp to buy 1.4 million shares",
            False,
        ),
        ("Defence chiefs Kallas and Pistorius meet", "Germany's Pistorius hosts Kallas", True),
    ],
)
def testsame_title(left: str, right: str, same: bool) -> None:
    assert same_title(left, right) is same
    assert same_title(right, left) is same


# Days, overlapping intervals, a month, and an interval too long to file by day.
DATES = ["2026-02-20", "2026-02-21", "2026-02-20/2026-02-22", "2026-02", "2026-01-01/2026-06-30"]


@pytest.mark.parametrize("kept", [same_event._KEPT_TELLINGS, 3])
def test_the_word_index_finds_what_comparing_with_every_event_finds(
    kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filing by day and prefix filtering only skip events that cannot
    match: the index gives the same answer as trying every event in turn,
    also when what it compares is worked out again for most events (3 kept)."""
    monkeypatch.setattr(same_event, "_KEPT_TELLINGS", kept)
    rng = random.Random(7)
    words = "Krakow Geneva Putin Kallas E5 NATO ministers meet talks sanctions end vote".split()
    words += "U.S. Trust Hong Kong $52.4 million council briefs plan signs".split()
    words += "budget strike court election border airport bank union protest Riga".split()

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(2, 7)))

    def event(number: int) -> Event:
        title = sentence()
        return proposal(
            rng.choice(DATES),
            title,
            article=f"articles/{rng.randint(0, 3)}.md",
            quote=rng.choice([title, sentence()]) + ".",
            places=rng.sample(["Krakow", "Geneva", "Hong Kong"], rng.randint(0, 2)),
        )

    existing = [event(number) for number in range(150)]
    indexed, every = EventIndex(existing), EventIndex(existing)
    every._candidates = lambda telling: set(range(len(every.events)))  # type: ignore[method-assign]
    found = []
    for proposed in [event(number) for number in range(300)]:
        match = indexed.match(proposed)
        assert match is every.match(proposed)
        found.append(match)
        if match is None:  # then a telling of this run, which the rule treats apart
            indexed.add(proposed)
            every.add(proposed)
    assert 30 < sum(event is not None for event in found) < 270  # both outcomes are tried


def test_a_sentence_that_joined_an_event_finds_it_again() -> None:
    """A reprint of a sentence the event was given after the index was
    built finds that event, though the titles share no word."""
    known = proposal("2026-02-20", "Ministers meet in Krakow", quote="Ministers met in Krakow.")
    index = EventIndex([known])
    assert index.match(proposal("2026-02-20", "Dockers walk out at harbour")) is None
    told = "The harbour cranes stood still all day long as dockers walked out."
    known.sources.append(Source("articles/two.md", told))
    index.add_sources(known, 1)
    reprint = told.replace("as dockers", "as the dockers")
    proposed = proposal(
        "2026-02-20", "Dockers walk out at harbour", article="articles/three.md", quote=reprint
    )
    assert index.match(proposed) is known


@pytest.mark.parametrize(
    ("known", "told", "same"),
    [
        # shared words outweighed by different places: two events
        ("The last great flood swept through Dresden", "The last great flood swept Lyon", False),
        ("A strong earthquake shook Valparaiso", "A strong earthquake shook Izmir", False),
        # a retelling that names one place more is still the same event
        ("Voters reject the pension reform", "Voters reject the pension reform in Bern", True),
        ("Dock workers end the strike at Rotterdam", "The dock strike at Rotterdam ends", True),
        # an initialism and the name it stands for are one name
        (
            "UN envoys block the coastal road in Suez",
            "United Nations envoys block coastal road",
            True,
        ),
        ("EU leaders meet in Brussels", "European Union leaders meet in Brussels", True),
        ("UN envoy visits Kabul", "US envoy visits Kabul", False),
        ("United States envoy visits Kabul", "UN envoy visits Kabul", False),
    ],
)
def test_retold_words_join_two_articles_only_when_no_other_place_is_named(
    known: str, told: str, same: bool
) -> None:
    """Across articles, sharing most words is a retelling, unless each title
    names a place (or body, or person) the other never mentions."""
    index = EventIndex([proposal("1998", known, article="articles/one.md", quote=f"{known}.")])
    found = index.match(proposal("1998", told, article="articles/two.md", quote=f"{told}."))
    assert (found is not None) is same


def test_content_words_meet_across_tenses_and_the_ing_form() -> None:
    """One "same words" rule: anchoring finds "the meeting" in "met", and
    the merge sees a retelling in another tense."""
    told = content_words("The ministers met in Oslo")
    assert {"meet", "oslo"} <= told & content_words("just before the meeting in Oslo")
    assert content_words("Ministers signed the plans") == content_words("ministers signing plans")


def _longest_common_subsequence(left: str, right: str) -> int:
    """The textbook dynamic programme, row by row."""
    previous = [0] * (len(right) + 1)
    for char in left:
        row = [0]
        for index, other in enumerate(right):
            row.append(
                previous[index] + 1 if char == other else max(previous[index + 1], row[index])
            )
        previous = row
    return previous[-1]


def test_common_subsequence_is_the_longest_one() -> None:
    rng = random.Random(3)
    for _ in range(300):
        left = "".join(rng.choice("abcé ") for _ in range(rng.randint(0, 90)))
        right = "".join(rng.choice("abcdé ") for _ in range(rng.randint(0, 90)))
        assert common_subsequence(left, right) == _longest_common_subsequence(left, right)


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        # a reprinted wire story, give or take a word
        (
            "The finance minister approved a budget of 12 billion on Monday.",
            "The finance minister approved a budget of 12 billion euros on Monday.",
            True,
        ),
        # half the words shared, the rest another statement
        (
            "Inflation has stayed above 4 percent, and the currency has lost ground.",
            "Inflation has stayed above 4 percent, and hospitals report long waits.",
            False,
        ),
    ],
)
def test_a_reprinted_sentence_is_the_same_quote(left: str, right: str, same: bool) -> None:
    assert Quote.of(left).same(Quote.of(right)) is same
    assert Quote.of(right).same(Quote.of(left)) is same
