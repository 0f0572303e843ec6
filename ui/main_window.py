"""The main window: navigation between pages, the File menu, drops, remembered geometry.

A page with a form saved by a button speaks the unsaved-edits protocol of :mod:`ui.dialogs`
(``has_unsaved``, ``unsaved_text``, ``save_unsaved``, ``discard_unsaved``): showing another page,
switching the language and closing the window (Ctrl+Q too) ask Save / Discard / Cancel first.
Edit › Undo / Redo act on the shown page when it keeps an undo history (``undo``, ``redo``,
``can_undo``, ``can_redo``, ``undo_text``, ``redo_text``: the attendance grid).

Screens are registered in :data:`PAGES`. Each is a :class:`ui.pages.base.Page` subclass built
as ``PageClass(db)``, imported and created only when first shown (quick start-up).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui import settings_location as keys
from ui.operations import DbWorker

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent

# (QtGui's QAction and QKeySequence, and QStyle, are imported once the window is on screen:
# each Qt class Python first touches costs start-up time, its enums made into Python enums.)


def has_unsaved(page: object) -> bool:
    """Whether a page holds edits not saved yet (the protocol of :mod:`ui.dialogs`)."""
    check = getattr(page, "has_unsaved", None)
    return bool(callable(check) and check())


def settle_unsaved(page: QWidget, proceed: Callable[[], object]) -> QWidget | None:
    from ui.dialogs import settle_unsaved as settle  # (imported when needed: start-up)

    return settle(page, proceed)


class PageSpec(NamedTuple):  # (not a dataclass: that module's import delays the window)
    key: str
    #: Returns the translated title. Write it as
    #: ``lambda: QCoreApplication.translate("Pages", "Title")`` so that lupdate finds the text.
    title: Callable[[], str]
    #: "module:Class"; the class is built as ``Class(db)``.
    factory: str
    #: A QStyle.StandardPixmap name (looked up after the first paint: start-up).
    icon: str


#: The navigation, in order. Ctrl+1..9 follow this order.
PAGES: list[PageSpec] = [
    PageSpec(
        "dashboard",
        lambda: QCoreApplication.translate("Pages", "Dashboard"),
        "ui.pages.dashboard:DashboardPage",
        "SP_DesktopIcon",
    ),
    PageSpec(
        "cohorts",
        lambda: QCoreApplication.translate("Pages", "Cohorts"),
        "ui.pages.cohorts:CohortsPage",
        "SP_DirIcon",
    ),
    PageSpec(
        "participants",
        lambda: QCoreApplication.translate("Pages", "Participants"),
        "ui.pages.participants:ParticipantsPage",
        "SP_FileDialogDetailedView",
    ),
    PageSpec(
        "attendance",
        lambda: QCoreApplication.translate("Pages", "Attendance"),
        "ui.pages.attendance:AttendancePage",
        "SP_DialogApplyButton",
    ),
    PageSpec(
        "certificates",
        lambda: QCoreApplication.translate("Pages", "Certificates"),
        "ui.pages.certificates:CertificatesPage",
        "SP_FileIcon",
    ),
    PageSpec(
        "reports",
        lambda: QCoreApplication.translate("Pages", "Reports"),
        "ui.pages.reports:ReportsPage",
        "SP_FileDialogContentsView",
    ),
    PageSpec(
        "settings",
        lambda: QCoreApplication.translate("Pages", "Settings"),
        "ui.pages.settings:SettingsPage",
        "SP_FileDialogInfoView",
    ),
    PageSpec(
        "exchange",
        lambda: QCoreApplication.translate("Pages", "Exchange"),
        "ui.pages.exchange:ExchangePage",
        "SP_BrowserReload",
    ),
]

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv"}
MAX_RECENT = 8
#: The size the pages are laid out for; a screen with less room opens the window maximised.
COMFORTABLE_SIZE = (1280, 800)
#: The share of a larger screen's free area a new window takes.
SCREEN_SHARE = 0.85
#: Room kept for the title bar and frame the window manager adds around the window.
FRAME_ALLOWANCE = (16, 40)
#: A saved window smaller than this was left tiny: it opens afresh.
MIN_USABLE = (640, 480)
#: How long a passing note (a count after loading, "Opened …") stays in the status bar; a
#: page's results stay there until the next message (and in the page's message bar).
STATUS_SECONDS = 15


class FirstGeometry(NamedTuple):
    """Where a window opens the first time: a rectangle, and whether to maximise."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool


def first_geometry(
    x: int, y: int, width: int, height: int, comfortable: tuple[int, int] = COMFORTABLE_SIZE
) -> FirstGeometry:
    """The first window geometry for a screen whose available area is ``x, y, width, height``.

    Maximised when that area is smaller than :data:`COMFORTABLE_SIZE` (a 1366x768 laptop);
    otherwise :data:`SCREEN_SHARE` of it, never below the comfortable size, centred.
    """
    frame_w, frame_h = FRAME_ALLOWANCE
    room_w, room_h = width - frame_w, height - frame_h
    if room_w < comfortable[0] or room_h < comfortable[1]:
        return FirstGeometry(x, y, room_w, room_h, True)
    w = max(comfortable[0], min(room_w, round(width * SCREEN_SHARE)))
    h = max(comfortable[1], min(room_h, round(height * SCREEN_SHARE)))
    return FirstGeometry(x + (width - w) // 2, y + (height - h) // 2, w, h, False)


def geometry_fits(
    window: tuple[int, int, int, int], available: tuple[int, int, int, int], slack: int = 8
) -> bool:
    """Whether a saved window rectangle (x, y, w, h) lies within a screen's available area."""
    wx, wy, ww, wh = window
    ax, ay, aw, ah = available
    return (
        ww >= MIN_USABLE[0]
        and wh >= MIN_USABLE[1]
        and wx >= ax - slack
        and wy >= ay - slack
        and wx + ww <= ax + aw + slack
        and wy + wh <= ay + ah + slack
    )


def recent_files() -> list[str]:
    value = QSettings().value(keys.RECENT_FILES, [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def remember_file(path: Path) -> None:
    settings = QSettings()
    items = [str(path)] + [p for p in recent_files() if p != str(path)]
    settings.setValue(keys.RECENT_FILES, items[:MAX_RECENT])
    settings.setValue(keys.LAST_FILE, str(path))


class MainWindow(QMainWindow):
    """Signals:
    spreadsheetDropped(Path): a spreadsheet was dropped on the window (the import wizard
        connects here).
    pageShown(str): the key of the page now shown.
    firstPainted(): the window has been painted once (start-up continues from here).
    """

    spreadsheetDropped = Signal(object)
    pageShown = Signal(str)
    firstPainted = Signal()

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._painted = False
        self.pages: dict[str, QWidget] = {}
        self._nav = QListWidget()
        self._nav.setObjectName("navigation")
        self._nav.setIconSize(self._nav.iconSize() * 1.2)
        self._stack = QStackedWidget()
        self._placeholders: dict[str, QWidget] = {}
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self._nav)
        splitter.addWidget(self._stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        from ui.welcome import NextStepBar

        self.next_step = NextStepBar(db, self.go_to_step)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(4)
        central_layout.addWidget(self.next_step)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._status = QLabel()
        self._status.setTextFormat(Qt.TextFormat.PlainText)  # (a file's name as it is)
        self.statusBar().addWidget(self._status, 1)
        self._nav.currentRowChanged.connect(self._on_nav)
        self.spreadsheetDropped.connect(self.import_spreadsheet)
        db.opened.connect(self._on_opened)
        db.on_damaged = self._found_damaged
        self._build()
        self._restore_geometry()
        if db.is_open:  # (opened before the window was made)
            self.next_step.check()
        from ui.responsiveness import tune_garbage_collection

        tune_garbage_collection()

    # -- building (again on a language switch) -----------------------------------------------
    def _build(self) -> None:
        self._nav.blockSignals(True)
        self._nav.clear()
        for spec in PAGES:
            QListWidgetItem(spec.title(), self._nav)
        self._nav.blockSignals(False)
        self._nav.setMinimumWidth(
            self._nav.sizeHintForColumn(0) + self._nav.iconSize().width() + 46
        )
        if self._painted:
            self._set_nav_icons()
        while self._stack.count():
            widget = self._stack.widget(0)
            if widget is None:
                break
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self._placeholders.clear()
        for spec in PAGES:
            holder = QWidget()
            self._placeholders[spec.key] = holder
            self._stack.addWidget(holder)
        self._build_menus()
        self._update_title()
        if self.next_step.step is not None:
            self.next_step.show_step(self.next_step.step)  # (in the new language)

    def _after_first_paint(self) -> None:
        self._set_nav_icons()
        self._fill_menus()
        from ui.responsiveness import freeze_startup_objects

        freeze_startup_objects()

    def _set_nav_icons(self) -> None:
        # Set once the window is on screen: the style's icons come from the desktop's icon theme
        # on Linux (a search of the icon folders), ~30 ms of start-up before the first paint.
        from PySide6.QtWidgets import QStyle

        for row, spec in enumerate(PAGES):
            pixmap = getattr(QStyle.StandardPixmap, spec.icon)
            self._nav.item(row).setIcon(self.style().standardIcon(pixmap))

    def _build_menus(self) -> None:
        # The menu titles now (the bar's height is part of the first paint); their commands and
        # shortcuts once the window is on screen.
        bar = self.menuBar()
        bar.clear()
        self._menus = [
            bar.addMenu(self.tr("&File")),
            bar.addMenu(self.tr("&Edit")),
            bar.addMenu(self.tr("&View")),
            bar.addMenu(self.tr("&Go")),
            bar.addMenu(self.tr("&Help")),
        ]
        self._menus_filled = False
        if self._painted:
            self._fill_menus()

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        if self._menus_filled:  # (rebuilt after the first paint, before its queued call)
            return
        self._menus_filled = True
        file_menu, edit_menu, view_menu, go_menu, help_menu = self._menus
        self._add(file_menu, self.tr("&New…"), self.new_file, QKeySequence.StandardKey.New)
        self._add(
            file_menu, self.tr("&Open…"), self.open_file_dialog, QKeySequence.StandardKey.Open
        )
        self._recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        # Filled again whenever the File menu opens (a disabled submenu never announces its
        # own opening) and whenever a file is opened.
        file_menu.aboutToShow.connect(self._fill_recent)
        self._recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self._add(file_menu, self.tr("Open the &demo"), self.open_demo)
        self._add(
            file_menu,
            self.tr("&Import participants…"),
            self.import_spreadsheet,
            QKeySequence("Ctrl+I"),
        )
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self._undo_action = self._add(
            edit_menu, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self._redo_action = self._add(
            edit_menu, self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo
        )
        self._redo_action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        edit_menu.aboutToShow.connect(self._update_undo_actions)
        edit_menu.aboutToHide.connect(self._enable_undo_actions)
        edit_menu.addSeparator()
        self._add(edit_menu, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)

        self._refresh_action = self._add(view_menu, self.tr("&Refresh"), self.refresh_page)
        refresh_keys = [QKeySequence("F5")]
        for binding in QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh):
            if binding not in refresh_keys:
                refresh_keys.append(binding)
        self._refresh_action.setShortcuts(refresh_keys)

        for index, spec in enumerate(PAGES):
            action = self._add(go_menu, spec.title(), lambda i=index: self.show_page(i))
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))

        self._add(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self._add(help_menu, self.tr("&About Course Manager"), self.show_about)

    # -- help -------------------------------------------------------------------------------
    def show_about(self) -> QWidget:
        from ui.help_dialogs import show_about

        return show_about(self, self.db.path)

    def show_shortcuts(self) -> QWidget:
        from ui.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self._menus, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _add(self, menu, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self._recent_menu.clear()
        files = [p for p in recent_files() if Path(p).exists()]
        for path in files:
            self._add(self._recent_menu, path, lambda p=path: self.open_path(Path(p)))
        self._recent_menu.setEnabled(bool(files))

    # -- pages ------------------------------------------------------------------------------
    def show_page(self, index_or_key: int | str) -> QWidget:
        index = (
            index_or_key
            if isinstance(index_or_key, int)
            else [s.key for s in PAGES].index(index_or_key)
        )
        if self._nav.currentRow() != index:
            self._nav.setCurrentRow(index)  # calls _on_nav
        else:
            self._on_nav(index)
        return self._page(PAGES[index])  # (built even while unsaved edits elsewhere wait)

    def _page(self, spec: PageSpec) -> QWidget:
        page = self.pages.get(spec.key)
        if page is None:
            module_name, class_name = spec.factory.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            page = cls(self.db)
            page.setObjectName(f"page_{spec.key}")
            if hasattr(page, "status"):
                page.status.connect(self.show_result)
            if hasattr(page, "note"):
                page.note.connect(self.show_status)
            if hasattr(page, "languageChosen"):
                page.languageChosen.connect(self.switch_language)
            holder = self._placeholders[spec.key]
            index = self._stack.indexOf(holder)
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(holder)
            holder.deleteLater()
            self.pages[spec.key] = page
        return page

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        leaving = self._stack.currentWidget()
        if leaving is not self.pages.get(PAGES[row].key) and has_unsaved(leaving):
            # Stay (and show it) until the edits are saved or discarded. The list marks the
            # page shown again now, after the click that chose another row has finished (it
            # selects that row once this returns) and once the question is answered: Cancel,
            # or a save that failed, leaves the same page shown and marked.
            self._mark_shown_page()
            QTimer.singleShot(0, self._mark_shown_page)
            question = settle_unsaved(leaving, lambda: self.show_page(row))
            if question is not None:
                question.finished.connect(lambda _result: self._mark_shown_page())
            return
        spec = PAGES[row]
        page = self._page(spec)
        if page is not leaving:  # a page's passing note ("Participants: 20") is about that page
            self.statusBar().clearMessage()
        self._raise_page(page)
        QSettings().setValue(keys.LAST_PAGE, spec.key)
        self.pageShown.emit(spec.key)

    def current_page(self) -> QWidget | None:
        return self._stack.currentWidget()

    def _raise_page(self, page: QWidget) -> None:
        """Show ``page`` in the stack (put in first if it is not there: Qt would only warn
        "QStackedWidget::setCurrentWidget: widget … not contained in stack" and show nothing)."""
        if self._stack.indexOf(page) < 0:
            self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)

    def _mark_shown_page(self) -> None:
        """The navigation's current and selected row: the page shown (nothing else)."""
        from PySide6.QtCore import QItemSelectionModel

        shown = self._stack.currentWidget()
        key = next((k for k, page in self.pages.items() if page is shown), None)
        if key is None:
            return
        row = [s.key for s in PAGES].index(key)
        self._nav.blockSignals(True)
        self._nav.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._nav.blockSignals(False)

    def go_to_step(self, step: str) -> None:
        """A new file's next step (the bar above the pages): show where it is done."""
        if step == "import":
            self.import_spreadsheet()
            return
        if step == "programme":
            page = self.show_page("settings")
            if hasattr(page, "focus_programme"):
                page.focus_programme()
            return
        page = self.show_page("cohorts")
        if hasattr(page, "open_new_form"):
            page.open_new_form("module" if step == "modules" else "cohort")

    # -- undo -------------------------------------------------------------------------------
    def _undo_page(self) -> QWidget | None:
        page = self.current_page()
        return page if page is not None and hasattr(page, "undo") else None

    def undo(self) -> None:
        page = self._undo_page()
        if page is not None:
            page.undo()  # type: ignore[attr-defined]

    def redo(self) -> None:
        page = self._undo_page()
        if page is not None:
            page.redo()  # type: ignore[attr-defined]

    def _update_undo_actions(self) -> None:
        """The Edit menu names what Undo and Redo would do (and greys out what cannot)."""
        page = self._undo_page()
        undo_text = page.undo_text() if page is not None else ""  # type: ignore[attr-defined]
        redo_text = page.redo_text() if page is not None else ""  # type: ignore[attr-defined]
        self._undo_action.setEnabled(bool(page is not None and page.can_undo()))  # type: ignore[attr-defined]
        self._redo_action.setEnabled(bool(page is not None and page.can_redo()))  # type: ignore[attr-defined]
        self._undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        self._redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )

    def _enable_undo_actions(self) -> None:
        # (The shortcuts stay live with the menu closed; a page with nothing to undo ignores them.)
        self._undo_action.setEnabled(True)
        self._redo_action.setEnabled(True)

    def refresh_page(self) -> None:
        """View › Refresh (F5): reload what the shown page shows from the file (unsaved edits
        there are settled first: reloading would drop them)."""
        page = self.current_page()
        reload = getattr(page, "reload", None)
        if page is None or not callable(reload):
            return
        settle_unsaved(page, reload)

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "focus_search") and page.focus_search():
            return
        participants = self.show_page("participants")
        if hasattr(participants, "focus_search"):
            participants.focus_search()

    # -- files ------------------------------------------------------------------------------
    def _update_title(self) -> None:
        app = QCoreApplication.translate("MainWindow", "Course Manager")
        if self.db.path is not None:
            name = self.db.path.name
            if self.db.read_only:
                name = self.tr("%1 (read-only)").replace("%1", name)
            self.setWindowTitle(f"{name} — {app}")
            self.setWindowFilePath(str(self.db.path))
        else:
            self.setWindowTitle(app)

    def _on_opened(self, path: Path) -> None:
        remember_file(path)
        if getattr(self, "_menus_filled", False):  # (else filled with the menus, later)
            self._fill_recent()
        self._update_title()
        # (What stays true while the file is open stays in the status bar; the rest goes.)
        self._status.clear()
        if self.db.read_only:  # a read-only folder or medium: changes are refused with a dialog
            self._status.setText(
                self.tr("Opened %1 read-only: it can be viewed, changes cannot be saved").replace(
                    "%1", str(path)
                )
            )
        else:
            self.show_status(self.tr("Opened %1").replace("%1", str(path)))
        if self.db.backup_problem is not None:  # reported, never silently skipped
            from ui.message_text import text

            self._status.setText(text(self.db.backup_problem))
            page = self.current_page()
            if hasattr(page, "show_message"):
                page.show_message(text(self.db.backup_problem), "warning")

    def show_status(self, text: str) -> None:
        """A passing message in the status bar (gone after :data:`STATUS_SECONDS`)."""
        self.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    def show_result(self, text: str) -> None:
        """A result in the status bar, kept until the next message or another page is shown
        (the page's message bar shows it too)."""
        self.statusBar().showMessage(text)

    def open_path(self, path: Path) -> None:
        self.db.open_file(path, parent=self).with_progress(self.tr("Opening the file…")).failure(
            lambda exc: self._open_failed(Path(path), exc)
        ).run()

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        """A damaged file: offer the newest sound backup. Anything else: the usual dialog."""
        from course_manager.errors import DamagedFileError
        from ui.dialogs import show_exception

        if not isinstance(exc, DamagedFileError):
            show_exception(self, exc)
            return
        self.db.find_newest_backup(path, parent=self).success(
            lambda backup: self._offer_restore(path, exc, backup)
        ).run()

    def _found_damaged(self, exc: BaseException) -> None:
        """Work on the open file found it damaged: offer the newest backup, as on opening."""
        if self.db.path is None:
            from ui.dialogs import show_exception

            show_exception(self, exc)
            return
        self._open_failed(self.db.path, exc)

    def _offer_restore(self, path: Path, exc: BaseException, backup: Path | None) -> None:
        from ui.dialogs import show_exception

        if backup is None:
            show_exception(self, exc)
            return
        from PySide6.QtWidgets import QMessageBox  # (imported when needed: start-up)

        shown = self.findChild(QMessageBox, "restoreOfferDialog")
        if shown is not None and shown.isVisible():
            return  # several screens met the same damage: one offer
        box = QMessageBox(self)
        box.setObjectName("restoreOfferDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)  # (the file's and the backup's names)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Course Manager"))
        from ui.message_text import error_text

        box.setText(error_text(exc)[0])  # in the app's language; the hint names a CLI command
        box.setInformativeText(
            self.tr(
                "The newest sound backup is %1. Restore it? The damaged file is kept in "
                "the backups folder."
            ).replace("%1", backup.name)
        )
        restore = box.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)

        def clicked(button: object) -> None:
            if button is restore:
                self.db.restore_and_open(backup, path, parent=self).with_progress(
                    self.tr("Restoring the backup…")
                ).run()

        box.buttonClicked.connect(clicked)
        box.open()

    def new_file(self) -> None:
        from ui.dialogs import save_file_name

        name = save_file_name(
            self,
            self.tr("New programme file"),
            str(self._start_dir() / "programme.sqlite3"),
            self.tr("Course Manager files (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(".sqlite3")
            self.open_path(path)

    def open_file_dialog(self) -> None:
        from ui.dialogs import open_file_name

        name = open_file_name(
            self,
            self.tr("Open a programme file"),
            str(self._start_dir()),
            self.tr("Course Manager files (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        from course_manager.paths import user_data_dir

        path = user_data_dir() / "course-manager-demo.sqlite3"
        self.db.open_file(path, demo=True, parent=self).with_progress(
            self.tr("Preparing the demo…")
        ).run()

    def _start_dir(self) -> Path:
        if self.db.path is not None:
            return self.db.path.parent
        return Path.home()

    def import_spreadsheet(self, path: Path | None = None) -> None:
        from ui.pages.import_wizard import open_import_wizard

        wizard = open_import_wizard(self.db, path, self)
        wizard.finished.connect(lambda _result: self._import_finished(wizard))

    def _import_finished(self, wizard: QWidget) -> None:
        """The import's result, once the wizard closes, in the page the user returns to."""
        for page_id in wizard.pageIds():  # type: ignore[attr-defined]
            page = wizard.page(page_id)  # type: ignore[attr-defined]
            report, summary = getattr(page, "report", None), getattr(page, "summary", None)
            if report is None or not isinstance(summary, QLabel) or not summary.text():
                continue
            shown = self.current_page()
            if hasattr(shown, "show_message"):
                kind = "warning" if getattr(report, "rejected", None) else "info"
                shown.show_message(summary.text(), kind)
            self.show_result(summary.text().splitlines()[-1])
            return

    # -- drops ------------------------------------------------------------------------------
    @staticmethod
    def _spreadsheet(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in SPREADSHEET_SUFFIXES:
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._spreadsheet(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._spreadsheet(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.spreadsheetDropped.emit(path)

    # -- language ---------------------------------------------------------------------------
    def switch_language(self, lang: str) -> None:
        """Install ``lang`` and rebuild the window's texts and pages, keeping the current page
        (unsaved edits are settled first: rebuilding the pages would drop them)."""
        pending = next((p for p in self._pages_now() if has_unsaved(p)), None)
        if pending is not None:
            settle_unsaved(pending, lambda: self.switch_language(lang))
            if has_unsaved(pending):  # cancelled (or saving): the language shown stays
                settings = self.pages.get("settings")
                box = getattr(settings, "ui_language", None)
                if box is not None:
                    box.setCurrentIndex(max(box.findData(i18n.current_language()), 0))
            return
        i18n.save_language(lang)
        i18n.install(lang)
        key = PAGES[max(self._nav.currentRow(), 0)].key
        self._build()
        self.show_page(key)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
            QTimer.singleShot(0, self.firstPainted.emit)

    # -- geometry ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(keys.WINDOW_GEOMETRY)
        restored = geometry is not None and self.restoreGeometry(geometry)
        if restored and not self.isMaximized() and not self._fits_screen():
            restored = False  # saved on a larger screen, or left tiny: start afresh
        if not restored:
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMaximized)
            self.apply_first_geometry()
        state = settings.value(keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(keys.WINDOW_SPLITTER)
        if splitter is not None:
            self._splitter.restoreState(splitter)
        else:
            self._splitter.setSizes([200, 980])

    def _available(self) -> tuple[int, int, int, int]:
        screen = self.screen()
        area = screen.availableGeometry()
        return area.x(), area.y(), area.width(), area.height()

    def _fits_screen(self) -> bool:
        rect = self.geometry()
        return geometry_fits((rect.x(), rect.y(), rect.width(), rect.height()), self._available())

    def apply_first_geometry(self, available: tuple[int, int, int, int] | None = None) -> None:
        """Size the window from the screen's available area (see :func:`first_geometry`)."""
        first = first_geometry(*(available or self._available()))
        self.setGeometry(first.x, first.y, first.width, first.height)
        if first.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def start_page(self) -> str:
        key = str(QSettings().value(keys.LAST_PAGE, "dashboard") or "dashboard")
        return key if key in [s.key for s in PAGES] else "dashboard"

    def _pages_now(self) -> list[QWidget]:
        """The pages built so far, the shown one first."""
        shown = self.current_page()
        return [p for p in (shown, *self.pages.values()) if p is not None]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        pending = next((p for p in self._pages_now() if has_unsaved(p)), None)
        if pending is not None:
            event.ignore()
            if pending is not self.current_page():
                self._raise_page(pending)
                self._mark_shown_page()
            # (closed again once the edits are saved or discarded: from the event loop, as a
            # close cannot start inside its own closeEvent)
            settle_unsaved(pending, lambda: QTimer.singleShot(0, self.close))
            return
        settings = QSettings()
        settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        settings.setValue(keys.WINDOW_STATE, self.saveState())
        settings.setValue(keys.WINDOW_SPLITTER, self._splitter.saveState())
        super().closeEvent(event)
