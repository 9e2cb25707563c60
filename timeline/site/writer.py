"""Writing a build: only files whose content changed are written, and the
reader never sees a half-written page.

Each file's content hash, and the key of the inputs it was rendered from,
are kept in a manifest inside the output: a file whose inputs did not
change is not even rendered again (``reuse``). Changed files are written
into a staging folder beside the output. A small change (an edit: at most
``IN_PLACE_SHARE`` of the files) is then moved into the live site file by
file, each in one atomic rename, and the search index made on the live site
is swapped in whole (``finish``'s ``derive``). A larger
one becomes a whole new site: unchanged files are hard-linked into the
staging folder (no bytes copied, times kept), the search index is made
there, and the staged folder and the output swap places in one atomic
exchange (two renames where the system has none), so a reader sees the old
site or the new one, never a mix. When nothing changed, nothing is touched.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import hashlib
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from timeline.jsonfile import read_json, write_json
from timeline.site.outputs import Content

MANIFEST = ".timeline-manifest.json"
# A build that changes at most this share of the site's files replaces them
# where they are; a larger one is staged and swapped in as a whole.
IN_PLACE_SHARE = 0.02


class OutputError(RuntimeError):
    """The output folder cannot be used; the message says why and what to do."""


@dataclass
class WriteStats:
    written: int = 0
    unchanged: int = 0  # rendered to the same bytes, or not rendered at all
    removed: int = 0
    reused: int = 0  # of the unchanged, those not even rendered: same inputs

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


def _write_file(path: Path, pieces: Iterable[bytes]) -> None:
    """A new file of ``pieces``, by the system's calls alone: Python's
    ``open`` adds three more per file (a status, a terminal check and a
    seek), 30,000 a site of 10,000 pages."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        for piece in pieces:
            view = memoryview(piece)
            while view:
                view = view[os.write(handle, view) :]
    except OSError as error:  # a full disk: the message names the file
        error.filename = error.filename or str(path)
        raise
    finally:
        os.close(handle)


def _hasher(data: bytes = b"") -> hashlib._Hash:
    """The hash of the files' contents: SHA-256, which processors compute in
    hardware (twice BLAKE2b's speed here, 100 MB a site of 10,000 events),
    kept to 128 bits (``_hex``) as the manifest was before."""
    return hashlib.sha256(data)


def _hex(hasher: hashlib._Hash) -> str:
    return hasher.hexdigest()[:32]


def _digest(data: bytes) -> str:
    return _hex(_hasher(data))


class SiteWriter:
    """Collects a build's files with ``put`` and publishes them with
    ``finish``. ``state`` names whatever else the output depends on (such
    as "with search index"): when it differs from the last build's, the
    site is restaged even if no file changed. ``inputs`` is the digest of
    what the build read (``timeline.incremental.inputs``), kept for ``up_to_date``;
    empty when the build had problems to report again next time."""

    def __init__(self, out_dir: Path, state: str = "", inputs: str = "") -> None:
        self.out = out_dir
        self.state = state
        self.inputs = inputs
        self.old_files, self.old_state, self.old_inputs = self._read_manifest()
        self.files: dict[str, tuple[str, str]] = {}  # path: (content hash, inputs key)
        self.reused = 0
        self.changed: list[str] = []
        self.staging = out_dir.parent / f".{out_dir.name}.staging-{os.getpid()}"
        # Builds take turns (``exclusive``): a staged or old build beside the
        # output is what a killed one left.
        for pattern in (".staging-*", ".old-*"):
            for leftover in out_dir.parent.glob(f".{out_dir.name}{pattern}"):
                shutil.rmtree(leftover, ignore_errors=True)
        self._staged = False
        self._folders: set[Path] = set()  # staging folders made

    def _read_manifest(self) -> tuple[dict[str, tuple[str, str]], str | None, str]:
        if not self.out.exists():
            return {}, None, ""
        if not self.out.is_dir():
            raise OutputError(f"{self.out}: is a file; choose a folder for the site with --out")
        try:
            data = _manifest(self.out)
            files = {path: (str(item[0]), str(item[1])) for path, item in data["files"].items()}
            return files, str(data["state"]), str(data.get("inputs", ""))
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            if any(self.out.iterdir()):
                raise OutputError(
                    f"{self.out}: not empty and not built by timeline (no {MANIFEST}); "
                    "it would be replaced: choose another --out or empty it"
                ) from None
            return {}, None, ""

    @cached_property
    def live(self) -> set[str]:
        """The files of the live site (one listing, not a look per file)."""
        return files_below(self.out)

    def _stage(self) -> Path:
        if not self._staged:
            self.staging.mkdir(parents=True)
            self._staged = True
        return self.staging

    def reuse(self, path: str, key: str) -> bool:
        """Keep the file of the last build when it was made from the same
        inputs (``key``): then it need not even be rendered."""
        old = self.old_files.get(path)
        if old is None or old[1] != key or path in self.files or path not in self.live:
            return False
        self.files[path] = old
        self.reused += 1
        return True

    def put(self, path: str, data: bytes, key: str = "") -> None:
        """Add one output file (``path`` relative, with forward slashes)."""
        self.record(path, key, *self.write(path, data))

    def _staged_file(self, path: str) -> Path:
        """Where ``path`` is staged, its folder made (once per folder and process)."""
        target = self._stage() / path
        folder = target.parent
        if folder not in self._folders:
            folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)
        return target

    def write(self, path: str, data: Content) -> tuple[str, bool]:
        """Stage ``data`` as ``path`` unless the live site has these very
        bytes there: its content hash, and whether it was staged. Forked
        workers call this (``begin`` first); the build then ``record``s.
        Bytes in pieces are staged as they come, and the staged file removed
        again when it turns out the same as the live one."""
        if isinstance(data, bytes):
            digest = _digest(data)
            if self._unchanged(path, digest):
                return digest, False
            _write_file(self._staged_file(path), (data,))
            return digest, True
        target = self._staged_file(path)
        hasher = _hasher()

        def hashed(pieces: Iterable[bytes]) -> Iterator[bytes]:
            for piece in pieces:
                hasher.update(piece)
                yield piece

        _write_file(target, hashed(data))
        digest = _hex(hasher)
        if self._unchanged(path, digest):
            target.unlink()
            return digest, False
        return digest, True

    def _unchanged(self, path: str, digest: str) -> bool:
        old = self.old_files.get(path)
        return old is not None and old[0] == digest and path in self.live

    def begin(self) -> None:
        """Make the staging folder, and list the live site, before workers
        fork to ``write``."""
        self._stage()
        self.live  # noqa: B018 - computed once here, inherited by the workers

    def record(self, path: str, key: str, digest: str, written: bool) -> None:
        """Count ``path`` into the build, as ``write`` left it."""
        if path in self.files or path == MANIFEST:
            raise ValueError(f"two outputs share the path {path}")
        self.files[path] = (digest, key)
        if written:
            self.changed.append(path)

    def finish(
        self,
        derive: Callable[[Path, bool], None] | None = None,
        published: Callable[[], None] | None = None,
    ) -> WriteStats:
        """Publish the build. ``derive(folder, live)`` makes what is made
        from the whole site (the search index), only when some file changed:
        on the staged site before it goes live, or, after a small change
        published in place, on the live site (``live``: it must then swap
        its output in whole). ``published()`` is called once the pages are
        live, which for a small change is before ``derive``."""
        removed = [path for path in self.old_files if path not in self.files]
        stats = WriteStats(
            written=len(self.changed),
            unchanged=len(self.files) - len(self.changed),
            removed=len(removed),
            reused=self.reused,
        )
        if not stats.changed and self.state == self.old_state:
            self.abandon()  # a staged folder, left empty (``begin``, or pieces the same as live)
            if self.inputs != self.old_inputs or any(
                self.old_files[path][1] != key for path, (_, key) in self.files.items()
            ):
                self._write_manifest(self.out)  # same bytes from new inputs: remember them
            return stats
        few = stats.written + stats.removed <= IN_PLACE_SHARE * len(self.files)
        if self.state == self.old_state and few and self.out.is_dir():
            try:
                self._replace_in_place(removed)
            finally:
                shutil.rmtree(self.staging, ignore_errors=True)
            if published is not None:
                published()
            if derive is not None:
                derive(self.out, True)
            self._write_manifest(self.out)  # only now: a failed index is made again next time
            return stats
        try:
            stage = self._stage()
            changed = set(self.changed)  # a list lookup per file was quadratic: hours at 100,000
            for path in self.files:
                if path not in changed:
                    _link(self.out / path, stage / path)
            if derive is not None:
                derive(stage, False)
            self._write_manifest(stage)
            swap_in(stage, self.out)
        finally:
            if self.staging.exists():
                shutil.rmtree(self.staging, ignore_errors=True)
        if published is not None:
            published()
        return stats

    def _replace_in_place(self, removed: list[str]) -> None:
        """Publish a small change file by file, each replaced in one atomic
        rename: linking every unchanged file into a staged copy would cost
        more than the change. First the manifest forgets what the files
        about to be replaced hold, so that a build killed half-way leaves
        the next one to write them again; ``finish`` writes the manifest
        of the build once all is done."""
        interim = dict(self.old_files)
        interim.update((path, ("", "")) for path in self.changed)
        self._write_manifest(self.out, interim, inputs="")
        for path in self.changed:
            target = self.out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.staging / path, target)
        for path in removed:
            (self.out / path).unlink(missing_ok=True)
        for folder in sorted({Path(path).parent for path in removed}, reverse=True):
            if folder != Path("."):
                with contextlib.suppress(OSError):  # not empty: other files live there
                    (self.out / folder).rmdir()

    def _write_manifest(
        self,
        folder: Path,
        files: dict[str, tuple[str, str]] | None = None,
        inputs: str | None = None,
    ) -> None:
        manifest = {
            "inputs": self.inputs if inputs is None else inputs,
            "state": self.state,
            "files": dict(sorted((self.files if files is None else files).items())),
        }
        write_json(folder / MANIFEST, manifest)

    def abandon(self) -> None:
        """Drop a build that failed half-way; the live site stays as it was."""
        if self._staged:
            shutil.rmtree(self.staging, ignore_errors=True)


def swap_in(new: Path, target: Path) -> None:
    """Put the folder ``new`` where ``target`` is, in one atomic exchange
    where the system has one; the old folder is left at ``new`` (removed by
    the caller). Where it has none, two renames: a process killed between
    them leaves no ``target``."""
    if not target.exists():
        new.rename(target)
        return
    if _exchange(new, target):
        return
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    if old.exists():
        shutil.rmtree(old)
    target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step (Linux's ``renameat2``), so a
    reader, or a build killed at any moment, sees the old site or the new
    one. False, with nothing changed, where the system cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    flags = _RENAME_EXCHANGE
    return renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), flags) == 0


def _manifest(out_dir: Path) -> dict:
    return read_json(out_dir / MANIFEST)


def up_to_date(out_dir: Path, inputs: str, state: str) -> int | None:
    """The number of files of the site in ``out_dir`` when it was built from
    these very ``inputs`` in this ``state`` and none of its files is
    missing; else None (build)."""
    try:
        data = _manifest(out_dir)
        if not inputs or data.get("inputs") != inputs or data.get("state") != state:
            return None
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return len(files) if files_below(out_dir).issuperset(files) else None


def files_below(folder: Path) -> set[str]:
    """The relative paths of the files below ``folder``: one directory
    listing per folder is cheaper than a look at each file."""
    found: set[str] = set()
    for parent, _names, names in os.walk(folder):
        relative = os.path.relpath(parent, folder).replace(os.sep, "/")
        prefix = "" if relative == "." else relative + "/"
        found.update(prefix + name for name in names)
    return found


@contextmanager
def exclusive(out_dir: Path) -> Iterator[None]:
    """One build at a time into the folders beside ``out_dir``: a
    ``timeline build`` run while ``serve`` rebuilds waits for its turn, so
    neither reads files the other is swapping away."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(out_dir.parent, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def _link(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copy2(source, target)
