"""The attendance grid on the demo data: keys mark, undo/redo write back, completion follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def page(db, qtbot):  # type: ignore[no-untyped-def]
    from ui.pages.attendance import AttendancePage

    page = AttendancePage(db)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    return page


def _idle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Wait until every queued write has run and its result reached the grid."""
    qtbot.waitUntil(lambda: not db._running, timeout=10000)


def _stored(db, eid: int, cmid: int):  # type: ignore[no-untyped-def]
    return db.call(lambda ws: ws.attendance.get(eid, cmid))


def _first_active_row(page) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(page.model.rowCount()) if not page.model.row_info(r).withdrawn)


def test_model_passes_qtmodeltester(page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)


def test_keys_mark_undo_redo_and_completion_follows(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = page.model, page.view
    row = _first_active_row(page)
    info = model.row_info(row)
    modules = model.grid.modules
    view.setFocus()
    view.setCurrentIndex(model.index(row, 1))
    # Mark every module present with P, moving right with the arrow key.
    for column in range(1, 1 + len(modules)):
        view.setCurrentIndex(model.index(row, column))
        qtbot.keyClick(view, Qt.Key.Key_P)
    _idle(qtbot, db)
    for module in modules:
        assert _stored(db, info.enrollment_id, module.id).status.value == "present"
    assert model.result_at(row).completed
    assert model.data(model.index(row, model.completes_column)) == "yes"

    required = next(m for m in modules if m.required)
    column = 1 + modules.index(required)
    view.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_A)
    _idle(qtbot, db)
    assert _stored(db, info.enrollment_id, required.id).status.value == "absent"
    assert model.data(model.index(row, column)) == "A"
    assert not model.result_at(row).completed
    tooltip = model.data(model.index(row, model.completes_column), Qt.ItemDataRole.ToolTipRole)
    assert required.module_code in tooltip

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot, db)
    assert _stored(db, info.enrollment_id, required.id).status.value == "present"
    assert model.result_at(row).completed

    page.undo_stack.redo()
    _idle(qtbot, db)
    assert _stored(db, info.enrollment_id, required.id).status.value == "absent"
    assert not model.result_at(row).completed


def test_digits_type_hours(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = page.model, page.view
    row = _first_active_row(page)
    info = model.row_info(row)
    module = model.grid.modules[0]
    before = _stored(db, info.enrollment_id, module.id)
    view.setFocus()
    view.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1, timeout=10000)  # commit is queued
    _idle(qtbot, db)
    mark = _stored(db, info.enrollment_id, module.id)
    assert (mark.status.value, mark.hours) == ("late", 2.0)
    assert model.data(model.index(row, 1)) == "L 2"
    page.undo_stack.undo()
    _idle(qtbot, db)
    after_undo = _stored(db, info.enrollment_id, module.id)
    assert (after_undo is None) == (before is None)
    if before is not None:
        assert (after_undo.status, after_undo.hours) == (before.status, before.hours)


def test_mark_whole_module_present_and_undo(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    module = model.grid.modules[-1]
    page.view.setCurrentIndex(model.index(0, model.module_count))
    active = [r.enrollment_id for r in model.grid.rows if not r.withdrawn]
    before = {eid: _stored(db, eid, module.id) for eid in active}
    page.mark_module_button.click()
    _idle(qtbot, db)
    assert all(_stored(db, eid, module.id).status.value == "present" for eid in active)
    page.undo_stack.undo()
    _idle(qtbot, db)
    for eid, mark in before.items():
        now = _stored(db, eid, module.id)
        assert (now and (now.status, now.hours)) == (mark and (mark.status, mark.hours))


def test_override_with_reason(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    row = _first_active_row(page)
    was = model.result_at(row).completed
    page.view.setCurrentIndex(model.index(row, 1))
    page.override_button.click()
    dialog = page._override_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    (dialog.not_completed_button if was else dialog.completed_button).setChecked(True)
    dialog.reason_edit.setPlainText("Certified by the trainer after a make-up session")
    ok.click()
    qtbot.waitUntil(
        lambda: model.rowCount() and model.result_at(row).override is not None, timeout=10000
    )
    assert model.result_at(row).completed is (not was)
    text = model.data(model.index(row, model.completes_column), Qt.ItemDataRole.ToolTipRole)
    assert "make-up session" in text
    _idle(qtbot, db)  # the reload the override triggered finishes before the file closes


def test_too_many_hours_is_refused_and_leaves_nothing_to_undo(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    model = page.model
    row = _first_active_row(page)
    info = model.row_info(row)
    module = model.grid.modules[0]
    before = _stored(db, info.enrollment_id, module.id)
    assert model.setData(model.index(row, 1), f"{module.hours + 3:g}")
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorDialog") is not None, timeout=10000)
    box = page.findChild(QMessageBox, "errorDialog")
    assert f"{module.hours:g} h" in box.text()
    qtbot.waitUntil(lambda: page.undo_stack.count() == 0, timeout=5000)
    after = _stored(db, info.enrollment_id, module.id)
    assert (after.status, after.hours) == (before.status, before.hours)


def test_score_is_recorded_undone_and_kept_when_remarked(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = page.model, page.view
    row = _first_active_row(page)
    info = model.row_info(row)
    module = model.grid.modules[0]
    view.setFocus()
    view.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_P)
    _idle(qtbot, db)
    view.setCurrentIndex(model.index(row, 1))
    page.score_current(87.5)
    _idle(qtbot, db)
    assert _stored(db, info.enrollment_id, module.id).score == 87.5
    tooltip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole) or ""
    assert "87.5" in tooltip

    view.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_L)  # late: still attended, the score stays
    _idle(qtbot, db)
    stored = _stored(db, info.enrollment_id, module.id)
    assert (stored.status.value, stored.score) == ("late", 87.5)

    page.undo_stack.undo()  # back to present with the score
    page.undo_stack.undo()  # the score itself undone
    _idle(qtbot, db)
    stored = _stored(db, info.enrollment_id, module.id)
    assert (stored.status.value, stored.score) == ("present", None)


def test_no_score_without_attendance(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = page.model, page.view
    row = _first_active_row(page)
    info = model.row_info(row)
    module = model.grid.modules[0]
    view.setFocus()
    view.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_A)
    _idle(qtbot, db)
    view.setCurrentIndex(model.index(row, 1))
    with qtbot.waitSignal(page.status, timeout=1000):
        page.score_current(50)
    _idle(qtbot, db)
    assert _stored(db, info.enrollment_id, module.id).score is None


def test_score_button_asks_for_the_score(page, db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The Score… button asks; what is typed is recorded, Cancel records nothing."""
    from PySide6.QtWidgets import QInputDialog

    model, view = page.model, page.view
    row = _first_active_row(page)
    info = model.row_info(row)
    module = model.grid.modules[0]
    view.setFocus()
    view.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_P)
    _idle(qtbot, db)
    asked: list[str] = []

    def answer(value: float, ok: bool):  # type: ignore[no-untyped-def]
        def get_double(parent, title, label, *args):  # type: ignore[no-untyped-def]
            asked.append(label)
            return value, ok

        return get_double

    monkeypatch.setattr(QInputDialog, "getDouble", answer(0.0, False))
    view.setCurrentIndex(model.index(row, 1))
    qtbot.mouseClick(page.score_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, db)
    assert len(asked) == 1 and info.full_name in asked[0]
    assert _stored(db, info.enrollment_id, module.id).score is None
    assert page.undo_stack.count() == 1  # only the P

    monkeypatch.setattr(QInputDialog, "getDouble", answer(72.5, True))
    view.setCurrentIndex(model.index(row, 1))
    qtbot.mouseClick(page.score_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, db)
    assert len(asked) == 2
    assert _stored(db, info.enrollment_id, module.id).score == 72.5
    said = page.message_bar.text()  # the grid's cell still reads P: the page says it
    assert page.message_bar.isVisible() and "72.5" in said and info.full_name in said


def test_marking_a_module_present_says_how_many(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = page.model, page.view
    module = model.grid.modules[1]
    active = [r for r in model.grid.rows if not r.withdrawn]
    view.setCurrentIndex(model.index(0, 2))
    qtbot.mouseClick(page.mark_module_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message_bar.isVisible(), timeout=10000)
    _idle(qtbot, db)
    said = page.message_bar.text()
    assert module.module_code in said and str(len(active)) in said
    assert all(_stored(db, r.enrollment_id, module.id).status.value == "present" for r in active)
    page.message_bar.dismiss()
    page.undo_stack.undo()  # undoing says nothing more
    _idle(qtbot, db)
    assert not page.message_bar.isVisible()

    qtbot.mouseClick(page.mark_module_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message_bar.isVisible(), timeout=10000)
    _idle(qtbot, db)
    page.cohort_box.setCurrentIndex((page.cohort_box.currentIndex() + 1) % page.cohort_box.count())
    assert not page.message_bar.isVisible()  # what was said was of the cohort before


def test_override_dialog_shows_the_name_as_typed(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from ui.pages.attendance_override import OverrideDialog

    result = page.model.result_at(0)
    dialog = OverrideDialog("<i>Ann</i> & Co", result, "", page)
    qtbot.addWidget(dialog)
    headings = [label.text() for label in dialog.findChildren(QLabel)]
    assert "<b>&lt;i&gt;Ann&lt;/i&gt; &amp; Co</b>" in headings


def test_a_painted_cell_looks_the_same_asked_all_at_once(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Painting asks a cell's roles in one multiData call: the same answers data() gives, with
    the status colours, the withdrawn grey and the bold verdict."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    from ui.pages.attendance_model import STATUS_COLOURS, WITHDRAWN_COLOUR

    model = page.model
    leaving = model.row_info(model.rowCount() - 1)
    cohort_id = model.grid.cohort_id
    db.call(lambda ws: ws.enrollments.withdraw(cohort_id, leaving.participant_id, "moved"))
    page.refresh()
    qtbot.waitUntil(lambda: model.row_info(model.rowCount() - 1).withdrawn, timeout=10000)
    _idle(qtbot, db)
    row = _first_active_row(page)
    module = model.grid.modules[0]
    eid = model.row_info(row).enrollment_id
    page.view.setCurrentIndex(model.index(row, 1))
    page.set_status_on_selection("late")
    _idle(qtbot, db)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
    ]
    for r in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(r, column)
            for role in roles:
                role_data = QModelRoleData(int(role))
                model.multiData(index, QModelRoleDataSpan(role_data))
                assert role_data.data() == model.data(index, role), (r, column, role)

    assert model.mark_at(row, 1).status.value == "late" and model.row_info(row).enrollment_id == eid
    background = model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole)
    assert background.color() == STATUS_COLOURS["late"]
    assert model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole) == "L"
    assert module.hours > 0
    verdict = model.index(row, model.completes_column)
    assert model.data(verdict, Qt.ItemDataRole.FontRole).bold()
    assert model.data(verdict, Qt.ItemDataRole.ForegroundRole) is not None
    last = model.rowCount() - 1
    assert model.row_info(last).participant_id == leaving.participant_id
    name = model.index(last, 0)
    assert model.data(name, Qt.ItemDataRole.ForegroundRole).color() == WITHDRAWN_COLOUR
    assert not model.flags(model.index(last, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable


def test_name_tooltip_shows_name_and_organisation_as_typed(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    from course_manager.services.participants import edit_participant

    model = page.model
    row = _first_active_row(page)
    pid = model.row_info(row).participant_id
    db.call(
        lambda ws: edit_participant(
            ws, pid, {"full_name": "<b>Ann</b> Bold", "organization": "A & <i>B</i>"}
        )
    )
    page.refresh()
    qtbot.waitUntil(
        lambda: any(
            model.row_info(r).full_name == "<b>Ann</b> Bold" for r in range(model.rowCount())
        ),
        timeout=10000,
    )
    row = next(r for r in range(model.rowCount()) if model.row_info(r).participant_id == pid)
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == "<b>Ann</b> Bold\nA & <i>B</i>"


def test_an_empty_grid_says_what_comes_first(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.cohorts import add_cohort

    programme = db.call(lambda ws: ws.cohorts.by_code("2026-AST-01").programme_id)
    db.call(lambda ws: add_cohort(ws, programme, "2027-NEW-01", {"title": "New"}))
    page.refresh()
    qtbot.waitUntil(
        lambda: page.cohort_box.findText("2027-NEW-01", Qt.MatchFlag.MatchStartsWith) >= 0,
        timeout=10000,
    )
    page.cohort_box.setCurrentIndex(
        page.cohort_box.findText("2027-NEW-01", Qt.MatchFlag.MatchStartsWith)
    )
    qtbot.waitUntil(
        lambda: (
            page.model.grid is not None and page.model.grid.cohort_id == page.current_cohort_id()
        ),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: page.empty_note.isVisible(), timeout=10000)
    assert "module" in page.empty_note.text()
    page.cohort_box.setCurrentIndex(
        page.cohort_box.findText("2026-AST-01", Qt.MatchFlag.MatchStartsWith)
    )
    qtbot.waitUntil(lambda: not page.empty_note.isVisible(), timeout=10000)
