"""Regenerate the app icon's bitmaps from resources/icons/course-manager.svg.

    QT_QPA_PLATFORM=offscreen python tools/build_icons.py

Writes course-manager.png (256 px, the window icon), course-manager.ico (Windows executable:
16-256 px) and course-manager.icns (macOS bundle: 128-512 px). ICO and ICNS both store PNG
images here, which every supported Windows (Vista+) and macOS (10.7+) reads. The outputs are
committed, so a build needs neither this script nor Qt's SVG renderer.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "course-manager.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in pngs.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    (ICONS / "course-manager.png").write_bytes(render_png(256))
    (ICONS / "course-manager.ico").write_bytes(ico({s: render_png(s) for s in ICO_SIZES}))
    (ICONS / "course-manager.icns").write_bytes(icns({s: render_png(s) for s in ICNS_TYPES}))
    print(f"wrote {ICONS}/course-manager.{{png,ico,icns}}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
