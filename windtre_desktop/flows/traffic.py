"""Traffico driven from the GUI thread (issue 11, R-30…R-32): a selection in the view becomes a load in the
network thread, whose answers come back here and go on screen only while they are still the current
request (a newer selection supersedes an older one, so a late answer never paints over the current line);
the saved data is shown at once, the server's follows, and offline the saved one stays with the reason.
DOWNLOAD TRAFFICO opens its dialog and runs the export beside the network thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from windtre_desktop.clock import italian_today
from windtre_desktop.domain.traffic_data import ExportJob, TrafficQuery, TrafficResult
from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from windtre_desktop.domain.models import Line
    from windtre_desktop.store.database import Store
    from windtre_desktop.sync.qt_worker import SyncService
    from windtre_desktop.views.traffic_export_dialog import TrafficExportDialog
    from windtre_desktop.views.traffic_view import TrafficView

log = logging.getLogger(__name__)


class TrafficFlows(QObject):
    exportDialogShown = Signal(object)  # the TrafficExportDialog
    exportEnded = Signal(str)  # "done" | "failed" | "cancelled"

    def __init__(self, service: SyncService, store: Callable[[], Store | None], lines: Callable[[], dict[str, Line]],
                 parent_widget: Callable[[], QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._store = store
        self._lines = lines
        self._parent_widget = parent_widget
        self.view: TrafficView | None = None
        self.request_id = 0
        self.offline = False  # signed in offline: the saved data only, no request goes out
        self.dialog: TrafficExportDialog | None = None
        self.export_id = 0  # the export the dialog follows; another one's answers are ignored
        worker = service.traffic
        worker.saved.connect(self._on_saved)
        worker.progress.connect(self._on_progress)
        worker.loaded.connect(self._on_loaded)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        worker.exportProgress.connect(self._on_export_progress)
        worker.exportFinished.connect(self._on_export_finished)
        worker.exportFailed.connect(self._on_export_failed)
        worker.exportCancelled.connect(self._on_export_cancelled)

    def attach(self, view: TrafficView) -> None:
        self.view = view
        view.loadRequested.connect(self.load)
        view.cancelRequested.connect(self.cancel)
        view.exportRequested.connect(self.open_export)

    # --- loading ---

    def load(self, query: TrafficQuery) -> None:
        if self.offline:
            self._show_saved_offline(query)
            return
        if self.view is not None:
            self.view.show_loading(query)
        self.request_id = self.service.load_traffic(query)

    def _show_saved_offline(self, query: TrafficQuery) -> None:
        """Browsing offline there is no network session: the network thread reads the profile's store file
        (off the GUI thread) and answers with what it keeps, as a failed load."""
        store = self._store()
        if store is None or self.view is None:
            return
        self.view.show_loading(query)
        self.request_id = self.service.load_traffic(query, saved_from=store.path)

    def reload(self) -> None:
        """The window's Refresh (F5): the selection again, past days fetched anew."""
        if self.view is not None:
            self.view.request(force=True)

    def cancel(self) -> None:
        self.service.cancel_traffic()

    def forget(self) -> None:
        """The session ends: what is on its way is dropped."""
        self.request_id = 0
        self.service.cancel_traffic()

    def _current(self, request_id: int) -> bool:
        return (request_id == self.request_id and self.view is not None and shiboken6.isValid(self.view))

    def _on_saved(self, request_id: int, result: TrafficResult) -> None:
        if self._current(request_id) and (result.days or result.records):
            self.view.show_result(result, stale=True)

    def _on_progress(self, request_id: int, done: int, total: int) -> None:
        if self._current(request_id):
            self.view.show_progress(done, total)

    def _on_loaded(self, request_id: int, result: TrafficResult) -> None:
        if self._current(request_id):
            self.view.show_result(result)

    def _on_failed(self, request_id: int, failure: Failure, saved: TrafficResult | None) -> None:
        if not self._current(request_id):
            return
        if saved is None:  # no store to read (the session is ending)
            self.view.show_cancelled()
            self.view.show_message(self.failure_text(failure))
            return
        self.view.show_result(saved, offline_reason=self.failure_text(failure))

    def _on_cancelled(self, request_id: int) -> None:
        if self._current(request_id):
            self.view.show_cancelled()

    def failure_text(self, failure: Failure) -> str:
        if failure.kind == "unavailable":
            return self.tr("The server cannot be reached: the traffic shown is the one saved on this computer.")
        if failure.kind == "forbidden":
            return failure.message or self.tr("Your profile may not see this traffic.")
        if failure.kind == "rate_limited":
            return self.tr("The server is busy: the traffic shown is the one saved on this computer.")
        if failure.kind == "session_expired":
            return self.tr("Sign in again to update the traffic.")
        if failure.kind == "offline":
            return self.tr("Offline: the traffic shown is the one saved on this computer.")
        return failure.message or self.tr("The traffic cannot be loaded now: the saved one is shown.")

    # --- DOWNLOAD TRAFFICO (R-32) ---

    def open_export(self, line_id: str, first: date, last: date) -> None:
        from windtre_desktop.views.traffic_export_dialog import TrafficExportDialog

        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        today = self.view.today if self.view is not None else italian_today()
        dialog = TrafficExportDialog(self._lines().get(line_id), line_id, first, last, today, self._parent_widget())
        dialog.exportAsked.connect(lambda a, b, path, sheets: self._export(line_id, a, b, path, sheets))
        dialog.cancelAsked.connect(self.cancel_export)
        self.dialog = dialog
        dialog.show()
        self.exportDialogShown.emit(dialog)

    def _export(self, line_id: str, first: date, last: date, path: str, sheets) -> None:
        if self.offline:
            self._dialog_call("show_failed", self.tr("offline, the records are asked of the server."))
            return
        self.export_id = self.service.export_traffic(ExportJob(line_id, first, last, path, sheets))

    def cancel_export(self) -> None:
        if self.export_id:
            self.service.cancel_export()

    def _dialog_call(self, name: str, *args) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            getattr(self.dialog, name)(*args)

    def _ours(self, export_id: int) -> bool:
        """The answer of the export the dialog follows (not one cancelled, superseded, or of a past session)."""
        return bool(export_id) and export_id == self.export_id

    def _on_export_progress(self, export_id: int, done: int, total: int) -> None:
        if self._ours(export_id):
            self._dialog_call("show_progress", done, total)

    def _on_export_finished(self, export_id: int, export) -> None:
        if self._ours(export_id):
            self.export_id = 0
            self._dialog_call("show_done", export.records, export.sheets, str(export.path))
            self.exportEnded.emit("done")

    def _on_export_failed(self, export_id: int, failure: Failure) -> None:
        if not self._ours(export_id):
            return
        self.export_id = 0
        message = failure.message or (self.tr("the server cannot be reached.") if failure.kind == "unavailable"
                                      else self.tr("an unexpected error occurred."))
        self._dialog_call("show_failed", message)
        self.exportEnded.emit("failed")

    def _on_export_cancelled(self, export_id: int) -> None:
        if self._ours(export_id):
            self.export_id = 0
            self._dialog_call("show_cancelled")
            self.exportEnded.emit("cancelled")

    def close_dialog(self) -> None:
        """The session ends: its export stops (nothing is left on disk) and its dialog closes."""
        if self.export_id:
            self.service.cancel_export()
            self.export_id = 0
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        self.dialog = None
