"""The network side of the GUI: a worker QObject living in its own QThread owns the HTTP client.

The GUI never calls the network. It asks `SyncService` (GUI thread) for a login, a sync
or a logout; the service forwards the request to `SyncWorker` through queued signals,
and the worker answers with signals that Qt delivers back on the GUI thread. Results are
plain Python objects; the store file is the shared state (each thread its own connection).
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from windtre_desktop.logging_setup import register_secret
from windtre_desktop.paths import AppPaths
from windtre_desktop.sync.outcomes import REFUSALS, Failure, Session
from windtre_desktop.sync.snapshot import Snapshot, load_snapshot
from windtre_desktop.sync.threads import new_thread

if TYPE_CHECKING:
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.domain.fleet_usage import FleetUsage
    from windtre_desktop.secrets import TokenVault
    from windtre_desktop.store.database import Store

# The HTTP stack (httpx), the keyring and the sync engine are imported inside the worker's
# slots, that is in the network thread and after the first frame: start-up does not wait for them.

log = logging.getLogger(__name__)

DEFAULT_SYNC_INTERVAL_S = 15 * 60
OFFLINE_RETRY_S = (30, 60, 120, 300, 600)


class SyncWorker(QObject):
    """Lives in the network thread. Every slot runs there; every answer is a signal."""

    loginSucceeded = Signal(object, object, bool)  # Session, User, token persisted
    loginFailed = Signal(object)  # Failure
    syncStarted = Signal()
    syncProgress = Signal(str, int)
    syncFinished = Signal(object, object, object)  # SyncReport, Snapshot (None when nothing changed), Session
    syncFailed = Signal(object)  # Failure, with its session
    snapshotLoaded = Signal(object, object)  # Snapshot, Session: the whole store, read on request
    sessionExpired = Signal(object)  # Session
    loggedOut = Signal()
    ticketsSent = Signal(list)  # tickets the outbox sent after a sync (the offline queue)
    actionSucceeded = Signal(int, object)  # request id, result (dict or None)
    actionFailed = Signal(int, object)  # request id, Failure

    def __init__(self, paths: AppPaths, vault: TokenVault | None, language: str, timeout: float,
                 retry_base_delay: float = 0.5) -> None:
        super().__init__()
        self._retry_base_delay = retry_base_delay
        self._paths = paths
        self._vault_instance = vault
        self._language = language
        self._timeout = timeout
        self._client: ApiClient | None = None
        self._client_url = ""
        self._store: Store | None = None
        self._snapshot: Snapshot | None = None  # the last one built: the next one shares its unchanged lines
        self._fleet_usage: FleetUsage | None = None  # the same for the fleet's usage
        self._session: Session | None = None
        self._cancelled = False

    # --- slots (network thread) ---

    @Slot(object, str)
    def login(self, session: Session, password: str) -> None:
        register_secret(password)
        try:
            client = self._client_for(session.server_url)
            token, user = client.login(session.username, password, session.remember)
        except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI as a Failure
            log.info("login failed: %s", type(error).__name__)
            self.loginFailed.emit(Failure.from_error(error))
            return
        register_secret(token)
        persisted = False
        if session.remember:
            vault = self._vault()
            vault.save(vault.account_key(session.profile_key, session.username), token)
            persisted = vault.available
        self._open_session(session)
        self.loginSucceeded.emit(session, user, persisted)

    @Slot(object)
    def login_network(self, template: Session) -> None:
        """"Accedi direttamente" (R-10): the network identifies the line; never remembered."""
        try:
            client = self._client_for(template.server_url)
            token, user = client.login_network()
        except Exception as error:  # noqa: BLE001
            log.info("network login failed: %s", type(error).__name__)
            self.loginFailed.emit(Failure.from_error(error))
            return
        register_secret(token)
        session = Session(template.server_url, template.profile_key, user.username, False)
        self._open_session(session)
        self.loginSucceeded.emit(session, user, False)

    @Slot(object)
    def resume(self, session: Session) -> None:
        """Start from a remembered session: the token comes from the keyring, if it is there."""
        vault = self._vault()
        token = vault.load(vault.account_key(session.profile_key, session.username))
        client = self._client_for(session.server_url)
        client.token = token
        if token:
            register_secret(token)
        self._open_session(session)

    @Slot(object)
    def load_snapshot(self, session: Session) -> None:
        """Read the whole store for `session` (a start showed only its head: load_head_snapshot)."""
        if session is self._session and self._store is not None:
            self._snapshot = load_snapshot(self._store, self._snapshot)
            self.snapshotLoaded.emit(self._snapshot, session)

    @Slot()
    def sync(self) -> None:
        session = self._session
        if session is None or self._client is None or self._store is None:
            return
        if not self._client.token:
            self.syncFailed.emit(Failure("session_expired", session=session))
            self.sessionExpired.emit(session)
            return
        from windtre_desktop.api.errors import SessionExpired
        from windtre_desktop.sync.engine import SyncEngine

        self.syncStarted.emit()
        engine = SyncEngine(self._client, self._store)
        try:
            report = engine.run(progress=self.syncProgress.emit)
        except SessionExpired as error:
            self._forget_token()
            self.syncFailed.emit(replace(Failure.from_error(error), session=session))
            self.sessionExpired.emit(session)
            return
        except Exception as error:  # noqa: BLE001
            log.warning("sync failed: %s", type(error).__name__)
            self.syncFailed.emit(replace(Failure.from_error(error), session=session))
            return
        if not report.not_modified:
            self._snapshot = load_snapshot(self._store, self._snapshot)
        snapshot = None if report.not_modified else self._snapshot
        self.syncFinished.emit(report, snapshot, session)
        self._send_queued_tickets()

    def _send_queued_tickets(self) -> None:
        """Tickets filed while offline go out after the next successful sync (R-70…R-73)."""
        if self._store is None or self._client is None or not self._store.pending_tickets():
            return
        from windtre_desktop.sync.ticket_sender import TicketSender

        try:
            report = TicketSender(self._client, self._store, self._paths.data_dir).send_pending()
        except Exception:  # noqa: BLE001 - a broken entry (e.g. an attachment gone) must not stop syncing
            log.exception("sending queued tickets failed")
            return
        if report.sent:
            self.ticketsSent.emit(report.sent)

    @Slot(int, str, object, str)
    def run_action(self, request_id: int, action: str, payload: dict, server_url: str) -> None:
        """One request of a wizard or a form (registration, recovery, Telco Managers, SIMs…)."""
        from windtre_desktop.sync.actions import perform

        client = self._client_for(server_url)
        pending = None
        try:
            if action == "send_ticket":  # the outbox lives in the store this thread owns
                if self._store is None:
                    raise RuntimeError("no session")
                from windtre_desktop.sync.ticket_sender import TicketSender

                result = TicketSender(client, self._store, self._paths.data_dir).send(payload["key"])
            elif action == "fleet_usage" and self._store is not None:  # kept (and parsed) off the GUI thread
                from windtre_desktop.sync.fleet_fetch import fetch_fleet

                result = fetch_fleet(client, self._store, self._fleet_usage)
                if result.usage is not None:
                    self._fleet_usage = result.usage
            elif action == "invoices" and self._store is not None:  # the listing is kept for offline use
                from windtre_desktop.sync.invoice_downloads import refresh_listing

                result = refresh_listing(client, self.archive())
            else:
                pending = self._pending_changes(action, payload)
                if pending is not None:  # a change: its key outlives this process until it is answered
                    payload = pending.keyed(action, payload)
                result = perform(client, action, payload)
        except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI as a Failure
            log.info("action %s failed: %s", action, type(error).__name__)
            failure = Failure.from_error(error)
            if pending is not None and failure.kind in REFUSALS:
                _settle(pending, action, payload)
            self.actionFailed.emit(request_id, failure)
            return
        if pending is not None:
            _settle(pending, action, payload)
        self.actionSucceeded.emit(request_id, result)

    def _pending_changes(self, action: str, payload: dict):
        """The signed-in profile's kept keys, for a section's change that carries a key; else None."""
        from windtre_desktop.sync.actions import IDEMPOTENCY_KEY
        from windtre_desktop.sync.pending_changes import KEPT_ACTIONS, PendingChanges

        if self._store is None or IDEMPOTENCY_KEY not in payload or action not in KEPT_ACTIONS:
            return None
        return PendingChanges(self._store)

    @Slot()
    def logout(self) -> None:
        if self._client is not None and self._client.token:
            try:
                self._client.logout()
            except Exception:  # noqa: BLE001 - signing out locally must work offline too
                log.info("server logout failed; session dropped locally")
        self._forget_token()
        self._close_store()
        self._session = None
        self.loggedOut.emit()

    @Slot()
    def shutdown(self) -> None:
        self._close_store()
        if self._client is not None:
            self._client.close()
            self._client = None

    def cancel(self) -> None:
        """Called from the GUI thread at exit: retries stop waiting."""
        self._cancelled = True

    # --- for the DownloadWorker sharing this thread ---

    @property
    def store(self) -> Store | None:
        return self._store

    @property
    def client(self) -> ApiClient | None:
        return self._client if self._session is not None else None

    def archive(self):
        """The signed-in profile's invoice archive: its files next to the profile's database."""
        from windtre_desktop.store.invoice_archive import InvoiceArchive

        return InvoiceArchive(self._store, self._store.path.parent)

    def no_session_failure(self) -> Failure:
        return Failure("session_expired", session=self._session)

    # --- helpers ---

    def _vault(self) -> TokenVault:
        if self._vault_instance is None:
            from windtre_desktop.secrets import TokenVault

            self._vault_instance = TokenVault()
        return self._vault_instance

    def _client_for(self, server_url: str) -> ApiClient:
        from windtre_desktop.api.client import ApiClient
        from windtre_desktop.api.retry import RetryPolicy

        if self._client is not None and self._client_url == server_url:
            return self._client
        if self._client is not None:
            self._client.close()
        policy = RetryPolicy(base_delay=self._retry_base_delay, should_cancel=lambda: self._cancelled)
        self._client = ApiClient(server_url, timeout=self._timeout, retry=policy, language=self._language)
        self._client_url = server_url
        return self._client

    def _open_session(self, session: Session) -> None:
        self._close_store()
        from windtre_desktop.store.database import Store

        self._session = session
        self._store = Store(self._paths.profile_db(session.profile_key, session.username))

    def _close_store(self) -> None:
        self._snapshot = None
        self._fleet_usage = None
        if self._store is not None:
            self._store.close()
            self._store = None

    def _forget_token(self) -> None:
        if self._client is not None:
            self._client.token = None
        if self._session is not None:
            vault = self._vault()
            vault.delete(vault.account_key(self._session.profile_key, self._session.username))


class SyncService(QObject):
    """GUI-thread face of the worker: starts the thread, schedules periodic syncs, coalesces requests."""

    # requests to the worker (queued across threads)
    _requestLogin = Signal(object, str)
    _requestResume = Signal(object)
    _requestSnapshot = Signal(object)
    _requestNetworkLogin = Signal(object)
    _requestSync = Signal()
    _requestLogout = Signal()
    _requestShutdown = Signal()
    _requestAction = Signal(int, str, object, str)
    _requestDownload = Signal(object)
    _requestTraffic = Signal(int, object, object)
    _requestExport = Signal(int, object)

    # state for the GUI
    busyChanged = Signal(bool)

    def __init__(self, paths: AppPaths, vault: TokenVault | None, *, language: str = "it", timeout: float = 15.0,
                 interval_s: int = DEFAULT_SYNC_INTERVAL_S, retry_base_delay: float = 0.5,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = new_thread("windtre-network")
        self.worker = SyncWorker(paths, vault, language, timeout, retry_base_delay)
        self.worker.moveToThread(self.thread)
        self._requestLogin.connect(self.worker.login)
        self._requestResume.connect(self.worker.resume)
        self._requestSnapshot.connect(self.worker.load_snapshot)
        self._requestNetworkLogin.connect(self.worker.login_network)
        self._requestSync.connect(self.worker.sync)
        self._requestLogout.connect(self.worker.logout)
        self._requestShutdown.connect(self.worker.shutdown)
        self._requestAction.connect(self.worker.run_action)
        from windtre_desktop.sync.qt_downloads import DownloadWorker

        self.downloads = DownloadWorker(self.worker)
        self.downloads.moveToThread(self.thread)
        self._requestDownload.connect(self.downloads.enqueue)
        from windtre_desktop.sync.qt_traffic import TrafficWorker

        self.traffic = TrafficWorker(self.worker)
        self.traffic.moveToThread(self.thread)
        self._requestTraffic.connect(self.traffic.load)
        self._requestExport.connect(self.traffic.export)
        self._traffic_ids = 0
        self._export_ids = 0
        self.export_thread = new_thread("windtre-export")  # started with the first export
        self.traffic.runner.moveToThread(self.export_thread)
        self.worker.actionSucceeded.connect(self._on_action_succeeded)
        self.worker.actionFailed.connect(self._on_action_failed)
        self._actions: dict[int, tuple] = {}
        self._action_ids = 0
        self.worker.syncFinished.connect(self._on_sync_done)
        self.worker.syncFailed.connect(self._on_sync_failed)
        self.worker.sessionExpired.connect(lambda _session: self.stop_schedule())
        self.worker.loggedOut.connect(self.stop_schedule)
        self.thread.start()

        self.busy = False
        self._pending = False
        self._failures = 0
        self._interval_ms = interval_s * 1000
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self.last_sync_started = 0.0

    # --- requests ---

    def login(self, session: Session, password: str) -> None:
        self._requestLogin.emit(session, password)

    def resume(self, session: Session) -> None:
        self._requestResume.emit(session)

    def login_network(self, template: Session) -> None:
        self._requestNetworkLogin.emit(template)

    def load_snapshot(self, session: Session) -> None:
        """Read the whole store in the network thread; the answer is the worker's snapshotLoaded."""
        self._requestSnapshot.emit(session)

    def sync_now(self) -> None:
        """Manual or scheduled sync. A request while one runs is coalesced into one more run after it."""
        if self.busy:
            self._pending = True
            return
        self._timer.stop()
        self._set_busy(True)
        self.last_sync_started = time.monotonic()
        self._requestSync.emit()

    def logout(self) -> None:
        self.stop_schedule()
        self._requestLogout.emit()

    def run_action(self, server_url: str, action: str, payload: dict, on_done, on_failed) -> int:
        """Run `action` in the network thread; `on_done(result)` or `on_failed(Failure)` runs here, on
        the GUI thread. Returns an id for `forget_action` (a closed form drops its late answer)."""
        self._action_ids += 1
        self._actions[self._action_ids] = (on_done, on_failed)
        self._requestAction.emit(self._action_ids, action, dict(payload), server_url)
        return self._action_ids

    def download(self, requests: list) -> None:
        """Fetch invoice files into the archive (FileRequest list; empty = resume the saved queue)."""
        self._requestDownload.emit(list(requests))

    def cancel_downloads(self) -> None:
        self.downloads.cancel()

    def load_traffic(self, query, saved_from=None) -> int:
        """Load Traffico for `query` (TrafficQuery) in the network thread; the answers are the traffic
        worker's signals with the returned id. A newer load supersedes this one (no answer for it).
        `saved_from` (a store file, browsing offline with no session): only what it keeps, as `failed`."""
        self._traffic_ids += 1
        self.traffic.latest = self._traffic_ids
        self._requestTraffic.emit(self._traffic_ids, query, saved_from)
        return self._traffic_ids

    def cancel_traffic(self) -> None:
        """Stop the running load between two steps: it answers `cancelled(id)`."""
        self.traffic.latest = 0

    def export_traffic(self, job) -> int:
        """DOWNLOAD TRAFFICO (ExportJob) in the export thread: exportProgress, then exportFinished,
        exportFailed or exportCancelled, each with the returned id. A newer export cancels this one."""
        self._export_ids += 1
        self.traffic.export_latest = self._export_ids
        if not self.export_thread.isRunning():
            self.export_thread.start()
        self._requestExport.emit(self._export_ids, job)
        return self._export_ids

    def cancel_export(self) -> None:
        """Stop the export (before the next page, or within a thousand rows): no file is left behind."""
        self.traffic.export_latest = 0

    def forget_action(self, action_id: int) -> None:
        self._actions.pop(action_id, None)

    def _on_action_succeeded(self, action_id: int, result) -> None:
        callbacks = self._actions.pop(action_id, None)
        if callbacks is not None:
            callbacks[0](result)

    def _on_action_failed(self, action_id: int, failure: Failure) -> None:
        callbacks = self._actions.pop(action_id, None)
        if callbacks is not None:
            callbacks[1](failure)

    def stop_schedule(self) -> None:
        self._timer.stop()
        self._pending = False
        self._set_busy(False)

    def set_interval(self, seconds: int) -> None:
        self._interval_ms = max(seconds, 60) * 1000

    def shutdown(self, wait_ms: int = 10000) -> bool:
        """Stop the network thread; False when it is still busy after `wait_ms` (a request that hangs)."""
        self._timer.stop()
        self.worker.cancel()
        self.traffic.latest = 0
        self.traffic.export_latest = 0
        self._requestShutdown.emit()
        self.thread.quit()
        self.export_thread.quit()
        stopped = True
        if not self.thread.wait(wait_ms):
            log.error("network thread did not stop within %d ms", wait_ms)
            stopped = False
        if not self.export_thread.wait(wait_ms):
            log.error("export thread did not stop within %d ms", wait_ms)
            stopped = False
        return stopped

    # --- answers ---

    def _on_sync_done(self, _report, _snapshot, _session) -> None:
        self._failures = 0
        self._after_run(self._interval_ms)

    def _on_sync_failed(self, failure: Failure) -> None:
        if failure.kind == "session_expired":
            return
        delay = OFFLINE_RETRY_S[min(self._failures, len(OFFLINE_RETRY_S) - 1)] * 1000
        self._failures += 1
        self._after_run(min(delay, self._interval_ms))

    def _after_run(self, next_ms: int) -> None:
        self._set_busy(False)
        if self._pending:
            self._pending = False
            self.sync_now()
            return
        self._timer.start(next_ms)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)


def _settle(pending, action: str, payload: dict) -> None:  # noqa: ANN001 - sync.pending_changes.PendingChanges
    """Drop the answered change's key; a store that fails here must not keep the answer from the form."""
    try:
        pending.settled(action, payload)
    except Exception:  # noqa: BLE001 - the key then expires with KEPT_FOR
        log.warning("the key of %s could not be dropped", action, exc_info=True)
