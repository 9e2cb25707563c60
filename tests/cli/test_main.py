"""The ``timeline`` command: each command loads only its own part of the
package, and the help and the errors still name every command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from timeline.cli import COMMANDS, main


def test_the_overall_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert all(f"    {name}" in out for name in COMMANDS if name != "transfer")


def test_a_mistyped_command_is_told_the_commands_there_are(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["biuld"])
    assert exit_.value.code == 2
    assert "invalid choice: 'biuld'" in capsys.readouterr().err


def test_building_does_not_load_the_extractor():
    script = (
        "import sys\n"
        "from timeline.cli import main\n"
        "try:\n"
        "    main(['build', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('timeline.events.batch' in sys.modules, 'timeline.temporal' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "usage: timeline build" in result.stdout
    assert result.stdout.strip().endswith("False False")
