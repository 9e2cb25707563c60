"""``timeline check`` across files: what no single file shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.cli import main


def test_ids_differing_only_in_case_are_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "Case.yaml").write_text("id: Case\ntitle: Talks open\ndate: 2026\n")
    (tmp_path / "case.yaml").write_text("id: case\ntitle: Strike ends\ndate: 2026\n")
    (tmp_path / "other.yaml").write_text("id: other\ntitle: Vote\ndate: 2026\n")
    assert main(["check", "--events", str(tmp_path)]) == 0  # a warning: both are read
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(
        "case.yaml:1:5: warning: the id differs from 'Case' (Case.yaml) only in case: "
        "macOS and Windows ignore case in file names, so there the two are one file; "
        "change one id and its file name"
    )
    assert out[1] == "3 event files checked: 0 errors, 1 warning"
