"""``timeline check``: every problem of every event file in one run, in the
``path:line:column: severity: message`` form editors' tools and CI parse."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from timeline.layout import Layout
from timeline.model import Event
from timeline.same_event import likely_duplicates
from timeline.store import Problem, load_events
from timeline.store.ledger import Ledger
from timeline.store.locate import problem_at, sort_problems
from timeline.store.problems import count_summary
from timeline.store.validate import ids_differing_in_case


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate the event files and report every problem",
        description=(
            "Read every content/events/*.yaml and report each problem as "
            "path:line:column: error|warning: message, then a count. Exits 1 when "
            "there is any error, 0 when there are only warnings or none."
        ),
    )
    add_events_option(parser)
    parser.set_defaults(handler=run)


def add_events_option(parser: argparse.ArgumentParser) -> None:
    """``--events DIR``, shared by the commands that read or write events."""
    parser.add_argument(
        "--events",
        type=Path,
        metavar="DIR",
        default=None,
        help="folder of event YAML files (default: content/events of the project "
        "around the working directory)",
    )


def events_dir(args: argparse.Namespace) -> Path:
    """``--events`` as given, or the project's ``content/events``."""
    return args.events if args.events is not None else Layout.find().events


def display(problem: Problem) -> str:
    """The problem with its path relative to the working directory when it
    lies below it, as editors' tools expect."""
    try:
        path = Path(os.path.relpath(problem.path))
    except ValueError:  # another drive on Windows
        path = problem.path
    if str(path).startswith(".."):
        path = problem.path
    return str(Problem(path, problem.line, problem.column, problem.severity, problem.message))


def _places_listed_twice(events: list[Event]) -> list[tuple[Event, int, str]]:
    """Each place an event lists again under another of its names ("Kiev"
    after "Kyiv"): (event, its index in ``places``, the message). The
    gazetteer is read only when some event lists two places or more."""
    listing = [event for event in events if len(event.places) > 1 and event.path is not None]
    if not listing:
        return []
    from timeline.events.place_names import one_name

    named = one_name({place for event in listing for place in event.places})
    found = []
    for event in listing:
        seen: dict[str, str] = {}
        for index, place in enumerate(event.places):
            same = named.get(place, place)
            if same in seen and seen[same] != place:
                message = (
                    f"{place!r} is {seen[same]!r} again: both are {same} in the gazetteer, "
                    "which the site shows once; list the place once"
                )
                found.append((event, index, message))
            seen.setdefault(same, place)
    return found


def run(args: argparse.Namespace) -> int:
    folder = events_dir(args)
    if not folder.is_dir():
        print(f"{folder}: error: no such folder; give the events folder with --events DIR")
        return 1
    result = load_events(folder)
    for event, other in likely_duplicates(result.events):
        assert event.path is not None and other.path is not None
        result.problems.append(
            problem_at(
                event.path,
                ("title",),
                "warning",
                f"the same event as {other.path.name}? Same date and a similar title or "
                "the same quote: if so, move its sources there and delete this file",
            )
        )
    for event, other in ids_differing_in_case(result.events):
        assert event.path is not None and other.path is not None
        result.problems.append(
            problem_at(
                event.path,
                ("id",),
                "warning",
                f"the id differs from {other.id!r} ({other.path.name}) only in case: macOS and "
                "Windows ignore case in file names, so there the two are one file; change one id "
                "and its file name",
            )
        )
    for event, index, message in _places_listed_twice(result.events):
        assert event.path is not None
        result.problems.append(problem_at(event.path, ("places", index), "warning", message))
    sort_problems(result.problems)
    ledger = Ledger.read(folder)
    if ledger.problem:
        result.problems.append(
            Problem(
                ledger.path,
                1,
                1,
                "warning",
                (
                    f"cannot read the extraction ledger ({ledger.problem}); events you deleted may "
                    "be proposed again. Fix the file (a merge conflict?) or delete it"
                ),
            )
        )
    for problem in result.problems:
        print(display(problem))
    checked = len(result.events) + len(result.broken)
    print(
        f"{checked} event file{'' if checked == 1 else 's'} checked: "
        f"{count_summary(result.problems)}"
    )
    return 1 if result.errors else 0
