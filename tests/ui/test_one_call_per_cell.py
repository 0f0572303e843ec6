"""Painting asks each cell's roles in one multiData call (ui/responsiveness.OneCallPerCell):
every big table of the app answers it exactly as data() answers role by role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QTableView

from ui.responsiveness import OneCallPerCell

ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.CheckStateRole,
]


def _settle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=30_000)
        qtbot.wait(50)


@pytest.mark.parametrize("key", ["participants", "cohorts", "certificates"])
def test_each_cell_is_answered_at_once_as_role_by_role(window, db, qtbot, key: str) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(key)
    _settle(qtbot, db)
    views = [v for v in page.findChildren(QTableView) if v.model() is not None]
    models = [v.model() for v in views if v.model().rowCount() > 0]
    assert models, f"the {key} page shows no table with rows on the demo"
    checked, ours = 0, []
    for model in models:
        source = getattr(model, "sourceModel", lambda m=model: m)()
        if not isinstance(source, OneCallPerCell) and "multiData" not in vars(type(source)):
            continue  # (a small table of Qt's own models: nothing of ours to compare)
        ours.append(type(source).__name__)
        for row in range(min(model.rowCount(), 40)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in ROLES:
                    role_data = QModelRoleData(int(role))
                    model.multiData(index, QModelRoleDataSpan(role_data))
                    assert role_data.data() == model.data(index, role), (row, column, role)
                    checked += 1
    assert ours and checked > 100, ours
