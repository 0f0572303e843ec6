"""Error dialogs: readable ones for expected failures, a details dialog for bugs.

Dialogs are opened with ``open()`` (window-modal, not blocking the caller), so a background
operation finishing never nests an event loop.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


_KEEP: set[QMessageBox] = set()


def _new_box(parent: QWidget | None, text_format: Qt.TextFormat | None = None) -> QMessageBox:
    """A message box that outlives its caller: parented to a window, or kept until closed.

    Its text and informative text are shown as plain text (a message naming "<b>Ann</b>" shows
    it as typed) unless ``text_format`` asks for another (a caller that built rich text)."""
    parent = parent or QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setTextFormat(text_format if text_format is not None else Qt.TextFormat.PlainText)
    if parent is None:
        _KEEP.add(box)
        box.finished.connect(lambda _r: _KEEP.discard(box))
    return box


def show_error(
    parent: QWidget | None,
    message: str,
    hint: str | None = None,
    *,
    text_format: Qt.TextFormat | None = None,
) -> QMessageBox:
    """What happened (``message``) and what to do (``hint``), as plain text unless
    ``text_format`` says otherwise."""
    box = _new_box(parent, text_format)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Course Manager"))
    box.setText(message)
    if hint:
        what_to_do = QCoreApplication.translate("Dialogs", "What to do: %1")
        box.setInformativeText(what_to_do.replace("%1", hint))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorDialog")
    box.open()
    return box


def show_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    box = _new_box(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Course Manager"))
    box.setText(
        QCoreApplication.translate(
            "Dialogs",
            "Something went wrong inside Course Manager. Your data was not changed by the "
            "unfinished step.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Dialogs",
            "Please copy the details and send them to whoever supports Course Manager for you.",
        )
    )
    box.setDetailedText(details)
    copy_text = QCoreApplication.translate("Dialogs", "Copy details")
    copy = box.addButton(copy_text, QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setObjectName("bugDialog")
    box.open()
    return box


def show_exception(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    from course_manager.errors import CourseManagerError

    if isinstance(exc, CourseManagerError):
        from ui.message_text import error_text

        return show_error(parent, *error_text(exc))  # in the app's language, by code
    return show_bug(parent, exc)


class FormDialog(QDialog):
    """A form that saves through a service and closes only when the save succeeds.

    The page hands the dialog a ``save`` function (:meth:`save_with`): given nothing, it
    returns the work to run on the database worker (``fn(ws)``, usually a service call built
    from the dialog's values). OK runs it; the dialog closes when it succeeds (``saved(result)``
    is emitted first) and stays open with everything typed when the service refuses: the
    message, in the app's language (by its code, :mod:`ui.message_text`), appears under the
    field it concerns or, when no field is named for its code, above the buttons.

    Fields are added with :meth:`add_field`, naming the message codes that concern them
    (``"value.email_invalid"``; ``"value.date_invalid:end date"`` matches the message's
    ``what`` argument too). A dialog with no ``save`` function just closes on OK (the caller
    reads its values).

    A dialog with :attr:`asks_before_discarding` set asks Save / Discard / Cancel when it is
    closed (Esc, Cancel, the window's close button) with something typed since it opened;
    with nothing typed it closes at once.
    """

    saved = Signal(object)
    #: Ask before closing with typed input (see the class).
    asks_before_discarding = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field_errors: dict[QWidget, QLabel] = {}
        self._rows: dict[QLabel, QLayout] = {}  # (an error line's row: its width)
        self._codes: dict[str, QWidget] = {}
        self.form_error = _error_label("formError")
        self._db: Any = None
        self._save: Callable[[], Callable[[Any], Any] | None] | None = None
        self.saving = False
        self.result_value: Any = None
        self._opened_with: tuple[Any, ...] | None = None
        self._question: QMessageBox | None = None

    # -- building ---------------------------------------------------------------------------
    def add_field(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget | QLayout,
        *codes: str,
        focus: QWidget | None = None,
    ) -> QLabel:
        """A form row: ``widget`` with an error line under it for the message ``codes``."""
        error = _error_label("fieldError")
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QWidget):
            column.addWidget(widget)
        else:
            column.addLayout(widget)
        column.addWidget(error)
        form.addRow(label, column)
        self._rows[error] = column
        target = focus if focus is not None else widget
        if isinstance(target, QWidget):
            self._field_errors[target] = error
            for code in codes:
                self._codes[code] = target
        return error

    def save_with(self, db: Any, save: Callable[[], Callable[[Any], Any] | None]) -> FormDialog:
        """Save through ``save()``'s work on ``db`` when OK is pressed (see the class)."""
        self._db = db
        self._save = save
        return self

    # -- closing with typed input -------------------------------------------------------------
    def typed_state(self) -> tuple[Any, ...]:
        """What the form's fields hold now (compared with what they held when it opened)."""
        state: list[Any] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                state.append(widget.text())
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                state.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                state.append((widget.currentIndex(), widget.currentText()))
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                state.append(widget.isChecked())
        return tuple(state)

    def has_typed(self) -> bool:
        """Whether anything was typed or chosen since the dialog opened."""
        return self._opened_with is not None and self.typed_state() != self._opened_with

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._opened_with is None:
            self._opened_with = self.typed_state()

    def reject(self) -> None:
        if self._question is not None:  # (already asking)
            return
        if self.saving or not self.asks_before_discarding or not self.has_typed():
            super().reject()
            return

        def answered(answer: str) -> None:
            self._question = None
            if answer == SAVE:
                self.accept()  # closes once saved; a refused value stays under its field
            elif answer == DISCARD:
                QDialog.reject(self)

        self._question = ask_unsaved(
            self,
            QCoreApplication.translate(
                "Dialogs", "What you typed in this form is not saved yet. Save it?"
            ),
            answered,
        )

    # -- saving ---------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._save is None:
            super().accept()
            return
        if self.saving:
            return
        self.clear_errors()
        work = self._save()
        if work is None:
            self.fit_height()  # (the errors shown now, no room left for the ones cleared)
            return
        from ui.operations import Operation

        self.saving = True
        Operation(work, db=self._db, parent=self).success(self._saved).failure(self._failed).run()

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.result_value = result
        self.saved.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        from course_manager.errors import CourseManagerError, DamagedFileError

        if isinstance(exc, CourseManagerError) and not isinstance(exc, DamagedFileError):
            self.show_error(exc)
        else:
            show_exception(self, exc)

    def field_for(self, exc: BaseException) -> QWidget | None:
        """The field a refused save's message concerns (None: the form as a whole)."""
        msg = getattr(exc, "msg", None)
        code = getattr(msg, "code", None)
        if code is None:
            return None
        what = getattr(msg, "args", {}).get("what")
        return self._codes.get(f"{code}:{what}") or self._codes.get(code)

    def show_error(self, exc: BaseException) -> None:
        """The message (and what to do) under its field, in the app's language."""
        from ui.message_text import error_text

        message, hint = error_text(exc)
        if hint:
            what_to_do = QCoreApplication.translate("Dialogs", "What to do: %1")
            message += "\n" + what_to_do.replace("%1", hint)
        widget = self.field_for(exc)
        label = self._field_errors.get(widget) if widget is not None else None
        if label is None:
            label = self.form_error
        self._at_its_width(label)
        label.setText(message)
        label.show()
        self.fit_height()  # (room for the message: the form grows, nothing is cut)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            select_all = getattr(widget, "selectAll", None)
            if callable(select_all):
                select_all()

    def _at_its_width(self, label: QLabel) -> None:
        """``label`` wrapped at the width it will have (its row's, or the form's), before the
        dialog is fitted to it: a hidden label has not been laid out yet."""
        row = self._rows.get(label)
        if row is not None and row.geometry().width() > 0:
            width = row.geometry().width()
        else:
            layout = self.layout()
            margins = layout.contentsMargins() if layout is not None else None
            width = self.width() - (margins.left() + margins.right() if margins else 0)
        label.resize(max(width, 1), label.height())

    def fit_height(self) -> None:
        """The dialog as tall as its fields and the errors now shown need, at its width: taller
        when a message appears, shorter again when fewer are shown (its width stays)."""
        layout = self.layout()
        if layout is None:
            self.adjustSize()
            return
        layout.activate()
        height = max(self.minimumSizeHint().height(), self.sizeHint().height())
        if layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(self.width()))
        self.resize(self.width(), height)

    def clear_errors(self) -> None:
        for label in (*self._field_errors.values(), self.form_error):
            label.clear()
            label.hide()

    def field_for_error_label(self, message: str) -> QWidget | None:
        """The field under which ``message`` is shown (None: above the buttons, or nowhere)."""
        for widget, label in self._field_errors.items():
            if not label.isHidden() and label.text() == message:
                return widget
        return None

    def shown_errors(self) -> list[str]:
        """The error lines now shown (tests and tools)."""
        labels = (*self._field_errors.values(), self.form_error)
        return [label.text() for label in labels if not label.isHidden() and label.text()]


#: The colour of a refused value's message (field errors, a form's error line).
ERROR_COLOUR = "#a11d1d"


class ErrorLabel(QLabel):
    """A field's error line: wrapped at the width it is given, exactly as tall as its lines.

    A word-wrapped QLabel asks its layout for the height of a narrower guess than the width it
    gets (a form does not pass on heights for a width), so a two-line message got a third line's
    room and was centred in it: a blank band between the field and its message. This label asks
    for the height its text takes at its own width, and for a new height when that width
    changes; the text sits at the top, right under the field."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._asked_height = -1

    def _height(self) -> int:
        if not self.text():
            return 0
        return max(super().heightForWidth(max(self.width(), 1)), self.fontMetrics().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False  # (its hints already give the height at its width; see the class)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(super().minimumSizeHint().width(), self._height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(super().sizeHint().width(), self._height())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._asked_height = self._height()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._height() != self._asked_height:  # (wraps differently at the new width)
            self._asked_height = self._height()
            self.updateGeometry()


def _error_label(name: str) -> ErrorLabel:
    label = ErrorLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextFormat(Qt.TextFormat.PlainText)  # (a refused value is shown as typed)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


# -- unsaved edits ----------------------------------------------------------------------------
# A screen with a form that is saved by a button (the cohort form, Settings) speaks a small
# protocol, asked by the main window before another page is shown or the window closes and by
# the screen itself before it loads something else into the form:
#
#     has_unsaved() -> bool                 edits not saved yet
#     unsaved_text() -> str                 the question, naming what is unsaved
#     save_unsaved(then: Callable[[], None])   save; call ``then`` once saved (not on failure)
#     discard_unsaved() -> None             forget the edits (show what is saved)

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(
    parent: QWidget | None, question: str, answered: Callable[[str], Any]
) -> QMessageBox:
    """Ask Save / Discard / Cancel (window-modal, not blocking: a closing window or a
    background operation never waits in a nested loop); ``answered`` gets :data:`SAVE`,
    :data:`DISCARD` or :data:`CANCEL`."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Unsaved changes"),
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # (the question names a cohort as typed)
    box.setObjectName("unsavedDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    for button, text in (
        (buttons.Save, QCoreApplication.translate("Dialogs", "&Save")),
        (buttons.Discard, QCoreApplication.translate("Dialogs", "&Discard")),
        (buttons.Cancel, QCoreApplication.translate("Dialogs", "Cancel")),
    ):
        box.button(button).setText(text)

    def finished(result: int) -> None:
        clicked = box.clickedButton()
        value = box.standardButton(clicked).value if clicked is not None else int(result)
        if value == buttons.Save.value:
            answered(SAVE)
        elif value == buttons.Discard.value:
            answered(DISCARD)
        else:
            answered(CANCEL)

    box.finished.connect(finished)
    box.open()
    return box


def has_unsaved(widget: object) -> bool:
    check = getattr(widget, "has_unsaved", None)
    return bool(callable(check) and check())


def settle_unsaved(widget: QWidget, proceed: Callable[[], Any]) -> QMessageBox | None:
    """Before leaving ``widget``: ask about its unsaved edits, then ``proceed()`` once they are
    saved or discarded; not at all when the user cancels or the save fails. (The question is
    not blocking: ``proceed`` runs after the answer.) Returns the question (None when nothing
    was unsaved): its ``finished`` signal tells the caller the user answered."""
    if not has_unsaved(widget):
        proceed()
        return None

    def answered(answer: str) -> None:
        if answer == SAVE:
            widget.save_unsaved(proceed)  # type: ignore[attr-defined]
        elif answer == DISCARD:
            widget.discard_unsaved()  # type: ignore[attr-defined]
            proceed()

    return ask_unsaved(widget, widget.unsaved_text(), answered)  # type: ignore[attr-defined]


# -- file dialogs -------------------------------------------------------------------------------
#: A file dialog's first size: room for the name, size, type and date columns in any language
#: (Qt's own dialog opens at ~620 pixels with columns sized for English samples: "SQLite3
#: дерекқоры" and "26. 12. 1. 오후 9:45" were cut).
FILE_DIALOG_SIZE = (980, 580)


def file_dialog(
    parent: QWidget | None,
    caption: str,
    start: str = "",
    filters: str = "",
    *,
    save: bool = False,
    folder: bool = False,
) -> QFileDialog:
    """A file dialog to choose one file to open (or, with ``save``, a name to save under; with
    ``folder``, an existing folder), sized comfortably within the screen, its columns fitted to
    what they show once the folder is read, sizes and dates written in the UI language
    (:class:`LocalFileColumns`). (A native dialog, where the desktop gives one, sizes itself.)"""
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setObjectName("fileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    width, height = FILE_DIALOG_SIZE
    screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    dialog.resize(width, height)
    view = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    if view is not None and model is not None:
        dialog.setProxyModel(LocalFileColumns(dialog))
        model.directoryLoaded.connect(lambda _path: QTimer.singleShot(0, lambda: fit_columns(view)))
    return dialog


#: Where the file list's units are translated: resources/translations/qtdialogs_<lang>.ts,
#: written by hand with Qt's own texts of the dialog (lupdate does not collect them).
SIZE_CONTEXT = "FileSize"
#: A size's forms, by how many times 1024 bytes it is (bytes, KB, MB, GB, TB).
SIZE_UNITS = ("%1 bytes", "%1 KB", "%1 MB", "%1 GB", "%1 TB")
ONE_BYTE = "%1 byte"
_SIZE_COLUMN, _TYPE_COLUMN, _DATE_COLUMN = 1, 2, 3  # (QFileSystemModel's: name, size, type, date)


def _qt_text(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def file_size(size: int) -> str:
    """A file's size as the UI language writes it: "12 КБ", "4,8 МБ", "512 Б" in Russian,
    "12KB" in Korean, "12 KB" in English (Qt's file list says "12.06 KiB" whatever the language,
    in the system's locale). Steps of 1024; one decimal below 10, none above."""
    locale = QLocale()  # (the UI language's: ui.i18n.install sets it)
    if size < 1024:
        form = ONE_BYTE if size == 1 else SIZE_UNITS[0]
        return _qt_text(SIZE_CONTEXT, form).replace("%1", locale.toString(int(size)))
    value, step = float(size), 0
    while step < len(SIZE_UNITS) - 1:
        value, step = value / 1024, step + 1
        decimals = 1 if value < 9.95 else 0
        if round(value, decimals) < 1024 or step == len(SIZE_UNITS) - 1:
            break
    shown = locale.toString(value, "f", decimals)
    return _qt_text(SIZE_CONTEXT, SIZE_UNITS[step]).replace("%1", shown)


class LocalFileColumns(QIdentityProxyModel):
    """Qt's file list with its Size and Date Modified columns in the UI language.

    QFileSystemModel writes both in the system's locale (QLocale::system()), and sizes in IEC
    units ("12 KiB", with no translation to give): in the Russian UI they read "12.06 KiB" and
    "2 12 2026 00:18". The proxy only changes the displayed text; sorting still asks the file
    model (QAbstractProxyModel.sort forwards), which compares the real sizes and times."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column in (_SIZE_COLUMN, _DATE_COLUMN):
            files = self.sourceModel()
            if isinstance(files, QFileSystemModel):
                source = self.mapToSource(index)
                if column == _SIZE_COLUMN:
                    if not files.isDir(source):
                        return file_size(files.size(source))
                else:
                    modified = files.lastModified(source)
                    if modified.isValid():
                        return QLocale().toString(modified, QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def fit_columns(view: QTreeView) -> None:
    """A file list's size, type and date columns as wide as what they show (and their
    headers; a long type such as "DER/PEM/Netscape-encoded X.509 certificate" at most a third
    of the width, cut with an ellipsis); the name takes the rest, at least a third of it. The
    room left by a vertical scroll bar about to appear is kept free (a folder's rows come in
    after the first fit: the dates' last letters went under the bar)."""
    import shiboken6

    if not shiboken6.isValid(view):
        return
    header = view.header()
    room = view.viewport().width()
    bar = view.verticalScrollBar()
    model = view.model()
    rows = model.rowCount(view.rootIndex()) if model is not None else 0
    if (
        not bar.isVisible()
        and rows
        and rows * max(view.sizeHintForRow(0), 1) > (view.viewport().height())
    ):
        room -= bar.sizeHint().width()
    others = 0
    for column in range(1, header.count()):
        if header.isSectionHidden(column):
            continue
        view.resizeColumnToContents(column)
        if column == _TYPE_COLUMN and header.sectionSize(column) > room // 3:
            header.resizeSection(column, max(room // 3, header.sectionSizeHint(column)))
        others += header.sectionSize(column)
    header.resizeSection(0, max(room - others - 2, room // 3, header.sectionSize(0) // 2))


def open_file_name(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    """The file chosen to open ("" when cancelled): :func:`QFileDialog.getOpenFileName`, sized
    by :func:`file_dialog`."""
    dialog = file_dialog(parent, caption, start, filters)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""


def save_file_name(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    """The name to save under ("" when cancelled): :func:`QFileDialog.getSaveFileName`, sized
    by :func:`file_dialog` (asks before replacing a file, as Qt's does)."""
    dialog = file_dialog(parent, caption, start, filters, save=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""


def existing_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    """The folder chosen ("" when cancelled): :func:`QFileDialog.getExistingDirectory`, sized
    and worded by :func:`file_dialog`."""
    dialog = file_dialog(parent, caption, start, folder=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""
