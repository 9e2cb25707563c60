"""``timeline new``: a valid event file for an event an editor adds by hand."""

from __future__ import annotations

import argparse
import sys

from timeline.cli.check import add_events_option, display, events_dir
from timeline.dates import EDTFError, parse_edtf
from timeline.model import STATUSES, Event, Source, event_filename, new_id
from timeline.store import StoreBusy
from timeline.store.files import dump_event, ensure_schema, write_atomic
from timeline.store.load import load_file
from timeline.store.lock import events_lock


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "new",
        help="write a new event file for a hand-written event",
        description=(
            "Write content/events/<id>.yaml for an event you add by hand, marked as "
            "reviewed, and print its path. The id comes from the date and title and "
            "never changes afterwards."
        ),
    )
    parser.add_argument(
        "--date",
        required=True,
        help="EDTF date: 2026-02-20, 2026-02, 2026, 2026-02-17/2026-02-18, "
        "../2026-02-17 (before), 2026-02-20? (uncertain)",
    )
    parser.add_argument("--title", required=True, help="a short title")
    parser.add_argument("--summary", default="", help="a longer description (Markdown)")
    parser.add_argument(
        "--status",
        choices=STATUSES,
        default="happened",
        help="happened, or expected for an event still to come",
    )
    parser.add_argument(
        "--place", action="append", default=[], metavar="PLACE", help="a place (repeat for several)"
    )
    parser.add_argument(
        "--actor",
        action="append",
        default=[],
        metavar="ACTOR",
        help="a person or organisation (repeat for several)",
    )
    parser.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a tag (repeat for several)"
    )
    parser.add_argument("--url", help="the web page the event comes from, kept as its source")
    add_events_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        date = str(parse_edtf(args.date))
    except EDTFError as error:
        print(f"timeline new: --date: {error}", file=sys.stderr)
        return 2
    if not args.title.strip():
        print("timeline new: --title is empty; give a short title", file=sys.stderr)
        return 2
    folder = events_dir(args)
    event = Event(
        id=new_id(date, args.title),
        title=args.title.strip(),
        date=date,
        status=args.status,
        summary=args.summary,
        places=args.place,
        actors=args.actor,
        tags=args.tag,
        sources=[Source(article="", url=args.url)] if args.url else [],
        review="reviewed",
    )
    try:
        with events_lock(folder):
            path = folder / event_filename(event)
            if path.exists():
                print(
                    f"{path}: error: an event file with this id exists already; edit it, "
                    "or choose another title",
                    file=sys.stderr,
                )
                return 1
            ensure_schema(folder)
            write_atomic(path, dump_event(event))
    except StoreBusy as busy:
        print(f"timeline new: {busy}", file=sys.stderr)
        return 1
    _event, problems = load_file(path)
    for problem in problems:
        print(display(problem), file=sys.stderr)
    print(path)
    return 1 if any(problem.is_error for problem in problems) else 0
