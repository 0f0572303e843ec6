"""The certificates page on the demo data: preview the real PDF, issue, revoke, verify, print."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def page(db, qtbot):  # type: ignore[no-untyped-def]
    from ui.pages.certificates import CertificatesPage

    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    return page


def _dark_pixels(picture) -> int:  # type: ignore[no-untyped-def]
    """How many of every 4th pixel (both ways) are dark: text and lines drawn."""
    return sum(
        1
        for y in range(0, picture.height(), 4)
        for x in range(0, picture.width(), 4)
        if picture.pixelColor(x, y).lightness() < 128
    )


def _idle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not db._running, timeout=60000)


def test_model_passes_qtmodeltester(page, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)


def test_eligibility_matches_the_service(page, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.certificates import completion_reasons

    reasons = db.call(lambda ws: completion_reasons(ws, page.data.cohort_id))
    for row in page.data.rows:
        assert row.eligible == (reasons[row.enrollment_id] is None)


def test_preview_issue_verify_revoke(page, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtPdf import QPdfDocument

    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page._load()
    _idle(qtbot, db)
    eligible = [r for r in page.data.rows if r.eligible]
    assert eligible
    first = eligible[0]
    # The preview is the real certificate PDF rendered for the selected person.
    row = page.data.rows.index(first)
    page.view.selectRow(row)
    qtbot.waitUntil(
        lambda: page.preview.has_page() and page.preview_path is not None, timeout=30000
    )
    assert first.full_name in PdfReader(page.preview_path).pages[0].extract_text()
    # Shown as the page rendered (on the worker): landscape A4, with ink on white paper.
    picture = page.preview.image()
    assert picture.width() > picture.height() > 1000
    document = QPdfDocument()
    document.load(str(page.preview_path))
    points = document.pagePointSize(0)
    assert abs(picture.width() / picture.height() - points.width() / points.height()) < 0.01
    corner, inked = picture.pixelColor(2, 2), _dark_pixels(picture)
    assert corner.lightness() == 255 and inked > 1000

    page.issue(selected_only=False, confirm=False)
    _idle(qtbot, db)
    result = page.last_result
    assert len(result.issued) == len(eligible)
    assert page.last_batch is not None and page.last_batch.exists()
    assert len(PdfReader(page.last_batch).pages) == len(eligible)
    qtbot.waitUntil(
        lambda: sum(r.status == "valid" for r in page.data.rows) == len(eligible), timeout=15000
    )
    # Issuing again issues nothing new.
    page.issue(selected_only=False, confirm=False)
    _idle(qtbot, db)
    assert page.last_result.issued == []

    holder = next(r for r in page.data.rows if r.status == "valid")
    cert = db.call(lambda ws: ws.certificates.require_serial(holder.serial))
    # A holder's preview is the issued certificate itself, serial and all.
    page.view.selectRow(page.data.rows.index(holder))
    qtbot.waitUntil(lambda: holder.serial in page.preview_label.text(), timeout=30000)
    assert holder.serial in PdfReader(page.preview_path).pages[0].extract_text()
    page.verify(cert.verification_code)
    _idle(qtbot, db)
    assert page.last_verdicts and page.last_verdicts[0].genuine
    assert "GENUINE" in page.verdict.text()

    page.verify(str(page.last_batch))
    _idle(qtbot, db)
    assert len(page.last_verdicts) == len(eligible)
    assert all(o.genuine for o in page.last_verdicts)

    page.revoke(holder.serial, "issued to the wrong cohort")
    _idle(qtbot, db)
    page.verify(cert.verification_code)
    _idle(qtbot, db)
    assert not page.last_verdicts[0].genuine
    assert "wrong cohort" in page.verdict.text()


def _ink(image) -> int:  # type: ignore[no-untyped-def]
    """How many of the image's pixels are not white (sampled every 4th pixel)."""
    from PySide6.QtGui import QColor

    return sum(
        QColor(image.pixel(x, y)).lightness() < 200
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
    )


def test_without_a_queue_the_app_prints_landscape_pages_whole(page, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The Qt fallback turns a landscape certificate onto portrait paper instead of cutting it,
    and moves nothing itself (the print service's prepared copy carries the offsets)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from ui.pdf_print import print_pdf_to

    row = next(r for r in page.data.rows if r.eligible)
    page.view.selectRow(page.data.rows.index(row))
    qtbot.waitUntil(lambda: page.preview_path is not None, timeout=30000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf_to(printer, page.preview_path) == 1

    original, printed = QPdfDocument(), QPdfDocument()
    original.load(str(page.preview_path))
    printed.load(str(out))
    assert printed.pageCount() == 1
    size = printed.pagePointSize(0)
    assert size.height() > size.width()  # portrait paper
    ink_in = _ink(original.render(0, QSize(421, 298)))
    ink_out = _ink(printed.render(0, QSize(298, 421)))
    assert ink_out == pytest.approx(ink_in, rel=0.15)  # all of it, not half


def test_saving_offsets_is_the_print_services_change(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.certificates.printing import print_offsets

    page.offset_x.setValue(2.5)
    page.offset_y.setValue(-1.0)
    with qtbot.waitSignal(db.changed, timeout=10000) as changed:
        page._save_offsets()
    assert changed.args[0].settings
    assert db.call(print_offsets) == (2.5, -1.0)


def test_print_prints_the_selection_never_another_cohorts_batch(page, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page._load()
    _idle(qtbot, db)
    first_cohort = page.cohort_box.currentData()
    page.issue(selected_only=False, confirm=False)
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: any(r.status == "valid" for r in page.data.rows), timeout=15000)
    holders = [i for i, r in enumerate(page.data.rows) if r.status == "valid"]
    page.view.clearSelection()
    page.view.selectRow(holders[2])
    assert page.print_serials() == [page.data.rows[holders[2]].serial]  # one person: one page
    other = next(
        page.cohort_box.itemData(i)
        for i in range(page.cohort_box.count())
        if page.cohort_box.itemData(i) != first_cohort
    )
    page.select_cohort(other)
    qtbot.waitUntil(lambda: page.data is not None and page.data.cohort_id == other, timeout=15000)
    assert page.print_serials() == []  # nobody there holds one: nothing of the first cohort


def test_serial_numbers_never_wrap(page, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page.resize(900, 600)
    page.issue(selected_only=False, confirm=False)
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: any(r.serial for r in page.data.rows), timeout=15000)
    row = next(i for i, r in enumerate(page.data.rows) if r.serial)
    text = page.data.rows[row].serial
    needed = page.view.fontMetrics().horizontalAdvance(text)
    assert page.view.columnWidth(page.model.SERIAL) > needed
    assert not page.view.wordWrap()


def test_the_printer_choice_never_assumes_a_default_the_system_lacks(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.pdf_print import PrinterChoice

    none_set = PrinterChoice(None, "Print", ["Office", "Hall"], None)
    qtbot.addWidget(none_set)
    ok = none_set.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert none_set.printer() is None and not ok.isEnabled()  # no "system default" to fall to
    none_set.printer_box.setCurrentIndex(1)
    assert none_set.printer() == "Hall" and ok.isEnabled()
    with_default = PrinterChoice(None, "Print", ["Office", "Hall"], "Office")
    qtbot.addWidget(with_default)
    assert with_default.printer() == "Office"
    with_default.pages_edit.setText(" 1-3,7 ")
    assert with_default.pages() == "1-3,7"


def test_the_qt_path_prints_only_the_pages_chosen_in_the_dialog(page, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader, PdfWriter
    from PySide6.QtPrintSupport import QPrinter

    from ui.pdf_print import print_pdf_to

    row = next(r for r in page.data.rows if r.eligible)
    page.view.selectRow(page.data.rows.index(row))
    qtbot.waitUntil(lambda: page.preview_path is not None, timeout=30000)
    job = tmp_path / "five.pdf"
    writer = PdfWriter(clone_from=str(page.preview_path))
    for _ in range(4):
        writer.add_page(writer.pages[0])
    writer.write(job)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    printer.setFromTo(2, 3)  # what "pages 2 to 3" in Qt's print dialog sets
    assert print_pdf_to(printer, job) == 2
    assert len(PdfReader(tmp_path / "out.pdf").pages) == 2
