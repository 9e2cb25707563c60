"""Building the site: events in, a folder of static files out.

``plan_site`` plans (events and theme in; out, each file's path, the key
of its inputs and how to render it), taking over from the build's memory
what earlier builds made; the ``SiteWriter`` renders only files
whose key changed and writes only bytes that changed; Pagefind indexes the
staged site before it goes live.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import jinja2

from timeline.incremental.code_key import code_key
from timeline.incremental.image_probes import IMAGE_PROBES, ImageProbes
from timeline.incremental.memory import BuildMemory
from timeline.incremental.pieces import Fragments
from timeline.keys.mentions import ArticleDays
from timeline.layout import cache_folder
from timeline.model import Event
from timeline.parallel import can_fork, cores, fork_map, resident
from timeline.site.cards import cards_missing, render_cards
from timeline.site.config import SiteConfig
from timeline.site.feeds import plan_outputs
from timeline.site.images import plan_images
from timeline.site.key_page import Selections
from timeline.site.outputs import Keys, Output, fixed
from timeline.site.pages import plan_pages
from timeline.site.stories import story_places
from timeline.site.theme import make_environment, note_template_line, static_files, theme_dirs
from timeline.site.views import SiteData, prepare
from timeline.site.writer import SiteWriter, WriteStats, exclusive, swap_in


@dataclass
class BuildResult:
    """What a build did: counts for the summary line, and problems found
    in the events (each a one-line ``where: what to do``)."""

    events: int
    pages: int
    stats: WriteStats
    seconds: float
    problems: list[str] = field(default_factory=list)
    # what the site shows without, but not an event it leaves out (a picture)
    warnings: list[str] = field(default_factory=list)
    up_to_date: bool = False  # nothing it reads changed since the last build
    unreviewed: int = 0  # events left out as they wait for review

    def summary(self, out_dir: Path) -> str:
        stats = self.stats
        if self.up_to_date:
            return (
                f"built {out_dir}: no event file, template, setting or code changed; "
                f"0 files written, {stats.unchanged} unchanged, 0 removed in {self.seconds:.2f} s"
            )
        waiting = (
            f' ({self.unreviewed} more wait for review: timeline desk, or publish = "all")'
            if self.unreviewed
            else ""
        )
        return (
            f"built {out_dir}: {self.events} events{waiting}, {self.pages} pages; "
            f"{stats.written} files written, {stats.unchanged} unchanged, "
            f"{stats.removed} removed in {self.seconds:.2f} s"
        )


class SearchIndexError(RuntimeError):
    """Pagefind failed; the live site was left as it was."""


def plan_site(
    data: SiteData,
    config: SiteConfig,
    templates: Path | None = None,
    fragments: Fragments | None = None,
    memory: BuildMemory | None = None,
    images: list[Output] | None = None,
) -> Iterator[Output]:
    """Every output file of the site, planned: pages, feeds and data files,
    the ``images`` (``images.plan_images``), then the theme's static assets.
    ``fragments`` holds pieces of the last build (``incremental.pieces``),
    ``memory`` what it kept of the rest (the one ``prepare`` made ``data``
    with; a new one without)."""
    dirs = theme_dirs(templates)
    keys = Keys(base_key(config, dirs), data)
    fragments = fragments or Fragments(keys.base)
    memory = memory or BuildMemory()
    pages = []
    env = make_environment(tuple(dirs), keys.base)
    selections = Selections(data, config)  # each story's events, and key events
    for output in plan_pages(data, config, env, keys, memory, selections):
        if output.path.endswith(".html"):  # not the time axis's data
            pages.append(output.path)
        yield output
    yield from plan_outputs(data, config, pages, keys, fragments, memory, selections)
    yield from images or ()
    for path, content in static_files(dirs):
        yield fixed(path, keys.of(path), content)


def base_key(config: SiteConfig, dirs: list[Path]) -> str:
    """A hash of what every output depends on besides the events: the
    settings, every theme file, the code and the libraries that render."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr(config).encode())
    for folder in dirs:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    digest.update(code_key().encode())
    return digest.hexdigest()


# The caches builds kept inside the site until they moved to ``cache_folder``:
# the read cache held every event, hidden ones and editors' notes included.
INSIDE_BEFORE = (".timeline-read.json", ".timeline-cache.json")

# Fewer pages than this render in the build's own process: forking costs
# more than it saves, and ``serve``'s rebuilds after an edit stay in-process.
PARALLEL_FROM = 2000
# A build that holds more memory than this renders in its own process only:
# a forked worker touches every event, and so ends up with its own copy of
# nearly all of it (``timeline.parallel``). Both together would hold about
# 2.5 times this much, which at 100,000 events is past 1 GB; alone the build
# is slower but stays under it.
FORK_UP_TO_BYTES = 384 << 20


def on_every_core(count: int) -> bool:
    """Whether this many pages (or cards) are rendered by forked workers as well."""
    return count >= PARALLEL_FROM and cores() >= 2 and can_fork() and resident() <= FORK_UP_TO_BYTES


def write_all(
    outputs: list[Output],
    writer: SiteWriter,
    parallel: bool,
    meanwhile: Callable[[], None] = lambda: None,
) -> Iterator[tuple[str, bool]]:
    """Render and stage each output (``SiteWriter.write``), in order. Many
    pages are rendered and written on every core, by this process and
    forked workers, which send back only each file's hash; the other files
    (feeds, calendars, data) are rendered by this process alone: they fill
    the cache of pieces it keeps. Then ``meanwhile`` runs, in this process,
    while the workers go on with the pages."""

    def write(output: Output) -> tuple[str, bool]:
        try:
            return writer.write(output.path, output.render())
        except jinja2.TemplateError as error:
            note_template_line(error)  # here, where its traceback still is
            raise

    if not parallel:  # see ``on_every_core``
        yield from map(write, outputs)
        meanwhile()
        return
    pages = [output for output in outputs if output.path.endswith(".html")]
    # One page in this process first, the last (in a new site, the small
    # search page): the base template is then compiled once, before the
    # workers fork, and a broken one stops the build before they do.
    last = write(pages[-1])
    writer.begin()
    written = fork_map(write, pages[:-1], jobs=cores(), chunksize=32)
    done = list(islice(written, 1))  # the workers are at work
    others = iter([write(output) for output in outputs if not output.path.endswith(".html")])
    meanwhile()
    done_pages = iter([*done, *written, last])
    for output in outputs:
        yield next(done_pages if output.path.endswith(".html") else others)


def run_pagefind(folder: Path, live: bool = False) -> None:
    """Index the event pages of ``folder`` for search (Pagefind's binary
    comes inside its wheel). Only they carry ``data-pagefind-body``, so
    Pagefind is shown only them (and the home page, so that a timeline
    without events still has a page to index): parsing the other two thirds
    of a large site's pages for nothing took it 45 s and 900 MB for 10,000
    events, against 7 s and 360 MB, for the same index. It reads each page
    from its ``<main>`` (the same index, for a sixth less of its time than
    reading the head, header and footer too). In a ``live`` site the new
    index is made beside the one readers use, then swapped in."""
    for leftover in folder.glob(".pagefind-*"):  # what a killed build left
        shutil.rmtree(leftover, ignore_errors=True)
    output = folder / (f".pagefind-{os.getpid()}" if live else "pagefind")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(folder),
            "--glob",
            "{index.html,events/*.html}",
            "--root-selector",
            "main",
            "--output-path",
            str(output),
            "--silent",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        if live:
            shutil.rmtree(output, ignore_errors=True)
        raise SearchIndexError(
            "pagefind failed: " + (detail[-1] if detail else f"exit {result.returncode}")
        )
    if live:
        swap_in(output, folder / "pagefind")
        shutil.rmtree(output, ignore_errors=True)  # the old index, after the exchange


def site_state(config: SiteConfig) -> str:
    """What the output depends on beside its files (see ``SiteWriter``)."""
    return "search" if config.search else ""


def build_site(
    events: list[Event],
    out_dir: Path,
    config: SiteConfig,
    templates: Path | None = None,
    inputs: str = "",
    published: Callable[[], None] | None = None,
    kept: Callable[[], None] = lambda: None,
    memory: BuildMemory | None = None,
    mentions: Mapping[str, ArticleDays] | None = None,
    content: Path | None = None,
) -> BuildResult:
    """Render ``events`` into ``out_dir``, writing only what changed.
    ``mentions``, the days each article names (``timeline.keys.mentions``),
    rank the key events with the event files.
    ``memory`` holds what earlier builds made (a new one without) and is
    left holding what this one made, for the next.
    ``published()`` is called as soon as the pages are live, which after a
    small change is before the search index is made again; ``kept()`` once
    all this build keeps for the next is made (in ``memory``), while
    workers may still render pages.
    ``templates`` is the project's own template folder, which overrides the
    default theme file by file. ``inputs``, the digest of what was read
    (``timeline.incremental.inputs``), lets the next build stop early when it is
    unchanged; it is not kept when there are problems to report again.
    ``content`` is the folder event pictures lie under (``media/…``); without
    it, events show only pictures from https addresses."""
    started = time.perf_counter()
    memory = memory or BuildMemory()
    with exclusive(out_dir):
        # Loaded before the events are prepared: it holds their summaries' HTML.
        caches = cache_folder(out_dir)
        caches.mkdir(exist_ok=True)
        for name in INSIDE_BEFORE:  # out of the published site, where they leaked
            (out_dir / name).unlink(missing_ok=True)
        fragments = Fragments.load(caches, base_key(config, theme_dirs(templates)), memory)
        shown = to_publish(events, config.publish)
        probes = ImageProbes(caches / IMAGE_PROBES)
        pictures, images, image_problems = (
            plan_images(shown, content, probes) if content else ({}, [], [])
        )
        probes.save()
        data = prepare(shown, config.taxonomies, memory, pictures, story_places(config.stories))
        data.mentions = mentions or {}
        inputs = "" if data.problems or image_problems else inputs
        writer = SiteWriter(out_dir, state=site_state(config), inputs=inputs)
        pages = 0
        try:
            # Before the pages are planned: the cards make the new views'
            # fingerprints, which the pages' keys are made of.
            missing = cards_missing(data, fragments.key, memory)
            if on_every_core(len(missing)):
                env = make_environment(tuple(theme_dirs(templates)), fragments.key)
                render_cards(missing, config, env, memory)
            pending = []
            for output in plan_site(data, config, templates, fragments, memory, images):
                pages += output.path.endswith(".html")
                if not writer.reuse(output.path, output.key):
                    pending.append(output)
            parallel = on_every_core(sum(output.path.endswith(".html") for output in pending))
            # Before the page workers fork: the cache keeps them.
            summaries = [view.event.summary for view in data.events]
            memory.summaries.render_all(summaries)
            live = {view.fingerprint for view in data.events}

            def keep() -> None:
                fragments.save(caches, summaries, live, memory)
                kept()

            written_all = write_all(pending, writer, parallel, keep)
            for output, (digest, written) in zip(pending, written_all, strict=True):
                writer.record(output.path, output.key, digest, written)
        except BaseException:
            writer.abandon()
            raise
        stats = writer.finish(derive=run_pagefind if config.search else None, published=published)
    return BuildResult(
        events=len(data.events),
        pages=pages,
        stats=stats,
        seconds=time.perf_counter() - started,
        problems=data.problems,
        warnings=image_problems,
        unreviewed=len(events) - len(shown),
    )


def to_publish(events: list[Event], publish: str) -> list[Event]:
    """The events readers may see: with ``publish = "reviewed"`` only those
    an editor accepted; a machine's guess never reaches readers looking like
    a checked fact (with ``"all"`` the pages mark it unverified)."""
    if publish == "all":
        return events
    return [event for event in events if event.review == "reviewed"]
