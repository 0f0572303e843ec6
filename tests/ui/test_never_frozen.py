"""A big cohort, any screen, any count: lazy members, a window that fits, a readable axis,
results shown in the page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTableView, QTableWidgetItem

BIG = 20_000


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """The demo plus a cohort of 20,000 people, listed first (the benchmarks' file)."""
    from bench.big_cohort import build

    path = tmp_path / "big.sqlite3"
    build(path, BIG, marked_modules=0)
    return path


@pytest.fixture
def big_window(big_file: Path, qtbot):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.operations import DbWorker

    worker = DbWorker()
    worker.open_now(big_file)
    win = MainWindow(worker)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.firstPainted):
        win.show()
    yield win
    worker.close()


# -- the Cohorts page's members ---------------------------------------------------------------
def test_a_20000_member_cohort_opens_without_an_item_per_cell(qtbot, big_window) -> None:  # type: ignore[no-untyped-def]
    from bench.big_cohort import BIG_CODE
    from ui.pages.cohort_members_model import PAGE_SIZE

    page = big_window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=30_000)
    assert page.detail["cohort"].code == BIG_CODE
    assert isinstance(page.members, QTableView)
    assert page.members.model() is page.members_model
    model = page.members_model
    assert model.total == BIG and model.enrolled == BIG
    # Only the rows handed to the view so far exist for it; no QTableWidgetItem anywhere.
    assert 0 < model.rowCount() <= PAGE_SIZE
    assert not page.findChildren(QTableWidgetItem)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    # The count is of the whole cohort, not of the rows shown.
    assert "20" in page.member_count.text()
    page.members.selectRow(PAGE_SIZE + 3)
    [person] = page.selected_members()
    assert person.id == page.detail["members"][PAGE_SIZE + 3][0].id
    assert model.index(0, 0).data() == page.detail["members"][0][0].full_name


def test_members_model_passes_qtmodeltester(qtbot, window, db, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    assert page.members_model.total == 20
    assert page.members_model.index(0, 2).data() == "enrolled"
    qtmodeltester.check(page.members_model)


# -- the window fits the screen ---------------------------------------------------------------
def test_a_1366x768_laptop_opens_the_window_maximised() -> None:
    from ui.main_window import first_geometry, geometry_fits

    first = first_geometry(0, 0, 1366, 728)  # a panel of 40 px takes the rest
    assert first.maximized
    assert geometry_fits((first.x, first.y, first.width, first.height), (0, 0, 1366, 728))


def test_a_1920x1080_screen_opens_a_large_centred_window() -> None:
    from ui.main_window import COMFORTABLE_SIZE, first_geometry, geometry_fits

    first = first_geometry(0, 0, 1920, 1050)
    assert not first.maximized
    assert first.width >= COMFORTABLE_SIZE[0] and first.height >= COMFORTABLE_SIZE[1]
    assert first.width > 1180 * 1.2 and first.height > 760 * 1.1  # not the old fixed size
    assert geometry_fits((first.x, first.y, first.width, first.height), (0, 0, 1920, 1050))
    assert abs((first.x + first.width / 2) - 960) <= 1  # centred
    # A second screen to the right of the first: the window opens there.
    right = first_geometry(1920, 0, 1920, 1050)
    assert right.x >= 1920


def test_a_saved_geometry_is_used_only_when_it_fits(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect, QSettings

    from ui import settings_location as keys
    from ui.main_window import MainWindow, geometry_fits

    assert not geometry_fits((0, 0, 1800, 1000), (0, 0, 1366, 728))  # from a bigger screen
    assert not geometry_fits((0, 0, 200, 150), (0, 0, 1366, 728))  # left tiny
    assert geometry_fits((100, 80, 1000, 600), (0, 0, 1366, 728))

    first = MainWindow(db)
    qtbot.addWidget(first)
    area = first.screen().availableGeometry()
    small = QRect(area.x() + 40, area.y() + 30, 700, 500)
    first.setGeometry(small)
    QSettings().setValue(keys.WINDOW_GEOMETRY, first.saveGeometry())
    again = MainWindow(db)
    qtbot.addWidget(again)
    assert again.geometry().size() == small.size()  # it fits: kept as the user left it

    first.setGeometry(QRect(area.x(), area.y(), area.width() + 900, area.height() + 600))
    QSettings().setValue(keys.WINDOW_GEOMETRY, first.saveGeometry())
    third = MainWindow(db)
    qtbot.addWidget(third)
    assert third.geometry().width() <= area.width()
    assert third.geometry().height() <= area.height()


# -- the dashboard's axis -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("most", "top", "step"),
    [(3, 3, 1), (45, 50, 10), (6_000, 6_000, 1_000), (2_000_000, 2_000_000, 500_000)],
)
def test_dashboard_axis_has_round_ticks_just_above_the_largest_bar(
    most: int, top: int, step: int
) -> None:
    from ui.pages.dashboard import MAX_STEPS, nice_axis

    assert nice_axis(most) == (top, step)
    assert top >= most and top // step <= MAX_STEPS


def _dashboard(people: int) -> Any:
    from course_manager.services.dashboard import CohortSummary, Dashboard, GroupCount

    return Dashboard(
        cohorts=[CohortSummary(1, "2027-BIG-01", "Big", None, None, people, 45, 45)],
        upcoming=[],
        by_country=[GroupCount("KZ", people, 45), GroupCount("UZ", max(1, people // 3), 1)],
        by_gender=[GroupCount("female", people, 45)],
        participants=people + max(1, people // 3),
    )


@pytest.mark.parametrize("people", [3, 45, 6_000, 2_000_000])
def test_dashboard_bars_stay_visible_for_any_count(qtbot, window, people: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QValueAxis
    from PySide6.QtCore import Qt

    from ui.pages.dashboard import nice_axis

    page = window.show_page("dashboard")
    page.show_data(_dashboard(people))
    for view in (page.country_chart, page.gender_chart):
        [axis] = view.chart().axes(Qt.Orientation.Vertical)
        assert isinstance(axis, QValueAxis)
        top, step = nice_axis(people)
        assert (axis.min(), axis.max()) == (0, top)
        assert axis.tickCount() == top // step + 1
        assert axis.max() < people * 2.5  # the tallest bar fills a good part of the chart
    # Columns fit their numbers: the count column is at least as wide as its text.
    table = page.cohorts
    text = table.item(0, 2).text()
    assert table.columnWidth(2) >= table.fontMetrics().horizontalAdvance(text)


# -- results where they are seen ------------------------------------------------------------------
def test_a_saved_cohort_is_announced_in_the_page(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    assert page.message_bar.isHidden()
    page.title.setText("Renamed cohort")
    with qtbot.waitSignal(db.changed, timeout=5000):
        page.save_cohort()
    qtbot.waitUntil(lambda: page.message_bar.isVisible(), timeout=5000)
    assert page.message_bar.text() == "Cohort saved"
    assert page.message_bar.kind == "info"
    assert page.layout().itemAt(0).widget() is page.message_bar  # at the top of the page
    assert window.statusBar().currentMessage() == "Cohort saved"


def test_settings_saved_is_announced_in_the_page(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: not page.message_bar.isVisible(), timeout=1000)
    qtbot.wait(300)
    with qtbot.waitSignal(db.changed, timeout=5000):
        page.save()
    qtbot.waitUntil(lambda: page.message_bar.isVisible(), timeout=5000)
    assert page.message_bar.text() == "Settings saved"


def test_message_bar_looks_and_lifetime(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    from ui.pages.base import MESSAGE_LOOKS

    page = window.show_page("dashboard")
    page.show_message("45 certificates issued, 1 skipped", "warning")
    bar = page.message_bar
    assert bar.isVisible() and bar.kind == "warning"
    assert MESSAGE_LOOKS["warning"][0] in bar.styleSheet()
    page.message.emit("Report saved", "info")
    assert bar.text() == "Report saved" and bar.kind == "info"  # the next message replaces it
    page.show_message("The backup could not be written", "error")
    qtbot.mouseClick(bar.findChild(QToolButton, "messageClose"), Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_import_results_stay_in_the_page_after_the_wizard_closes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from PySide6.QtWidgets import QLabel, QWizard, QWizardPage

    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    result = QWizardPage()
    result.summary = QLabel("Import finished.\n3 new, 1 rejected")  # type: ignore[attr-defined]
    result.report = SimpleNamespace(rejected=[object()])  # type: ignore[attr-defined]
    wizard.addPage(result)
    window._import_finished(wizard)
    assert page.message_bar.isVisible()
    assert page.message_bar.text() == "Import finished.\n3 new, 1 rejected"
    assert page.message_bar.kind == "warning"  # a row was rejected: it stays until dismissed
    assert window.statusBar().currentMessage() == "3 new, 1 rejected"


def test_participants_columns_fit_the_first_rows(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("participants")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    metrics = page.table.fontMetrics()
    widest = max(page.model.sample_texts()[2], key=metrics.horizontalAdvance)
    assert page.table.columnWidth(2) >= metrics.horizontalAdvance(widest)


def test_a_page_note_does_not_follow_to_another_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """'Participants: 20' belongs to the page that said it: switching pages clears it."""
    window.show_page("attendance")
    window.show_status("Participants: 20")
    assert window.statusBar().currentMessage() == "Participants: 20"
    window.show_page("settings")
    assert window.statusBar().currentMessage() == ""


def test_the_attendance_grid_of_20000_people_asks_only_the_rows_in_sight(  # type: ignore[no-untyped-def]
    qtbot, big_window, monkeypatch
) -> None:
    """Opening the grid of the 20,000-member cohort sizes its columns from the rows in sight:
    a hidden table (behind the page's empty state) is sized by Qt from its first 1,000 rows,
    each through the model, seconds of the window's thread (bench blocking: 3.9 s)."""
    from bench.big_cohort import BIG_CODE
    from ui.pages.attendance_model import AttendanceModel

    asked: list[int] = []
    multi, data = AttendanceModel.multiData, AttendanceModel.data

    def counting_multi(self, index, roles):  # type: ignore[no-untyped-def]
        asked.append(index.row())
        return multi(self, index, roles)

    def counting_data(self, index, role=0):  # type: ignore[no-untyped-def]
        asked.append(index.row())
        return data(self, index, role)

    monkeypatch.setattr(AttendanceModel, "multiData", counting_multi)
    monkeypatch.setattr(AttendanceModel, "data", counting_data)
    page = big_window.show_page("attendance")
    qtbot.waitUntil(lambda: page.model.rowCount() == BIG, timeout=60_000)
    assert page.cohort_box.currentText().startswith(BIG_CODE)
    qtbot.wait(200)
    assert page.grid_stack.currentWidget() is page.view
    assert asked and max(asked) < 200, f"rows asked up to {max(asked)}"
