"""Korean at 1366×768 (what the ko screenshot pass looked at): the tables of the Dashboard
and the Cohorts page show whole texts and headers, as tests/ui/test_layout_fit.py checks for
Russian and Kazakh; the Participants page is checked in test_participants_fit.py."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.test_layout_fit import _cut_cells, _cut_headers, _settle

LAPTOP = (1366, 768 - 40)


@pytest.fixture
def korean_window(db, qtbot):  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.main_window import MainWindow

    assert i18n.install("ko")
    win = MainWindow(db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.firstPainted):
        win.show()
    win.resize(*LAPTOP)
    yield win
    qtbot.waitUntil(lambda: not db._running, timeout=60_000)
    win.hide()


def test_the_dashboard_tables_are_whole_in_korean(korean_window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = korean_window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    _settle(qtbot, db)
    for table in (page.upcoming, page.cohorts):
        assert table.rowCount() > 0
        assert _cut_cells(table) == []
        assert _cut_headers(table) == []
        assert not table.horizontalScrollBar().isVisible()


def test_the_cohorts_tables_are_whole_in_korean(korean_window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    page: Any = korean_window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.run_table.rowCount() > 0, timeout=10_000)
    _settle(qtbot, db)
    for row in range(page.cohort_list.count()):
        page.cohort_list.setCurrentRow(row)
        _settle(qtbot, db)
        assert _cut_cells(page.run_table) == []
        assert _cut_headers(page.run_table) == []
        assert not page.run_table.horizontalScrollBar().isVisible()
    assert _cut_headers(page.modules_table) == []
