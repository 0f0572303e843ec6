"""A PDF page shown as a picture: rendered on the database worker, drawn on the window's thread.

A ``QPdfView`` renders on the window's thread (PDFium, under one process-wide lock), so showing
a certificate there blocked the window for 100 ms and more while the worker rendered the next
one. Here the worker renders the page once to a :class:`QImage` (:func:`render_page`), and the
widget (:class:`PagePreview`) only scales that picture to its size, cached per size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

#: The rendered picture's longer side, in pixels: sharp at full screen on a 1920-wide display.
RENDER_PX = 2000
#: The margin around the page, in pixels.
MARGIN = 8


def render_page(path: Path, page: int = 0, longest: int = RENDER_PX) -> QImage:
    """``path``'s page ``page`` as a picture whose longer side is ``longest`` pixels, on white.
    For the worker: nothing here touches a widget. Raises OSError for a file that is no PDF."""
    document = QPdfDocument()
    try:
        document.load(str(path))
        if document.status() != QPdfDocument.Status.Ready or page >= document.pageCount():
            raise OSError(f"{path.name} cannot be read as a PDF")
        points = document.pagePointSize(page)
        scale = longest / max(points.width(), points.height(), 1.0)
        size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
        image = document.render(page, size)
    finally:
        document.close()
    if image.isNull():
        raise OSError(f"{path.name}: page {page + 1} could not be drawn")
    # PDFium leaves the paper transparent: the picture is shown as printed, on white.
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


class PagePreview(QWidget):
    """One page's picture, as large as fits with its proportions kept, centred on grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._scaled: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 90)

    def image(self) -> QImage:
        """The picture shown (a null image when there is none)."""
        return self._image

    def has_page(self) -> bool:
        return not self._image.isNull()

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._scaled = None
        self.update()

    def clear(self) -> None:
        self.set_image(QImage())

    def sizeHint(self) -> QSize:
        return QSize(480, 340)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scaled = None
        super().resizeEvent(event)

    def _fitted(self) -> QPixmap:
        """The picture scaled to the widget (device pixels), made once per size."""
        ratio = self.devicePixelRatioF()
        room = QSize(
            max(1, round((self.width() - 2 * MARGIN) * ratio)),
            max(1, round((self.height() - 2 * MARGIN) * ratio)),
        )
        if self._scaled is None:
            scaled = self._image.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._scaled = QPixmap.fromImage(scaled)
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if not self._image.isNull():
            picture = self._fitted()
            size = picture.deviceIndependentSize()
            left = (self.width() - size.width()) / 2
            top = (self.height() - size.height()) / 2
            page = QRectF(left, top, size.width(), size.height())
            painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60))  # a shadow: paper
            painter.drawPixmap(page.topLeft(), picture)
        painter.end()
