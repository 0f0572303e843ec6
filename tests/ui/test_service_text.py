"""Completion reasons written by the services appear in the app's language."""

from __future__ import annotations

import pytest


@pytest.fixture
def russian(qapp):  # type: ignore[no-untyped-def]
    from ui import i18n

    if not i18n.install("ru"):
        pytest.skip("the Russian .qm is not built (tools/build_translations.py)")
    yield
    i18n.install("en")


def test_reasons_are_translated_with_their_values_kept(russian) -> None:  # type: ignore[no-untyped-def]
    from ui.service_text import translate_reason

    assert translate_reason("attendance 62.5% is below 80%") == "посещаемость 62.5% ниже 80%"
    assert translate_reason("missed required module M3; score 55 in M8 is below 60") == (
        "пропущен обязательный модуль M3; балл 55 по M8 ниже 60"
    )
    assert translate_reason("something new") == "something new"


def test_grid_tooltip_speaks_russian(russian, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.completion import evaluate_cohort
    from ui.pages.attendance_model import AttendanceModel

    cohort = demo_ws.cohorts.by_code("2026-AST-01")
    failing = next(r for r in evaluate_cohort(demo_ws, cohort.id) if r.reasons)
    text = AttendanceModel().completion_text(failing)
    assert "ниже" in text or "пропущен" in text
    assert "below" not in text and "missed" not in text


def test_import_outcomes_are_translated(russian) -> None:  # type: ignore[no-untyped-def]
    from ui.service_text import translate_reason

    assert translate_reason("unknown country 'Atlantis'") == "неизвестная страна «Atlantis»"
    assert translate_reason("not a data row") == "не строка данных"
