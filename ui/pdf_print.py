"""Printing a PDF through Qt: the printer choice for the system queue, and the fallback.

Certificates print through one service (``services/certificates/printing.py``): it applies the
print offsets and sends the job to the system queue. :class:`PrinterChoice` asks which queue,
which pages and how many copies. Where no system queue exists (Windows), the service hands
back a prepared PDF (offsets already applied); :func:`ask_printer` shows Qt's dialog and
:func:`print_pages` prints it as it is on the database worker, with progress and Cancel: each
page rendered with ``QPdfDocument.render`` at the printer's resolution in bands (never the
whole job, nor a whole page, in memory), turned a quarter when its orientation differs from
the paper's, and shrunk only if it would not fit.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from course_manager.services import Progress
from course_manager.services.certificates.printing import PRINTING

#: Rows of printer pixels rendered at a time: a page never sits whole in memory.
BAND_ROWS = 256


def print_pages(printer: QPrinter, path: Path) -> Generator[Progress, None, int]:
    """Render ``path`` into ``printer`` page by page at the printer's resolution, streaming:
    each page in bands of :data:`BAND_ROWS` rows, drawn and let go. A page is turned a quarter
    when its orientation differs from the paper's and shrunk only if it would not fit; it is
    never cut. Yields progress per page (Cancel stops between bands: the job is aborted).
    Runs on the database worker (QPainter may paint a QPrinter off the GUI thread)."""
    from course_manager.services import Cancelled

    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"{path.name} cannot be read as a PDF")
    printer.setFullPage(True)
    dpi = printer.resolution()
    paper = printer.pageLayout().fullRectPixels(dpi)
    chosen = pages_chosen(printer, document.pageCount())
    count = len(chosen)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started")
    finished = False
    try:
        for done, page in enumerate(chosen):
            if done:
                printer.newPage()
            points = document.pagePointSize(page)
            width, height = points.width() * dpi / 72, points.height() * dpi / 72
            turn = (width > height) != (paper.width() > paper.height())
            fit_w, fit_h = (height, width) if turn else (width, height)
            scale = min(1.0, paper.width() / fit_w, paper.height() / fit_h) if fit_w else 1.0
            full = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
            painter.save()
            painter.translate(paper.width() / 2, paper.height() / 2)
            if turn:
                painter.rotate(90)
            painter.translate(-full.width() / 2, -full.height() / 2)
            for top in range(0, full.height(), BAND_ROWS):
                rows = min(BAND_ROWS, full.height() - top)
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(full)
                options.setScaledClipRect(QRect(0, top, full.width(), rows))
                band = document.render(page, QSize(full.width(), rows), options)
                painter.drawImage(QPointF(0, top), band)
            painter.restore()
            yield Progress(done + 1, count, PRINTING())
        finished = True
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()
    return count if finished else 0


def pages_chosen(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the print dialog chose: its page ranges, else every page; repeated
    for copies when the printer cannot make them itself."""
    ranges = printer.pageRanges()
    pages = [p for p in range(count) if ranges.isEmpty() or ranges.contains(p + 1)]
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    return pages * copies


def print_pdf_to(printer: QPrinter, path: Path) -> int:
    """:func:`print_pages` run to the end here; the number of pages."""
    pages = print_pages(printer, path)
    while True:
        try:
            next(pages)
        except StopIteration as stop:
            return int(stop.value)


def ask_printer(parent: QWidget, title: str, pages: int = 0) -> QPrinter | None:
    """Qt's print dialog (no system queue here): the printer chosen (with the page range and
    copies asked for), or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if pages:
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, pages)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


class PrinterChoice(QDialog):
    """Which system print queue, which pages and how many copies.

    Only the queues the system lists are offered: with no default printer set, none is
    preselected as "the system's default" (a job to a default that does not exist is lost)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        names: Sequence[str],
        default: str | None,
        what: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.printer_box = QComboBox()
        for name in names:
            label = self.tr("%1 (default)").replace("%1", name) if name == default else name
            self.printer_box.addItem(label, name)
        if default and default in names:
            self.printer_box.setCurrentIndex(self.printer_box.findData(default))
        elif names:
            self.printer_box.setCurrentIndex(-1)
            self.printer_box.setPlaceholderText(self.tr("Choose a printer"))
        else:
            self.printer_box.setPlaceholderText(self.tr("No printer found"))
            self.printer_box.setEnabled(False)
        #: Why OK is off until a printer is chosen, and what to do (None: one is chosen).
        self.no_printer: QLabel | None = None
        if not names:
            self.no_printer = QLabel(
                self.tr("No printer was found on this computer. Add one in the system's "
                        "printer settings, then print again.")
            )  # fmt: skip
            self.no_printer.setStyleSheet("QLabel#noPrinter { color: #a11d1d; }")
        elif self.printer_box.currentIndex() < 0:
            self.no_printer = QLabel(
                self.tr("This computer has no default printer: choose the one to print on.")
            )
        if self.no_printer is not None:
            self.no_printer.setObjectName("noPrinter")
            self.no_printer.setWordWrap(True)
        self.printer_box.currentIndexChanged.connect(self._allow)
        self.pages_edit = QLineEdit()
        self.pages_edit.setPlaceholderText(self.tr("all, or e.g. 1-3,7"))
        self.copies_box = QSpinBox()
        self.copies_box.setRange(1, 999)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if what:
            form.addRow(QLabel(what))
        form.addRow(self.tr("&Printer:"), self.printer_box)
        if self.no_printer is not None:  # (under the printer: why OK is off until one is chosen)
            form.addRow("", self.no_printer)
        form.addRow(self.tr("P&ages:"), self.pages_edit)
        form.addRow(self.tr("&Copies:"), self.copies_box)
        form.addRow(self.buttons)
        self._allow()

    def _allow(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.printer() is not None)

    def printer(self) -> str | None:
        data = self.printer_box.currentData()
        return str(data) if data else None

    def pages(self) -> str:
        return self.pages_edit.text().strip()

    def copies(self) -> int:
        return self.copies_box.value()
