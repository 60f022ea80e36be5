"""Baseline for start-up and memory: a bare PySide6 window, painted, then quit (or idle for RSS)."""

from __future__ import annotations

import sys
import time

START = time.perf_counter()

import os  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from paint_probe import FirstPaint  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

app = QApplication(sys.argv)
window = QLabel("bare")
window.resize(1180, 760)
probe = FirstPaint(START, idle="--rss" in sys.argv)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
