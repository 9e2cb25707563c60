"""A wrong value on the command line is one line that says how to write it,
the same from every command that takes it."""

from __future__ import annotations

import pytest

from timeline.cli import main


@pytest.mark.parametrize("command", ["extract", "annotate"])
def test_a_publication_date_that_is_no_day_says_how_to_write_it(command, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, "--published", "21/02/2026", str(tmp_path)])
    assert stop.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.endswith("'21/02/2026' is not a date; write it as YYYY-MM-DD")
