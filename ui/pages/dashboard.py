"""Dashboard: per cohort enrolled / completed / certified, upcoming modules, two charts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.pages.base import Page

MAX_COUNTRIES = 12


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(value: Any, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
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
            ]
        )
        self.cohorts.setObjectName("cohortSummary")
        self.upcoming = _table(
            [self.tr("Date"), self.tr("Cohort"), self.tr("Module"), self.tr("Hours")]
        )
        self.upcoming.setObjectName("upcomingModules")
        self.country_chart = self._chart_view()
        self.gender_chart = self._chart_view()

        cohorts_box = QGroupBox(self.tr("Cohorts"))
        QVBoxLayout(cohorts_box).addWidget(self.cohorts)
        upcoming_box = QGroupBox(self.tr("Upcoming module dates"))
        QVBoxLayout(upcoming_box).addWidget(self.upcoming)
        grid = QGridLayout()
        grid.addWidget(cohorts_box, 0, 0)
        grid.addWidget(upcoming_box, 0, 1)
        grid.addWidget(self.country_chart, 1, 0)
        grid.addWidget(self.gender_chart, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self.data: Any = None

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(240)
        return view

    def refresh(self) -> None:
        def work(ws: Any) -> Any:
            from course_manager.services.dashboard import load_dashboard

            return load_dashboard(ws)

        self.op(work).success(self.show_data).run()

    def show_data(self, data: Any) -> None:
        self.data = data
        self.heading.setText("<h2>" + self.tr("%n participants", "", data.participants) + "</h2>")
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
        lang = i18n.current_language()
        self.upcoming.setRowCount(len(data.upcoming))
        for row, m in enumerate(data.upcoming):
            values = [
                (m.date, False),
                (m.cohort_code, False),
                (f"{m.module_code} · {m.title(lang)}", False),
                (f"{m.hours:g}", True),
            ]
            for column, (value, number) in enumerate(values):
                self.upcoming.setItem(row, column, _item(value, number))
        if not data.upcoming:
            self.upcoming.setRowCount(1)
            self.upcoming.setItem(0, 0, _item(self.tr("No module dates ahead.")))
        countries = data.by_country[:MAX_COUNTRIES]
        self._bars(
            self.country_chart,
            self.tr("Participants and completion by country"),
            [g.key or self.tr("unknown") for g in countries],
            countries,
        )
        genders = {
            "female": self.tr("female"),
            "male": self.tr("male"),
            "unspecified": self.tr("unspecified"),
        }
        self._bars(
            self.gender_chart,
            self.tr("Participants and completion by gender"),
            [genders.get(g.key, g.key) for g in data.by_gender],
            data.by_gender,
        )

    def _bars(self, view: QChartView, title: str, labels: list[str], groups: list[Any]) -> None:
        enrolled = QBarSet(self.tr("Enrolled"))
        completed = QBarSet(self.tr("Completed"))
        for g in groups:
            enrolled.append(g.participants)
            completed.append(g.completed)
        series = QBarSeries()
        series.append(enrolled)
        series.append(completed)
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        most = max([g.participants for g in groups] + [1])
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9) if most / s <= 6)
        top = -(-most // step) * step
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
