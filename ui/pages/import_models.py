"""Table models of the import wizard: the raw rows around the header, and the row-by-row plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ui.i18n import number
from ui.message_text import text
from ui.responsiveness import OneCallPerCell
from ui.text import literal

_Index = QModelIndex | QPersistentModelIndex

REJECT_COLOUR = QColor("#f7d4d4")
SKIP_COLOUR = QColor("#ececec")
NEW_COLOUR = QColor("#d8f0d8")
UPDATE_COLOUR = QColor("#fff1c7")
CHECK_COLOUR = QColor("#ffd9a8")


def field_label(name: str) -> str:
    """A participant field as the coordinator reads it."""
    labels = {
        "full_name": QCoreApplication.translate("ImportFields", "Full name"),
        "surname": QCoreApplication.translate("ImportFields", "Surname"),
        "given_name": QCoreApplication.translate("ImportFields", "Given name"),
        "patronymic": QCoreApplication.translate("ImportFields", "Patronymic"),
        "full_name_latin": QCoreApplication.translate("ImportFields", "Name in Latin letters"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "country": QCoreApplication.translate("ImportFields", "Country"),
        "organization": QCoreApplication.translate("ImportFields", "Organization"),
        "position": QCoreApplication.translate("ImportFields", "Position"),
        "gender": QCoreApplication.translate("ImportFields", "Gender"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
    }
    return labels.get(name, name)


def action_label(action: str) -> str:
    labels = {
        "create": QCoreApplication.translate("ImportActions", "new participant"),
        "update": QCoreApplication.translate("ImportActions", "update"),
        "unchanged": QCoreApplication.translate("ImportActions", "unchanged"),
        "merged": QCoreApplication.translate("ImportActions", "merged into a later row"),
        "skip": QCoreApplication.translate("ImportActions", "skipped"),
        "reject": QCoreApplication.translate("ImportActions", "rejected"),
    }
    return labels.get(action, action)


def duplicate_reason(entry: dict[str, Any]) -> Any:
    """Why a row looks like someone, whom, and what to do, as a message the window words in
    its language (the entry's "reason" is the English the command line prints)."""
    from course_manager.domain.messages import message_from_json

    codes = entry.get("differences")
    code = entry.get("reason_code")
    if not codes or not code:
        return entry.get("reason")
    parts = ", ".join(text(message_from_json({"code": c})) for c in codes)
    args = {
        "differences": parts,
        "name": entry.get("matches") or "",
        "email": entry.get("matches_email") or "",
        "row": entry.get("matches_row") or "",
    }
    return message_from_json({"code": code, "args": args})


class DuplicateChecks:
    """The rows to check by hand: each row imported as a new person who looks like a participant
    already known or like another row of the file, with the service's entries for it (the first
    match first); rows merged as the same person are counted as merged, not here.

    Built in one pass without an object per row (a list of 20,000 look-alikes is checked on
    the window's thread): the service lists a row's entries one after the other, so a row is
    the index of its first entry; ``known`` and ``in_file`` count the rows of each kind (a row
    can be both).
    """

    __slots__ = ("_entries", "_first", "_scattered", "in_file", "known")

    def __init__(self, possible_duplicates: list[dict[str, Any]] | None = None) -> None:
        self._entries = [
            d for d in possible_duplicates or () if d.get("kind") != "same-person-in-file"
        ]
        self._first: dict[int, int] = {}
        self._scattered: dict[int, list[dict[str, Any]]] = {}  # a row's entries apart (none yet)
        first = self._first
        self.known = self.in_file = 0
        row: int | None = None
        known = in_file = False  # the current row's kinds so far
        for index, entry in enumerate(self._entries):
            if entry["row"] != row:
                self._count(row, known, in_file)
                row, known, in_file = int(entry["row"]), False, False
                if row in first:  # not next to its row's other entries
                    self._scattered[row] = self.entries(row)
                    known = any("participant_id" in e for e in self._scattered[row])
                    in_file = not all("participant_id" in e for e in self._scattered[row])
                    self._count(row, -known, -in_file)  # counted again when the row ends
                else:
                    first[row] = index
            if row in self._scattered:
                self._scattered[row].append(entry)
            if "participant_id" in entry:
                known = True
            else:
                in_file = True
        self._count(row, known, in_file)

    def _count(self, row: int | None, known: int, in_file: int) -> None:
        if row is not None:
            self.known += known
            self.in_file += in_file

    def __len__(self) -> int:
        return len(self._first)

    def __contains__(self, row: object) -> bool:
        return row in self._first

    def entries(self, row: int) -> list[dict[str, Any]]:
        """The row's entries, the first match first ([] for a row that looks like nobody)."""
        scattered = self._scattered.get(row)
        if scattered is not None:
            return scattered
        index = self._first.get(row)
        if index is None:
            return []
        entries = self._entries
        end = index + 1
        while end < len(entries) and entries[end]["row"] == row:
            end += 1
        return entries[index:end]


class RowsModel(OneCallPerCell, QAbstractTableModel):
    """Cells of the chosen sheet under its header (the preview on the sheet page)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[Any]] = []
        self._first_row = 1

    def load(self, headers: list[str], rows: list[list[Any]], first_row: int) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._first_row = first_row
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()] if index.row() < len(self._rows) else []
        value = row[index.column()] if index.column() < len(row) else None
        text = "" if value is None else str(value)
        if role == Qt.ItemDataRole.DisplayRole:  # a cell's line breaks read as spaces on one line
            text = " ".join(text.splitlines())
            return text
        return literal(text)  # the tooltip: the cell as the file has it, markup or not

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._first_row + section)


class PlanModel(OneCallPerCell, QAbstractTableModel):
    """What importing would do to each row: row number, outcome, name, column, reason.

    Rejected rows are highlighted; the reason is also the row's tooltip. A rejected row shows
    the name its cells give (``names``: row number -> name); a row that may be someone already
    known or another row of the file (``checks``: row number -> the service's entries, see
    :func:`ui.pages.import_preview.duplicates_to_check`) is marked to check by hand, and its
    reason names whom it looks like.
    """

    # A row that looks like many people names this many of them, then counts the others.
    SHOWN_MATCHES = 3

    ROW, ACTION, NAME, COLUMN, REASON = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._names: dict[int, str] = {}
        self._checks = DuplicateChecks()

    def load(
        self,
        rows: list[Any],
        names: dict[int, str] | None = None,
        checks: DuplicateChecks | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names or {})
        self._checks = checks if checks is not None else DuplicateChecks()
        self.endResetModel()

    def reason(self, row: int) -> str:
        """The whole reason for a row, in the app's language ("" when there is none)."""
        plan = self._rows[row]
        reason = text(plan.message)
        entries = self._checks.entries(plan.row)
        if entries:
            check_text = QCoreApplication.translate("ImportActions", "check by hand: %1").replace(
                "%1", self._check_text(entries)
            )
            reason = f"{reason}; {check_text}" if reason else check_text
        return reason

    def is_check(self, row: int) -> bool:
        """Whether the row looks like someone and is to be checked by hand."""
        plan = self._rows[row]
        return plan.row in self._checks and plan.action != "reject"

    def _check_text(self, entries: list[Any]) -> str:
        shown = entries[: self.SHOWN_MATCHES]
        words = "; ".join(text(duplicate_reason(entry)) for entry in shown)
        # (the service lists a few of many known look-alikes and counts them all)
        known = [e for e in entries if "participant_id" in e]
        unlisted = max(0, int(known[0].get("known_matches") or 0) - len(known)) if known else 0
        more = len(entries) - len(shown) + unlisted
        if more:
            words += " " + QCoreApplication.translate(
                "ImportActions", "(and more people with a name like this: %1)"
            ).replace("%1", number(more))
        return words

    def plan_row(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("Row"),
            self.tr("What happens"),
            self.tr("Name"),
            self.tr("Column"),
            self.tr("Reason"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        plan = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column != self.REASON:
            # (the reason is worded only where it is shown: measuring a column asks each row)
            name = plan.name or self._names.get(plan.row, "")
            cells = [str(plan.row), action_label(plan.action), name, plan.column]
            return cells[column] if 0 <= column < len(cells) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            reason = self.reason(index.row())
            if role == Qt.ItemDataRole.ToolTipRole and reason:
                return literal(reason)
            name = plan.name or self._names.get(plan.row, "")
            values = [str(plan.row), action_label(plan.action), name, plan.column, reason]
            if plan.action == "update" and plan.changes and plan.message is None:
                values[self.REASON] = ", ".join(field_label(f) for f in plan.changes)
            value = values[column] if 0 <= column < len(values) else None
            if role == Qt.ItemDataRole.ToolTipRole and value:
                return literal(value)
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            if plan.row in self._checks and plan.action != "reject":
                return QBrush(CHECK_COLOUR)
            colour = {
                "reject": REJECT_COLOUR,
                "skip": SKIP_COLOUR,
                "merged": SKIP_COLOUR,
                "create": NEW_COLOUR,
                "update": UPDATE_COLOUR,
            }.get(plan.action)
            return QBrush(colour) if colour is not None else None
        return None
