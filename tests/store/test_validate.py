"""validate: the checks that are not about one message's wording."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from timeline.store.validate import inside_content

ARTICLES = [
    "articles/story.md",
    "story.md",
    "a/b/c.md",
    "./articles/x.md",
    "a//b.md",
    "a/./b.md",
    "..",
    "../x.md",
    "a/../b.md",
    "a/..",
    "/etc/passwd",
    "//server/x.md",
    "/",
    "a..b/c.md",
    "a/..b.md",
    "a/b../c.md",
    "...",
    "a/.../b.md",
    ".hidden/x.md",
    "a/",
    "a/../../..",
]


@pytest.mark.parametrize("article", ARTICLES)
def test_inside_content_means_relative_without_a_step_up(article: str) -> None:
    path = PurePosixPath(article)
    assert inside_content(article) == (not path.is_absolute() and ".." not in path.parts)
