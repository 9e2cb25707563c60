"""Importance from evidence: articles, outlets, headlines, looking back,
spread, and the days articles name in passing."""

from __future__ import annotations

import datetime as dt

from timeline.keys import ArticleDays, importance
from timeline.keys.importance import event_day, outlet, reports_in_headline
from timeline.model import Event, Source


def told(event_id: str, date: str, title: str, *reports: tuple[str, str, str, str]) -> Event:
    """An event reported by (article, url, published, article headline)."""
    sources = [
        Source(article=article, url=url or None, published=published, title=headline or None)
        for article, url, published, headline in reports
    ]
    return Event(id=event_id, title=title, date=date, sources=sources)


def test_more_articles_and_outlets_make_an_event_more_important() -> None:
    wide = told(
        "wide",
        "2026-03-02",
        "Ceasefire signed in Geneva",
        ("a.md", "https://www.bbc.co.uk/a", "2026-03-02", ""),
        ("b.md", "https://cnn.com/b", "2026-03-02", ""),
        ("c.md", "https://reuters.com/c", "2026-03-02", ""),
    )
    narrow = told(
        "narrow",
        "2026-03-02",
        "Talks resume in Vienna",
        ("a.md", "https://www.bbc.co.uk/a", "2026-03-02", ""),
        ("a.md", "https://www.bbc.co.uk/a", "2026-03-02", ""),  # one article telling it twice
    )
    scores = importance([wide, narrow], {})
    assert scores.events["wide"].articles == 3
    assert scores.events["wide"].outlets == 3
    assert scores.events["narrow"].articles == 1
    assert scores.of(wide) > scores.of(narrow)


def test_a_headline_that_reports_the_event_counts() -> None:
    headline = told(
        "headline",
        "2026-03-02",
        "Parliament dissolved by president",
        ("a.md", "", "2026-03-02", "President dissolves parliament"),
    )
    buried = told(
        "buried",
        "2026-03-02",
        "Bridge reopens to traffic",
        ("b.md", "", "2026-03-02", "President dissolves parliament"),
    )
    scores = importance([headline, buried], {})
    assert scores.events["headline"].headlines == 1
    assert scores.events["buried"].headlines == 0
    assert scores.of(headline) > scores.of(buried)


def test_reports_spread_over_time_count_more() -> None:
    remembered = told(
        "remembered",
        "2026-01-25",
        "Protests begin in Cairo",
        ("a.md", "", "2026-01-25", ""),
        ("b.md", "", "2026-02-11", ""),
    )
    forgotten = told(
        "forgotten",
        "2026-01-26",
        "Stock market falls in Cairo",
        ("c.md", "", "2026-01-26", ""),
        ("d.md", "", "2026-01-27", ""),
    )
    scores = importance([remembered, forgotten], {})
    assert scores.events["remembered"].looking_back == 1
    assert scores.events["remembered"].spread == 17
    assert scores.events["forgotten"].looking_back == 0
    assert scores.of(remembered) > scores.of(forgotten)


def test_a_look_back_raises_the_day_more_than_the_event() -> None:
    """Background ("tensions have run high since January 25") tells that a
    day mattered, not that this sentence is its news."""
    news = told("news", "2026-01-25", "Protests begin in Cairo", ("a.md", "", "2026-01-25", ""))
    background = told(
        "background", "2026-01-25", "Tensions run high", ("b.md", "", "2026-02-20", "")
    )
    alone = importance([news], {})
    both = importance([news, background], {})
    assert (both.days[0].later, both.days[0].same_day) == (1, 1)
    assert both.days[0].score > alone.days[0].score
    assert both.of(background) < both.of(news)


def test_articles_that_name_a_day_in_passing_raise_the_day() -> None:
    events = [
        told("a", "2026-01-25", "Protests begin", ("a.md", "", "2026-01-25", "")),
        told("b", "2026-01-26", "Curfew declared", ("b.md", "", "2026-01-26", "")),
    ]
    mentions = {
        "a.md": ArticleDays("2026-01-25", ("2026-01-25",)),
        "b.md": ArticleDays("2026-01-26", ("2026-01-26",)),
        # two later articles look back at the 25th, none at the 26th
        "c.md": ArticleDays("2026-02-10", ("2026-01-25", "2026-02-10")),
        "d.md": ArticleDays("2026-02-12", ("2026-01-25",)),
    }
    scores = importance(events, mentions)
    best = scores.days[0]
    assert best.day == dt.date(2026, 1, 25)
    assert (best.articles, best.mentions, best.later) == (3, 3, 2)
    by_day = {item.day: item for item in scores.days}
    assert by_day[dt.date(2026, 1, 26)].articles == 1
    # a day named only in passing is a day too
    assert by_day[dt.date(2026, 2, 10)].articles == 1


def named(published: str, *days: str) -> ArticleDays:
    return ArticleDays(published, days)


def test_a_days_own_reports_weigh_less_than_later_ones() -> None:
    """Every day fills with its own reports: eight same-day articles about a
    burst of minor news weigh less than two articles of later days that
    report or look back at a day."""
    burst = [
        told("burst", "2026-03-04", "Fans parade in Kano", (f"b{n}.md", "", "2026-03-04", ""))
        for n in range(8)
    ]
    mentions = {f"b{n}.md": named("2026-03-04", "2026-03-04") for n in range(8)}
    mentions |= {"l1.md": named("2026-03-03", "2026-03-02"), "l2.md": named("2026-03-20")}
    lasting = told("lasting", "2026-03-02", "Curfew imposed", ("l2.md", "", "2026-03-20", ""))
    scores = importance([*burst, lasting], mentions)
    assert [item.day for item in scores.days[:2]] == [dt.date(2026, 3, 2), dt.date(2026, 3, 4)]
    assert (scores.days[0].later, scores.days[1].same_day) == (2, 8)


def test_a_day_named_ahead_is_a_plan_not_news() -> None:
    """Talks "scheduled for March 20", named by ten earlier articles, do not
    raise March 20 above a day one later article reports."""
    mentions = {f"a{n}.md": named("2026-03-0" + str(n), "2026-03-20") for n in range(1, 10)}
    mentions["late.md"] = named("2026-03-12", "2026-03-11")
    scores = importance([], mentions)
    by_day = {item.day: item for item in scores.days}
    assert by_day[dt.date(2026, 3, 20)].articles == 9
    assert by_day[dt.date(2026, 3, 20)].score == 0
    assert scores.days[0].day == dt.date(2026, 3, 11)


def test_one_outlets_boilerplate_counts_as_a_few_articles() -> None:
    """One outlet naming a day in six articles' background paragraph weighs
    less than three outlets naming another day once each."""
    events = [
        told(
            "w",
            "2026-02-03",
            "Walkout",
            *[(f"w{n}.md", "https://wire.example/x", "2026-03-01", "") for n in range(6)],
        ),
        told(
            "s",
            "2026-02-05",
            "Strike",
            *[(f"s{n}.md", f"https://o{n}.example/x", "2026-03-01", "") for n in range(3)],
        ),
    ]
    scores = importance(events, {})
    assert [item.day for item in scores.days] == [dt.date(2026, 2, 5), dt.date(2026, 2, 3)]
    assert [item.outlets for item in scores.days] == [3, 1]


def test_only_days_have_a_day() -> None:
    assert event_day(Event(id="a", title="t", date="2026-03-02")) == dt.date(2026, 3, 2)
    assert event_day(Event(id="a", title="t", date="2026-03-02/2026-03-04")) == dt.date(2026, 3, 2)
    assert event_day(Event(id="a", title="t", date="2026-03")) is None
    assert event_day(Event(id="a", title="t", date="../2026-03-02")) is None


def test_outlet_is_the_host_without_www() -> None:
    assert outlet("https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert outlet("http://edition.cnn.com/x") == "edition.cnn.com"


def test_a_headline_on_another_subject_does_not_report_the_event() -> None:
    event = Event(id="a", title="Ministers meet in Krakow", date="2026-02-20")
    assert reports_in_headline(event, Source("a.md", title="Defence ministers meet in Krakow"))
    assert not reports_in_headline(event, Source("a.md", title="Storm hits Krakow"))
    assert not reports_in_headline(event, Source("a.md"))
    # extraction quotes the headline as the source of the event it tells
    quoted = Source("a.md", quote="Kallas hosts E5 in Poland", title="Kallas hosts E5 in Poland")
    assert reports_in_headline(event, quoted)
