"""Issuing skips people by the same preflight `certificates preflight` runs: a name drawn only by
the office's own font is issued; a name too long even on two lines is skipped with the reason,
and the rest of the cohort is issued."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.certificates.test_cert_fonts import make_font


def _eligible(ws: Any, count: int) -> list[Any]:
    from course_manager.services.certificates.eligibility import eligible_enrollments

    cohort = ws.cohorts.by_code("2026-AST-01")
    enrolled = eligible_enrollments(ws, cohort.id)[:count]
    return [ws.participants.get(e.participant_id) for e in enrolled]


def test_a_name_in_the_office_font_is_issued(demo_ws: Any, tmp_path: Path) -> None:
    from course_manager.services.certificates.issuing import issue

    ws = demo_ws
    [person] = _eligible(ws, 1)
    ws.participants.update(person.id, full_name="\u13a0\u13a0\u13a0 Tester", full_name_latin="")
    ws.settings.set("certificate_output_dir", str(tmp_path / "out"))
    skipped = issue(ws, "2026-AST-01", participants=[str(person.id)]).value
    assert not skipped.issued and "\u13a0" in skipped.skipped[0].reason
    font = make_font(tmp_path / "office.ttf", drawn="\u13a0", empty="")
    ws.settings.set("certificate_font_files", [str(font)])
    result = issue(ws, "2026-AST-01", participants=[str(person.id)]).value
    assert [i.participant_id for i in result.issued] == [person.id]


def test_a_name_too_long_is_skipped_and_the_rest_issued(demo_ws: Any, tmp_path: Path) -> None:
    from course_manager.services.certificates.issuing import issue

    ws = demo_ws
    first, second, third = _eligible(ws, 3)
    long_name = " ".join(["Maximilianus-Alexandros"] * 14)
    ws.participants.update(second.id, full_name=long_name, full_name_latin="")
    ws.settings.set("certificate_output_dir", str(tmp_path / "out"))
    ids = [str(p.id) for p in (first, second, third)]
    result = issue(ws, "2026-AST-01", participants=ids).value
    assert sorted(i.participant_id for i in result.issued) == sorted([first.id, third.id])
    [why] = [s.reason for s in result.skipped if s.participant_id == second.id]
    assert "does not fit the certificate" in why
