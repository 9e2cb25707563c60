"""``timeline fetch``: web articles, or the new items of a feed, saved into
``content/articles/`` for ``timeline extract`` to read."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from timeline.fetch import (
    FetchError,
    Limits,
    article_text,
    download,
    known_urls,
    read_feed,
    save_article,
)
from timeline.fetch.download import check_url
from timeline.layout import Layout


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fetch",
        help="save web articles, or a feed's new items, into content/articles",
        description=(
            "Download each web page, keep its main text, title, publication date, address "
            "and language, and save it as an article under content/articles/. With --feed, "
            "save every item of an RSS or Atom feed that is not saved yet. A failure is one "
            "line on stderr and the others go on; the exit code is 1 when any failed. Then "
            "run 'timeline extract'."
        ),
    )
    parser.add_argument("urls", nargs="*", metavar="URL", help="web pages of articles")
    parser.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL",
        help="an RSS or Atom feed whose new items to save (may be given more than once)",
    )
    parser.add_argument(
        "--articles",
        type=Path,
        metavar="DIR",
        help="where to save (default: content/articles of the project)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=Limits.timeout,
        metavar="SECONDS",
        help=f"give up on a download after this long (default: {Limits.timeout:g})",
    )
    parser.add_argument(
        "--max-size",
        type=float,
        default=Limits.max_bytes / (1 << 20),
        metavar="MB",
        help=f"refuse a page or feed larger than this (default: {Limits.max_bytes >> 20})",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not args.urls and not args.feed:
        print("timeline fetch: give article URLs, or --feed URL", file=sys.stderr)
        return 2
    folder = args.articles or Layout.find().articles
    limits = Limits(timeout=args.timeout, max_bytes=int(args.max_size * (1 << 20)))
    fetcher = _Fetcher(folder, limits)
    for url in args.urls:
        fetcher.article(url)
    for feed in args.feed:
        fetcher.feed(feed)
    print(
        f"{fetcher.saved} saved, {fetcher.skipped} already there, {fetcher.failed} failed "
        f"in {folder}"
    )
    return 1 if fetcher.failed else 0


class _Fetcher:
    """One run: what is saved already, and the counts."""

    def __init__(self, folder: Path, limits: Limits) -> None:
        self.folder = folder
        self.limits = limits
        self.known = known_urls(folder)
        self.saved = self.skipped = self.failed = 0

    def article(
        self, url: str, published: dt.date | None = None, *, quiet_if_known: bool = False
    ) -> None:
        try:
            address = check_url(url)
            if address in self.known:
                self.skipped += 1
                if not quiet_if_known:
                    print(f"already saved: {url} as {self._shown(self.known[address])}")
                return
            name, text = article_text(download(address, self.limits), published)
        except FetchError as error:
            self._fail(url, str(error))
            return
        try:
            path = save_article(self.folder, name, text)
        except OSError as error:
            self._fail(url, f"cannot write into {self.folder}: {error.strerror}")
            return
        self.known[address] = path
        self.saved += 1
        print(f"saved {self._shown(path)}  from {url}")

    def feed(self, url: str) -> None:
        try:
            items = read_feed(download(url, self.limits))
        except FetchError as error:
            self._fail(url, str(error))
            return
        for item in items:
            self.article(item.link, item.published, quiet_if_known=True)

    def _fail(self, url: str, why: str) -> None:
        self.failed += 1
        print(f"timeline fetch: {url}: {why}; skipped", file=sys.stderr)

    def _shown(self, path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)
