"""Fixtures for the store tests: a project folder with articles and events."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from timeline.model import Event, Source, new_id


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """``content/`` with two articles and an empty ``events/``."""
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "events").mkdir()
    for name in ("geneva.md", "krakow.md", "later.md"):
        (content / "articles" / name).write_text("---\ntitle: x\n---\nText.\n", encoding="utf-8")
    return content / "events"


def proposal(
    date: str, title: str, article: str = "articles/geneva.md", quote: str = "", **fields: object
) -> Event:
    """An event as the extractor proposes it."""
    source = Source(
        article=article,
        quote=quote or f"{title}, it said.",
        title="An article",
        url="https://example.org/a",
        published="2026-02-21",
    )
    return Event(
        id=new_id(date, title),
        title=title,
        date=date,
        sources=[source],
        date_text=date,
        confidence=0.8,
        **fields,
    )  # type: ignore[arg-type]


def run_cli(*argv: str) -> int:
    """Run one of the store's commands as ``timeline`` would. The parser
    holds only the store's command modules, so the tests do not depend on
    other stages being importable."""
    parser = argparse.ArgumentParser(prog="timeline")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in ("check", "new", "transfer"):
        importlib.import_module(f"timeline.cli.{name}").register(subparsers)
    args = parser.parse_args(list(argv))
    return int(args.handler(args))


def as_plugin_reads(path_or_text: Path | str) -> object:
    """YAML as editors' plugins read it (yaml-language-server: YAML 1.2, where
    ``no`` is text and an unquoted date is a string too)."""

    def plain(value: object) -> object:
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value.isoformat() if isinstance(value, dt.date) else value

    return plain(YAML(typ="safe").load(path_or_text))
