"""Writing event files: atomically, safe to read back as YAML 1.1, and,
when a file exists, through a round trip that keeps the editor's comments,
key order and quoting."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from timeline.model import Event
from timeline.store.atomic import write_atomic
from timeline.store.emit import dump_yaml, emit_event

__all__ = ["add_sources", "dump_data", "dump_event", "ensure_schema", "write_atomic"]

SCHEMA_NAME = "event.schema.json"
SCHEMA_FILE = Path(__file__).with_name(SCHEMA_NAME)
# The yaml-language-server modeline: editors' YAML plugins validate against it.
# The path is relative to the event file; a schema beside the events avoids
# "..", which some plugin versions drop.
MODELINE = f"# yaml-language-server: $schema={SCHEMA_NAME}\n"

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = yaml.resolver.Resolver()


def dump_event(event: Event) -> str:
    """A new event file: the modeline, then the fields in ``Event.FIELDS``
    order, as PyYAML's dumper writes them (``timeline.store.emit``), quoting
    whatever YAML 1.1 would misread."""
    return dump_data(event.to_dict())


def dump_data(data: dict[str, Any]) -> str:
    """``dump_event`` of the event whose ``Event.to_dict()`` is ``data``."""
    return MODELINE + emit_event(data)


def ensure_schema(events_dir: Path) -> None:
    """Put the JSON Schema in the events folder, where the modeline of every
    written file points, so editors' plugins find it offline."""
    target = events_dir / SCHEMA_NAME
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        write_atomic(target, text)


def add_sources(text: str, sources: list[dict[str, Any]]) -> str:
    """``text`` with ``sources`` appended to its ``sources`` list. The new
    entries are inserted as text, so every byte the editor wrote stays as it
    was; only a flow-style list (``sources: [{...}]``) goes through a
    ruamel.yaml round trip, which keeps comments and key order. Raises
    ValueError when ``text`` is not a YAML mapping (an empty file, a save
    caught halfway)."""
    windows = "\r\n" in text and text.count("\n") == text.count("\r\n")
    if windows:  # work on LF lines, give the file back its CRLF ones
        text = text.replace("\r\n", "\n")
    updated = _insert_sources(text, sources)
    if updated is None or not _adds_exactly(text, updated, sources):
        updated = _round_trip_sources(text, sources)
    return updated.replace("\n", "\r\n") if windows else updated


def _block(sources: list[dict[str, Any]], indent: int) -> str:
    """The entries as block YAML, each line indented to the list's dash."""
    dumped = dump_yaml(sources)
    return "".join(" " * indent + line for line in dumped.splitlines(keepends=True))


def _last_end(node: yaml.Node) -> Any:
    """Where the node's text ends: for a block collection, where its last
    value ends (its own end mark lies at the next key, past any comments)."""
    while (
        isinstance(node, (yaml.MappingNode, yaml.SequenceNode))
        and node.value
        and not node.flow_style
    ):
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    return node.end_mark


def _after(text: str, mark: Any) -> int:
    """The start of the line after the one the mark ends on."""
    if mark.column == 0 and mark.index > 0:  # a block scalar ends at a line start
        return mark.index
    newline = text.find("\n", mark.index)
    return len(text) if newline < 0 else newline + 1


def _insert(text: str, index: int, block: str) -> str:
    head = text[:index]
    if head and not head.endswith("\n"):
        head += "\n"
    return head + block + text[index:]


def _insert_sources(text: str, sources: list[dict[str, Any]]) -> str | None:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    pairs = {
        key.value: (key, value) for key, value in root.value if isinstance(key, yaml.ScalarNode)
    }
    if "sources" in pairs:
        key, value = pairs["sources"]
        if isinstance(value, yaml.SequenceNode) and value.value and not value.flow_style:
            first = value.value[0].start_mark
            line_start = text.rfind("\n", 0, first.index) + 1
            dash = text.rfind("-", line_start, first.index)
            if dash < 0:
                return None
            return _insert(text, _after(text, _last_end(value)), _block(sources, dash - line_start))
        line_end = text.find("\n", key.end_mark.index)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[key.end_mark.index : line_end]
        empty = re.fullmatch(r"\s*:\s*(~|null|Null|NULL|\[\s*\])?\s*(#.*)?", rest)
        if empty is None:
            return None
        comment = f" {empty.group(2)}" if empty.group(2) else ""
        head = text[: key.end_mark.index] + ":" + comment + "\n"
        return head + _block(sources, 0) + text[line_end + 1 :]
    before = Event.FIELDS[: Event.FIELDS.index("sources")]
    anchors = [
        value
        for key, value in root.value
        if isinstance(key, yaml.ScalarNode) and key.value in before
    ]
    if not anchors or root.start_mark.column != 0:
        return None
    return _insert(text, _after(text, _last_end(anchors[-1])), "sources:\n" + _block(sources, 0))


def _adds_exactly(old: str, new: str, sources: list[dict[str, Any]]) -> bool:
    """Whether ``new`` reads as ``old`` plus the sources, and nothing else."""
    try:
        before, after = yaml.load(old, Loader=_Loader), yaml.load(new, Loader=_Loader)
    except (yaml.YAMLError, ValueError):
        return False
    return bool(after == {**before, "sources": [*(before.get("sources") or []), *sources]})


def _round_trip() -> YAML:
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096  # never re-wrap an editor's long line
    return rt


def _safe_scalar(value: Any) -> Any:
    """Quote a string that YAML 1.1 (our loader) would read as something else."""
    if (
        isinstance(value, str)
        and _resolver.resolve(yaml.ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str"
    ):
        return DoubleQuotedScalarString(value)
    return value


def _round_trip_sources(text: str, sources: list[dict[str, Any]]) -> str:
    rt = _round_trip()
    try:
        _data, indent, block_seq_indent = load_yaml_guess_indent(text)
        offset = block_seq_indent or 0
        rt.indent(mapping=2, sequence=max(indent or 2, offset + 2), offset=offset)
        data = rt.load(text)
    except YAMLError as error:
        raise ValueError(f"not YAML: {error}") from None
    if not isinstance(data, CommentedMap):
        raise ValueError("not a YAML mapping of fields")
    entries = [{key: _safe_scalar(value) for key, value in source.items()} for source in sources]
    if data.get("sources"):
        data["sources"].extend(entries)
    elif "sources" in data:
        data["sources"] = entries
    else:  # where Event.FIELDS puts it: after the last key that comes before it
        before = Event.FIELDS[: Event.FIELDS.index("sources")]
        keys = list(data)
        position = max((keys.index(key) + 1 for key in before if key in data), default=0)
        data.insert(position, "sources", entries)
    out = io.StringIO()
    rt.dump(data, out)
    return out.getvalue()
