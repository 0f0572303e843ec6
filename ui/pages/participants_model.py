"""The roster table model: holds the matching ids, loads rows a page at a time.

Search and sort run on the database worker (course_manager.services.roster); the model keeps
the ordered ids of the matches and exposes rows as they are fetched (Qt's fetchMore pattern),
so 100,000 people cost one list of ints plus the pages the user scrolled through.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from ui.operations import DbWorker, Operation
from ui.responsiveness import OneCallPerCell

COL_NAME = 0
COL_LATIN = 1
COL_EMAIL = 2
COL_COUNTRY = 3
COL_ORGANIZATION = 4
COL_POSITION = 5
COL_GENDER = 6
#: Column -> Participant field (and roster sort key).
FIELDS = ("full_name", "full_name_latin", "email", "country", "organization", "position", "gender")
PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ParticipantsModel(OneCallPerCell, QAbstractTableModel):
    """Signals:
    loaded(int): a search finished; the number of matching people.
    edited(object): a participant was saved after an in-place edit (the new Participant).
    """

    loaded = Signal(int)
    edited = Signal(object)

    def __init__(self, db: DbWorker, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self._roster: Any = None  # a RosterIndex, made and used on the worker thread only
        self._ids: list[int] = []
        self._rows: list[Any] = []
        self._generation = 0
        self._fetching = False
        self._query: tuple[str, str, bool] = ("", "full_name", False)
        self._running: Operation | None = None
        self._next: tuple[str, str, bool] | None = None
        self.searching = False
        #: The Changes of this model's own last save (the page does not reload for them).
        self.own_changes: Any = None

    # -- querying -------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return len(self._ids)

    def set_filter(self, text: str) -> None:
        self.set_query(text, self._query[1], self._query[2])

    def reload(self) -> None:
        self.set_query(*self._query)

    def set_query(self, text: str, sort_key: str, descending: bool) -> None:
        """Search again; while one search runs, only the latest request waits to run next."""
        self._query = (text, sort_key, descending)
        self.searching = True
        if self._running is not None:
            self._next = self._query
            return
        self._start(self._query)

    def _start(self, query: tuple[str, str, bool]) -> None:
        text, sort_key, descending = query

        def work(ws: Any) -> tuple[list[int], list[Any]]:
            from course_manager.services.roster import RosterIndex, participants_page

            if self._roster is None:
                self._roster = RosterIndex()
            ids = self._roster.search(ws, text, sort_key, descending)
            return ids, participants_page(ws, ids[:PAGE_SIZE])

        self._generation += 1
        generation = self._generation
        self._running = (
            Operation(work, db=self.db, owner=self)
            .success(lambda result: self._searched(generation, *result))
            .failure(lambda exc: self._search_failed(exc))
            .run()
        )

    def _search_failed(self, exc: BaseException) -> None:
        self._running = None
        self.searching = False
        from ui.dialogs import show_exception

        show_exception(None, exc)

    def _searched(self, generation: int, ids: list[int], first: list[Any]) -> None:
        self._running = None
        if self._next is not None:
            query, self._next = self._next, None
            self._start(query)
            return
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._rows = first
        self._fetching = False
        self.endResetModel()
        self.searching = False
        self.loaded.emit(len(ids))
        if not self._query[0]:
            self._warm()

    def _warm(self) -> None:
        """Prepare the search index in the background right after the roster is shown."""
        roster = self._roster
        if roster is not None:
            Operation(roster.warm, db=self.db).failure(lambda _exc: None).run()

    # -- lazy rows --------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        ids = self._ids[start : start + PAGE_SIZE]
        generation = self._generation
        self._fetching = True

        def work(ws: Any) -> list[Any]:
            from course_manager.services.roster import participants_page

            return participants_page(ws, ids)

        Operation(work, db=self.db, owner=self).success(
            lambda rows: self._fetched(generation, start, rows)
        ).run()

    def _fetched(self, generation: int, start: int, rows: list[Any]) -> None:
        if generation != self._generation or start != len(self._rows):
            return
        self._fetching = False
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(FIELDS):
            return None
        return (
            self.tr("Name"),
            self.tr("Name (Latin)"),
            self.tr("E-mail"),
            self.tr("Country"),
            self.tr("Organisation"),
            self.tr("Position"),
            self.tr("Gender"),
        )[section]

    def gender_label(self, value: str) -> str:
        return {
            "female": self.tr("female"),
            "male": self.tr("male"),
            "unspecified": self.tr("unspecified"),
        }.get(value, value)

    def sample_texts(self) -> dict[int, list[str]]:
        """Each column's texts in the rows loaded so far (to size the columns by)."""
        return {
            column: [str(getattr(person, field) or "") for person in self._rows]
            for column, field in enumerate(FIELDS)
            if column != COL_GENDER
        }

    def participant(self, row: int) -> Any:
        return self._rows[row]

    def position_of(self, participant_id: int) -> int:
        """Where a person stands among the matches, loaded yet or not (-1: not among them)."""
        try:
            return self._ids.index(participant_id)
        except ValueError:
            return -1

    def row_of(self, participant_id: int) -> int:
        for row, person in enumerate(self._rows):
            if person.id == participant_id:
                return row
        return -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return person.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(person, FIELDS[column])
            if column == COL_GENDER:
                value = str(value.value if hasattr(value, "value") else value)
                return value if role == Qt.ItemDataRole.EditRole else self.gender_label(value)
            return value or ""
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_GENDER:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Save through the participants service; the row updates when the worker answers."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        person = self._rows[index.row()]
        field = FIELDS[index.column()]
        if (getattr(person, field) or "") == (value or ""):
            return False
        pid = person.id
        parent = self.parent()
        self.save(pid, {field: value}, parent=parent if isinstance(parent, QWidget) else None)
        return True

    def save(self, participant_id: int, changes: dict[str, Any], parent: Any = None) -> Operation:
        """Update a participant; the service's outcome says what changed, for other screens."""

        def work(ws: Any) -> Any:
            from course_manager.services.participants import edit_participant

            return edit_participant(ws, participant_id, changes)

        return (
            Operation(work, db=self.db, parent=parent)
            .success(lambda outcome: self.replace(outcome.value, outcome.changes))
            .run()
        )

    def replace(self, person: Any, changes: Any = None) -> None:
        """Show the saved version of ``person`` in its row (if loaded)."""
        self.own_changes = changes
        row = self.row_of(person.id)
        if row >= 0:
            self._rows[row] = person
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))
        self.edited.emit(person)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(FIELDS):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(self._query[0], FIELDS[column], descending)
