"""The ``timeline`` command line. Each sub-command lives in its own module
of this package and exposes ``register(subparsers)``, which adds its parser
and sets ``handler`` to a function taking the parsed arguments and returning
the exit code."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from timeline import __version__
from timeline.cli import write_failure

# Sub-command modules, in the order ``timeline --help`` lists them.
COMMANDS = (
    "init",
    "fetch",
    "extract",
    "check",
    "desk",
    "new",
    "build",
    "serve",
    "annotate",
    "transfer",
)


def make_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of the command ``only`` alone: each
    imports its own stage of the pipeline, and a build need not wait for
    the extractor's to load."""
    parser = argparse.ArgumentParser(
        prog="timeline",
        description=(
            "Read news articles, extract the dated events they report into one YAML "
            "file per event for editors to correct, and publish them as a static site."
        ),
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS if only is None else (only,):
        importlib.import_module(f"timeline.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((word for word in argv if not word.startswith("-")), None)
    args = make_parser(command if command in COMMANDS else None).parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("timeline: interrupted", file=sys.stderr)
        return 130
    except OSError as error:  # a full disk, a read-only folder: writes are atomic, say which
        if error.errno not in write_failure.ADVICE:
            raise
        folder = write_failure.written_folder(args)
        print(
            f"timeline {args.command}: {write_failure.cannot_write(error, folder)}", file=sys.stderr
        )
        return 1


def run() -> None:
    """The ``timeline`` program: ``main``, then an exit that does not free
    every object one by one. Freeing a build's memory of 10,000 events took
    0.4 s, longer than the rebuild after an edit itself; the system takes the
    whole process back at once. Every file is closed and every worker gone by
    then, and the output is flushed first."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
