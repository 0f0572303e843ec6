"""The Settings screen's "Own font files" field: saved through the settings service, which
checks the file is a usable font."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "certificates"))


def test_own_font_file_is_saved_checked(qtbot, window, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_cert_fonts import make_font

    font = make_font(tmp_path / "office.ttf", drawn="\u13a0", empty="")
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    assert page.font_files.text() == ""
    page.font_files.setText(str(font))
    with qtbot.waitSignal(db.changed, timeout=5000):
        page.save()
    stored = db.call(lambda ws: ws.settings.all())
    assert stored["certificate_font_files"] == [str(font.resolve())]
    if os.environ.get("CM_SCREENSHOT"):
        page.grab().save(os.environ["CM_SCREENSHOT"])
