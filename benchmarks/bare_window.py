"""Baseline for start-up and memory: a bare PySide6 window, painted, then quit (or idle for RSS)."""

from __future__ import annotations

import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, idle: bool) -> None:
        super().__init__()
        self.done = False
        self.idle = idle

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"painted {time.perf_counter() - START:.4f}", flush=True)
        if self.idle:
            import psutil

            QTimer.singleShot(1000, lambda: (print(f"rss {psutil.Process().memory_info().rss}", flush=True),
                                             QApplication.quit()))
        else:
            QApplication.quit()


app = QApplication(sys.argv)
window = QLabel("bare")
window.resize(1180, 760)
probe = FirstPaint(idle="--rss" in sys.argv)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
