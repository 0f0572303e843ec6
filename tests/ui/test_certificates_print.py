"""The certificates page prints through the print service: a real CUPS queue (CUPS-PDF), the
Qt path where no queue exists (streaming, progress, Cancel), and issuing asks first."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.certificates.cups_queue import cups_pdf_queue_running, printed_file

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def queue() -> Iterator[str]:
    yield from cups_pdf_queue_running()


def _page(db: Any, qtbot: Any, tmp_path: Path) -> Any:
    from ui.pages.certificates import CertificatesPage

    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    return page


def _issue(page: Any, db: Any, qtbot: Any) -> list[int]:
    page.issue(selected_only=False, confirm=False)
    qtbot.waitUntil(lambda: any(r.status == "valid" for r in page.data.rows), timeout=60000)
    return [i for i, r in enumerate(page.data.rows) if r.status == "valid"]


def test_print_sends_only_the_selected_certificates_to_the_queue(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path: Path, queue: str
) -> None:
    from pypdf import PdfReader
    from PySide6.QtCore import QItemSelectionModel

    page = _page(db, qtbot, tmp_path)
    holders = _issue(page, db, qtbot)
    page.view.clearSelection()
    for i in (holders[0], holders[3]):
        page.view.selectionModel().select(
            page.model.index(i, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    serials = page.print_serials()
    assert serials == [page.data.rows[holders[0]].serial, page.data.rows[holders[3]].serial]
    started = time.time()
    page.print_certificates(serials, printer=queue)
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=60000)
    result = page.last_print
    assert result.sent and result.printer == queue and list(result.serials) == serials
    assert result.pages == 2 and result.size < 150_000
    printed = printed_file(f"-job_{result.job_id.rsplit('-', 1)[1]}.pdf", after=started - 1)
    assert printed is not None, f"CUPS-PDF wrote nothing for {result.job_id}"
    assert len(PdfReader(printed).pages) == 2  # those two, not the batch
    printed.unlink()


def _pdf_printer(out: Path, dpi: int = 150) -> Any:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(dpi)
    return printer


def test_without_a_system_queue_the_app_prints_the_prepared_copy_through_qt(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(Windows.) The print service prepares the copy moved by the saved offsets; the app
    prints it page by page through Qt on the worker, whole and turned to the paper."""
    from pypdf import PdfReader

    import ui.pdf_print
    from course_manager.services.certificates.printing import printed_serials, save_print_offsets

    page = _page(db, qtbot, tmp_path)
    holders = _issue(page, db, qtbot)
    db.call(lambda ws: save_print_offsets(ws, 4.0, 2.0))
    out = tmp_path / "qt-printed.pdf"
    monkeypatch.setattr(ui.pdf_print, "ask_printer", lambda *_a: _pdf_printer(out))
    monkeypatch.setenv("PATH", "/nonexistent")
    serial = page.data.rows[holders[1]].serial
    page.print_certificates([serial])
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=60000)
    result = page.last_print
    assert not result.sent and result.offsets == (4.0, 2.0) and result.serials == (serial,)
    printed = PdfReader(out)
    assert len(printed.pages) == 1
    box = printed.pages[0].mediabox
    assert float(box.height) > float(box.width)  # portrait paper, the certificate turned
    assert serial in db.call(printed_serials)


def test_a_500_page_job_runs_off_the_window_and_cancel_stops_it(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader, PdfWriter
    from PySide6.QtCore import QTimer

    import ui.pdf_print

    page = _page(db, qtbot, tmp_path)
    row = next(i for i, r in enumerate(page.data.rows) if r.eligible)
    page.view.selectRow(row)
    qtbot.waitUntil(lambda: page.preview_path is not None, timeout=30000)
    job = tmp_path / "500 pages.pdf"
    writer = PdfWriter(clone_from=str(page.preview_path))
    first = writer.pages[0]
    for _ in range(499):
        writer.add_page(first)
    writer.write(job)
    out = tmp_path / "qt-500.pdf"
    monkeypatch.setattr(ui.pdf_print, "ask_printer", lambda *_a: _pdf_printer(out, 300))
    monkeypatch.setenv("PATH", "/nonexistent")

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    page.print_file(job)
    qtbot.waitUntil(
        lambda: page.print_operation is not None and page.print_operation.dialog is not None,
        timeout=60000,
    )
    dialog = page.print_operation.dialog
    qtbot.waitUntil(lambda: dialog.value() >= 2, timeout=60000)  # pages are going out
    before = len(ticks)
    qtbot.wait(1000)  # (a loaded machine: ticks every 20 ms, at least 6 in a second)
    assert len(ticks) > before + 5  # the event loop kept running during the job
    done_when_cancelled = dialog.value()
    dialog.canceled.emit()  # what the Cancel button does
    qtbot.waitUntil(lambda: page.last_print == "cancelled", timeout=60000)
    timer.stop()
    assert done_when_cancelled < 500
    assert page.print_operation.future.done()
    if out.exists() and out.stat().st_size:  # an aborted job leaves at most what went out
        assert len(PdfReader(out).pages) < 500


def _answer(page: Any, button: str, seen: dict[str, str]) -> None:
    """Press ``button`` of the issue confirmation once it is open (noting its text)."""
    from PySide6.QtCore import QTimer

    box = page.confirmation
    if box is None:
        QTimer.singleShot(20, lambda: _answer(page, button, seen))
        return
    seen["text"] = box.text()
    seen["buttons"] = "|".join(b.text().replace("&", "") for b in box.buttons())
    next(b for b in box.buttons() if b.text().replace("&", "") == button).click()


def test_issue_asks_once_and_offers_a_specimen_instead_of_placeholders(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    page = _page(db, qtbot, tmp_path)
    db.call(lambda ws: [ws.settings.set("signatories", []), ws.settings.set("logos", [])])
    printed: list[Path] = []
    monkeypatch.setattr(page, "_print_path", printed.append)
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: _answer(page, "Print a specimen", seen))
    page.issue(selected_only=False)
    qtbot.waitUntil(lambda: bool(printed), timeout=30000)
    text = seen["text"]
    assert "Signatory One" in text and "PARTNER LOGO" in text and "Template: " in text
    assert "First serial number: ACSH-DIG-2026-0001" in text and "Paper: A4" in text
    assert "Issue anyway" in seen["buttons"]
    assert printed[0].name.endswith("SPECIMEN.pdf") and printed[0].exists()
    assert db.call(lambda ws: ws.certificates.register()) == []  # nothing issued, no serial

    # Real content: the confirmation names who signs and issues on "Issue".
    signatory = {"name": "Aigerim Sadykova", "title_en": "Director"}
    db.call(
        lambda ws: [
            ws.settings.set("signatories", [signatory]),
            ws.settings.set("logos", ["images/demo-logo-1.png"]),
        ]
    )
    seen.clear()
    QTimer.singleShot(0, lambda: _answer(page, "Issue", seen))
    page.issue(selected_only=False)
    qtbot.waitUntil(lambda: any(r.status == "valid" for r in page.data.rows), timeout=60000)
    assert "Signed by: Aigerim Sadykova" in seen["text"] and "demo-logo-1.png" in seen["text"]
    assert "Placeholder" not in seen["text"]
    issued = db.call(lambda ws: ws.certificates.register())
    assert issued[0].certificate.serial == "ACSH-DIG-2026-0001"
