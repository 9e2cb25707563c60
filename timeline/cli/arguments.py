"""Argument types the commands share, so that a wrong value gets the same
one-line message from each."""

from __future__ import annotations

import argparse
import datetime as dt


def iso_date(text: str) -> dt.date:
    """A day written YYYY-MM-DD, as ``--published`` takes it."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        message = f"{text!r} is not a date; write it as YYYY-MM-DD"
        raise argparse.ArgumentTypeError(message) from None
