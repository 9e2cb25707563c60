"""Property tests over generated events: what the store writes reads back
the same, an update keeps everything an editor wrote, and no input makes
loading raise. (The exchange formats' round trips are in tests/formats/.)"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import SETTINGS, events, sources
from timeline.model import Event, Source
from timeline.store.files import SCHEMA_FILE, add_sources, dump_event
from timeline.store.load import load_file


def _write(tmp_path: Path, event: Event, text_: str) -> Path:
    path = tmp_path / f"{event.id}.yaml"
    path.write_text(text_, encoding="utf-8")
    return path


@SETTINGS
@given(event=events())
def test_a_written_event_reads_back_the_same(tmp_path: Path, event: Event) -> None:
    path = _write(tmp_path, event, dump_event(event))
    loaded, problems = load_file(path)
    assert problems == []
    assert loaded == event


@SETTINGS
@given(
    event=events(),
    new=st.lists(sources, min_size=1, max_size=2),
    comment=st.text("abc #:-'\" ", max_size=20),
)
def test_adding_sources_keeps_everything_the_editor_wrote(
    tmp_path: Path, event: Event, new: list[Source], comment: str
) -> None:
    lines = dump_event(event).splitlines(keepends=True)
    lines.insert(1, f"# editor: {comment}\n")
    original = "".join(lines)
    updated = add_sources(original, [source.to_dict() for source in new])
    diff = difflib.SequenceMatcher(None, original, updated, autojunk=False).get_opcodes()
    assert {operation for operation, *_ in diff} <= {"equal", "insert"}, "a byte was changed"
    loaded, problems = load_file(_write(tmp_path, event, updated))
    assert problems == []
    assert loaded is not None
    assert loaded.sources == event.sources + new
    loaded.sources = event.sources
    assert loaded == event
    keys = [line.split(":")[0] for line in updated.splitlines() if line[:1].isalpha()]
    assert keys == [key for key in Event.FIELDS if key in event.to_dict() or key == "sources"]


@SETTINGS
@given(event=events())
def test_written_events_satisfy_the_json_schema(event: Event) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(event.to_dict(), schema)


yaml_fragments = st.lists(
    st.sampled_from(
        [
            "id: ",
            "title: ",
            "date: ",
            "sources:",
            "\n",
            "  ",
            "- ",
            "article: ",
            "[",
            "]",
            "{",
            "}",
            ",",
            ":",
            "'",
            '"',
            "&a ",
            "*a ",
            "!!python/object ",
            "!!binary ",
            "? ",
            "|",
            ">",
            "2026-02-30",
            "no",
            "1:30",
            "\t",
            "---",
            "...",
            "%YAML 1.1\n",
            "#",
            "\\",
            "\x00",
            "é",
            "tags: ",
            "order: ",
            "confidence: ",
            "locked: ",
            "<<: ",
            "\ufeff",
            "-1",
            ".nan",
        ]
    ),
    max_size=40,
).map("".join)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    content=st.one_of(yaml_fragments, st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
)
def test_loading_never_raises(tmp_path: Path, content: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    event, problems = load_file(path, lambda article: False)
    errors = [problem.message for problem in problems if problem.is_error]
    blocking = [message for message in errors if "does not exist under content/" not in message]
    assert (event is None) == bool(blocking)
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1 and "\n" not in problem.message
