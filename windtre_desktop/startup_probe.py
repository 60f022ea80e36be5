"""For the start-up benchmark: print when the window's first frame has been painted, then quit."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, start: float) -> None:
        super().__init__(window)
        self._start = start
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # after this paint event is handled, the frame is on screen
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.perf_counter() - self._start:.4f}", flush=True)
        sys.stdout.flush()
        QApplication.quit()


def report_first_paint(window: QWidget, start: float) -> None:
    _FirstPaint(window, start)
