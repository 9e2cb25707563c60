"""``timeline serve`` from the command line: a port already taken is a
one-line message, not a traceback (the live behaviour is tested in
tests/site/test_serve.py and tests/browser/test_live_reload.py)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.cli.test_build import run_cli
from tests.site.project import make_project


def test_a_port_in_use_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.chdir(make_project(tmp_path))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert run_cli("serve", "--port", str(port)) == 2
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:{port}" in err and "Traceback" not in err
