"""The hours editor of the attendance grid writes decimals as the UI language does (1,5 in
Russian and Kazakh, as the grid shows them) and takes either decimal mark typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def page(db, qtbot, request):  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.attendance import AttendancePage

    assert i18n.install(request.param)
    page = AttendancePage(db)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def _active_rows(page: Any) -> list[int]:
    model = page.model
    return [r for r in range(model.rowCount()) if not model.row_info(r).withdrawn]


def _written(page: Any, db: Any, qtbot: Any, count: int) -> None:
    qtbot.waitUntil(lambda: page.undo_stack.count() == count, timeout=10_000)
    qtbot.waitUntil(lambda: not db._running, timeout=10_000)


def _editor(page: Any, qtbot: Any, row: int, column: int) -> Any:
    """Open a cell's hours editor the way a trainer does: the cell, then Enter."""
    from PySide6.QtWidgets import QLineEdit

    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def _stored_hours(page: Any, db: Any, row: int, column: int) -> float:
    info = page.model.row_info(row)
    module = page.model.module_at(column)
    mark = db.call(lambda ws: ws.attendance.get(info.enrollment_id, module.id))
    return float(mark.hours)


@pytest.mark.parametrize(
    ("page", "late", "shown"),
    [("ru", "О", "1,5"), ("kk", "К", "1,5"), ("en", "L", "1.5"), ("ko", "지", "1.5")],
    indirect=["page"],
)
def test_the_hours_editor_shows_the_languages_decimal_mark(page, db, qtbot, late, shown) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    row = _active_rows(page)[0]
    assert model.setData(model.index(row, 1), "1.5")  # as if typed and saved
    _written(page, db, qtbot, 1)
    assert model.data(model.index(row, 1)) == f"{late} {shown}"  # the grid…
    editor = _editor(page, qtbot, row, 1)
    assert editor.text() == shown  # …and its editor write it alike
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


@pytest.mark.parametrize("page", ["ru"], indirect=True)
def test_the_hours_editor_takes_either_decimal_mark(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    first, second = _active_rows(page)[:2]
    for count, (row, typed) in enumerate(((first, "2,5"), (second, "2.5")), start=1):
        editor = _editor(page, qtbot, row, 1)
        editor.selectAll()
        qtbot.keyClicks(editor, typed)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        _written(page, db, qtbot, count)
        assert _stored_hours(page, db, row, 1) == 2.5
        assert model.data(model.index(row, 1)) == "О 2,5"  # (О: опоздал)
        editor = _editor(page, qtbot, row, 1)
        assert editor.text() == "2,5"
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
