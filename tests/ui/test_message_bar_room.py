"""The page's message bar (QA of issue 16): one line of text is one line high (it was 50-75 px
and cost 2-3 table rows at 1366x768), a long text wraps whole, and closing it never moves what
is under the pointer (a click aimed at a row landed on another row after the bar closed)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def page(db, qtbot):  # type: ignore[no-untyped-def]
    """A page as the app's are made: a vertical layout, a button, a table below."""
    from PySide6.QtWidgets import QPushButton, QTableWidget, QVBoxLayout

    from ui.pages.base import Page

    page = Page(db)
    layout = QVBoxLayout(page)
    page.button = QPushButton("Do the next thing")  # type: ignore[attr-defined]
    page.table = QTableWidget(40, 3)  # type: ignore[attr-defined]
    layout.addWidget(page.button)  # type: ignore[attr-defined]
    layout.addWidget(page.table, 1)  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.move(300, 40)
    with qtbot.waitExposed(page):
        page.show()
    return page


def _settled(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # (layout requests are posted events)
        QApplication.processEvents()
    qtbot.wait(10)


def _table_top(page: Any) -> int:
    return int(page.table.mapTo(page, page.table.rect().topLeft()).y())


def test_one_line_is_one_line_high_and_a_long_text_wraps_whole(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = page.message_bar
    page.show_message("Certificates: 2 issued; 10 already held one, 8 yet to complete the course.")
    _settled(qtbot)
    line = bar.label.fontMetrics().height()
    assert bar.isVisible() and bar.height() <= line + 10  # (was 50-75 px)
    assert bar.rect().contains(bar.label.geometry())  # the text inside the bar, not clipped

    page.show_message("A long result, " * 60, "warning")
    _settled(qtbot)
    label = bar.label
    assert label.height() >= label.heightForWidth(label.width()) >= 3 * line  # wrapped, whole
    assert bar.rect().contains(label.geometry())

    page.resize(500, 700)  # narrower: more lines, still whole
    _settled(qtbot)
    assert label.height() >= label.heightForWidth(label.width())
    assert bar.rect().contains(label.geometry())


def test_closing_keeps_the_room_while_the_pointer_is_in_the_page(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QPoint, Qt
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication

    from ui.pages.base import pointer_in

    without = _table_top(page)
    page.show_message("Certificate ACSH-DIG-2026-0002 revoked")
    _settled(qtbot)
    with_bar = _table_top(page)
    assert with_bar > without
    # The pointer rests on a row of the table; the bar's × is clicked (as by the user).
    QCursor.setPos(page.table.mapToGlobal(QPoint(50, 60)))
    assert pointer_in(page)
    qtbot.mouseClick(page.message_bar.close_button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert not page.message_bar.isVisible()
    assert _table_top(page) == with_bar  # the row under the pointer did not move
    # A new message takes the room: still nothing moves.
    page.show_message("Certificate ACSH-DIG-2026-0003 revoked")
    _settled(qtbot)
    assert _table_top(page) == with_bar and not page.message_bar.room.isVisible()
    page.message_bar.dismiss()
    _settled(qtbot)
    assert _table_top(page) == with_bar
    # The pointer leaves the page: the room goes back to the page.
    QCursor.setPos(page.mapToGlobal(QPoint(-40, -20)))
    QApplication.sendEvent(page, QEvent(QEvent.Type.Leave))
    _settled(qtbot)
    assert _table_top(page) == without

    # Closed while the pointer is elsewhere: the page takes the room back at once.
    page.show_message("Report saved")
    _settled(qtbot)
    page.message_bar.dismiss()
    _settled(qtbot)
    assert _table_top(page) == without


def test_a_page_button_closes_the_bar_when_released_not_while_held(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Closed on the press, the bar moved the button from under the pointer while the mouse
    button was down: the release fell outside it and the click was lost."""
    from PySide6.QtCore import QEvent, QPoint, Qt
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication

    page.hide()
    page.show()  # (the page's buttons are watched from its next show)
    QCursor.setPos(page.mapToGlobal(QPoint(-40, -20)))  # (no room kept: see the row move)
    QApplication.sendEvent(page, QEvent(QEvent.Type.Leave))
    clicked: list[bool] = []
    page.button.clicked.connect(lambda: clicked.append(True))
    page.show_message("Settings saved")
    _settled(qtbot)
    qtbot.mousePress(page.button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert page.message_bar.isVisible()  # held down: nothing moves yet
    qtbot.mouseRelease(page.button, Qt.MouseButton.LeftButton)
    _settled(qtbot)
    assert clicked == [True] and not page.message_bar.isVisible()
