"""The overview strip: an SVG drawn at build time across the whole span of
the timeline, with a column of events per month (or year, or decade, as the
span needs), expected events stacked apart on top, and events that run over
several columns drawn as bars beneath. A date known only to a time longer
than a column (a year, in a strip of months) is no span: it is drawn as a
dotted line over the time it may stand for. Every mark is a link, so the
strip is the timeline's navigation without any JavaScript (the time axis,
``static/axis.js``, takes its place when the script runs)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from timeline.dates import MONTH_NAMES, parse_edtf
from timeline.site.views import EventView

Day = dt.date | None

WIDTH = 960
CHART = 56  # height of the tallest column
ROW = 7  # height of one row of range bars
MAX_ROWS = 4


@dataclass
class _Bin:
    year: int
    month: int | None  # None for a year or decade column
    happened: int = 0
    expected: int = 0

    @property
    def total(self) -> int:
        return self.happened + self.expected


@dataclass
class _Bar:
    first: int
    last: int
    number: int  # of the event in the views drawn
    row: int = 0
    vague: bool = False  # a single date known to no more than a longer time


@dataclass
class _Layout:
    bins: list[_Bin]
    bars: list[_Bar] = field(default_factory=list)


def _bins(spans: list[tuple[Day, Day]]) -> tuple[list[_Bin], Callable[[dt.date], int], str]:
    """Months from the first event's month to the last's when that is at
    most four years; else years, or decades for very long spans."""
    years = [(lower or upper).year for lower, upper in spans]  # type: ignore[union-attr]
    first, last = min(years), max(years)
    if last - first < 4:
        ends = [day for span in spans for day in span if day]
        low = min(day.year * 12 + day.month - 1 for day in ends)
        high = max(day.year * 12 + day.month - 1 for day in ends)
        bins = [_Bin(number // 12, number % 12 + 1) for number in range(low, high + 1)]
        return bins, lambda day: day.year * 12 + day.month - 1 - low, "month"
    step = 10 if last - first >= 120 else 1
    first -= first % step
    bins = [_Bin(year, None) for year in range(first, last + 1, step)]
    return bins, lambda day: (day.year - first) // step, "decade" if step == 10 else "year"


# Layouts kept at most, then the keeping starts over (a build draws one for
# the home pages and one per year page).
LAYOUTS_KEPT = 400

Layouts = dict[tuple, tuple[_Layout, str]]


def lay_out(views: list[EventView], layouts: Layouts) -> tuple[_Layout, str]:
    """The columns and bars of the strip of ``views`` (``_lay_out``), kept in
    ``layouts`` (the build memory's) for the next calls: the home pages draw
    the same events, and so does a rebuild after an edit that moved no date,
    in ``serve`` or in a fresh process."""
    drawn = tuple((view.event.date, view.expected) for view in views)
    found = layouts.get(drawn)
    if found is None:
        if len(layouts) >= LAYOUTS_KEPT:
            layouts.clear()
        found = layouts[drawn] = _lay_out(drawn)
    return found


def _lay_out(drawn: tuple[tuple[str, bool], ...]) -> tuple[_Layout, str]:
    """The columns and bars for events given as (EDTF date, expected), in
    timeline order."""
    dates = [parse_edtf(date) for date, _ in drawn]
    spans = [(date.lower(), date.upper()) for date in dates]
    bins, index, unit = _bins(spans)
    layout = _Layout(bins)
    rows_end: list[int] = []  # last column used on each row of bars
    for number, ((lower, upper), (_, expected)) in enumerate(zip(spans, drawn, strict=True)):
        low = index(lower or upper)  # type: ignore[arg-type]
        high = index(upper or lower)  # type: ignore[arg-type]
        low, high = max(low, 0), min(high, len(bins) - 1)
        row = next((number for number, end in enumerate(rows_end) if end < low), None)
        if high > low and (row is not None or len(rows_end) < MAX_ROWS):
            if row is None:
                rows_end.append(high)
                row = len(rows_end) - 1
            rows_end[row] = high
            layout.bars.append(_Bar(low, high, number, row, not dates[number].interval))
            continue
        target = bins[min(max(index(lower or upper), 0), len(bins) - 1)]  # type: ignore[arg-type]
        if expected:
            target.expected += 1
        else:
            target.happened += 1
    return layout, unit


def _bin_name(column: _Bin, unit: str) -> str:
    if unit == "month":
        return f"{MONTH_NAMES[column.month - 1]} {column.year}"  # type: ignore[operator]
    return f"the {column.year}s" if unit == "decade" else str(column.year)


def _count(column: _Bin) -> str:
    words = f"{column.total} event" + ("" if column.total == 1 else "s")
    if column.expected:
        words += f", {column.expected} expected"
    return words


def overview_svg(
    views: list[EventView],
    href: Callable[[int, int | None], str],
    root: str,
    layouts: Layouts | None = None,
) -> str:
    """The strip as inline SVG markup. ``href(year, month)`` gives the link
    of a column (month None for a year column); ``root`` prefixes links to
    event pages; ``layouts`` keeps the strips laid out (``lay_out``)."""
    if not views:
        return ""
    layout, unit = lay_out(views, {} if layouts is None else layouts)
    bins = layout.bins
    width = WIDTH / len(bins)
    gap = min(2.0, width / 4)
    tallest = max(column.total for column in bins) or 1
    rows = max((bar.row + 1 for bar in layout.bars), default=0)
    chart_bottom = CHART + 4
    height = chart_bottom + rows * ROW + (4 if rows else 0)
    span = f"{_bin_name(bins[0], unit)} to {_bin_name(bins[-1], unit)}"
    parts = [
        f'<svg class="overview-strip" viewBox="0 0 {WIDTH} {height}" '
        f'preserveAspectRatio="none" aria-labelledby="overview-title">',
        f'<title id="overview-title">Events per {unit}, {escape(span)}</title>',
        f'<line class="axis" x1="0" y1="{chart_bottom}" x2="{WIDTH}" y2="{chart_bottom}"/>',
    ]
    for number, column in enumerate(bins):
        if not column.total:
            continue
        x = number * width + gap / 2
        name = _bin_name(column, unit)
        label = escape(f"{name}: {_count(column)}")
        parts.append(
            f'<a href="{escape(href(column.year, column.month))}" aria-label="{label}">'
            f"<title>{label}</title>"
        )
        top: float = chart_bottom
        for count, css in ((column.happened, "happened"), (column.expected, "expected")):
            if not count:
                continue
            tall = max(3.0, CHART * count / tallest)
            top -= tall
            parts.append(
                f'<rect class="{css}" x="{x:.1f}" y="{top:.1f}" '
                f'width="{width - gap:.1f}" height="{tall:.1f}"/>'
            )
        parts.append(
            f'<rect class="hit" x="{number * width:.1f}" y="0" width="{width:.1f}" '
            f'height="{chart_bottom}"/></a>'
        )
    for bar in layout.bars:
        view = views[bar.number]
        y = chart_bottom + 4 + bar.row * ROW
        label = escape(f"{view.event.title} ({view.date_text})")
        css = "range expected" if view.expected else "range"
        left, right = bar.first * width + gap / 2, (bar.last + 1) * width - gap / 2
        if bar.vague:
            middle = y + (ROW - 2) / 2
            mark = (
                f'<rect class="hit" x="{left:.1f}" y="{y}" width="{right - left:.1f}" '
                f'height="{ROW - 2}"/><path class="vague{" expected" if view.expected else ""}" '
                f'd="M{left:.1f} {y}V{y + ROW - 2}M{left:.1f} {middle}H{right:.1f}'
                f'M{right:.1f} {y}V{y + ROW - 2}"/>'
            )
        else:
            mark = (
                f'<rect class="{css}" x="{left:.1f}" y="{y}" width="{right - left:.1f}" '
                f'height="{ROW - 2}" rx="2"/>'
            )
        parts.append(
            f'<a href="{escape(root + view.path)}" aria-label="{label}"><title>{label}</title>'
            f"{mark}</a>"
        )
    ticks, labels = _labels(bins, unit, width)
    parts.extend(ticks)
    parts.append("</svg>")
    # Labels are HTML under the stretched drawing, so text keeps its shape
    # at any width; screen readers get the span from the title instead.
    parts.append(f'<div class="overview-labels" aria-hidden="true">{"".join(labels)}</div>')
    return "".join(parts)


def _labels(bins: list[_Bin], unit: str, width: float) -> tuple[list[str], list[str]]:
    """Ticks at year starts; labels on every month when there are few,
    else on years, at most about ten."""
    monthly = unit == "month" and len(bins) <= 12
    per_label = 12 if unit == "month" and not monthly else 1
    every = max(1, -(-(len(bins) // per_label) // 10))
    ticks, labels = [], []
    for number, column in enumerate(bins):
        starts_year = unit != "month" or column.month == 1
        x = number * width
        if x and starts_year:
            ticks.append(f'<line class="tick" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{CHART + 4}"/>')
        if monthly:
            text = MONTH_NAMES[column.month - 1][:3]  # type: ignore[operator]
            if starts_year or not number:
                text += f" {column.year}"
        elif (starts_year or not number) and (number // per_label) % every == 0:
            text = f"{column.year}s" if unit == "decade" else str(column.year)
        else:
            continue
        labels.append(f'<span style="left:{100 * x / WIDTH:.2f}%">{text}</span>')
    return ticks, labels
