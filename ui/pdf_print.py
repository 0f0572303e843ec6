"""Printing a PDF through Qt's print dialog, page by page with QtPdf, with offsets in mm.

Pre-printed certificate paper rarely sits exactly where the printer thinks: the office's
offsets (millimetres, right and down positive) shift every page. Pages are rendered with
``QPdfDocument.render`` at the printer's resolution and drawn at their real size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QSize, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

MM_PER_POINT = 25.4 / 72


def print_pdf_to(printer: QPrinter, path: Path, offset_x_mm: float = 0.0,
                 offset_y_mm: float = 0.0) -> int:
    """Render every page of ``path`` into ``printer``; returns the number of pages printed."""
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"{path.name} cannot be read as a PDF")
    printer.setFullPage(True)
    dpi = printer.resolution()
    dots_per_mm = dpi / 25.4
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points: QSizeF = document.pagePointSize(page)
            size = QSize(round(points.width() * MM_PER_POINT * dots_per_mm),
                         round(points.height() * MM_PER_POINT * dots_per_mm))
            image = document.render(page, size)
            painter.drawImage(QPointF(offset_x_mm * dots_per_mm, offset_y_mm * dots_per_mm),
                              image)
    finally:
        painter.end()
    return document.pageCount()


def print_pdf_dialog(parent: QWidget, path: Path, offset_x_mm: float = 0.0,
                     offset_y_mm: float = 0.0) -> bool:
    """Ask for a printer and print; False when the dialog was cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPrint", "Print %1").replace("%1", path.name))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_pdf_to(printer, path, offset_x_mm, offset_y_mm)
    return True
