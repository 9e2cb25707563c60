"""How fast the editors' desk answers on a large queue.

    PYTHONPATH=. python bench/desk_speed.py [--count 10000] [--actions 20]

Writes COUNT events (``bench/corpus.py``, with a confidence each, all
waiting for review) and their articles to a temporary project, starts the
desk on 127.0.0.1 in this process, and times over HTTP, as a browser
would ask:

- starting as ``timeline desk`` starts, to the first queue page: the files
  read as ``timeline check`` reads them, check's duplicate warnings and the
  events' importance worked out after, in a thread. Four times: with no
  read cache (a fresh clone: the first page from the files its look picks,
  ``timeline.desk.first_look``); after ``timeline extract`` wrote them,
  which fills the read cache (timed apart: it is what extracting adds);
  again, which parses only the files changed since (none); and after every
  file's time changed (a pull that rewrote them all);
- a ``timeline desk`` process, Python's start and imports included, to its
  first queue page with no read cache;
- how long the warnings take to be ready after the first start;
- the queue page warm (best of five);
- an action written and shown: an event page is loaded, its accept posted,
  and the page it leads to loaded; the median and the slowest of ACTIONS.
"""

from __future__ import annotations

import argparse
import gc
import http.client
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.corpus import make_events, write_content
from timeline.desk.read_cache import fill as fill_read_cache
from timeline.desk.server import DeskServer
from timeline.desk.state import Desk
from timeline.layout import desk_folder


def get(port: int, path: str, form: dict[str, str] | None = None) -> tuple[int, str, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    headers = {"Host": f"127.0.0.1:{port}"}
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request("POST" if form is not None else "GET", path, body=body, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8")
    connection.close()
    return response.status, response.getheader("Location") or "", text


def accept_form(page: str) -> dict[str, str]:
    form = page.split('id="accept-button"')[0].rsplit("<form", 1)[1]
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form))


def process_start(events_dir: Path) -> float:
    """Seconds from launching ``timeline desk`` to its first queue page:
    what an editor waits for, Python's start and the imports included."""
    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "timeline", "desk", "--events", str(events_dir)]
    started = time.perf_counter()
    desk = subprocess.Popen(
        [*command, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while True:
            try:
                status, _, _ = get(port, "/")
            except OSError:  # not listening yet
                time.sleep(0.005)
                continue
            assert status == 200, status
            return time.perf_counter() - started
    finally:
        desk.terminate()
        desk.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--actions", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder) / "content"
        rng = random.Random(11)
        events = make_events(args.count)
        for event in events:
            event.confidence = round(rng.uniform(0.2, 0.95), 2)
            event.review = "unreviewed"
        write_content(events, content)
        opened, cpu, ready, filled = [], [], 0.0, 0.0
        events_dir, state = content / "events", desk_folder(content / "events")
        for start in range(4):
            if start == 3:  # a `git pull` that rewrote every file: the cache holds none
                for file in events_dir.iterdir():
                    if file.suffix == ".yaml":
                        os.utime(file, ns=(time.time_ns(), time.time_ns()))
            if start == 1:  # as `timeline extract` leaves it after writing the files
                shutil.rmtree(state)
                began = time.perf_counter()
                fill_read_cache(events_dir, state)
                filled = time.perf_counter() - began
            # As a new `timeline desk` process would: nothing of the last start
            # left for the garbage collector to walk through.
            desk = server = None  # type: ignore[assignment]
            gc.collect()
            started, started_cpu = time.perf_counter(), time.process_time()
            desk = Desk(events_dir, state)
            desk.load(queue_first=True)
            server = DeskServer(desk, 0)
            port = server.server_address[1]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            status, _, page = get(port, "/")
            opened.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            assert status == 200 and "events" in page, page[:300]
            desk.wait_for_warnings()
            ready = ready or time.perf_counter() - started
            if start < 3:
                server.shutdown()
                server.server_close()
        status, _, page = get(port, "/")
        assert status == 200 and "under confidence" in page, page[:300]
        warm = []
        for _ in range(5):
            started = time.perf_counter()
            get(port, "/")
            warm.append(time.perf_counter() - started)

        event_path = re.search(r'class="row-link" href="([^"]+)"', page)
        assert event_path is not None
        path = event_path.group(1).replace("&amp;", "&")
        _, _, page = get(port, path)
        times = []
        for _ in range(args.actions):
            started = time.perf_counter()
            status, location, _ = get(port, "/action", {**accept_form(page), "action": "accept"})
            assert status == 303, status
            status, _, page = get(port, location)
            times.append(time.perf_counter() - started)
            assert status == 200 and "Accepted" in page
        server.shutdown()
        server.server_close()
        shutil.rmtree(state)
        process = process_start(events_dir)
    print(f"events: {args.count}")
    print(
        f"start to the first queue page, no read cache: {opened[0]:.2f} s "
        f"(this process's CPU {cpu[0]:.2f} s, beside the files read on other cores)"
    )
    print(
        f"start to the first queue page after `timeline extract`: {opened[1]:.2f} s "
        f"(CPU {cpu[1]:.2f} s; filling the read cache added {filled:.2f} s to the extraction)"
    )
    print(f"start to the first queue page, again: {opened[2]:.2f} s (CPU {cpu[2]:.2f} s)")
    print(
        f"start to the first queue page, every file changed since: {opened[3]:.2f} s "
        f"(CPU {cpu[3]:.2f} s)"
    )
    print(
        f"a `timeline desk` process, its imports included, to the first queue page, "
        f"no read cache: {process:.2f} s"
    )
    print(f"duplicate warnings and importance ready, first start: {ready:.2f} s")
    print(f"queue page, warm (best of 5): {min(warm):.3f} s")
    print(
        f"accept written and the next event shown: median {statistics.median(times):.3f} s, "
        f"slowest {max(times):.3f} s over {args.actions}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
