"""``timeline export`` and ``timeline import``: move events out to, and in
from, TimelineJS JSON, a TimelineSetter CSV, or our own JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from timeline.cli.check import add_events_option, display, events_dir
from timeline.cli.extract import positive
from timeline.formats import native_json, timelinejs, timelinesetter
from timeline.keys import importance, key_events, mentions_of, read_mentions
from timeline.layout import Layout
from timeline.model import Event
from timeline.site.config import ConfigError, SiteConfig, load_config
from timeline.site.stories import Story
from timeline.site.views import gazetteer_names
from timeline.store import StoreBusy, apply_import, load_events
from timeline.store.files import write_atomic
from timeline.store.problems import Problem

Reader = Callable[[str, Path], tuple[list[Event], list[Problem]]]
READERS: dict[str, Reader] = {
    "json": native_json.read,
    "timelinejs": timelinejs.read,
    "csv": timelinesetter.read,
}
KEPT_AS_THEY_ARE = ("locked", "hidden")  # the folder holds these events; no new source is added
FORMAT_HELP = (
    "json (ours: every field, hidden events too), timelinejs (TimelineJS 3 JSON) "
    "or csv (TimelineSetter's columns)"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="write the events as TimelineJS JSON, TimelineSetter CSV or our own JSON",
        description="Write the events in another format. TimelineJS and CSV hold what is "
        "published (no hidden events, no notes); our JSON holds everything.",
    )
    export.add_argument("--format", choices=sorted(READERS), default="json", help=FORMAT_HELP)
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="file to write (default: standard output)"
    )
    export.add_argument("--title", help="TimelineJS only: a title slide with this headline")
    export.add_argument(
        "--key",
        action="store_true",
        help="only the key events: the top events of the best days, with what editors "
        "pinned (key: true) and without what they dropped (key: false)",
    )
    export.add_argument(
        "--key-days",
        type=positive,
        metavar="N",
        help="with --key: this many key days (default: key_days of the story or the site in "
        "timeline.toml; 0 there: as many as fit the story's length)",
    )
    export.add_argument(
        "--story",
        metavar="ID",
        help="only the events of this story of timeline.toml ([[stories]] id); with --key, "
        "its key events, ranked within the story as its page ranks them",
    )
    export.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="with --story or --key: the settings file, for the stories and key_days (default: "
        "the project's timeline.toml)",
    )
    add_events_option(export)
    export.set_defaults(handler=run_export)

    imported = subparsers.add_parser(
        "import",
        help="add events from TimelineJS JSON, TimelineSetter CSV or our own JSON",
        description="Read events from a file into the events folder. An entry is one of "
        "the folder's events only by its id (unique_id in TimelineJS; a CSV row's id is "
        "made of its date and description), never by resemblance: known events are left "
        "as they are, new ones get a file each, and a clash of ids is reported.",
    )
    imported.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    imported.add_argument(
        "--format",
        choices=sorted(READERS),
        default=None,
        help=f"{FORMAT_HELP}; default: guessed from the file",
    )
    imported.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would be created and left alone; write nothing",
    )
    add_events_option(imported)
    imported.set_defaults(handler=run_import)


def _in_story(story: Story, events: list[Event]) -> list[Event]:
    """The events the story holds, its places matched by their gazetteer
    names as the site matches them ("Kiev" is Kyiv)."""
    places = {place for event in events for place in event.places} | set(story.places)
    place_names = gazetteer_names(places, {}) if story.places else {}
    return [event for event in events if story.holds(event, place_names)]


def run_export(args: argparse.Namespace) -> int:
    result = load_events(events_dir(args), check_articles=False)
    for problem in result.errors:
        print(display(problem), file=sys.stderr)
    if args.key_days is not None and not args.key:
        print("timeline export: --key-days goes with --key; exporting every event", file=sys.stderr)
    story, site_key_days = None, 0
    if args.story is not None or args.key:
        try:
            config = load_config(args.config or Layout.find(events_dir(args)).settings)
            story = None if args.story is None else _story(args, config)
        except ConfigError as error:
            print(f"timeline export: {error}", file=sys.stderr)
            return 2
        site_key_days = config.key_days
    events = result.events if story is None else _in_story(story, result.events)
    if args.key:
        events = _key_events(args, events, story, site_key_days)
    if args.format == "json":
        text = native_json.export(events)
    else:
        shown = [event for event in events if not event.hidden]
        text = (
            timelinejs.export(shown, args.title or (story.title if story else None))
            if args.format == "timelinejs"
            else timelinesetter.export(shown, args.output)
        )
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text)
    if result.broken:
        print(
            f"timeline export: {len(result.broken)} event files with errors were left "
            "out; run timeline check",
            file=sys.stderr,
        )
        return 1
    return 0


def _key_events(
    args: argparse.Namespace, events: list[Event], story: Story | None, site_key_days: int
) -> list[Event]:
    """The published events' key ones, ranked with the days each article
    named (a story's: those its own articles named), as the site ranks them:
    ``--key-days``, else the story's ``key_days``, else the site's."""
    mentions, problem = read_mentions(events_dir(args))
    if problem:
        print(problem, file=sys.stderr)
    shown = [event for event in events if not event.hidden]
    if story is not None:
        mentions = mentions_of(shown, mentions)
    count = args.key_days or (story.key_days if story else site_key_days) or None
    return key_events(shown, importance(shown, mentions), count)


def _story(args: argparse.Namespace, config: SiteConfig) -> Story:
    """The story ``--story`` names in the settings, with the key days its
    page shows (its own, else the site's)."""
    stories = {story.id: story for story in config.stories}
    if args.story not in stories:
        known = ", ".join(stories) or "none"
        path = args.config or Layout.find(events_dir(args)).settings
        raise ConfigError(f"{path}: no story {args.story!r} in [[stories]]; its stories: {known}")
    story = stories[args.story]
    return replace(story, key_days=story.key_days or config.key_days)


def guess_format(path: Path, text: str) -> str:
    """csv by extension; for JSON, ours says so in ``format``, else TimelineJS."""
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return "csv"
    return "json" if f'"{native_json.FORMAT}"' in text[:200] else "timelinejs"


def run_import(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        print(f"{args.file}: error: cannot read it: {error}", file=sys.stderr)
        return 1
    events, problems = READERS[args.format or guess_format(args.file, text)](text, args.file)
    for problem in problems:
        print(display(problem), file=sys.stderr)
    try:
        report = apply_import(events, events_dir(args), dry_run=args.dry_run)
    except StoreBusy as busy:
        print(f"timeline import: {busy}", file=sys.stderr)
        return 1
    print(report)
    # an entry neither in the folder nor written: its line above says why
    not_taken = [change for change in report.left_alone if change.reason not in KEPT_AS_THEY_ARE]
    return 1 if not_taken or any(problem.is_error for problem in problems) else 0
