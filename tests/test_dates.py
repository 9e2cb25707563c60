import datetime as dt

import pytest

from timeline.dates import EDTFError, describe, parse_edtf


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-20",
        "2026-02",
        "2026",
        "2026-02-17/2026-02-18",
        "../2026-02-17",
        "2026-02-20/..",
        "/2026-02-17",
        "2026-02-20?",
        "2026-02~",
        "2026%",
        "202X",
        "2026-22",
    ],
)
def test_round_trips_every_form_the_schema_allows(text):
    assert str(parse_edtf(text)) == text


def test_yaml_date_objects_are_read_as_days():
    assert str(parse_edtf(dt.date(2026, 2, 20))) == "2026-02-20"
    assert str(parse_edtf(dt.datetime(2026, 2, 20, 14, 0))) == "2026-02-20"
    assert str(parse_edtf(2026)) == "2026"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-02-30", "has no day 30"),
        ("2026-13", "month 13"),
        ("2026-02-18/2026-02-17", "ends before it starts"),
        ("February 2026", "not an EDTF date"),
        ("../..", "at least one end"),
        ("", "empty"),
        ("0000", "before 0001"),
    ],
)
def test_rejects_impossible_dates_with_a_reason(text, reason):
    with pytest.raises(EDTFError, match=reason):
        parse_edtf(text)


def test_precision_is_never_invented():
    month = parse_edtf("2026-02")
    assert month.precision == "month"
    assert month.lower() == dt.date(2026, 2, 1)
    assert month.upper() == dt.date(2026, 2, 28)
    assert parse_edtf("2024-02").upper() == dt.date(2024, 2, 29)
    assert parse_edtf("202X").upper() == dt.date(2029, 12, 31)
    assert parse_edtf("2026-24").upper() == dt.date(2027, 2, 28)


def test_sorting_puts_before_ahead_and_wider_dates_after_narrower():
    dates = ["2026-02-20", "2026-02", "../2026-02-17", "2026-02-17/2026-02-18", "2026"]
    ordered = sorted(dates, key=lambda text: parse_edtf(text).sort_key())
    assert ordered == ["2026", "2026-02", "../2026-02-17", "2026-02-17/2026-02-18", "2026-02-20"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2026-02-20", "20 February 2026"),
        ("2026-02", "February 2026"),
        ("2026", "2026"),
        ("2026-02-17/2026-02-18", "17–18 February 2026"),
        ("2026-02-27/2026-03-02", "27 February – 2 March 2026"),
        ("../2026-02-17", "before 17 February 2026"),
        ("2026-02-20/..", "after 20 February 2026"),
        ("2026~", "c. 2026"),
        ("2026-02-20?", "20 February 2026 (unconfirmed)"),
        ("202X", "the 2020s"),
        ("2026-22", "summer 2026"),
    ],
)
def test_describes_a_date_at_exactly_its_precision(text, words):
    assert describe(parse_edtf(text)) == words
