"""The bundle's baseline (`python3 dev.py package`): a bare window that imports QtWidgets, QtPdf and
QtPrintSupport, built with the same spec settings as the app, prints "painted <s>" after its first frame."""

from __future__ import annotations

import sys
import time

START = time.perf_counter()

from paint_probe import FirstPaint  # noqa: E402 - benchmarks/, on the spec's pathex
from PySide6.QtPdf import QPdfDocument  # noqa: E402, F401
from PySide6.QtPrintSupport import QPrinter  # noqa: E402, F401
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

app = QApplication(sys.argv)
window = QLabel("bare")
window.resize(1180, 760)
probe = FirstPaint(START)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
