"""Unexpected exceptions on any thread become a crash report instead of a silent failure or an exit.

`CrashReporter.install()` replaces sys.excepthook (the main thread, and Qt slots: PySide6 passes an
exception raised in a slot to it, on whatever thread the slot ran) and threading.excepthook (Python
threads). The report is built and saved where the exception happened (`crash_report`, redacted), logged,
and shown by a signal queued to the GUI thread, in one non-modal `CrashDialog`: the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class CrashReporter(QObject):
    reported = Signal(str, str)  # the redacted report, the path of its saved copy ("" when not saved)

    def __init__(self, log_dir: Path, parent_widget: Callable[[], QWidget | None], parent: QObject | None = None):
        super().__init__(parent)
        self.log_dir = Path(log_dir)
        self._parent_widget = parent_widget
        self.dialog = None
        self._previous: tuple | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _on_exception(self, exc_type, exc_value, exc_tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_tb)
            return
        self.report(exc_type, exc_value, exc_tb, threading.current_thread().name)

    def _on_thread_exception(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        thread = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, thread)

    def report(self, exc_type, exc_value, exc_tb, thread: str) -> None:
        try:
            from windtre_desktop import crash_report  # here: loaded when needed, not before the first frame

            text = crash_report.build(exc_type, exc_value, exc_tb, thread=thread, qt_version=qVersion())
            path = crash_report.save(text, self.log_dir)
            log.error("unexpected error on thread %s, report %s\n%s", thread, path, text)
            self.reported.emit(text, str(path) if path else "")
        except Exception:  # the reporter must never be what brings the app down
            sys.__excepthook__(exc_type, exc_value, exc_tb)

    def _show(self, text: str, path: str) -> None:
        from windtre_desktop.views.crash_dialog import CrashDialog

        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = CrashDialog(self._parent_widget())
        self.dialog.add_report(text, path, str(self.log_dir))
        self.dialog.show()
        self.dialog.raise_()
