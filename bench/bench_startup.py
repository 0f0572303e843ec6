"""Start-up to the first window shown, against a bare PySide6 window, both in fresh processes.

Each run is a new Python process; it prints the wall-clock time at which its main window got
its first paint. The parent subtracts the time it started the process. The app opens a demo
file the way a user's last file is opened (QSettings are isolated in a temporary folder).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Comparison, report

ROOT = Path(__file__).resolve().parent.parent

_FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print(f"PAINTED {time.time():.6f}", flush=True)
            QApplication.instance().quit()
        return False
"""

BASELINE = (
    _FIRST_PAINT
    + """
from PySide6.QtWidgets import QLabel
app = QApplication(sys.argv[:1])
spy = FirstPaint(); app.installEventFilter(spy)
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("Course Manager"))
window.resize(1100, 720)
window.show()
app.exec()
"""
)

# Through the entry point users start (ui/launcher.py: the command line parsed, then the app).
CANDIDATE = (
    _FIRST_PAINT
    + """
from ui.app import make_application
app = make_application()
spy = FirstPaint(); app.installEventFilter(spy)
from ui.launcher import main
main(["--db", sys.argv[1]])
"""
)


def _run(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
    ).stdout
    painted = next(line for line in out.splitlines() if line.startswith("PAINTED "))
    return float(painted.split()[1]) - start


def main() -> None:
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    tmp = Path(tempfile.mkdtemp())
    path = tmp / "bench.sqlite3"
    with Workspace.open(path) as ws:
        load_demo(ws)
    env = {
        # (PYTHONDONTWRITEBYTECODE, set on some machines, would have the app compile its ~40
        # modules on every start; installed apps have their bytecode, as the frozen one does.)
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith("COURSE_MANAGER_") and k != "PYTHONDONTWRITEBYTECODE"
        },
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "PYTHONPATH": str(ROOT),
    }
    _run(BASELINE, env=env)  # warm the OS file cache for both
    _run(CANDIDATE, str(path), env=env)
    base, cand = [], []
    for _ in range(9):
        base.append(_run(BASELINE, env=env))
        cand.append(_run(CANDIDATE, str(path), env=env))
    result = Comparison(
        name="start-up to first window painted (fresh process)",
        baseline_s=min(base),
        candidate_s=min(cand),
        target="<= 1.5x",
        passed=False,
    )
    result.passed = result.ratio <= 1.5
    report(result)
