"""TimeML in and out: the text is kept, tags are added, the DCT is read."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import Timex
from timeline.temporal.timeml import TimeMLError, annotate, new_document, read, render

DOC = (
    '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>\n'
    '<TEXT>Sales <EVENT eid="e1">rose</EVENT> &amp; fell <TIMEX3 tid="t9">Monday</TIMEX3>.'
    "</TEXT></TimeML>"
)


def test_read_keeps_characters_and_dct() -> None:
    document = read(DOC)
    assert document.text == "Sales rose & fell Monday."
    assert document.dct == dt.date(1998, 1, 8)


def test_render_tags_and_escapes() -> None:
    document = read(DOC)
    span = Timex(18, 24, "Monday", "DATE", "1998-01-05")
    out = render(document, [span])
    assert out.endswith(
        '<TEXT>Sales rose &amp; fell <TIMEX3 tid="t1" type="DATE" value="1998-01-05">Monday'
        "</TIMEX3>.</TEXT></TimeML>"
    )
    assert read(out).text == document.text


def test_mod_is_written_and_overlaps_skipped() -> None:
    spans = [Timex(0, 5, "early", "DATE", "2026", "START"), Timex(2, 4, "rl", "DATE", "2026")]
    assert annotate("early <", spans) == (
        '<TIMEX3 tid="t1" type="DATE" value="2026" mod="START">early</TIMEX3> &lt;'
    )


def test_plain_text_document() -> None:
    document = new_document("Hi", dt.date(2026, 2, 21))
    assert 'value="2026-02-21"' in document.head and document.dct == dt.date(2026, 2, 21)


def test_not_timeml() -> None:
    with pytest.raises(TimeMLError):
        read("<TimeML>no text</TimeML>")
