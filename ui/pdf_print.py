"""Printing a PDF through Qt: the printer choice for the system queue, and the fallback.

Certificates print through one service (``services/certificates/printing.py``): it applies the
print offsets and sends the job to the system queue. :class:`PrinterChoice` asks which queue
and how many copies. Where no system queue exists (Windows), the service hands back a prepared
PDF (offsets already applied) and :func:`print_pdf_dialog` prints it through Qt's dialog as it
is: each page rendered with ``QPdfDocument.render`` at the printer's resolution, turned a
quarter when its orientation differs from the paper's, and shrunk only if it would not fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)


def print_pdf_to(printer: QPrinter, path: Path) -> int:
    """Render every page of ``path`` into ``printer`` whole; returns the number of pages."""
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"{path.name} cannot be read as a PDF")
    printer.setFullPage(True)
    dpi = printer.resolution()
    paper = printer.pageLayout().fullRectPixels(dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            width, height = points.width() * dpi / 72, points.height() * dpi / 72
            turn = (width > height) != (paper.width() > paper.height())
            fit_w, fit_h = (height, width) if turn else (width, height)
            scale = min(1.0, paper.width() / fit_w, paper.height() / fit_h) if fit_w else 1.0
            image = document.render(page, QSize(round(width * scale), round(height * scale)))
            painter.save()
            painter.translate(paper.width() / 2, paper.height() / 2)
            if turn:
                painter.rotate(90)
            painter.drawImage(QPointF(-image.width() / 2, -image.height() / 2), image)
            painter.restore()
    finally:
        painter.end()
    return document.pageCount()


def print_pdf_dialog(parent: QWidget, path: Path) -> bool:
    """Ask for a printer and print ``path`` as it is; False when the dialog was cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    title = QCoreApplication.translate("PdfPrint", "Print %1")
    dialog.setWindowTitle(title.replace("%1", path.name))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_pdf_to(printer, path)
    return True


class PrinterChoice(QDialog):
    """Which system print queue, and how many copies."""

    def __init__(
        self, parent: QWidget | None, title: str, names: Sequence[str], default: str | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.printer_box = QComboBox()
        self.printer_box.addItem(self.tr("System default printer"), None)
        for name in names:
            self.printer_box.addItem(name, name)
        if default:
            self.printer_box.setCurrentIndex(max(self.printer_box.findData(default), 0))
        self.copies_box = QSpinBox()
        self.copies_box.setRange(1, 999)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Printer:"), self.printer_box)
        form.addRow(self.tr("&Copies:"), self.copies_box)
        form.addRow(buttons)

    def printer(self) -> str | None:
        data = self.printer_box.currentData()
        return str(data) if data else None

    def copies(self) -> int:
        return self.copies_box.value()
