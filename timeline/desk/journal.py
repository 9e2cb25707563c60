"""The desk's undo journal: the actions that can still be undone, kept in a
file in ``content/.desk/`` (``timeline.layout.desk_folder``), so that closing
the desk, or a crash, does not take away the editor's way back.

One line of JSON per action, appended and synced before the action is
reported done: the files it wrote (by name, in the events folder), each as
it was before and after, compressed. Undo takes the last line off. A line
that cannot be read ends the journal there: only what was readable before it
can be undone. The file keeps the last ``KEPT`` actions.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from timeline.store.edit import Change

KEPT = 50


@dataclass
class Undoable:
    change: Change
    event_id: str  # the event to show once undone


class Journal:
    """The undoable actions on the events folder ``events_dir``; kept in
    ``file`` (None: in memory only, for this run)."""

    def __init__(self, events_dir: Path, file: Path | None) -> None:
        self.events_dir = events_dir
        self.file = file
        self.warning = ""
        self.actions: list[Undoable] = self._read()

    def __bool__(self) -> bool:
        return bool(self.actions)

    @property
    def last(self) -> Undoable:
        return self.actions[-1]

    def add(self, action: Undoable) -> None:
        """Remember ``action``; kept on disk before this returns, or, when
        the journal cannot be written, for this run (``take_warning`` says so)."""
        self.actions.append(action)
        if self.file is None:
            return
        if len(self.actions) > 2 * KEPT:
            del self.actions[:-KEPT]
            self._rewrite()
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with self.file.open("ab") as stream:
                stream.write(self._line(action))
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as error:
            self._give_up(error)

    def drop_last(self) -> None:
        """Forget the last action: it was undone."""
        self.actions.pop()
        if self.file is not None:
            self._rewrite()

    def take_warning(self) -> str:
        """Why the journal stopped being kept on disk, once; "" when it is."""
        warning, self.warning = self.warning, ""
        return warning

    def _give_up(self, error: OSError) -> None:
        self.warning = (
            f"{self.file}: cannot be written ({error.strerror}); undo lasts until the desk stops."
        )
        self.file = None

    def _rewrite(self) -> None:
        assert self.file is not None
        temporary = self.file.with_name(f"{self.file.name}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as stream:
                for action in self.actions:
                    stream.write(self._line(action))
                stream.flush()
                os.fsync(stream.fileno())
            temporary.replace(self.file)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            self._give_up(error)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    def _line(self, action: Undoable) -> bytes:
        change = action.change
        files: dict[str, dict[str, str | None]] = {}
        for side in ("before", "after"):
            for path, data in getattr(change, side).items():
                files.setdefault(path.name, {})[side] = _pack(data)
        record = {"description": change.description, "event": action.event_id, "files": files}
        return json.dumps(record, ensure_ascii=True).encode("ascii") + b"\n"

    def _read(self) -> list[Undoable]:
        if self.file is None:
            return []
        try:
            lines = self.file.read_bytes().splitlines()
        except OSError:
            return []
        actions = []
        for line in lines:
            try:
                actions.append(self._parse(line))
            except (ValueError, TypeError, KeyError, zlib.error):
                break  # a line half written, or not ours: the journal ends here
        return actions[-KEPT:]

    def _parse(self, line: bytes) -> Undoable:
        record = json.loads(line)
        change = Change(str(record["description"]))
        for name, sides in record["files"].items():
            if not isinstance(name, str) or Path(name).name != name or name in ("", ".", ".."):
                raise ValueError(f"not a file of the events folder: {name!r}")
            for side in ("before", "after"):
                if side in sides:
                    getattr(change, side)[self.events_dir / name] = _unpack(sides[side])
        return Undoable(change, str(record["event"]))


def _pack(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(zlib.compress(data)).decode("ascii")


def _unpack(text: object) -> bytes | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError("not packed bytes")
    return zlib.decompress(base64.b64decode(text, validate=True))
