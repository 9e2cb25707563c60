from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.site.sample import sample_events
from timeline.incremental.memory import BuildMemory
from timeline.model import Event
from timeline.site import BuildResult, SiteConfig, build_site

Build = Callable[..., BuildResult]


@pytest.fixture
def build(tmp_path: Path) -> Build:
    """Build events (the sample by default) into tmp_path/site without the
    search index unless asked."""

    def run(
        events: list[Event] | None = None,
        out: Path | None = None,
        templates: Path | None = None,
        memory: BuildMemory | None = None,
        content: Path | None = None,
        **settings: object,
    ) -> BuildResult:
        settings.setdefault("search", False)
        # The sample is reviewed; the events tests make up are not: publish them too.
        settings.setdefault("publish", "all")
        config = SiteConfig(**settings)  # type: ignore[arg-type]
        return build_site(
            sample_events() if events is None else events,
            out or tmp_path / "site",
            config,
            templates,
            memory=memory,
            content=content,
        )

    return run


@pytest.fixture
def site(tmp_path: Path, build: Build) -> Path:
    build(base_url="https://example.org/news/")
    return tmp_path / "site"
