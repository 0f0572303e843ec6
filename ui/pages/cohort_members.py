"""The Cohorts page's "Participants" box: the cohort's members (a lazy table model, see
:mod:`ui.pages.cohort_members_model`), how many are enrolled, and Enroll / Withdraw.

Its texts keep the Cohorts page's translation context ("CohortsPage"), where they always were.

Signals:
    status(str): what an enrollment did ("3 enrolled, 1 already were"), for the page's bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.operations import Operation
from ui.pages.cohort_dialogs import EnrollDialog
from ui.pages.cohort_members_model import CohortMembersModel, members_view, show_members
from ui.text import literal


class CohortMembersBox(QGroupBox):
    status = Signal(str)

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CohortsPage", "Participants"), parent)
        self.db = db
        self.cohort_id: int | None = None  # whose members are shown (None: nobody's)
        self.model = CohortMembersModel(self)
        self.view = members_view(self.model)
        enroll = QPushButton(QCoreApplication.translate("CohortsPage", "Enroll…"))
        withdraw = QPushButton(QCoreApplication.translate("CohortsPage", "Withdraw…"))
        enroll.clicked.connect(self.enroll)
        withdraw.clicked.connect(self.withdraw)
        self.count = QLabel()
        row = QHBoxLayout()
        row.addWidget(enroll)
        row.addWidget(withdraw)
        row.addStretch(1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)

    # -- showing ------------------------------------------------------------------------------
    def show_members(
        self, cohort_id: int, members: list[Any], longest: dict[int, list[str]] | None = None
    ) -> None:
        """Show the cohort's members, ``(Participant, status)`` pairs read on the worker, and
        ``longest``, their longest texts picked out there too (the page words how many are
        enrolled in :attr:`count`: its numerus text is the page's)."""
        self.cohort_id = cohort_id
        show_members(self.view, self.model, members, longest)

    def clear(self) -> None:
        """Nobody's members (no cohort shown, or one still loading)."""
        self.cohort_id = None
        self.model.clear()
        self.count.clear()

    def selected_members(self) -> list[Any]:
        if self.cohort_id is None:
            return []
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.member(r) for r in rows]

    # -- enroll and withdraw ------------------------------------------------------------------
    def enroll(self) -> None:
        if self.cohort_id is None:
            return
        cohort_id = self.cohort_id
        dialog = EnrollDialog(self.db, self)

        def save() -> None:
            ids = dialog.chosen_ids()

            def work(ws: Any) -> Any:
                from course_manager.services.participants import enroll_participants

                return enroll_participants(ws, cohort_id, ids)

            Operation(work, db=self.db, parent=self).success(self._enrolled).run()

        dialog.accepted.connect(save)
        dialog.open()

    def _enrolled(self, outcome: Any) -> None:
        count = outcome.value
        self.status.emit(
            QCoreApplication.translate("CohortsPage", "%1 enrolled, %2 already were")
            .replace("%1", i18n.number(count.changed))
            .replace("%2", i18n.number(count.unchanged))
        )

    def withdraw(self) -> None:
        people = self.selected_members()
        if not people or self.cohort_id is None:
            return
        cohort_id = self.cohort_id
        names = ", ".join(p.full_name for p in people[:3])
        if len(people) > 3:
            names = (
                QCoreApplication.translate("CohortsPage", "%1 and %2 more")
                .replace("%1", names)
                .replace("%2", i18n.number(len(people) - 3))
            )
        ask = QInputDialog(self)
        ask.setWindowTitle(QCoreApplication.translate("CohortsPage", "Withdraw"))
        ask.setLabelText(
            literal(
                QCoreApplication.translate(
                    "CohortsPage", "Withdraw %1 from this cohort. Reason (kept in the record):"
                ).replace("%1", names)
            )
        )
        # Long names wrap instead of widening the question past the screen.
        for label in ask.findChildren(QLabel):
            label.setWordWrap(True)
        ask.setMinimumWidth(min(560, self.screen().availableGeometry().width() - 40))
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        self.withdraw_people([p.id for p in people], cohort_id, ask.textValue())

    def withdraw_people(self, ids: list[int], cohort_id: int, reason: str) -> None:
        def work(ws: Any) -> Any:
            from course_manager.services.participants import withdraw_participants

            return withdraw_participants(ws, cohort_id, ids, reason)

        Operation(work, db=self.db, parent=self).run()
