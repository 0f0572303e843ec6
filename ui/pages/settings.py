"""Settings: names, signatories, logos, certificate defaults (in the file); UI language, backups.

What belongs to the programme travels with the file; the UI language is the user's own choice
on this computer (QSettings). Every setting in the file is defined once, with its type and
default, in course_manager/domain/settings.py; this screen reads and saves them through
course_manager.services.settings and takes and restores backups through
course_manager.services.backup, the same functions the command line calls.

Edits are saved by the Save button; leaving the page or closing the window with edits not saved
asks Save / Discard / Cancel (the unsaved-edits protocol of :mod:`ui.dialogs`), and a reload
while edits wait (another screen changed a setting) keeps them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from course_manager.domain import settings as keys
from ui import i18n
from ui.dialogs import open_file_name
from ui.pages.base import Page

LANGS = keys.LANGUAGES
SIGNATORY_FIELDS = keys.SIGNATORY_FIELDS
SIGNATORY_ROWS = 3
SIGNATORIES_SETTING = keys.SIGNATORIES.key
LOGOS_SETTING = keys.LOGOS.key
SERIAL_PATTERN_SETTING = keys.SERIAL_PATTERN.key
TEMPLATE_SETTING = keys.CERTIFICATE_TEMPLATE.key
DEFAULT_SERIAL_PATTERN = keys.SERIAL_PATTERN.default
DEFAULT_TEMPLATE = keys.CERTIFICATE_TEMPLATE.default


def file_size(size: int) -> str:
    """A file's size as the UI language writes it: 324 kB, 324 кБ, 3.2 MB, 3,2 МБ."""
    precision = 0 if size < 1024 * 1024 else 1
    return QLocale().formattedDataSize(
        size, precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


class SettingsPage(Page):
    """Signals:
    languageChosen(str): the user picked another UI language (the window switches to it).
    """

    languageChosen = Signal(str)

    def __init__(self, db, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, parent)
        self.loaded: dict[str, Any] = {}
        self._saved_form: Any = None  # the form as last loaded or saved
        names = {"en": self.tr("English"), "ru": self.tr("Russian"), "kk": self.tr("Kazakh")}

        # UI language (per user)
        self.ui_language = QComboBox()
        self.ui_language.setObjectName("uiLanguage")
        for code, own_name in i18n.LANGUAGES.items():
            self.ui_language.addItem(own_name, code)
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(i18n.current_language()), 0))
        self.ui_language.activated.connect(self._language_picked)
        app_box = QGroupBox(self.tr("This computer"))
        app_form = QFormLayout(app_box)
        app_form.addRow(self.tr("Language of the app"), self.ui_language)

        # Names
        self.programme_code = QLineEdit()
        self.programme_names = {lang: QLineEdit() for lang in LANGS}
        self.organisation_names = {lang: QLineEdit() for lang in LANGS}
        names_box = QGroupBox(self.tr("Names"))
        names_form = QFormLayout(names_box)
        names_form.addRow(self.tr("Programme code"), self.programme_code)
        for lang in LANGS:
            names_form.addRow(
                self.tr("Programme (%1)").replace("%1", names[lang]), self.programme_names[lang]
            )
        for lang in LANGS:
            names_form.addRow(
                self.tr("Organisation (%1)").replace("%1", names[lang]),
                self.organisation_names[lang],
            )

        # Signatories and logos
        self.signatories = QTableWidget(SIGNATORY_ROWS, len(SIGNATORY_FIELDS))
        self.signatories.setObjectName("signatories")
        self.signatories.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Position (English)"),
                self.tr("Position (Russian)"),
                self.tr("Position (Kazakh)"),
                self.tr("Signature image"),
            ]
        )
        self.signatories.verticalHeader().setVisible(False)
        self.signatories.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.signatories.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.signatories.setFixedHeight(
            self.signatories.horizontalHeader().sizeHint().height()
            + SIGNATORY_ROWS * self.signatories.verticalHeader().defaultSectionSize()
            + 6
        )
        pick_signature = QPushButton(self.tr("Choose signature image…"))
        pick_signature.clicked.connect(self._pick_signature)
        self.logos = [QLineEdit(), QLineEdit()]
        people_box = QGroupBox(self.tr("Signatories and logos"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.signatories)
        people_layout.addWidget(pick_signature)
        logos_form = QFormLayout()
        for number, edit in enumerate(self.logos, start=1):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, e=edit: self._pick_image(e))
            row.addWidget(browse)
            logos_form.addRow(self.tr("Logo %1").replace("%1", str(number)), row)
        people_layout.addLayout(logos_form)

        # Certificates
        self.serial_pattern = QLineEdit()
        self.serial_pattern.setPlaceholderText(DEFAULT_SERIAL_PATTERN)
        self.template = QComboBox()
        self.template.setEditable(True)
        self.cert_languages = {lang: QCheckBox(names[lang]) for lang in LANGS}
        languages_row = QHBoxLayout()
        for box in self.cert_languages.values():
            languages_row.addWidget(box)
        languages_row.addStretch(1)
        cert_box = QGroupBox(self.tr("Certificates"))
        cert_form = QFormLayout(cert_box)
        cert_form.addRow(self.tr("Serial number pattern"), self.serial_pattern)
        cert_form.addRow(self.tr("Default template"), self.template)
        cert_form.addRow(self.tr("Default languages"), languages_row)
        # The office's own font files (tried before the bundled fonts), separated by ";"
        self.font_files = QLineEdit()
        self.font_files.setObjectName("certificate_font_files")
        self.font_files.setPlaceholderText(self.tr("none: the bundled fonts"))
        pick_font = QPushButton(self.tr("Browse…"))
        pick_font.clicked.connect(self._pick_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_files, 1)
        font_row.addWidget(pick_font)
        cert_form.addRow(self.tr("Own font files"), font_row)

        # Data file and backups
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setObjectName("dataFile")
        open_folder = QPushButton(self.tr("Open the file's folder"))
        open_folder.clicked.connect(self._open_file_folder)
        self.backups = QListWidget()
        self.backups.setObjectName("backupList")
        self.backups.setMaximumHeight(140)
        backup_now = QPushButton(self.tr("Back up now"))
        backup_now.clicked.connect(self.backup_now)
        open_backups = QPushButton(self.tr("Open the backups folder"))
        open_backups.clicked.connect(self._open_backups_folder)
        data_box = QGroupBox(self.tr("Data file and backups"))
        data_layout = QVBoxLayout(data_box)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(open_folder)
        data_layout.addLayout(file_row)
        data_layout.addWidget(QLabel(self.tr("Backups of this file, newest first:")))
        data_layout.addWidget(self.backups)
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.ask_restore)
        self.restore_button.setEnabled(False)
        self.backups.currentRowChanged.connect(
            lambda row: self.restore_button.setEnabled(0 <= row < len(self._backup_paths))
        )
        self._backup_paths: list[Path] = []
        backup_row = QHBoxLayout()
        backup_row.addWidget(backup_now)
        backup_row.addWidget(self.restore_button)
        backup_row.addWidget(open_backups)
        backup_row.addStretch(1)
        data_layout.addLayout(backup_row)

        save = QPushButton(self.tr("Save settings"))
        save.setObjectName("saveSettings")
        save.setDefault(True)
        save.clicked.connect(lambda: self.save())

        content = QWidget()
        content_layout = QVBoxLayout(content)
        for group in (app_box, names_box, people_box, cert_box, data_box):
            content_layout.addWidget(group)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.scroll = scroll
        self.names_box = names_box
        self.data_box = data_box
        # Scrolled to the end, the page stays at the end when its room shrinks (a new file's
        # guide bar appearing above the pages): the backup buttons are not left half hidden.
        bar = scroll.verticalScrollBar()
        self._at_end = False
        bar.valueChanged.connect(lambda value: setattr(self, "_at_end", value >= bar.maximum()))
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high) if self._at_end else None)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(save)
        layout.addLayout(bottom)

    # -- loading ----------------------------------------------------------------------------
    def wants(self, changes: Any) -> bool:
        return bool(changes.settings or changes.programme)

    def refresh(self) -> None:
        def work(ws: Any) -> dict[str, Any]:
            from course_manager.paths import resource
            from course_manager.services import settings
            from course_manager.services.backup import backups

            programmes = ws.programmes.list()
            templates = sorted(p.stem for p in resource("templates").glob("*.json"))
            return {
                "programme": programmes[0] if programmes else None,
                "settings": settings.read(ws),
                "path": ws.path,
                "backups": backups(ws.path),
                "templates": templates,
            }

        self.op(work).success(self._show).run()

    def _show(self, data: dict[str, Any]) -> None:
        keep_edits = self.has_unsaved()
        self.loaded = data
        if not keep_edits:
            self._fill_form(data)
        self._show_backups(data)

    def _lock_programme_code(self, locked: bool) -> None:
        """The programme's code is typed once, for a new programme; afterwards it is shown
        read-only and looks it (the window's background, skipped by Tab), the tooltip says why."""
        edit = self.programme_code
        edit.setReadOnly(locked)
        edit.setFocusPolicy(Qt.FocusPolicy.NoFocus if locked else Qt.FocusPolicy.StrongFocus)
        palette = self.palette()
        if locked:
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        edit.setPalette(palette)
        edit.setToolTip(
            self.tr(
                "The programme code cannot be changed once the programme exists: certificate "
                "serial numbers are made from it."
            )
            if locked
            else ""
        )

    def _fill_form(self, data: dict[str, Any]) -> None:
        settings = data["settings"]
        programme = data["programme"]
        self.programme_code.setText(programme.code if programme else "")
        self._lock_programme_code(programme is not None)
        for lang in LANGS:
            self.programme_names[lang].setText(
                getattr(programme, f"name_{lang}") if programme else ""
            )
            self.organisation_names[lang].setText(
                str(settings.get(keys.ORGANISATION_NAMES[lang].key, "") or "")
            )
        signatories = settings.get(SIGNATORIES_SETTING) or []
        for row in range(SIGNATORY_ROWS):
            person = signatories[row] if row < len(signatories) else {}
            for column, key in enumerate(SIGNATORY_FIELDS):
                self.signatories.setItem(row, column, QTableWidgetItem(str(person.get(key, ""))))
        logos = settings.get(LOGOS_SETTING) or []
        for i, edit in enumerate(self.logos):
            edit.setText(logos[i] if i < len(logos) else "")
        self.serial_pattern.setText(str(settings.get(SERIAL_PATTERN_SETTING, "") or ""))
        self.font_files.setText("; ".join(settings.get(keys.CERTIFICATE_FONT_FILES.key) or []))
        self.template.clear()
        from ui.message_text import template_title

        for name in data["templates"]:  # shown by its translated title, saved by its name
            self.template.addItem(template_title(name), name)
        chosen_template = str(settings.get(TEMPLATE_SETTING, "") or DEFAULT_TEMPLATE)
        index = self.template.findData(chosen_template)
        if index >= 0:
            self.template.setCurrentIndex(index)
        else:
            self.template.setCurrentText(chosen_template)
        chosen = settings.get(keys.CERTIFICATE_LANGUAGES.key) or keys.CERTIFICATE_LANGUAGES.default
        for lang, box in self.cert_languages.items():
            box.setChecked(lang in chosen)
        self._saved_form = self.form_state()

    def _show_backups(self, data: dict[str, Any]) -> None:
        self.file_label.setText(str(data["path"]))
        self.backups.clear()
        self._backup_paths = [b.path for b in data["backups"]]
        from course_manager.services.backup import BackupReason  # (loaded by refresh's work)

        kinds = {
            BackupReason.DAILY: self.tr("daily"),
            BackupReason.MANUAL: self.tr("made by hand"),
            BackupReason.BEFORE_RESTORE: self.tr("before a restore"),
            BackupReason.BEFORE_IMPORT: self.tr("before an import"),
            BackupReason.BEFORE_MIGRATION: self.tr("before an update of the file"),
            BackupReason.BEFORE_CERTIFICATES: self.tr("before issuing certificates"),
        }
        for b in data["backups"]:
            when = b.taken_at.replace("T", " ")[:16]
            kind = kinds.get(b.reason, b.reason)
            self.backups.addItem(f"{when} · {kind} · {file_size(b.size)}")
        if not data["backups"]:
            self.backups.addItem(self.tr("No backups yet."))
        self.restore_button.setEnabled(False)

    # -- saving -----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        signatories = []
        for row in range(SIGNATORY_ROWS):
            person = {
                key: _cell_text(self.signatories.item(row, c))
                for c, key in enumerate(SIGNATORY_FIELDS)
            }
            if any(person.values()):
                signatories.append(person)
        values: dict[str, Any] = {
            keys.ORGANISATION_NAMES[lang].key: self.organisation_names[lang].text().strip()
            for lang in LANGS
        }
        values.update(
            {
                SIGNATORIES_SETTING: signatories,
                LOGOS_SETTING: [e.text().strip() for e in self.logos if e.text().strip()],
                SERIAL_PATTERN_SETTING: self.serial_pattern.text().strip()
                or DEFAULT_SERIAL_PATTERN,
            }
        )
        typed = self.template.currentText().strip()
        index = self.template.findText(typed)
        values[TEMPLATE_SETTING] = (
            str(self.template.itemData(index)) if index >= 0 else typed
        ) or DEFAULT_TEMPLATE
        values[keys.CERTIFICATE_FONT_FILES.key] = [
            part.strip() for part in self.font_files.text().split(";") if part.strip()
        ]
        values[keys.CERTIFICATE_LANGUAGES.key] = [
            lang for lang, b in self.cert_languages.items() if b.isChecked()
        ] or keys.CERTIFICATE_LANGUAGES.default
        return values

    def form_state(self) -> Any:
        """Everything the form would save (compared to find unsaved edits)."""
        code = self.programme_code.text().strip()
        names = {lang: self.programme_names[lang].text() for lang in LANGS}
        return (self.values(), code, names)

    def save(self, then: Any = None) -> None:
        """Save the form; ``then()`` once saved."""
        values, code, names = self.form_state()
        state = (values, code, names)

        def work(ws: Any) -> Any:
            from course_manager.services import settings

            return settings.save(ws, values, settings.ProgrammeNames(code, names))

        def saved(_outcome: Any) -> None:
            self._saved_form = state
            self.status.emit(self.tr("Settings saved"))
            if then is not None:
                then()

        self.op(work).success(saved).run()

    def focus_programme(self) -> None:
        """The programme's names in view, the cursor in the first empty one (a new file's
        first step), wherever the page was scrolled before."""
        target = next(
            (
                edit
                for edit in (self.programme_code, *self.programme_names.values())
                if not edit.isReadOnly() and not edit.text().strip()
            ),
            self.programme_names[LANGS[0]],
        )
        self._show_names()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self._show_names)  # (again once a page shown just now is laid out)

    def _show_names(self) -> None:
        """Scroll so that the Names group starts at the top of the page."""
        self.scroll.widget().layout().activate()
        self.scroll.verticalScrollBar().setValue(max(self.names_box.y() - 6, 0))

    # -- unsaved edits (the protocol of ui.dialogs) -------------------------------------------
    def has_unsaved(self) -> bool:
        return self._saved_form is not None and self.form_state() != self._saved_form

    def unsaved_text(self) -> str:
        return self.tr("The settings have changes that are not saved. Save them?")

    def save_unsaved(self, then: Any) -> None:
        self.save(then)

    def discard_unsaved(self) -> None:
        if self.loaded:
            self._fill_form(self.loaded)

    # -- language, files, backups -----------------------------------------------------------
    def _language_picked(self, index: int) -> None:
        lang = self.ui_language.itemData(index)
        if lang and lang != i18n.current_language():
            self.languageChosen.emit(lang)

    def _pick_image(self, edit: QLineEdit) -> None:
        name = open_file_name(
            self,
            self.tr("Choose an image"),
            edit.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        if name:
            edit.setText(name)

    def _pick_font(self) -> None:
        name = open_file_name(
            self, self.tr("Choose a font file"), "", self.tr("Fonts (*.ttf *.otf *.ttc)")
        )
        if name:
            current = [p.strip() for p in self.font_files.text().split(";") if p.strip()]
            self.font_files.setText("; ".join([*current, name]))

    def _pick_signature(self) -> None:
        row = max(self.signatories.currentRow(), 0)
        name = open_file_name(
            self,
            self.tr("Choose a signature image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        if name:
            self.signatories.setItem(
                row, SIGNATORY_FIELDS.index("signature_image"), QTableWidgetItem(name)
            )

    def _open_file_folder(self) -> None:
        if self.db.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.path.parent)))

    def _open_backups_folder(self) -> None:
        if self.db.path is None:
            return
        from course_manager.paths import backups_dir

        folder = backups_dir(Path(self.db.path))
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def backup_now(self) -> None:
        def done(info: Any) -> None:
            self.status.emit(self.tr("Backup saved: %1").replace("%1", info.path.name))
            self.refresh()

        self.db.take_backup(parent=self).with_progress(self.tr("Backing up…")).success(done).run()

    def ask_restore(self) -> None:
        row = self.backups.currentRow()
        if not 0 <= row < len(self._backup_paths):
            return
        from PySide6.QtWidgets import QMessageBox

        backup = self._backup_paths[row]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the open file with the backup %1? The file as it is now is kept "
                "in the backups folder first."
            ).replace("%1", self.backups.item(row).text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmRestore")

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.restore(backup)

        box.finished.connect(answered)
        box.open()

    def restore(self, backup: Path) -> None:
        self.db.restore_backup(backup, parent=self).with_progress(
            self.tr("Restoring the backup…")
        ).success(lambda _kept: self.status.emit(self.tr("Backup restored"))).run()


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""
