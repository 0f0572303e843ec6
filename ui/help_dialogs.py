"""Help › About Course Manager and Help › Keyboard shortcuts.

Both are built from what is true at the moment they open: the version installed, the file
open, the Python and Qt running, and the shortcuts the window's menus carry now (so the list
never drifts from the menus).
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def licence() -> str | None:
    """The licence the installed package declares (pyproject's ``license``), if known."""
    from importlib import metadata

    try:
        meta = metadata.metadata("course-manager")
    except metadata.PackageNotFoundError:
        return None
    value = meta.get("License-Expression") or meta.get("License")
    return str(value) if value else None


def user_guide() -> Path | None:
    """The README beside the program (a source tree); a built app ships none."""
    from course_manager.paths import resources_dir

    readme = resources_dir().parent / "README.md"
    return readme if readme.is_file() else None


def about_text(db_path: Path | None) -> str:
    """The About box's text (rich text): version, open file, Python and Qt, licence, guide."""
    import PySide6

    import course_manager

    rows = [
        (QCoreApplication.translate("Help", "Version"), course_manager.__version__),
        (
            QCoreApplication.translate("Help", "Open file"),
            str(db_path) if db_path is not None else QCoreApplication.translate("Help", "none"),
        ),
        ("Python", platform.python_version()),
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
    ]
    kind = licence()
    if kind:
        rows.append((QCoreApplication.translate("Help", "Licence"), kind))
    lines = [f"<h3>{html.escape(QCoreApplication.translate('Help', 'Course Manager'))}</h3>"]
    lines.append(
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "Help",
                "Participants, attendance and certificates of a training programme, kept in "
                "one file on this computer.",
            )
        )
        + "</p><table cellspacing=3>"
    )
    for label, value in rows:
        lines.append(
            f"<tr><td><b>{html.escape(label)}</b>&nbsp;</td><td>{html.escape(value)}</td></tr>"
        )
    lines.append("</table>")
    guide = user_guide()
    if guide is not None:
        url = QUrl.fromLocalFile(str(guide)).toString()
        link = QCoreApplication.translate("Help", "User guide (README)")
        lines.append(f'<p><a href="{html.escape(url)}">{html.escape(link)}</a></p>')
    return "\n".join(lines)


def show_about(parent: QWidget, db_path: Path | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(QCoreApplication.translate("Help", "About Course Manager"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(db_path))
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setOpenExternalLinks(True)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("Help", "Close")
    )
    box.open()
    return box


def menu_shortcuts(menus: list[QMenu]) -> list[tuple[str, str]]:
    """(command, keys) for every menu command that has a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, where)
                continue
            keys = _keys(action)
            if keys:
                found.append((f"{where} › {_plain(action.text())}", keys))

    for menu in menus:
        walk(menu, _plain(menu.title()))
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(action: QAction) -> str:
    """The action's shortcuts as the keyboard shows them; a dedicated key of a few keyboards
    (Redo, Undo, Find, Open: a standard binding on X11) is left out, it is not typed."""
    texts = []
    for sequence in action.shortcuts():
        if sequence.isEmpty():
            continue
        combination = sequence[0]
        plain = combination.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
        key = combination.key()
        if plain and not Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value:
            continue
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text not in texts:
            texts.append(text)
    return ", ".join(texts)


class ShortcutsDialog(QDialog):
    """The window's keyboard shortcuts, in the UI language."""

    def __init__(self, menus: list[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        rows = [
            *menu_shortcuts(menus),
            (
                QCoreApplication.translate("Help", "Attendance grid"),
                QCoreApplication.translate("Help", "its keys are listed under the grid"),
            ),
            (
                QCoreApplication.translate("Help", "Any dialog"),
                QCoreApplication.translate(
                    "Help", "Esc closes it (asking first when something was typed)"
                ),
            ),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Help", "Command"),
                QCoreApplication.translate("Help", "Keys"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("Help", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        width = self.table.horizontalHeader().length() + 60
        height = self.table.verticalHeader().length() + header.height() + 90
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() - 80), min(height, screen.height() - 80)
        self.resize(max(width, 560), height)

    def texts(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
