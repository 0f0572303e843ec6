"""The reports page on the demo data: preview numbers, save an .xlsx openpyxl reads back."""

from __future__ import annotations

import importlib.util

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def page(db, qtbot):  # type: ignore[no-untyped-def]
    from ui.pages.reports import ReportsPage

    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    return page


def test_preview_shows_the_cohort_matrix_and_summaries(page, db, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.completion import evaluate_cohort

    cohort_id = page.cohort_ids()[0]
    results = db.call(lambda ws: evaluate_cohort(ws, cohort_id))
    # The matrix lists everyone in the cohort.
    assert page.model.rowCount() == len(results)
    names = {page.model.value(r, 0) for r in range(page.model.rowCount())}
    assert names == {r.full_name for r in results}
    qtmodeltester.check(page.model)

    gender = next(i for i, t in enumerate(page.tables) if t.name == "By gender")
    page.table_box.setCurrentIndex(gender)
    table = page.tables[gender]
    enrolled = table.columns.index("Enrolled")
    rate = table.columns.index("Completion rate")
    body = [r for r in table.rows if str(r[0]).lower() != "total"]
    assert sum(r[enrolled] for r in body) == sum(1 for r in results if not r.withdrawn)
    shown = page.model.data(page.model.index(0, rate))
    assert shown.endswith("%")


def test_all_cohorts_and_save_xlsx(page, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    page.select_scope(-1)
    qtbot.waitUntil(
        lambda: page.cohort_ids() is None and page.tables and page.tables[0].name == "Cohorts",
        timeout=15000,
    )
    cohorts = db.call(lambda ws: ws.cohorts.list())
    body = [r for r in page.tables[0].rows if str(r[0]).lower() != "total"]
    assert len(body) == len(cohorts)

    out = tmp_path / "all.xlsx"
    page.save(out)
    qtbot.waitUntil(lambda: page.last_saved == out, timeout=30000)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [t.name for t in page.tables]
    sheet = book["Cohorts"]
    codes = {c.value for row in sheet.iter_rows() for c in row}
    assert {c.code for c in cohorts} <= codes


@pytest.mark.skipif(
    importlib.util.find_spec("course_manager.reports.signin_sheet") is None,
    reason="sign-in sheets are not on this branch yet",
)
def test_signin_sheet_pdf(page, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    qtbot.waitUntil(lambda: page.signin_module.count() > 0, timeout=10000)
    out = tmp_path / "signin.pdf"
    page.make_signin(out)
    qtbot.waitUntil(lambda: page.last_signin == out, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    code = page.signin_module.currentText().split(" ")[0]
    assert code in text


def test_signin_sheet_prints(page, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Print… on a sign-in sheet: Qt's print dialog (here a printer writing a PDF), then
    every page printed and said so."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    import ui.pdf_print

    qtbot.waitUntil(lambda: page.signin_module.count() > 0, timeout=10000)
    sheet = tmp_path / "signin.pdf"
    page.make_signin(sheet)
    qtbot.waitUntil(lambda: page.last_signin == sheet, timeout=30000)
    assert page.signin_print.isEnabled()
    out = tmp_path / "printed.pdf"
    asked: list[tuple[str, int]] = []

    def pdf_printer(_parent: object, title: str, pages: int = 0) -> QPrinter:
        asked.append((title, pages))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(ui.pdf_print, "ask_printer", pdf_printer)
    said: list[str] = []
    page.status.connect(said.append)
    page.signin_print.click()
    qtbot.waitUntil(lambda: any("printed" in s for s in said), timeout=30000)
    pages = len(PdfReader(sheet).pages)
    assert asked == [(f"Print {sheet.name}", pages)]
    assert len(PdfReader(out).pages) == pages


def test_module_codes_stay_with_their_titles_and_titles_show_as_typed(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.cohorts import edit_cohort

    legend = page.legend.text()
    assert "M1\u00a0" in legend and "M1 " not in legend
    cohort_id = page.cohort_ids()[0]
    db.call(lambda ws: edit_cohort(ws, cohort_id, {"title": "<i>R&D</i> cohort"}))
    page.refresh()
    qtbot.waitUntil(lambda: "R&amp;D" in page.title.text(), timeout=15000)
    assert "&lt;i&gt;R&amp;D&lt;/i&gt; cohort" in page.title.text()
