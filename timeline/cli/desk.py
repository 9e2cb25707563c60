"""``timeline desk``: review extracted events in the browser, on 127.0.0.1."""

from __future__ import annotations

import argparse
import sys

from timeline.cli.check import add_events_option, events_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "desk",
        help="review the extracted events in the browser (on 127.0.0.1)",
        description=(
            "Serve the editors' desk on http://127.0.0.1:PORT/: the events waiting for review, "
            "each beside its article with the quote and the date's words marked; accept, "
            "reject, edit and merge with one key each, and undo. Every write goes through the "
            "store: atomic, keeping comments and untouched bytes, and refused when the file "
            "changed on disk since the page was loaded. Stop it with Ctrl-C."
        ),
    )
    parser.add_argument(
        "--port", type=int, default=8001, metavar="N", help="port to listen on (default: 8001)"
    )
    add_events_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from timeline.desk.server import DeskServer
    from timeline.desk.state import Desk
    from timeline.layout import desk_folder

    folder = events_dir(args)
    if not folder.is_dir():
        print(f"{folder}: error: no such folder; give the events folder with --events DIR")
        return 1
    desk = Desk(folder, desk_folder(folder))
    desk.load(queue_first=True)
    try:
        server = DeskServer(desk, args.port)
    except OSError as error:
        print(
            f"timeline desk: cannot listen on 127.0.0.1:{args.port} ({error.strerror}); "
            "choose another --port",
            file=sys.stderr,
        )
        return 2
    waiting = sum(entry.event.review == "unreviewed" for entry in desk.entries.values())
    print(f"{waiting} of {len(desk.entries)} events wait for review in {folder}")
    print(f"desk at {server.url} (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
