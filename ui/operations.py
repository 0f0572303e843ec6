"""Database work off the UI thread (modelled on Anki's qt/aqt/operations and taskman).

All database work goes through ONE worker thread that owns the open Workspace (the connection
is made with ``check_same_thread=False``). Screens never touch the Workspace directly:

    Operation(lambda ws: ws.participants.update(pid, email=text), db=self.db, parent=self)
        .success(lambda person: ...)          # main thread
        .failure(lambda exc: ...)             # optional; default: a readable dialog
        .with_progress(self.tr("Importing"))  # progress dialog after ~0.5 s, Cancel for generators
        .run()

The work function receives the Workspace and must not touch widgets. It may return:

- a value, handed to ``success``;
- an :class:`~course_manager.services.outcome.Outcome` (what every mutating service returns),
  or any object with a ``changes`` attribute holding
  :class:`~course_manager.services.outcome.Changes` (or a bare ``Changes``): after ``success``
  the worker emits ``changed(changes)`` so every screen refreshes what it shows. Screens never
  make up a ``Changes`` themselves: they pass on the service's answer;
- a generator yielding :class:`course_manager.services.Progress` (a long service): it runs in the
  worker, the dialog shows its progress, Cancel throws :class:`~course_manager.services.Cancelled`
  into it (its transaction rolls back) and the generator's ``return`` value is the result.

Expected failures (:class:`course_manager.errors.CourseManagerError`) become a plain dialog;
anything else is a bug and gets a dialog with details to copy.

Backups and restores go through :mod:`course_manager.services.backup`, the functions the
command line calls too (:meth:`DbWorker.take_backup`, :meth:`DbWorker.restore_backup`,
:meth:`DbWorker.find_newest_backup`, :meth:`DbWorker.restore_and_open`).
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from course_manager import collector

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from PySide6.QtWidgets import QProgressDialog

    from course_manager.services.outcome import Changes
    from course_manager.services.workspace import Workspace

log = logging.getLogger(__name__)

#: How long quick work may take before a progress dialog appears (Anki uses 0.5 s too).
PROGRESS_DELAY_MS = 500
#: Progress updates are sent to the UI at most this often.
PROGRESS_INTERVAL_S = 0.05
#: How often the open file is checked for what another program committed to it (the command
#: line, another window), while a window of the app is active and the worker is idle.
WATCH_INTERVAL_MS = 2500
#: What :meth:`DbWorker.let_go` is given is freed once the worker has been idle this long (the
#: window lays out and paints what a job brought right after it ends).
LET_GO_AFTER_IDLE_MS = 250


class _Bridge(QObject):
    """Carries callables from the worker thread to the main thread.

    The callables wait in a thread-safe queue and an argument-less queued signal wakes the
    main thread to run them (no Python objects travel through Qt's queued connections).
    """

    wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self.wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        self._queue.put(fn)
        self.wake.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                fn = self._queue.get_nowait()
            except queue.Empty:
                return
            fn()


#: A bridge to the window's thread that lives as long as the app (workers come and go).
_window_bridge: _Bridge | None = None


def _collect_on_window_thread() -> None:
    """The young collections the worker's jobs want run on the window's thread (made there,
    once): a collection frees every cycle that is garbage, closed pages and dialogs among
    them, and Qt objects freed on the worker's thread crash the app (a timer of an object
    deleted there fires on a dangling object)."""
    global _window_bridge
    if _window_bridge is None and threading.current_thread() is threading.main_thread():
        _window_bridge = _Bridge()
        collector.collect_on(_window_bridge.post)


def _paused(fn: Callable[[], Any]) -> Callable[[], Any]:
    """``fn`` to run on the worker with the collector off (see :func:`collector.paused`)."""

    def run() -> Any:
        with collector.paused():
            return fn()

    return run


class DbWorker(QObject):
    """The one thread that owns the open Workspace.

    Signals:
        changed(Changes): a mutation finished; screens refresh what they show.
        opened(Path): a file was opened (or created) on the worker.
    """

    changed = Signal(object)
    opened = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._bridge = _Bridge()
        _collect_on_window_thread()
        self._ws: Workspace | None = None
        self.path: Path | None = None
        #: the open file is read-only (a read-only folder or medium): viewing only
        self.read_only = False
        #: called (main thread) with the DamagedFileError when work finds the open file damaged
        #: and its screen set no failure handler; the main window offers the newest backup
        self.on_damaged: Callable[[BaseException], Any] | None = None
        #: why today's automatic backup of the open file could not be written (a Message)
        self.backup_problem: Any = None
        self._running: set[Operation] = set()
        #: what :meth:`let_go` was given, waiting to be freed on the worker
        self._garbage: list[Any] = []
        self._garbage_timer: QTimer | None = None
        #: when the last operation finished (time.monotonic)
        self._last_finished = 0.0
        #: the Changes last announced for what another program committed to the file (a page
        #: with unsaved edits is not reloaded under the user's hands for those)
        self.changes_elsewhere: Changes | None = None
        self._watch_timer: QTimer | None = None
        self._checking = False
        self.opened.connect(self._start_watching)

    @property
    def _executor(self) -> ThreadPoolExecutor:
        # Made on first use: concurrent.futures is imported after the window is on screen.
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="course-db")
        return self._pool

    # -- worker-thread side ---------------------------------------------------------------
    def _open_here(self, path: Path, demo: bool = False) -> Path:
        # (course_manager.storage imports sqlite-utils without letting it pull in pandas.)
        from course_manager.services.workspace import Workspace

        new = Workspace.open(path)
        if demo:
            from course_manager.services.demo import load_demo

            load_demo(new)
        if self._ws is not None:
            self._ws.close()
        self._ws = new
        self.path = Path(path)
        self.read_only = new.read_only
        self.backup_problem = new.backup_problem
        return self.path

    def _workspace(self) -> Workspace:
        if self._ws is None:
            # (kinds made here: importing course_manager.domain at start-up loads dataclasses
            # before the first window)
            from course_manager.domain.messages import MessageKind
            from course_manager.errors import CourseManagerError

            raise CourseManagerError(
                MessageKind("app.no_file_open", "No file is open.")(),
                hint=MessageKind("app.hint_open_a_file", "open or create a file first")(),
            )
        return self._ws

    # -- main-thread side -------------------------------------------------------------------
    def submit(self, fn: Callable[[Any], Any]) -> Future[Any]:
        """Run ``fn(workspace)`` on the worker; a Future for tests and tools."""
        return self._executor.submit(_paused(lambda: fn(self._workspace())))

    def let_go(self, box: list[Any]) -> None:
        """Empty ``box`` and have what it alone held (a 20,000-row table the window no longer
        shows) freed on the worker thread, once the worker has been idle for
        :data:`LET_GO_AFTER_IDLE_MS`. The caller keeps no other reference to what was in it.

        Freeing 20,000 rows on the window's thread took 20-40 ms. Freed on the worker in one
        step, they held the interpreter as long (hence :func:`free_in_pieces`); and freed
        right away, that ran while the window laid out and painted the table shown instead,
        each of the window's calls into the model waiting for the interpreter."""
        self._garbage.extend(box)
        box.clear()
        if self._garbage_timer is None:
            self._garbage_timer = QTimer(self)
            self._garbage_timer.setSingleShot(True)
            self._garbage_timer.timeout.connect(self._free_garbage)
        self._garbage_timer.start(LET_GO_AFTER_IDLE_MS)

    def _free_garbage(self) -> None:
        idle_ms = (time.monotonic() - self._last_finished) * 1000
        if self._garbage_timer is not None and (self._running or idle_ms < LET_GO_AFTER_IDLE_MS):
            wait = LET_GO_AFTER_IDLE_MS if self._running else LET_GO_AFTER_IDLE_MS - idle_ms
            self._garbage_timer.start(max(int(wait), 1))
            return
        garbage, self._garbage = self._garbage, []
        try:
            self._executor.submit(_paused(lambda: free_in_pieces(garbage)))
        except RuntimeError:  # (the worker has stopped: freed here)
            garbage.clear()

    # -- what other programs commit ---------------------------------------------------------
    def _start_watching(self, _path: object = None) -> None:
        if self._watch_timer is None:
            from PySide6.QtGui import QGuiApplication

            self._watch_timer = QTimer(self)
            self._watch_timer.timeout.connect(self.check_elsewhere)
            self._watch_timer.start(WATCH_INTERVAL_MS)
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):  # back from the terminal: looked at at once
                app.applicationStateChanged.connect(self._on_application_state)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        watching = self._watch_timer is not None and self._watch_timer.isActive()
        if state == Qt.ApplicationState.ApplicationActive and watching:
            self.check_elsewhere()

    def check_elsewhere(self) -> bool:
        """Ask the worker whether another program (the command line, another window) committed
        to the open file since the last look (``Workspace.changed_elsewhere``: SQLite's data
        version, a cheap check); if so, ``changed`` is emitted with everything changed and
        every screen reloads. Runs every :data:`WATCH_INTERVAL_MS` while a window of the app is
        active and the worker has nothing else to do; never on the window's thread. False when
        no check was queued."""
        from PySide6.QtGui import QGuiApplication

        if self._ws is None or self._checking or self._running or self._pool is None:
            return False
        if QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
            return False

        def work() -> Changes | None:
            ws = self._ws
            return ws.changed_elsewhere() if ws is not None else None

        try:
            future = self._executor.submit(_paused(work))
        except RuntimeError:  # (the worker has stopped)
            return False
        self._checking = True
        bridge = self._bridge
        future.add_done_callback(lambda fut: bridge.post(lambda: self._checked(fut)))
        return True

    def _checked(self, future: Future[Any]) -> None:
        self._checking = False
        if not shiboken6.isValid(self):
            return
        exc = future.exception()
        if exc is not None:  # (a busy or damaged file shows itself with the next real work)
            log.debug("checking the file for other programs' changes failed", exc_info=exc)
            return
        changes = future.result()
        if changes is not None and changes.any:
            log.info("another program changed %s: every screen reloads", self.path)
            self.changes_elsewhere = changes
            self.changed.emit(changes)

    def call(self, fn: Callable[[Any], Any], timeout: float = 60.0) -> Any:
        """Run ``fn(workspace)`` on the worker and wait (tests and tools; not for screens)."""
        return self.submit(fn).result(timeout)

    def open_file(
        self, path: Path, *, demo: bool = False, parent: QWidget | None = None
    ) -> Operation:
        """An operation opening (creating) ``path``; ``opened`` is emitted when it succeeds."""

        def work(_ws: Any) -> Path:
            return self._open_here(Path(path), demo)

        op = Operation(work, db=self, parent=parent, needs_workspace=False)
        op.success(self.opened.emit)
        return op

    def take_backup(self, *, parent: QWidget | None = None) -> Operation:
        """Copy the open file into its backups folder now (services.backup.take_backup, as
        ``course-manager backup``); ``success`` gets the new backup's BackupInfo."""

        def work(ws: Workspace) -> Any:
            from course_manager.services.backup import take_backup

            return take_backup(ws)

        return Operation(work, db=self, parent=parent)

    def restore_backup(self, backup: Path, *, parent: QWidget | None = None) -> Operation:
        """Close the file, put ``backup`` in its place (services.backup.restore, as
        ``course-manager restore``), reopen it.

        ``opened`` is emitted afterwards so every screen reloads. The file is reopened even
        when the restore is refused.
        """

        def work(_ws: Any) -> Any:
            from course_manager.services.backup import restore

            path = self.path
            if path is None or self._ws is None:
                return self._workspace()  # raises "No file is open."
            self._ws.close()
            self._ws = None
            try:
                return restore(Path(backup), path)
            finally:
                self._open_here(path)

        op = Operation(work, db=self, parent=parent, needs_workspace=False)
        op.success(lambda _kept: self.opened.emit(self.path))
        return op

    def find_newest_backup(self, path: Path, *, parent: QWidget | None = None) -> Operation:
        """An operation returning the newest sound backup of ``path`` (or None)."""

        def work(_ws: Any) -> Path | None:
            from course_manager.services.backup import newest_backup

            return newest_backup(Path(path))

        return Operation(work, db=self, parent=parent, needs_workspace=False)

    def restore_and_open(
        self, backup: Path, path: Path, *, parent: QWidget | None = None
    ) -> Operation:
        """Put ``backup`` in place of the file at ``path`` that would not open, then open it.

        The file it replaces (damaged as it may be) is kept in the backups folder.
        """

        def work(_ws: Any) -> Path:
            from course_manager.services.backup import restore

            if self._ws is not None and self.path == Path(path):  # damage found while open
                self._ws.close()
                self._ws = None
            restore(Path(backup), Path(path))
            return self._open_here(Path(path))

        op = Operation(work, db=self, parent=parent, needs_workspace=False)
        op.success(self.opened.emit)
        return op

    def as_file_error(self, exc: BaseException) -> BaseException:
        """``exc`` as the open file's error when the file is to blame (SQLite's own error, or
        garbled text read from a damaged file), else ``exc`` itself."""
        if "sqlite3" not in sys.modules:  # (no SQLite loaded: no SQLite error)
            return exc
        from course_manager.services.database_errors import file_error

        return file_error(exc, self.path) or exc

    def open_now(self, path: Path) -> None:
        """Open ``path`` and wait (tests and benchmarks)."""
        self._executor.submit(self._open_here, Path(path)).result()
        self.opened.emit(self.path)

    @property
    def is_open(self) -> bool:
        return self._ws is not None

    def close(self) -> None:
        """Finish queued work, close the file and stop the thread."""
        if self._watch_timer is not None:
            self._watch_timer.stop()

        def shut() -> None:
            if self._ws is not None:
                self._ws.close()
                self._ws = None

        self._executor.submit(shut)
        self._executor.shutdown(wait=True)


#: How many objects :func:`free_in_pieces` frees between two chances for another thread to run.
FREE_PIECE = 500


def free_in_pieces(box: list[Any]) -> None:
    """Empty ``box``, freeing the big lists, dicts and sets it alone holds a piece at a time.

    Freeing a container frees everything in it in one step of the interpreter (a 20,000-row
    grid: 30-40 ms) that no other thread can interrupt. Emptied a piece at a time, the
    interpreter can pass to the window's thread between two pieces. Only what nothing else
    refers to is emptied (reference counts: what the box holds, and containers held by those
    alone, directly or as attributes); anything else is simply let go.
    """
    while box:
        thing = box.pop()
        # (references to ``thing``: this name and getrefcount's argument)
        if sys.getrefcount(thing) <= 2:
            _empty_in_pieces(thing)
            for name in _attribute_names(thing):
                value = getattr(thing, name, None)
                # (the attribute, this name and getrefcount's argument)
                if isinstance(value, list | dict | set) and sys.getrefcount(value) <= 3:
                    _empty_in_pieces(value)
                del value
        del thing


def _attribute_names(thing: Any) -> list[str]:
    """The names of ``thing``'s attributes (instance dict and slots); none for plain values."""
    if isinstance(thing, list | dict | set | tuple | str | bytes | int | float):
        return []
    names = list(getattr(thing, "__dict__", ()))
    for cls in type(thing).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names.extend([slots] if isinstance(slots, str) else slots)
    return [n for n in names if not n.startswith("__")]


def _empty_in_pieces(container: Any) -> None:
    if isinstance(container, list):
        while container:
            del container[-FREE_PIECE:]
    elif isinstance(container, dict | set):
        while container:
            for _ in range(min(FREE_PIECE, len(container))):
                container.popitem() if isinstance(container, dict) else container.pop()


class Operation:
    """One piece of background work with main-thread callbacks (see the module docstring)."""

    def __init__(
        self,
        fn: Callable[[Any], Any],
        *,
        db: DbWorker,
        parent: QWidget | None = None,
        needs_workspace: bool = True,
        owner: QObject | None = None,
    ) -> None:
        """``parent``: the dialogs' parent. ``owner`` (default: ``parent``): the object the
        callbacks belong to; once it is deleted, they are not called."""
        self._fn = fn
        self._db = db
        self._parent = parent
        self._owner = owner if owner is not None else parent
        self._needs_workspace = needs_workspace
        self._success: list[Callable[[Any], Any]] = []
        self._failure: Callable[[BaseException], Any] | None = None
        self._cancelled_cb: Callable[[], Any] | None = None
        self._label: str | None = None
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._is_generator = False
        self._last: tuple[int, int, Any] = (0, 0, "")
        self.future: Future[Any] | None = None

    def success(self, cb: Callable[[Any], Any]) -> Operation:
        """Call ``cb(result)`` on the main thread (several callbacks run in the order added)."""
        self._success.append(cb)
        return self

    def failure(self, cb: Callable[[BaseException], Any]) -> Operation:
        """Replace the default error dialog with ``cb(exception)``."""
        self._failure = cb
        return self

    def on_cancelled(self, cb: Callable[[], Any]) -> Operation:
        self._cancelled_cb = cb
        return self

    def with_progress(self, label: str) -> Operation:
        self._label = label
        return self

    def cancel(self) -> None:
        """Ask a generator service to stop (also what the dialog's Cancel button does)."""
        self._cancel.set()

    # -- running --------------------------------------------------------------------------
    def run(self) -> Operation:
        self._db._running.add(self)
        if self._label is not None:
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(PROGRESS_DELAY_MS)
        # The worker is given the operation weakly (the window's ``_running`` holds it until
        # it finishes): the worker must never let go of the operation's last reference. That
        # would free its callbacks, and through them a page or dialog that was closed
        # meanwhile, on the worker's thread: a widget deleted off the window's thread crashes.
        self.future = self._db._executor.submit(_run_weakly, weakref.ref(self))
        # The future's callback holds the operation weakly (the worker's ``_running`` holds it
        # until it finishes): operation -> future -> callback -> operation would be a cycle,
        # and the result (20,000 rows) garbage only the cyclic collector frees, in one long
        # collection that stops every thread.
        bridge, ref = self._db._bridge, weakref.ref(self)
        self.future.add_done_callback(lambda fut: bridge.post(lambda: _finish_later(ref, fut)))
        return self

    def _work(self) -> Any:
        # The cyclic garbage collector is off while the job runs: its collections would walk
        # the rows the job is building (all alive) while the window's thread waits for the
        # interpreter. At the end, one short step collects or freezes (course_manager.collector).
        with collector.paused():
            ws = self._db._workspace() if self._needs_workspace else self._db._ws
            result = self._fn(ws)
            if isinstance(result, Generator):
                self._is_generator = True
                return self._drive(result)
            return result

    def _drive(self, gen: Generator[Any, Any, Any]) -> Any:
        from course_manager.services import Cancelled, Progress

        sent_at = 0.0
        thrown = False
        while True:
            try:
                if self._cancel.is_set() and not thrown:
                    thrown = True
                    item = gen.throw(Cancelled())
                else:
                    item = next(gen)
            except StopIteration as stop:
                if thrown:
                    raise Cancelled() from None
                return stop.value
            if isinstance(item, Progress):
                now = time.monotonic()
                if now - sent_at >= PROGRESS_INTERVAL_S or item.done >= item.total:
                    sent_at = now
                    self._db._bridge.post(lambda p=item: self._update(p.done, p.total, p.label))

    def _update(self, done: int, total: int, label: Any) -> None:
        self._last = (done, total, label)
        dialog = self._dialog
        if dialog is None:
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if label:
            from ui.message_text import text
            from ui.text import literal

            # a service's Message in the app's language; a file or person it names as typed
            dialog.setLabelText(literal(text(label)))

    def _show_dialog(self) -> None:
        if self.future is None or self.future.done():
            return
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("Operation", "Course Manager"))
        from ui.text import literal

        dialog.setLabelText(literal(self._label or ""))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.setRange(0, 0)
        if self._is_generator:
            dialog.setCancelButtonText(QCoreApplication.translate("Operation", "Cancel"))
            dialog.canceled.connect(self._on_cancel_pressed)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        done, total, label = self._last
        if total:
            self._update(done, total, label)
        dialog.show()

    def _on_cancel_pressed(self) -> None:
        self.cancel()
        if self._dialog is not None:
            from PySide6.QtCore import QCoreApplication

            self._dialog.setLabelText(QCoreApplication.translate("Operation", "Cancelling…"))
            self._dialog.show()

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def _finish(self, fut: Future[Any]) -> None:
        self._db._running.discard(self)
        self._db._last_finished = time.monotonic()
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.canceled.disconnect()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        exc = fut.exception()
        # The screen that asked may be gone (a window closed while its page was loading): its
        # callbacks would touch deleted widgets. Changes are still announced to the others.
        asker_gone = self._owner is not None and not shiboken6.isValid(self._owner)
        if exc is not None:
            try:
                if not asker_gone:
                    self._handle_error(exc)
                elif not _is_cancelled(exc):
                    log.warning("an operation failed after its screen was closed", exc_info=exc)
            finally:
                # The error's frames hold the operation (``self`` of _work): operation ->
                # future -> error -> frames -> operation, a cycle only a collection frees, on
                # whichever thread collects. Emptied here, the operation goes when let go.
                traceback.clear_frames(exc.__traceback__)
            return
        result = fut.result()
        if not asker_gone:
            for cb in self._success:
                cb(result)
        changes = changes_of(result)
        if changes is not None and changes.any:
            self._db.changed.emit(changes)

    def _handle_error(self, exc: BaseException) -> None:
        if _is_cancelled(exc):
            if self._cancelled_cb is not None:
                self._cancelled_cb()
            return
        exc = self._db.as_file_error(exc)
        if self._failure is not None:
            self._failure(exc)
            return
        from course_manager.errors import DamagedFileError

        if isinstance(exc, DamagedFileError) and self._db.on_damaged is not None:
            self._db.on_damaged(exc)
            return
        from ui.dialogs import show_exception

        show_exception(self._parent, exc)


def _run_weakly(ref: weakref.ReferenceType[Operation]) -> Any:
    """Run the operation on the worker, holding it only while it runs: the reference is gone
    before the future is done, so the window's thread lets go of it last."""
    operation = ref()
    if operation is None:  # (cannot happen: ``_running`` holds it; nothing to run then)
        return None
    try:
        return operation._work()
    finally:
        del operation


def _finish_later(ref: weakref.ReferenceType[Operation], fut: Future[Any]) -> None:
    operation = ref()
    if operation is not None:
        operation._finish(fut)


def changes_of(result: object) -> Changes | None:
    """What a finished piece of work says it changed: ``result.changes`` of an Outcome (or of
    any result carrying one), or ``result`` itself when it is a Changes; None otherwise."""
    # A result can only hold a Changes once the services' outcome module is loaded: looking
    # it up here keeps that import off the start-up path.
    outcome = sys.modules.get("course_manager.services.outcome")
    if outcome is None:
        return None
    changes = result if isinstance(result, outcome.Changes) else getattr(result, "changes", None)
    return changes if isinstance(changes, outcome.Changes) else None


def _is_cancelled(exc: BaseException) -> bool:
    from course_manager.services import Cancelled

    return isinstance(exc, Cancelled)


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
