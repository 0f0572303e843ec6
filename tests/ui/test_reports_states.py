"""The Reports page in the states QA met: no cohort at all (nothing to save or print, no error
on stderr), a cohort with no modules (no sign-in sheet, and why), a cohort with nobody in it
(a line saying so, not bare headers); the sign-in sheet follows the cohort the report is for;
a coordinator's override reads as one in the matrix; each cell painted with one call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

pytestmark = pytest.mark.usefixtures("qapp")

EMPTY = "2027-QA-01"


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo, a new cohort with no modules and nobody in it, and one person of 2026-AST-01
    the rule fails recorded as completed by a coordinator."""
    from course_manager.services.cohorts import add_cohort
    from course_manager.services.completion import evaluate_cohort, set_override
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    path = tmp_path / "demo.sqlite3"
    with Workspace.open(path) as ws:
        load_demo(ws)
        ast = ws.cohorts.by_code("2026-AST-01")
        add_cohort(ws, ast.programme_id, EMPTY, {"title": "QA cohort"})
        failed = next(r for r in evaluate_cohort(ws, ast.id) if not r.completed and r.reasons)
        set_override(ws, failed.enrollment_id, True, "project presented later")
    return path


def _idle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=15_000)
        qtbot.wait(20)


def _write(page: Any, qtbot: Any, db: Any, work: Any) -> Any:
    """A service run through the page's worker, as the app's pages do (its Changes reload
    the page)."""
    done: list[Any] = []
    with qtbot.waitSignal(db.changed, timeout=10_000):
        page.op(work).success(done.append).run()
    _idle(qtbot, db)
    return done[0].value if hasattr(done[0], "value") else done[0]


def _choose(box: Any, data: Any) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def _cohort_id(db: Any, code: str) -> int:
    return int(db.call(lambda ws: ws.cohorts.by_code(code).id))


def _no_dialogs(monkeypatch: Any) -> list[str]:
    """Every file dialog or error box the page would open, recorded instead."""
    from ui import dialogs

    opened: list[str] = []
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a, **k: opened.append("save") or "")
    monkeypatch.setattr(
        dialogs, "show_exception", lambda parent, exc, *a, **k: opened.append(str(exc))
    )
    return opened


def _reports(window: Any, qtbot: Any, db: Any) -> Any:
    page = window.show_page("reports")
    _idle(qtbot, db)
    if not page.signin_toggle.isChecked():  # the sign-in sheets' row, as a user opens it
        qtbot.mouseClick(page.signin_toggle, Qt.MouseButton.LeftButton)
    assert page.signin_group.isVisible()
    return page


def test_a_file_with_no_cohort_offers_nothing_that_cannot_work(
    window: Any, db: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from course_manager.services.cohorts import add_cohort, set_cohort_module
    from course_manager.services.participants import add_participant
    from course_manager.services.programmes import add_module, add_programme

    opened = _no_dialogs(monkeypatch)
    page = _reports(window, qtbot, db)
    with qtbot.waitSignal(db.opened, timeout=15_000):
        window.open_path(tmp_path / "new.sqlite3")
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: "No cohorts yet" in page.title.text(), timeout=10_000)
    assert page.scope_box.count() == 0 and page.cohort_ids() == []
    assert not page.save_button.isEnabled() and not page.signin_button.isEnabled()
    assert not page.signin_note.isVisible()  # (the page's empty state says what comes first)
    for button in (page.save_button, page.signin_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # (and the actions themselves do nothing without a cohort: no TypeError, no "#None")
    page.save_dialog()
    page.signin_dialog()
    assert page.save(tmp_path / "r.xlsx") is None
    assert page.make_signin(tmp_path / "s.pdf") is None
    _idle(qtbot, db)
    assert opened == [] and not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.pdf"))

    # A cohort with no modules and nobody in it: a report to save (empty), no sheet to make.
    programme = _write(page, qtbot, db, lambda ws: add_programme(ws, "DG", "Digital Government"))
    cohort = _write(page, qtbot, db, lambda ws: add_cohort(ws, programme.id, "2027-DG-01"))
    qtbot.waitUntil(
        lambda: "No participants in this cohort yet" in page.title.text(), timeout=10_000
    )
    assert page.model.rowCount() == 0 and page.table_box.count() == 0
    assert page.save_button.isEnabled()
    assert page.signin_cohort.currentData() == cohort.id and page.signin_module.count() == 0
    assert not page.signin_button.isEnabled()
    assert page.signin_note.isVisible() and "no modules yet" in page.signin_note.text()
    assert "Cohorts page" in page.signin_button.toolTip()
    qtbot.mouseClick(page.signin_button, Qt.MouseButton.LeftButton)
    assert page.make_signin(tmp_path / "s.pdf") is None
    _idle(qtbot, db)
    assert opened == []

    # Its first module: a sheet can be made; its first participant: a report with a row.
    module = _write(
        page, qtbot, db, lambda ws: add_module(ws, programme.id, "M1", "Basics", hours=6)
    )
    _write(page, qtbot, db, lambda ws: set_cohort_module(ws, cohort.id, module.id))
    qtbot.waitUntil(lambda: page.signin_button.isEnabled(), timeout=10_000)
    assert page.signin_module.count() == 1 and not page.signin_note.isVisible()
    assert page.signin_button.toolTip() == ""
    _write(
        page, qtbot, db, lambda ws: add_participant(ws, {"full_name": "Aida"}, cohort_id=cohort.id)
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert "No participants" not in page.title.text()
    page.make_signin(tmp_path / "s.pdf")
    _idle(qtbot, db)
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF") and opened == []


def test_the_sign_in_sheet_follows_the_cohort_reported_on(window: Any, db: Any, qtbot: Any) -> None:
    page = _reports(window, qtbot, db)
    ast, onl, tas = (_cohort_id(db, c) for c in ("2026-AST-01", "2026-ONL-01", "2026-TAS-01"))
    empty = _cohort_id(db, EMPTY)
    _choose(page.scope_box, ast)
    _idle(qtbot, db)
    # (the newest cohort is not picked for the sheet: the report's is)
    assert page.signin_cohort.currentData() == ast
    qtbot.waitUntil(lambda: page.signin_button.isEnabled(), timeout=10_000)
    assert page.signin_module.currentText().startswith("M1")

    # Another cohort can still be chosen for the sheet; the report stays as it is.
    _choose(page.signin_cohort, onl)
    _idle(qtbot, db)
    assert page.scope_box.currentData() == ast and page.signin_cohort.currentData() == onl
    assert page.signin_button.isEnabled()
    # All cohorts: the sheet keeps its cohort; one cohort again: the sheet follows it.
    _choose(page.scope_box, -1)
    _idle(qtbot, db)
    assert page.signin_cohort.currentData() == onl
    _choose(page.scope_box, tas)
    _idle(qtbot, db)
    assert page.signin_cohort.currentData() == tas and page.signin_button.isEnabled()
    page.reload()  # (F5: the choices are kept)
    _idle(qtbot, db)
    assert page.scope_box.currentData() == tas and page.signin_cohort.currentData() == tas

    # The empty cohort: the line saying so, and why no sheet.
    _choose(page.scope_box, empty)
    _idle(qtbot, db)
    assert page.signin_cohort.currentData() == empty
    assert page.title.isVisible() and page.title.text().startswith("No participants in this")
    assert page.model.rowCount() == 0 and page.model.columnCount() == 0
    assert not page.signin_button.isEnabled() and page.signin_note.isVisible()
    # Back to a cohort with people: the table, the sheet, no note.
    _choose(page.scope_box, ast)
    _idle(qtbot, db)
    assert page.model.rowCount() == 20 and page.signin_button.isEnabled()
    assert not page.signin_note.isVisible()


def test_the_matrix_says_who_completed_by_override(window: Any, db: Any, qtbot: Any) -> None:
    from ui.responsiveness import OneCallPerCell

    page = _reports(window, qtbot, db)
    _choose(page.scope_box, _cohort_id(db, "2026-AST-01"))
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: page.model.rowCount() == 20, timeout=10_000)
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    completed, reasons = headers.index("Completed"), headers.index("Reasons")
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    overridden = [row for row in rows if row[completed] == "Yes (override)"]
    assert len(overridden) == 1 and overridden[0][reasons]  # the rule's reason beside it
    assert {row[completed] for row in rows} == {"Yes", "No", "Yes (override)"}

    # Painting asks a cell's roles in one call, answered as data() answers them one by one.
    assert isinstance(model, OneCallPerCell)
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole):  # fmt: skip
                role_data = QModelRoleData(int(role))
                model.multiData(index, QModelRoleDataSpan(role_data))
                assert role_data.data() == model.data(index, role), (r, c, role)


@pytest.mark.parametrize(
    ("language", "no_people", "no_modules"),
    [
        ("ru", "В этой группе пока нет участников", "В этой группе пока нет модулей"),
        ("kk", "Бұл топта әзірге қатысушылар жоқ", "Бұл топта әлі модульдер жоқ"),
        ("ko", "이 기수에는 아직 참가자가 없습니다", "이 기수에는 아직 모듈이 없습니다"),
    ],
)
def test_the_empty_states_speak_the_ui_language(
    db: Any, qtbot: Any, language: str, no_people: str, no_modules: str
) -> None:
    from ui import i18n
    from ui.pages.reports import ReportsPage

    assert i18n.install(language)
    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.signin_toggle.setChecked(True)
    _idle(qtbot, db)
    _choose(page.scope_box, _cohort_id(db, EMPTY))
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: page.signin_note.isVisible(), timeout=10_000)
    assert page.title.text().startswith(no_people), page.title.text()
    assert page.signin_note.text().startswith(no_modules), page.signin_note.text()
    page.hide()
