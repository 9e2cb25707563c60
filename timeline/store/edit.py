"""Changing one event file at a time, as the editors' desk does: set
fields, reject an event, merge two into one, and undo. Every write keeps
the bytes the change does not touch (comments, key order, quoting), is
atomic, holds the folder's lock, and is refused when the file is no longer
the one the editor was shown (someone saved it in a text editor since)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml

from timeline.model import Event, Source
from timeline.store.files import (
    _after,
    _last_end,
    _round_trip,
    _safe_scalar,
    add_sources,
    write_atomic,
)
from timeline.store.ledger import LEDGER_NAME, Ledger
from timeline.store.lock import events_lock
from timeline.store.validate import Issue, validate_event

_Dumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_NO_WRAP = 1_000_000


class _Loader(yaml.SafeLoader):
    """Dates stay as the text written, as ``timeline check`` reads them, so
    that an impossible one is reported rather than failing the load. The
    pure-Python loader, because its marks count characters, not bytes."""


_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(cast(yaml.ScalarNode, node)),  # a date's tag
)


def digest(data: bytes | None) -> str:
    """What a page remembers of the file it showed: a SHA-256 of its bytes
    ("" for a file that is not there)."""
    return "" if data is None else hashlib.sha256(data).hexdigest()


def read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


class Conflict(Exception):
    """The file changed on disk since the editor was shown it; nothing was written."""

    def __init__(self, path: Path, current: bytes | None) -> None:
        super().__init__(f"{path.name} changed on disk since it was shown; nothing was written")
        self.path = path
        self.current = current


class Invalid(Exception):
    """The change would leave the file with errors; nothing was written."""

    def __init__(self, path: Path, issues: list[Issue]) -> None:
        super().__init__("; ".join(issue.message for issue in issues))
        self.path = path
        self.issues = issues


@dataclass
class Change:
    """The files one action wrote, as they were before and after (None: no
    file), so that the action can be undone while they are still so."""

    description: str
    before: dict[Path, bytes | None] = field(default_factory=dict)
    after: dict[Path, bytes | None] = field(default_factory=dict)


def parse(text: str) -> object:
    """The file's data, as validation sees it."""
    return yaml.load(text, Loader=_Loader)


def check_data(data: object) -> list[Issue]:
    """The errors ``timeline check`` would report for these data (the
    store's own validator: one set of rules and messages)."""
    return [issue for issue in validate_event(data) if issue.severity == "error"]


def set_fields(text: str, changes: Mapping[str, Any]) -> str:
    """``text`` with each top-level key of ``changes`` set to its value (an
    empty value removes the key). The changed keys are rewritten in place as
    text, every other byte stays; a file laid out in a way that cannot be
    edited so goes through ruamel.yaml, which keeps comments and key order."""
    windows = "\r\n" in text and text.count("\n") == text.count("\r\n")
    if windows:
        text = text.replace("\r\n", "\n")
    updated: str | None = text
    for key, value in changes.items():
        updated = _set_one(updated, key, value) if updated is not None else None
    if updated is None or not _sets_exactly(text, updated, changes):
        updated = _round_trip_set(text, changes)
    return updated.replace("\n", "\r\n") if windows else updated


def _empty(value: object) -> bool:
    return value is None or value == "" or value == []


def _dump(key: str, value: Any, indent: int = 0) -> str:
    """``key: value`` as block YAML, a list's items indented by ``indent``."""
    dumped = yaml.dump(
        {key: value},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=_NO_WRAP,
        default_flow_style=False,
    )
    if indent and isinstance(value, list):
        head, *items = dumped.splitlines(keepends=True)
        dumped = head + "".join(" " * indent + line for line in items)
    return dumped


def _set_one(text: str, key: str, value: Any) -> str | None:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode) or root.flow_style or root.start_mark.column != 0:
        return None
    pairs = {k.value: (k, v) for k, v in root.value if isinstance(k, yaml.ScalarNode)}
    if key in pairs:
        key_node, node = pairs[key]
        start = key_node.start_mark.index
        block = isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style
        block_scalar = node.end_mark.column == 0 and node.end_mark.index > start
        if _empty(value) or block or block_scalar:
            end = _after(text, _last_end(node)) if block else _after(text, node.end_mark)
            if block_scalar:
                end = node.end_mark.index
            indent = 0
            if isinstance(node, yaml.SequenceNode) and node.value:
                indent = node.value[0].start_mark.column - 2
            new = "" if _empty(value) else _dump(key, value, max(indent, 0))
            return text[:start] + new + text[end:]
        # a scalar or flow value: what follows it on its line (a comment) stays
        return text[:start] + _dump(key, value).rstrip("\n") + text[node.end_mark.index :]
    if _empty(value):
        return text
    order = Event.FIELDS
    before = order[: order.index(key)] if key in order else order
    anchors = [v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value in before]
    if anchors:
        at = _after(text, _last_end(anchors[-1]))
    elif root.value:
        first = root.value[0][0].start_mark
        at = first.index - first.column
    else:
        return None
    head = text[:at] if not at or text[at - 1] == "\n" else text[:at] + "\n"
    return head + _dump(key, value) + text[at:]


def _sets_exactly(old: str, new: str, changes: Mapping[str, Any]) -> bool:
    """Whether ``new`` reads as ``old`` with the changes, and nothing else."""
    try:
        before, after = parse(old), parse(new)
    except (yaml.YAMLError, ValueError):
        return False
    if not isinstance(before, dict):
        return False
    expected = dict(before)
    for key, value in changes.items():
        if _empty(value):
            expected.pop(key, None)
        else:
            expected[key] = value
    return after == expected


def _round_trip_set(text: str, changes: Mapping[str, Any]) -> str:
    rt = _round_trip()
    data = rt.load(text)
    for key, value in changes.items():
        if _empty(value):
            data.pop(key, None)
            continue
        safe = [_safe_scalar(item) for item in value] if isinstance(value, list) else value
        safe = _safe_scalar(safe)
        if key in data:
            data[key] = safe
        else:
            before = Event.FIELDS[: Event.FIELDS.index(key)] if key in Event.FIELDS else ()
            keys = list(data)
            position = max((keys.index(k) + 1 for k in before if k in data), default=0)
            data.insert(position, key, safe)
    out = io.StringIO()
    rt.dump(data, out)
    return out.getvalue()


def _expect(path: Path, expected: str) -> bytes | None:
    """The file's bytes, if they are still the ones shown (their ``digest``);
    raises Conflict otherwise."""
    current = read_bytes(path)
    if digest(current) != expected:
        raise Conflict(path, current)
    return current


def _text(data: bytes | None, path: Path) -> str:
    if data is None:
        raise Conflict(path, None)
    return data.decode("utf-8-sig")


def _write_checked(path: Path, text: str, change: Change) -> None:
    issues = check_data(parse(text))
    if issues:
        raise Invalid(path, issues)
    change.before.setdefault(path, read_bytes(path))
    write_atomic(path, text)
    change.after[path] = text.encode("utf-8")


def update_event(path: Path, expected: str, changes: Mapping[str, Any]) -> Change:
    """Set fields of the event file at ``path``, shown to the editor with
    the digest ``expected``. Raises Conflict or Invalid, writing nothing."""
    with events_lock(path.parent):
        text = _text(_expect(path, expected), path)
        change = Change(f"edited {path.stem}")
        _write_checked(path, set_fields(text, changes), change)
        return change


def reject_event(path: Path, expected: str) -> Change:
    """Delete the event file and make sure the ledger knows the event, so
    that re-extraction never proposes it again: the rule for a file the
    editor deleted."""
    events_dir = path.parent
    with events_lock(events_dir):
        data = _expect(path, expected)
        event_data = parse(_text(data, path))
        change = Change(f"rejected {path.stem}")
        ledger_path = events_dir / LEDGER_NAME
        change.before[ledger_path] = read_bytes(ledger_path)
        ledger = Ledger.read(events_dir)
        if isinstance(event_data, dict) and not check_data(event_data):
            event = Event.from_dict(event_data)
            if all(target != event.id for _, target in ledger.targets()):
                ledger.record(event.id, event.id, _pairs(event.sources))
            ledger.write()
        change.before[path] = data
        path.unlink()
        change.after[path] = None
        change.after[ledger_path] = read_bytes(ledger_path)
        return change


def _one_place_once(places: list[str], added: list[str]) -> list[str]:
    """``places`` and those of ``added`` that are no place of them named in
    another spelling ("Kiev" beside "Kyiv"), by the gazetteer's names."""
    from timeline.events.place_names import one_name

    named = one_name([*places, *added])
    seen = {named.get(place, place) for place in places}
    result = list(places)
    for place in added:
        same = named.get(place, place)
        if same not in seen:
            seen.add(same)
            result.append(place)
    return result


def merge_events(keep: Path, keep_expected: str, drop: Path, drop_expected: str) -> Change:
    """Fold the event at ``drop`` into the one at ``keep``: its sources it
    lacks, its places, actors and tags are added, its file goes, and the
    ledger sends what was proposed into it to ``keep`` from now on."""
    events_dir = keep.parent
    if drop.parent != events_dir or drop == keep:
        raise ValueError("two different events of one folder are merged")
    with events_lock(events_dir):
        keep_text = _text(_expect(keep, keep_expected), keep)
        drop_data = _expect(drop, drop_expected)
        kept_data, dropped_data = parse(keep_text), parse(_text(drop_data, drop))
        for where, data in ((keep, kept_data), (drop, dropped_data)):
            issues = check_data(data)
            if issues:
                raise Invalid(where, issues)
        assert isinstance(kept_data, dict) and isinstance(dropped_data, dict)
        kept, dropped = Event.from_dict(kept_data), Event.from_dict(dropped_data)
        change = Change(f"merged {drop.stem} into {keep.stem}")
        lists = {}
        for name in ("places", "actors", "tags"):
            merged = list(dict.fromkeys([*getattr(kept, name), *getattr(dropped, name)]))
            if name == "places" and merged != kept.places:
                merged = _one_place_once(kept.places, merged[len(kept.places) :])
            if merged != getattr(kept, name):
                lists[name] = merged
        text = set_fields(keep_text, lists) if lists else keep_text
        listed = {(source.article, source.quote) for source in kept.sources}
        new = [s for s in dropped.sources if (s.article, s.quote) not in listed]
        if new:
            text = add_sources(text, [source.to_dict() for source in new])
        ledger_path = events_dir / LEDGER_NAME
        change.before[ledger_path] = read_bytes(ledger_path)
        _write_checked(keep, text, change)
        ledger = Ledger.read(events_dir)
        moved = [proposed for proposed, target in ledger.targets() if target == dropped.id]
        for proposed in moved:
            ledger.retarget(proposed, kept.id)
        if not moved:
            ledger.record(dropped.id, kept.id, _pairs(dropped.sources))
        ledger.write()
        change.before[drop] = drop_data
        drop.unlink()
        change.after[drop] = None
        change.after[ledger_path] = read_bytes(ledger_path)
        return change


def undo(change: Change) -> None:
    """Put back the files ``change`` wrote, when each is still as it left
    it; raises Conflict (nothing written) when one was changed since."""
    paths = list(change.before)
    if not paths:
        return
    with events_lock(paths[0].parent):
        for path in paths:
            current = read_bytes(path)
            if current != change.after.get(path, current):
                raise Conflict(path, current)
        for path in paths:
            old = change.before[path]
            if old is None:
                path.unlink(missing_ok=True)
            else:
                write_atomic(path, old.decode("utf-8"))


def _pairs(sources: list[Source]) -> list[tuple[str, str]]:
    return [(source.article, source.quote) for source in sources if source.article]
