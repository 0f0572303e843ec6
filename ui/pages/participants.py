"""Participants: the whole roster, searchable and sortable, with a detail pane.

A person just added is selected and scrolled to once the roster is searched again (the rows
up to theirs are fetched; a search that leaves them out is cleared).

With nobody to list, the table gives way to what to do: in a file with no participants, the
next step (import a spreadsheet with File › Import participants…, or Add…); when a search finds
nobody, "Nobody matches «…»" and a button that clears the search. The table is back as soon as a
search matches someone.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.operations import Operation
from ui.pages.base import Page, empty_state
from ui.pages.participant_form import ParticipantDialog
from ui.pages.participants_model import (
    COL_EMAIL,
    COL_GENDER,
    COL_LATIN,
    COL_NAME,
    COL_ORGANIZATION,
    COL_POSITION,
    ParticipantsModel,
)
from ui.pages.table_fit import FitToWidth


class ParticipantsPage(Page):
    def __init__(self, db, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, parent)
        self.model = ParticipantsModel(db, self)
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search by name, e-mail, organisation, position or country (Ctrl+F)")
        )
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.table = QTableView()
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # The organisation takes the room the other columns leave; on a narrow screen the
        # position, e-mail and Latin name give up width too (ending in "…", whole in the tooltip):
        # no sideways scrolling at 1366 pixels, in any language.
        self.fit = FitToWidth(
            self.table, COL_ORGANIZATION, shrink=(COL_POSITION, COL_EMAIL, COL_LATIN)
        )
        self.detail = QTextBrowser()
        self.detail.setObjectName("participantDetail")
        self.detail.setOpenLinks(False)
        # (Shown while nothing is chosen: the pane is never a blank box.)
        self.detail.setPlaceholderText(
            self.tr(
                "Select a participant to see their details, cohorts and certificates here. "
                "Double-click a row or press Edit… to change them."
            )
        )

        # In the table's place when nobody is listed (as the Attendance and Certificates pages).
        self.clear_search_button = QPushButton(self.tr("Clear the search"))
        self.clear_search_button.setObjectName("clearParticipantSearch")
        self.empty_page, self.empty_note = empty_state(
            "participantsEmpty", self.clear_search_button
        )
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_page)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([480, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.model.set_filter)
        self.model.loaded.connect(self._on_loaded)
        self.model.edited.connect(lambda person: self._show_detail(person.id))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.clear_search_button.clicked.connect(self._clear_search)
        self._detail_generation = 0
        self._fitted = False
        self._reveal_id: int | None = None  # a person just added: selected once listed
        self._reveal_cleared_search = False
        self.model.rowsInserted.connect(lambda *_args: self._reveal())
        self._update_buttons()

    # -- Page API ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()

    def wants(self, changes: Any) -> bool:
        if changes is self.model.own_changes:
            return False
        return bool(
            changes.participants
            or changes.enrollments
            or changes.certificates
            or changes.attendance
        )

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # -- reactions ---------------------------------------------------------------------------
    def _on_loaded(self, total: int) -> None:
        self.count.setText(self.tr("%Ln people", "", total))
        if not self._fitted and self.model.rowCount():
            # Once, on the first rows shown (a page of them, however long the roster): later
            # searches keep the widths.
            self._fitted = True
            texts: dict[int, list[str]] = dict(self.model.sample_texts())
            texts[COL_GENDER] = [
                self.model.gender_label(g) for g in ("female", "male", "unspecified")
            ]
            self.fit.measure(texts)
        self.detail.clear()
        self._show_table_or_note(total)
        self._update_buttons()
        self._reveal()

    def _show_table_or_note(self, total: int) -> None:
        """The table when the search lists someone; else what to do, in the table's place."""
        # (The details pane has nothing to show either: the note takes the page.)
        self.detail.setVisible(bool(total))
        if total:
            self.table_stack.setCurrentWidget(self.table)
            return
        searched = self.model_filter()
        if searched:
            self.empty_note.setText(self.tr("Nobody matches «%1».").replace("%1", searched))
            self.clear_search_button.show()
        else:
            self.empty_note.setText(
                self.tr(
                    "No participants in this file yet. Import a list from a spreadsheet with "
                    "%1 (%2), or press %3 to add people one at a time."
                )
                .replace("%1", self.import_menu_path())
                .replace(
                    "%2", QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText)
                )
                .replace("%3", menu_words(self.add_button.text()))
            )
            self.clear_search_button.hide()
        self.table_stack.setCurrentWidget(self.empty_page)

    def model_filter(self) -> str:
        """The search the listed rows answer (as typed, surrounding spaces dropped)."""
        return self.search.text().strip()

    @staticmethod
    def import_menu_path() -> str:
        """ "File › Import participants…" in the words of the window's own menu."""
        words = [
            QCoreApplication.translate("MainWindow", "&File"),
            QCoreApplication.translate("MainWindow", "&Import participants…"),
        ]
        return " › ".join(menu_words(w) for w in words)

    def _clear_search(self) -> None:
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, participant_id: int) -> None:
        """Select and show ``participant_id`` when the roster is next loaded (after the change
        that added them)."""
        self._reveal_id = participant_id
        self._reveal_cleared_search = False

    def _reveal(self) -> None:
        participant_id = self._reveal_id
        if participant_id is None or self.model.searching:
            return
        if self.model.position_of(participant_id) < 0:  # not among the matches
            if self.search.text() and not self._reveal_cleared_search:
                self._reveal_cleared_search = True
                self.search.clear()  # (searches again: back here once loaded)
            else:
                self._reveal_id = None
            return
        row = self.model.row_of(participant_id)
        if row < 0:  # further down than the rows fetched so far: fetch the next ones
            if self.model.canFetchMore():
                self.model.fetchMore()
            return  # (back here when they are inserted)
        self._reveal_id = None
        index = self.model.index(row, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.participant(index.row()).id

    def _update_buttons(self) -> None:
        has = self._current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_current(self, current: Any, _previous: Any) -> None:
        self._update_buttons()
        if current.isValid():
            self._show_detail(self.model.participant(current.row()).id)

    def _show_detail(self, participant_id: int) -> None:
        self._detail_generation += 1
        generation = self._detail_generation

        def work(ws: Any) -> Any:
            from course_manager.services.roster import participant_detail

            return participant_detail(ws, participant_id)

        def show(detail: Any) -> None:
            if generation == self._detail_generation:
                self.detail.setHtml(self.detail_html(detail))

        self.op(work).success(show).run()

    def detail_html(self, detail: Any) -> str:
        p = detail.participant
        esc = html.escape
        lines = [f"<h3>{esc(p.full_name)}</h3>"]
        facts = [
            (self.tr("Name (Latin)"), p.full_name_latin),
            (self.tr("E-mail"), p.email or ""),
            (self.tr("Country"), p.country or ""),
            (self.tr("Organisation"), p.organization),
            (self.tr("Position"), p.position),
            (self.tr("Gender"), self.model.gender_label(str(p.gender.value))),
        ]
        lines.append("<table cellspacing=2>")
        for label, value in facts:
            if value:
                lines.append(f"<tr><td><b>{esc(label)}</b>&nbsp;</td><td>{esc(value)}</td></tr>")
        lines.append("</table>")
        cohorts_heading = self.tr("Cohorts")
        lines.append(f"<h4>{esc(cohorts_heading)}</h4>")
        if detail.cohorts:
            lines.append("<table cellspacing=4>")
            for c in detail.cohorts:
                status = self.tr("enrolled") if c.status == "enrolled" else self.tr("withdrawn")
                hours = (
                    self.tr("%1 of %2 hours attended")
                    .replace("%1", i18n.decimal(c.attended_hours))
                    .replace("%2", i18n.decimal(c.total_hours))
                )
                lines.append(
                    f"<tr><td><b>{esc(c.code)}</b></td><td>{esc(c.title)}</td>"
                    f"<td>{esc(status)}</td><td>{esc(hours)}</td></tr>"
                )
            lines.append("</table>")
        else:
            none_text = self.tr("Not enrolled in any cohort.")
            lines.append(f"<p>{esc(none_text)}</p>")
        certificates_heading = self.tr("Certificates")
        lines.append(f"<h4>{esc(certificates_heading)}</h4>")
        if detail.certificates:
            lines.append("<ul>")
            for k in detail.certificates:
                state = self.tr("valid") if k.valid else self.tr("revoked or replaced")
                lines.append(
                    f"<li>{esc(k.serial)} · {esc(k.cohort_code)} · {esc(k.issue_date)}"
                    f" · {esc(state)}</li>"
                )
            lines.append("</ul>")
        else:
            none_text = self.tr("No certificates yet.")
            lines.append(f"<p>{esc(none_text)}</p>")
        return "\n".join(lines)

    # -- actions -----------------------------------------------------------------------------
    def add_participant(self) -> None:
        dialog = ParticipantDialog(None, self)

        def save() -> Any:
            values = dialog.values()

            def work(ws: Any) -> Any:
                from course_manager.services.participants import add_participant

                return add_participant(ws, values)

            return work

        def saved(outcome: Any) -> None:  # (runs before the roster hears of the change)
            self.status.emit(self.tr("Added %1").replace("%1", outcome.value.full_name))
            self.reveal(outcome.value.id)

        dialog.save_with(self.db, save)
        dialog.saved.connect(saved)
        dialog.open()
        self._dialog = dialog

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        person = self.model.participant(index.row())
        dialog = ParticipantDialog(person, self)

        def save() -> Any:
            values = dialog.values()

            def work(ws: Any) -> Any:
                from course_manager.services.participants import edit_participant

                return edit_participant(ws, person.id, values)

            return work

        dialog.save_with(self.db, save)
        dialog.saved.connect(lambda outcome: self.model.replace(outcome.value, outcome.changes))
        dialog.open()
        self._dialog = dialog

    def delete_current(self) -> None:
        pid = self._current_id()
        if pid is None:
            return
        from PySide6.QtWidgets import QMessageBox

        person = self.model.participant(self.table.currentIndex().row())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete participant"),
            self.tr("Delete %1? People enrolled in a cohort are withdrawn instead.").replace(
                "%1", person.full_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("deleteParticipantDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed ("<b>Ann</b>" stays so)

        def done(_result: int) -> None:
            if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
                return

            def work(ws: Any) -> Any:
                from course_manager.services.participants import delete_participant

                return delete_participant(ws, pid)

            Operation(work, db=self.db, parent=self).run()

        box.finished.connect(done)
        box.open()


def menu_words(text: str) -> str:
    """A menu item's text as read: without its mnemonic ("&File", "참가자 가져오기(&I)…")."""
    shown = ""
    i = 0
    while i < len(text):
        if text.startswith("(&", i) and i + 3 < len(text) and text[i + 3] == ")":
            i += 4  # "(&I)": the mnemonic alone in brackets, as in Korean and Chinese
        elif text[i] == "&":
            shown += text[i + 1 : i + 2]  # "&&" is one "&"; "&F" is "F"
            i += 2
        else:
            shown += text[i]
            i += 1
    return shown
