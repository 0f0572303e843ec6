"""Certificates: who is eligible, preflight warnings, a preview of the real PDF, issue, print,
open the output folder, reissue and revoke, and a verify box.

All work goes through the certificates and verification services on the database worker;
issuing is a generator service, so it shows progress with Cancel (its transaction rolls back).
Every change comes back as the service's Outcome, whose Changes the worker announces.

Issuing asks once, saying what will happen (how many, template, paper, who signs, the logos,
the first serial); with the template's placeholder signatories or logos it warns and offers a
SPECIMEN print instead (:mod:`course_manager.services.certificates.placeholders`).

Printing is the print service's (``certificates print`` on the command line): the selected
people's certificates (one person from the context menu) drawn into one vector job of only
those pages, offsets from the settings, the system queue, with progress and Cancel. Only where
no queue exists does the app print the service's prepared file through Qt, page by page on the
worker (:func:`ui.pdf_print.print_pages`).
"""

from __future__ import annotations

import dataclasses
import html
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs, i18n
from ui.message_text import join
from ui.page_preview import PagePreview, render_page
from ui.pages.base import Page
from ui.pages.certificates_data import CertificatesModel, load_cohort, reason_text
from ui.pages.table_fit import CutTextToolTips, fit_columns
from ui.responsiveness import unhook_header_from_selection
from ui.text import literal

#: Why someone is passed over that is no news: not completed (yet), already holds one.
ROUTINE_SKIPS = ("certificates.skip.not_completed", "certificates.skip.already_holds")


def unbroken(code: str) -> str:
    """A cohort code or serial number as shown in running text: its hyphens do not break
    ("2026-AST-01" never ends a line at "2026-"). Only for display: U+2011 NON-BREAKING HYPHEN
    looks the same, but a code copied from here is no longer the code."""
    return code.replace("-", "\u2011")


def _skip_code(skipped: Any) -> str | None:
    return skipped.why.code if skipped.why is not None else None


def revoke_question_with_error(question: str, error: str) -> str:
    """The revoke question with why OK did not revoke under it, as a form shows a refused
    field's message (in the error colour, right above the reason it concerns); the question
    (a name as typed: "Tom & Jerry <x>") and the message are shown literally."""
    return (
        "<qt><p style='white-space:pre-wrap'>"
        + html.escape(question, quote=False)
        + f"</p><p style='color:{dialogs.ERROR_COLOUR}; white-space:pre-wrap'>"
        + html.escape(error, quote=False)
        + "</p></qt>"
    )


class CertificatesPage(Page):
    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.data: Any = None
        self.last_batch: Path | None = None
        self.last_batch_cohort: int | None = None  # the cohort that batch belongs to
        self.preview_path: Path | None = None
        self.last_verdicts: list[Any] = []
        self.last_result: Any = None
        self.last_print: Any = None
        self.print_operation: Any = None  # the Qt print job running (no system queue)
        self.confirmation: QMessageBox | None = None  # the issue confirmation while it is open
        self._tmp = tempfile.TemporaryDirectory(prefix="cm-preview-")
        self._preview_serial = 0
        self._preview_key: tuple[Any, ...] | None = None
        self._file_serial = 0  # counts the files opened: a load for an earlier file is dropped
        db.opened.connect(self._forget_file)

        self.cohort_box = QComboBox()
        self.cohort_box.currentTextChanged.connect(
            lambda shown: self.cohort_box.setToolTip(literal(shown))  # a title as typed
        )
        self.cohort_box.setMinimumContentsLength(22)
        self.cohort_box.currentIndexChanged.connect(self._load)
        self.template_box = QComboBox()
        self.template_box.currentIndexChanged.connect(self._load)
        self.model = CertificatesModel(self)
        self.view = QTableView()
        self.view.setObjectName("certificateList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        # The name stretches; the others fit their content when a cohort is loaded (a serial
        # number never wraps), measured from the loaded texts: a ResizeToContents header would
        # read 1,000 rows through the model on the window's thread at every reset.
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        unhook_header_from_selection(self.view)  # Select All: 0.3 s in Qt's header otherwise
        self.view.setWordWrap(False)
        # A name cut to fit ("…Остроградская-О…") shows whole, as typed, in its tooltip.
        self.view.setItemDelegate(CutTextToolTips(self.view))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_preview())
        # Labels that show names, reasons and titles as typed: plain text, never markup.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setObjectName("preflight")

        self.issue_button = QPushButton(self.tr("&Issue to everyone eligible"))
        self.issue_button.clicked.connect(lambda: self.issue(selected_only=False))
        self.issue_selected_button = QPushButton(self.tr("Issue to &selected"))
        self.issue_selected_button.clicked.connect(lambda: self.issue(selected_only=True))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(
            self.tr("Print the selected people's certificates (select all to print the cohort)")
        )
        self.print_button.clicked.connect(lambda: self.print_dialog())
        self.folder_button = QPushButton(self.tr("Open output &folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.email_button = QPushButton(self.tr("&E-mail…"))  # ui/pages/certificate_email.py
        self.email_button.clicked.connect(self.email_dialog)
        self.ob3_button = QPushButton(self.tr("Open &Badges…"))
        self.ob3_button.setToolTip(
            self.tr(
                "Save the selected people's certificates as Open Badges 3.0 credentials, "
                "for wallets and learning records (none selected: the whole cohort's)"
            )
        )
        self.ob3_button.clicked.connect(lambda: self.export_badges())
        self.reissue_button = QPushButton(self.tr("Re&issue…"))
        self.reissue_button.setToolTip(
            self.tr("A new certificate with the current name; the old one is kept as superseded")
        )
        self.reissue_button.clicked.connect(self.reissue_selected)
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.clicked.connect(self.revoke_dialog)

        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-50.0, 50.0)
            spin.setDecimals(1)
            spin.setSuffix(" " + self.tr("mm", "millimetres, after a number"))
            spin.editingFinished.connect(self._save_offsets)

        self.verify_edit = QLineEdit()
        self.verify_edit.setPlaceholderText(self.tr("Serial number, verification code or QR text"))
        self.verify_edit.returnPressed.connect(lambda: self.verify(self.verify_edit.text()))
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.clicked.connect(lambda: self.verify(self.verify_edit.text()))
        self.verify_pdf_button = QPushButton(self.tr("Open a P&DF…"))
        self.verify_pdf_button.clicked.connect(self._verify_pdf_dialog)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        # Plain text: a genuine "Tom &amp; Jerry" must not read "Tom & Jerry" (nor "<b>Ann</b>"
        # as a bold "Ann"), and its two sentences keep their line break.
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setObjectName("verdict")
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # The certificate as a picture rendered on the worker (a QPdfView renders on the
        # window's thread, and blocked it while the worker rendered the next one).
        self.preview = PagePreview()
        self.preview.setObjectName("certificatePreview")
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        # In the preview's place when there is nothing to preview: what to do first.
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("certificatesEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setMargin(24)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.empty_hint)

        self._layout()
        self._show_nothing("")

    def _layout(self) -> None:
        choose = QFormLayout()
        choose.addRow(self.tr("&Cohort:"), self.cohort_box)
        choose.addRow(self.tr("&Template:"), self.template_box)
        actions = QHBoxLayout()
        for button in (self.issue_button, self.issue_selected_button):
            actions.addWidget(button)
        actions.addStretch(1)
        # Two rows of three: one row of six left the preview a strip at 1366x768.
        more = QGridLayout()
        for at, button in enumerate(
            (
                self.print_button,
                self.reissue_button,
                self.revoke_button,
                self.email_button,
                self.ob3_button,
                self.folder_button,
            )
        ):
            more.addWidget(button, at // 3, at % 3)
        more.setColumnStretch(3, 1)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("Print offsets: right")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("down")))
        offsets.addWidget(self.offset_y)
        offsets.addStretch(1)
        verify_group = QGroupBox(self.tr("Verify a certificate"))
        verify_layout = QVBoxLayout(verify_group)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_edit, 1)
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.verify_pdf_button)
        verify_layout.addLayout(verify_row)
        verify_layout.addWidget(self.verdict)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(choose)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.warnings)
        left_layout.addLayout(actions)
        left_layout.addLayout(more)
        left_layout.addLayout(offsets)
        left_layout.addWidget(verify_group)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview_stack, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- loading ----------------------------------------------------------------------------
    def wants(self, changes: Any) -> bool:
        return bool(changes.any)

    def refresh(self) -> None:
        def work(ws: Any) -> Any:
            # (imported here, on the worker: the certificates services are many modules)
            from course_manager.services.certificates.sheet import (
                available_templates,
                default_template,
            )

            return ws.cohorts.list(), available_templates(), default_template(ws)

        self.op(work).success(self._cohorts_loaded).run()

    def _cohorts_loaded(self, loaded: Any) -> None:
        cohorts, names, default = loaded
        current = self.cohort_box.currentData()
        template = self.template_box.currentData() or default
        for box in (self.cohort_box, self.template_box):
            box.blockSignals(True)
            box.clear()
        for cohort in cohorts:
            label = f"{cohort.code} — {cohort.title}" if cohort.title else cohort.code
            self.cohort_box.addItem(label, int(cohort.id))
        self.cohort_box.setCurrentIndex(max(self.cohort_box.findData(current), 0))
        from ui.message_text import template_title

        for name in names:  # shown by its translated title, chosen by its name
            self.template_box.addItem(template_title(name), name)
        if template in names:
            self.template_box.setCurrentIndex(self.template_box.findData(template))
        for box in (self.cohort_box, self.template_box):
            box.blockSignals(False)
        self._load()

    def template(self) -> str | None:
        return self.template_box.currentData() or None

    def select_cohort(self, cohort_id: int) -> None:
        self.cohort_box.setCurrentIndex(self.cohort_box.findData(cohort_id))

    def _load(self, *_args: Any) -> None:
        cohort_id = self.cohort_box.currentData()
        if cohort_id is None:
            self._show_nothing(
                self.tr("There is no cohort yet. Create one on the Cohorts page, then import "
                        "or add its participants; their certificates are made here.")
            )  # fmt: skip
            return
        template, serial = self.template(), self._file_serial
        self.op(lambda ws: load_cohort(ws, cohort_id, template)).success(
            lambda data: self._loaded(data, serial)
        ).run()

    def _forget_file(self, _path: object = None) -> None:
        """Another file was opened (or a new one made): nothing of the one before stays on
        the page (its people, serials, preview, verify result, last batch, message), and its
        cohort and template choices are not carried over; the page then loads the new file."""
        self._file_serial += 1
        for box in (self.cohort_box, self.template_box):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.verify_edit.clear()
        self.verdict.clear()
        self.last_verdicts = []
        self.last_result = None
        self.last_batch = None
        self.last_batch_cohort = None
        self.message_bar.dismiss()  # (what was said about the file before)
        self._show_nothing("")

    def _show_nothing(self, hint: str) -> None:
        """No cohort to show: an empty list, no counts, no preview; ``hint`` in the
        preview's place."""
        shown: list[Any] = [self.data]
        self.data = None
        shown.append(self.model.load([]))
        self.db.let_go(shown)
        self.summary.clear()
        self.warnings.clear()
        self._clear_preview()
        self.empty_hint.setText(hint)
        self.preview_stack.setCurrentWidget(self.empty_hint)
        self._enable_actions()

    def _clear_preview(self) -> None:
        self._preview_key = None
        self.preview_path = None
        self.preview_label.clear()
        self.preview.clear()

    def _enable_actions(self) -> None:
        """What needs a cohort's people is enabled only when there are some."""
        people = self.data is not None and bool(self.data.rows)
        for button in (
            self.issue_button,
            self.issue_selected_button,
            self.reissue_button,
            self.revoke_button,
            self.print_button,
            self.email_button,
            self.ob3_button,
        ):
            button.setEnabled(people)
        self.folder_button.setEnabled(self.data is not None)

    def _loaded(self, data: Any, file_serial: int | None = None) -> None:
        if file_serial is not None and file_serial != self._file_serial:
            return  # loaded from the file open before
        if data.cohort_id != self.cohort_box.currentData():
            return
        row = self.view.currentIndex().row()
        shown: list[Any] = [self.data]  # the cohort shown until now: freed on the worker
        self.data = data
        shown.append(self.model.load(data.rows))
        self.db.let_go(shown)
        fit_columns(self.view, self.model.column_texts(), skip=(CertificatesModel.NAME,))
        eligible = sum(1 for r in data.rows if r.eligible)
        holders = sum(1 for r in data.rows if r.status == "valid")
        self.summary.setText(
            self.tr("%1 of %2 completed; %3 hold a valid certificate.")
            .replace("%1", i18n.number(eligible))
            .replace("%2", i18n.number(len(data.rows)))
            .replace("%3", i18n.number(holders))
        )
        if data.warnings:
            self.warnings.setText(
                self.tr("Preflight: these texts cannot be printed:")
                + "\n"
                + join(data.warnings, "\n")
            )
            self.warnings.setStyleSheet("color: #a11d1d;")
        else:
            self.warnings.setText(
                self.tr("Preflight: every name can be drawn by the bundled fonts.")
            )
            self.warnings.setStyleSheet("color: #1d6b1d;")
        for spin, value in ((self.offset_x, data.offsets[0]), (self.offset_y, data.offsets[1])):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._enable_actions()
        if self.model.rowCount():
            self.preview_stack.setCurrentWidget(self.preview)
            self.view.selectRow(min(max(row, 0), self.model.rowCount() - 1))
            self.show_preview()
        else:
            self._clear_preview()
            self.empty_hint.setText(
                self.tr("No participants in this cohort yet. Import a spreadsheet or add them "
                        "on the Participants page; their certificates are made here.")
            )  # fmt: skip
            self.preview_stack.setCurrentWidget(self.empty_hint)

    # -- preview ----------------------------------------------------------------------------
    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows]

    def current_row(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def show_preview(self) -> None:
        row = self.current_row()
        if row is None or self.data is None:
            return
        cohort_id, template = self.data.cohort_id, self.template()
        key = (self._file_serial, cohort_id, row.participant_id, template, row.serial, row.status)
        if key == self._preview_key:
            return
        self._preview_key = key
        self._preview_serial += 1
        out = Path(self._tmp.name) / f"preview-{self._preview_serial}.pdf"
        self.preview_label.setText(self.tr("Rendering %1…").replace("%1", row.full_name))

        def done(made: tuple[Path, QImage]) -> None:
            # Shown while it is still the one asked for: the same person, serial and status
            # (a reload in between makes new rows, equal ones: their preview is this one).
            shown = self.current_row()
            if self._preview_key != key or shown is None:
                return
            self.preview_path, picture = made
            self.preview.set_image(picture)
            self.preview_label.setText(self._preview_heading(shown))

        from course_manager.services.certificates.previews import preview_file

        def make(ws: Any) -> tuple[Path, QImage]:
            path = preview_file(ws, cohort_id, row.participant_id, template, out)
            return path, render_page(path)

        self.op(make).success(done).run()

    def _preview_heading(self, row: Any) -> str:
        """What the preview shows, above it."""
        if row.status == "valid":
            return self.tr("Certificate %1 as issued").replace("%1", row.serial)
        if row.status in ("revoked", "superseded"):
            return self._withdrawn_text(row)
        if row.eligible:
            return self.tr("Preview: not issued yet (serial and QR code come when issued)")
        return (
            self.tr("Preview only: %1 has not completed (%2)")
            .replace("%1", row.full_name)
            .replace("%2", reason_text(row.reasons))
        )

    def _withdrawn_text(self, row: Any) -> str:
        """The preview's heading for someone whose certificate was revoked (when, why) or
        replaced: the preview then shows the certificate a new issue would make."""
        if row.status == "revoked":
            said = (
                self.tr("Certificate %1 was revoked on %2: %3")
                .replace("%1", row.serial)
                .replace("%2", row.revoked_at[:10])
                .replace("%3", row.revoke_reason)
                if row.revoked_at and row.revoke_reason
                else self.tr("Certificate %1 revoked").replace("%1", row.serial)
            )
        else:
            said = self.tr("Certificate %1 was replaced by a newer one").replace("%1", row.serial)
        if row.eligible:
            return said + ". " + self.tr("Preview of a new certificate: not issued yet")
        return (
            said + ". " + self.tr("%1 has not completed (%2)")
            .replace("%1", row.full_name)
            .replace("%2", reason_text(row.reasons))
        )  # fmt: skip

    # -- issuing ----------------------------------------------------------------------------
    def issue(self, *, selected_only: bool, confirm: bool = True) -> Any:
        """Issue after one confirmation that says what will happen (how many, template,
        paper, who signs, the logos, the first serial); with placeholder content it warns and
        offers a SPECIMEN print instead. ``confirm=False``: issue at once (placeholders
        allowed; for tests and callers that asked already)."""
        from course_manager.services.certificates.placeholders import issue_plan

        if self.data is None:
            return None
        rows = self.selected_rows() if selected_only else self.data.rows
        targets = [r for r in rows if r.eligible and r.status != "valid"]
        if selected_only and not rows:
            return None
        if not confirm:
            return self._issue_now(rows if selected_only else None, allow_placeholders=True)
        if not targets:
            self.status.emit(self.tr("Nobody here is waiting for a certificate"))
            return None
        code, template = self.data.cohort_code, self.template()
        return (
            self.op(lambda ws: issue_plan(ws, code, template))
            .success(lambda plan: self._confirm_issue(plan, targets, rows, selected_only))
            .run()
        )

    def _confirm_issue(
        self, plan: Any, targets: list[Any], rows: list[Any], selected_only: bool
    ) -> None:
        from course_manager.services.certificates.placeholders import summary
        from ui.message_text import template_title, text

        content = plan.content
        lines = [
            self.tr("Issue signed, numbered certificates for cohort %1?").replace(
                "%1", unbroken(self.data.cohort_code)
            ),
            self.tr("Certificates to issue: %1").replace("%1", i18n.number(len(targets))),
            "",
            self.tr("Template: %1").replace("%1", template_title(plan.template)),
            self.tr("Paper: %1").replace("%1", plan.paper),
            self.tr("Signed by: %1").replace("%1", ", ".join(content.signatories) or "—"),
            self.tr("Logos: %1").replace("%1", ", ".join(content.logos) or "—"),
            self.tr("First serial number: %1").replace("%1", plan.first_serial),
        ]
        box = QMessageBox(self)
        box.setObjectName("issueConfirmation")
        box.setWindowTitle(self.tr("Issue certificates"))
        box.setIcon(QMessageBox.Icon.Question)
        if content.placeholders:
            box.setIcon(QMessageBox.Icon.Warning)
            lines += [
                "",
                self.tr("Placeholder content would print:"),
                *(f"• {text(m)}" for m in summary(list(content.placeholders))),
                "",
                self.tr("Set the real signatories and logos in Settings first. A SPECIMEN print "
                        "shows the certificate without using a serial number."),
            ]  # fmt: skip
            specimen = box.addButton(
                self.tr("Print a &specimen"), QMessageBox.ButtonRole.ActionRole
            )
            issue = box.addButton(self.tr("Issue &anyway"), QMessageBox.ButtonRole.AcceptRole)
        else:
            specimen = None
            issue = box.addButton(self.tr("&Issue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(
            specimen if specimen is not None else issue  # type: ignore[arg-type]
        )
        box.setText(literal("\n".join(lines)))  # signatories and logos as typed
        self.confirmation = box
        box.exec()
        clicked = box.clickedButton()
        self.confirmation = None
        if clicked is issue:
            self._issue_now(rows if selected_only else None, allow_placeholders=True)
        elif specimen is not None and clicked is specimen:
            self.print_specimen()

    def _issue_now(self, rows: list[Any] | None, *, allow_placeholders: bool) -> Any:
        from course_manager.services.certificates.issuing import issue_certificates

        assert self.data is not None
        code = self.data.cohort_code
        people = [str(r.participant_id) for r in rows] if rows is not None else None
        template = self.template()

        def work(ws: Any) -> Any:
            # The output folder and the merged file: the settings, as on the command line.
            return (
                yield from issue_certificates(
                    ws,
                    code,
                    participants=people,
                    template=template,
                    allow_placeholders=allow_placeholders,
                )
            )

        return (
            self.op(work)
            .with_progress(self.tr("Issuing certificates…"))
            .success(self._issued)
            .run()
        )

    def print_specimen(self) -> Any:
        """A SPECIMEN of the certificate as it would print now: no serial used, nothing kept."""
        from course_manager.services.certificates.previews import specimen_file

        if self.data is None:
            return None
        code, template = self.data.cohort_code, self.template()
        out = Path(self._tmp.name) / f"{code}-SPECIMEN.pdf"
        return (
            self.op(lambda ws: specimen_file(ws, code, template, out))
            .success(lambda path: self._print_path(path))
            .run()
        )

    def _print_path(self, path: Path) -> None:
        from course_manager.services.certificates.printing import available_printers

        self.op(lambda _ws: available_printers()).success(
            lambda printers: self._choose_printer_for_file(path, printers)
        ).run()

    def _choose_printer_for_file(self, path: Path, printers: Any) -> None:
        from ui.pdf_print import PrinterChoice

        if not printers.queue:
            self.print_file(path)
            return
        if not printers.names:
            QMessageBox.warning(self, self.tr("Print"), self.tr("No printer is set up on this "
                                "computer. Add one in the system's printer settings, then print "
                                "again."))  # fmt: skip
            return
        dialog = PrinterChoice(
            self, self.tr("Print %1").replace("%1", path.name), printers.names, printers.default
        )
        if dialog.exec() == PrinterChoice.DialogCode.Accepted:
            self.print_file(path, printer=dialog.printer(), copies=dialog.copies())

    def _context_menu(self, pos: Any) -> None:
        row = self.current_row()
        if row is None:
            return
        menu = QMenu(self)
        if row.status == "valid":
            menu.addAction(
                self.tr("Print certificate %1…").replace("%1", row.serial), self.print_one
            )
            menu.addAction(self.tr("Re&issue…"), self.reissue_selected)
            menu.addAction(self.tr("Re&voke…"), self.revoke_dialog)
        elif row.eligible:
            menu.addAction(self.tr("Issue to &selected"), lambda: self.issue(selected_only=True))
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(pos))

    def _issued(self, outcome: Any) -> None:
        result = outcome.value
        self.last_result = result
        if result.merged is not None:
            self.last_batch = Path(result.merged)
            self.last_batch_cohort = self.data.cohort_id if self.data is not None else None
        text, problems = self.issue_summary(result)
        self.status.emit(text)
        if problems:
            self.show_message(text, "warning")
        self.summary.setText(text)
        self._show_not_made(result.skipped)

    def issue_summary(self, result: Any) -> tuple[str, int]:
        """What issuing did, in a coordinator's words, and how many real problems it met:
        "Certificates: 2 issued; 10 already held one, 8 yet to complete the course." Those
        who hold one already or have not completed are counted as such, never as failures;
        only certificates that could not be made are problems (listed in a dialog)."""
        holds = sum(1 for s in result.skipped if _skip_code(s) == ROUTINE_SKIPS[1])
        not_completed = sum(1 for s in result.skipped if _skip_code(s) == ROUTINE_SKIPS[0])
        problems = len(result.skipped) - holds - not_completed
        issued = len(result.issued)
        parts = []
        if holds:
            parts.append(self.tr("%Ln already held one", "", holds))
        if not_completed:
            parts.append(self.tr("%Ln yet to complete the course", "", not_completed))
        if problems:
            parts.append(self.tr("%Ln could not be made", "", problems))
        head = (
            self.tr("Certificates: %Ln issued", "", issued)
            if issued or not parts
            else self.tr("No new certificates issued")
        )
        return head + ("; " + ", ".join(parts) if parts else "") + ".", problems

    def _show_not_made(self, skipped: list[Any]) -> None:
        """Name the people whose certificate could not be made (no font, no room...), with why;
        those not completed or already holding one are no news."""
        from ui.dialogs import show_error

        failed = [s for s in skipped if s.why is not None and _skip_code(s) not in ROUTINE_SKIPS]
        if not failed:
            return
        names = {r.participant_id: r.full_name for r in self.data.rows} if self.data else {}
        lines = [f"{names.get(s.participant_id, s.participant_id)}: {reason_text((s.why,))}"
                 for s in failed]  # fmt: skip
        heading = self.tr("These people were skipped: their certificate cannot be made.")
        self.not_made_box = show_error(self, literal(heading + "\n\n" + "\n".join(lines)))

    def reissue_selected(self) -> None:
        row = self.current_row()
        if row is None or row.status != "valid" or self.data is None:
            self.status.emit(self.tr("Choose a person who holds a valid certificate"))
            return
        self.confirm_reissue(row)

    def confirm_reissue(self, row: Any) -> Any:
        """Ask before reissuing (who, the old serial superseded, a new number given); reissue
        when confirmed."""
        box = QMessageBox(self)
        box.setObjectName("reissueConfirmation")
        box.setWindowTitle(self.tr("Reissue certificate %1").replace("%1", row.serial))
        box.setIcon(QMessageBox.Icon.Question)
        lines = [
            self.tr("Reissue the certificate of %1?").replace("%1", row.full_name),
            "",
            self.tr("Certificate %1 will be marked as superseded and stops being valid.")
            .replace("%1", unbroken(row.serial)),
            self.tr("A new certificate with a new serial number is issued, with the name as it "
                    "is now."),
            self.tr("This cannot be undone."),
        ]  # fmt: skip
        box.setText(literal("\n".join(lines)))
        reissue = box.addButton(self.tr("&Reissue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation = box
        box.exec()
        clicked = box.clickedButton()
        self.confirmation = None
        if clicked is reissue:
            return self.reissue(row.serial)
        return None

    def reissue(self, serial: str) -> Any:
        from course_manager.services.certificates.issuing import reissue

        return (
            self.op(lambda ws: reissue(ws, serial))
            .with_progress(self.tr("Reissuing…"))
            .success(self._issued)
            .run()
        )

    def revoke_dialog(self) -> None:
        row = self.current_row()
        if row is None or row.status != "valid":
            self.status.emit(self.tr("Choose a person who holds a valid certificate"))
            return
        question = (
            self.tr("Why is certificate %1 of %2 revoked?")
            .replace("%1", unbroken(row.serial))
            .replace("%2", row.full_name)
        )
        label, reason = literal(question), ""
        while True:  # OK with no reason asks again, keeping what was typed, and says why
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Revoke %1").replace("%1", row.serial),
                label,
                QLineEdit.EchoMode.Normal,
                reason,
            )
            if not ok:
                return
            if reason.strip():
                self.revoke(row.serial, reason)
                return
            label = revoke_question_with_error(
                question,
                self.tr("A reason is required: it is shown to whoever checks this certificate."),
            )

    def revoke(self, serial: str, reason: str) -> Any:
        from course_manager.services.certificates.issuing import revoke

        return (
            self.op(lambda ws: revoke(ws, serial, reason))
            .success(
                lambda _o: self.status.emit(self.tr("Certificate %1 revoked").replace("%1", serial))
            )
            .run()
        )

    # -- output -----------------------------------------------------------------------------
    def open_folder(self) -> None:
        if self.data is None:
            return
        folder = self.data.output_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _save_offsets(self) -> Any:
        from course_manager.services.certificates.printing import save_print_offsets

        x, y = self.offset_x.value(), self.offset_y.value()
        if self.data is not None and self.data.offsets == (x, y):
            return None
        if self.data is not None:
            self.data.offsets = (x, y)
        return self.op(lambda ws: save_print_offsets(ws, x, y)).run()

    def print_serials(self) -> list[str]:
        """The certificates Print prints: the selected people's valid ones (the current row's
        when the selection holds none)."""
        serials = [r.serial for r in self.selected_rows() if r.status == "valid"]
        row = self.current_row()
        if not serials and row is not None and row.status == "valid":
            serials = [row.serial]
        return serials

    def print_dialog(self, serials: list[str] | None = None) -> None:
        """Ask where to print the chosen certificates (default: :meth:`print_serials`)."""
        from course_manager.services.certificates.printing import available_printers

        serials = list(serials) if serials is not None else self.print_serials()
        if not serials:
            self.status.emit(self.tr("Choose people who hold a valid certificate to print"))
            return
        self._save_offsets()  # (queued before the print: the service reads the saved ones)
        self.op(lambda _ws: available_printers()).success(
            lambda printers: self._choose_printer(serials, printers)
        ).run()

    def print_one(self) -> None:
        """Reprint the current person's certificate (the context menu's one action)."""
        row = self.current_row()
        if row is None or row.status != "valid":
            self.status.emit(self.tr("Choose a person who holds a valid certificate"))
            return
        self.print_dialog([row.serial])

    def _choose_printer(self, serials: list[str], printers: Any) -> None:
        from course_manager.services.certificates.printing import parse_pages
        from ui.pdf_print import PrinterChoice

        if not printers.queue:  # no system queue: the service prepares, Qt prints
            self.print_certificates(serials)
            return
        if not printers.names:
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr("No printer is set up on this computer. Add one in the system's "
                        "printer settings, then print again."),
            )  # fmt: skip
            return
        title = (
            self.tr("Print certificate %1").replace("%1", serials[0])
            if len(serials) == 1
            else self.tr("Print %1 certificates").replace("%1", i18n.number(len(serials)))
        )
        what = self.tr("%1 page(s), one per certificate, each printed whole.").replace(
            "%1", i18n.number(len(serials))
        )
        dialog = PrinterChoice(self, title, printers.names, printers.default, what)
        if dialog.exec() != PrinterChoice.DialogCode.Accepted:
            return
        try:
            pages = parse_pages(dialog.pages())
        except Exception as exc:  # a page range that is not one: a plain dialog
            from ui.dialogs import show_exception

            show_exception(self, exc)
            return
        self.print_certificates(
            serials, printer=dialog.printer(), copies=dialog.copies(), pages=pages
        )

    def print_certificates(
        self,
        serials: list[str],
        *,
        printer: str | None = None,
        copies: int = 1,
        pages: list[int] | None = None,
    ) -> Any:
        """Print through the print service (offsets from the settings, once) on the worker,
        with progress and Cancel."""
        from course_manager.services.certificates.printing import print_certificates

        def work(ws: Any) -> Any:
            return (
                yield from print_certificates(
                    ws,
                    serials,
                    printer=printer,
                    copies=copies,
                    pages=pages,
                    local_fallback=True,
                )
            )

        self.last_print = None
        return self.op(work).with_progress(self.tr("Printing…")).success(self._printed).run()

    def print_file(self, path: Path, *, printer: str | None = None, copies: int = 1) -> Any:
        """Print a PDF file through the print service (offsets from the settings, once)."""
        from course_manager.services.certificates.printing import print_file

        def work(ws: Any) -> Any:
            return print_file(path, ws=ws, printer=printer, copies=copies, local_fallback=True)

        self.last_print = None
        return self.op(work).with_progress(self.tr("Printing…")).success(self._printed).run()

    def _printed(self, result: Any) -> Any:
        from ui import pdf_print

        if result.sent:
            self.last_print = result
            self.status.emit(
                self.tr("Sent to %1 (%2)")
                .replace("%1", result.printer)
                .replace("%2", result.job_id or result.message)
            )
            return None
        if result.prepared is None:
            return None
        title = self.tr("Print %1").replace("%1", result.prepared.name)
        printer = pdf_print.ask_printer(self, title, result.pages)
        if printer is None:
            return None
        return self.print_on(printer, result)

    def print_on(self, printer: Any, result: Any) -> Any:
        """Print the service's prepared file through Qt, page by page on the worker."""
        from course_manager.services.certificates.printing import note_printed
        from ui import pdf_print

        path = result.prepared

        def work(ws: Any) -> Any:
            try:
                count = yield from pdf_print.print_pages(printer, path)
            finally:  # the prepared copy is the service's temporary file
                shutil.rmtree(path.parent, ignore_errors=True)
            if result.serials:  # (one page per certificate: those the dialog's range kept)
                kept = sorted(set(pdf_print.pages_chosen(printer, len(result.serials))))
                note_printed(ws, replace(result, serials=tuple(result.serials[i] for i in kept)))
            return count

        def done(count: int) -> None:
            self.last_print = result
            self.status.emit(self.tr("%1 page(s) printed").replace("%1", i18n.number(count)))

        def cancelled() -> None:
            self.last_print = "cancelled"
            self.status.emit(self.tr("Printing cancelled"))

        self.print_operation = (
            self.op(work)
            .with_progress(self.tr("Printing…"))
            .success(done)
            .on_cancelled(cancelled)
            .run()
        )
        return self.print_operation

    def email_dialog(self) -> Any:
        """E-mail the selected people's certificates (none selected: the whole cohort's)."""
        from ui.pages.certificate_email import open_email_dialog

        if self.data is None:
            return None
        serials = [r.serial for r in self.selected_rows() if r.serial]
        self.last_email_dialog = open_email_dialog(self.db, self.data.cohort_code, serials, self)
        return self.last_email_dialog

    def export_badges(self, folder: str | None = None) -> Any:
        """Save the selected (else every) certificate of the cohort as Open Badges 3.0
        credentials, through the service `certificates export-ob3` uses."""
        from course_manager.services.certificates.ob3 import export_ob3

        if self.data is None:
            return None
        rows = self.selected_rows() or list(self.data.rows)
        serials = [r.serial for r in rows if r.serial]
        if not serials:
            self.status.emit(self.tr("Nobody here holds a certificate yet."))
            return None
        if folder is None:
            folder = dialogs.existing_folder(
                self, self.tr("Folder for the Open Badges credentials"), str(Path.home())
            )
            if not folder:
                return None
        target = folder

        def done(result: Any) -> None:
            self.last_badges = result
            self.status.emit(
                self.tr("%1 Open Badges credential(s) saved in %2")
                .replace("%1", i18n.number(len(result.files)))
                .replace("%2", target)
            )

        self.badges_operation = (
            self.op(lambda ws: export_ob3(ws, serials, target).value).success(done).run()
        )
        return self.badges_operation

    # -- verifying --------------------------------------------------------------------------
    def _verify_pdf_dialog(self) -> None:
        name = dialogs.open_file_name(
            self, self.tr("Verify a certificate PDF"), str(Path.home()), self.tr("PDF (*.pdf)")
        )
        if name:
            self.verify(name)

    def verify(self, subject: str) -> Any:
        subject = subject.strip()
        if not subject:
            return None

        from course_manager.services.verification import verify_here

        return self.op(lambda ws: verify_here(subject, ws)).success(self._verified).run()

    def _verified(self, outcomes: list[Any]) -> None:
        from course_manager.services.verification import REGISTER_ONLY

        self.last_verdicts = outcomes
        lines = []
        for o in outcomes:
            if o.genuine and o.payload is not None:
                p = o.payload
                lines.append(
                    self.tr("GENUINE: %1, %2, cohort %3, %4 h")
                    .replace("%1", p.serial)
                    .replace("%2", p.name)
                    .replace("%3", p.cohort)
                    .replace("%4", i18n.decimal(p.hours))
                )
                if o.details.get("proves"):  # a serial or code: the register entry only
                    proves = reason_text((REGISTER_ONLY(),))
                    lines.append(proves[:1].upper() + proves[1:])  # a sentence of its own
            else:
                why_msg = o.why
                if why_msg is not None and o.alterations:  # each difference translated
                    what = reason_text(tuple(o.alterations))
                    why_msg = dataclasses.replace(why_msg, args={**why_msg.args, "what": what})
                why = reason_text((why_msg,)) if why_msg is not None else o.reason
                lines.append(self.tr("REJECTED: %1").replace("%1", why))
        ok = bool(outcomes) and all(o.genuine for o in outcomes)
        self.verdict.setStyleSheet("color: #1d6b1d;" if ok else "color: #a11d1d;")
        self.verdict.setText("\n".join(lines))
