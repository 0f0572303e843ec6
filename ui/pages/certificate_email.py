"""The "E-mail certificates" dialog: who gets what, then .eml drafts into a folder or sending
through the office's mail server, with progress and Cancel.

The same service functions as ``course-manager certificates email`` (plan, write_drafts,
send_certificates) run on the database worker. The server settings are saved in the programme
file; the password never is: it is taken from the system keyring, or typed here (and kept in
the keyring only if asked).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from course_manager.errors import InputError
from ui import dialogs, i18n
from ui.message_text import text as message_text
from ui.operations import DbWorker, Operation
from ui.pages.table_fit import fit_columns
from ui.text import literal

SECURITY = ("starttls", "tls", "none")


#: Names listed in the heading as having no e-mail address (the table lists every one).
LISTED_NAMES = 20


class PlanModel(QAbstractTableModel):
    """Who gets which certificate, as a table model: no item per cell, so a cohort of 20,000
    is shown at once (a QTableWidget made 80,000 items on the window's thread)."""

    COLUMNS = 4

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []  # the service's plan rows
        self.headers: list[str] = []
        self.ready_text = ""
        self.pdf_text = ""  # "PDF: %1", the ready rows' tooltip

    def load(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        entry = self.rows[row]
        if column == 3:  # worded when shown (a cohort of 20,000 is not worded at once)
            return self.ready_text if entry.status == "ready" else message_text(entry.why)
        value = (entry.serial, entry.name, entry.email)[column]
        return "" if value is None else str(value)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # names as typed, never read as markup
            tip = self.text(index.row(), index.column())
            entry = self.rows[index.row()]
            if index.column() == 3 and entry.pdf:  # which file is attached
                tip += "\n" + self.pdf_text.replace("%1", entry.pdf)
            return literal(tip)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None


class CertificateEmailDialog(QDialog):
    """E-mail the certificates of ``cohort`` (only ``serials`` when given)."""

    def __init__(
        self,
        db: DbWorker,
        cohort: str,
        serials: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.cohort = cohort
        self.selected = list(serials or [])
        self.plan: list[Any] = []
        self.last_result: Any = None
        self.setWindowTitle(self.tr("E-mail certificates"))

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # names as typed
        # The page always has a current row (for its preview): one selected person means
        # "the cohort" unless this box is ticked.
        self.only_selected = QCheckBox(
            self.tr("Only the selected people (%1)").replace("%1", i18n.number(len(self.selected)))
        )
        self.only_selected.setChecked(len(self.selected) > 1)
        self.only_selected.setVisible(bool(self.selected))
        self.only_selected.toggled.connect(lambda *_a: self.load())
        self.table = QTableView()
        self.table.setObjectName("emailPlan")
        self.plan_model = PlanModel(self)
        self.plan_model.headers = [
            self.tr("Serial"),
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Status"),
        ]
        self.table.setModel(self.plan_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (1, 3):  # name and status share the room; serial and e-mail fit
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.drafts_radio = QRadioButton(self.tr("Write &drafts (.eml) for a mail program"))
        self.smtp_radio = QRadioButton(self.tr("&Send through the office's mail server"))
        self.drafts_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.drafts_radio)
        group.addButton(self.smtp_radio)
        self.drafts_radio.toggled.connect(self._mode_changed)

        self.folder_edit = QLineEdit()
        self.folder_button = QPushButton(self.tr("&Browse…"))
        self.folder_button.clicked.connect(self._browse)
        # Where the certificates' PDFs are (the output folder unless they were written
        # elsewhere, e.g. `certificates issue --out`): the list says whose PDF is found.
        self.pdf_edit = QLineEdit()
        self.pdf_edit.setObjectName("emailPdfFolder")
        self.pdf_edit.editingFinished.connect(self._pdf_folder_changed)
        self.pdf_button = QPushButton(self.tr("Br&owse…"))
        self.pdf_button.clicked.connect(self._browse_pdfs)
        for button in (self.folder_button, self.pdf_button):  # Enter in a field browses not
            button.setAutoDefault(False)
        self._pdf_folder_loaded = ""
        self._default_drafts = ""  # the drafts folder the dialog proposed (not typed)

        self.host_edit = QLineEdit()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(587)
        self.security_box = QComboBox()
        for key, label in zip(
            SECURITY, (self.tr("STARTTLS"), self.tr("TLS"), self.tr("None")), strict=True
        ):
            self.security_box.addItem(label, key)
        self.user_edit = QLineEdit()
        self.from_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("from the system keyring if left empty"))
        self.remember_box = QCheckBox(self.tr("&Remember the password in the system keyring"))

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setObjectName("emailResult")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = self.buttons.addButton(
            self.tr("&Write drafts"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.run_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._mode_changed()
        self.resize(900, 640)

    def _layout(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.drafts_box = QWidget()
        drafts_form = QFormLayout(self.drafts_box)
        drafts_form.setContentsMargins(24, 0, 0, 0)
        drafts_form.addRow(self._label(self.tr("&Folder:"), self.folder_edit), folder_row)
        self.server_box = QWidget()
        server_form = QFormLayout(self.server_box)
        server_form.setContentsMargins(24, 0, 0, 0)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(QLabel(self.tr("Port:")))
        host_row.addWidget(self.port_spin)
        host_row.addWidget(QLabel(self.tr("Security:")))
        host_row.addWidget(self.security_box)
        server_form.addRow(self._label(self.tr("Ser&ver:"), self.host_edit), host_row)
        server_form.addRow(self.tr("&User:"), self.user_edit)
        server_form.addRow(self.tr("P&assword:"), self.password_edit)
        server_form.addRow("", self.remember_box)
        server_form.addRow(self.tr("Sender &address:"), self.from_edit)
        how = QGroupBox(self.tr("How"))
        how_layout = QVBoxLayout(how)
        how_layout.addWidget(self.drafts_radio)
        how_layout.addWidget(self.drafts_box)
        how_layout.addWidget(self.smtp_radio)
        how_layout.addWidget(self.server_box)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self._label(self.tr("&PDFs in:"), self.pdf_edit))
        pdf_row.addWidget(self.pdf_edit, 1)
        pdf_row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(pdf_row)
        layout.addWidget(self.only_selected)
        layout.addWidget(self.table, 1)
        layout.addWidget(how)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """A form label whose mnemonic moves to ``buddy`` (its row is a layout, not a widget)."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @property
    def serials(self) -> list[str] | None:
        """The certificates chosen: the selected ones, or None for the whole cohort."""
        return self.selected if self.only_selected.isChecked() and self.selected else None

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> Operation:
        """Read who gets what and the saved server settings."""
        from course_manager.domain import settings as keys
        from course_manager.services.certificates.email import plan
        from course_manager.services.certificates.files import output_folder

        serials, cohort = self.serials, self.cohort
        pdf_dir = self.pdf_dir

        def work(ws: Any) -> Any:
            saved = {
                s.key: ws.settings.value(s)
                for s in (
                    keys.SMTP_HOST,
                    keys.SMTP_PORT,
                    keys.SMTP_SECURITY,
                    keys.SMTP_USER,
                    keys.MAIL_FROM,
                )
            }
            output = output_folder(ws, cohort)
            chosen = None if serials else cohort
            rows = plan(ws, serials=serials, cohort=chosen, pdf_dir=pdf_dir or output)
            return rows, saved, output / "e-mail", pdf_dir or output

        return Operation(work, db=self.db, parent=self).success(self._loaded).run()

    def _loaded(self, loaded: Any) -> None:
        self.plan, saved, _output_drafts, pdfs = loaded
        # The drafts go beside the PDFs unless a folder was typed (the PDFs' folder exists;
        # the cohort's output folder may not when they were written elsewhere).
        drafts = str(Path(pdfs) / "e-mail")
        if self.folder_edit.text() in ("", self._default_drafts):
            self.folder_edit.setText(drafts)
        self._default_drafts = drafts
        self.pdf_edit.setText(str(pdfs))
        self._pdf_folder_loaded = str(pdfs)
        self.host_edit.setText(str(saved["smtp_host"]))
        self.port_spin.setValue(int(saved["smtp_port"] or 587))
        index = self.security_box.findData(str(saved["smtp_security"]).lower())
        self.security_box.setCurrentIndex(max(index, 0))
        self.user_edit.setText(str(saved["smtp_user"]))
        self.from_edit.setText(str(saved["mail_from"]))
        self._show_plan()

    def _show_plan(self) -> None:
        self.plan_model.ready_text = self.tr("ready")
        self.plan_model.pdf_text = self.tr("PDF: %1")
        self.plan_model.load(self.plan)
        # sized from the loaded texts (never by asking the view for every row)
        serials, emails = [r.serial for r in self.plan], [r.email for r in self.plan]
        fit_columns(self.table, {0: serials, 2: emails}, skip=(1, 3))
        ready = sum(1 for r in self.plan if r.status == "ready")
        no_pdf = [r for r in self.plan if r.status == "no_pdf"]
        text = (
            self.tr("%1 certificate(s) of cohort %2; %3 ready to send.")
            .replace("%1", i18n.number(len(self.plan)))
            .replace("%2", self.cohort)
            .replace("%3", i18n.number(ready))
        )
        left_out = (  # each one not sent is named with why: never left out silently
            ("no_email", self.tr("No e-mail address: %1.")),
            ("revoked", self.tr("Revoked, not sent: %1.")),
            ("superseded", self.tr("Replaced by a newer certificate, not sent: %1.")),
            ("sent", self.tr("Sent before, not sent again: %1.")),
        )
        for status, sentence in left_out:
            rows = [r for r in self.plan if r.status == status]
            if rows:
                text += " " + sentence.replace("%1", _names(rows))
        if no_pdf:  # where it looked, and how to point it elsewhere
            text += "\n" + (
                self.tr("No PDF found in %1 for: %2. Choose the folder the certificates "
                        "were written to.")
                .replace("%1", no_pdf[0].folder)
                .replace("%2", _names(no_pdf))
            )  # fmt: skip
        self.heading.setText(text)

    # -- running ------------------------------------------------------------------------------
    def _mode_changed(self, *_args: Any) -> None:
        drafts = self.drafts_radio.isChecked()
        self.drafts_box.setEnabled(drafts)
        self.server_box.setEnabled(not drafts)
        self.run_button.setText(self.tr("&Write drafts") if drafts else self.tr("&Send"))

    def _browse(self) -> None:
        name = dialogs.existing_folder(
            self, self.tr("Folder for the drafts"), self.folder_edit.text() or str(Path.home())
        )
        if name:
            self.folder_edit.setText(name)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        """Enter in the PDFs field looks there again; it neither writes nor sends."""
        if self.pdf_edit.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    @property
    def pdf_dir(self) -> Path | None:
        """The folder the PDFs are looked for in (None: the cohort's output folder)."""
        typed = self.pdf_edit.text().strip()
        return Path(typed) if typed else None

    def _pdf_folder_changed(self) -> None:
        if self.pdf_edit.text().strip() != self._pdf_folder_loaded:
            self.load()

    def _browse_pdfs(self) -> None:
        name = dialogs.existing_folder(
            self,
            self.tr("Folder of the certificates' PDFs"),
            self.pdf_edit.text() or str(Path.home()),
        )
        if name:
            self.pdf_edit.setText(name)
            self.load()

    def run(self) -> Operation:
        """Write the drafts or send, on the worker (sending with progress and Cancel)."""
        from course_manager.services.certificates import email

        serials = self.serials
        cohort = None if serials else self.cohort
        pdf_dir = self.pdf_dir
        self.result_label.clear()
        if self.drafts_radio.isChecked():
            folder = Path(self.folder_edit.text().strip())
            return (
                Operation(
                    lambda ws: email.write_drafts(
                        ws, folder, serials=serials, cohort=cohort, pdf_dir=pdf_dir
                    ),
                    db=self.db,
                    parent=self,
                )
                .success(self._done)
                .run()
            )
        values = {
            "smtp_host": self.host_edit.text().strip(),
            "smtp_port": float(self.port_spin.value()),
            "smtp_security": str(self.security_box.currentData()),
            "smtp_user": self.user_edit.text().strip(),
            "mail_from": self.from_edit.text().strip(),
        }
        typed = self.password_edit.text()
        remember = self.remember_box.isChecked()

        def work(ws: Any) -> Any:
            from course_manager.services.settings import update

            update(ws, values)
            config = email.smtp_config(ws)
            password = typed or email.keyring_password(config)
            if config.user and not password:
                raise InputError(email.NEEDS_PASSWORD(user=config.user, host=config.host))
            if typed and remember:
                email.store_password(config, typed)
            return (
                yield from email.send_certificates(
                    ws, password, serials=serials, cohort=cohort, config=config, pdf_dir=pdf_dir
                )
            )

        return (
            Operation(work, db=self.db, parent=self)
            .with_progress(self.tr("Sending e-mails…"))
            .success(self._done)
            .on_cancelled(self._cancelled)
            .run()
        )

    def _done(self, outcome: Any) -> None:
        result = outcome.value
        self.last_result = result
        done = len(result.written) if result.mode == "eml" else len(result.sent)
        template = (
            self.tr("%1 draft(s) written to %4; %2 skipped; %3 failed.")
            if result.mode == "eml"
            else self.tr("%1 sent; %2 skipped; %3 failed.")
        )
        lines = [
            template.replace("%1", i18n.number(done))
            .replace("%2", i18n.number(len(result.skipped)))
            .replace("%3", i18n.number(len(result.failed)))
            .replace("%4", str(result.folder or ""))
        ]
        for s in result.failed:
            lines.append(f"{s.serial} {s.name}: {message_text(s.why)}")
        self.result_label.setText("\n".join(lines))
        self.load()

    def _cancelled(self) -> None:
        self.result_label.setText(
            self.tr("Cancelled. Those sent are recorded; Send again sends the rest.")
        )
        self.load()


def _names(rows: list[Any]) -> str:
    """The first names of ``rows`` (the table lists every one, marked)."""
    names = ", ".join(r.name for r in rows[:LISTED_NAMES])
    return names + ", …" if len(rows) > LISTED_NAMES else names


def open_email_dialog(
    db: DbWorker, cohort: str, serials: list[str] | None, parent: QWidget | None = None
) -> CertificateEmailDialog:
    """Show the dialog (non-modal) and load it; returns it (tests drive it)."""
    dialog = CertificateEmailDialog(db, cohort, serials, parent)
    dialog.show()
    dialog.load()
    return dialog
