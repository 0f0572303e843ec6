"""The cohorts screen and the command line create and enroll through the same services."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ui.pages.cohort_dialogs import NewCohortDialog


def _without_ids(cohort: dict) -> dict:  # type: ignore[type-arg]
    return {k: v for k, v in cohort.items() if k not in ("id", "uuid")}


@pytest.fixture
def cli_file(demo_file: Path, tmp_path: Path) -> Path:
    """A second copy of the demo file, for the command line."""
    copy = tmp_path / "cli.sqlite3"
    shutil.copy(demo_file, copy)
    return copy


def test_new_cohort_in_the_app_equals_cohort_add(  # type: ignore[no-untyped-def]
    qtbot, window, db, demo_file, cli_file, cli
) -> None:
    # The programme's latest cohort sets the language and rule a new cohort starts with.
    for path in (demo_file, cli_file):
        latest = max(cli("cohorts", "--json", db=path).json(), key=lambda c: c["id"])
        edited = cli(
            "cohort",
            "edit",
            latest["code"],
            "--language",
            "ru",
            "--min-score",
            "70",
            "--min-attendance",
            "90",
            "--excused-counts",
            db=path,
        )
        assert edited.code == 0, edited.err

    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10_000)
    page.new_cohort()
    dialog = page.findChild(NewCohortDialog)
    dialog.code.setText(" 2027-NEW-01 ")
    with qtbot.waitSignal(db.changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail["cohort"].code == "2027-NEW-01",
        timeout=5000,
    )  # the new cohort is shown, to fill in
    added = cli("cohort", "add", "--code", "2027-NEW-01", db=cli_file)
    assert added.code == 0, added.err

    from_app = cli("cohort", "show", "2027-NEW-01", "--json", db=demo_file).json()
    from_cli = cli("cohort", "show", "2027-NEW-01", "--json", db=cli_file).json()
    assert _without_ids(from_app) == _without_ids(from_cli)
    assert from_app["language"] == "ru"
    assert from_app["completion_rule"] == {
        "min_attendance": 0.9,
        "min_score": 70.0,
        "excused_counts_as_attended": True,
    }


def test_enrolling_counts_those_already_enrolled_as_the_cli_does(  # type: ignore[no-untyped-def]
    qtbot, window, db, cli_file, cli
) -> None:
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    code = page.detail["cohort"].code
    person = page.detail["members"][0][0]

    page.enroll()
    dialog = next(d for d in page.findChildren(QDialog) if d.objectName() == "enrollDialog")
    dialog.search.setText(person.email)
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)
    dialog.results.item(0).setSelected(True)
    with qtbot.waitSignal(page.status, timeout=5000) as said:
        dialog.accept()
    assert said.args == ["0 enrolled, 1 already were"]

    result = cli("enroll", "--cohort", code, person.email, db=cli_file)
    assert result.out.strip() == f"0 enrolled in {code} (1 already were)."


def test_withdrawing_in_the_app_keeps_the_reason(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    cohort_id = page.detail["cohort"].id
    people = [m[0] for m in page.detail["members"][:2]]
    with qtbot.waitSignal(db.changed, timeout=5000) as changed:
        page.withdraw_people([p.id for p in people], cohort_id, "left the service")
    assert changed.args[0].kinds == {"enrollments"}
    for p in people:
        enrollment = db.call(lambda ws, pid=p.id: ws.enrollments.find(cohort_id, pid))
        assert (enrollment.status.value, enrollment.withdraw_reason) == (
            "withdrawn",
            "left the service",
        )


def test_a_cohorts_module_added_and_removed(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.programmes import add_module

    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    programme_id = page.snapshot["programme"].id
    with qtbot.waitSignal(db.changed, timeout=5000):
        page.op(lambda ws: add_module(ws, programme_id, "M9", "Ethics", hours=2)).run()
    qtbot.waitUntil(lambda: any(m.code == "M9" for m in page.snapshot["modules"]), timeout=5000)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
    runs = len(page.detail["modules"])

    page.edit_cohort_module(None)
    dialog = next(
        d
        for d in page.findChildren(QDialog)
        if d.objectName() == "cohortModuleDialog" and d.isVisible()
    )
    index = next(i for i in range(dialog.module.count()) if dialog.module.itemData(i).code == "M9")
    dialog.module.setCurrentIndex(index)
    dialog.date.setText("2026-12-01")
    with qtbot.waitSignal(db.changed, timeout=5000) as changed:
        dialog.accept()
    assert changed.args[0].kinds == {"cohorts"}
    qtbot.waitUntil(lambda: len(page.detail["modules"]) == runs + 1, timeout=5000)
    row = next(i for i, m in enumerate(page.detail["modules"]) if m.module_code == "M9")
    assert (page.detail["modules"][row].hours, page.detail["modules"][row].date) == (
        2,
        "2026-12-01",
    )
    page.run_table.selectRow(row)
    with qtbot.waitSignal(db.changed, timeout=5000):
        page.remove_cohort_module()
    qtbot.waitUntil(lambda: len(page.detail["modules"]) == runs, timeout=5000)


def test_a_long_venue_shows_its_start(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.venue.text() != "", timeout=15000)
    page.venue.setFixedWidth(80)  # narrower than the demo's venue, as in the Korean layout
    page.venue.setCursorPosition(len(page.venue.text()))
    page.cohort_list.setCurrentRow((page.cohort_list.currentRow() + 1) % page.cohort_list.count())
    qtbot.waitUntil(lambda: page.venue.cursorPosition() == 0, timeout=15000)


def test_withdraw_question_names_people_as_typed_and_counts_the_rest(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel, QTimer
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QInputDialog

    from course_manager.services.participants import edit_participant

    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    cohort_id = page.detail["cohort"].id
    box = page.members_box
    qtbot.waitUntil(lambda: box.model.rowCount() >= 5, timeout=10_000)
    first = box.model.member(0)
    db.call(lambda ws: edit_participant(ws, first.id, {"full_name": "<b>Ann</b> " + "Long" * 40}))
    page.refresh()

    def renamed_row() -> int | None:
        rows = range(box.model.rowCount())
        return next((r for r in rows if box.model.member(r).full_name.startswith("<b>Ann")), None)

    qtbot.waitUntil(lambda: renamed_row() is not None, timeout=10_000)
    others = [r for r in range(box.model.rowCount()) if r != renamed_row()][:4]
    for row in [renamed_row(), *others]:
        box.view.selectionModel().select(
            box.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    seen: dict[str, object] = {}

    def answer() -> None:
        ask = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QInputDialog) and w.isVisible()
        )
        document = QTextDocument()
        document.setHtml(ask.labelText())
        seen["text"] = document.toPlainText()
        seen["width"] = ask.width()
        ask.setTextValue("left the service")
        ask.accept()

    QTimer.singleShot(200, answer)
    with qtbot.waitSignal(db.changed, timeout=10_000):
        box.withdraw()
    assert "<b>Ann</b> Long" in str(seen["text"])
    assert "and 2 more from this cohort" in str(seen["text"])
    assert int(seen["width"]) <= 1366  # type: ignore[call-overload]
    enrollment = db.call(lambda ws: ws.enrollments.find(cohort_id, first.id))
    assert (enrollment.status.value, enrollment.withdraw_reason) == (
        "withdrawn",
        "left the service",
    )
