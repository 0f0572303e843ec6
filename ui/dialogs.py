"""Error dialogs: readable ones for expected failures, a details dialog for bugs.

Dialogs are opened with ``open()`` (window-modal, not blocking the caller), so a background
operation finishing never nests an event loop.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)


_KEEP: set[QMessageBox] = set()


def _new_box(parent: QWidget | None) -> QMessageBox:
    """A message box that outlives its caller: parented to a window, or kept until closed."""
    parent = parent or QApplication.activeWindow()
    box = QMessageBox(parent)
    if parent is None:
        _KEEP.add(box)
        box.finished.connect(lambda _r: _KEEP.discard(box))
    return box


def show_error(parent: QWidget | None, message: str, hint: str | None = None) -> QMessageBox:
    """What happened (``message``) and what to do (``hint``)."""
    box = _new_box(parent)
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
