"""The members of one cohort as a table model: no item per cell, rows shown as the view scrolls.

The cohort's people are read on the database worker (the Cohorts page's load); the model only
keeps that list and answers :meth:`data` for the rows on screen. Rows are handed to the view a
page at a time (Qt's fetchMore pattern) so that a 20,000-member cohort costs the window one
list, not 60,000 ``QTableWidgetItem`` s.
"""

from __future__ import annotations

import heapq
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.pages.table_fit import MEASURED, fit_columns
from ui.responsiveness import OneCallPerCell, unhook_header_from_selection
from ui.text import literal

COL_NAME = 0
COL_EMAIL = 1
COL_STATUS = 2
COLUMNS = 3
PAGE_SIZE = 500
#: The participant's id, for tests and callers that need it.
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class CohortMembersModel(OneCallPerCell, QAbstractTableModel):
    """Members as ``(Participant, status)`` pairs, status being "enrolled" or "withdrawn"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: list[tuple[Any, str]] = []
        self._shown = 0
        self._enrolled = 0

    # -- loading ---------------------------------------------------------------------------
    def load(self, members: list[tuple[Any, str]]) -> None:
        """Show these members (the first page at once, the rest as the view asks)."""
        self.beginResetModel()
        self._members = list(members)
        self._shown = min(len(self._members), PAGE_SIZE)
        self._enrolled = sum(1 for _, status in self._members if status == "enrolled")
        self.endResetModel()

    def clear(self) -> None:
        self.load([])

    @property
    def total(self) -> int:
        """How many members the cohort has (loaded or not yet shown)."""
        return len(self._members)

    @property
    def enrolled(self) -> int:
        """How many of them are still enrolled."""
        return self._enrolled

    def member(self, row: int) -> Any:
        """The Participant in ``row``."""
        return self._members[row][0]

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._shown < len(self._members)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        end = min(len(self._members), self._shown + PAGE_SIZE)
        self.beginInsertRows(QModelIndex(), self._shown, end - 1)
        self._shown = end
        self.endInsertRows()

    def show_all(self) -> None:
        """Hand every row to the view (select all, keyboard End); cheap: no items are made."""
        if self._shown < len(self._members):
            self.beginInsertRows(QModelIndex(), self._shown, len(self._members) - 1)
            self._shown = len(self._members)
            self.endInsertRows()

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMNS:
            return None
        return (
            # (The Cohorts page's texts: their translations stay in its context.)
            QCoreApplication.translate("CohortsPage", "Name"),
            QCoreApplication.translate("CohortsPage", "E-mail"),
            QCoreApplication.translate("CohortsPage", "Status"),
        )[section]

    def status_label(self, status: str) -> str:
        return {
            "enrolled": QCoreApplication.translate("CohortsPage", "enrolled"),
            "withdrawn": QCoreApplication.translate("CohortsPage", "withdrawn"),
        }.get(status, status)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        person, status = self._members[index.row()]
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            return literal(shown) if shown else None  # a name that looks like markup, as typed
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_NAME:
                return person.full_name
            if column == COL_EMAIL:
                return person.email or ""
            if column == COL_STATUS:
                return self.status_label(status)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def members_view(model: CohortMembersModel) -> QTableView:
    """The table the Cohorts page shows its members in (several can be selected)."""
    view = QTableView()
    view.setObjectName("cohortMembers")
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    unhook_header_from_selection(view)  # Select All in 20,000 rows stays quick
    return view


def longest_texts(members: list[Any]) -> dict[int, list[str]]:
    """The members' longest names and e-mails (by length; :func:`show_members` measures them).

    Plain Python, meant for the database worker: picking them out of 20,000 members on the
    window's thread kept it busy (and allocating, which can set off a full collection)."""
    return {
        COL_NAME: heapq.nlargest(
            MEASURED, (p.full_name for p, _ in members if p.full_name), key=len
        ),
        COL_EMAIL: heapq.nlargest(MEASURED, (p.email for p, _ in members if p.email), key=len),
    }


def show_members(
    view: QTableView,
    model: CohortMembersModel,
    members: list[Any],
    longest: dict[int, list[str]] | None = None,
) -> None:
    """Load ``members`` and size the columns to what every member's name and e-mail need
    (``longest``: :func:`longest_texts` of them, when the worker picked them out already)."""
    model.load(members)
    texts = longest_texts(members) if longest is None else longest
    fit_columns(
        view,
        {
            **texts,
            COL_STATUS: [model.status_label("enrolled"), model.status_label("withdrawn")],
        },
        max_width=max(view.viewport().width() // 2, 240),
    )
