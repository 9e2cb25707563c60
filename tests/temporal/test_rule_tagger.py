"""The tagger on sentences written for each phenomenon."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import Timex, tag

PUBLISHED = dt.date(2026, 2, 21)  # a Saturday


def spans(text: str, published: dt.date | None = PUBLISHED, lang: str = "en") -> dict[str, Timex]:
    found = tag(text, published, lang)
    for span in found:
        assert text[span.start : span.end] == span.text
    return {span.text: span for span in found}


def test_month_day_tense_decides_the_year() -> None:
    future = spans("On February 24, the council expects to adopt the package.")
    assert future["February 24"].value == "2026-02-24"
    past = spans("The talks took place on December 28 in Geneva.")
    assert past["December 28"].value == "2025-12-28"
    assert past["December 28"].relative


def test_ranges_and_lists() -> None:
    found = spans("Talks were held on 17–18 February and again from 2019 to 2021.")
    assert found["17–18 February"].edtf == "2026-02-17/2026-02-18"
    # Ranges in words are two TimeML expressions, both carrying the range.
    assert (found["2019"].value, found["2019"].edtf) == ("2019", "2019/2021")
    assert (found["2021"].value, found["2021"].edtf) == ("2021", "2019/2021")
    between = spans("The vote is scheduled between 3 and 5 March.")
    assert between["3"].edtf == between["5 March"].edtf == "2026-03-03/2026-03-05"
    runs = spans("The fair runs from 28 February to 2 March and from March 10 to 12.")
    assert runs["28 February"].edtf == runs["2 March"].edtf == "2026-02-28/2026-03-02"
    assert runs["March 10"].edtf == runs["12"].edtf == "2026-03-10/2026-03-12"
    listed = spans("Strikes are planned on March 3 and 5.")
    assert listed["March 3"].value == "2026-03-03"
    assert listed["5"].value == "2026-03-05"


def test_relative_to_publication_date() -> None:
    found = spans(
        "Yesterday the minister said prices rose last week, two days ago and next month; "
        "on Tuesday he met the unions, and earlier this year he warned them."
    )
    assert found["Yesterday"].value == "2026-02-20"
    assert found["last week"].value == "2026-W07"
    assert found["last week"].edtf == "2026-02-09/2026-02-15"
    assert found["two days ago"].value == "2026-02-19"
    assert found["next month"].value == "2026-03"
    assert found["Tuesday"].value == "2026-02-17"
    assert found["earlier this year"].value == "2026"
    assert all(s.relative for s in found.values())


def test_relative_to_the_date_last_mentioned() -> None:
    found = tag("The summit opened on March 3, 2025. A day later the talks failed.", PUBLISHED)
    assert [s.value for s in found] == ["2025-03-03", "2025-03-04"]
    same = tag("Protests began on May 1, 2024 and the police moved in the same day.", PUBLISHED)
    assert same[-1].text == "the same day" and same[-1].value == "2024-05-01"
    month = tag("In October 1998 the site went down; it was closed that same day.", PUBLISHED)
    assert (month[-1].value, month[-1].edtf) == ("1998-10-XX", "1998-10")  # a day of that month


def test_types_and_values() -> None:
    found = spans(
        "The strike lasted three days in the third quarter of 2025 and the 1990s; "
        "meetings are held weekly, results come at 2 p.m. Friday, in summer 2024 "
        "and in the week of now."
    )
    assert (found["three days"].type, found["three days"].value) == ("DURATION", "P3D")
    assert found["three days"].edtf is None
    assert found["the third quarter of 2025"].value == "2025-Q3"
    assert found["the third quarter of 2025"].edtf == "2025-07/2025-09"
    assert found["the 1990s"].value == "199"
    assert (found["weekly"].type, found["weekly"].value) == ("SET", "P1W")
    assert found["2 p.m. Friday"].type == "TIME"
    assert found["2 p.m. Friday"].edtf == found["2 p.m. Friday"].value[:10]
    assert found["summer 2024"].value == "2024-SU"
    assert found["now"].value == "PRESENT_REF" and found["now"].edtf is None


@pytest.mark.parametrize(
    "text",
    [
        "We have never initiated a confrontation.",
        "Prices may rise, and they march on.",
        "Aid increased by 67% and costs $27 a barrel.",
        "It sent 2,000 troops and 1,500 tanks.",
        "The final score was 3-1.",
        "Call 555-1234 for details.",
        "Call (202) 456-2025 or 456-1990 for help.",
        "It was like High Noon, and high noon came for the party.",
        "The fire started at 1800 Pitkin Ave. and spread to 2010 Lower Main Street.",
    ],
)
def test_not_dates(text: str) -> None:
    assert [s for s in tag(text, PUBLISHED) if s.type in ("DATE", "TIME")] == []


def test_a_year_before_capitalised_words_that_name_no_street_stays_a_year() -> None:
    assert spans("In 2010 Apple Inc. opened a shop on Elm Street.")["2010"].value == "2010"


@pytest.mark.parametrize(
    ("sentence", "extent", "edtf"),
    [
        ("Police shot the suspect just before 11:30 p.m. on Thursday.", "11:30 p.m. on Thursday",
         "2026-02-19"),
        ("The ferry left shortly after noon on Thursday.", "noon on Thursday", "2026-02-19"),
        ("Rescuers could not reach the climbers until Thursday.", "Thursday", "2026-02-19"),
        ("It was not until Thursday that the ferry left.", "Thursday", "2026-02-19"),
    ],
)  # fmt: skip
def test_just_before_or_not_until_a_time_is_that_time(
    sentence: str, extent: str, edtf: str
) -> None:
    """The event happens at that time, not at any time before or after it."""
    assert spans(sentence)[extent].edtf == edtf


def test_a_plain_until_still_closes_an_open_interval() -> None:
    assert spans("The port stayed shut until Thursday.")["Thursday"].edtf.startswith("../")


def test_until_a_weekday_after_a_past_state_is_the_last_one() -> None:
    """Published on a Saturday: the port that stayed shut until Thursday
    opened two days before; one that will stay shut opens next week."""
    assert spans("The port stayed shut until Thursday.")["Thursday"].edtf == "../2026-02-19"
    assert spans("The port will stay shut until Thursday.")["Thursday"].edtf == "../2026-02-26"


def test_before_and_after_make_open_intervals() -> None:
    found = spans("The contacts took place before February 17 and resumed after March 2025.")
    assert found["February 17"].edtf == "../2026-02-17"
    assert found["February 17"].mod == "BEFORE"
    assert found["March 2025"].edtf == "2025-03/.."


def test_without_publication_date_values_stay_underspecified() -> None:
    found = spans("The meeting on February 20 was tense.", published=None)
    assert found["February 20"].value == "XXXX-02-20"
    assert found["February 20"].edtf is None


def test_russian() -> None:
    text = (
        "Переговоры прошли 17-18 февраля в Женеве, 20 февраля Путин обсудил их итоги. "
        "В 2025 году помощь выросла на 67%. Новый пакет ЕС планирует принять 24 февраля. "
        "Четыре года назад всё было иначе; в прошлом году и на прошлой неделе тоже. "
        "Вчера вечером, 17.02.2026, в 14:30. Так было и в прошлом."
    )
    found = spans(text, lang="ru")
    assert found["17-18 февраля"].edtf == "2026-02-17/2026-02-18"
    assert found["20 февраля"].value == "2026-02-20"
    assert found["2025 году"].edtf == "2025"
    assert found["24 февраля"].value == "2026-02-24"
    assert found["Четыре года назад"].value == "2022"
    assert found["прошлом году"].value == "2025"
    assert found["прошлой неделе"].value == "2026-W07"
    assert (found["Вчера вечером"].type, found["Вчера вечером"].value) == ("TIME", "2026-02-20TEV")
    assert found["17.02.2026"].value == "2026-02-17"
    assert found["в прошлом"].value == "PAST_REF"
    assert "67" not in " ".join(found)
    vague = spans("В ближайшие дни и в последние месяцы, в течение года, пять лет.", lang="ru")
    assert vague["ближайшие дни"].value == "FUTURE_REF"
    assert vague["последние месяцы"].value == "PAST_REF"
    assert vague["года"].value == "P1Y" and vague["пять лет"].value == "P5Y"


def test_holidays() -> None:
    found = spans("He was found on Thanksgiving Day; last Christmas and Easter week 2000 too.")
    assert found["Thanksgiving Day"].value == "2025-11-27"
    assert found["last Christmas"].value == "2025-12-25"
    assert found["Easter week 2000"].value == "2000-W16"


def test_durations_without_a_count() -> None:
    found = spans("After a day-long meeting, relatives have not spoken for years.")
    assert (found["years"].type, found["years"].value) == ("DURATION", "PXY")
    assert found["day-long"].value == "P1D"


def test_impossible_dates_are_not_dates() -> None:
    assert tag("It was due on February 30 or 2026-13-45.", PUBLISHED) == []


def test_sets_decades_quarters_and_durations() -> None:
    found = spans(
        "Since the early 1990s the board has met every Monday and reports quarterly; "
        "the third-quarter results, two years and 5 1/2 hours later, were daily news."
    )
    decade = found["the early 1990s"]
    assert (decade.value, decade.mod, decade.edtf) == ("199", "START", "199X/..")  # since
    assert (found["every Monday"].type, found["every Monday"].value) == ("SET", "XXXX-WXX-1")
    assert found["third-quarter"].value == "2025-Q3"  # the latest begun: reported on
    assert found["two years"].value == "P2Y"
    assert found["5 1/2 hours"].value == "PT5H30M"
    assert found["daily"].value == "P1D"


def test_tokenized_text() -> None:
    found = spans("Apple launched the store on April 28 , 2003 and renamed it in 2006 .")
    assert found["April 28 , 2003"].value == "2003-04-28"
    assert found["2006"].value == "2006"


def test_quarter_and_fiscal_codes() -> None:
    found = spans("Sales in Q3 2025 beat H1 2026 forecasts and FY2024 results.")
    assert found["Q3 2025"].value == "2025-Q3"
    assert found["H1 2026"].edtf == "2026-01/2026-06"
    assert found["FY2024"].value == "2024"


def test_publication_time_is_a_day() -> None:
    found = tag("It rained yesterday.", dt.datetime(2026, 2, 21, 18, 30))
    assert found[0].value == "2026-02-20"


def test_spans_of_time_from_a_date() -> None:
    found = spans("Two days after March 3 and a week before Christmas; ten days before the vote.")
    assert found["Two days after March 3"].value == "2026-03-05"
    assert found["a week before Christmas"].edtf == "2025-12-18"
    assert found["ten days"].type == "DURATION"  # before an event, not a date
    assert "$2 million a year" not in " ".join(spans("It costs $2 million a year."))


def test_day_of_the_month_in_focus() -> None:
    found = spans("The vote was held on the 18th, and the 20th anniversary fell on the 3rd floor.")
    assert found["the 18th"].value == "2026-02-18"
    assert "the 20th" not in found and "the 3rd" not in found


# What an editor meets in news, each with its extent, value and EDTF date
# (published on Saturday 21 February 2026).
@pytest.mark.parametrize(
    ("sentence", "extent", "value", "edtf"),
    [
        ("We met the week of March 3.", "the week of March 3", "2026-W10", "2026-03-02/2026-03-08"),
        ("Growth slowed in late 2025.", "late 2025", "2025", "2025"),
        ("Talks resume mid-February.", "mid-February", "2026-02", "2026-02"),
        ("Prices rose in the 1990s.", "the 1990s", "199", "199X"),
        ("Revenue grew in Q1 2026.", "Q1 2026", "2026-Q1", "2026-01/2026-03"),
        (
            "Sales fell in the first half of 2026.",
            "the first half of 2026",
            "2026-H1",
            "2026-01/2026-06",
        ),
        (
            "Fighting continued over the weekend.",
            "the weekend",
            "2026-W08-WE",
            "2026-02-21/2026-02-22",
        ),
        ("He resigned on Feb. 20.", "Feb. 20", "2026-02-20", "2026-02-20"),
        ("The treaty was signed 20.02.2026 in Kyiv.", "20.02.2026", "2026-02-20", "2026-02-20"),
        ("Published 2026-02-20 in print.", "2026-02-20", "2026-02-20", "2026-02-20"),
        (
            "It happened Friday, February 20, 2026.",
            "Friday, February 20, 2026",
            "2026-02-20",
            "2026-02-20",
        ),
        ("They will decide by the end of the month.", "the end of the month", "2026-02", "2026-02"),
        ("They will meet next Tuesday.", "next Tuesday", "2026-02-24", "2026-02-24"),
        # "this Tuesday" follows the tense: the coming one ahead, the past one behind.
        ("They will meet this Tuesday.", "this Tuesday", "2026-02-24", "2026-02-24"),
        ("This Tuesday he resigned.", "This Tuesday", "2026-02-17", "2026-02-17"),
    ],
)
def test_news_edge_cases(sentence: str, extent: str, value: str, edtf: str) -> None:
    found = spans(sentence)
    assert extent in found, sorted(found)
    assert (found[extent].value, found[extent].edtf) == (value, edtf)


def test_edge_case_modifiers_and_times() -> None:
    assert spans("Growth slowed in late 2025.")["late 2025"].mod == "END"
    assert spans("Talks resume mid-February.")["mid-February"].mod == "MID"
    assert spans("By the end of the month.")["the end of the month"].mod == "END"
    gmt = spans("The vote will close at 14:00 GMT on Monday.")["14:00 GMT on Monday"]
    assert (gmt.type, gmt.value) == ("TIME", "2026-02-23T14:00")
    pm = spans("The vote closed at 2 p.m. on Friday.")["2 p.m. on Friday"]
    assert (pm.type, pm.value) == ("TIME", "2026-02-20T14:00")
    within = spans("A deal is expected within two weeks.")["two weeks"]
    assert (within.type, within.value, within.edtf) == ("DURATION", "P2W", None)


@pytest.mark.parametrize(
    ("sentence", "extent", "value", "edtf"),
    [
        ("На прошлой неделе цены выросли.", "прошлой неделе", "2026-W07", "2026-02-09/2026-02-15"),
        ("В понедельник он ушёл в отставку.", "понедельник", "2026-02-16", "2026-02-16"),
        (
            "Саммит прошёл с 17 по 18 февраля.",
            "17 по 18 февраля",
            "2026-02-17",
            "2026-02-17/2026-02-18",
        ),
        ("Переговоры начнутся в начале марта.", "начале марта", "2026-03", "2026-03"),
        # "должность" is no "должен": the past verb places the month
        ("Он покинул должность в августе.", "августе", "2025-08", "2025-08"),
        # "в прошлом" alone is the past; "в прошлом году" last year
        ("В прошлом он был министром.", "В прошлом", "PAST_REF", None),
    ],
)
def test_russian_edge_cases(sentence: str, extent: str, value: str, edtf: str | None) -> None:
    found = spans(sentence, lang="ru")
    assert extent in found, sorted(found)
    assert (found[extent].value, found[extent].edtf) == (value, edtf)


def test_last_season_is_no_date_in_russian() -> None:
    # "в прошлом сезоне": the season of a league, not "in the past"
    assert spans("В прошлом сезоне клуб стал чемпионом.", lang="ru") == {}


@pytest.mark.parametrize(
    ("sentence", "extent", "type_", "value", "mod", "edtf"),
    [
        ("It took a minute and a half.", "a minute and a half", "DURATION", "PT1M30S", None, None),
        (
            "He served two and a half years.",
            "two and a half years",
            "DURATION",
            "P2Y6M",
            None,
            None,
        ),
        ("Repairs take two to three weeks.", "two to three weeks", "DURATION", "P2W", None, None),
        (
            "The custom spans more than two thousand years.",
            "more than two thousand years",
            "DURATION",
            "P2000Y",
            "MORE_THAN",
            None,
        ),
        (
            "Deliveries start in 1994 or later.",
            "1994 or later",
            "DATE",
            "1994",
            "ON_OR_AFTER",
            "1994/..",
        ),
        (
            "Plans reach to 2030 and beyond.",
            "2030 and beyond",
            "DATE",
            "2030",
            "ON_OR_AFTER",
            "2030/..",
        ),
    ],
)
def test_amounts_and_open_years(
    sentence: str, extent: str, type_: str, value: str, mod: str | None, edtf: str | None
) -> None:
    found = spans(sentence)
    assert extent in found, sorted(found)
    span = found[extent]
    assert (span.type, span.value, span.mod, span.edtf) == (type_, value, mod, edtf)


def test_not_spans_of_time() -> None:
    # An ordinal, not a second; trading days are no calendar to count a date from.
    assert "A second" not in spans("A second attack followed.")
    found = spans("Eight trading days after Oct. 12, the index fell.")
    assert found["Eight trading days"].value == "P8D"
    assert found["Oct. 12"].value == "2025-10-12"


def test_amount_before_a_span_is_no_rate() -> None:
    # "$2 million a year" is a rate; "381,000 over the last three months" is not.
    found = spans("Payrolls grew 381,000 over the last three months.")
    assert found["the last three months"].value == "P3M"
    assert "a year" not in spans("It earns $2 million a year.")
    assert spans("Rates will rise over the next year or so.")["the next year or so"].value == "2027"


def test_a_hard_wrapped_line_does_not_end_the_clause_that_sets_the_tense():
    text = "The delegation is expected to brief the\nparliament in Kyiv on Thursday."
    (thursday,) = tag(text, dt.date(2026, 2, 18))
    assert thursday.value == "2026-02-19"


@pytest.mark.parametrize(
    ("sentence", "extent", "value", "mod", "edtf"),
    [
        # A modifier joined by a hyphen is part of the one word: never half a word.
        ("They made the late-November trip.", "late-November", "2025-11", "END", "2025-11"),
        ("The post-1959 politics split families.", "post-1959", "1959", "AFTER", "1959/.."),
        ("He drives a pre-1990 car.", "pre-1990", "1990", "BEFORE", "../1990"),
    ],
)
def test_hyphen_joined_modifiers(
    sentence: str, extent: str, value: str, mod: str, edtf: str
) -> None:
    found = spans(sentence)
    assert list(found) == [extent]
    assert (found[extent].value, found[extent].mod, found[extent].edtf) == (value, mod, edtf)


def test_a_hyphened_quarter_before_its_noun_takes_no_article() -> None:
    published = dt.date(1989, 11, 1)
    found = spans("A major factor in the third-quarter loss was the write-down.", published)
    assert list(found) == ["third-quarter"]
    assert found["third-quarter"].value == "1989-Q3"
    found = spans("It earned $8.6 million for the fiscal second-quarter.", published)
    assert found["fiscal second-quarter"].value == "1989-Q2"
    found = spans("It compares with the year-earlier third-quarter loss.", published)
    assert found["year-earlier third-quarter"].value == "1988-Q3"
    # The noun keeps its article.
    assert spans("The third quarter was weak.", published)["The third quarter"].value == "1989-Q3"


def test_a_part_of_the_day_does_not_split_a_weekday_from_its_date() -> None:
    published = dt.date(1998, 11, 20)
    found = spans("He came home on the night of Friday, Oct. 23. He was shot.", published)
    assert list(found) == ["Friday, Oct. 23"]
    assert found["Friday, Oct. 23"].value == "1998-10-23"
    found = spans("He was shot on the night of Oct. 23 as he stood.", published)
    assert list(found) == ["Oct. 23"]
    assert (
        spans("They left on the morning of Tuesday.", published)["morning of Tuesday"].value
        == "1998-11-17TMO"
    )


def test_a_day_before_or_after_an_event() -> None:
    published = dt.date(1998, 11, 21)
    # The event is no part of the extent, nor the article; the day is counted
    # from the date last mentioned.
    found = spans(
        "Slepian was shot on Oct. 23. They came to his house the day after his death.", published
    )
    assert found["day"].value == "1998-10-24"
    assert "the day after" not in found
    # A date of its own after "before" is the anchor ("the day before yesterday" too).
    assert list(spans("It ended the day before yesterday.", published)) == [
        "the day before yesterday"
    ]
    found = spans("Trade doubled the week following last month's crash.", published)
    assert list(found) == ["week", "last month"]
    assert list(spans("We meet the week after next.", published)) == []
    # "later in the day before leaving" is the day in focus; "Nov. 3, the day
    # before ..." is Nov. 3.
    assert list(spans("He was in Nairobi later in the day before flying home.", published)) == []
    assert list(
        spans("He was last seen Nov. 3, the day before police issued a warrant.", published)
    ) == ["Nov. 3"]


@pytest.mark.parametrize(
    ("sentence", "extent", "value", "mod"),
    [
        # Before a possessive, "about" and "around" are prepositions.
        ("He was asked about yesterday's attack.", "yesterday", "2026-02-20", None),
        ("They sought to get around Wednesday's ruling.", "Wednesday", "2026-02-18", None),
        ("He spoke about last year's crisis.", "last year", "2025", None),
        # Elsewhere they measure; a point modifier stays before a possessive too.
        ("The vote was held around Wednesday.", "around Wednesday", "2026-02-18", "APPROX"),
        ("It took about five hours.", "about five hours", "PT5H", "APPROX"),
        ("Late Monday's session ended.", "Late Monday", "2026-02-16", "END"),
    ],
)
def test_a_measure_before_a_possessive_is_a_preposition(
    sentence: str, extent: str, value: str, mod: str | None
) -> None:
    found = spans(sentence)
    assert list(found) == [extent]
    assert (found[extent].value, found[extent].mod) == (value, mod)


def test_a_weekday_with_parts_of_days_recurs() -> None:
    found = spans("Flights leave Bombay on Tuesday nights from March 30.")
    assert (found["Tuesday nights"].type, found["Tuesday nights"].value) == ("SET", "XXXX-WXX-2TNI")
    assert spans("He works Sunday mornings.")["Sunday mornings"].value == "XXXX-WXX-7TMO"
    once = spans("He left Tuesday night.")["Tuesday night"]
    assert (once.type, once.value) == ("TIME", "2026-02-17TNI")


def test_year_arithmetic_inside_a_phrase() -> None:
    quarter = spans("Exports fell in the first quarter of last year.")
    assert quarter["the first quarter of last year"].value == "2025-Q1"
    found = spans("The port was sold in 2019. A new crane arrived in June of that year.")
    assert found["June of that year"].value == "2019-06"
    assert found["June of that year"].edtf == "2019-06"


def test_between_two_dates_is_a_range() -> None:
    found = spans("Ferries will not sail between March 13 and March 15.")
    assert found["March 13"].edtf == found["March 15"].edtf == "2026-03-13/2026-03-15"
    days = spans("Roadworks close the bridge between 2 and 4 March.")
    assert days["4 March"].edtf == "2026-03-02/2026-03-04"


def test_a_forecast_looks_ahead() -> None:
    # Published on a Saturday: the coming Tuesday, from then on.
    found = spans("Meteorologists expect colder nights from Tuesday.")
    assert found["Tuesday"].edtf == "2026-02-24/.."


def test_a_weekday_beside_a_date_fixes_its_year() -> None:
    # Published 15 January 2010: 14 January 2010 is a Thursday, 2011's a Friday.
    found = spans("Judges will review the ruling of Thursday, January 14.", dt.date(2010, 1, 15))
    assert found["Thursday, January 14"].value == "2010-01-14"


def test_a_day_without_a_year_is_not_far_ahead() -> None:
    # Published 20 March 2011: the riot of 15 February is the past one.
    found = spans("The riot of Feb. 15 would be investigated.", dt.date(2011, 3, 20))
    assert found["Feb. 15"].value == "2011-02-15"
    # A month the clause puts ahead stays ahead.
    month = spans("The crew will fly a mission in December.", dt.date(2011, 3, 20))
    assert month["December"].value == "2011-12"


def test_a_clock_time_is_on_the_day_last_told_though_a_year_came_after() -> None:
    """ "His 2008 car" or "built in the 1930s" between the day and the time
    leave the day in focus for "about 1:30 a.m."."""
    found = spans(
        "The driver was stopped early Sunday in his 2008 sedan about 1:30 a.m., police said."
    )
    assert found["early Sunday"].value == "2026-02-15"
    assert found["about 1:30 a.m."].value.startswith("2026-02-15T01:30")
    fire = spans(
        "A fire on Tuesday destroyed the depot, built in the 1930s. A call came at 3:33 a.m."
    )
    assert fire["3:33 a.m"].value.startswith("2026-02-17T03:33")


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy flew to Oslo on Wednesday and will meet the king on Friday.",
        "The ferry sank on Wednesday, and divers are expected to search it on Friday.",
        "Two prisoners broke out on Wednesday; the police will search the valley on Friday.",
    ],
)
def test_an_irregular_past_sets_its_own_clause_beside_a_future_one(sentence: str) -> None:
    """A weekday belongs to its own clause's tense: the past one lies before
    publication, though a future clause follows in the same sentence."""
    found = spans(sentence, dt.date(2025, 9, 4))  # a Thursday
    assert found["Wednesday"].value == "2025-09-03"
    assert found["Friday"].value == "2025-09-05"


@pytest.mark.parametrize(
    ("sentence", "extent", "edtf"),
    [
        ("The roof fell in shortly after 3 a.m. on Tuesday.", "3 a.m. on Tuesday", "2025-09-02"),
        ("The bridge stays shut until 9 a.m. on Friday.", "9 a.m. on Friday", "2025-09-05"),
        # a day after "since" or "until" is still an open interval
        ("Prices have risen since Tuesday.", "Tuesday", "2025-09-02/.."),
    ],
)
def test_a_time_of_day_after_before_or_until_stays_in_its_day(
    sentence: str, extent: str, edtf: str
) -> None:
    """ "after 3 a.m. on Tuesday" is a moment of Tuesday, not every day since."""
    found = spans(sentence, dt.date(2025, 9, 4))
    assert found[extent].edtf == edtf


@pytest.mark.parametrize(
    ("sentence", "extent", "value"),
    [
        (
            "Ferries stopped on Monday, but the next day they sailed again.",
            "the next day",
            "2025-09-02",
        ),
        (
            "The mayor was elected in 2004. The next year she moved to Lyon.",
            "The next year",
            "2005",
        ),
        # with no date in focus, the next one is counted from publication
        ("Repairs will take the next week or so.", "the next week or so", "2025-W37"),
    ],
)
def test_the_next_unit_follows_the_date_in_focus(sentence: str, extent: str, value: str) -> None:
    """ "the next day" is the day after the one just told, as "the following
    day" is; it is tomorrow only when no date is in focus."""
    assert spans(sentence, dt.date(2025, 9, 4))[extent].value == value


def test_local_time_is_part_of_the_time() -> None:
    """ "at 10:42 pm local time" leaves the headline whole, as "10:42 pm GMT" does."""
    found = spans("The quake struck at 10:42 pm local time on Sunday.", dt.date(2022, 11, 30))
    assert list(found) == ["10:42 pm local time on Sunday"]
    assert found["10:42 pm local time on Sunday"].value == "2022-11-27T22:42"


def test_between_two_months_is_one_range() -> None:
    """ "between July and September" is one quarter-long span, as "between May
    13 and May 15" is three days: both words carry it, so no clause tells two
    events of it."""
    found = spans(
        "The yard delivered 40 ferries between July and September.", dt.date(2024, 10, 24)
    )
    assert found["July"].edtf == found["September"].edtf == "2024-07/2024-09"
