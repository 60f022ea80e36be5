"""Invoice downloads in the network thread (R-40, R-41): one file per turn of the thread's event loop, so a
sync or a form's request asked for meanwhile is not held up behind "Scarica tutto"; progress after each
file, cancel between files (the rest is dropped: asking again fetches only what is missing), and the queue
kept in the store so it resumes after an outage or a crash. Answers reach the GUI as signals."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.store.database import Store
    from windtre_desktop.store.invoice_archive import InvoiceArchive
    from windtre_desktop.sync.invoice_downloads import FileRequest

log = logging.getLogger(__name__)


class DownloadOwner(Protocol):
    """What the download worker borrows from the worker it lives beside (the SyncWorker): the signed-in
    session's client and store. Named here, so this module does not import the worker that creates it."""

    @property
    def store(self) -> Store | None: ...

    @property
    def client(self) -> ApiClient | None: ...

    def archive(self) -> InvoiceArchive: ...

    def no_session_failure(self) -> Failure: ...


@dataclass
class DownloadReport:
    done: int = 0
    total: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # invoice id, kind, message
    cancelled: bool = False
    stopped: Failure | None = None  # the server could not be reached, or the session ended
    remaining: int = 0  # files left in the queue, fetched by the next "resume"


class DownloadWorker(QObject):
    """Lives in the network thread next to the SyncWorker, whose client and store it uses."""

    progress = Signal(int, int, str, str)  # done, total, invoice id, kind
    fileReady = Signal(str, str)  # invoice id, kind: archived and verified against the listing
    finished = Signal(object)  # DownloadReport

    def __init__(self, owner: DownloadOwner) -> None:
        super().__init__()
        self._owner = owner
        self._queue: list[FileRequest] = []
        self._report = DownloadReport()
        self._running = False
        self._batch = 0  # a stopped queue's pending turn is recognised and dropped
        self._handled = 0  # files of this batch dealt with (fetched, found already there, or failed)
        self._store = None
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """From any thread: stop after the file being fetched (which is finished and archived, or dropped)."""
        self._cancel.set()

    @Slot(object)
    def enqueue(self, requests: list) -> None:
        """Add files to fetch (duplicates ignored); an empty list resumes the queue saved in the store."""
        from windtre_desktop.sync.invoice_downloads import load_queue

        store = self._owner.store
        if self._running and self._store is not store:  # another account since: its batch ends unsaved, unsaid
            self._reset()
        if store is None:
            self.finished.emit(DownloadReport(stopped=self._owner.no_session_failure()))
            return
        if self._cancel.is_set() and self._running:  # a cancel the running queue has not seen yet: honour it
            self._stop(cancelled=True)
        self._cancel.clear()
        if not self._running:
            self._queue, self._report, self._store, self._handled = load_queue(store), DownloadReport(), store, 0
        known = set(self._queue)
        self._queue.extend(r for r in requests if r not in known and not known.add(r))
        self._report.total = self._handled + len(self._queue)
        self._save(store, self._queue)
        if not self._running:
            self._running = True
            self._schedule()

    def _schedule(self) -> None:
        batch = self._batch
        QTimer.singleShot(0, self, lambda: self._next(batch))

    def _next(self, batch: int) -> None:
        from windtre_desktop.api.errors import NotFound, ServerUnavailable, SessionExpired

        if batch != self._batch or not self._running:
            return
        store, client = self._owner.store, self._owner.client
        if store is None or store is not self._store or client is None:  # signed out or switched meanwhile
            self._stop(stopped=self._owner.no_session_failure(), save=False)
            return
        if self._cancel.is_set():
            self._stop(cancelled=True)
            return
        if not self._queue:
            self._stop()
            return
        request = self._queue[0]
        try:
            fetched = self._fetch(request, client)
        except (ServerUnavailable, SessionExpired) as error:
            self._stop(stopped=Failure.from_error(error))  # the queue stays for a resume
            return
        except (NotFound, RefusedFile, OSError) as error:  # this file only: say so, go on with the others
            log.warning("invoice file %s/%s not archived: %s", request.invoice_id, request.kind, type(error).__name__)
            self._report.failed.append((request.invoice_id, request.kind, str(getattr(error, "message", "")) or ""))
        except Exception as error:  # noqa: BLE001 - e.g. 429 after its retries: stop, keep the queue
            log.warning("downloads stopped: %s", type(error).__name__)
            self._stop(stopped=Failure.from_error(error))
            return
        else:
            self._report.done += 1 if fetched else 0
            self.fileReady.emit(request.invoice_id, request.kind)
        # the saved queue is rewritten only when a batch starts or stops: after a crash, files archived since
        # are found current on resume and skipped, so it need not follow every file
        self._queue.pop(0)
        self._handled += 1
        self.progress.emit(self._handled, self._report.total, request.invoice_id, request.kind)
        self._schedule()

    def _fetch(self, request: FileRequest, client) -> bool:
        """Fetch and archive one file; False when it is already archived and current (it was archived just
        before a crash that left it in the saved queue), so it is not fetched twice."""
        from windtre_desktop.api.errors import Forbidden
        from windtre_desktop.store.invoice_archive import ArchiveError
        from windtre_desktop.sync.invoice_downloads import fetch, is_current

        archive = self._owner.archive()
        invoice = archive.invoice(request.invoice_id)
        if invoice is not None and is_current(archive, invoice, request.kind):
            return False
        try:
            fetch(client, archive, request)
        except (Forbidden, ArchiveError) as error:
            raise RefusedFile(str(getattr(error, "message", "") or error)) from error
        return True

    @staticmethod
    def _save(store, queue: list[FileRequest]) -> None:
        from windtre_desktop.sync.invoice_downloads import save_queue

        try:
            save_queue(store, queue)
        except Exception:  # noqa: BLE001 - a full disk must not wedge the queue: it runs on, unsaved
            log.exception("the download queue could not be saved")

    def _reset(self) -> None:
        self._running, self._queue, self._report, self._store = False, [], DownloadReport(), None
        self._batch += 1

    def _stop(self, *, cancelled: bool = False, stopped: Failure | None = None, save: bool = True) -> None:
        """End the batch: state reset and the report sent first, whatever saving the queue then does."""
        store, queue, report = self._store, [] if cancelled else self._queue, self._report
        report.cancelled, report.stopped, report.remaining = cancelled, stopped, len(queue)
        self._reset()
        if cancelled:
            self._cancel.clear()
        if save and store is not None and store is self._owner.store:  # never into another account's store
            self._save(store, queue)
        self.finished.emit(report)


class RefusedFile(Exception):
    """One file the server refuses (403) or that is not the one announced (sha256): it alone is skipped."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
