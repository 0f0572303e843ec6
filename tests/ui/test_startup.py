"""Start-up: the window shows the last file without importing pandas or fpdf2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import make_application, run_app
from ui.main_window import MainWindow
from ui.pages.base import Page

app = make_application()

def check():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows:
        return
    w = windows[0]
    if w.isVisible() and w.db.is_open and not w.db._running and isinstance(w.current_page(), Page):
        heavy = sorted({m.split(".")[0] for m in sys.modules} & {"pandas", "fpdf", "numpy"})
        print("TITLE", w.windowTitle())
        print("PAGE", w.current_page().objectName())
        print("HEAVY", ",".join(heavy))
        app.quit()

timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
sys.exit(run_app(sys.argv[1]))
"""


def test_window_shows_the_file_without_pandas_or_fpdf(demo_file: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(demo_file)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["TITLE"] == "demo.sqlite3 — Course Manager"
    assert lines["PAGE"] == "page_dashboard"
    assert lines.get("HEAVY", "").strip() == ""


def test_the_start_file_is_the_last_one_else_the_default_one(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from course_manager.paths import default_db_path
    from ui.app import choose_start_file

    QSettings().remove("files/last")
    assert choose_start_file(None) == (None, False)  # nothing anywhere: the welcome dialog

    # A file filled from the command line, or a portable data folder whose remembered path
    # (another drive letter) is gone: the default file opens.
    default = default_db_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    default.write_bytes(b"")
    QSettings().setValue("files/last", str(tmp_path / "gone" / "programme.sqlite3"))
    assert choose_start_file(None) == (default, False)

    last = tmp_path / "last.sqlite3"
    last.write_bytes(b"")
    QSettings().setValue("files/last", str(last))
    assert choose_start_file(None) == (last, False)
    assert choose_start_file(tmp_path / "asked.sqlite3") == (tmp_path / "asked.sqlite3", False)
