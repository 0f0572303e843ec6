"""Background operations: one worker thread, progress with Cancel, readable errors."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from ui.operations import Operation


def _visible(cls, name: str | None = None):  # type: ignore[no-untyped-def]
    for w in QApplication.topLevelWidgets():
        if isinstance(w, cls) and w.isVisible() and (name is None or w.objectName() == name):
            return w
    return None


def test_work_runs_on_one_worker_thread_and_callbacks_on_the_main_thread(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    threads = []
    results = []

    def work(ws):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return ws.participants.count()

    for _ in range(3):
        Operation(work, db=db).success(
            lambda n: results.append((n, threading.current_thread()))
        ).run()
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert len(set(threads)) == 1 and threads[0] is not threading.main_thread()
    assert all(n == 60 and t is threading.main_thread() for n, t in results)


def test_long_operation_keeps_the_loop_responsive_and_cancel_rolls_back(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.domain.models import Participant
    from course_manager.services import Progress

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def long_import(ws):  # type: ignore[no-untyped-def]
        with ws.transaction():
            for i in range(400):
                ws.participants.add(Participant(full_name=f"Imported {i}"))
                time.sleep(0.01)
                yield Progress(i + 1, 400, f"row {i + 1}")
        return "finished"

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    outcome = []
    op = (
        Operation(long_import, db=db, parent=parent)
        .with_progress("Importing participants")
        .success(outcome.append)
        .on_cancelled(lambda: outcome.append("cancelled"))
        .run()
    )
    # No dialog for the first moments (quick work does not flash one) ...
    qtbot.wait(200)
    assert op.dialog is None
    # ... then a progress dialog with a Cancel button.
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=3000)
    dialog = op.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    assert dialog.maximum() == 400
    assert len(ticks) >= 10  # the event loop kept running timers during the work
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.click()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)
    timer.stop()
    assert db.call(lambda ws: ws.participants.count()) == 60  # the transaction rolled back


def test_a_generator_without_cancel_returns_its_value(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services import Progress

    def quick(ws):  # type: ignore[no-untyped-def]
        for i in range(3):
            yield Progress(i + 1, 3)
        return ws.participants.count()

    with qtbot.waitCallback() as cb:
        Operation(quick, db=db).with_progress("Counting").success(cb).run()
    cb.assert_called_with(60)


def test_expected_error_gives_a_plain_dialog_with_what_to_do(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.errors import InputError

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def fail(ws):  # type: ignore[no-untyped-def]
        raise InputError("Row 7 has no name.", hint="fill in column B and import again")

    Operation(fail, db=db, parent=parent).run()
    qtbot.waitUntil(lambda: _visible(QMessageBox, "errorDialog") is not None, timeout=5000)
    box = _visible(QMessageBox, "errorDialog")
    assert box.text() == "Row 7 has no name."
    assert "fill in column B" in box.informativeText()
    assert not box.detailedText()
    box.close()


def test_a_bug_gives_a_dialog_with_details_to_copy(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def bug(ws):  # type: ignore[no-untyped-def]
        return {}["missing"]

    Operation(bug, db=db, parent=parent).run()
    qtbot.waitUntil(lambda: _visible(QMessageBox, "bugDialog") is not None, timeout=5000)
    box = _visible(QMessageBox, "bugDialog")
    assert "KeyError" in box.detailedText() and "Traceback" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "KeyError" in QApplication.clipboard().text()
    box.close()


def test_changes_are_broadcast_after_success(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.outcome import Changes

    with qtbot.waitSignal(db.changed, timeout=5000) as blocker:
        Operation(lambda ws: Changes(cohorts=True), db=db).run()
    assert blocker.args[0].cohorts and not blocker.args[0].participants


def test_an_outcome_announces_its_changes_and_hands_over_itself(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.outcome import Changes, Outcome

    got = []
    with qtbot.waitSignal(db.changed, timeout=5000) as blocker:
        Operation(
            lambda ws: Outcome(ws.participants.count(), Changes(settings=True)), db=db
        ).success(got.append).run()
    assert blocker.args[0] == Changes(settings=True)
    assert got[0].value == 60


def test_an_outcome_that_changed_nothing_is_not_announced(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.outcome import Outcome
    from ui.operations import changes_of

    announced = []
    db.changed.connect(announced.append)
    done = []
    Operation(lambda ws: Outcome(1), db=db).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert announced == []
    assert changes_of(object()) is None and changes_of(3) is None


def test_take_backup_goes_through_the_backup_service(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.backup import backups

    done = []
    db.take_backup().success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0].reason == "manual"
    assert db.call(lambda ws: backups(ws.path))[0].path == done[0].path


def test_callbacks_of_a_closed_screen_are_dropped_and_changes_still_announced(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    from course_manager.services.outcome import Changes

    page = QWidget()
    release = threading.Event()
    called = []

    def work(ws):  # type: ignore[no-untyped-def]
        release.wait(5)
        return Changes(participants=True)

    op = Operation(work, db=db, parent=page).success(called.append)
    op.failure(called.append).run()
    shiboken6.delete(page)  # the window closes while its page is still loading
    with qtbot.waitSignal(db.changed, timeout=5000) as blocker:
        release.set()
    assert blocker.args[0].participants
    assert called == []


def test_a_failure_after_its_screen_closed_goes_to_the_log(qtbot, db, caplog) -> None:  # type: ignore[no-untyped-def]
    import logging

    import shiboken6

    from course_manager.errors import InputError

    page = QWidget()
    release = threading.Event()

    def work(ws):  # type: ignore[no-untyped-def]
        release.wait(5)
        raise InputError("the import failed: row 7")

    op = Operation(work, db=db, parent=page).run()
    shiboken6.delete(page)
    with caplog.at_level(logging.WARNING, logger="ui.operations"):
        release.set()
        qtbot.waitUntil(lambda: op.future.done() and op not in db._running, timeout=5000)
    assert _visible(QMessageBox) is None
    assert "row 7" in caplog.text


def test_what_the_window_lets_go_of_is_freed_on_the_worker(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """A table the window no longer shows is freed on the worker thread, not the window's."""
    import threading

    freed_on: list[str] = []

    class Big:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    box = [Big()]
    db.let_go(box)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=10_000)
    assert freed_on[0].startswith("course-db") and box == []


def test_the_attendance_grid_shown_before_is_freed_on_the_worker(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    import threading

    from ui.pages.attendance import AttendancePage

    freed_on: list[str] = []

    class Marker:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    page = AttendancePage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.grid is not None, timeout=15_000)
    qtbot.waitUntil(lambda: not db._running, timeout=15_000)
    page.model.grid.results[-1] = Marker()  # freed with the grid
    page.cohort_box.setCurrentIndex((page.cohort_box.currentIndex() + 1) % page.cohort_box.count())
    qtbot.waitUntil(lambda: bool(freed_on), timeout=15_000)
    assert freed_on[0].startswith("course-db")


def test_what_is_let_go_waits_until_the_worker_has_been_idle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Freed after the work running now, and a pause in which the window shows its result."""
    from ui.operations import LET_GO_AFTER_IDLE_MS

    freed_at: list[float] = []

    class Big:
        def __del__(self) -> None:
            freed_at.append(time.monotonic())

    release = threading.Event()
    op = Operation(lambda ws: release.wait(5), db=db).run()
    db.let_go([Big()])
    qtbot.wait(LET_GO_AFTER_IDLE_MS + 200)
    assert not freed_at  # (the worker is still busy)
    release.set()
    qtbot.waitUntil(lambda: op not in db._running, timeout=5000)
    finished = time.monotonic()
    qtbot.waitUntil(lambda: bool(freed_at), timeout=10_000)
    assert freed_at[0] - finished >= LET_GO_AFTER_IDLE_MS / 1000 - 0.05


def test_freed_in_pieces_only_what_nothing_else_holds(qtbot) -> None:  # type: ignore[no-untyped-def]
    """free_in_pieces empties the containers the let-go objects alone hold (a piece at a time),
    and leaves alone what something else still refers to."""
    from dataclasses import dataclass, field

    from ui.operations import FREE_PIECE, free_in_pieces

    freed: list[int] = []

    class Row:
        def __init__(self, n: int) -> None:
            self.n = n

        def __del__(self) -> None:
            freed.append(self.n)

    @dataclass(slots=True)
    class Table:
        rows: list[Row]
        by_id: dict[int, Row]
        shared: list[int] = field(default_factory=list)

    count = 3 * FREE_PIECE + 1
    shared = list(range(10))
    table = Table([Row(i) for i in range(count)], {}, shared)
    table.by_id = {i: Row(count + i) for i in range(count)}
    rows = table.rows  # (the window still holds this one)
    box = [table, {i: Row(2 * count + i) for i in range(5)}]
    del table
    free_in_pieces(box)
    assert box == [] and shared == list(range(10)) and len(rows) == count
    assert sorted(freed) == list(range(count, 2 * count + 5))


class _Held:
    """What a screen's callbacks hold (a page, a dialog): notes the thread it is freed on."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.results: list[object] = []

    def shown(self, result: object) -> None:
        self.results.append(result)

    def __del__(self) -> None:
        _Held.freed_on.append(threading.current_thread().name)


def test_a_screen_let_go_of_while_its_work_ends_is_freed_on_the_windows_thread(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """The worker never holds an operation's last reference: a page or dialog its callbacks
    hold, closed while the work ended, is freed on the window's thread (a widget deleted on
    the worker crashed the app). The worker is held right after the work is done until the
    window has finished the operation and let go of it: the last moment the worker held it."""
    _Held.freed_on.clear()
    for failing in (False, True):
        held = _Held()
        after_done = threading.Event()

        def work(ws, failing=failing):  # type: ignore[no-untyped-def]
            if failing:
                raise ValueError("row 7 is wrong")
            return 1

        op = Operation(work, db=db, parent=None).success(held.shown)
        op.failure(lambda exc, held=held: held.shown(exc))
        op.run()
        assert op.future is not None
        op.future.add_done_callback(lambda _fut, gate=after_done: gate.wait(5))  # (on the worker)
        del held, op
        qtbot.waitUntil(lambda: not db._running, timeout=5000)
        freed = 2 if failing else 1
        qtbot.waitUntil(lambda n=freed: len(_Held.freed_on) == n, timeout=5000)
        after_done.set()
        db.call(lambda ws: None)  # the worker has gone on to other work
    assert _Held.freed_on == ["MainThread", "MainThread"]


def test_garbage_cycles_are_collected_on_the_windows_thread_not_the_workers(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """A job's end collects the young objects' cycles: on the window's thread. A closed page
    or dialog left in a cycle (its callbacks refer to it) holds Qt objects, and those freed on
    the worker crashed the app later (a timer of an object deleted there fired)."""
    import gc

    _Held.freed_on.clear()
    held = _Held()
    held.me = held  # type: ignore[attr-defined]  # a cycle: only a collection frees it
    del held
    gc.collect(0)  # (the young generation emptied: the next cycle is all a job's end finds)
    assert _Held.freed_on == ["MainThread"]
    cycle = _Held()
    cycle.me = cycle  # type: ignore[attr-defined]
    del cycle  # garbage now, freed by the next collection of the young generation
    done: list[int] = []
    Operation(lambda ws: ws.participants.count(), db=db).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done) and len(_Held.freed_on) == 2, timeout=5000)
    assert _Held.freed_on == ["MainThread", "MainThread"]
