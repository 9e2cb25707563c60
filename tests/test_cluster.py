"""Extraction on a Dask cluster: a LocalCluster of two worker processes on
loopback, started once for the module (``timeline extract --scheduler``
is tested here too, to start no second cluster)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import dask
import psutil
import pytest
from distributed import Client, LocalCluster

from bench.news import write_articles
from timeline import cluster
from timeline.cli import main
from timeline.cluster import ClusterLost, cluster_map
from timeline.events.batch import extract_articles

ROOT = Path(__file__).resolve().parent.parent
PAGE = (
    '<!DOCTYPE html><html lang="en"><head><title>Grid plan agreed</title>'
    '<meta property="article:published_time" content="2026-03-05T08:00:00Z"></head>'
    "<body><article><h1>Grid plan agreed</h1><p>Energy ministers agreed on a grid plan "
    "in Oslo on Wednesday.</p><p>They met in Helsinki on January 14.</p></article></body></html>"
)

LATER = "---\ntitle: Cables\ndate: 2026-03-09\n---\nWork on the Oslo cable began on March 8.\n"
# Clusters listen on loopback only, by TCP, on free ports, and serve no
# dashboard: a scheduler and each worker always open an HTTP port, which
# serves only the health check here (docs/cluster.md says how elsewhere).
LOOPBACK: dict = {
    "host": "127.0.0.1",
    "protocol": "tcp",
    "dashboard_address": None,
    "worker_dashboard_address": "127.0.0.1:0",
    "scheduler_kwargs": {"dashboard": False, "dashboard_address": "127.0.0.1:0"},
}
HEALTH_ONLY = {
    "distributed.scheduler.http.routes": ["distributed.http.health"],
    "distributed.worker.http.routes": ["distributed.http.health"],
}


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a cluster of two single-threaded worker processes,
    whose scheduler gives up a task after it took two workers down."""
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1, **HEALTH_ONLY}),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            **LOOPBACK,
        ) as local,
    ):
        yield local.scheduler_address


def project(root: Path, stories: int = 1) -> Path:
    """Real-length news of ``stories`` stories of four articles, a saved
    page, an undated text, a binary file and an empty one."""
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    if stories:
        write_articles(articles, stories, 4)
    (articles / "page.html").write_text(PAGE, encoding="utf-8")
    (articles / "undated.txt").write_text("Ministers met in Oslo on Monday.\n", encoding="utf-8")
    (articles / "binary.txt").write_bytes(b"\x00\x01\x02 not text" * 20)
    (articles / "empty.md").write_text("", encoding="utf-8")
    return root


def extract(root: Path, *options: str) -> tuple[int, str, str]:
    """``timeline extract`` in ``root`` as the console script runs it: exit
    code, stdout and stderr, with the folder's path taken out of them."""
    out, err = io.StringIO(), io.StringIO()
    here = Path.cwd()
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["extract", *options])
    finally:
        os.chdir(here)
    return (
        code,
        out.getvalue().replace(str(root), "ROOT"),
        err.getvalue().replace(str(root), "ROOT"),
    )


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def digest(folder: Path) -> str:
    return hashlib.sha256(repr(sorted(folder_bytes(folder).items())).encode()).hexdigest()


def square_late(number: int) -> int:
    """The first items finish last."""
    time.sleep(0.03 * (8 - number))
    return number * number


def kill_my_worker(number: int) -> int:
    if number == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    return number


def test_the_cluster_listens_on_loopback_only_and_serves_no_dashboard(scheduler: str) -> None:
    with Client(scheduler) as client:
        info = client.scheduler_info()
        ports = [info["services"]["dashboard"]]
        ports += [worker["services"]["dashboard"] for worker in info["workers"].values()]
    assert len(ports) == 3  # the scheduler's HTTP port, and each worker's
    for port in ports:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=10) as answer:
            assert answer.read() == b"ok"
        for page in ("/status", "/info/main/workers.html", "/metrics", "/json/counts.json"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{page}", timeout=10)
            assert refused.value.code == 404
    here = psutil.Process()
    listening = [
        connection.laddr.ip
        for process in (here, *here.children(recursive=True))
        for connection in process.net_connections("inet")
        if connection.status == psutil.CONN_LISTEN
    ]
    assert listening and set(listening) == {"127.0.0.1"}


def test_results_come_back_in_order_whatever_order_the_workers_finish(scheduler: str) -> None:
    done: list[int] = []
    assert list(cluster_map(square_late, range(8), scheduler, progress=done.append)) == [
        number * number for number in range(8)
    ]
    assert done == list(range(1, 9))  # counted as the cluster finishes them


def test_extract_on_the_cluster_writes_what_jobs_1_writes_byte_for_byte(
    scheduler: str, tmp_path: Path
) -> None:
    here, there = project(tmp_path / "here"), project(tmp_path / "there")
    local = extract(here, "--jobs", "1")
    remote = extract(there, "--scheduler", scheduler)
    assert local[0] == remote[0] == 0
    assert "binary data" in remote[2] and "no publication date" in remote[2]
    assert local[1] == remote[1] and "created" in remote[1]
    here_events, there_events = here / "content" / "events", there / "content" / "events"
    assert folder_bytes(here_events) == folder_bytes(there_events)
    assert {".ledger.json", ".mentions.json"} <= set(folder_bytes(there_events))


def test_a_worker_killed_mid_run_is_replaced_and_the_results_are_the_same(
    scheduler: str, tmp_path: Path
) -> None:
    paths = write_articles(tmp_path / "articles", 1, 6)
    published = dt.date(2026, 3, 5)
    with Client(scheduler, set_as_default=False) as client:
        pids = list(client.run(os.getpid).values())

    def kill_a_worker(done: int) -> None:
        if done == 1:
            os.kill(pids[0], signal.SIGKILL)

    remote = list(
        extract_articles(paths, published, tmp_path, scheduler=scheduler, progress=kill_a_worker)
    )
    local = list(extract_articles(paths, published, tmp_path))
    assert [[e.to_dict() for e in r.events] for r in remote] == [
        [e.to_dict() for e in r.events] for r in local
    ]


def test_a_task_that_kills_its_workers_ends_the_run_with_one_line(scheduler: str) -> None:
    with pytest.raises(ClusterLost) as lost:
        list(cluster_map(kill_my_worker, range(6), scheduler, name=lambda n: f"item {n}"))
    # the item that killed them, or one queued on the same worker when it died
    assert re.search(r"died while they held item [0-5] ", str(lost.value))
    assert "\n" not in str(lost.value)


def test_no_scheduler_at_the_address_is_one_line_and_the_events_stay_as_they_were(
    scheduler: str, tmp_path: Path
) -> None:
    root = project(tmp_path, stories=0)
    assert extract(root, "--jobs", "1", str(root / "content" / "articles" / "page.html"))[0] == 0
    (root / "content" / "articles" / "later.md").write_text(LATER, encoding="utf-8")
    before = digest(root / "content" / "events")
    with socket.socket() as probe:  # a port no one listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    code, out, err = extract(root, "--scheduler", closed)
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [err.strip()]  # one line, no traceback
    assert f"cannot reach the Dask scheduler at {closed}" in err
    assert digest(root / "content" / "events") == before
    code, out, _ = extract(root, "--scheduler", scheduler)  # a rerun finishes the work
    assert code == 0 and "created" in out and "articles/later.md" in out


def test_a_scheduler_that_never_answers_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(ClusterLost, match="cannot reach the Dask scheduler"):
            list(cluster_map(square_late, range(2), address))
    assert time.monotonic() - started < 10


def test_the_cluster_going_away_mid_run_ends_it_with_one_line() -> None:
    local = LocalCluster(n_workers=1, processes=False, **LOOPBACK)
    try:

        def close_it(done: int) -> None:
            if done == 1:
                threading.Thread(target=local.close).start()

        with pytest.raises(ClusterLost) as lost:
            list(cluster_map(square_late, range(8), local.scheduler_address, progress=close_it))
        assert "lost the Dask scheduler" in str(lost.value)
        assert "run the command again" in str(lost.value)
    finally:
        local.close()


def test_a_cluster_without_workers_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "NO_WORKERS_SECONDS", 1)
    monkeypatch.setattr(cluster, "_CHECK_SECONDS", 0.2)
    with (
        LocalCluster(n_workers=0, processes=False, **LOOPBACK) as empty,
        pytest.raises(ClusterLost, match="has had no worker for 1 s"),
    ):
        list(cluster_map(square_late, range(2), empty.scheduler_address))


def test_the_scheduler_may_be_set_in_timeline_toml_and_jobs_overrides_it(
    scheduler: str, tmp_path: Path
) -> None:
    root = tmp_path
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "page.html").write_text(PAGE, encoding="utf-8")
    (root / "timeline.toml").write_text('[extract]\nscheduler = "tcp://127.0.0.1:1"\n')
    code, _, err = extract(root)
    assert code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in err
    assert extract(root, "--jobs", "1")[0] == 0  # on this machine
    (root / "timeline.toml").write_text(f'[extract]\nscheduler = "{scheduler}"\n')
    assert extract(root)[0] == 0
    (root / "timeline.toml").write_text("[extract]\nscheduler = 8786\n")
    code, _, err = extract(root)
    assert code == 1
    assert err.strip() == (
        f"timeline extract: {root / 'timeline.toml'}: [extract] scheduler must be a Dask "
        "scheduler's address such as 'tcp://10.0.0.5:8786', not 8786"
    ).replace(str(root), "ROOT")


def test_without_a_scheduler_dask_is_not_imported(tmp_path: Path) -> None:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "content" / "articles" / "page.html").write_text(PAGE, encoding="utf-8")
    code = (
        "import sys; from timeline.cli import main; main(['extract']); "
        "print([name for name in sys.modules if name.startswith(('dask', 'distributed'))])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
