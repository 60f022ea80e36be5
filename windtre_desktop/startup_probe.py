"""For the start-up benchmark: print when the window's first frame has been painted, then quit."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication, QWidget

from windtre_desktop.first_paint import after_first_paint


def report_first_paint(window: QWidget, start: float) -> None:
    def report() -> None:
        print(f"painted {time.perf_counter() - start:.4f}", flush=True)
        QApplication.quit()

    after_first_paint(window, report, fallback_ms=None)
