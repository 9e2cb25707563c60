"""Publishing a project: the folders a build reads and writes, and the one
step ``build`` and ``serve`` both run: load the event files, build the site.
The store reads, the site renders; this module is where the two meet."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from timeline.collector import collector_paused
from timeline.incremental.inputs import inputs_digest
from timeline.incremental.memory import BuildMemory
from timeline.incremental.read_cache import READ_CACHE, ReadCache
from timeline.keys.mentions import read_mentions
from timeline.layout import Layout, cache_folder, content_root
from timeline.listing import folder_entries
from timeline.model import MEDIA_FOLDER
from timeline.site.build import BuildResult, build_site, site_state
from timeline.site.config import ConfigError, SiteConfig, load_config
from timeline.site.theme import default_theme
from timeline.site.writer import WriteStats, up_to_date
from timeline.store.load import load_events


class ProjectError(ValueError):
    """The project cannot be built as given; the message says what to do."""


@dataclass(frozen=True)
class Project:
    events: Path
    out: Path
    templates: Path
    config_file: Path
    config_given: bool = False  # named by the user: it must exist

    @classmethod
    def at(
        cls,
        root: Path,
        events: Path | None = None,
        out: Path | None = None,
        templates: Path | None = None,
        config_file: Path | None = None,
    ) -> Project:
        """The project at ``root`` (``timeline.layout``), each folder overridable."""
        layout = Layout(root)
        return cls(
            events=(events or layout.events).resolve(),
            out=(out or layout.site).resolve(),
            templates=(templates or layout.templates).resolve(),
            config_file=(config_file or layout.settings).resolve(),
            config_given=config_file is not None,
        )

    @property
    def content(self) -> Path:
        """``content/``, which the events' pictures (``media/…``) lie under."""
        return content_root(self.events)

    def config(self) -> SiteConfig:
        if self.config_given and not self.config_file.is_file():
            raise ConfigError(f"{self.config_file}: no such settings file; check --config")
        return load_config(self.config_file)

    def build(
        self,
        config: SiteConfig,
        published: Callable[[], None] | None = None,
        one_off: bool = False,
        memory: BuildMemory | None = None,
    ) -> tuple[BuildResult, list[str], int]:
        """Load the events and build. Problems come back as lines, with the
        number of errors among them that left an event out: a file with an
        error is left out and the rest of the events are built regardless (a
        picture's error leaves its event in, without the picture). When nothing it reads
        changed since the last build without problems, it stops at once.
        ``memory`` is what the builds of this process keep (``serve`` passes
        the same one each time); it is taken from beside the site when it
        holds another site's, or none is given, and written back there.
        ``one_off``: the process ends after this build (``collector_paused``)."""
        if not self.events.is_dir():
            raise ProjectError(
                f"{self.events}: no such folder of events; run 'timeline extract' first "
                "or give --events DIR"
            )
        started = time.perf_counter()
        sources = (
            self.events,
            self.content / MEDIA_FOLDER,
            self.templates,
            default_theme(),
            self.config_file,
        )
        entries = folder_entries(self.events)  # listed once, for both below
        inputs = inputs_digest(config, sources, {self.events: entries})
        files = up_to_date(self.out, inputs, site_state(config))
        if files is not None:
            stats = WriteStats(unchanged=files)
            seconds = time.perf_counter() - started
            return BuildResult(0, 0, stats, seconds, up_to_date=True), [], 0
        # The site needs no article file: a missing one is for `timeline check` to report.
        with collector_paused(one_off):
            caches = cache_folder(self.out)
            memory = memory or BuildMemory()
            memory.recall(caches)
            cache = ReadCache(caches / READ_CACHE, memory)
            loaded = load_events(self.events, check_articles=False, cache=cache, entries=entries)
            del entries  # each holds its file's status: 40 MB at 100,000 events
            cache.save()
            # The days articles name in passing: the key events ranked as
            # `timeline export --key` ranks them. Unreadable, it is reported
            # (a warning: the events alone rank them then).
            mentions, unreadable = read_mentions(self.events)
            warnings = [unreadable] if unreadable else []
            inputs = "" if loaded.problems or warnings else inputs
            result = build_site(
                loaded.events,
                self.out,
                config,
                self.templates,
                inputs,
                published,
                kept=partial(memory.keep, caches, len(loaded.events)),
                memory=memory,
                mentions=mentions,
                content=self.content,
            )
        problems = (
            [str(problem) for problem in loaded.problems]
            + result.problems
            + warnings
            + result.warnings
        )
        # An error that leaves its event on the site (a picture) is no file left out.
        broken = set(loaded.broken)
        left_out = sum(1 for problem in loaded.errors if problem.path in broken)
        return result, problems, left_out + len(result.problems)
