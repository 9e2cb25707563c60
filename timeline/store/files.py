"""Writing event files: atomically, safe to read back as YAML 1.1, and,
when a file exists, through a round trip that keeps the editor's comments,
key order and quoting."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from timeline.model import Event

SCHEMA_NAME = "event.schema.json"
SCHEMA_FILE = Path(__file__).with_name(SCHEMA_NAME)
# The yaml-language-server modeline: editors' YAML plugins validate against it.
MODELINE = f"# yaml-language-server: $schema=../{SCHEMA_NAME}\n"

_Dumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_resolver = yaml.resolver.Resolver()


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the
    new one, never half of it: a temporary file beside it, then a rename."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def dump_event(event: Event) -> str:
    """A new event file: the modeline, then the fields in ``Event.FIELDS``
    order. PyYAML's dumper quotes whatever YAML 1.1 would misread."""
    body = yaml.dump(event.to_dict(), Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     width=100, default_flow_style=False)
    return MODELINE + body


def ensure_schema(events_dir: Path) -> None:
    """Put the JSON Schema beside the events folder, where the modeline of
    every written file points, so editors' plugins find it offline."""
    target = events_dir.parent / SCHEMA_NAME
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        write_atomic(target, text)


def _round_trip() -> YAML:
    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096  # never re-wrap an editor's long line
    return rt


def _safe_scalar(value: Any) -> Any:
    """Quote a string that YAML 1.1 (our loader) would read as something else."""
    if isinstance(value, str) and _resolver.resolve(
        yaml.ScalarNode, value, (True, False)
    ) != "tag:yaml.org,2002:str":
        return DoubleQuotedScalarString(value)
    return value


def add_sources(text: str, sources: list[dict[str, Any]]) -> str:
    """``text`` with ``sources`` appended to its ``sources`` list, everything
    else (comments, order, quoting, indentation) as it was."""
    rt = _round_trip()
    _data, indent, block_seq_indent = load_yaml_guess_indent(text)
    offset = block_seq_indent or 0
    rt.indent(mapping=2, sequence=max(indent or 2, offset + 2), offset=offset)
    data = rt.load(text)
    entries = [{key: _safe_scalar(value) for key, value in source.items()} for source in sources]
    if data.get("sources"):
        data["sources"].extend(entries)
    else:
        data["sources"] = entries
    out = io.StringIO()
    rt.dump(data, out)
    return out.getvalue()
