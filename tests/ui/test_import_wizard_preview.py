"""The import wizard's preview: an exact summary, rejected rows named, corrected and re-checked,
and a pasted path. Spreadsheets are written by openpyxl, a real spreadsheet writer."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("qapp")

HEADERS = ["Full name", "E-mail", "Organization", "Country"]


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _wizard(db, qtbot, path: Path | None):  # type: ignore[no-untyped-def]
    from ui.pages.import_wizard import ImportWizard

    wizard = ImportWizard(db, path)
    qtbot.addWidget(wizard)
    wizard.show()
    if path is not None:
        qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=15_000)
    return wizard


def _preview(wizard, qtbot):  # type: ignore[no-untyped-def]
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == wizard.PREVIEW
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=15_000)
    return wizard.preview_page


def _import(wizard, qtbot):  # type: ignore[no-untyped-def]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.isComplete(), timeout=30_000)
    return wizard.result_page.report


def test_the_summary_counts_a_merged_duplicate_as_merged(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _xlsx(
        tmp_path / "list.xlsx",
        [
            ["Dana Seitkali", "dana.seitkali@example.kz", "Ministry of Justice", "KZ"],
            ["Arman Zhaksylyk", "arman.zh@example.kz", "Akimat of Almaty", "KZ"],
            ["Dana Seitkali", "dana.seitkali@example.kz", "Ministry of Justice", "KZ"],
        ],
    )
    wizard = _wizard(db, qtbot, path)
    preview = _preview(wizard, qtbot)
    summary = preview.summary.text()
    assert "2 new" in summary
    assert "1 merged" in summary
    assert "0 skipped" in summary
    assert "rows 2." in summary  # the merged row, by number
    assert "check by hand" not in summary and "possible duplicate" not in summary
    model = preview.model
    actions = {model.plan_row(r).row: model.plan_row(r).action for r in range(model.rowCount())}
    assert actions == {2: "merged", 3: "create", 4: "create"}

    report = _import(wizard, qtbot)
    assert report.created == 2
    result = wizard.result_page.summary.text()
    assert "2 new" in result and "1 merged" in result and "0 skipped" in result


def test_a_rejected_row_is_named_corrected_and_checked_again(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.import_preview import CorrectionDialog

    i18n.install("ru")
    path = _xlsx(
        tmp_path / "list.xlsx",
        [
            ["Aigerim Saparova", "aigerim at gov.kz", "Ministry of Digital Development", "KZ"],
            ["Arman Zhaksylyk", "arman.zh@example.kz", "Akimat of Almaty", "KZ"],
        ],
    )
    wizard = _wizard(db, qtbot, path)
    preview = _preview(wizard, qtbot)
    model = preview.model
    [row] = [r for r in range(model.rowCount()) if model.plan_row(r).action == "reject"]
    assert model.data(model.index(row, model.NAME)) == "Aigerim Saparova"
    reason = model.data(model.index(row, model.REASON))
    assert "адрес эл. почты" in reason  # the whole reason, in the UI language
    assert reason in preview.reason.text()  # shown whole under the table too
    assert preview.correct_button.isEnabled()

    preview.view.setCurrentIndex(model.index(row, 0))
    preview.correct_current()
    dialog = preview.findChild(CorrectionDialog)
    dialog.edits[HEADERS.index("E-mail")].setText("aigerim@gov.kz")
    dialog.accept()
    qtbot.waitUntil(lambda: preview.isComplete(), timeout=15_000)
    assert not preview.plan.rejected
    assert preview.plan.count("create") == 2

    report = _import(wizard, qtbot)
    assert report.created == 2
    person = db.call(lambda ws: ws.participants.by_email("aigerim@gov.kz"))
    assert person.full_name == "Aigerim Saparova"
    import openpyxl

    assert openpyxl.load_workbook(path).active["B2"].value == "aigerim at gov.kz"  # file as it was


def test_a_pasted_path_is_read(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    path = _xlsx(
        tmp_path / "pasted list.xlsx",
        [["Dana Seitkali", "dana.seitkali@example.kz", "Ministry of Justice", "KZ"]],
    )
    wizard = _wizard(db, qtbot, None)
    assert not wizard.file_page.isComplete()
    QApplication.clipboard().setText(f'"{path}"')  # as Windows' "Copy as path" gives it
    wizard.file_page.path_edit.setFocus()
    wizard.file_page.path_edit.paste()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=15_000)
    assert wizard.path == path
    assert wizard.inspection.headers[:2] == HEADERS[:2]


def test_a_typed_path_that_is_no_file_says_so(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    wizard = _wizard(db, qtbot, None)
    edit = wizard.file_page.path_edit
    qtbot.keyClicks(edit, str(tmp_path / "missing.xlsx"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "missing.xlsx" in wizard.file_page.message.text()
    assert not wizard.file_page.isComplete()


def test_checking_can_be_cancelled_and_started_again(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import threading

    path = _xlsx(
        tmp_path / "list.xlsx",
        [[f"Person {i}", f"p{i}@example.kz", "Akimat", "KZ"] for i in range(200)],
    )
    wizard = _wizard(db, qtbot, path)
    wizard.next()
    wizard.next()
    gate = threading.Event()
    db.submit(lambda _ws: gate.wait(10))  # the worker is busy: the check waits its turn
    wizard.next()
    preview = wizard.preview_page
    assert preview.operation is not None and not preview.isComplete()
    preview.operation.cancel()  # what the progress dialog's Cancel does
    gate.set()
    qtbot.waitUntil(lambda: preview.recheck_button.isEnabled(), timeout=15_000)
    assert preview.plan is None and "cancelled" in preview.summary.text()
    assert not preview.isComplete()

    preview.recheck_button.click()
    qtbot.waitUntil(lambda: preview.isComplete(), timeout=15_000)
    assert preview.plan.count("create") == 200
