"""What every screen shares: the database worker, refresh on changes, the search shortcut."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.operations import DbWorker, Operation


class Page(QWidget):
    """A screen of the main window.

    Subclasses get the database worker (never the main window), build their widgets in
    ``__init__`` and load data in :meth:`refresh`, which runs when the page is first shown,
    after a file is opened, and after a mutation whose :class:`Changes` match
    :meth:`wants` (only when visible; otherwise on next show).

    Signals:
        status(str): a short message for the window's status bar.
    """

    status = Signal(str)

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._dirty = True
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

    def op(self, fn: Any) -> Operation:
        """An :class:`Operation` on this page's worker, with this page as dialog parent."""
        return Operation(fn, db=self.db, parent=self)

    # -- plumbing -------------------------------------------------------------------------
    def _on_changes(self, changes: Any) -> None:
        if self.wants(changes):
            self._request_refresh()

    def _on_opened(self, _path: object) -> None:
        self._request_refresh()

    def _request_refresh(self) -> None:
        if self.isVisible() and self.db.is_open:
            self._dirty = False
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._dirty and self.db.is_open:
            self._dirty = False
            self.refresh()
