"""What every screen shares: the database worker, refresh on changes, the search shortcut,
and a message bar at the top of the page for the results of what the user just did."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
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

    The bar is as high as its text (one line: a line's height and a few pixels; it wraps only
    a long text). Closing it never moves what is under the pointer: while the pointer is in
    the page its room stays (empty, :attr:`room`) until the pointer leaves the page or the next
    message takes the room; a click aimed at a row lands on that row.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.kind = "info"
        self.label = QLabel()
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        # Results name people, organisations, files: shown as typed ("<b>Ann</b>" stays so).
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = close = QToolButton()
        close.setObjectName("messageClose")
        close.setText("✕")
        close.setToolTip(self.tr("Close this message"))
        close.setAutoRaise(True)
        side = self.fontMetrics().height() + 4
        close.setFixedSize(side, side)
        close.clicked.connect(self.dismiss)
        self._row = layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 1, 1)
        layout.setSpacing(6)
        layout.addWidget(self.label, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        #: The bar's room kept, empty, after it closed while the pointer was in the page.
        self.room = QWidget(parent)
        self.room.setObjectName("messageBarRoom")
        self.room.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.room.hide()
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
        self.updateGeometry()
        self.room.hide()  # (the message takes the room kept for it)
        self.show()

    def dismiss(self) -> None:
        if self.isHidden():
            return
        page = self.parentWidget()
        layout = page.layout() if page is not None else None
        placed = isinstance(layout, QBoxLayout) and layout.indexOf(self.room) >= 0
        if page is not None and placed and page.isVisible() and pointer_in(page):
            # What is under the pointer stays where it is: the room is kept until it leaves.
            self.room.setFixedHeight(self.height())
            self.room.show()
            page.installEventFilter(self)
        self.hide()

    def release_room(self) -> None:
        """Give the room kept after closing back to the page (the pointer left it)."""
        self.room.hide()
        page = self.parentWidget()
        if page is not None:
            page.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.parentWidget() and event.type() in (QEvent.Type.Leave, QEvent.Type.Hide):
            self.release_room()
        return False

    # As high as the text needs at the bar's width (a line, or more for a long text). The
    # page's layout takes the size hint (a QLabel's own guesses a narrower width: two or three
    # lines' height for one line of text); a new width asks the layout again.
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def height_for(self, width: int) -> int:
        margins = self._row.contentsMargins()
        frame = 2 * self.frameWidth()
        text_width = width - margins.left() - margins.right() - frame
        text_width -= self.close_button.width() + self._row.spacing()
        text = self.label.heightForWidth(max(text_width, 40))
        return max(text, self.close_button.height()) + margins.top() + margins.bottom() + frame

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        return QSize(hint.width(), self.height_for(max(self.width(), hint.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # (the text may take more or fewer lines now)


def pointer_in(widget: QWidget) -> bool:
    """Whether the mouse pointer is over ``widget`` now."""
    return widget.rect().contains(widget.mapFromGlobal(QCursor.pos()))


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
        thing. (On ``released``, which comes before ``clicked``: a message the click itself
        brings stays; and not on ``pressed``, which closed the bar while the mouse button was
        down: the button moved from under the pointer and the click was lost. Buttons made
        since the last time the page was shown are found on the next show.)"""
        for button in self.findChildren(QAbstractButton):
            if button.property("dismissesMessage") or self.message_bar.isAncestorOf(button):
                continue
            button.setProperty("dismissesMessage", True)
            button.released.connect(self.message_bar.dismiss)

    def _place_message_bar(self) -> None:
        # The bar goes above whatever layout the subclass built (added once, on first use).
        layout = self.layout()
        if isinstance(layout, QBoxLayout) and layout.indexOf(self.message_bar) < 0:
            layout.insertWidget(0, self.message_bar)
            layout.insertWidget(1, self.message_bar.room)

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


def empty_state(name: str, *below: QWidget) -> tuple[QWidget, QLabel]:
    """What a page shows in its table's place when there is nothing to list: a centred note
    (plain text, so a search shows as typed) saying what to do first, lines no longer than
    about 90 characters (hard to read across a wide screen), and ``below`` it, centred (a
    button). Returns the page to put in a stack and its note (named ``name``)."""
    note = QLabel()
    note.setObjectName(name)
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    note.setMargin(24)
    note.setMaximumWidth(note.fontMetrics().averageCharWidth() * 90)
    note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    page = QWidget()
    page.setObjectName(name + "Page")
    centred = QHBoxLayout()
    centred.addStretch(1)
    centred.addWidget(note, 8)  # (no alignment: a wrapped label keeps its lines)
    centred.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addLayout(centred)
    for widget in below:
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(1)
    return page, note
