"""Traffico in the network thread (R-30…R-32): a load runs one step (one request and one store write) per
turn of the thread's event loop, beside the SyncWorker whose client and store it borrows, so a sync or a
form's request is not held up; a load whose id is no longer `latest` (set from the GUI thread) is dropped
between two steps, so a late answer never paints over the line now shown. DOWNLOAD TRAFFICO runs in a
thread of its own ("windtre-export") with its own store connection, so a long export holds up nothing.
Answers reach the GUI as signals; failures travel as `Failure`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from datetime import date

    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.domain.traffic_data import ExportJob, TrafficQuery
    from windtre_desktop.store.database import Store
    from windtre_desktop.sync.traffic_loader import TrafficLoad

log = logging.getLogger(__name__)


class TrafficOwner(Protocol):
    """What the traffic worker borrows from the SyncWorker it lives beside (named here, not imported)."""

    @property
    def store(self) -> Store | None: ...

    @property
    def client(self) -> ApiClient | None: ...

    def no_session_failure(self) -> Failure: ...


@dataclass
class _Job:
    request_id: int
    query: TrafficQuery
    today: date
    store: Store
    load: TrafficLoad


class TrafficWorker(QObject):
    """Lives in the network thread. `latest` is written by the GUI thread (SyncService.load_traffic, 0 on
    cancel_traffic) and read here between steps; `export_latest` likewise for exports (read by the export
    thread before each page and every thousand rows: an export whose id it no longer is stops)."""

    saved = Signal(int, object)  # request id, TrafficResult from the store (first, at once)
    progress = Signal(int, int, int)  # request id, records done, records expected
    loaded = Signal(int, object)  # request id, the fresh TrafficResult
    failed = Signal(int, object, object)  # request id, Failure, TrafficResult from the store (or None)
    cancelled = Signal(int)  # request id
    # each export's answers carry its id (SyncService.export_traffic): an export cancelled or superseded
    # while its last page was on its way is recognised and ignored
    exportProgress = Signal(int, int, int)  # export id, records written, records expected
    exportFinished = Signal(int, object)  # export id, exports.traffic_xlsx.TrafficExport
    exportFailed = Signal(int, object)  # export id, Failure
    exportCancelled = Signal(int)  # export id
    _runExport = Signal(int, object, object, object)  # id, ExportJob, store path, ApiClient: to the export thread

    def __init__(self, owner: TrafficOwner) -> None:
        super().__init__()
        self._owner = owner
        self.latest = 0
        self._job: _Job | None = None
        self.export_latest = 0
        self.runner = ExportRunner(self)  # moved to its own thread by the SyncService
        self._runExport.connect(self.runner.run)

    # --- loads ---

    @Slot(int, object, object)
    def load(self, request_id: int, query: TrafficQuery, saved_from: Path | None = None) -> None:
        """Start a load: what the store has at once (`saved`), then one step per turn. With `saved_from` (a
        profile's store file, browsed offline with no session) only what that store has, as `failed`."""
        from windtre_desktop.sync.traffic_loader import failed, italian_today, load_saved, start_load

        if request_id != self.latest:  # superseded (or cancelled) before it began
            if self.latest == 0:
                self.cancelled.emit(request_id)
            return
        self._job = None  # a load still running was superseded: its next turn finds it gone
        if saved_from is not None:
            self._load_saved_only(request_id, query, Path(saved_from))
            return
        store, client = self._owner.store, self._owner.client
        if store is None or client is None:
            self.failed.emit(request_id, self._owner.no_session_failure(), None)
            return
        today = italian_today()
        try:
            self.saved.emit(request_id, load_saved(store, query, today))
            job = _Job(request_id, query, today, store, start_load(client, store, query, today))
        except Exception as error:  # noqa: BLE001 - e.g. a custom query without its days, a damaged store
            log.warning("traffic load not started: %s", type(error).__name__)
            self.failed.emit(request_id, *failed(error, None, query, today))
            return
        self._job = job
        self._schedule(job)

    def _load_saved_only(self, request_id: int, query: TrafficQuery, path: Path) -> None:
        from windtre_desktop.store.database import Store
        from windtre_desktop.sync.traffic_loader import italian_today, load_saved

        try:
            with Store(path) as store:  # read here, off the GUI thread, then closed
                saved = load_saved(store, query, italian_today())
        except Exception as error:  # noqa: BLE001 - a damaged store: said, not raised into the event loop
            log.warning("saved traffic not read: %s", type(error).__name__)
            saved = None
        self.failed.emit(request_id, Failure("offline"), saved)

    def _schedule(self, job: _Job) -> None:
        QTimer.singleShot(0, self, lambda: self._next(job))

    def _dropped(self, job: _Job) -> bool:
        """True (and the job forgotten) when the GUI no longer wants it; a cancel is said, a supersede not."""
        if job is not self._job:
            return True
        if job.request_id == self.latest:
            return False
        self._job = None
        if self.latest == 0:
            self.cancelled.emit(job.request_id)
        return True

    def _next(self, job: _Job) -> None:
        from windtre_desktop.sync.traffic_loader import failed

        if self._dropped(job):
            return
        if self._owner.store is not job.store or self._owner.client is None:  # signed out or switched
            self._job = None
            self.failed.emit(job.request_id, self._owner.no_session_failure(), None)
            return
        try:
            more = job.load.step()
        except Exception as error:  # noqa: BLE001 - every failure goes back as a Failure, with the saved view
            log.info("traffic load failed: %s", type(error).__name__)
            self._job = None
            self.failed.emit(job.request_id, *failed(error, job.store, job.query, job.today))
            return
        if self._dropped(job):  # superseded or cancelled during the step: its answer is not shown
            return
        self.progress.emit(job.request_id, job.load.done, job.load.total)
        if more:
            self._schedule(job)
            return
        self._job = None
        self.loaded.emit(job.request_id, job.load.result)

    # --- DOWNLOAD TRAFFICO ---

    @Slot(int, object)
    def export(self, export_id: int, job: ExportJob) -> None:
        """Hand the job to the export thread with this session's store file and client."""
        store, client = self._owner.store, self._owner.client
        if store is None or client is None:
            self.exportFailed.emit(export_id, self._owner.no_session_failure())
            return
        self._runExport.emit(export_id, job, store.path, client)


class ExportRunner(QObject):
    """Lives in the export thread; emits its worker's export signals (queued to the GUI thread)."""

    def __init__(self, worker: TrafficWorker) -> None:
        super().__init__()
        self._worker = worker

    @Slot(int, object, object, object)
    def run(self, export_id: int, job: ExportJob, store_path: Path, client: Any) -> None:
        from windtre_desktop.exports.traffic_xlsx import ExportCancelled
        from windtre_desktop.store.database import Store
        from windtre_desktop.sync.traffic_export import run_export

        worker = self._worker

        def cancelled() -> bool:  # cancelled, superseded by a newer export, or the session ended
            return worker.export_latest != export_id

        def progress(done: int, total: int) -> None:
            worker.exportProgress.emit(export_id, done, total)

        try:
            if cancelled():
                raise ExportCancelled
            with Store(Path(store_path)) as store:  # this thread's own connection to the same file
                result = run_export(client, store, job, progress, cancelled)
        except ExportCancelled:
            worker.exportCancelled.emit(export_id)
        except OSError as error:
            log.warning("traffic export failed: %s", error)
            worker.exportFailed.emit(export_id, Failure("error", error.strerror or str(error)))
        except Exception as error:  # noqa: BLE001 - the server's refusal, an outage…: a Failure for the GUI
            log.warning("traffic export failed: %s", type(error).__name__)
            worker.exportFailed.emit(export_id, Failure.from_error(error))
        else:
            worker.exportFinished.emit(export_id, result)
