"""The Participants page on a 1366×768 laptop: the whole table across the page in every UI
language (no sideways scroll bar, every header whole, the last column not hidden), long texts
ending in "…" with the whole text in the tooltip, and widths that follow the window's width.
"""

from __future__ import annotations

from typing import Any

import pytest

LAPTOP = (1366, 768 - 40)  # the screen less a title bar


@pytest.fixture
def participants(db, qtbot, request):  # type: ignore[no-untyped-def]
    """The main window in the language the test is parametrised with, at 1366×768, on the
    Participants page with the demo's people loaded."""
    from ui import i18n
    from ui.main_window import MainWindow

    assert i18n.install(request.param)
    win = MainWindow(db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.firstPainted):
        win.show()
    win.resize(*LAPTOP)
    page = win.show_page("participants")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    _settle(qtbot, db)
    yield page
    qtbot.waitUntil(lambda: not db._running, timeout=60_000)
    win.hide()


def _settle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(30)


def _cut_headers(table: Any) -> list[str]:
    from PySide6.QtCore import Qt

    header = table.horizontalHeader()
    model = table.model()
    return [
        f"{model.headerData(c, Qt.Orientation.Horizontal)!r} in {header.sectionSize(c)} px"
        for c in range(model.columnCount())
        if header.sectionSizeHint(c) > header.sectionSize(c)
    ]


def _fits_across(table: Any) -> None:
    header = table.horizontalHeader()
    last = table.model().columnCount() - 1
    assert not table.horizontalScrollBar().isVisible()
    assert header.length() <= table.viewport().width()
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    assert _cut_headers(table) == []


@pytest.mark.parametrize("participants", ["en", "ru", "kk", "ko"], indirect=True)
def test_the_people_table_fits_the_page_at_1366(participants, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.participants_model import (
        COL_COUNTRY,
        COL_GENDER,
        COL_NAME,
        COL_ORGANIZATION,
    )
    from ui.pages.table_fit import is_cut

    table = participants.table
    _fits_across(table)
    model = table.model()
    # Short columns and the names keep their texts whole; the organisation takes the rest.
    for column in (COL_NAME, COL_COUNTRY, COL_GENDER):
        width = table.columnWidth(column)
        cut = [
            text
            for row in range(model.rowCount())
            if is_cut(table, width, text := str(model.data(model.index(row, column))))
        ]
        assert cut == [], (column, width)
    others = sum(table.columnWidth(c) for c in range(model.columnCount()) if c != COL_ORGANIZATION)
    assert table.columnWidth(COL_ORGANIZATION) == table.viewport().width() - others


@pytest.mark.parametrize("participants", ["ru"], indirect=True)
def test_a_cut_organisation_shows_whole_in_its_tooltip(participants, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from ui.pages.participants_model import COL_NAME, COL_ORGANIZATION
    from ui.pages.table_fit import is_cut

    table = participants.table
    model = table.model()
    width = table.columnWidth(COL_ORGANIZATION)
    rows = [
        row
        for row in range(model.rowCount())
        if is_cut(table, width, str(model.data(model.index(row, COL_ORGANIZATION))))
    ]
    assert rows, "the demo has organisations longer than the column at 1366 pixels"
    row = rows[0]
    table.scrollTo(model.index(row, COL_ORGANIZATION))
    full = str(model.data(model.index(row, COL_ORGANIZATION)))

    def tooltip_at(column: int) -> str:
        QToolTip.hideText()  # (it goes after a moment)
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2_000)
        rect = table.visualRect(model.index(row, column))
        viewport = table.viewport()
        event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
        QApplication.sendEvent(viewport, event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tooltip_at(COL_ORGANIZATION) == full
    assert tooltip_at(COL_NAME) == ""  # a whole text needs no tooltip


@pytest.mark.parametrize("participants", ["ru"], indirect=True)
def test_the_columns_follow_the_window_until_the_user_sizes_one(participants, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.participants_model import COL_EMAIL, COL_POSITION

    table = participants.table
    window = table.window()
    position = table.columnWidth(COL_POSITION)
    window.resize(1100, LAPTOP[1])  # a narrower window (a smaller screen, a wider side bar)
    qtbot.waitUntil(lambda: table.columnWidth(COL_POSITION) < position, timeout=5_000)
    _fits_across(table)
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: table.columnWidth(COL_POSITION) == position, timeout=5_000)
    # Too narrow for the table even with cut texts: whole texts, scrolled sideways.
    window.resize(700, LAPTOP[1])
    qtbot.waitUntil(lambda: table.horizontalScrollBar().isVisible(), timeout=5_000)
    assert table.columnWidth(COL_POSITION) == position
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=5_000)
    table.setColumnWidth(COL_EMAIL, 400)  # the user widens the e-mails: theirs from now on
    window.resize(1200, LAPTOP[1])
    qtbot.wait(50)
    assert table.columnWidth(COL_EMAIL) == 400
    assert table.columnWidth(COL_POSITION) == position


@pytest.mark.parametrize("participants", ["kk"], indirect=True)
def test_a_search_keeps_the_fitted_columns(participants, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    table = participants.table
    model = table.model()
    widths = [table.columnWidth(c) for c in range(model.columnCount())]
    total = model.rowCount()
    participants.search.setText("gov")
    qtbot.waitUntil(lambda: 0 < model.rowCount() < total, timeout=10_000)
    _settle(qtbot, db)
    participants.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=10_000)
    _settle(qtbot, db)
    assert [table.columnWidth(c) for c in range(model.columnCount())] == widths
    assert not participants.fit.user_sized
    _fits_across(table)
