"""The report's long services: progress as they go, Cancel that stops them, the same result as
the one-call functions."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from course_manager.services import Cancelled, Progress, reports


def _run(steps: Any) -> tuple[list[Progress], Any]:
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as done:
            return seen, done.value


@pytest.mark.parametrize("scope", ["one", "all"])
def test_count_report_goes_forward_and_ends_with_the_same_tables(demo_ws: Any, scope: str) -> None:
    ids = [demo_ws.cohorts.by_code("2026-AST-01").id] if scope == "one" else None
    progress, tables = _run(reports.count_report(demo_ws, ids, "ru"))
    assert all(isinstance(p, Progress) for p in progress)
    done = [p.done for p in progress]
    assert done == sorted(done) and 0 < progress[-1].done <= progress[-1].total
    assert tables == reports.report_tables(demo_ws, ids, "ru")


def test_a_cancelled_save_writes_no_file(demo_ws: Any, tmp_path: Path) -> None:
    out = tmp_path / "out" / "report.xlsx"
    out.parent.mkdir()
    steps = reports.save_report(demo_ws, out)
    for _ in range(3):
        next(steps)
    with pytest.raises(Cancelled):
        steps.throw(Cancelled())
    assert not list(out.parent.iterdir())  # no report, no half-written temporary file
    assert gc.isenabled()  # the collector paused while the report was made is on again

    progress, names = _run(reports.save_report(demo_ws, out))
    assert out.is_file() and "Cohorts" in names and gc.isenabled()
    assert progress[-1].done <= progress[-1].total
