"""The baseline for bench_frozen: the smallest PySide6 app, one main window, frozen alike."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare PySide6 window")
window.setCentralWidget(QLabel("bare"))
window.resize(1100, 720)
window.show()
sys.exit(app.exec())
