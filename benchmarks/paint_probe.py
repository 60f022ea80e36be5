"""Shared by the baseline windows: print "painted <s>" after the first frame, then quit (or, with
`idle`, print the RSS a second later and quit). Plain PySide6, so the baselines stay baselines."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class FirstPaint(QObject):
    def __init__(self, start: float, idle: bool = False) -> None:
        super().__init__()
        self.start = start
        self.idle = idle
        self.done = False

    def eventFilter(self, obj, event):  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"painted {time.perf_counter() - self.start:.4f}", flush=True)
        if not self.idle:
            QApplication.quit()
            return
        import psutil

        QTimer.singleShot(1000, lambda: (print(f"rss {psutil.Process().memory_info().rss}", flush=True),
                                         QApplication.quit()))
