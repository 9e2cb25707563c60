"""``make eval``: every figure measured is printed at the end, beside the
threshold it must reach, whether it passed or not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eval.shared import find_shared

Record = Callable[..., None]


@pytest.fixture(scope="session")
def shared() -> Path:
    return find_shared()


@pytest.fixture
def figure(request: pytest.FixtureRequest) -> Record:
    """Records a figure and, when it has a threshold, asserts it reaches it."""

    def record(name: str, value: float, threshold: float | None = None) -> None:
        # Kept on the test's report, which also reaches the summary from xdist workers.
        request.node.user_properties.append(("figure", (name, value, threshold)))
        if threshold is not None:
            assert value >= threshold, f"{name}: {value:.3f} is below {threshold:.3f}"

    return record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = [
        value
        for reports in terminalreporter.stats.values()
        for report in reports
        if getattr(report, "when", None) == "call"
        for key, value in getattr(report, "user_properties", ())
        if key == "figure"
    ]
    if not figures:
        return
    terminalreporter.section("figures")
    width = max(len(name) for name, _, _ in figures)
    for name, value, threshold in sorted(figures):
        line = f"{name:<{width}}  {value:8.3f}"
        if threshold is not None:
            verdict = "ok" if value >= threshold else "BELOW"
            line += f"  (at least {threshold:.3f}) {verdict}"
        terminalreporter.write_line(line)
