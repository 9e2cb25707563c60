"""The site's settings, read from the ``[site]`` table of ``timeline.toml``
at the project root, so one project can be published under its own title,
address, language and time zone without touching templates."""

from __future__ import annotations

import re
import tomllib
import zoneinfo
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from timeline.site.stories import Story, StoryError, read_stories

# A page listing more events than this is split (years into months, long
# lists into numbered parts), as Hugo and Pelican paginate: a phone lays out
# 50 cards (about 1,000 elements) in one go before its first paint, where
# 250 took it over a second (docs/performance.md).
DEFAULT_PAGE_LIMIT = 50
# The kinds of term an event has; each kind named in ``taxonomies`` gets an
# index page and a page per term, as Hugo's taxonomies do.
TAXONOMIES = ("tag", "place", "actor", "source")
# The files made from every event besides the pages, as Hugo's output formats:
# the Atom feed, both calendars, events.json and the TimelineJS data.
OUTPUTS = ("feed", "calendar", "json", "timelinejs")
# Which events readers see: a newsroom publishes what an editor checked.
PUBLISH = ("reviewed", "all")
# What can show the key events only rather than every event: the overview
# strip of the home and story pages, and the files made beside the pages.
KEY_ONLY = ("overview", "feed", "calendar", "json", "timelinejs")


@dataclass(frozen=True)
class SiteConfig:
    """What the builder needs to know about the published site."""

    title: str = "Timeline"
    description: str = "Dated events read from news articles, each linked to its sources."
    base_url: str = ""  # absolute address of the site's root, e.g. https://example.org/timeline/
    language: str = "en"
    timezone: str = "UTC"
    page_limit: int = DEFAULT_PAGE_LIMIT
    key_days: int = 0  # key days on the home and story pages; 0: as many as fit the story's length
    key_only: tuple[str, ...] = ()  # of KEY_ONLY: what follows the key events
    search: bool = True  # build the Pagefind index
    taxonomies: tuple[str, ...] = TAXONOMIES  # the kinds of term that get pages
    outputs: tuple[str, ...] = OUTPUTS  # the files made beside the pages
    # "reviewed": only events an editor accepted (``review: reviewed``) reach
    # readers; "all": every event, the unreviewed marked as unverified.
    publish: str = "reviewed"
    # The ``[[stories]]`` tables: a timeline each (``timeline.site.stories``).
    stories: tuple[Story, ...] = ()

    def absolute(self, path: str) -> str:
        """The public address of an output path, or the path itself when the
        site has no base URL (links then stay relative)."""
        return self.base_url + path if self.base_url else path

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


# The keys of the [site] table: every setting but the stories, their own tables.
SITE_KEYS = tuple(field.name for field in fields(SiteConfig) if field.name != "stories")


class ConfigError(ValueError):
    """``timeline.toml`` cannot be used; the message names the file and the fix."""


def load_config(path: Path) -> SiteConfig:
    """Read ``path`` (a missing file gives the defaults). Raises ConfigError
    with a one-line ``path: message``."""
    if not path.is_file():
        return SiteConfig()
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: {error}; fix the TOML syntax") from None
    table = data.get("site", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'site' must be a table ([site])")
    config = config_from_dict(table, str(path))
    try:
        stories = read_stories(data.get("stories", []), text, str(path))
    except StoryError as error:
        raise ConfigError(str(error)) from None
    return replace(config, stories=stories)


def _site_address(url: str, where: str) -> str:
    """``base_url`` ending in "/": every page's address is it plus the
    page's path, so it must be an http(s) address of a host and a folder,
    with no query, fragment or space that would end up inside each link."""
    problem = ""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - checks it
    except ValueError:
        parts, problem = None, "is not a web address"
    if parts is None:
        pass
    elif parts.scheme not in ("http", "https") or not url.startswith(("http://", "https://")):
        problem = "must start with http:// or https://"
    elif not parts.hostname:
        problem = "names no host"
    elif "?" in url or "#" in url:
        problem = "must not hold a query (?) or a fragment (#)"
    elif any(char.isspace() or not char.isprintable() for char in url):
        problem = "must not hold spaces (write %20)"
    if problem:
        raise ConfigError(
            f"{where}: [site] base_url {problem}, not {url!r}; "
            "write the site's address such as 'https://example.org/timeline/'"
        )
    return url if url.endswith("/") else url + "/"


def config_from_dict(table: dict[str, Any], where: str = "timeline.toml") -> SiteConfig:
    """Validate the ``[site]`` table: every key known, of the right type."""
    known = {field.name: field for field in fields(SiteConfig) if field.name in SITE_KEYS}
    defaults = SiteConfig()
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(
                f"{where}: unknown key {key!r} in [site]; known keys: {', '.join(known)}"
            )
        expected = type(getattr(defaults, key))
        if expected is tuple and type(value) is list:
            value = tuple(value)
        if type(value) is not expected:
            raise ConfigError(f"{where}: [site] {key} must be a {expected.__name__}, not {value!r}")
        values[key] = value
    config = replace(defaults, **values)
    if config.base_url:
        config = replace(config, base_url=_site_address(config.base_url, where))
    try:
        config.zone  # noqa: B018 - checks the name
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{where}: [site] timezone {config.timezone!r} is not an IANA zone "
            "such as 'Europe/Paris' or 'UTC'"
        ) from None
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", config.language):
        # it goes into every page's lang attribute and the search indexer
        raise ConfigError(
            f"{where}: [site] language {config.language!r} is not a language tag "
            "such as 'en' or 'pt-BR'"
        )
    for key, names in (("taxonomies", TAXONOMIES), ("outputs", OUTPUTS), ("key_only", KEY_ONLY)):
        chosen = getattr(config, key)
        if any(name not in names for name in chosen) or len(set(chosen)) != len(chosen):
            raise ConfigError(
                f"{where}: [site] {key} must list each of {', '.join(names)} at most "
                f"once, not {list(chosen)!r}"
            )
    if config.publish not in PUBLISH:
        raise ConfigError(
            f"{where}: [site] publish must be {' or '.join(map(repr, PUBLISH))}, "
            f"not {config.publish!r}"
        )
    if config.key_days < 0:
        raise ConfigError(f"{where}: [site] key_days must be 0 (as many as fit) or more")
    if config.page_limit < 10:
        raise ConfigError(f"{where}: [site] page_limit must be at least 10")
    return config
