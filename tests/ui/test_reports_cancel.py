"""Cancel on the Reports page: counting 20,000 people offers Cancel, stops, and leaves a page
that says so and still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

BIG = 20_000


@pytest.fixture
def big_db(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """A worker on the demo plus a cohort of 20,000 people, listed first."""
    from bench.big_cohort import build
    from ui.operations import DbWorker

    path = tmp_path / "big.sqlite3"
    build(path, BIG, marked_modules=1)
    worker = DbWorker()
    worker.open_now(path)
    yield worker
    qtbot.waitUntil(lambda: not worker._running, timeout=60_000)
    worker.close()


def _press_cancel(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Wait for the count's progress dialog (it appears once the count runs 0.5 s) and press
    its Cancel button, as a user would."""
    operation = page.count_operation
    qtbot.waitUntil(lambda: operation.dialog is not None, timeout=30_000)
    dialog = operation.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.isVisible() and cancel.isEnabled()
    cancel.click()
    qtbot.waitUntil(lambda: operation.future.done(), timeout=10_000)


def test_a_big_count_is_cancelled_and_the_page_stays_usable(qtbot, big_db) -> None:  # type: ignore[no-untyped-def]
    from bench.big_cohort import BIG_CODE
    from course_manager.services import Cancelled
    from ui.pages.reports import ReportsPage

    page = ReportsPage(big_db)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.count_operation is not None, timeout=15_000)
    assert page.scope_box.currentText().startswith(BIG_CODE)
    counting = page.count_operation
    _press_cancel(qtbot, page)

    # The count stopped where it was (Cancel reached the service), not after it had finished.
    assert isinstance(counting.future.exception(), Cancelled)
    qtbot.waitUntil(lambda: page.cancelled, timeout=5_000)
    assert page.model.rowCount() == 0 and page.table_box.count() == 0
    assert "cancelled" in page.title.text()
    assert page.count_button.isVisible()
    assert "Counting cancelled" in page.message_bar.text()
    qtbot.waitUntil(lambda: not big_db._running, timeout=5_000)  # free for the next job

    # Usable: another cohort counts at once and shows its matrix.
    small = next(
        i
        for i in range(page.scope_box.count())
        if not page.scope_box.itemText(i).startswith(BIG_CODE)
    )
    page.scope_box.setCurrentIndex(small)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    assert not page.cancelled and not page.count_button.isVisible()
    assert "cancelled" not in page.title.text()


def test_count_again_after_cancel_counts_everyone(qtbot, big_db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.reports import ReportsPage

    page = ReportsPage(big_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.count_operation is not None, timeout=15_000)
    _press_cancel(qtbot, page)
    qtbot.waitUntil(lambda: page.count_button.isVisible(), timeout=5_000)

    page.count_button.click()
    assert not page.count_button.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == BIG, timeout=60_000)
    assert not page.cancelled
    assert page.table_box.count() >= 4  # the matrix and the three summaries


def test_a_count_replaced_by_a_newer_choice_is_not_shown_as_cancelled(qtbot, big_db) -> None:  # type: ignore[no-untyped-def]
    """Choosing another cohort while counting stops the old count quietly."""
    from ui.pages.reports import ReportsPage

    page = ReportsPage(big_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.count_operation is not None, timeout=15_000)
    first = page.count_operation
    page.scope_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: first.future.done(), timeout=10_000)
    assert first.future.exception() is not None  # stopped, not counted to the end
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    assert not page.cancelled and not page.count_button.isVisible()
    assert page.cohort_ids() == [page.scope_box.itemData(1)]


def test_saving_a_big_report_is_cancelled_and_writes_no_file(qtbot, big_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.reports import ReportsPage

    page = ReportsPage(big_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.count_operation is not None, timeout=15_000)
    page.count_operation.cancel()  # (the preview is not what this test is about)
    qtbot.waitUntil(lambda: not big_db._running, timeout=30_000)

    out = tmp_path / "report.xlsx"
    saving = page.save(out)
    qtbot.waitUntil(lambda: saving.dialog is not None, timeout=30_000)
    [cancel] = saving.dialog.findChildren(QPushButton)
    cancel.click()
    qtbot.waitUntil(lambda: saving.future.done(), timeout=15_000)
    qtbot.waitUntil(lambda: "no file was written" in page.message_bar.text(), timeout=5_000)
    assert not out.exists() and not list(tmp_path.glob("*.xlsx*"))
    assert not page.open_button.isEnabled()


def test_a_finished_count_leaves_its_tables_to_no_cycle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """A count replaced by the next one is freed at once, not left (with every row) to the
    cyclic garbage collector, whose long collection would stop the window."""
    import gc

    from course_manager.services.reports import ReportTable
    from ui.pages.reports import ReportsPage

    gc.unfreeze()
    gc.collect()  # (what earlier tests left)
    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    qtbot.waitUntil(lambda: not db._running, timeout=15_000)
    page.scope_box.setCurrentIndex(1)  # another count: the first one's tables are let go
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not db._running, timeout=15_000)
    gc.unfreeze()  # (big results are frozen out of the collector's sight; none here)
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, ReportTable)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []
