import json
from pathlib import Path

import pytest

from timeline.jsonfile import read_json, worth_rewriting, write_json


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"small": [1, "two", None], "nested": {"a": {"b": "ünï"}}},
        {"key": "k", "pieces": {f"p{n}": {"text": f"«{n}»", "n": n} for n in range(2500)}},
        {f"file{n}.yaml": [[n, n * 7], {"id": str(n)}] for n in range(3000)},
    ],
)
def test_written_a_piece_at_a_time_it_reads_back_the_same(tmp_path: Path, value):
    path = tmp_path / ".cache.json"
    write_json(path, value)
    assert json.loads(path.read_text(encoding="utf-8")) == value
    assert [p.name for p in tmp_path.iterdir()] == [".cache.json"]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path):
    path = tmp_path / "manifest.json"
    write_json(path, {"old": True})
    with pytest.raises(TypeError):
        write_json(path, {"files": {f"f{n}": {1, 2} for n in range(2000)}})  # a set: not JSON
    assert json.loads(path.read_text()) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]


def test_what_this_process_wrote_is_read_back_from_memory_until_the_file_changes(
    tmp_path: Path,
):
    path = tmp_path / ".cache.json"
    value = {"files": {"a": 1}}
    write_json(path, value)
    assert read_json(path) is value
    path.write_text('{"files": {"b": 2}}\n', encoding="utf-8")  # another process's build
    assert read_json(path) == {"files": {"b": 2}}
    with pytest.raises(OSError):
        read_json(tmp_path / "missing.json")


def test_a_cache_is_written_again_for_more_than_an_edits_few_entries():
    old = {f"e{n}": n for n in range(1000)}
    assert not worth_rewriting(old, old | {"e1": -1, "e2": -2})  # an edit or two
    assert worth_rewriting(old, old | {f"e{n}": -n for n in range(1, 30)})
    assert worth_rewriting({}, {"e1": 1})  # nothing kept yet
    assert worth_rewriting({"e1": 1}, {"e1": 2})  # a small site: always


def test_objects_turned_into_data_as_written_are_not_kept(tmp_path: Path):
    path = tmp_path / ".cache.json"
    value = {"files": {f"f{n}": [n, complex(n, 1)] for n in range(2500)}}
    write_json(path, value, default=lambda number: [number.real, number.imag])
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written == {"files": {f"f{n}": [n, [n, 1]] for n in range(2500)}}
    assert read_json(path) == written  # read from the file, not the objects
