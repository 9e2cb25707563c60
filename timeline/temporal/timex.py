"""The tagger's output: one temporal expression found in a text."""

from __future__ import annotations

from dataclasses import dataclass

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Timex:
    """A TimeML TIMEX3 with its place in the text.

    ``value`` follows TimeML ("2026-02-20", "2026-W08", "PAST_REF", "P3D");
    ``edtf`` is the same date as an EDTF string at its true precision, for
    use as an event date, or None when the expression names no date
    (durations, sets, vague references, values left unresolved);
    ``relative`` says the value was computed from the publication date or
    from a date mentioned earlier, so a reader can be told how.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    edtf: str | None = None
    relative: bool = False
