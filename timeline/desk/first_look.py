"""The queue's first page before every event file is read.

Reading 10,000 event files as ``timeline check`` does (YAML, validation)
takes two CPU-seconds; when no read cache has them (a fresh clone, a
``git pull``), the editor would wait that long for the first page. The
first page needs far less: the events waiting for review that extraction
is most sure of, the earliest first among equals. So the desk first looks
at three top-level lines of each file, ``review:``, ``confidence:`` and
``date:``, reads in full only the files that can be on the first page, and
shows it while the rest is read.

The look is only a choice of which files to read first. A line it cannot
make out (quoted, flowed, missing, an odd number) puts its file among
those read at once, so the first page holds every event it should; the
counts on it come from the look and are made exact by the full read.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline.dates import parse_edtf
from timeline.model import SHOWN_CONFIDENCE

# A top-level key starts its line: indented lines belong to a value, and
# every value of an event file that spans lines is indented.
_REVIEW = re.compile(rb"^review:(.*)$", re.MULTILINE)
_CONFIDENCE = re.compile(rb"^confidence:(.*)$", re.MULTILINE)
_DATE = re.compile(rb"^date:(.*)$", re.MULTILINE)
_LOOK_BYTES = 1 << 16  # an event file is about a kilobyte; a larger one is read in full
# Below this many files, reading them all is quick enough to wait for.
LOOK_FROM = 1000


@dataclass
class FirstLook:
    """What a look at every file's review and confidence lines tells."""

    total: int = 0  # event files
    waiting: int = 0  # of them, waiting for review
    shown: int = 0  # of those, at or above the confidence shown by default
    read_now: list[Path] = field(default_factory=list)  # the files the first page may show


def first_look(paths: list[Path], page_size: int) -> FirstLook:
    """Which of ``paths`` can be on the first page of the default queue
    (waiting for review, confidence at least ``SHOWN_CONFIDENCE``, the most
    confident first, ``page_size`` to a page), and the queue's counts."""
    look = FirstLook(total=len(paths))
    ranked: list[tuple[tuple[float, dt.date, dt.date], Path]] = []
    for path in paths:
        seen = _lines(path)
        if seen is None:
            look.read_now.append(path)
            continue
        review, confidence, span = seen
        if review != "unreviewed":
            continue
        look.waiting += 1
        if confidence >= SHOWN_CONFIDENCE:
            look.shown += 1
            ranked.append(((-confidence, *span), path))
    ranked.sort(key=lambda item: item[0])
    if ranked:
        # Ties with the last place go too: the full order breaks them by id.
        last = ranked[min(page_size, len(ranked)) - 1][0]
        look.read_now += [path for key, path in ranked if key <= last]
    return look


def _lines(path: Path) -> tuple[str, float, tuple[dt.date, dt.date]] | None:
    """The file's review, confidence and its date's first and last day, as
    an event file writes them (no ``review:`` is "unreviewed", no
    ``confidence:`` is 1.0, as ``Event`` reads them); None when the lines
    say them otherwise, or the file cannot be read here."""
    try:
        handle = os.open(path, os.O_RDONLY)
        try:
            data = os.read(handle, _LOOK_BYTES)
        finally:
            os.close(handle)
    except OSError:
        return None
    if len(data) == _LOOK_BYTES:
        return None
    reviews = _REVIEW.findall(data)
    confidences = _CONFIDENCE.findall(data)
    dates = _DATE.findall(data)
    if len(reviews) > 1 or len(confidences) > 1 or len(dates) != 1:
        return None  # a duplicate or missing key: check's to report
    review = reviews[0].strip().decode("ascii", "replace") if reviews else "unreviewed"
    if review not in ("unreviewed", "reviewed"):
        return None  # quoted, commented, null...
    date = dates[0].strip()
    if date[:1] in (b"'", b'"') and date[-1:] == date[:1] and len(date) > 1:
        date = date[1:-1]
    try:
        confidence = float(confidences[0].strip()) if confidences else 1.0
        span = parse_edtf(date.decode("ascii")).sort_key()
    except ValueError:  # EDTFError and UnicodeDecodeError are ValueErrors
        return None
    if not math.isfinite(confidence):
        return None
    return review, confidence, span
