"""The Attendance page of a new file says what comes first instead of a blank grid: no cohort
yet, a cohort with no modules, with nobody enrolled (or neither); the buttons that act on a
cell are disabled until there is a grid, and the grid comes back as soon as the data does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.usefixtures("qapp")


def _idle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(20)


def _write(page: Any, qtbot: Any, db: Any, work: Any) -> Any:
    """Run a service through the page's worker, as the app's pages do: its Changes reach
    every page (the visible one reloads at once, the others when shown)."""
    done: list[Any] = []
    with qtbot.waitSignal(db.changed, timeout=10_000):
        page.op(work).success(done.append).run()
    _idle(qtbot, db)
    return done[0].value if hasattr(done[0], "value") else done[0]


def _buttons(page: Any) -> list[Any]:
    return [page.mark_module_button, page.score_button, page.override_button]


def _shows_empty(page: Any, *words: str) -> None:
    assert page.grid_stack.currentWidget() is page.empty_page
    assert page.empty_note.isVisible() and not page.view.isVisible()
    text = page.empty_note.text()
    for word in words:
        assert word in text, text
    assert not any(b.isEnabled() for b in _buttons(page))
    assert not page.hint.isVisible()  # (no keys to press without a grid)


def _new_file(window: Any, qtbot: Any, db: Any, path: Path) -> Any:
    """File › New with the name given, on the Attendance page."""
    page = window.show_page("attendance")
    with qtbot.waitSignal(db.opened, timeout=15_000):
        window.open_path(path)
    _idle(qtbot, db)
    return page


def test_a_new_file_leads_from_no_cohort_to_a_grid(  # type: ignore[no-untyped-def]
    window, db, qtbot, tmp_path
) -> None:
    from course_manager.services.cohorts import add_cohort, set_cohort_module
    from course_manager.services.participants import add_participant
    from course_manager.services.programmes import add_module, add_programme

    page = window.show_page("attendance")
    qtbot.waitUntil(lambda: page.has_grid() and page.view.isVisible(), timeout=10_000)
    assert all(b.isEnabled() for b in _buttons(page))

    page = _new_file(window, qtbot, db, tmp_path / "new.sqlite3")
    qtbot.waitUntil(lambda: page.grid_stack.currentWidget() is page.empty_page, timeout=10_000)
    _shows_empty(page, "no cohort yet", "Cohorts page")
    assert page.cohort_box.count() == 0 and not page.cohort_box.isEnabled()
    said: list[str] = []
    page.status.connect(said.append)
    for button in _buttons(page):  # disabled: a click does nothing, says nothing
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page.score_current()  # (and the actions themselves keep quiet without a grid)
    page.set_status_on_selection("present")
    page.override_current()
    page.mark_module_present()
    assert said == [] and page.message_bar.text() == ""

    # The programme and a cohort made while another page is shown: the page reloads when
    # the user comes back.
    window.show_page("cohorts")
    programme = _write(page, qtbot, db, lambda ws: add_programme(ws, "DG", "Digital Government"))
    module = _write(
        page, qtbot, db, lambda ws: add_module(ws, programme.id, "M1", "Basics", hours=6)
    )
    cohort = _write(page, qtbot, db, lambda ws: add_cohort(ws, programme.id, "2027-DG-01"))
    window.show_page("attendance")
    qtbot.waitUntil(lambda: page.current_cohort_id() == cohort.id, timeout=10_000)
    qtbot.waitUntil(
        lambda: "no modules and no participants" in page.empty_note.text(), timeout=10_000
    )
    _shows_empty(page, "Add module", "Cohorts page")
    assert page.cohort_box.isEnabled()

    # A module in the cohort, nobody yet (the page is shown: it reloads at once).
    _write(page, qtbot, db, lambda ws: set_cohort_module(ws, cohort.id, module.id))
    qtbot.waitUntil(lambda: "Nobody is enrolled" in page.empty_note.text(), timeout=10_000)
    _shows_empty(page, "import its participants")

    # Somebody enrolled: the grid, its keys and the buttons are back.
    _write(
        page,
        qtbot,
        db,
        lambda ws: add_participant(ws, {"full_name": "Aida Nurlanova"}, cohort_id=cohort.id),
    )
    qtbot.waitUntil(lambda: page.has_grid() and page.view.isVisible(), timeout=10_000)
    assert page.grid_stack.currentWidget() is page.view
    assert not page.empty_note.isVisible() and page.hint.isVisible()
    assert all(b.isEnabled() for b in _buttons(page))
    assert page.model.rowCount() == 1 and page.model.module_count == 1

    # On the name column, Score… says where to go; on the module's cell it asks.
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.score_button, Qt.MouseButton.LeftButton)
    assert said == ["Move to a module's column first"]
    assert page.message_bar.text() == "Move to a module's column first"
    qtbot.mouseClick(page.mark_module_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, db)
    mark = db.call(lambda ws: ws.attendance.get(page.model.row_info(0).enrollment_id, module.id))
    assert mark is not None and mark.status.value == "present"

    # Another new file: back to "no cohort yet", the buttons disabled again.
    _new_file(window, qtbot, db, tmp_path / "other.sqlite3")
    qtbot.waitUntil(lambda: page.grid_stack.currentWidget() is page.empty_page, timeout=10_000)
    _shows_empty(page, "no cohort yet")
    assert page.message_bar.text() == ""


def test_a_cohort_with_people_but_no_modules_says_to_add_them(  # type: ignore[no-untyped-def]
    window, db, qtbot, tmp_path
) -> None:
    from course_manager.services.cohorts import add_cohort, set_cohort_module
    from course_manager.services.participants import add_participant
    from course_manager.services.programmes import add_module, add_programme

    page = _new_file(window, qtbot, db, tmp_path / "new.sqlite3")
    programme = _write(page, qtbot, db, lambda ws: add_programme(ws, "DG", "Digital Government"))
    cohort = _write(page, qtbot, db, lambda ws: add_cohort(ws, programme.id, "2027-DG-01"))
    for name in ("Aida Nurlanova", "Bolat Serikov"):
        _write(
            page,
            qtbot,
            db,
            lambda ws, name=name: add_participant(ws, {"full_name": name}, cohort_id=cohort.id),
        )
    qtbot.waitUntil(
        lambda: page.model.grid is not None and len(page.model.grid.rows) == 2, timeout=10_000
    )
    qtbot.waitUntil(lambda: "no modules yet" in page.empty_note.text(), timeout=10_000)
    _shows_empty(page, "Add module", "Cohorts page")

    module = _write(
        page, qtbot, db, lambda ws: add_module(ws, programme.id, "M1", "Basics", hours=6)
    )
    _shows_empty(page, "no modules yet")  # a programme's module is not yet the cohort's
    _write(page, qtbot, db, lambda ws: set_cohort_module(ws, cohort.id, module.id))
    qtbot.waitUntil(lambda: page.has_grid() and page.view.isVisible(), timeout=10_000)
    assert page.model.rowCount() == 2 and all(b.isEnabled() for b in _buttons(page))


def test_the_empty_state_speaks_the_ui_language(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path
) -> None:
    from ui import i18n
    from ui.pages.attendance import AttendancePage

    with qtbot.waitSignal(db.opened, timeout=15_000):
        db.open_file(tmp_path / "new.sqlite3").run()
    _idle(qtbot, db)
    for lang, start in (("ru", "Групп пока нет"), ("kk", "Әзірге топ жоқ"), ("ko", "아직 기수가")):
        assert i18n.install(lang)
        page = AttendancePage(db)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda page=page: page.empty_note.text() != "", timeout=10_000)
        assert page.empty_note.text().startswith(start), page.empty_note.text()
        assert not page.score_button.isEnabled()
        page.hide()
