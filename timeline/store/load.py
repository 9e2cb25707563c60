"""Read every event file of a folder, fast: through libyaml
(``timeline.store.loader``), on every core for a large folder, with the
read cache of a build. Where each problem lies is ``timeline.store.locate``'s
work."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import yaml

from timeline.dates import parse_edtf
from timeline.incremental.read_cache import ReadCache, Stamp
from timeline.layout import content_root
from timeline.listing import folder_entries
from timeline.model import Event, share_texts
from timeline.parallel import fork_map
from timeline.store.atomic import RECOVERED
from timeline.store.loader import EventLoader
from timeline.store.locate import Nodes, duplicate_keys, locate, sort_problems, syntax_problem
from timeline.store.problems import Problem
from timeline.store.validate import Issue, validate_event

_RECOVERED = re.compile(re.escape(RECOVERED) + r"(-\d+)?$")
# An event file is a few hundred bytes; a megabyte is not an event.
MAX_FILE_BYTES = 1 << 20
# From this many files on, they are read on every core.
PARALLEL_FROM = 1000


@dataclass
class LoadResult:
    """The events that could be read, and every problem found on the way.
    A file with an error gives no event (its path is in ``broken``), except
    for a missing source article: the event itself is sound and still shown."""

    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    broken: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]


def event_files(
    events_dir: Path, entries: list[os.DirEntry[str]] | None = None
) -> tuple[list[os.DirEntry[str]], list[Path]]:
    """The ``*.yaml`` files of the folder (as ``folder_entries`` lists it,
    unless given), and the files that look like events but will not be read
    (``*.yml``, and an editor's save kept after a killed run,
    ``*.yaml.recovered``), so none is dropped silently."""
    yaml_files, misnamed = [], []
    for entry in folder_entries(events_dir) if entries is None else entries:
        name = entry.name
        if name.startswith("."):
            continue
        suffix = os.path.splitext(name)[1]
        if suffix == ".yaml":
            yaml_files.append(entry)
        elif suffix.lower() in (".yml", ".yaml") or _RECOVERED.search(name):
            misnamed.append(events_dir / name)
    return yaml_files, misnamed


def load_events(
    events_dir: Path,
    *,
    check_articles: bool = True,
    cache: ReadCache | None = None,
    entries: list[os.DirEntry[str]] | None = None,
) -> LoadResult:
    """Read ``events_dir/*.yaml``. With ``check_articles``, a source whose
    article is missing under ``content/`` is an error. With a ``cache``,
    files unchanged since it was filled are not parsed again (see
    ``timeline.incremental.read_cache``), unless an article they cite has
    gone since (then they are read, and the error found where it lies); the
    caller saves it. ``entries`` are the folder's, when the caller listed it
    already (``folder_entries``)."""
    result = LoadResult()
    files, misnamed = event_files(events_dir, entries)
    paths = [events_dir / entry.name for entry in files]
    for path in misnamed:
        found = _RECOVERED.search(path.name)
        result.problems.append(
            Problem(
                path,
                1,
                1,
                "warning",
                f"not read: a version of {path.name[: found.start()]} saved while a timeline "
                "run was killed; compare the two, keep what you want in the .yaml file, and "
                "delete this one"
                if found
                else f"not read: event files end in .yaml; rename it to {path.stem}.yaml",
            )
        )
    article_exists = _article_checker(events_dir) if check_articles else None
    loaded: list[Event] = []
    fresh: list[Event] = []
    stamps: list[Stamp | None] = (
        [ReadCache.stamp(entry) for entry in files] if cache else [None] * len(files)
    )
    kept = cache.take(paths, stamps) if cache else [None] * len(paths)
    if article_exists is not None:  # an article may go while its events stay the same
        kept = [
            event if event and _articles_there(event, article_exists) else None for event in kept
        ]
    unread = [path for path, event in zip(paths, kept, strict=True) if event is None]
    read = fork_map(
        partial(load_file, article_exists=article_exists),
        unread,
        minimum=PARALLEL_FROM,
        chunksize=100,
    )
    for path, stamp, event in zip(paths, stamps, kept, strict=True):
        if event is None:
            event, problems = next(read)
            result.problems += problems
            if event is None:
                result.broken.append(path)
                continue
            if cache and not problems:
                cache.put(path, stamp, event)
            fresh.append(event)
        loaded.append(event)
    texts: dict[str, str] = {}
    # Events taken back from memory share theirs already.
    for event in fresh if cache is not None and cache.whole else loaded:
        share_texts(event, texts)
    # Of two files with one id, the one named after it keeps it.
    owner: dict[str, Path] = {}
    for event in sorted(loaded, key=lambda event: event.path.stem != event.id):  # type: ignore[union-attr]
        owner.setdefault(event.id, event.path)  # type: ignore[arg-type]
    for event in loaded:
        file = event.path
        assert file is not None
        if owner[event.id] == file:
            result.events.append(event)
            continue
        result.problems.append(
            locate(
                file,
                file.read_text("utf-8-sig"),
                Issue(
                    ("id",),
                    f"duplicate id {event.id!r}: {owner[event.id].name} has it too; give one "
                    "of them another id (or merge them and delete one file)",
                ),
            )
        )
        result.broken.append(file)
    sort_problems(result.problems)
    return result


def _articles_there(event: Event, article_exists: Callable[[str], bool]) -> bool:
    return all(article_exists(source.article) for source in event.sources if source.article)


def _article_checker(events_dir: Path) -> Callable[[str], bool]:
    root = content_root(events_dir)
    seen: dict[str, bool] = {}

    def exists(article: str) -> bool:
        if article not in seen:
            seen[article] = (root / article).is_file()
        return seen[article]

    return exists


def load_file(
    path: Path, article_exists: Callable[[str], bool] | None = None
) -> tuple[Event | None, list[Problem]]:
    """One event file: the event (None when it has an error that leaves it
    unusable) and its problems."""
    try:
        info = os.lstat(path)  # one look at the file, not one per question
        mode, size = info.st_mode, info.st_size
    except OSError:
        mode, size = 0, 0
    link = stat.S_ISLNK(mode)
    if link and not path.resolve().is_relative_to(path.parent.resolve()):
        # a link committed into the folder would have check read any file
        return None, [
            Problem(
                path,
                1,
                1,
                "error",
                "a link to a file outside the events folder; not "
                "read: put the event file itself here",
            )
        ]
    if not (path.is_file() if link else stat.S_ISREG(mode)):
        # a folder, a FIFO that would block the read, a device
        return None, [
            Problem(
                path,
                1,
                1,
                "error",
                "not a regular file; remove it or rename it so it does not end in .yaml",
            )
        ]
    try:
        # By the system's calls alone: Python's ``open`` adds three per file.
        handle = os.open(path, os.O_RDONLY)
        try:
            # As much as the file holds: a read of the whole limit costs a
            # megabyte's allocation (three system calls) for every file.
            expected = MAX_FILE_BYTES if link else min(size, MAX_FILE_BYTES)
            data_bytes = _read(handle, expected + 1)
            if len(data_bytes) > expected:  # it grew since: on, up to the limit
                data_bytes += _read(handle, MAX_FILE_BYTES + 1 - len(data_bytes))
        finally:
            os.close(handle)
    except OSError as error:
        return None, [Problem(path, 1, 1, "error", f"cannot read the file: {error.strerror}")]
    if len(data_bytes) > MAX_FILE_BYTES:
        return None, [
            Problem(
                path,
                1,
                1,
                "error",
                f"the file is larger than "
                f"{MAX_FILE_BYTES >> 20} MB, too large for one event; is it "
                "an event file?",
            )
        ]
    try:
        text = data_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data_bytes[: error.start].count(b"\n") + 1
        column = error.start - (data_bytes.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            Problem(path, line, column, "error", "the file is not UTF-8 text; save it as UTF-8")
        ]
    try:
        alias = _first_alias(text)
        if alias is not None:
            return None, [
                Problem(
                    path,
                    alias.line + 1,
                    alias.column + 1,
                    "error",
                    "YAML aliases (*name) are not allowed in event files; write the value out",
                )
            ]
        data = yaml.load(text, Loader=EventLoader)
    except yaml.YAMLError as error:
        return None, [syntax_problem(path, text, error)]
    except (ValueError, OverflowError, TypeError, RecursionError) as error:
        # the first clause only: Python's advice on its own limits is no help here
        what = str(error).split(":", 1)[0]
        return None, [Problem(path, 1, 1, "error", f"cannot read a value: {what}")]
    nodes = Nodes(text)
    issues = validate_event(data, raw=nodes.raw, article_exists=article_exists)
    issues += duplicate_keys(text, nodes)
    problems = [locate(path, text, issue, nodes) for issue in issues]
    if any(issue.severity == "error" and not issue.keeps_event for issue in issues):
        return None, problems
    assert isinstance(data, dict)
    if not isinstance(data["date"], str):  # a date object, or a bare year such as 800
        data["date"] = str(parse_edtf(data["date"]))
    event = Event.from_dict(data, path=path)
    if event.id != path.stem:
        problems.append(
            locate(
                path,
                text,
                Issue(
                    ("id",),
                    f"id {event.id!r} differs from the file name {path.name}; the id names "
                    "the page, so rename the file or fix the id",
                    severity="warning",
                ),
                nodes,
            )
        )
    return event, problems


def _read(handle: int, limit: int) -> bytes:
    """Up to ``limit`` bytes, fewer only at the end of the file."""
    pieces = []
    while limit > 0 and (piece := os.read(handle, limit)):
        pieces.append(piece)
        limit -= len(piece)
    return b"".join(pieces)


def _first_alias(text: str) -> yaml.Mark | yaml._yaml.Mark | None:
    """Where the text first uses an alias. An event has no need of them, and
    a few lines of aliases expand to billions of values (an alias bomb)."""
    if "&" not in text or "*" not in text:  # no anchor, nothing to refer to
        return None
    for event in yaml.parse(text, Loader=EventLoader):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark
    return None
