"""The certificates page prints through the print service and a real CUPS queue (CUPS-PDF)."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.certificates.cups_queue import cups_pdf_queue_running, printed_file

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def queue() -> Iterator[str]:
    yield from cups_pdf_queue_running()


def test_the_print_button_sends_the_batch_to_the_system_queue(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path: Path, queue: str
) -> None:
    from pypdf import PdfReader

    from ui.pages.certificates import CertificatesPage

    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    page.issue(selected_only=False)
    qtbot.waitUntil(lambda: not db._running, timeout=60000)
    batch = page.print_target()
    assert batch is not None and batch.parent == tmp_path / "out" / page.data.cohort_code
    assert batch.name == f"{page.data.cohort_code}-certificates.pdf"
    pages = len(PdfReader(batch).pages)

    stem = f"cm-app-print-{os.getpid()}-{time.time_ns()}"
    job = tmp_path / f"{stem}.pdf"
    shutil.copy(batch, job)
    page.print_file(job, printer=queue)
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=60000)
    result = page.last_print
    assert result.sent and result.printer == queue and result.job_id.startswith(queue)
    printed = printed_file(stem)
    assert printed is not None, f"CUPS-PDF wrote nothing for {result.job_id}"
    assert len(PdfReader(printed).pages) == pages  # every certificate, whole
    printed.unlink()


def test_without_a_system_queue_the_app_prints_the_prepared_copy(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(Windows.) The print service prepares the copy moved by the saved offsets; the app hands
    that file to Qt's print dialog as it is."""
    import ui.pdf_print
    from course_manager.services.certificates.printing import save_print_offsets
    from ui.pages.certificates import CertificatesPage

    db.call(lambda ws: save_print_offsets(ws, 4.0, 2.0))
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    shown: list[Path] = []
    monkeypatch.setattr(ui.pdf_print, "print_pdf_dialog", lambda _parent, path: shown.append(path))
    monkeypatch.setenv("PATH", "/nonexistent")
    source = tmp_path / "batch.pdf"
    row = next(r for r in page.data.rows if r.eligible)
    page.view.selectRow(page.data.rows.index(row))
    qtbot.waitUntil(lambda: page.preview_path is not None, timeout=30000)
    shutil.copy(page.preview_path, source)
    page.print_file(source)
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=30000)
    result = page.last_print
    assert not result.sent and result.offsets == (4.0, 2.0)
    assert shown == [result.prepared] and result.prepared != source
    assert result.prepared.read_bytes() != source.read_bytes()
