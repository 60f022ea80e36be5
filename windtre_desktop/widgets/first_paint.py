"""Run something once a window has painted its first frame: start-up work that can wait does (and the
start-up benchmark learns when that frame came)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaintHook(QObject):
    """Calls back once, after the window's first paint, or after `fallback_ms` if it never paints."""

    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int | None) -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        self._window = window
        window.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            # queued: runs after this paint event, when the frame is complete
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._callback is None:
            return
        callback, self._callback = self._callback, None
        self._window.removeEventFilter(self)
        callback()


def after_first_paint(window: QWidget, callback: Callable[[], None], fallback_ms: int | None = 300) -> None:
    """Run `callback` once `window` has painted its first frame; with `fallback_ms`, run it then
    anyway if the window has not painted (hidden windows in tests, a slow compositor)."""
    _FirstPaintHook(window, callback, fallback_ms)


def report_first_paint(window: QWidget, start: float) -> None:
    """For the start-up benchmark (`--exit-after-paint`): print when the first frame is painted, then quit."""
    import time

    from PySide6.QtWidgets import QApplication

    def report() -> None:
        print(f"painted {time.perf_counter() - start:.4f}", flush=True)
        QApplication.quit()

    after_first_paint(window, report, fallback_ms=None)
