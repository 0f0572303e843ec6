"""The roster service behind the participants screen: folding, narrowing, order, freshness."""

from __future__ import annotations

from course_manager.domain.models import Participant
from course_manager.services.dashboard import load_dashboard
from course_manager.services.roster import RosterIndex, fold, participant_detail


def test_fold_ignores_case_and_accents_in_every_script() -> None:
    assert fold("Hüseynova") == fold("HUSEYNOVA") == "huseynova"
    assert fold("ҚАСЫМОВА") == fold("қасымова")
    assert fold("Oʻtkir Toʻxtayev").startswith("oʻtkir")
    assert fold("준호") in fold("최준호")  # Hangul decomposes alike on both sides
    assert fold(None) == ""


def test_typing_on_narrows_and_deleting_widens(demo_ws) -> None:  # type: ignore[no-untyped-def]
    index = RosterIndex()
    everyone = index.search(demo_ws)
    assert len(everyone) == 60
    kz = index.search(demo_ws, "kz")
    kaz = index.search(demo_ws, "kz akimat")
    assert set(kaz) < set(kz) < set(everyone)
    assert index.search(demo_ws, "kz") == kz  # back from the narrower search
    assert index.search(demo_ws, "") == everyone


def test_orders_put_empty_values_last_and_reverse(demo_ws) -> None:  # type: ignore[no-untyped-def]
    index = RosterIndex()
    by_email = index.search(demo_ws, sort="email")
    emails = [demo_ws.participants.get(i).email for i in by_email]
    filled = [e for e in emails if e]
    assert emails[: len(filled)] == filled and filled == sorted(filled)
    assert index.search(demo_ws, sort="email", descending=True) == list(reversed(by_email))


def test_the_index_sees_new_people(demo_ws) -> None:  # type: ignore[no-untyped-def]
    index = RosterIndex()
    assert index.search(demo_ws, "Zzyzx") == []
    person = demo_ws.participants.add(Participant(full_name="Zzyzx Ærøskøbing"))
    assert index.search(demo_ws, "ærøskøbing") == [person.id]
    assert index.search(demo_ws, "zzyzx") == [person.id]


def test_detail_and_dashboard_on_the_demo(demo_ws) -> None:  # type: ignore[no-untyped-def]
    someone = demo_ws.participants.list()[0]
    detail = participant_detail(demo_ws, someone.id)
    assert detail.participant.id == someone.id
    assert len(detail.cohorts) == 1 and detail.cohorts[0].total_hours > 0
    board = load_dashboard(demo_ws)
    assert [c.enrolled for c in board.cohorts] == [20, 20, 20]
    assert sum(g.participants for g in board.by_country) == 60


def test_dashboard_completion_agrees_with_the_completion_service(demo_ws) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.completion import evaluate_cohort, set_override

    ast = demo_ws.cohorts.by_code("2026-AST-01")
    failing = next(r for r in evaluate_cohort(demo_ws, ast.id) if not r.completed)
    set_override(demo_ws, failing.enrollment_id, True, "attended the make-up session")
    board = load_dashboard(demo_ws)
    for summary in board.cohorts:
        expected = sum(r.completed for r in evaluate_cohort(demo_ws, summary.cohort_id))
        assert summary.completed == expected, summary.code
    assert next(c for c in board.cohorts if c.code == "2026-AST-01").completed > 0
