"""Dashboard: per cohort enrolled / completed / certified, upcoming modules, two charts."""

from __future__ import annotations

import html
from typing import Any, NamedTuple

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.pages.base import Page
from ui.pages.table_fit import wrap_column
from ui.text import literal

#: The country chart's bars at most: the largest countries, and the rest as one "Other" bar.
MAX_COUNTRIES = 12
#: At most this many steps up the count axis (so at most one more label).
MAX_STEPS = 6


def nice_axis(most: int, max_steps: int = MAX_STEPS) -> tuple[int, int]:
    """The count axis for bars up to ``most``: (top, step), round numbers, whole people.

    The step is 1, 2 or 5 times a power of ten, the smallest giving at most ``max_steps``
    steps; the top is the first step at or above ``most`` (3 -> (3, 1), 45 -> (50, 10),
    6,000 -> (6000, 1000), 2,000,000 -> (2,000,000, 500,000)).
    """
    most = max(int(most), 1)
    power = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * power
            if -(-most // step) <= max_steps:
                return -(-most // step) * step, step
        power *= 10


#: The "Other" bar's subtitle names at most this many of the countries it adds up.
OTHER_NAMED = 12


class Bar(NamedTuple):
    """One bar group of a chart: its label, counts, and what it adds up (the "Other" bar)."""

    label: str
    participants: int
    completed: int
    #: the labels of the bars this one adds up (empty for a plain bar)
    of: tuple[str, ...] = ()

    @property
    def axis_label(self) -> str:
        """The label under the bar: "+6" for an "Other" bar of 6 (a category is ~40 pixels
        wide at 1366: "Другие (6 стран)" read "Дру…"; the chart's subtitle says it whole)."""
        return f"+{len(self.of)}" if self.of else self.label


def capped(bars: list[Bar], most: int, other_label: Any) -> list[Bar]:
    """At most ``most`` bars: the first ``most - 1`` (the largest) and one more adding up all
    the rest, labelled ``other_label(how_many)``; the bars still add up to the total. Fewer
    bars are returned as they are."""
    if len(bars) <= most:
        return list(bars)
    kept, rest = bars[: most - 1], bars[most - 1 :]
    return [
        *kept,
        Bar(
            other_label(len(rest)),
            sum(b.participants for b in rest),
            sum(b.completed for b in rest),
            tuple(b.label for b in rest),
        ),
    ]


def other_subtitle(bars: list[Bar]) -> str:
    """What the chart's "+N" bar is, under its title: "+6 — Other (6 countries): EG, IN, …"
    (empty when no bar adds others up)."""
    other = next((b for b in bars if b.of), None)
    if other is None:
        return ""
    named = ", ".join(other.of[:OTHER_NAMED]) + (", …" if len(other.of) > OTHER_NAMED else "")
    return f"{other.axis_label} — {other.label}: {named}"


def _table(headers: list[str], stretch: int) -> QTableWidget:
    """A read-only table whose columns fit their contents; column ``stretch`` takes the rest
    and wraps its long texts (a module's Russian title) instead of cutting them."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    wrap_column(table, stretch)
    return table


def _item(value: Any, number: bool = False) -> QTableWidgetItem:
    if number and isinstance(value, int):
        value = QLocale().toString(value)  # 20,000 / 20 000: grouped as the language writes it
    item = QTableWidgetItem(str(value))
    item.setToolTip(literal(str(value)))  # (a cohort title as typed)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DashboardPage(Page):
    def __init__(self, db, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, parent)
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.cohorts = _table(
            [
                self.tr("Cohort"),
                self.tr("Dates"),
                self.tr("Enrolled"),
                self.tr("Completed"),
                self.tr("Certified"),
                self.tr("Title"),
            ],
            stretch=5,
        )
        self.cohorts.setObjectName("cohortSummary")
        self.upcoming = _table(
            [self.tr("Date"), self.tr("Cohort"), self.tr("Module"), self.tr("Hours")], stretch=2
        )
        self.upcoming.setObjectName("upcomingModules")
        self.country_chart = self._chart_view()
        self.gender_chart = self._chart_view()
        # Each chart, or in its place a note while there is nothing to count (an empty file's
        # axes from 0 to 1 said nothing).
        self.country_slot, self.country_note = self._chart_slot(self.country_chart)
        self.gender_slot, self.gender_note = self._chart_slot(self.gender_chart)

        cohorts_box = QGroupBox(self.tr("Cohorts"))
        QVBoxLayout(cohorts_box).addWidget(self.cohorts)
        upcoming_box = QGroupBox(self.tr("Upcoming module dates"))
        QVBoxLayout(upcoming_box).addWidget(self.upcoming)
        grid = QGridLayout()
        grid.addWidget(cohorts_box, 0, 0)
        grid.addWidget(upcoming_box, 0, 1)
        grid.addWidget(self.country_slot, 1, 0)
        grid.addWidget(self.gender_slot, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self.data: Any = None
        #: what the charts show now (tests and tools)
        self.country_bars: list[Bar] = []
        self.gender_bars: list[Bar] = []

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(240)
        return view

    @staticmethod
    def _chart_slot(view: QChartView) -> tuple[QStackedWidget, QLabel]:
        note = QLabel()
        note.setObjectName("chartNote")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setMargin(24)
        note.setStyleSheet("QLabel#chartNote { background: white; color: #555; }")
        slot = QStackedWidget()
        slot.addWidget(view)
        slot.addWidget(note)
        return slot, note

    def refresh(self) -> None:
        def work(ws: Any) -> Any:
            from course_manager.services.dashboard import load_dashboard

            return load_dashboard(ws)

        self.op(work).success(self.show_data).run()

    def show_data(self, data: Any) -> None:
        self.data = data
        self.heading.setText("<h2>" + self.tr("%Ln participants", "", data.participants) + "</h2>")
        self.cohorts.setRowCount(len(data.cohorts))
        for row, c in enumerate(data.cohorts):
            dates = " – ".join(d for d in (c.start_date, c.end_date) if d)
            values = [
                (c.code, False),
                (dates, False),
                (c.enrolled, True),
                (c.completed, True),
                (c.certified, True),
                (c.title, False),
            ]
            for column, (value, number) in enumerate(values):
                self.cohorts.setItem(row, column, _item(value, number))
        self.cohorts.clearSpans()
        if not data.cohorts:  # a new file: what comes first, not an empty table
            self.cohorts.setRowCount(1)
            self.cohorts.setItem(
                0, 0, _item(self.tr("No cohorts yet: create the first one on the Cohorts page."))
            )
            self.cohorts.setSpan(0, 0, 1, self.cohorts.columnCount())
        lang = i18n.current_language()
        self.upcoming.setRowCount(len(data.upcoming))
        for row, m in enumerate(data.upcoming):
            values = [
                (m.date, False),
                (m.cohort_code, False),
                (f"{m.module_code} · {m.title(lang)}", False),
                (i18n.decimal(m.hours), True),
            ]
            for column, (value, number) in enumerate(values):
                self.upcoming.setItem(row, column, _item(value, number))
        self.upcoming.clearSpans()
        if not data.upcoming:
            self.upcoming.setRowCount(1)
            self.upcoming.setItem(0, 0, _item(self.tr("No module dates ahead.")))
            self.upcoming.setSpan(0, 0, 1, self.upcoming.columnCount())
        unknown = self.tr("unknown")
        countries = [
            Bar(g.key if g.key not in ("", "None") else unknown, g.participants, g.completed)
            for g in data.by_country
        ]
        # (every country counts: past the largest ones, the rest make one bar)
        self.country_bars = capped(
            countries, MAX_COUNTRIES, lambda n: self.tr("Other (%n countries)", "", n)
        )
        self._bars(
            self.country_slot,
            self.tr("Participants and completion by country"),
            self.country_bars,
            other_subtitle(self.country_bars),
        )
        genders = {
            "female": self.tr("female"),
            "male": self.tr("male"),
            "unspecified": self.tr("unspecified"),
        }
        self.gender_bars = [
            Bar(genders.get(g.key, g.key), g.participants, g.completed) for g in data.by_gender
        ]
        self._bars(
            self.gender_slot,
            self.tr("Participants and completion by gender"),
            self.gender_bars,
        )

    def _bars(
        self, slot: QStackedWidget, title: str, groups: list[Bar], subtitle: str = ""
    ) -> None:
        view, note = slot.widget(0), slot.widget(1)
        assert isinstance(view, QChartView) and isinstance(note, QLabel)
        if not any(g.participants for g in groups):
            note.setText(
                f"<b>{html.escape(title)}</b><br><br>"
                + html.escape(
                    self.tr(
                        "No data yet: the chart fills in once participants are imported or added."
                    )
                )
            )
            slot.setCurrentWidget(note)
            return
        slot.setCurrentWidget(view)
        enrolled = QBarSet(self.tr("Enrolled"))
        completed = QBarSet(self.tr("Completed"))
        for g in groups:
            enrolled.append(g.participants)
            completed.append(g.completed)
        series = QBarSeries()
        series.append(enrolled)
        series.append(completed)
        chart = QChart()
        chart.setLocalizeNumbers(True)  # the axis's 8,000 as the UI language writes it
        if subtitle:  # (a chart's title is rich text: a second, smaller line)
            title = f"{html.escape(title)}<br><small>{html.escape(subtitle)}</small>"
        chart.setTitle(title)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([g.axis_label for g in groups])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        top, step = nice_axis(max([g.participants for g in groups] + [1]))
        axis_y.setRange(0, top)
        axis_y.setTickCount(top // step + 1)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()
