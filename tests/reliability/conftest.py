"""Fixtures for the reliability tests (helpers live in reliability_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def programme_file(tmp_path: Path) -> Path:
    """A file with a programme and cohort C-1, and no participants."""
    from course_manager.domain.models import Cohort, Programme
    from course_manager.services.workspace import Workspace

    path = tmp_path / "programme.sqlite3"
    with Workspace.open(path) as ws:
        programme = ws.programmes.add(Programme(code="GOV", name_en="Digital government"))
        ws.cohorts.add(Cohort(code="C-1", programme_id=programme.id))
    return path
