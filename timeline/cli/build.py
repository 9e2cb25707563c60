"""``timeline build``: render the event files as the static site."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import jinja2

from timeline.layout import find_root
from timeline.parallel import WorkerDied
from timeline.publish import Project, ProjectError
from timeline.site import ConfigError
from timeline.site.build import SearchIndexError
from timeline.site.theme import describe_template_error
from timeline.site.writer import OutputError


def project_from_args(args: argparse.Namespace) -> Project:
    return Project.at(find_root(), args.events, args.out, args.templates, args.config)


def add_project_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by ``build`` and ``serve``."""
    parser.add_argument(
        "--events",
        type=Path,
        metavar="DIR",
        help="folder of event YAML files (default: content/events of the project)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="folder the site is written to (default: site/ of the project); "
        "only files whose content changed are rewritten",
    )
    parser.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="the project's own templates, overriding the default theme file by file "
        "(default: templates/ of the project)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="site settings: title, base_url, language, timezone in a [site] table "
        "(default: timeline.toml of the project)",
    )
    parser.add_argument(
        "--no-search",
        action="store_true",
        help="skip the Pagefind search index (faster; the search page then says so)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build",
        help="render the events as a static site",
        description="Render content/events/*.yaml as a static site: the timeline, a page per "
        "event, tag, place, actor, source article and year, search, an Atom feed, "
        "iCalendar files, events.json, TimelineJS data and a sitemap. Unreadable event "
        "files are reported and left out; the exit code is then 1.",
    )
    add_project_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    project = project_from_args(args)
    try:
        config = project.config()
        if args.no_search:
            config = replace(config, search=False)
        result, problems, errors = project.build(config, one_off=True)
    except (ConfigError, OutputError, ProjectError, SearchIndexError, WorkerDied) as error:
        print(f"timeline build: {error}", file=sys.stderr)
        return 2
    except jinja2.TemplateError as error:
        print(f"timeline build: {describe_template_error(error)}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    print(result.summary(project.out))
    if errors:
        print(
            f"timeline build: {errors} event file(s) with errors are not on the site "
            "until fixed (see above, or run 'timeline check')",
            file=sys.stderr,
        )
        return 1
    return 0
