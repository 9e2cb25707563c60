"""``timeline init``: a new project of one's own, as ``hugo new site`` makes
one, so nobody starts by copying the demo and deleting its events."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.layout import ARTICLES, CONTENT, SETTINGS, Layout
from timeline.store.files import ensure_schema, write_atomic

STARTER = Path(__file__).resolve().parents[1] / "starter"
FIRST_ARTICLE = "riverside-library-opens.md"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="start a new project: settings, content folders and a first article",
        description=(
            "Create a project in DIR (default: the current folder): timeline.toml with "
            "every setting commented, content/articles/ with a first article to replace, "
            "content/events/ with the event schema, and a .gitignore for the build "
            "output. Nothing that already exists is overwritten."
        ),
    )
    parser.add_argument("dir", nargs="?", default=".", type=Path, metavar="DIR")
    parser.add_argument("--title", help="the site's title (default: the folder's name)")
    parser.set_defaults(handler=run)


def starter_files(title: str) -> dict[str, str]:
    """Every file a new project starts with, by its path in the project."""
    settings = (STARTER / "timeline.toml").read_text(encoding="utf-8")
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    return {
        SETTINGS: settings.replace("{title}", escaped),
        ".gitignore": (STARTER / "gitignore").read_text(encoding="utf-8"),
        f"{CONTENT}/{ARTICLES}/{FIRST_ARTICLE}": (STARTER / "first-article.md").read_text(
            encoding="utf-8"
        ),
    }


def run(args: argparse.Namespace) -> int:
    layout = Layout(args.dir.resolve())
    root = layout.root
    if layout.settings.exists() or layout.content.exists():
        print(
            f"timeline init: {root} already holds a project (timeline.toml or content/); "
            "nothing written. Choose an empty or new folder.",
            file=sys.stderr,
        )
        return 1
    title = args.title or root.name.replace("-", " ").replace("_", " ").strip() or "Timeline"
    if "\n" in title or "\r" in title:
        print("timeline init: --title must be one line", file=sys.stderr)
        return 2
    try:
        for folder in (layout.articles, layout.events):
            folder.mkdir(parents=True, exist_ok=True)
        ensure_schema(layout.events)
        written = []
        for name, text in starter_files(title).items():
            path = root / name
            if path.exists():  # a .gitignore of the folder's own stays as it is
                continue
            write_atomic(path, text)
            written.append(name)
    except OSError as error:
        reason = error.strerror or str(error)
        print(f"timeline init: cannot write in {root}: {reason}", file=sys.stderr)
        return 1
    print(f"Created a timeline project in {root}:")
    for name in written:
        print(f"  {name}")
    print("  content/events/")
    where = "" if root == Path.cwd().resolve() else f"cd {args.dir} && "
    print(
        f"\nNext: put articles in content/articles/, then\n"
        f"  {where}timeline extract && timeline check && timeline build\n"
        "and open site/index.html, or run 'timeline serve'."
    )
    return 0
