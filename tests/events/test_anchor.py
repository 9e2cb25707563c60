"""Which date each sentence's event is anchored to, and how."""

from __future__ import annotations

import datetime as dt

from tests.events.conftest import document, extract
from timeline.events.anchor import Anchor, anchor_sentences
from timeline.events.sentence import annotate_sentences
from timeline.temporal import tag


def anchors(text: str, published: dt.date | None = dt.date(2026, 3, 5)) -> list[list[Anchor]]:
    doc = document(text, published)
    timexes = tag(doc.text, published)
    spans = sorted((t.start, t.end) for t in timexes if t.type in ("DATE", "TIME"))
    annotations = annotate_sentences(doc.text, doc.sentences, spans)
    return anchor_sentences(doc.text, doc.sentences, timexes, published, annotations)


def dates(text: str, **kwargs: object) -> list[list[tuple[str, str]]]:
    return [[(a.date, a.how) for a in found] for found in anchors(text, **kwargs)]  # type: ignore[arg-type]


def test_a_date_in_the_sentence_wins() -> None:
    assert dates("Ministers met in Oslo on March 3. Talks ended on March 4.") == [
        [("2026-03-03", "sentence")],
        [("2026-03-04", "sentence")],
    ]


def test_prior_to_that_puts_the_event_before_the_one_just_told() -> None:
    assert dates("Talks took place on March 2-3 in Oslo. Prior to that, envoys met in Riga.") == [
        [("2026-03-02/2026-03-03", "sentence")],
        [("../2026-03-02", "before")],
    ]
    assert dates("Talks took place on March 2. Later, the envoys flew home.")[1] == [
        ("2026-03-02/..", "after"),
    ]


def test_open_dates_lend_their_known_end() -> None:
    text = "The plant has run since 2004. Later, it was sold."
    assert dates(text)[1] == [("2004/..", "after")]


def test_since_its_launch_starts_from_the_launch() -> None:
    text = "Acme launched the turbine on March 3, 2020. Since its launch, it has sold well."
    assert dates(text)[1] == [("2020-03-03/..", "after")]


def test_an_event_named_again_lends_its_date() -> None:
    text = (
        "Ministers met in Oslo on March 3. The weather was cold. Prices rose in 2025. "
        "Just before the meeting in Oslo, Norway sent a proposal."
    )
    assert dates(text)[3] == [("../2026-03-03", "before")]


def test_a_recent_day_frames_the_story_but_a_year_does_not() -> None:
    text = (
        "Ministers met in Oslo on March 3. They signed a declaration. "
        "The alliance was founded in 1990. It expanded twice."
    )
    assert dates(text) == [
        [("2026-03-03", "sentence")],
        [("2026-03-03", "context")],
        [("1990", "sentence")],
        [("2026-03-03", "context")],
    ]


def test_a_flashback_does_not_move_the_story() -> None:
    text = (
        "Envoys ended two days of talks in Oslo on March 3. The previous round took place in "
        "Riga on February 20. Swiss diplomats said they were ready to host the next one."
    )
    assert dates(text)[2] == [("2026-03-03", "context")]


def test_a_sentence_in_the_present_is_dated_at_publication() -> None:
    found = anchors("Ministers met in Oslo on March 3. The plan has three parts.")
    assert [(a.date, a.how) for a in found[1]] == [("2026-03-05", "published")]


def test_without_any_date_nothing_is_invented() -> None:
    assert dates("The ministers signed a declaration.", published=None) == [[]]


def test_a_date_in_an_attribution_counts_only_when_the_main_clause_has_none() -> None:
    text = "Sales passed a record in February, according to figures released on April 3."
    assert dates(text) == [[("2026-02", "sentence")]]
    text = "Sales passed a record, according to figures released on April 3."
    assert dates(text) == [[("2026-04-03", "sentence")]]


def test_each_dated_clause_is_its_own_event() -> None:
    found = anchors("Acme was founded in 1990 and opened its first plant in 1995.")[0]
    assert [(a.date, a.how) for a in found] == [("1990", "sentence"), ("1995", "sentence")]
    assert found[0].clause != found[1].clause


def test_what_a_reporting_verb_reports_is_dated_apart_from_the_report() -> None:
    text = "Ministers met on March 3. The envoy said that the group would meet again on April 14."
    assert dates(text)[1] == [("2026-03-03", "context"), ("2026-04-14", "reported")]


def test_a_reaction_takes_the_story_news_not_the_date_just_before() -> None:
    text = (
        "Parliament passed the budget on March 4. The vote came after the finance committee "
        "dropped its veto on March 2. The new rates apply from April 1. "
        "The opposition leader criticised the vote and called for a referendum."
    )
    assert dates(text)[3] == [("2026-03-04", "context")]


def test_a_pronoun_or_also_goes_on_with_the_sentence_before() -> None:
    text = (
        "Envoys met in Oslo on March 4. The mediators had arrived on March 2. "
        "They toured the harbour. The minister also visited a school."
    )
    assert dates(text)[2:] == [[("2026-03-02", "context")], [("2026-03-02", "context")]]


def test_today_does_not_move_the_story() -> None:
    text = "The firm showed a phone on Tuesday. Its chief said today that sales grew. Rivals fell."
    assert dates(text, published=dt.date(2026, 3, 5))[2] == [("2026-03-03", "context")]


def test_a_date_that_qualifies_a_noun_yields_to_the_date_of_the_verb() -> None:
    text = "The city budget for 2027 passed a record, the council said on March 3."
    assert dates(text) == [[("2026-03-03", "sentence")]]
    assert dates("Critics praised this week's summit.") == [[("2026-03-02/2026-03-08", "sentence")]]
    assert dates("The vote is scheduled for March 9.") == [[("2026-03-09", "sentence")]]
    text = "The trawlers broke the 1998 quota agreement on Tuesday."
    assert dates(text) == [[("2026-03-03", "sentence")]]
    # Alone, such a date still dates its sentence: "won the 2022 regatta".
    assert dates("The Brindle crew won the 2022 regatta.") == [[("2022", "sentence")]]


def test_a_date_that_names_a_thing_is_not_the_date_of_what_is_reported() -> None:
    """The claim is the news; the agreement, the car and the deadline are
    things the date names, not when what is claimed happened."""
    for text in (
        "The fishermen's union claims that the port authority broke the 1998 agreement.",
        "Police said the driver was stopped while speeding in his 2019 sedan.",
        "The ministry said the contractor had missed the March 14 deadline.",
    ):
        assert dates(text) == [[("2026-03-05", "published")]], text
    # A date for which something is planned still dates it.
    text = "Union leaders said they had called a strike for March 9."
    assert dates(text) == [[("2026-03-05", "published"), ("2026-03-09", "reported")]]


def test_a_point_of_comparison_does_not_date_the_clause() -> None:
    # Published 5 March 2026: the record is today's news, not 1998's.
    assert dates("Harbour traffic reached its highest level since 1998.") == [
        [("2026-03-05", "published")]
    ]
    assert dates("Exports were up from 2019 levels, the ministry says.") == [
        [("2026-03-05", "published")]
    ]
    # A figure between the word and its "from" compares as well.
    text = "The harbour board posted a profit for 2025, down 40% from 2024."
    assert dates(text) == [[("2025", "sentence")]]
    text = "Container traffic rose 3.5 percent from 2019, the port says."
    assert dates(text) == [[("2026-03-05", "published")]]
    # A plain "since" dates the start of a state.
    assert dates("The old mill has stood empty since 2004.") == [[("2004/..", "sentence")]]


def test_a_result_reported_for_a_quarter_is_one_event_of_that_quarter() -> None:
    """ "reported a loss" has an object, not a clause: the participle after
    the comma is no verb of something reported."""
    text = (
        "The ferry line reported a loss in the fourth quarter, "
        "compared with a profit a year earlier."
    )
    assert dates(text) == [[("2025-10/2025-12", "sentence")]]


def test_a_time_phrase_between_a_reporting_verb_and_its_that() -> None:
    text = "The ferry operator said on Tuesday that its bookings fell sharply in January."
    assert dates(text) == [[("2026-03-03", "sentence"), ("2026-01", "reported")]]


def test_earlier_in_the_day_takes_the_day_in_focus() -> None:
    text = (
        "Rescuers reached the stranded hikers on March 1. "
        "A guide had raised the alarm earlier in the day from the summit hut."
    )
    assert dates(text)[1] == [("2026-03-01", "same")]


def test_earlier_in_the_day_opening_a_sentence_is_that_day_not_before_it() -> None:
    text = (
        "The storm reached the coast on Friday. "
        "Earlier in the day, the harbour master closed the port. "
        "Later in the day, the old pier collapsed."
    )
    assert dates(text, published=dt.date(2026, 3, 9))[1:] == [
        [("2026-03-06", "same")],
        [("2026-03-06", "same")],
    ]


def test_a_clause_of_a_sentence_is_pointed_back_to_by_its_own_words() -> None:
    """Two dated clauses: "the medical leave" is the second's, not the first's."""
    text = (
        "The founder has fought cancer since 2004 and has been on medical leave since January. "
        "His deputy has run the firm since the beginning of the medical leave."
    )
    assert dates(text, published=dt.date(2026, 8, 25))[1] == [("2026-01/..", "after")]


def test_a_weekday_in_what_was_reported_counts_from_the_day_of_the_saying() -> None:
    """Published on Saturday March 14: said on Monday March 9."""
    saturday = dt.date(2026, 3, 14)
    ahead = "Officials said last Monday that the new bridge would open on Thursday."
    assert dates(ahead, published=saturday) == [
        [("2026-03-09", "sentence"), ("2026-03-12", "reported")]
    ]
    before = "Officials said last Monday that the two firms had met on Thursday."
    assert dates(before, published=saturday) == [
        [("2026-03-09", "sentence"), ("2026-03-05", "reported")]
    ]


def test_a_loss_reported_on_tuesday_is_dated_tuesday() -> None:
    text = "The carmaker reported its biggest quarterly loss since 1992 on Tuesday."
    assert dates(text) == [[("2026-03-03", "sentence")]]


def test_a_weekday_told_in_the_past_is_before_publication_though_a_future_follows() -> None:
    """Published on Friday May 3: "is to be" does not make Thursday the next one."""
    text = (
        "The actress checked into a clinic in Rancho Mirage, Calif., on Thursday night, "
        "for what is to be a three-month stay, her spokesman confirms."
    )
    assert dates(text, published=dt.date(2013, 5, 3)) == [[("2013-05-02", "sentence")]]
    ahead = "The minister will visit Oslo on Thursday."
    assert dates(ahead, published=dt.date(2013, 5, 3)) == [[("2013-05-09", "sentence")]]


def test_what_a_source_tells_the_newsroom_is_dated_as_the_story_is_written() -> None:
    # Tuesday frames the story told in the past; the call the paper made, and
    # what a source told its correspondent, happen as the story is written.
    events = extract(
        "Two barges collided on the Valtera canal on Tuesday. "
        "The harbour master did not return a call seeking comment. "
        "Both crews were rescued by a passing tugboat, they told our correspondent. "
        "The barge owners declined to comment on the cause of the collision."
    )
    dates = {event.title.split()[0]: event.date for event in events}
    assert dates["Two"] == "2026-03-03"
    assert dates["Harbour"] == "2026-03-05"
    assert dates["Both"] == "2026-03-05"
    assert dates["Barge"] == "2026-03-05"


def test_a_past_main_clause_without_a_date_takes_that_of_its_own_relative_clause() -> None:
    """Published Thursday 5 March 2026."""
    text = "The storm, which hit the Brindle coast last week, killed 12 people."
    week = "2026-02-23/2026-03-01"
    assert dates(text) == [[(week, "sentence"), (week, "relative")]]
    text = "He was serving a life sentence after being convicted in June 1998 of fraud."
    assert dates(text) == [[("1998-06", "sentence"), ("1998-06", "relative")]]
    # The story's day, years after the clause's, does not date it either.
    text = (
        "The inmate escaped from a prison van on Monday. "
        "He was serving a life sentence after being convicted in June 1998 of fraud."
    )
    assert dates(text)[1][0] == ("1998-06", "sentence")
    # "after" a day close to the story's: the story's day (the approval on Wednesday).
    text = (
        "The ministers approved the budget on March 4. "
        "The approval came after Latvia dropped its veto on Monday."
    )
    assert dates(text)[1][0] == ("2026-03-04", "context")
    text = "The fire that destroyed the old mill on Tuesday took a piece of the town with it."
    assert dates(text)[0][0] == ("2026-03-03", "sentence")


def test_a_saying_or_a_present_is_not_dated_by_its_relative_clause() -> None:
    text = "The mayor, who took office in January, said the bridge would reopen."
    assert dates(text)[0][0] == ("2026-03-05", "published")
    text = "Harbour guides suggest waiting for the new ferry, which is expected in late May."
    assert dates(text)[0][0] == ("2026-03-05", "published")


def test_two_times_a_clause_joins_by_and_are_two_events() -> None:
    """ "appeared in March and June": once in each month, not March alone."""
    events = extract(
        "The mayor of Brindle briefly appeared in public in March and June.",
        dt.date(2011, 8, 25),
    )
    assert sorted(str(event.date) for event in events) == ["2011-03", "2011-06"]
    events = extract(
        "The mayor of Brindle appeared in public in March and June and again in July.",
        dt.date(2011, 8, 25),
    )
    assert sorted(str(event.date) for event in events) == ["2011-03", "2011-06", "2011-07"]


def test_a_range_between_two_days_stays_one_event() -> None:
    events = extract(
        "The talks were held in Brindle between May 13 and May 15.", dt.date(2011, 8, 25)
    )
    assert [str(event.date) for event in events] == ["2011-05-13/2011-05-15"]
