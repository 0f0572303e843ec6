"""What the certificates page shows, gathered on the database worker, and its table model.

:func:`load_cohort` asks the certificates services who is eligible (the same rule issuing uses),
the register for each person's certificate, the preflight for characters no bundled font
draws, the output folder and the saved print offsets. The preview is the service's
(``services/certificates/previews.py``): a holder's issued certificate exactly, or an eligible
person's certificate-to-be with a "PREVIEW" serial and no signature.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from course_manager.domain.messages import Message
from ui.message_text import join

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_GREEN = QBrush(QColor("#1d6b1d"))
_RED = QBrush(QColor("#a11d1d"))


@dataclass(slots=True)
class CertRow:
    participant_id: int
    enrollment_id: int
    full_name: str
    eligible: bool
    reasons: tuple[Message, ...]  # why not eligible (the service's messages)
    serial: str = ""
    status: str = ""  # valid / revoked / superseded; "" without a certificate
    code: str = ""
    revoked_at: str = ""  # when the certificate shown was revoked (ISO), and why
    revoke_reason: str = ""


@dataclass(slots=True)
class CohortCertificates:
    cohort_id: int
    cohort_code: str
    rows: list[CertRow]
    warnings: list[Message] = field(default_factory=list)  # the preflight's, by code
    output_dir: Path | None = None
    offsets: tuple[float, float] = (0.0, 0.0)


def load_cohort(ws: Any, cohort_id: int, template: str | None) -> CohortCertificates:
    from course_manager.services.certificates.eligibility import (
        completion_reasons,
        preflight,
        problem_message,
    )
    from course_manager.services.certificates.files import output_folder
    from course_manager.services.certificates.printing import print_offsets

    cohort = ws.cohorts.get(cohort_id)
    reasons = completion_reasons(ws, cohort_id)
    enrollments = ws.enrollments.for_cohort(cohort_id)
    people = {p.id: p for p in ws.participants.get_many([e.participant_id for e in enrollments])}
    register: dict[int, Any] = {}
    for entry in ws.certificates.register(cohort_id):
        known = register.get(entry.certificate.enrollment_id)
        newer = (entry.certificate.id or 0) > (known.certificate.id or 0) if known else True
        if known is None or entry.status == "valid" or (known.status != "valid" and newer):
            register[entry.certificate.enrollment_id] = entry
    rows = []
    for e in enrollments:
        reason = reasons.get(e.id)
        entry = register.get(e.id)
        row = CertRow(
            int(e.participant_id),
            int(e.id),
            people[e.participant_id].full_name,
            reason is None,
            reason or (),
        )
        if entry is not None:
            row.serial, row.status = entry.certificate.serial, entry.status
            row.code = entry.certificate.verification_code
            row.revoked_at = entry.certificate.revoked_at or ""
            row.revoke_reason = entry.certificate.revoke_reason or ""
        rows.append(row)
    rows.sort(key=lambda r: (not r.eligible, r.full_name.casefold()))
    warnings = [problem_message(p) for p in preflight(ws, cohort.code, template=template)]
    return CohortCertificates(
        int(cohort.id),
        cohort.code,
        rows,
        warnings,
        output_folder(ws, cohort.code),
        print_offsets(ws),
    )


def reason_text(reasons: tuple[Message, ...]) -> str:
    """Why someone is not eligible, in the app's language (translated by code)."""
    return join(reasons)


class CertificatesModel(QAbstractTableModel):
    NAME, ELIGIBLE, SERIAL, STATUS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CertRow] = []
        self._words: dict[str, str] | None = None

    def load(self, rows: list[CertRow]) -> list[CertRow]:
        """Show ``rows``; returns the rows shown until now (for the caller to let go of)."""
        self.beginResetModel()
        shown, self._rows = self._rows, list(rows)
        self._words = None  # (the language may have changed since)
        self.endResetModel()
        return shown

    def row(self, row: int) -> CertRow:
        return self._rows[row]

    def column_texts(self) -> dict[int, list[str]]:
        """The texts of the short columns over every row, for sizing them (the few distinct
        texts of Eligible and Status, each serial number)."""
        yes_no = {self.tr("yes"), self.tr("no")}
        statuses = {self.status_text(status) for status in {r.status for r in self._rows}}
        return {
            self.ELIGIBLE: sorted(yes_no),
            self.SERIAL: [r.serial for r in self._rows if r.serial],
            self.STATUS: sorted(statuses),
        }

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("Participant"),
            self.tr("Eligible"),
            self.tr("Certificate"),
            self.tr("Status"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def status_text(self, status: str) -> str:
        return {
            "valid": self.tr("valid"),
            "revoked": self.tr("revoked"),
            "superseded": self.tr("superseded"),
        }.get(status, "")

    def _texts(self) -> dict[str, str]:
        """The translated words the cells show, looked up once per language."""
        if self._words is None:
            self._words = {
                "yes": self.tr("yes"),
                "no": self.tr("no"),
                **{s: self.status_text(s) for s in ("valid", "revoked", "superseded")},
            }
        return self._words

    def _look(self, row: int, column: int) -> tuple[Any, Any]:
        """(display, foreground) of a cell: all that painting asks."""
        r = self._rows[row]
        words = self._texts()
        if column == self.NAME:
            return (r.full_name, None)
        if column == self.ELIGIBLE:
            return (words["yes"] if r.eligible else words["no"], _GREEN if r.eligible else _RED)
        if column == self.SERIAL:
            return (r.serial, None)
        if column == self.STATUS:
            withdrawn = r.status in ("revoked", "superseded")
            return (words.get(r.status, ""), _RED if withdrawn else None)
        return (None, None)

    def multiData(self, index: _Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        """Every role Qt asks of a cell, in one call into Python (the delegate asks seven at
        once for each cell it paints; behind a busy worker each call into Python from the
        window's thread can wait for the interpreter, see ui/responsiveness.py)."""
        row, column = index.row(), index.column()
        look = (
            self._look(row, column)
            if index.isValid() and 0 <= row < len(self._rows)
            else (None, None)
        )
        for role_data in roles:
            role = role_data.role()
            if role == _DISPLAY:
                value = look[0]
            elif role == _FOREGROUND:
                value = look[1]
            elif role == _TOOLTIP:
                value = self.data(index, role)
            else:
                value = None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._look(index.row(), column)[0]
        if role == _FOREGROUND:
            return self._look(index.row(), column)[1]
        if role == _TOOLTIP:
            if column == self.ELIGIBLE and not r.eligible:
                return reason_text(r.reasons)
            if column == self.SERIAL and r.code:
                return self.tr("Verification code: %1").replace("%1", r.code)
            return None
        return None
