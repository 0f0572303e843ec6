"""Fixtures for certificate tests (helpers live in cert_helpers.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cert_helpers import FIXED_DATE


@pytest.fixture
def issued(demo_ws: Any, tmp_path: Path) -> Any:
    """Certificates issued for the demo's Astana cohort (separate files + merged)."""
    from course_manager.services.certificates import issue

    out = tmp_path / "out"
    result = issue(
        demo_ws,
        "2026-AST-01",
        out_dir=out,
        merged=tmp_path / "all.pdf",
        issue_date="2026-03-13",
        creation_date=FIXED_DATE,
    )
    assert result.issued
    return result
