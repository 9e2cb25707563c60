"""A CSV in TimelineSetter's columns (``date, display_date, description,
link, series, html``): export, and import from such a spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from pathlib import Path

from timeline.dates import EDTFError, describe, parse_edtf
from timeline.formats.entries import Entry, one_per_id
from timeline.formats.timelinejs import html_text, shown_date
from timeline.markup import render_markdown
from timeline.model import Event, Source, new_id
from timeline.store.problems import Problem

COLUMNS = ("date", "display_date", "description", "link", "series", "html")
# Full dates as spreadsheets write them; TimelineSetter itself takes any of these.
_DATE_FORMATS = ("%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


def delimiter(path: Path | None) -> str:
    """A tab for a ``.tsv`` file (tab-separated values), else a comma."""
    return "\t" if path is not None and path.suffix.lower() == ".tsv" else ","


def export(events: list[Event], path: Path | None = None) -> str:
    """One row an event, in date order, for the file ``path`` (tabs for a
    ``.tsv``). TimelineSetter wants a full date, so ``date`` is the first day
    the event may stand for and ``display_date`` keeps its true precision in
    words."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter(path), lineterminator="\n")
    writer.writerow(COLUMNS)
    for event in sorted(events, key=Event.sort_key):
        edtf = event.edtf
        first = edtf.lower() or edtf.upper()
        assert first is not None
        link = next((source.url for source in event.sources if source.url), "")
        writer.writerow(
            [
                first.isoformat(),
                shown_date(event),
                html.escape(event.title, quote=False),  # TimelineSetter shows it as HTML
                link,
                event.tags[0] if event.tags else "",
                render_markdown(event.summary),
            ]
        )
    return out.getvalue()


def _date(text: str) -> str:
    """EDTF for a date cell: EDTF or ISO as they are, else a spreadsheet's full date."""
    text = text.strip()
    try:
        return str(parse_edtf(text))
    except EDTFError as error:
        for pattern in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, pattern).date().isoformat()
            except ValueError:
                continue
        raise ValueError(f"date {text!r} is not a date: {error}") from None


def read(text: str, path: Path) -> tuple[list[Event], list[Problem]]:
    """Events of a TimelineSetter CSV (tab-separated for a ``.tsv``), one a
    row, its id made of its date and description (see ``one_per_id`` for two
    rows that make the same id); each bad row is reported with its line."""
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter(path))
    entries: list[Entry] = []
    problems: list[Problem] = []
    try:
        header = [name.strip().lower() for name in reader.fieldnames or []]
        if "date" not in header or "description" not in header:
            return [], [
                Problem(
                    path,
                    1,
                    1,
                    "error",
                    "not a TimelineSetter CSV: the first row must "
                    "name the columns " + ", ".join(COLUMNS),
                )
            ]
        reader.fieldnames = header
        line = reader.line_num
        for row in reader:
            row_line, line = line + 1, reader.line_num
            cells = {key: (value or "").strip() for key, value in row.items() if key}
            try:
                date = _date(cells.get("date", ""))
            except ValueError as error:
                problems.append(Problem(path, row_line, 1, "error", f"row not imported: {error}"))
                continue
            title = html_text(cells.get("description", ""))
            if not title:
                problems.append(
                    Problem(
                        path,
                        row_line,
                        1,
                        "error",
                        "row not imported: the description (the title) is empty",
                    )
                )
                continue
            event = Event(
                id=new_id(date, title),
                title=title,
                date=date,
                summary=cells.get("html", ""),
                tags=[cells["series"]] if cells.get("series") else [],
            )
            display = cells.get("display_date", "")
            if display and display != describe(parse_edtf(date)):
                event.display_date = display
            if cells.get("link"):
                event.sources.append(Source(article="", url=cells["link"]))
            entries.append(Entry(event, f"line {row_line}", row_line))
    except csv.Error as error:  # a field over 128 KB, a quote never closed
        problems.append(
            Problem(
                path,
                reader.line_num + 1,
                1,
                "error",
                f"CSV: {error}; this row and the rest are not imported",
            )
        )
    events, clashes = one_per_id(entries, path)
    return events, problems + clashes
