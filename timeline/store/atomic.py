"""Putting files in place whole: a reader sees the old file or the new one,
never half of it; and an editor's file is replaced only while it still
holds what the run read, so a save that lands meanwhile is never lost.

Editors do not take ``.timeline.lock``: their programs save whenever the
editor asks, atomically (a temporary file renamed over the old one) or in
place, sometimes in two writes. So a run that rewrites an editor's file
checks it just before, and on Linux swaps its version in with
``renameat2(RENAME_EXCHANGE)``: the file it replaced comes out beside it,
and if that is not what the run read, an editor saved in between, and the
editor's file is swapped back. Elsewhere only the check before the rename
guards the file (a window of one system call).

The file swapped out is named ``.NAME.XXXX.swap`` until the run knows it is
the one it read: when a run is killed in that instant, the next one to take
the folder's lock finds it and, if an editor saved it during the killed run,
keeps it as ``NAME.recovered`` (``recover_swapped``) instead of deleting it
with the other leftovers.

Every file is on disk before its name points to it. A run that writes many
files (``put_in_place``) writes a batch of temporary files, makes them all
durable with one ``syncfs`` of the file system instead of an ``fsync``
each, and only then puts them in place one by one, each checked just before
as above: the same guarantees, at a fraction of the cost per file."""

from __future__ import annotations

import ctypes
import errno
import hashlib
import itertools
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "RECOVERED",
    "Seen",
    "create_new",
    "put_in_place",
    "read_seen",
    "recover_swapped",
    "replace_unchanged",
    "write_atomic",
]

SWAP = ".swap"  # a file swapped out of its place, not yet known to be the one the run read
RECOVERED = ".recovered"  # an editor's save kept after a run was killed mid-swap
# Files ``put_in_place`` writes, makes durable and puts in place at a time:
# few enough that a batch's temporary files stay a small folder's worth.
BATCH_FILES = 512


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# The mode a new file gets from open(); mkstemp's own is 0600.
_NEW_FILE_MODE = 0o666 & ~_umask()


@dataclass(frozen=True)
class Seen:
    """A file as a run read it: the digest of its bytes, and the file time
    after which a change is not the run's own (the moment it took the lock),
    so a file an editor saved during the run is told even when its bytes
    came back the same (a save in two writes, read between them)."""

    digest: bytes
    since_ns: int | None = None

    @classmethod
    def of(cls, data: bytes, since_ns: int | None = None) -> Seen:
        return cls(hashlib.sha256(data).digest(), since_ns)

    def holds(self, data: bytes) -> bool:
        return hashlib.sha256(data).digest() == self.digest


def read_seen(path: Path, since_ns: int | None = None) -> tuple[bytes, Seen, bool]:
    """The file's bytes, what was seen, and whether an editor saved it
    since ``since_ns`` (by its modification time, read from the same open
    file, so bytes and time belong together)."""
    with open(path, "rb") as handle:
        data = handle.read()
        modified = os.fstat(handle.fileno()).st_mtime_ns
    return data, Seen.of(data, since_ns), since_ns is not None and modified > since_ns


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the
    new one, never half of it: a temporary file beside it, then a rename.
    The file keeps its permissions (a new one gets the usual ones)."""
    temporary = _prepare(path, text)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def replace_unchanged(path: Path, text: str, seen: Seen) -> bool:
    """Put ``text`` in place of ``path`` if the file still holds what was
    ``seen``; False, with the file as the editor left it, if it does not
    (changed, saved since the run began, or deleted)."""
    prepared = _prepare(path, text)
    try:
        return _swap_in(prepared, path, text, seen)
    finally:
        prepared.unlink(missing_ok=True)


def _swap_in(prepared: Path, path: Path, text: str, seen: Seen) -> bool:
    """``replace_unchanged`` with ``text`` already in the durable ``prepared``."""
    temporary = prepared.with_suffix(SWAP)
    try:
        if not _unchanged(path, seen):
            return False
        os.rename(prepared, temporary)
        try:
            swapped = _exchange(temporary, path)
        except FileNotFoundError:  # deleted by the editor since the check
            return False
        if not swapped:  # no RENAME_EXCHANGE here
            os.replace(temporary, path)
            return True
        if _unchanged(temporary, seen):
            return True
        # An editor saved between the check and the swap: theirs goes back.
        ours = text.encode("utf-8")
        _exchange(temporary, path)
        if _bytes(temporary) != ours:  # and saved once more onto ours: the newest goes back
            _exchange(temporary, path)
        return False
    finally:
        temporary.unlink(missing_ok=True)


def recover_swapped(swapped: list[Path], since_ns: int | None) -> list[Path]:
    """Deal with the files a killed run swapped out of their place
    (``.NAME.XXXX.swap``, see the module's note): one that holds what its
    place holds, or that was last saved before the killed run took the lock
    at ``since_ns`` (the version that run read and replaced), goes; one saved
    during that run may be an editor's save, and is kept as
    ``NAME.recovered`` for the editor to compare. Returns the files kept."""
    kept = []
    for leftover in sorted(swapped):
        folder = leftover.parent
        name = leftover.name[1 : -len(SWAP)].rsplit(".", 1)[0]
        place = folder / name
        try:
            modified = leftover.stat().st_mtime_ns
        except FileNotFoundError:
            continue
        if _bytes(leftover) == _bytes(place) or (since_ns is not None and modified <= since_ns):
            leftover.unlink(missing_ok=True)
            continue
        target = folder / f"{name}{RECOVERED}"
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{name}{RECOVERED}-{number}"
        os.rename(leftover, target)
        kept.append(target)
    return kept


def create_new(path: Path, text: str) -> bool:
    """Write ``text`` as the new file ``path``; False, writing nothing, if
    a file of that name appeared meanwhile (an editor's new event)."""
    temporary = _prepare(path, text)
    try:
        return _link_in(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _link_in(temporary: Path, path: Path) -> bool:
    """``create_new`` with the text already in the durable ``temporary``."""
    try:
        os.link(temporary, path)  # never over an existing file
    except FileExistsError:
        return False
    except OSError as error:  # a file system without hard links
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP):
            raise
        if path.exists():
            return False
        os.replace(temporary, path)
    return True


def put_in_place(writes: list[tuple[Path, str, Seen | None]]) -> list[bool]:
    """For each (path, text, seen): ``create_new`` when ``seen`` is None,
    else ``replace_unchanged``, with one sync of the file system for each
    BATCH_FILES files instead of one per file. Whether each was written."""
    done: list[bool] = []
    for start in range(0, len(writes), BATCH_FILES):
        batch = writes[start : start + BATCH_FILES]
        prepared: list[Path] = []
        try:
            for path, text, seen in batch:
                prepared.append(_prepare(path, text, sync=False, new=seen is None))
            _sync(prepared)
            for (path, text, seen), temporary in zip(batch, prepared, strict=True):
                done.append(_put(temporary, path, text, seen))
        finally:
            for temporary in prepared:
                temporary.unlink(missing_ok=True)
    return done


def _put(temporary: Path, path: Path, text: str, seen: Seen | None) -> bool:
    """One file of a batch put in place: new, or over what was ``seen``."""
    if seen is None:
        return _link_in(temporary, path)
    return _swap_in(temporary, path, text, seen)


def _prepare(path: Path, text: str, *, sync: bool = True, new: bool = False) -> Path:
    """``text`` in a temporary file beside ``path``, with the mode ``path``
    has (or a new file's); synced, unless the caller syncs a batch. A file
    that is to be ``new`` takes a new file's mode without asking the file
    system: were one there, it would not be replaced."""
    handle, temporary = _temporary(path)
    try:
        try:
            try:
                mode = _NEW_FILE_MODE if new else path.stat().st_mode & 0o7777
            except OSError:
                mode = _NEW_FILE_MODE
            os.fchmod(handle, mode)
            data = memoryview(text.encode("utf-8"))
            while data:
                data = data[os.write(handle, data) :]
            if sync:
                os.fsync(handle)
        finally:
            os.close(handle)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


# Temporary files are named by this process's id and a count, as
# ``tempfile.mkstemp`` would be by six random letters, and opened the same
# way (created, never followed or reused): a run writes thousands, and
# mkstemp's random names and checks were a quarter of writing each. A name
# left by a killed process of the same id is passed over for mkstemp's.
_TEMPORARY_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_TEMPORARY_FLAGS |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_temporaries = itertools.count()


def _temporary(path: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside ``path`` (``.NAME.ID.tmp``),
    readable and writable by this process only, open: its handle and path."""
    name = os.path.join(path.parent, f".{path.name}.{os.getpid()}-{next(_temporaries)}.tmp")
    try:
        return os.open(name, _TEMPORARY_FLAGS, 0o600), Path(name)
    except FileExistsError:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        return handle, Path(name)


def _sync(paths: list[Path]) -> None:
    """Make the files at ``paths`` durable: one ``syncfs`` of the file
    system of each folder they are in (Linux), else an ``fsync`` each."""
    if _syncfs is not None:
        synced = True
        for folder in {path.parent for path in paths}:
            handle = os.open(folder, os.O_RDONLY)
            try:
                synced = _syncfs(handle) == 0 and synced
            finally:
                os.close(handle)
        if synced:
            return
    for path in paths:
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _unchanged(path: Path, seen: Seen) -> bool:
    try:
        data, _seen, saved = read_seen(path, seen.since_ns)
    except FileNotFoundError:
        return False
    return not saved and seen.holds(data)


_libc = ctypes.CDLL(None, use_errno=True)
_syncfs = getattr(_libc, "syncfs", None)
if _syncfs is not None:
    _syncfs.argtypes = [ctypes.c_int]
    _syncfs.restype = ctypes.c_int

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_renameat2 = getattr(_libc, "renameat2", None)
if _renameat2 is not None:
    _renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    _renameat2.restype = ctypes.c_int
# The kernel or the file system has no exchange: the caller renames instead.
_NO_EXCHANGE = (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two names atomically; False where the system cannot. Raises
    FileNotFoundError when ``second`` is gone."""
    if _renameat2 is None:
        return False
    names = os.fsencode(first), os.fsencode(second)
    if _renameat2(_AT_FDCWD, names[0], _AT_FDCWD, names[1], _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NO_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(second))
