"""Headlines in the style of a timeline entry."""

from __future__ import annotations

import pytest

from timeline.events.sentence import annotate
from timeline.events.title import _DANGLING, MAX_TITLE, make_title


def title(text: str, dates: tuple[str, ...] = (), subject: str | None = None) -> str:
    spans = [(text.index(date), text.index(date) + len(date)) for date in dates]
    return make_title(annotate(text, spans), subject)


@pytest.mark.parametrize(
    ("sentence", "dates", "subject", "expected"),
    [
        (
            "On March 3, the foreign ministers of the Nordic countries met in Oslo.",
            ("March 3",),
            None,
            "Foreign ministers of Nordic countries meet in Oslo",
        ),
        (
            "On March 3, she took part in a summit of energy ministers in Oslo.",
            ("March 3",),
            "Anna Virtanen",
            "Anna Virtanen takes part in summit of energy ministers in Oslo",
        ),
        (
            "The latest round of talks between Oslo, Helsinki and Riga took place on March 2-3 "
            "in Tallinn.",
            ("March 2-3",),
            None,
            "Talks between Oslo, Helsinki and Riga take place in Tallinn",
        ),
        (
            "The plant was renamed Nordic Power in 2006, as the company began selling gas.",
            ("2006",),
            None,
            "Plant renamed Nordic Power",
        ),
        (
            "Acme has unveiled a new turbine at the fair in Hanover, its chief executive said.",
            (),
            None,
            "Acme unveils new turbine at fair in Hanover",
        ),
        (
            "The council will adopt a common grid plan on March 20.",
            ("March 20",),
            None,
            "Council to adopt common grid plan",
        ),
        (
            "Anna Virtanen, the Finnish foreign minister, said that the group had agreed a plan.",
            (),
            None,
            "Anna Virtanen says group had agreed plan",
        ),
        (
            "Polish Defence Minister Jan Kowalski noted that the initiative dates from the time "
            "of the Cold War.",
            (),
            None,
            "Jan Kowalski notes initiative dates from time of Cold War",
        ),
        (
            "The head of the council, Anna Virtanen, is visiting Oslo.",
            (),
            None,
            "Anna Virtanen is visiting Oslo",
        ),
        (
            "On March 3, Ivan Petrov discussed with members of the Security Council the results "
            "of the talks in Tallinn.",
            ("March 3",),
            None,
            "Ivan Petrov discusses with Security Council results of talks in Tallinn",
        ),
        (
            "According to the Nordic Council, spending on energy grew by 12% in 2025.",
            ("2025",),
            None,
            "Spending on energy grows by 12%",
        ),
        (
            '—The plan is ready," the minister told reporters.',
            (),
            None,
            "Plan is ready",
        ),
        (
            "OSLO (Reuters) - Norway's parliament approved the grid plan on Tuesday.",
            ("Tuesday",),
            None,
            "Norway's parliament approves grid plan",
        ),
        (
            "RIGA, Latvia (AP) _ Envoys met at the old town hall.",
            (),
            None,
            "Envoys meet at old town hall",
        ),
        (
            "Orders for the recently unveiled turbine began on Tuesday, overwhelming the plant.",
            ("Tuesday",),
            None,
            "Orders for recently unveiled turbine begin, overwhelming plant",
        ),
        (
            "Yesterday, at this year's energy fair, Acme managed to sell its stock.",
            ("Yesterday", "this year"),
            None,
            "Acme manages to sell its stock",
        ),
        (
            "There are 40 turbines at the plant.",
            (),
            None,
            "There are 40 turbines at plant",
        ),
        ("A closing date hasn't been set.", (), None, "Closing date hasn't been set"),
        (
            "Turbines sold in Norway already have a longer warranty.",
            (),
            None,
            "Turbines sold in Norway have longer warranty",
        ),
        ("I have asked the council to vote.", (), None, "I ask council to vote"),
        ("The men appeared in court in Riga.", (), None, "Men appear in court in Riga"),
        (
            "Actually, two years ago, the council listed the plan among its goals.",
            ("two years ago",),
            None,
            "Council lists plan among its goals",
        ),
        (
            "The summit, held on March 2-3 at a lakeside hotel, was the third since 2020.",
            ("March 2-3", "2020"),
            None,
            "Summit is third since 2020",
        ),
        (
            "The ministers signed a pact, discussed drones, and visited the plant.",
            (),
            None,
            "Ministers sign pact, discuss drones, and visit plant",
        ),
        (
            "Spokesman Ivan Petrov told reporters that Moscow expects the talks to continue.",
            (),
            None,
            "Spokesman Ivan Petrov says Moscow expects talks to continue",
        ),
        (
            "Rather than recall the turbines, Acme said on Friday that it would repair them.",
            ("Friday",),
            None,
            "Acme says it would repair them",
        ),
        (
            "Other makers, including Vestas and Siemens, did not comment.",
            (),
            None,
            "Other makers did not comment",
        ),
        (
            "iOS will support the new grid service.",
            (),
            None,
            "iOS to support new grid service",
        ),
        (
            "Their figures showed that as of January, Acme held 19 percent of the market.",
            ("January",),
            None,
            "Their figures show Acme held 19 percent of market",
        ),
    ],
)
def test_headlines(
    sentence: str, dates: tuple[str, ...], subject: str | None, expected: str
) -> None:
    assert title(sentence, dates, subject) == expected


def test_long_headlines_are_cut_at_a_phrase_never_on_a_dangling_word() -> None:
    sentence = (
        "The foreign ministers of the five Nordic and three Baltic countries signed a joint "
        "declaration on the security of undersea cables and pipelines in the region of the "
        "Baltic Sea on Tuesday."
    )
    headline = title(sentence, ("Tuesday",))
    assert len(headline) <= MAX_TITLE
    assert headline.split()[-1].lower() not in _DANGLING
    assert headline.startswith("Foreign ministers of five Nordic and three Baltic countries sign")


def test_what_is_reported_makes_the_headline_of_the_reported_event() -> None:
    text = "Anna Virtanen said that the group would meet again in Reykjavik on April 14."
    start = text.index("April 14")
    assert make_title(annotate(text, [(start, start + 8)]), reported=True) == (
        "Group to meet again in Reykjavik"
    )


def test_the_subject_of_a_sentence_stands_in_for_a_pronoun_after_it() -> None:
    assert (
        annotate("The head of the council, Anna Virtanen, is in Oslo.").subject(["Anna Virtanen"])
        == "Anna Virtanen"
    )
    assert annotate("The ministers signed a plan.").subject([]) == "The ministers"
    assert title("They also discussed the grid.", (), "The ministers") == "Ministers discuss grid"


def test_coordinated_verbs_share_the_headline_present() -> None:
    assert title("The mayor welcomed the plan and called on the region to pay.") == (
        "Mayor welcomes plan and calls on region to pay"
    )
    assert title("The dealer sold new and used cars.") == "Dealer sells new and used cars"


def test_members_of_goes_unless_an_adjective_qualifies_it() -> None:
    assert title("The king met members of the Security Council.") == ("King meets Security Council")
    assert title("The king met permanent members of the Security Council.") == (
        "King meets permanent members of Security Council"
    )


def test_a_list_is_not_cut_short() -> None:
    headline = title(
        "The talks in Oslo on March 17 brought together the delegations from Estonia, "
        "Latvia and the Republic of Lithuania.",
        ("March 17",),
    )
    assert headline == (
        "Talks in Oslo bring together delegations from Estonia, Latvia and Republic of Lithuania"
    )
