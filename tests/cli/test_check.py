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


def test_a_place_listed_again_under_another_of_its_names_is_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Kiev" beside "Kyiv" is one place twice; "Kiev" alone is fine (the
    site lists it on Kyiv's page), and so are two places."""
    (tmp_path / "twice.yaml").write_text(
        "id: twice\ntitle: Talks open\ndate: 2026\nplaces: [Kyiv, Warsaw, Kiev]\n"
    )
    (tmp_path / "alone.yaml").write_text("id: alone\ntitle: Vote\ndate: 2026\nplaces: [Kiev]\n")
    (tmp_path / "two.yaml").write_text("id: two\ntitle: Strike\ndate: 2026\nplaces: [Lviv, Kyiv]\n")
    assert main(["check", "--events", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{tmp_path / 'twice.yaml'}:4:24: warning: 'Kiev' is 'Kyiv' again: both are Kyiv in the "
        "gazetteer, which the site shows once; list the place once",
        "3 event files checked: 0 errors, 1 warning",
    ]
