"""The import wizard end to end on spreadsheets LibreOffice wrote (tests/data/importers/)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parents[1] / "data" / "importers"

pytestmark = pytest.mark.usefixtures("qapp")


def _wizard(db, qtbot, path: Path):  # type: ignore[no-untyped-def]
    from ui.pages.import_wizard import ImportWizard

    wizard = ImportWizard(db, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=15000)
    qtbot.waitUntil(lambda: wizard.file_page.cohort_box.count() > 1, timeout=5000)
    return wizard


def _to_preview(wizard, qtbot):  # type: ignore[no-untyped-def]
    wizard.next()  # sheet and header row
    assert wizard.currentId() == wizard.SHEET
    wizard.next()  # mapping
    assert wizard.currentId() == wizard.MAPPING
    return wizard


def _preview(wizard, qtbot):  # type: ignore[no-untyped-def]
    wizard.next()
    assert wizard.currentId() == wizard.PREVIEW
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=15000)
    return wizard.preview_page


def _count(db) -> int:  # type: ignore[no-untyped-def]
    return db.call(lambda ws: ws.participants.count())


def test_imports_a_hand_typed_xlsx_into_a_cohort(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = DATA / "hand_list_ru.xlsx"
    wizard = _wizard(db, qtbot, path)
    info = wizard.inspection
    # The list is on the third sheet, under a title: the wizard shows what was detected.
    _to_preview(wizard, qtbot)
    assert wizard.sheet_page.sheet_box.currentData() == info.sheet
    assert wizard.sheet_page.header_spin.value() == info.header_row
    mapping = wizard.mapping_page.mapping()
    assert mapping["email"] == str(info.headers.index(info.mapping["email"]) + 1)
    cohort_index = wizard.file_page.cohort_box.findData("2026-AST-01")
    wizard.file_page.cohort_box.setCurrentIndex(cohort_index)
    preview = _preview(wizard, qtbot)
    creates = preview.plan.count("create")
    assert creates > 0
    assert preview.model.rowCount() == len(preview.plan.rows)
    before = _count(db)
    enrolled_before = db.call(lambda ws: len(ws.enrollments.for_cohort(1)))

    wizard.next()  # the commit page's "Import"
    assert wizard.currentId() == wizard.RESULT
    qtbot.waitUntil(lambda: wizard.result_page.isComplete(), timeout=30000)
    report = wizard.result_page.report
    assert report is not None and report.created == creates
    assert _count(db) == before + creates
    assert db.call(lambda ws: len(ws.enrollments.for_cohort(1))) == enrolled_before + creates
    names = {p.full_name for p in db.call(lambda ws: ws.participants.list())}
    assert "Ким Мин Су" in names


def test_rejected_rows_are_highlighted_and_saved(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl
    from PySide6.QtCore import Qt

    from ui.pages.import_models import REJECT_COLOUR

    wizard = _wizard(db, qtbot, DATA / "problems.csv")
    _to_preview(wizard, qtbot)
    preview = _preview(wizard, qtbot)
    rejected = preview.plan.rejected
    assert rejected
    model = preview.model
    rows = [r for r in range(model.rowCount()) if model.plan_row(r).action == "reject"]
    assert len(rows) == len(rejected)
    brush = model.data(model.index(rows[0], 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == REJECT_COLOUR
    assert model.data(model.index(rows[0], model.REASON)) == rejected[0].reason

    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.isComplete(), timeout=30000)
    assert wizard.result_page.save_button.isEnabled()
    out = tmp_path / "rejected.xlsx"
    wizard.result_page.save_rejects(out)
    qtbot.waitUntil(lambda: str(out) in wizard.result_page.summary.text(), timeout=10000)
    sheet = openpyxl.load_workbook(out).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 1 + len(rejected)
    assert any(rejected[0].reason in str(cell) for cell in values[1])


def test_edited_mapping_is_remembered_for_the_same_form(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = DATA / "hand_list_ru.xlsx"
    wizard = _wizard(db, qtbot, path)
    _to_preview(wizard, qtbot)
    headers = wizard.inspection.headers
    position = headers.index(wizard.inspection.mapping["position"])
    box = wizard.mapping_page.field_box(position)
    box.setCurrentIndex(box.findData("notes"))
    _preview(wizard, qtbot)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.isComplete(), timeout=30000)
    assert wizard.result_page.report.mapping["notes"] == headers[position]

    again = _wizard(db, qtbot, path)
    assert again.inspection.remembered
    _to_preview(again, qtbot)
    assert again.mapping_page.field_box(position).currentData() == "notes"
    assert "remembered" in again.mapping_page.remembered.text()


def test_a_file_that_is_not_a_spreadsheet_says_why(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.import_wizard import ImportWizard

    wizard = ImportWizard(db, DATA / "not_a_spreadsheet.xlsx")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(
        lambda: "not_a_spreadsheet.xlsx" in wizard.file_page.message.text(), timeout=15000
    )
    assert not wizard.file_page.isComplete()


def test_models_pass_qtmodeltester(db, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(db, qtbot, DATA / "problems.csv")
    _to_preview(wizard, qtbot)
    preview = _preview(wizard, qtbot)
    qtmodeltester.check(preview.model)
    qtmodeltester.check(wizard.sheet_page.rows_model)


def test_a_spreadsheet_dropped_on_the_window_opens_the_wizard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.import_wizard import ImportWizard

    window.spreadsheetDropped.emit(DATA / "moodle_users.csv")
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None, timeout=5000)
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=15000)
    assert wizard.path == DATA / "moodle_users.csv"
    assert "email" in wizard.inspection.mapping
    wizard.reject()


def test_cancel_leaves_the_file_as_it_was(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    wizard = _wizard(db, qtbot, DATA / "hand_list_ru.xlsx")
    _to_preview(wizard, qtbot)
    _preview(wizard, qtbot)
    before = _count(db)
    gate = threading.Event()
    db.submit(lambda _ws: gate.wait(10))  # hold the worker so Cancel comes first
    wizard.next()
    wizard.result_page.operation.cancel()
    gate.set()
    qtbot.waitUntil(lambda: wizard.result_page.isComplete(), timeout=30000)
    assert wizard.result_page.report is None
    assert "cancelled" in wizard.result_page.summary.text()
    assert _count(db) == before
