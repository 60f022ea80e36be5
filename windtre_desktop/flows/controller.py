"""Connects the screens to the session: login, cached start, sync results, expiry, sign-out.

The controller reads the local store (GUI thread, its own connection) and hands plain
domain objects to the views; every network call goes through `SyncService`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from windtre_desktop.domain.models import Role
from windtre_desktop.domain.roles import Section, sections_for
from windtre_desktop.domain.server_address import DEMO, display_host
from windtre_desktop.flows.held_forms import HeldForms
from windtre_desktop.i18n import formatting
from windtre_desktop.paths import AppPaths
from windtre_desktop.store.database import Store
from windtre_desktop.store.profiles import ProfileRegistry
from windtre_desktop.sync.outcomes import NO_ANSWER, Failure, Session
from windtre_desktop.sync.snapshot import Snapshot, load_head_snapshot, load_snapshot
from windtre_desktop.views.main_window import MainWindow
from windtre_desktop.widgets.first_paint import after_first_paint

if TYPE_CHECKING:
    from windtre_desktop.flows.accounts import AccountFlows
    from windtre_desktop.flows.invoices import InvoiceFlows
    from windtre_desktop.flows.notifications import NotificationFlows
    from windtre_desktop.flows.palette import PaletteFlows
    from windtre_desktop.flows.products import ProductsFlows
    from windtre_desktop.flows.self_service import SelfServiceFlows
    from windtre_desktop.flows.tickets import TicketFlows
    from windtre_desktop.flows.traffic import TrafficFlows
    from windtre_desktop.secrets import TokenVault
    from windtre_desktop.sync.qt_worker import SyncService

log = logging.getLogger(__name__)

TICKET_POLL_MS = 3 * 60 * 1000
# after a sync has been shown: its deferred deletes and the GUI thread's collector (every 500 ms) have run
HEAP_TRIM_DELAY_MS = 1500


class _Services(NamedTuple):
    service: SyncService
    accounts: AccountFlows
    tickets: TicketFlows
    invoices: InvoiceFlows


class AppController(QObject):
    """One per app window. Emits `dataShown` whenever the screens show a new snapshot."""

    dataShown = Signal(object)  # Snapshot
    syncSettled = Signal(bool)  # True = success, False = failure
    sessionEnded = Signal(str)  # reason: "expired" | "signed_out"
    notified = Signal(str, str)  # title, message of a desktop notification

    def __init__(self, *, paths: AppPaths, vault: TokenVault | None = None, server_url: str, profile_key: str,
                 language: str, window: MainWindow | None = None, sync_interval_s: int = 15 * 60,
                 timeout: float = 15.0, retry_base_delay: float = 0.5) -> None:
        super().__init__()
        self.paths = paths
        self.server_url = server_url
        self.profile_key = profile_key
        self.profiles = ProfileRegistry(paths)
        self.window = window or MainWindow()
        self.session: Session | None = None
        self.snapshot: Snapshot | None = None
        self.token_persisted = False
        self.offline_only = False
        self._starting = False  # the first sync after opening a remembered profile has not answered yet
        self._store: Store | None = None
        self._service_settings = dict(vault=vault, language=language, timeout=timeout, interval_s=sync_interval_s,
                                      retry_base_delay=retry_base_delay)
        self._services: _Services | None = None
        self._held_forms = HeldForms()
        self._deletion_unanswered = None  # the session whose "Elimina account" got no answer: it may have been applied
        self._traffic_flows: TrafficFlows | None = None
        self._products_flows: ProductsFlows | None = None
        self._self_service_flows: SelfServiceFlows | None = None
        self._notification_flows: NotificationFlows | None = None
        self._fleet_flows = None  # flows.fleet.FleetFlows, at the first sync of a manager or visit of the fleet
        self._alert_flows = None  # flows.alerts.AlertFlows, with the fleet's
        self._notification_links = None  # flows.notification_links.NotificationLinks, at the first link opened
        self._palette_flows: PaletteFlows | None = None
        self._desktop_notifications = True  # Settings' global switch
        self._store_serial = 0  # moves with each store opened: a section shows one session's data
        # built sections hidden when new data came: each is filled when next shown or asked for, so a sync of
        # 10,000 lines refills the section on screen only, not every section visited since the start
        self._stale_sections: set[Section] = set()
        # while a ticket is open its status is looked at every few minutes, not only at each sync
        self.ticket_poll = QTimer(self)
        self.ticket_poll.setInterval(TICKET_POLL_MS)
        self.ticket_poll.timeout.connect(self._poll_open_ticket)
        self.ticket_poll.start()
        # the freed C heap back to the system once a sync has been shown (heap_trim.py: Linux only)
        self.heap_trims = 0
        self._heap_trim = QTimer(self)
        self._heap_trim.setSingleShot(True)
        self._heap_trim.setInterval(HEAP_TRIM_DELAY_MS)
        self._heap_trim.timeout.connect(self._trim_heap)

        w = self.window
        w.loginRequested.connect(self.login)
        w.offlineRequested.connect(self.open_offline)
        w.sectionCreated.connect(self._fill_section)
        w.sectionWanted.connect(self._fill_if_stale)
        w.refreshRequested.connect(self.refresh)
        w.signOutRequested.connect(self.sign_out)
        w.networkLoginRequested.connect(self.login_network)
        w.wizardRequested.connect(lambda name: self.flows.open_wizard(name, self.window))
        w.deleteAccountRequested.connect(self.delete_account)
        w.changePasswordRequested.connect(lambda: self.flows.change_password(None, self.window, lambda: None, lambda: None))
        w.switchAccountRequested.connect(self.switch_account)
        w.lossTheftRequested.connect(lambda: self.ticket_flows.new_ticket(self.window, loss_theft=True))
        w.addAccountRequested.connect(self.add_account)
        w.dashboard.navigate.connect(self._follow_dashboard_line)
        w.paletteRequested.connect(lambda: self.palette_flows.open())
        w.dashboard.alertsLinkActivated.connect(self._show_fleet_alerts)

    # --- the network thread and the sections' flows, made at their first use ---
    # A cached start paints the dashboard before any of them exists: they, their modules and the
    # network thread are not worth a later first frame.

    @property
    def service(self) -> SyncService:
        return self._ensure_services().service

    @property
    def flows(self) -> AccountFlows:
        return self._ensure_services().accounts

    @property
    def ticket_flows(self) -> TicketFlows:
        return self._ensure_services().tickets

    @property
    def invoice_flows(self) -> InvoiceFlows:
        return self._ensure_services().invoices

    @property
    def traffic_flows(self) -> TrafficFlows:
        """Made at the first visit of Traffico."""
        if self._traffic_flows is None:
            from windtre_desktop.flows.traffic import TrafficFlows

            lines = lambda: {line.id: line for line in self.snapshot.lines} if self.snapshot else {}  # noqa: E731
            self._traffic_flows = TrafficFlows(self.service, lambda: self._store, lines, lambda: self.window, self)
        return self._traffic_flows

    @property
    def products_flows(self) -> ProductsFlows:
        """Made at the first visit of Prodotti."""
        if self._products_flows is None:
            from windtre_desktop.flows.products import ProductsFlows

            self._products_flows = ProductsFlows(self.service, self.server_url, lambda: self.window, self)
        return self._products_flows

    @property
    def self_service_flows(self) -> SelfServiceFlows:
        """Made at the first visit of Fai da te."""
        if self._self_service_flows is None:
            from windtre_desktop.flows.self_service import SelfServiceFlows

            self._self_service_flows = SelfServiceFlows(self.service, self.server_url, lambda: self.window, self)
            self._self_service_flows.syncWanted.connect(self._sync_soon)
            self._self_service_flows.recharges.historyRequested.connect(self._show_recharge_history)
        return self._self_service_flows

    @property
    def palette_flows(self) -> PaletteFlows:
        """The command palette (Ctrl+K), made at its first use."""
        if self._palette_flows is None:
            from windtre_desktop.flows.palette import PaletteFlows

            self._palette_flows = PaletteFlows(self)
        return self._palette_flows

    def _ensure_services(self) -> _Services:
        if self._services is None:
            self._services = self._make_services()
        return self._services

    def _make_services(self) -> _Services:
        from windtre_desktop.flows.accounts import AccountFlows
        from windtre_desktop.flows.invoices import InvoiceFlows
        from windtre_desktop.flows.tickets import TicketFlows
        from windtre_desktop.sync.qt_worker import SyncService

        settings = self._service_settings
        service = SyncService(self.paths, settings["vault"], language=settings["language"],
                              timeout=settings["timeout"], interval_s=settings["interval_s"],
                              retry_base_delay=settings["retry_base_delay"], parent=self)
        accounts = AccountFlows(service, self.server_url, self)
        accounts.usernameReady.connect(self._offer_username)
        tickets = TicketFlows(service, self.server_url, self.paths.data_dir, lambda: self._store,
                              self._company_mobiles, self, suggestions=self._ticket_suggestions)
        tickets.openTicketFound.connect(self._on_open_ticket)
        tickets.ticketFiled.connect(self._on_ticket_filed)
        tickets.ticketQueued.connect(lambda _key: self._refresh_tickets())
        invoices = InvoiceFlows(service, self.server_url, lambda: self._store,
                                self.window.show_fatturapa, lambda: self.window, self)
        worker = service.worker
        worker.loginSucceeded.connect(self._on_login_ok)
        worker.loginFailed.connect(self._on_login_failed)
        worker.syncStarted.connect(self._on_sync_started)
        worker.syncProgress.connect(self._on_sync_progress)
        worker.snapshotLoaded.connect(self._on_snapshot_loaded)
        worker.syncFinished.connect(self._on_sync_done)
        worker.syncFailed.connect(self._on_sync_failed)
        worker.sessionExpired.connect(self._on_session_expired)
        worker.ticketsSent.connect(self._on_tickets_sent)
        service.busyChanged.connect(self.window.set_sync_busy)
        return _Services(service, accounts, tickets, invoices)

    # --- which server ---

    def set_server(self, server_url: str, profile_key: str) -> None:
        """Talk to another backend from now on ("" = none chosen yet: the login page asks for one).
        Only while nobody is signed in: the server is chosen on the login page."""
        self.server_url = server_url
        self.profile_key = profile_key
        if self._services is not None:  # else they are made with the new address
            for flows in (self.flows, self.ticket_flows, self.invoice_flows):
                flows.server_url = server_url
        for made in (self._products_flows, self._self_service_flows, self._notification_flows, self._fleet_flows):
            if made is not None:  # each talks through its SectionRunner
                made.runner.server_url = server_url

    def show_login_for_server(self) -> None:
        """The sign-in form for the server just chosen, with the account used there last."""
        used = self.saved_accounts()
        self._show_login(used[0] if used else "")

    # --- start ---

    def start(self) -> None:
        """Cached dashboard at once when a remembered profile has data; else the login page."""
        profile = self.profiles.last()
        if profile and profile.server == self.profile_key and profile.remember:
            db = self.paths.profile_db(self.profile_key, profile.username)
            if db.exists():
                self.session = Session(self.server_url, self.profile_key, profile.username, True)
                self._open_store(db, head_only=True)  # the first frame costs the same at any company size
                self._show_workspace()
                session = self.session
                self._starting = True  # an unreachable server at this first sync opens the archive
                # the cached dashboard gets the first frame; the network starts right after it
                after_first_paint(self.window, lambda: self._resume(session))
                return
        self._show_login(profile.username if profile and profile.server == self.profile_key else "")

    def _resume(self, session: Session) -> None:
        if self.session is session:
            self.service.resume(session)
            if self.snapshot is not None and not self.snapshot.complete:
                self.service.load_snapshot(session)  # answered before the sync, which is queued after it
            else:
                self._show_stored_fleet()
            self.service.sync_now()

    # --- user actions ---

    def login(self, username: str, password: str, remember: bool) -> None:
        self.window.login_view.set_busy(True)
        self.session = Session(self.server_url, self.profile_key, username, remember)
        self.service.login(self.session, password)

    def login_network(self) -> None:
        """"Accedi direttamente" (R-10): the worker learns the username from the server."""
        self.window.login_view.set_busy(True)
        self.session = None
        self.service.login_network(Session(self.server_url, self.profile_key, "", False))

    def delete_account(self, confirmed: bool = False) -> None:
        """"Elimina account" (R-11): lines and contracts stay; a new registration is needed to come back."""
        if self.session is None:
            return
        if not confirmed:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(self.window, self.tr("Delete account"), self.tr(
                "Delete your account %1? Your lines and contracts are not touched, but to use the app "
                "again you will have to register again.").replace("%1", self.session.username))
            if answer != QMessageBox.StandardButton.Yes:
                return
        session = self.session
        username = session.username

        def deleted(_result) -> None:
            self._deletion_unanswered = None
            self.profiles.forget(self.profile_key, username)
            self._end_deleted_session("", self.tr("Your account %1 was deleted.").replace("%1", username))

        def failed(failure: Failure) -> None:
            if failure.kind in NO_ANSWER:
                self._deletion_unanswered = session
            elif failure.kind == "session_expired" and self._deletion_unanswered is session:
                # tried again after a lost answer, and the session is gone: the first try most likely deleted the
                # account, its sessions with it. Not "sign in again" (it would be refused): say what happened.
                # (The same session object only: a later sign-in of the same user starts afresh.)
                self._deletion_unanswered = None
                self._end_deleted_session(username, self.tr(
                    "Your account %1 was most likely deleted: the request got no answer, and the account's session "
                    "has ended. If it still signs in, delete it again.").replace("%1", username))
                return
            self.window.notice_banner.show_message(
                failure.message or self.tr("The account could not be deleted. Try again later."), "error")

        self.flows.run("delete_account", {}, deleted, failed)

    def _end_deleted_session(self, username: str, words: str) -> None:
        self.service.logout()
        self._close_store()
        self.session = None
        self.snapshot = None
        self._show_login(username, words)
        self.sessionEnded.emit("deleted")

    def _offer_username(self, username: str) -> None:
        if username and self.window.pages.currentWidget() is self.window.login_view:
            self.window.login_view.reset(username)
            self.window.login_view.show_notice(self.tr("Sign in with %1.").replace("%1", username))

    def refresh(self) -> None:
        if self.offline_only:
            self._show_login(self.session.username if self.session else "")
            return
        if self.session is not None:
            self.service.sync_now()
            self._reload_shown_section()

    def _sync_soon(self) -> None:
        """A change made in the app moved server data the sync brings: fetch it now (not when offline)."""
        if self.session is not None and not self.offline_only:
            self.service.sync_now()

    def _reload_shown_section(self) -> None:
        """One refresh per screen: the window's Refresh (F5) also asks again for what the screen shows and
        the sync does not bring (invoices, the selected line's recharges); tickets follow every sync."""
        if self.window.current_section() is Section.TRAFFIC and self._traffic_flows is not None:
            self._traffic_flows.reload()
            return
        if self.window.current_section() is Section.PRODUCTS and self._products_flows is not None:
            self._products_flows.reload()
            return
        if self.window.current_section() is Section.SELF_SERVICE and self._self_service_flows is not None:
            self._self_service_flows.reload()
            return
        if self.window.current_section() is Section.NOTIFICATIONS:
            self._refresh_notifications()
            return
        if self.window.current_section() is not Section.ACCOUNT_BILLING:
            return
        section = self.window.section_widgets.get(Section.ACCOUNT_BILLING)
        if section is None:
            return
        if section.tabs.currentIndex() == 0:
            section.invoices.reload()
        elif section.recharges is not None and section.recharges.current_line_id():
            section.recharges.reload()

    def sign_out(self) -> None:
        username = self.session.username if self.session else ""
        self.service.logout()
        self.profiles.remember(self.profile_key, username, False)
        self._close_store()
        self.session = None
        self.snapshot = None
        self._show_login(username)
        self.sessionEnded.emit("signed_out")

    def saved_accounts(self) -> list[str]:
        """Usernames used with this server on this computer, most recent first."""
        return [p.username for p in self.profiles.profiles(self.profile_key)]

    def switch_account(self, username: str) -> None:
        """Leave the current account (its remembered session stays in the keyring) and resume another."""
        self.service.stop_schedule()
        self._close_store()
        self.snapshot = None
        self.session = Session(self.server_url, self.profile_key, username, True)
        self.profiles.remember(self.profile_key, username, True)
        db = self.paths.profile_db(self.profile_key, username)
        if not db.exists():
            self._show_login(username)
            return
        # the network thread takes the new session first: a section drawn below (Traffico) may ask it at once
        self.service.resume(self.session)
        self._open_store(db)
        self._show_workspace()
        self.service.sync_now()

    def add_account(self) -> None:
        """Sign in with another account; the current one stays remembered for switching back."""
        self.service.stop_schedule()
        self._close_store()
        self.snapshot = None
        self.session = None
        self._show_login("")

    def open_offline(self) -> None:
        """After a failed login with the server unreachable: browse the saved data read-only."""
        username = self.window.login_view.username.text().strip()
        db = self._cached_db(username)
        if db is None:
            return
        self.session = Session(self.server_url, self.profile_key, username, False)
        self.offline_only = True
        self._open_store(db)
        self._show_workspace()
        self._show_offline_banner(signed_out=True)
        self.open_archive()  # offline, the downloaded invoices are what can be read in full
        self._show_stored_fleet()

    def shutdown(self) -> bool:
        """False when the network thread is still running (a request hangs): see app.main."""
        stopped = self.service.shutdown() if self._services is not None else True
        self._held_forms.release(None)
        self._close_store()
        if self._alert_flows is not None:
            stopped = self._alert_flows.shutdown() and stopped
        return stopped

    # --- worker answers ---

    def _on_login_ok(self, session: Session, user, persisted: bool) -> None:
        self.session = session
        if getattr(user, "must_change_password", False):
            # a temporary password (R-08 seed 001, new Telco Manager): a new one before anything else
            temporary = self.window.login_view.password.text()
            self.flows.change_password(temporary, self.window,
                                       on_done=lambda: self._enter(session, user, persisted),
                                       on_cancel=self.sign_out)
            return
        self._enter(session, user, persisted)

    def _enter(self, session: Session, user, persisted: bool) -> None:
        self.offline_only = False
        self._starting = False
        self.token_persisted = persisted
        self.profiles.remember(session.profile_key, session.username, session.remember)
        self._open_store(self.paths.profile_db(session.profile_key, session.username))
        self.window.login_view.set_busy(False)
        self._show_workspace(user_role=user.role)
        # a held form goes back into its section: that section takes this session's store first (a first fill
        # after another store resets its pages), or showing it later would reset the form given back
        self._fill_stale_sections()
        self._held_forms.release(session.who)
        if session.remember and not persisted:
            self.window.notice_banner.show_message(
                self.tr("No system keyring is available: the session is kept in memory only and you will "
                        "have to sign in again next time."), "info")
        self.service.sync_now()

    def _on_login_failed(self, failure: Failure) -> None:
        view = self.window.login_view
        view.set_busy(False)
        view.show_error(self.login_error_text(failure), failure.field)
        username = view.username.text().strip()
        view.show_offline_option(failure.kind == "unavailable" and self._cached_db(username) is not None)

    def _on_sync_started(self) -> None:
        self.window.set_sync_text(self.tr("Updating…"))

    def _on_sync_progress(self, stage: str, percent: int) -> None:
        texts = {
            "connecting": self.tr("Connecting…"),
            "downloading": self.tr("Downloading the data…"),
            "saving": self.tr("Saving…"),
            "done": self.tr("Updated"),
        }
        self.window.set_sync_progress(texts.get(stage, stage), percent)

    def _on_sync_done(self, _report, snapshot: Snapshot | None, session: Session) -> None:
        if session is not self.session:
            return  # the answer of a session the user has left (switch account, sign-out)
        self._starting = False
        self.window.offline_banner.hide()
        self._refresh_tickets()  # statuses move on the server: look again after each sync
        self._refresh_notifications()  # the feed too (R-80…R-82): stored, counted, new ones on the desktop
        self._refresh_fleet(snapshot or self.snapshot)
        if snapshot is not None:
            self.snapshot = snapshot
            self._render()
        elif self.snapshot is None or not self.snapshot.has_data:
            self._reload()
        else:
            self.snapshot = self._with_sync_state(self.snapshot)
            self._refresh_sync_text()
        self._heap_trim.start()
        self.syncSettled.emit(True)

    def _trim_heap(self) -> None:
        from windtre_desktop.heap_trim import trim_heap

        if trim_heap():
            self.heap_trims += 1

    def _on_snapshot_loaded(self, snapshot: Snapshot, session: Session) -> None:
        """The whole store, after a start that showed only its head."""
        if session is not self.session or self.snapshot is None or self.snapshot.complete:
            return  # another session since, or a sync brought a whole snapshot first
        self.snapshot = self._with_sync_state(snapshot)
        self._render()
        self._show_stored_fleet()

    def _show_stored_fleet(self) -> None:
        """A start from the local data (cached or offline): the fleet's stored usage feeds the alerts and the
        dashboard's fleet block before any sync answers."""
        from windtre_desktop.domain.roles import sees_all_lines

        snap = self.snapshot
        if (self._store is not None and snap is not None and snap.complete and snap.user is not None
                and sees_all_lines(snap.user.role)):  # every line: alerts of lines not loaded would be retired
            self.fleet_flows.refresh_view()

    def _on_sync_failed(self, failure: Failure) -> None:
        if failure.kind == "session_expired" or failure.session is not self.session:
            return
        log.info("sync failed (%s); showing cached data", failure.kind)
        if self._store is not None:
            self.snapshot = load_snapshot(self._store) if self.snapshot is None else self.snapshot
        self._show_offline_banner(failure=failure)
        self._refresh_sync_text(failure)
        if self._starting and failure.kind == "unavailable" and self._has_archive():
            self.open_archive()  # started offline: the downloaded invoices are what can be read in full
        self._starting = False
        self.syncSettled.emit(False)

    def _on_session_expired(self, session: Session) -> None:
        if session is not self.session:
            return
        self._starting = False
        username, remember = session.username, session.remember
        self._held_forms.hold(session.who, self._form_owners())  # what the user was filling in waits for their return
        self._close_store()  # the cache file stays on disk for the next sign-in
        self.snapshot = None
        self._show_login(username, self.tr("Your session has expired: sign in again. Your saved data is kept."),
                         remember=remember)
        self.sessionEnded.emit("expired")

    # --- helpers ---

    def _form_owners(self) -> list:
        """The flows whose half-filled forms outlive an expired session (flows/held_forms.py)."""
        owners = [self._services and self._services.invoices, self._products_flows, self._notification_flows]
        if self._self_service_flows is not None:
            service = self._self_service_flows
            owners += [service.recharges, service.activations, service.options]
        return [owner for owner in owners if owner]

    def login_error_text(self, failure: Failure) -> str:
        if failure.kind == "wrong_credentials":
            return failure.message or self.tr("Wrong username or password. Both are case-sensitive.")
        if failure.kind == "old_credentials":
            return failure.message or self.tr(
                "Old Wind or Tre credentials are no longer valid here: a new registration is needed.")
        if failure.kind == "validation":
            return failure.message or self.tr("Check the highlighted field.")
        if failure.kind == "rate_limited":
            return self.tr("Too many attempts: wait a moment and try again.")
        if failure.kind == "unavailable":
            return self.tr("The server %1 cannot be reached. Check the connection and the address "
                           "(\"Change server\" below), then try again.").replace("%1", display_host(self.server_url))
        if failure.kind == "forbidden":
            return failure.message or self.tr("This profile may not sign in here.")
        return failure.message or self.tr("Sign-in failed because of an unexpected error. Try again.")

    def _cached_db(self, username: str) -> Path | None:
        if not username:
            return None
        db = self.paths.profile_db(self.profile_key, username)
        return db if db.exists() else None

    def _open_store(self, db: Path, head_only: bool = False) -> None:
        self._close_store()
        self._store = Store(db)
        self._store_serial += 1
        self.snapshot = load_head_snapshot(self._store) if head_only else load_snapshot(self._store)

    def _close_store(self) -> None:
        self._starting = False
        if self._services is not None:
            self.invoice_flows.close_windows()
        if self._traffic_flows is not None:
            self._traffic_flows.forget()
            self._traffic_flows.close_dialog()
        if self._products_flows is not None:
            self._products_flows.forget()
        if self._self_service_flows is not None:
            self._self_service_flows.forget()
            section = self.window.section_widgets.get(Section.SELF_SERVICE)
            if section is not None:
                section.setProperty("store", None)
        if self._notification_flows is not None:
            self._notification_flows.forget()  # the company's notifications leave with its session
        if self._fleet_flows is not None:
            self._fleet_flows.forget()
        if self._alert_flows is not None:
            self._alert_flows.forget()  # the dashboard's fleet block empties with it
        if self._palette_flows is not None:
            self._palette_flows.forget()  # its entries and recent items belong to the session left
        if self._notification_links is not None:
            self._notification_links.forget()  # a selection waiting for its list is not made in the next one
        notifications = self.window.section_widgets.get(Section.NOTIFICATIONS)
        if notifications is not None:
            notifications.setProperty("store", None)
        if self._store is not None:
            self._store.close()
            self._store = None

    def _with_sync_state(self, snap: Snapshot) -> Snapshot:
        """The same data with the store's latest sync times (a 304 moves them on)."""
        if self._store is None:
            return snap
        from dataclasses import replace

        state = self._store.sync_state()
        return replace(snap, last_success_at=state.last_success_at, last_attempt_at=state.last_attempt_at,
                       last_error=state.last_error)

    def _reload(self) -> None:
        if self._store is None:
            return
        self.snapshot = load_snapshot(self._store)
        self._render()

    def _show_workspace(self, user_role: Role | None = None) -> None:
        role = user_role or (self.snapshot.user.role if self.snapshot and self.snapshot.user else Role.DIPENDENTE)
        self.window.notice_banner.hide()
        self.window.offline_banner.hide()
        self.window.show_workspace(sections_for(role))
        self._render()

    def _render(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        w = self.window
        w.dashboard.set_data(snap.user, snap.company, snap.lines, snap.totals, snap.search_keys)
        shown = w.current_section()
        for section, widget in list(w.section_widgets.items()):
            if section is Section.DASHBOARD:
                continue
            if section is shown:
                self._stale_sections.discard(section)
                self._fill_section(section, widget)
            else:
                self._stale_sections.add(section)
        if snap.user is not None:
            sections = sections_for(snap.user.role)
            if w.visible_sections() != list(sections):
                current = w.current_section() or Section.DASHBOARD
                w.show_workspace(sections)
                w.show_section(current if current in sections else Section.DASHBOARD)
        self._refresh_sync_text()
        self.dataShown.emit(snap)

    def _fill_stale_sections(self) -> None:
        for section in list(self._stale_sections):
            widget = self.window.section_widgets.get(section)
            if widget is not None:
                self._fill_if_stale(section, widget)
        self._stale_sections.clear()

    def _fill_if_stale(self, section: Section, widget) -> None:
        """A built section shown again, or asked for: filled with the data that came while it was hidden."""
        if section in self._stale_sections:
            self._stale_sections.discard(section)
            self._fill_section(section, widget)
        if section is Section.FLEET and self._fleet_flows is not None:
            self._fleet_flows.show_unshown()

    def _fill_section(self, section: Section, widget) -> None:
        """A section widget built on first visit gets the data it shows."""
        snap = self.snapshot
        if section is Section.ACCOUNT_BILLING:
            self._fill_billing(widget)
            return
        if section is Section.TRAFFIC:
            self._fill_traffic(widget)
            return
        if section is Section.PRODUCTS:
            self._fill_products(widget)
            return
        if section is Section.SELF_SERVICE:
            self._fill_self_service(widget)
            return
        if section is Section.NOTIFICATIONS:
            self._fill_notifications(widget)
            return
        if section is Section.FLEET:
            self._fill_fleet(widget)
            return
        if section is Section.TICKETS:
            widget.company_name = snap.company.name if snap and snap.company else ""
            if widget.property("wired") is not True:  # first visit: wire it and load the list
                widget.setProperty("wired", True)
                widget.set_runner(self.flows.run)
                widget.newTicketRequested.connect(lambda: self.ticket_flows.new_ticket(self.window))
                widget.statusChanged.connect(self._on_ticket_status)
                self._refresh_tickets()
            return
        if section is Section.PROFILE and snap is not None:
            widget.set_profile(snap.user, snap.company, self.token_persisted)
            widget.set_tools(snap.user, self.flows.run)
            current = self.session.username if self.session else ""
            widget.set_other_accounts([u for u in self.saved_accounts() if u != current])

    # --- Traffico (R-30…R-32) ---

    def _follow_dashboard_line(self, section: Section) -> None:
        """The dashboard's quick link to Traffico shows the line the dashboard shows (the window has shown
        the section already: this slot is connected after its own)."""
        line_id = self.window.dashboard.picker.current_line_id()
        if section is Section.TRAFFIC and line_id:
            view = self.window.section_widgets.get(Section.TRAFFIC)
            if view is not None:
                view.open_line(line_id)

    def _fill_traffic(self, view) -> None:
        from windtre_desktop.domain.roles import sees_all_lines

        snap = self.snapshot
        if snap is None:
            return
        view.set_lines(snap.lines, snap.search_keys,
                       company_allowed=snap.user is not None and sees_all_lines(snap.user.role))
        flows = self.traffic_flows
        flows.offline = self.offline_only
        if view.property("wired") is not True:
            view.setProperty("wired", True)
            flows.attach(view)
        if view.property("store") != self._store_serial:  # first visit, or another session since
            view.setProperty("store", self._store_serial)
            view.reset()
            view.start()

    # --- Notifiche (R-80…R-82) ---

    @property
    def tray(self):  # noqa: ANN201 - widgets.tray.Tray, made at first need
        if getattr(self, "_tray", None) is None:
            from windtre_desktop.widgets.tray import Tray

            self._tray = Tray(self.window.windowIcon(), self)
            self._tray.openRequested.connect(self._show_notifications_section)
        return self._tray

    @property
    def notification_flows(self) -> NotificationFlows:
        """Made at the first sync (the feed is fetched whether or not Notifiche was opened)."""
        if self._notification_flows is None:
            from windtre_desktop.flows.notifications import NotificationFlows

            self._notification_flows = NotificationFlows(self.service, self.server_url, lambda: self.window,
                                                         lambda: self._store, lambda: self.tray, self)
            self._notification_flows.unreadChanged.connect(self._show_unread)
            self._notification_flows.desktop_enabled = self._desktop_notifications
        return self._notification_flows

    def set_desktop_notifications(self, on: bool) -> None:
        """Settings' global switch; the per-kind switches of Notifiche › Settings still apply when on."""
        self._desktop_notifications = bool(on)
        if self._notification_flows is not None:
            self._notification_flows.desktop_enabled = self._desktop_notifications
        if self._alert_flows is not None:
            self._alert_flows.desktop_enabled = self._desktop_notifications

    def set_sync_interval(self, seconds: int) -> None:
        """Seconds between background updates, from the next one on."""
        self._service_settings["interval_s"] = seconds
        if self._services is not None:
            self.service.set_interval(seconds)

    def _refresh_notifications(self) -> None:
        if self.session is None or self.offline_only:
            return
        self.notification_flows.refresh()

    # --- Panoramica flotta: the logic is in flows.fleet ---

    @property
    def fleet_flows(self):  # noqa: ANN201 - flows.fleet.FleetFlows, made at first need
        if self._fleet_flows is None:
            from windtre_desktop.flows.fleet import FleetFlows

            self._fleet_flows = FleetFlows(self.service, self.server_url, lambda: self.window, lambda: self._store,
                                           lambda: self.snapshot, self)
            self._fleet_flows.snapshotChanged.connect(self.alert_flows.on_snapshot)
        return self._fleet_flows

    @property
    def alert_flows(self):  # noqa: ANN201 - flows.alerts.AlertFlows, made with the fleet's
        if self._alert_flows is None:
            from windtre_desktop.flows.alerts import AlertFlows

            self._alert_flows = AlertFlows(lambda: self._store, lambda: self.tray, lambda: self.window, self)
            self._alert_flows.desktop_enabled = self._desktop_notifications
            self._alert_flows.alertsChanged.connect(
                lambda _alerts: self.window.dashboard.set_fleet_summary(*self._alert_flows.summary()))
        return self._alert_flows

    def _fill_fleet(self, section) -> None:
        if section.property("wired") is not True:
            section.setProperty("wired", True)
            self.alert_flows.attach(section.alerts)
            for view in (section.lines, section.spend, section.alerts):
                view.lineOpened.connect(lambda line_id: self._open_notification_target("line", line_id))
        self.fleet_flows.attach(section)

    def _show_fleet_alerts(self) -> None:
        """The dashboard's "all alerts": Panoramica flotta › Avvisi."""
        if Section.FLEET not in self.window.visible_sections():
            return
        self.window.show_section(Section.FLEET)
        section = self.window.section_widgets.get(Section.FLEET)
        if section is not None:
            section.tabs.setCurrentWidget(section.alerts)

    def _refresh_fleet(self, snap: Snapshot | None) -> None:
        from windtre_desktop.domain.roles import sees_all_lines

        if self.session is None or self.offline_only or snap is None or snap.user is None:
            return
        if sees_all_lines(snap.user.role):
            self.fleet_flows.after_sync()

    def _fill_notifications(self, view) -> None:
        from windtre_desktop.domain.roles import sees_all_lines

        snap = self.snapshot
        manager = snap is not None and snap.user is not None and sees_all_lines(snap.user.role)
        flows = self.notification_flows
        if view.property("wired") is not True:
            view.setProperty("wired", True)
            flows.attach(view)
            view.openRequested.connect(self._open_notification_target)
        # first visit, another session since, or the role known only now (filled before the first sync of a
        # user new to this computer, with Notifiche on screen): a manager's settings are read then
        shown_for = f"{self._store_serial}:{manager}"
        if view.property("store") != shown_for:
            view.setProperty("store", shown_for)
            flows.show_stored(manager)
            if not self.offline_only and self.session is not None:
                flows.refresh()  # what happened since the last sync, too
                flows.load_settings()

    def _show_notifications_section(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if self.window.current_section() is not None:
            self.window.show_section(Section.NOTIFICATIONS)

    def _show_unread(self, count: int) -> None:
        """The navigation entry says how many are unread: "Notifications (3)"."""
        from PySide6.QtCore import Qt

        from windtre_desktop.widgets.role_names import section_name

        nav = self.window.nav
        for row in range(nav.count()):
            item = nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == Section.NOTIFICATIONS:
                name = section_name(Section.NOTIFICATIONS)
                item.setText(f"{name} ({formatting.count(count)})" if count else name)

    def _open_notification_target(self, what: str, target: str) -> None:
        """The screen an event is about (flows/notification_links.py)."""
        if self._notification_links is None:
            from windtre_desktop.flows.notification_links import NotificationLinks

            self._notification_links = NotificationLinks(self.window, lambda: self.products_flows, self)
        self._notification_links.open(what, target)

    # --- Prodotti and Gestione GSS (R-22, R-50, R-51, R-60) ---

    def _fill_products(self, section) -> None:
        from windtre_desktop.domain.roles import sees_all_lines

        snap = self.snapshot
        if snap is None:
            return
        section.mobile.set_lines(snap.lines, snap.search_keys)
        section.set_company_tabs(snap.user is not None and sees_all_lines(snap.user.role))
        flows = self.products_flows
        if section.property("wired") is not True:
            section.setProperty("wired", True)
            flows.attach(section)
        if section.property("store") != self._store_serial:  # first visit, or another session since
            section.setProperty("store", self._store_serial)
            if not self.offline_only:
                flows.reload()

    # --- Fai da te (R-23, R-61…R-67) ---

    def _fill_self_service(self, section) -> None:
        snap = self.snapshot
        if snap is None:
            return
        section.set_lines(snap.lines, snap.search_keys)
        section.set_offline(self.offline_only)
        flows = self.self_service_flows
        if section.property("wired") is not True:
            section.setProperty("wired", True)
            flows.attach(section)
            section.gssRequested.connect(self._show_gss)
        if section.property("store") != self._store_serial:  # first visit, or another session since
            section.setProperty("store", self._store_serial)
            if not self.offline_only:
                flows.reload()

    def _show_gss(self) -> None:
        """Fai da te's "Gestione GSS" (R-60): the packages and their actions, in Prodotti."""
        self.window.show_section(Section.PRODUCTS)
        products = self.window.section_widgets.get(Section.PRODUCTS)
        if products is not None and products.company_tabs_shown():
            products.tabs.setCurrentWidget(products.gss)

    # --- Conto: invoices (R-40…R-42) and recharges (R-43) ---

    def _fill_billing(self, section) -> None:
        snap = self.snapshot
        section.invoices.set_company(snap.company if snap else None)
        if section.recharges is not None and snap is not None:
            section.recharges.set_lines(snap.lines, snap.search_keys)
        if section.property("wired") is not True:
            section.setProperty("wired", True)
            self.invoice_flows.attach(section.invoices)
            section.on_recharges_created = self._recharges_created
        if self.invoice_flows.filled_for is self._store:
            return
        self.invoice_flows.show_saved()  # first visit, or another session since (switch, sign in after offline)
        if section.recharges is not None:  # the history shown belonged to the session left behind
            section.recharges.reset()
            self._recharges_created(section.recharges)
        if self.offline_only:
            archive = self.invoice_flows.archive()
            section.invoices.set_offline(archive.listing_saved_at() if archive else None)
        else:
            section.invoices.reload()

    def _show_recharge_history(self, line_id: str) -> None:
        """Ricarica Online's link to a line's "Storico Ricariche": Conto › Ricariche on that line (R-43, R-64)."""
        self.window.show_section(Section.ACCOUNT_BILLING)
        view = self.window.section_widget(Section.ACCOUNT_BILLING).show_recharges()
        if view is not None:
            view.select_line(line_id)

    def _recharges_created(self, view) -> None:
        view.set_runner(self.flows.run)
        if self.snapshot is not None:
            view.set_lines(self.snapshot.lines, self.snapshot.search_keys)
            prepaid = next((line for line in self.snapshot.lines
                            if line.kind == "mobile" and line.payment_type == "prepaid"), None)
            if prepaid is not None:  # a first history on screen at once, not an empty page
                view.select_line(prepaid.id)

    def _has_archive(self) -> bool:
        archive = self.invoice_flows.archive()
        return archive is not None and bool(archive.present())

    def open_archive(self) -> None:
        """Conto → Fatture showing what is downloaded: what can be read with no network."""
        self.window.show_section(Section.ACCOUNT_BILLING)
        section = self.window.section_widget(Section.ACCOUNT_BILLING)
        section.tabs.setCurrentIndex(0)
        section.invoices.only_downloaded.setChecked(True)

    # --- tickets (R-70…R-73) ---

    def _company_mobiles(self) -> list[str]:
        snap = self.snapshot
        return [line.msisdn for line in snap.lines if line.kind == "mobile"] if snap else []

    def _ticket_suggestions(self) -> dict[str, list[tuple[str, str]]]:
        """What the ticket wizard offers to pick: the company's mobile lines, the synced invoices (R-71)."""
        snap = self.snapshot
        found: dict[str, list[tuple[str, str]]] = {}
        if snap is not None:
            found["msisdn"] = [(line.msisdn, " · ".join(x for x in (line.holder, line.offer_name) if x))
                               for line in snap.lines if line.kind == "mobile"]
        archive = self.invoice_flows.archive()
        if archive is not None:
            from windtre_desktop.flows.invoices import invoice_summary

            found["invoiceNumber"] = [(str(i["number"]), invoice_summary(i)) for i in archive.listing()
                                      if i.get("number")]
        return found

    def _tickets_view(self):
        return self.window.section_widgets.get(Section.TICKETS)

    def _refresh_tickets(self) -> None:
        view = self._tickets_view()
        if view is None:
            return
        queued = len(self._store.pending_tickets()) if self._store is not None else 0
        view.show_open(None, queued)
        view.reload()

    def _poll_open_ticket(self) -> None:
        view = self._tickets_view()
        if view is not None and view.has_open_ticket and self.session is not None and not self.offline_only:
            view.reload()

    def _on_open_ticket(self, ticket: dict) -> None:
        self.window.show_section(Section.TICKETS)
        view = self.window.section_widget(Section.TICKETS)
        view.show_open(ticket)
        self.window.notice_banner.show_message(self.tr(
            "A ticket is still open: a new one can be filed once it is closed (the draft stays saved)."), "info")

    def _on_ticket_filed(self, ticket: dict) -> None:
        from windtre_desktop.domain.ticket_wizard import filed_message

        self.window.notice_banner.show_message(
            filed_message(str(ticket.get("number", ""))).render(QCoreApplication.translate), "info")
        self._refresh_tickets()

    def _on_tickets_sent(self, tickets: list) -> None:
        numbers = ", ".join(str(t.get("number", "")) for t in tickets)
        self.notify(self.tr("Tickets sent"), self.tr("Sent now that the server can be reached: %1").replace("%1", numbers))
        self._refresh_tickets()

    def _on_ticket_status(self, ticket: dict) -> None:
        # in the window only: the desktop message of a ticket's new status comes from the feed (ticket_status),
        # once, and only while its desktop switch is on
        self.notify(self.tr("Ticket %1").replace("%1", str(ticket.get("number", ""))),
                    self.tr("New status: %1").replace("%1", str(ticket.get("statusLabel", ""))), desktop=False)

    def notify(self, title: str, message: str, desktop: bool = True) -> None:
        """The in-window banner, and a desktop notification (tray balloon) where the system has a tray."""
        if desktop:
            self.tray.show_message(title, message)  # shows nothing where there is no system tray
        self.window.notice_banner.show_message(f"{title}: {message}", "info")
        self.notified.emit(title, message)

    def _refresh_sync_text(self, failure: Failure | None = None) -> None:
        snap = self.snapshot
        when = formatting.timestamp(snap.last_success_at if snap else None)
        if failure is None:
            self.window.set_sync_text(self.tr("Data updated at %1").replace("%1", when))
        elif failure.kind == "rate_limited":
            self.window.set_sync_text(self.tr("The server is busy: data of %1, retrying shortly").replace("%1", when))
        else:
            self.window.set_sync_text(self.tr("Server unreachable: data of %1").replace("%1", when))

    def _show_offline_banner(self, failure: Failure | None = None, signed_out: bool = False) -> None:
        snap = self.snapshot
        when = formatting.timestamp(snap.last_success_at if snap else None)
        if signed_out:
            text = self.tr("Offline: you are looking at the data saved on %1. Sign in to update it.").replace("%1", when)
            self.window.offline_banner.show_message(text, "warning", self.tr("Sign in"))
            return
        if failure is not None and failure.kind == "rate_limited":
            text = self.tr("The server is busy. The data shown is from %1.").replace("%1", when)
        elif snap is not None and snap.has_data:
            text = self.tr("The server cannot be reached. The data shown is from %1.").replace("%1", when)
        else:
            text = self.tr("The server cannot be reached and there is no saved data yet.")
        self.window.offline_banner.show_message(text, "warning", self.tr("Try again"))

    def _show_login(self, username: str = "", message: str = "", remember: bool = False) -> None:
        self.offline_only = False
        self.window.show_login()  # first: the form is laid out while visible, with its message
        self.window.login_view.set_known_usernames(self.saved_accounts())
        self.window.login_view.reset(username, message, remember)
        self.window.login_view.show_offline_option(False)
        self.window.login_view.set_server(self.server_url, demo=self.profile_key == DEMO)  # "" asks for one
