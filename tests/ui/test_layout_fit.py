"""What a 1366×768 laptop shows in Russian and Kazakh: no text cut with "…" in the tables the
last QA found cut (the cohort's modules, the dashboard's upcoming module dates), headers whole,
and counts grouped the way the UI language writes them (20,000 / 20 000).

A cell is judged the way Qt's item delegate draws it: the text, in the view's font, within the
cell's rectangle less the delegate's margins, on one line or wrapped when the view wraps.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

LAPTOP = (1366, 768 - 40)  # the screen less a title bar


def _cut_cells(view: Any) -> list[str]:
    """The texts of ``view``'s visible cells that do not fit their cell."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    model = view.model()
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column) or view.columnSpan(row, column) > 1:
                continue
            index = model.index(row, column)
            text = str(model.data(index) or "")
            if not text:
                continue
            rect = view.visualRect(index)
            width = rect.width() - 2 * margin
            if view.wordWrap():
                bound = metrics.boundingRect(
                    QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
                )
                fits = bound.width() <= width and bound.height() <= rect.height()
            else:
                fits = metrics.horizontalAdvance(text) <= width
            if not fits:
                cut.append(f"{text!r} in {width} px")
    return cut


def _cut_headers(view: Any) -> list[str]:
    from PySide6.QtCore import Qt

    header = view.horizontalHeader()
    model = view.model()
    cut = []
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # (the size the style asks for the title with its margins)
        if title and header.sectionSizeHint(column) > header.sectionSize(column):
            cut.append(f"{title!r} in {header.sectionSize(column)} px")
    return cut


@pytest.fixture
def laptop_window(db, qtbot, request):  # type: ignore[no-untyped-def]
    """The main window in the language the test is parametrised with, at 1366×768."""
    from ui import i18n
    from ui.main_window import MainWindow

    assert i18n.install(request.param)
    win = MainWindow(db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.firstPainted):
        win.show()
    win.resize(*LAPTOP)
    yield win
    qtbot.waitUntil(lambda: not db._running, timeout=60_000)
    win.hide()


def _settle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(30)


@pytest.mark.parametrize("laptop_window", ["ru", "kk"], indirect=True)
def test_the_cohorts_modules_show_whole_titles(laptop_window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = laptop_window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.run_table.rowCount() > 0, timeout=10_000)
    _settle(qtbot, db)
    for row in range(page.cohort_list.count()):  # each cohort of the demo
        page.cohort_list.setCurrentRow(row)
        _settle(qtbot, db)
        table = page.run_table
        assert table.rowCount() > 0
        assert _cut_cells(table) == []
        assert _cut_headers(table) == []
        titles = [table.item(r, 0).text() for r in range(table.rowCount())]
        # (the longest Russian titles do not fit one line here: they wrap, whole)
        assert all(table.item(r, 0).toolTip() for r in range(table.rowCount()))
        assert max(table.fontMetrics().horizontalAdvance(t) for t in titles) > 0


@pytest.mark.parametrize("laptop_window", ["ru", "kk"], indirect=True)
def test_the_dashboard_shows_whole_module_titles(laptop_window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = laptop_window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    _settle(qtbot, db)
    assert page.data.upcoming, "the demo has module dates ahead"
    for table in (page.upcoming, page.cohorts):
        assert _cut_cells(table) == []
        assert _cut_headers(table) == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "20,000"), ("ru", "20\N{NO-BREAK SPACE}000"), ("kk", "20\N{NO-BREAK SPACE}000")],
)
def test_counts_are_grouped_as_the_language_writes_them(  # type: ignore[no-untyped-def]
    lang, expected, qapp
) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    i18n.install(lang)
    assert i18n.number(20000) == expected
    translate = QCoreApplication.translate
    for context, source in (
        ("DashboardPage", "%Ln participants"),
        ("ParticipantsPage", "%Ln people"),
        ("CohortsPage", "%Ln enrolled"),
    ):
        shown = translate(context, source, "", 20000)
        assert expected in shown, (context, shown)
        assert "%" not in shown


def test_the_dashboard_heading_groups_twenty_thousand_people(db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.dashboard import DashboardPage

    i18n.install("ru")
    page = DashboardPage(db)
    qtbot.addWidget(page)
    group = SimpleNamespace(key="KZ", participants=20000, completed=15000)
    cohort = SimpleNamespace(
        code="C-1",
        start_date=None,
        end_date=None,
        enrolled=20000,
        completed=15000,
        certified=12000,
        title="Большая группа",
    )
    data = SimpleNamespace(
        participants=20000, cohorts=[cohort], upcoming=[], by_country=[group], by_gender=[]
    )
    page.show_data(data)
    assert "20\N{NO-BREAK SPACE}000 участников" in page.heading.text()
    assert page.cohorts.item(0, 2).text() == "20\N{NO-BREAK SPACE}000"


def test_the_import_summary_groups_its_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.import_preview import summary_text

    i18n.install("ru")
    counts = {"create": 20000, "update": 1500, "unchanged": 0, "skip": 0, "reject": 12345}
    text = summary_text(counts)
    assert "20\N{NO-BREAK SPACE}000" in text
    assert "1\N{NO-BREAK SPACE}500" in text
    assert "12\N{NO-BREAK SPACE}345" in text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_possible_duplicate_is_explained_in_the_ui_language(lang, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The import preview's "looks like someone known" reason: in Russian and Kazakh, whole
    (wrapped, not cut) in a short preview, the wizard sized for a 1366×768 screen."""
    from pathlib import Path

    from ui import i18n
    from ui.pages.import_models import PlanModel
    from ui.pages.import_wizard import ImportWizard

    i18n.install(lang)
    wizard = ImportWizard(db, Path(__file__).parents[1] / "data" / "importers" / "problems.csv")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=15_000)
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == wizard.PREVIEW
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=15_000)
    model = wizard.preview_page.model
    reasons = [model.reason(row) for row in range(model.rowCount())]
    near = [r for r in reasons if "(" in r and ")" in r]
    assert near, reasons
    for reason in near:
        assert "looks like" not in reason and "spelled" not in reason, reason
    assert _cut_cells(wizard.preview_page.view) == []
    assert wizard.preview_page.view.columnWidth(PlanModel.REASON) > 300


@pytest.mark.parametrize(
    ("lang", "hours", "size"),
    [("en", "1.5", "324 kB"), ("ru", "1,5", "324 кБ"), ("kk", "1,5", "324 кБ")],
)
def test_hours_and_file_sizes_as_the_language_writes_them(lang, hours, size, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.settings import file_size

    i18n.install(lang)
    assert i18n.decimal(1.5) == hours
    assert i18n.decimal(6.0) == "6"
    assert file_size(324 * 1024) == size


@pytest.mark.parametrize(
    ("lang", "count", "most"),
    [("en", "20,000", "1,000"), ("ru", "20\N{NO-BREAK SPACE}000", "1\N{NO-BREAK SPACE}000")],
)
def test_a_service_message_groups_its_counts(lang, count, most, qapp) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.completion import TOO_MANY_MODULES
    from ui import i18n
    from ui.message_text import text

    i18n.install(lang)
    shown = text(TOO_MANY_MODULES(count=20000, most=1000))
    assert count in shown and most in shown, shown


LONG_TITLE = "Цифровое правительство и инновации в государственном управлении для руководителей"


@pytest.fixture
def long_titled_db(demo_file):  # type: ignore[no-untyped-def]
    """The demo with a long Russian cohort title (its first cohort)."""
    from course_manager.services.cohorts import edit_cohort
    from course_manager.services.workspace import Workspace

    with Workspace.open(demo_file) as ws:
        edit_cohort(ws, ws.cohorts.list()[0].id, {"title": LONG_TITLE})
    return demo_file


@pytest.mark.parametrize("laptop_window", ["ru"], indirect=True)
def test_a_long_cohort_title_is_shown_whole(long_titled_db, laptop_window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect, Qt

    page = laptop_window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.cohort_list.count() > 0, timeout=10_000)
    _settle(qtbot, db)
    listing = page.cohort_list
    item = listing.item(0)
    assert LONG_TITLE in item.text()
    rect = listing.visualItemRect(item)
    needed = listing.fontMetrics().boundingRect(
        QRect(0, 0, rect.width() - 4, 100_000), int(Qt.TextFlag.TextWordWrap), item.text()
    )
    assert needed.height() <= rect.height() and needed.width() <= rect.width()
    assert rect.right() <= listing.viewport().width()

    attendance = laptop_window.show_page("attendance")
    qtbot.waitUntil(lambda: attendance.cohort_box.count() > 0, timeout=10_000)
    _settle(qtbot, db)
    box = attendance.cohort_box
    assert LONG_TITLE in box.currentText()
    assert box.width() > box.fontMetrics().horizontalAdvance(box.currentText())
