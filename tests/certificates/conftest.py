"""Fixtures for certificate tests (helpers live in cert_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cert_helpers import FIXED_DATE
from cups_queue import cups_pdf_queue_running


@pytest.fixture(scope="session")
def cups_pdf_queue() -> Iterator[str]:
    """A real CUPS queue whose printer writes PDF files (see cups_queue.py)."""
    yield from cups_pdf_queue_running()


@pytest.fixture
def issued(demo_ws: Any, tmp_path: Path) -> Any:
    """Certificates issued for the demo's Astana cohort (separate files + merged)."""
    from course_manager.services.certificates.issuing import issue

    out = tmp_path / "out"
    result = issue(
        demo_ws,
        "2026-AST-01",
        out_dir=out,
        merged=tmp_path / "all.pdf",
        issue_date="2026-03-13",
        creation_date=FIXED_DATE,
    ).value
    assert result.issued
    return result
