"""For the packaged app's smoke test: the demo file, one certificate rendered and verified."""

from __future__ import annotations

from pathlib import Path


def smoke_check(data_dir: Path) -> str:
    """Issue one certificate of the demo programme into ``data_dir`` and verify it."""
    from course_manager.services.certificates.eligibility import eligible_enrollments
    from course_manager.services.certificates.issuing import issue
    from course_manager.services.demo import load_demo
    from course_manager.services.verification import verify_here
    from course_manager.services.workspace import Workspace

    with Workspace.open(Path(data_dir) / "smoke-certificates.sqlite3") as ws:
        load_demo(ws)
        cohort = ws.cohorts.by_code("2026-AST-01")
        eligible = eligible_enrollments(ws, cohort.id or 0)
        if not eligible:
            raise RuntimeError("the demo cohort has nobody who completed")
        result = issue(
            ws,
            cohort.code,
            out_dir=Path(data_dir) / "certificates",
            participants=[str(eligible[0].participant_id)],
            merged=False,
        ).value
        if not result.issued:
            raise RuntimeError(f"no certificate was issued: {result.skipped}")
        issued = result.issued[0]
        outcome = verify_here(str(issued.file), ws)[0]
        if not outcome.genuine:
            raise RuntimeError(f"the new certificate does not verify: {outcome.reason}")
    return f"certificate {issued.serial} rendered and verified ({issued.file})"
