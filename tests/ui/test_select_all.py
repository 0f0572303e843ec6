"""Select All in a table of thousands of rows asks the model about the rows on screen only.

Qt's column header paints each section knowing whether its neighbours are whole selected
columns, which it learns by asking the model's flags of every row: 20,000 calls into Python per
column after Select All (3 s on the Attendance page). Pages give the header a selection of its
own (ui.responsiveness.unhook_header_from_selection).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

ROWS = 5_000


class CountingModel(QAbstractTableModel):
    """A table whose ``flags`` (a Python method, as in the app's models) counts its calls."""

    def __init__(self) -> None:
        super().__init__()
        self.flag_calls = 0

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: Any) -> Qt.ItemFlag:
        self.flag_calls += 1
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _select_all_and_paint(qtbot, unhook: bool) -> tuple[CountingModel, QTableView]:  # type: ignore[no-untyped-def]
    from ui.responsiveness import unhook_header_from_selection

    model = CountingModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    if unhook:
        unhook_header_from_selection(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    model.flag_calls = 0
    view.selectAll()
    view.grab()  # paint everything now, header included
    return model, view


def test_select_all_asks_only_about_the_rows_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = _select_all_and_paint(qtbot, unhook=True)
    calls = model.flag_calls
    assert calls < ROWS  # the rows painted, not every row of each column
    ranges = list(view.selectionModel().selection())
    assert sum(r.height() * r.width() for r in ranges) == ROWS * 4  # everything is selected

    plain, _ = _select_all_and_paint(qtbot, unhook=False)
    assert plain.flag_calls >= ROWS  # (what Qt's header does by itself)
