"""Where a project keeps its files: the one place its layout is spelled out,
so that every command works from any folder inside the project::

    timeline.toml         the settings
    content/articles/     the articles ``extract`` reads
    content/events/       one YAML file per event, which editors own
    templates/            the project's own templates (optional)
    site/                 the built site
    .site-cache/          what builds keep for the next, beside the site
    content/.desk/        what the editors' desk keeps between runs: its undo
                          journal and read cache (the desk writes nothing
                          outside content/)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SETTINGS = "timeline.toml"
CONTENT = "content"
ARTICLES = "articles"
EVENTS = "events"
TEMPLATES = "templates"
SITE = "site"


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (the working directory)
    holding ``content/`` or a ``timeline.toml``; ``start`` itself when
    there is none."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / SETTINGS).is_file() or (folder / CONTENT).is_dir():
            return folder
    return here


def content_root(events: Path) -> Path:
    """``content/`` for an events folder ``content/events``: source article
    paths are stored relative to it."""
    return events.resolve().parent


def cache_folder(site: Path) -> Path:
    """Where builds into ``site`` keep what they know for the next one:
    beside the site, not in it, so that publishing the site publishes
    neither editors' notes and hidden events nor tens of megabytes of caches."""
    return site.parent / f".{site.name}-cache"


def desk_folder(events: Path) -> Path:
    """Where ``timeline desk`` keeps its undo journal and read cache for the
    events folder ``content/events``: a hidden folder of ``content/``, which
    is all the desk reads and writes, beside the events, so that neither is
    mistaken for an event."""
    return content_root(events) / ".desk"


@dataclass(frozen=True)
class Layout:
    """The folders and files of the project at ``root``."""

    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Layout:
        """The project around ``start`` (the working directory): ``find_root``."""
        return cls(find_root(start))

    @property
    def settings(self) -> Path:
        return self.root / SETTINGS

    @property
    def content(self) -> Path:
        return self.root / CONTENT

    @property
    def articles(self) -> Path:
        return self.content / ARTICLES

    @property
    def events(self) -> Path:
        return self.content / EVENTS

    @property
    def templates(self) -> Path:
        return self.root / TEMPLATES

    @property
    def site(self) -> Path:
        return self.root / SITE
