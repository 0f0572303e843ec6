"""What every screen shares: the database worker, refresh on changes, the search shortcut,
and a message bar at the top of the page for the results of what the user just did."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ui.operations import DbWorker, Operation

#: The looks of the message bar: (background, border, text) for each kind.
MESSAGE_LOOKS = {
    "info": ("#e7f1fb", "#8db4dd", "#10304f"),
    "warning": ("#fff4d6", "#e0b94f", "#4d3800"),
    "error": ("#fde4e1", "#e08b80", "#5c130b"),
}


class MessageBar(QFrame):
    """A dismissable line at the top of a page: what just happened, in plain view.

    A message never goes away by itself (a result read a minute later is still there): it stays
    until its close button (×) is pressed, the next message replaces it, or the user does the
    next thing on the page (presses one of its buttons: :class:`Page` dismisses it then).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.kind = "info"
        self.label = QLabel()
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        # Results name people, organisations, files: shown as typed ("<b>Ann</b>" stays so).
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setObjectName("messageClose")
        close.setText("✕")
        close.setToolTip(self.tr("Close this message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def show_message(self, text: str, kind: str = "info") -> None:
        kind = kind if kind in MESSAGE_LOOKS else "info"
        self.kind = kind
        background, border, foreground = MESSAGE_LOOKS[kind]
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} QLabel#messageText {{ color: {foreground}; }}"
        )
        self.label.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.hide()


class Page(QWidget):
    """A screen of the main window.

    Subclasses get the database worker (never the main window), build their widgets in
    ``__init__`` and load data in :meth:`refresh`, which runs when the page is first shown,
    after a file is opened, and after a mutation whose :class:`Changes` match
    :meth:`wants` (only when visible; otherwise on next show).

    What a page emits on :attr:`status` (or :attr:`message`) is shown in its message bar, at
    the top of the page, until dismissed or until the user presses another of the page's
    buttons; a :attr:`status` stays in the window's status bar too, until the next message.

    Signals:
        status(str): a short message (an info) for the message bar and the status bar.
        message(str, str): a message and its kind, "info", "warning" or "error".
        note(str): a passing remark for the status bar only (a count after loading).
    """

    status = Signal(str)
    message = Signal(str, str)
    note = Signal(str)

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._dirty = True
        self.message_bar = MessageBar(self)
        self.status.connect(lambda text: self.show_message(text, "info"))
        self.message.connect(self.show_message)
        db.changed.connect(self._on_changes)
        db.opened.connect(self._on_opened)

    # -- for subclasses -------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload what the page shows (through :meth:`op`)."""

    def wants(self, changes: Any) -> bool:
        """Whether these changes affect this page (default: any change)."""
        return bool(changes.any)

    def focus_search(self) -> bool:
        """Put the cursor in the page's search box (Ctrl+F). False if it has none."""
        return False

    def reload(self) -> None:
        """Reload what the page shows now (View › Refresh, F5)."""
        if self.db.is_open:
            self._dirty = False
            self.refresh()

    def op(self, fn: Any) -> Operation:
        """An :class:`Operation` on this page's worker, with this page as dialog parent."""
        return Operation(fn, db=self.db, parent=self)

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show ``text`` in the message bar at the top of the page."""
        self._place_message_bar()
        self.message_bar.show_message(text, kind)

    # -- plumbing -------------------------------------------------------------------------
    def _watch_buttons(self) -> None:
        """The page's buttons dismiss the message bar when pressed: the user does the next
        thing. (``pressed`` comes before ``clicked``: a message the click itself brings stays.
        Buttons made since the last time the page was shown are found on the next show.)"""
        for button in self.findChildren(QAbstractButton):
            if button.property("dismissesMessage") or self.message_bar.isAncestorOf(button):
                continue
            button.setProperty("dismissesMessage", True)
            button.pressed.connect(self.message_bar.dismiss)

    def _place_message_bar(self) -> None:
        # The bar goes above whatever layout the subclass built (added once, on first use).
        layout = self.layout()
        if isinstance(layout, QBoxLayout) and layout.indexOf(self.message_bar) < 0:
            layout.insertWidget(0, self.message_bar)

    def _on_changes(self, changes: Any) -> None:
        if not self.wants(changes):
            return
        if changes is getattr(self.db, "changes_elsewhere", None) and self._has_unsaved():
            # Another program changed the file while edits wait here: they are not reloaded
            # away under the user's hands; the page reloads when next shown (or on F5).
            self._dirty = True
            return
        self._request_refresh()

    def _has_unsaved(self) -> bool:
        check = getattr(self, "has_unsaved", None)
        return bool(callable(check) and check())

    def _on_opened(self, _path: object) -> None:
        self.message_bar.dismiss()  # what was said of the file before is not about this one
        self._request_refresh()

    def _request_refresh(self) -> None:
        if self.isVisible() and self.db.is_open:
            self._dirty = False
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._place_message_bar()
        self._watch_buttons()
        if self._dirty and self.db.is_open:
            self._dirty = False
            self.refresh()
