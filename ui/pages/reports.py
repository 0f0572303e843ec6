"""Reports: choose one, preview its numbers, save it as .xlsx; make and print sign-in sheets.

The tables come from ``course_manager.services.reports.count_report`` (the same tables the
.xlsx holds, as plain lists) on the database worker; saving runs ``save_report`` there too.
Both are long services: progress, and Cancel. Sign-in sheets are PDFs from
``services.reports.write_signin_sheet``; the command line calls the same functions.

The report is written in the language chosen on the page (English by default: it goes to
partners; the choice is remembered), the same ``language`` the command line's ``report
--language`` passes to the service; the preview shows the same words.
"""

from __future__ import annotations

import heapq
import html
import math
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs, i18n
from ui.pages.base import Page
from ui.pages.table_fit import (
    MAX_LINES,
    SAMPLE_ROWS,
    PriorityFit,
    is_cut_wrapped,
    text_width,
)
from ui.responsiveness import OneCallPerCell, unhook_header_from_selection
from ui.text import literal

if TYPE_CHECKING:
    from course_manager.services.reports import ReportTable as PreviewTable

_Index = QModelIndex | QPersistentModelIndex
ALL_COHORTS = -1
LANGUAGE_KEY = "reports/language"
#: Whether the sign-in sheets' row is shown (remembered).
SIGNIN_KEY = "reports/signin_shown"
#: A text column whose texts are wider than this (names, organisations, reasons) may end in
#: "…" when the page is narrow; narrower ones (marks, countries, genders) are always whole.
LONG_TEXT = 120
#: What a cut text column keeps at least (or its header's width, when more).
MIN_CUT_WIDTH = 150
#: Rows the table shows at least: its rows are as many lines high (long texts wrap, up to
#: table_fit.MAX_LINES) as leaves room for this many, one line on a 1366×768 laptop.
MIN_ROWS = 15
#: Rows measured from the top of a table (what is seen first), and at most this many more
#: spread evenly over the rest (a 20,000-row matrix sorted by name: the long names may be
#: anywhere).
TOP_ROWS = 60
#: Of a long table's names, the longest this many (by length) are measured too.
LONGEST_NAMES = 40
#: Room beside a cell's text.
CELL_PADDING = 10


def load_tables(ws: Any, cohort_ids: list[int] | None, language: str = "en") -> Any:
    """The report's tables as plain values, counted step by step on the database worker (a
    long service: progress and Cancel), the codes of the modules they may name, and each
    table's texts its columns are sized by (:func:`_sample_texts`, made here, not on the
    window's thread)."""
    from course_manager.services import reports

    tables = yield from reports.count_report(ws, cohort_ids, language)
    ids = cohort_ids if cohort_ids is not None else [int(c.id) for c in ws.cohorts.list()]
    codes = {m.module_code for cohort_id in ids for m in ws.cohorts.modules(cohort_id)}
    samples = [_sample_texts(t, longest_names(t)) for t in tables]
    return tables, frozenset(c for c in codes if c), samples


def longest_names(table: PreviewTable) -> list[str]:
    """The :data:`LONGEST_NAMES` longest (by length) texts of a long table's first column,
    found on the database worker (a pass over every row): a sample of rows may miss the
    widest name, and the names' column is sized to show every name whole."""
    if len(table.rows) <= SAMPLE_ROWS or not table.columns:
        return []
    names = (row[0] for row in table.rows if row and isinstance(row[0], str))
    return heapq.nlargest(LONGEST_NAMES, names, key=len)


def module_columns(columns: list[str], codes: frozenset[str]) -> dict[int, str]:
    """Column -> module code, for the columns headed by a module ("M1 Digital government
    strategy")."""
    found = {}
    for column, title in enumerate(columns):
        code = title.split(" ", 1)[0]
        if code in codes:
            found[column] = code
    return found


def cell_text(value: Any, as_percent: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "✓" if value else "—"
    if isinstance(value, float):
        if as_percent:
            return f"{value * 100:.0f}%"
        return f"{value:g}"
    return unit_kept(str(value))


def unit_kept(text: str) -> str:
    """``text`` with a no-break space between a number and the short unit after it at the
    end of a mark ("late 5 h", "опоздание 5 ч · 83"): the unit stays on the number's line
    when the cell wraps."""
    head, dot, tail = text.partition(" · ")
    before, space, unit = head.rpartition(" ")
    if space and before[-1:].isdigit() and 1 <= len(unit) <= 4:
        head = f"{before}\u00a0{unit}"
    return head + dot + tail


def matrix_fold_order(columns: int, modules: list[int]) -> list[int]:
    """The order in which a completion matrix's columns are left out when the page is too
    narrow for it: the participant's other identifiers first (Latin name, e-mail), then the
    override, the organisation, the hours (the share stays), gender, the country, the reasons
    (why not completed), and last the modules from the last (the first module stays). The
    name, the attendance share and the verdict are always shown."""
    first, last = modules[0], modules[-1]
    hours, _share, _completed, reasons, override = range(last + 1, last + 6)
    latin, email, country, organization, gender = range(1, 6)
    order = [latin, email, override, organization, hours, gender, country, reasons]
    order = [c for c in order if c < columns and c < first or last < c < columns]
    return order + [c for c in reversed(modules) if c != first]


def _combo_option(box: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    option.initFrom(box)
    option.editable = box.isEditable()
    option.frame = box.hasFrame()
    return option


def _fit_popup(box: QComboBox) -> None:
    """The list a chooser drops down is as wide as its longest item (the chooser itself may
    be narrower: the row has other choices)."""
    metrics = box.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())), default=0
    )
    box.view().setMinimumWidth(widest + 40)


def sample_rows(rows: list[Any]) -> list[Any]:
    """The rows measured for the columns' widths: the first :data:`TOP_ROWS`, and a sample
    of the rest, :data:`SAMPLE_ROWS` in all."""
    if len(rows) <= SAMPLE_ROWS:
        return rows
    rest = len(rows) - TOP_ROWS
    step = max(rest // (SAMPLE_ROWS - TOP_ROWS), 1)
    return rows[:TOP_ROWS] + rows[TOP_ROWS::step][: SAMPLE_ROWS - TOP_ROWS]


def _sample_texts(
    table: PreviewTable | None, longest: list[str] | None = None
) -> dict[int, list[str]]:
    """Each column's texts in a sample of the table's rows (read directly: the model is
    slower), and the ``longest`` names (:func:`longest_names`) with the names sampled."""
    if table is None:
        return {}
    rows = sample_rows(table.rows)
    texts = {
        column: [
            cell_text(row[column] if column < len(row) else None, column in table.percent_columns)
            for row in rows
        ]
        for column in range(len(table.columns))
    }
    if longest and table.columns:
        texts[0] += longest
    return texts


class ReportTableModel(OneCallPerCell, QAbstractTableModel):
    """A read-only table of report values; numbers right-aligned, shares as percentages.

    (Painting asks each cell's roles in one call into Python: :class:`OneCallPerCell`.)"""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: PreviewTable | None = None
        #: column -> the header shown when it differs from the report's (a module's code, a
        #: title on two lines); the report's whole header is the tooltip
        self.shown_headers: dict[int, str] = {}

    def load(self, table: PreviewTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.shown_headers = {}
        self.endResetModel()

    def set_shown_headers(self, shown: dict[int, str]) -> None:
        self.shown_headers = dict(shown)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._table is None else len(self._table.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            title = self._table.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.shown_headers.get(section, title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return title
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def value(self, row: int, column: int) -> Any:
        assert self._table is not None
        values = self._table.rows[row]
        return values[column] if column < len(values) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, index.column() in self._table.percent_columns)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsPage(Page):
    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.tables: list[PreviewTable] = []
        #: for each table, the longest of its names (measured with the sample)
        #: each table's texts its columns are sized by (made on the worker with the count)
        self.sampled_texts: list[dict[int, list[str]]] = []
        #: the codes of the modules the tables may name (their columns are headed by the code)
        self.module_codes: frozenset[str] = frozenset()
        #: the count running (or last run) for the preview; a newer one cancels it
        self.count_operation: Any = None
        #: the last count was cancelled: the preview is empty until counted again
        self.cancelled = False
        self.last_saved: Path | None = None
        self.last_signin: Path | None = None
        #: the pages of the sign-in sheet made last
        self.signin_pages = 0

        self.scope_box = QComboBox()
        self.scope_box.setObjectName("reportScope")
        self.scope_box.currentIndexChanged.connect(self._load_report)
        self.scope_box.currentIndexChanged.connect(self._follow_scope)
        self.table_box = QComboBox()
        self.table_box.setObjectName("reportTable")
        for box in (self.scope_box, self.table_box):
            # (as wide as the row leaves them, never wider: the list that drops down is as
            # wide as its longest item, _fit_popup)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
        self.table_box.currentIndexChanged.connect(self._show_table)
        self.language_box = QComboBox()
        self.language_box.setObjectName("reportLanguage")
        self.language_box.setToolTip(self.tr("The language the report is written in"))
        from course_manager.services.reports import DEFAULT_LANGUAGE, REPORT_LANGUAGES

        for code, name in REPORT_LANGUAGES.items():
            self.language_box.addItem(name, code)
        saved = str(QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
        self.language_box.setCurrentIndex(max(self.language_box.findData(saved), 0))
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.save_button = QPushButton(self.tr("&Save as .xlsx…"))
        self.save_button.clicked.connect(self.save_dialog)
        self.open_button = QPushButton(self.tr("&Open the saved file"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open(self.last_saved))
        self.count_button = QPushButton(self.tr("&Count again"))
        self.count_button.setObjectName("countAgain")
        self.count_button.setToolTip(self.tr("Count the report again (the count was cancelled)"))
        self.count_button.clicked.connect(self._load_report)
        self.count_button.hide()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("reportTitle")
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("reportPreview")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()  # (its room goes to the report's columns)
        unhook_header_from_selection(self.view)  # Select All in 20,000 rows stays quick
        # The table across the page at 1366 pixels, in every UI and report language, never
        # scrolling sideways, with room for MIN_ROWS rows at least (rows of one line on a
        # 1366×768 laptop; long texts on more lines on a taller screen, rows_lines): the
        # names whole first, headers whole (on two lines when one does not fit), short
        # columns (numbers, marks, shares) whole; a matrix too wide leaves columns out and
        # says so, and a long text (reasons, organisations) too long for its column ends in
        # "…" (table_fit.priority_layout); what is left out or cut reads whole below the
        # table for the selected row (self.details) and in the cell's tooltip. The widths
        # come from a sample of rows, never all.
        self.fit = PriorityFit(
            self.view,
            self.model.set_shown_headers,
            min_text_width=MIN_CUT_WIDTH,
            cell_padding=CELL_PADDING,
            max_lines=1,
        )
        #: what the table's columns were last fitted with (fitted again when the rows'
        #: lines change with the page's height)
        self._columns: dict[str, Any] = {}
        self.view.viewport().installEventFilter(self)  # (before the fit's own: see Qt)
        #: the columns (by title) the user brought into the table, the last asked last, and
        #: those the user took out (the header's menu, columns_menu)
        self.kept_columns: list[str] = []
        self.hidden_columns: set[str] = set()
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        #: the modules' whole titles, for a table whose columns are headed by module codes
        self.legend = QLabel()
        self.legend.setObjectName("reportModules")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)  # (module titles as typed)
        self.legend.hide()
        #: which columns a narrow page leaves out (a completion matrix at 1366 pixels)
        self.folded_note = QLabel()
        self.folded_note.setObjectName("reportFolded")
        self.folded_note.setWordWrap(True)
        self.folded_note.setTextFormat(Qt.TextFormat.PlainText)
        self.folded_note.hide()
        self.fit.foldedChanged.connect(self._show_folded)
        #: the selected row's texts that the table leaves out or cuts, whole
        self.details = QLabel()
        self.details.setObjectName("reportRowDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        # (once after the columns are sized, not for each column)
        self._details_later = QTimer(self)
        self._details_later.setSingleShot(True)
        self._details_later.setInterval(0)
        self._details_later.timeout.connect(self._show_details)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._details_later.start())
        self.fit.foldedChanged.connect(lambda *_: self._details_later.start())

        #: the cohort whose modules the sign-in sheets' module chooser holds (None: loading)
        self._modules_of: int | None = None
        self.signin_group = self._build_signin()
        #: shows and hides the sign-in sheets' row (hidden at first: the table's room)
        self.signin_toggle = QToolButton()
        self.signin_toggle.setObjectName("signinToggle")
        self.signin_toggle.setText(self.tr("Sign-in sheets"))
        self.signin_toggle.setCheckable(True)
        self.signin_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.signin_toggle.toggled.connect(self._show_signin)
        self.signin_toggle.setChecked(bool(QSettings().value(SIGNIN_KEY, False, type=bool)))
        self._show_signin(self.signin_toggle.isChecked())

        # The choices on two rows (the table's title, the longest, on a row of its own); the
        # table takes the rest of the height.
        scope_label = QLabel(self.tr("&Report for:"))
        scope_label.setBuddy(self.scope_box)
        language_label = QLabel(self.tr("Report &language:"))
        language_label.setBuddy(self.language_box)
        table_label = QLabel(self.tr("&Table:"))
        table_label.setBuddy(self.table_box)
        first = QHBoxLayout()
        first.addWidget(scope_label)
        first.addWidget(self.scope_box, 1)
        first.addSpacing(12)
        first.addWidget(language_label)
        first.addWidget(self.language_box)
        first.addSpacing(12)
        first.addWidget(self.save_button)
        first.addWidget(self.open_button)
        first.addWidget(self.count_button)
        second = QHBoxLayout()
        second.addWidget(table_label)
        second.addWidget(self.table_box, 1)
        second.addSpacing(12)
        second.addWidget(self.signin_toggle)

        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.folded_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.signin_group)
        self._enable_actions()  # (nothing to report on until the cohorts are loaded)

    def _show_signin(self, shown: bool) -> None:
        self.signin_group.setVisible(shown)
        self.signin_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        QSettings().setValue(SIGNIN_KEY, shown)

    def _build_signin(self) -> QGroupBox:
        group = QGroupBox()  # (named by the button that shows it, signin_toggle)
        self.signin_cohort = QComboBox()
        self.signin_cohort.setMinimumContentsLength(20)
        self.signin_cohort.currentIndexChanged.connect(self._load_signin_modules)
        self.signin_module = QComboBox()
        self.signin_module.setMinimumContentsLength(20)
        self.signin_button = QPushButton(self.tr("Make &PDF…"))
        self.signin_button.clicked.connect(self.signin_dialog)
        self.signin_open = QPushButton(self.tr("Op&en"))
        self.signin_print = QPushButton(self.tr("P&rint…"))
        for button in (self.signin_open, self.signin_print):
            button.setEnabled(False)
        self.signin_open.clicked.connect(lambda: self._open(self.last_signin))
        self.signin_print.clicked.connect(self._print_signin)
        #: why no sheet can be made (a cohort without modules), below the choices
        self.signin_note = QLabel()
        self.signin_note.setObjectName("signinNote")
        self.signin_note.setWordWrap(True)
        self.signin_note.setTextFormat(Qt.TextFormat.PlainText)
        self.signin_note.hide()
        rows = QVBoxLayout(group)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Cohort:")))
        row.addWidget(self.signin_cohort, 1)
        row.addWidget(QLabel(self.tr("Module:")))
        row.addWidget(self.signin_module, 1)
        row.addWidget(self.signin_button)
        row.addWidget(self.signin_open)
        row.addWidget(self.signin_print)
        rows.addLayout(row)
        rows.addWidget(self.signin_note)
        from course_manager.services.reports import signin_sheets_available

        if not signin_sheets_available():
            group.setEnabled(False)
            group.setToolTip(self.tr("Sign-in sheets are not available in this version."))
        return group

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.op(lambda ws: ws.cohorts.list()).success(self._cohorts_loaded).run()

    def _on_opened(self, path: object) -> None:
        """Another file (File › New or Open): nothing of the one before stays on the page."""
        self._forget()
        super()._on_opened(path)

    def _forget(self, note: str = "") -> None:
        """An empty page: no count running, no tables, no cohorts or modules to choose."""
        if self.count_operation is not None:
            self.count_operation.cancel()
            self.count_operation = None
        for box in (self.scope_box, self.signin_cohort, self.signin_module):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self._empty_preview(literal(note))
        self.folded_note.hide()
        self.count_button.hide()
        self.message_bar.dismiss()
        self._enable_actions()

    def _empty_preview(self, title: str) -> None:
        """No tables to choose or show; ``title`` in their place."""
        self.tables = []
        self.sampled_texts = []
        self.table_box.blockSignals(True)
        self.table_box.clear()
        self.table_box.blockSignals(False)
        self.model.load(None)
        self._columns = {}
        self.legend.hide()
        self.folded_note.hide()
        self.details.hide()
        self.table_box.setToolTip("")
        self.title.setText(title)
        self.title.setVisible(bool(title))

    def _cohorts_loaded(self, cohorts: list[Any]) -> None:
        if not cohorts:  # a new file: say what comes first instead of an error box
            self._forget(
                self.tr(
                    "No cohorts yet: create the first cohort on the Cohorts page and add its "
                    "participants; its report appears here."
                )
            )
            return
        current = self.scope_box.currentData()
        signin = self.signin_cohort.currentData()
        for box in (self.scope_box, self.signin_cohort):
            box.blockSignals(True)
            box.clear()
        for cohort in cohorts:
            label = f"{cohort.code} — {cohort.title}" if cohort.title else cohort.code
            self.scope_box.addItem(label, int(cohort.id))
            self.signin_cohort.addItem(label, int(cohort.id))
        self.scope_box.addItem(self.tr("All cohorts of the programme"), ALL_COHORTS)
        index = self.scope_box.findData(current) if current is not None else 0
        self.scope_box.setCurrentIndex(max(index, 0))
        # The sign-in sheet is for the cohort the report is for (all cohorts: the one chosen
        # for it before, else the first).
        scope = self.scope_box.currentData()
        follow = scope if scope not in (None, ALL_COHORTS) else signin
        index = self.signin_cohort.findData(follow) if follow is not None else 0
        self.signin_cohort.setCurrentIndex(max(index, 0))
        for box in (self.scope_box, self.signin_cohort):
            box.blockSignals(False)
            _fit_popup(box)
        self._enable_actions()
        self._load_report()
        self._load_signin_modules()

    def select_scope(self, cohort_id: int) -> None:
        self.scope_box.setCurrentIndex(self.scope_box.findData(cohort_id))

    def language(self) -> str:
        """The language the report is written in (the chooser's code)."""
        return str(self.language_box.currentData() or "en")

    def _language_changed(self, *_args: Any) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language())
        self._load_report()

    def cohort_ids(self) -> list[int] | None:
        """The cohorts the report is for: ``None`` for all of them, none (``[]``) when there
        is no cohort to choose."""
        data = self.scope_box.currentData()
        if data == ALL_COHORTS:
            return None
        return [] if data is None else [int(data)]

    def _follow_scope(self, *_args: Any) -> None:
        """A report for one cohort: its sign-in sheets too (another can still be chosen)."""
        data = self.scope_box.currentData()
        if data in (None, ALL_COHORTS):
            return
        index = self.signin_cohort.findData(data)
        if index >= 0:
            self.signin_cohort.setCurrentIndex(index)  # (its modules load: the signal)

    def _enable_actions(self) -> None:
        """What cannot work is disabled: a report with no cohort to report on, a sign-in sheet
        with no cohort or no module (the note says why)."""
        self.save_button.setEnabled(self.scope_box.currentData() is not None)
        cohort = self.signin_cohort.currentData()
        module = self.signin_module.currentData()
        self.signin_button.setEnabled(cohort is not None and module is not None)
        no_modules = (
            cohort is not None and self.signin_module.count() == 0 and self._modules_of == cohort
        )
        text = (
            self.tr(
                "This cohort has no modules yet: add them on the Cohorts page (Add module…), "
                "then make its sign-in sheets here."
            )
            if no_modules
            else ""
        )
        self.signin_note.setText(text)
        self.signin_note.setVisible(bool(text))
        self.signin_button.setToolTip(text)

    def _load_report(self, *_args: Any) -> None:
        if self.scope_box.currentData() is None:
            return
        if self.count_operation is not None:  # a count of another choice: no longer wanted
            self.count_operation.cancel()
        ids, language = self.cohort_ids(), self.language()
        self.cancelled = False
        self.count_button.hide()
        self.count_operation = operation = self.op(lambda ws: load_tables(ws, ids, language))
        # The operation is named weakly: operation -> callback -> operation would be a cycle
        # holding the count's result (20,000 rows) until a long collection of the cyclic
        # collector, which stops the window.
        named = weakref.ref(operation)
        operation.with_progress(self.tr("Counting…")).success(
            lambda tables: self._tables_loaded(ids, tables, language)
        ).on_cancelled(lambda: self._count_cancelled(named())).run()

    def _count_cancelled(self, operation: Any) -> None:
        """Cancel was pressed (not a count replaced by a newer one): an empty preview that
        says so, and a button to count again."""
        if operation is None or operation is not self.count_operation:
            return
        self.count_operation = None
        self.cancelled = True
        self._empty_preview(
            self.tr("The count was cancelled; press Count again to see the numbers.")
        )
        self.count_button.show()
        self.status.emit(self.tr("Counting cancelled"))

    def _tables_loaded(self, ids: list[int] | None, loaded: Any, language: str = "en") -> None:
        if ids != self.cohort_ids() or language != self.language():
            return
        self.count_operation = None
        shown = self.table_box.currentIndex()
        tables, self.module_codes, self.sampled_texts = loaded
        if ids is not None and len(ids) == 1 and tables and not tables[0].rows:
            # (one cohort's report has its completion matrix first, a row per person): an
            # empty cohort says what comes first instead of showing bare headers
            self._empty_preview(
                self.tr(
                    "No participants in this cohort yet: import a list or enrol them on the "
                    "Cohorts page; their report appears here."
                )
            )
            return
        self.tables = tables
        self.table_box.blockSignals(True)
        self.table_box.clear()
        for table in tables:
            self.table_box.addItem(table.title, table.name)
        self.table_box.setCurrentIndex(min(max(shown, 0), len(tables) - 1))
        self.table_box.blockSignals(False)
        _fit_popup(self.table_box)
        self._show_table()

    def _show_table(self, *_args: Any, keep_row: bool = False) -> None:
        row = self.view.currentIndex().row() if keep_row else 0
        index = self.table_box.currentIndex()
        table = self.tables[index] if 0 <= index < len(self.tables) else None
        self.model.load(table)
        self._columns = {}
        # (the title is the table chooser's text: shown above the table only when the
        # chooser is too narrow for it)
        self.title.setText(f"<b>{html.escape(table.title)}</b>" if table else "")
        self.table_box.setToolTip(table.title if table else "")
        self.legend.hide()
        self.details.hide()
        if table is None:
            self.title.hide()
            return
        # (Measured on a sample of rows with the view's font: resizeColumnsToContents reads
        # 1,000 rows through the model's every role, seconds on the window's thread.)
        texts = (
            self.sampled_texts[index]
            if index < len(self.sampled_texts)
            else _sample_texts(table, longest_names(table))
        )
        modules = module_columns(table.columns, self.module_codes)
        headers = {c: modules.get(c, title) for c, title in enumerate(table.columns)}
        if modules:
            # A module's code stays on the line of its title (a no-break space after it).
            self.legend.setText(
                "   ".join(table.columns[c].replace(" ", "\u00a0", 1) for c in modules)
            )
            self.legend.show()
        content = {c: text_width(self.view, t) for c, t in texts.items()}
        numbers = {
            c
            for row in table.rows[:SAMPLE_ROWS]
            for c, v in enumerate(row)
            if isinstance(v, int | float) and not isinstance(v, bool)
        }
        long = [
            c
            for c in range(1, len(table.columns))
            if c not in numbers and c not in modules and content[c] > LONG_TEXT
        ]
        fold = matrix_fold_order(len(table.columns), sorted(modules)) if modules else []
        # Identifiers shown whole or not at all (the Latin name, the e-mail, an override);
        # organisations and reasons wrap onto more lines (and may end in "…" at last).
        whole = set(fold[:3])
        # The columns the user asked for (the header's menu) are left out last, the one
        # asked for last the very last; those the user took out are never shown.
        kept = [c for t in self.kept_columns for c, title in enumerate(table.columns) if title == t]
        fold = [c for c in fold if c not in kept] + [c for c in kept if c in fold]
        hidden = {c for c, t in enumerate(table.columns) if c and t in self.hidden_columns}
        self._columns = {
            "headers": {c: h for c, h in headers.items() if c not in hidden},
            "texts": {c: t for c, t in texts.items() if c not in hidden},
            "first": 0,
            "shrink": [c for c in long if c not in whole and c not in hidden],
            "fold": [c for c in fold if c not in hidden],
        }
        self._fit_columns()
        if self.model.rowCount() and (self.fit.folded or self.fit.cut or hidden):
            # (the first row's details below the table until another row is chosen)
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._show_title()
        self._show_details()

    def _fit_columns(self) -> None:
        """The columns fitted to the table's width for rows of as many lines as leave room
        for :data:`MIN_ROWS`; those the user took out hidden."""
        self.fit.max_lines = self.rows_lines()
        self.fit.set_columns(**self._columns)
        for column in range(self.model.columnCount()):
            if column not in self._columns["headers"]:
                self.view.setColumnHidden(column, True)

    # -- choosing columns -------------------------------------------------------------------
    def columns_menu(self) -> QMenu:
        """A menu of the table's columns (but the first), checked when shown: check one to
        bring it into the table (others are left out for it when there is no room), uncheck
        it to take it out (its texts still read below the table for the selected row)."""
        menu = QMenu(self)
        table = self.current_table()
        if table is None:
            return menu
        for column, title in enumerate(table.columns):
            if column == 0:
                continue
            action = menu.addAction(title.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, title=title: self.show_column(title, shown))
        return menu

    def _columns_menu(self, position: Any) -> None:
        header = self.view.horizontalHeader()
        menu = self.columns_menu()
        menu.exec(header.viewport().mapToGlobal(position))
        menu.deleteLater()

    def show_column(self, title: str, shown: bool) -> None:
        """Bring the column ``title`` (of any table with it) into the table, or take it out,
        for the rest of the session."""
        if title in self.kept_columns:
            self.kept_columns.remove(title)
        self.hidden_columns.discard(title)
        if shown:
            self.kept_columns.append(title)
        else:
            self.hidden_columns.add(title)
        self._show_table(keep_row=True)

    def current_table(self) -> PreviewTable | None:
        index = self.table_box.currentIndex()
        return self.tables[index] if 0 <= index < len(self.tables) else None

    def _show_title(self) -> None:
        """The table's title above the table when the chooser cannot show it whole."""
        table = self.current_table()
        if table is None:
            return
        box = self.table_box
        room = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            _combo_option(box),
            QStyle.SubControl.SC_ComboBoxEditField,
            box,
        )
        self.title.setVisible(box.fontMetrics().horizontalAdvance(table.title) > room.width() - 4)

    def rows_lines(self) -> int:
        """The lines of a row (for long texts) that leave room for :data:`MIN_ROWS` rows in
        the table's present height; one at least."""
        height = self.view.viewport().height()
        metrics = self.view.fontMetrics()
        room = self.fit.one_line_height() - metrics.height()  # (as PriorityFit.rows_height)
        for lines in range(MAX_LINES, 1, -1):
            # (a pixel more for a wrapped text a little taller than its lines)
            if height >= MIN_ROWS * (lines * metrics.lineSpacing() + room + 1):
                return lines
        return 1

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt override)
        """A taller or shorter table: rows of more or fewer lines when that changes how many
        rows it shows (the columns fitted again for them)."""
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.view.viewport()
            and self._columns
            and self.rows_lines() != self.fit.max_lines
        ):
            row = self.view.currentIndex().row()
            self._fit_columns()
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
            self._show_details()
        return False

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._show_title()

    def details_columns(self) -> list[int]:
        """The columns of the current row that the table leaves out (in the order they are
        left out) or shows cut, in the table's order."""
        view = self.view
        row = view.currentIndex().row()
        if row < 0 or not self.model.columnCount():
            return []
        height = view.rowHeight(row)
        shown = []
        for column in range(1, self.model.columnCount()):
            if view.isColumnHidden(column):
                shown.append(column)
                continue
            text = str(self.model.data(self.model.index(row, column)) or "")
            if text and is_cut_wrapped(view, view.columnWidth(column), height, text):
                shown.append(column)
        return shown

    def _show_details(self, *_args: Any) -> None:
        """Below the table, the selected row's texts that the table leaves out or cuts,
        whole, each after its column's title (in the report's language); hidden when the
        table shows every text of the row whole."""
        table = self.current_table()
        row = self.view.currentIndex().row()
        if row < 0 and table is not None and table.rows and (self.fit.folded or self.fit.cut):
            # (a narrower window began to leave texts out: the first row's are shown, as when
            # the table was first shown; setting it comes back here)
            self.view.setCurrentIndex(self.model.index(0, 0))
            return
        columns = self.details_columns() if table is not None else []
        if table is None or row < 0 or not (columns or self.fit.folded or self.fit.cut):
            self.details.hide()
            return
        parts = [
            f"{html.escape(table.columns[c])}: "
            f"{html.escape(str(self.model.data(self.model.index(row, c)) or '—'))}"
            for c in columns
        ]
        name = html.escape(str(self.model.data(self.model.index(row, 0)) or ""))
        self.details.setText(f"<b>{name}</b> — " + "; ".join(parts) if parts else f"<b>{name}</b>")
        self.details.show()

    def _show_folded(self, columns: list[int]) -> None:
        table = self.current_table()
        if not columns or table is None:
            self.folded_note.hide()
            return
        modules = module_columns(table.columns, self.module_codes)
        names = ", ".join(
            modules.get(c, table.columns[c]) for c in columns if c < len(table.columns)
        )
        self.folded_note.setText(
            self.tr(
                "Not shown for lack of room (in the saved file, and below the table for the "
                "selected row; right-click the headers to choose the columns): %1"
            ).replace("%1", names)
        )
        self.folded_note.show()

    # -- saving -----------------------------------------------------------------------------
    def save_dialog(self) -> None:
        ids = self.cohort_ids()
        if ids == []:  # no cohort yet (the button is disabled)
            return
        code = self.scope_box.currentText().split(" — ")[0] if ids else "all-cohorts"
        start = (self.db.path.parent if self.db.path else Path.home()) / f"report-{code}.xlsx"
        name = dialogs.save_file_name(
            self, self.tr("Save the report"), str(start), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            out = Path(name)
            self.save(out if out.suffix.lower() == ".xlsx" else out.with_suffix(".xlsx"))

    def save(self, out: Path) -> Any:
        from course_manager.services import reports

        ids, language = self.cohort_ids(), self.language()
        if ids == []:
            return None
        return (
            self.op(lambda ws: reports.save_report(ws, out, ids, language))
            .with_progress(self.tr("Writing the report…"))
            .success(lambda _names: self._saved(out))
            .on_cancelled(
                lambda: self.status.emit(self.tr("Saving cancelled; no file was written."))
            )
            .run()
        )

    def _saved(self, out: Path) -> None:
        self.last_saved = out
        self.open_button.setEnabled(True)
        self.status.emit(self.tr("Report saved to %1").replace("%1", str(out)))

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- sign-in sheets ---------------------------------------------------------------------
    def _load_signin_modules(self, *_args: Any) -> None:
        cohort_id = self.signin_cohort.currentData()
        self.signin_module.clear()  # (no sheet to make until its modules are here)
        self._modules_of = None
        self._enable_actions()
        if cohort_id is None:
            return

        def fill(modules: list[Any]) -> None:
            if self.signin_cohort.currentData() != cohort_id:
                return  # another cohort was chosen meanwhile: its modules come
            self.signin_module.clear()
            for module in modules:
                when = f" · {module.date}" if module.date else ""
                title = module.title(i18n.current_language()) or module.title_en
                self.signin_module.addItem(f"{module.module_code} {title}{when}", int(module.id))
            _fit_popup(self.signin_module)
            self._modules_of = cohort_id
            self._enable_actions()

        self.op(lambda ws: ws.cohorts.modules(cohort_id)).success(fill).run()

    def signin_dialog(self) -> None:
        if self.signin_cohort.currentData() is None or self.signin_module.currentData() is None:
            return  # (the button is disabled)
        module = self.signin_module.currentText().split(" ")[0] or "module"
        cohort = self.signin_cohort.currentText().split(" — ")[0]
        start = (self.db.path.parent if self.db.path else Path.home()) / (
            f"sign-in-{cohort}-{module}.pdf"
        )
        name = dialogs.save_file_name(
            self, self.tr("Save the sign-in sheet"), str(start), self.tr("PDF (*.pdf)")
        )
        if name:
            self.make_signin(Path(name))

    def make_signin(self, out: Path) -> Any:
        from course_manager.services import reports

        cohort_id = self.signin_cohort.currentData()
        module_id = self.signin_module.currentData()
        if cohort_id is None or module_id is None:  # (the button is disabled: the note says why)
            return None
        return (
            self.op(lambda ws: reports.write_signin_sheet(ws, cohort_id, module_id, out))
            .with_progress(self.tr("Making the sign-in sheet…"))
            .success(lambda pages: self._signin_made(out, pages))
            .run()
        )

    def _signin_made(self, out: Path, pages: int = 0) -> None:
        self.last_signin = out
        self.signin_pages = int(pages or 0)
        self.signin_open.setEnabled(True)
        self.signin_print.setEnabled(True)
        self.status.emit(self.tr("Sign-in sheet saved to %1").replace("%1", str(out)))

    def _print_signin(self) -> Any:
        """Print the sign-in sheet made last: Qt's print dialog, then the pages printed on
        the database worker (progress, Cancel)."""
        from ui import pdf_print

        path = self.last_signin
        if path is None:
            return None
        printer = pdf_print.ask_printer(
            self, self.tr("Print %1").replace("%1", path.name), self.signin_pages
        )
        if printer is None:
            return None
        return (
            self.op(lambda _ws: pdf_print.print_pages(printer, path))
            .with_progress(self.tr("Printing…"))
            .success(
                lambda count: self.status.emit(
                    self.tr("%1 page(s) printed").replace("%1", i18n.number(count))
                )
            )
            .on_cancelled(lambda: self.status.emit(self.tr("Printing cancelled")))
            .run()
        )
