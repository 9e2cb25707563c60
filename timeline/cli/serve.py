"""``timeline serve``: build, serve on 127.0.0.1, rebuild and reload on change."""

from __future__ import annotations

import argparse
import sys
import threading
from dataclasses import replace

from timeline.cli.build import add_project_options, project_from_args
from timeline.preview import LiveSite, make_server
from timeline.site.config import SiteConfig


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="build the site, serve it on 127.0.0.1 and rebuild on every change",
        description="Build the site, serve it on http://127.0.0.1:PORT/ and watch the event "
        "files, templates and timeline.toml: each change rebuilds what it affects and "
        "reloads the open pages. A file that cannot be read is listed in the page itself; "
        "the server keeps running. Stop it with Ctrl-C.",
    )
    parser.add_argument(
        "--port", type=int, default=8000, metavar="N", help="port to listen on (default: 8000)"
    )
    add_project_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    project = project_from_args(args)

    def adjust(config: SiteConfig) -> SiteConfig:
        return replace(config, search=False) if args.no_search else config

    live = LiveSite(project, adjust)
    try:
        server = make_server(live, args.port)
    except OSError as error:
        print(
            f"timeline serve: cannot listen on 127.0.0.1:{args.port} ({error.strerror}); "
            "choose another --port",
            file=sys.stderr,
        )
        return 2
    print(live.rebuild())
    for problem in live.problems:
        print(f"  {problem}")
    watcher = threading.Thread(target=live.watch, daemon=True)
    watcher.start()
    print(f"serving {project.out} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    finally:
        live.stop()
        server.server_close()
    return 0
