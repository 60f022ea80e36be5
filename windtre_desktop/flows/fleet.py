"""Panoramica flotta's data, driven from the GUI thread (R-21): after each sync of a role that sees every line
the fleet's usage is fetched in the network thread (If-None-Match: a 304 costs nothing), kept in the profile's
store and shown; offline, or when the fetch fails, what the store holds is shown (also at the next start). The
user's labels and notes are kept in the store only, never sent (FleetLabels). Every change emits a new
FleetSnapshot (the lines of the local store, the usage, the labels, the billing accounts' names)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from windtre_desktop.domain.fleet_usage import FleetSnapshot, FleetUsage
from windtre_desktop.flows.section_runner import SectionRunner
from windtre_desktop.store.fleet_labels import FleetLabels, FleetViews
from windtre_desktop.store.fleet_store import FleetStore
from windtre_desktop.sync.fleet_fetch import FleetFetch
from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from windtre_desktop.store.database import Store
    from windtre_desktop.sync.qt_worker import SyncService
    from windtre_desktop.sync.snapshot import Snapshot
    from windtre_desktop.views.fleet_section import FleetSection


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FleetFlows(QObject):
    snapshotChanged = Signal(object)  # FleetSnapshot
    fetchEnded = Signal(bool)  # True: the usage was taken in (or was current: 304); False: failed (see failure_text)

    def __init__(self, service: SyncService, server_url: str, parent_widget: Callable[[], QWidget],
                 store: Callable[[], Store | None], snapshot: Callable[[], Snapshot | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = SectionRunner(service, server_url, parent_widget, self)
        self._store = store
        self._app_snapshot = snapshot
        self.section: FleetSection | None = None
        self._usage: FleetUsage | None = None
        self._usage_of: Store | None = None  # the store `_usage` was read from (another one: read again)
        self._failure: Failure | None = None
        self._current: FleetSnapshot | None = None
        self._unshown: FleetSnapshot | None = None  # came while the section was hidden
        self.fetches = 0  # answers taken in (200 or 304) since this flows was made

    # --- the snapshot ---

    def current(self) -> FleetSnapshot | None:
        """What the fleet screens show now; None without a store (nobody signed in)."""
        return self._current if self._current is not None else self._rebuild(emit=False)

    def _usage_from_store(self, store: Store) -> FleetUsage | None:
        if self._usage_of is not store:
            self._usage = FleetStore(store).load()
            self._usage_of = store
        return self._usage

    def _rebuild(self, emit: bool = True) -> FleetSnapshot | None:
        store = self._store()
        if store is None:
            self._current = None
            return None
        app = self._app_snapshot()
        lines = tuple(app.lines) if app is not None else ()
        company = app.company if app is not None else None
        accounts = {account.id: account.name for account in company.billing_accounts} if company else {}
        self._current = FleetSnapshot(lines=lines, usage=self._usage_from_store(store), labels=FleetLabels(store).all(),
                                      billing_accounts=accounts, saved_at=FleetStore(store).saved_at())
        if emit:
            self._show(self._current)
        return self._current

    def _show(self, snapshot: FleetSnapshot) -> None:
        section = self.section
        if section is not None and shiboken6.isValid(section):
            if section.isVisibleTo(section.window()):  # the page on screen (or that would be, window shown)
                self._unshown = None
                section.set_snapshot(snapshot)
            else:  # hidden behind another section: its 10,000 rows are built when it is shown again
                self._unshown = snapshot
        self.snapshotChanged.emit(snapshot)

    def show_unshown(self) -> None:
        """The section is shown again: the snapshot that came while it was hidden."""
        section, snapshot = self.section, self._unshown
        self._unshown = None
        if snapshot is not None and section is not None and shiboken6.isValid(section):
            section.set_snapshot(snapshot)

    def refresh_view(self) -> FleetSnapshot | None:
        """The app's lines changed (a sync, the whole store loaded): a new snapshot with them."""
        return self._rebuild()

    # --- the server ---

    def after_sync(self) -> None:
        """GET /fleet/usage (If-None-Match the kept ETag) → store → a new snapshot, the answer saved and parsed
        in the network thread (sync.fleet_fetch). A failure keeps what the store has (shown again), and
        `failure_text` says why."""
        store = self._store()
        if store is None:
            return
        fleet = FleetStore(store)
        etag = fleet.etag() if fleet.saved_at() else None

        def done(result: Any) -> None:
            kept = self._store()
            if kept is None:
                return
            if isinstance(result, FleetFetch):  # the network thread kept it in the store already
                if result.usage is not None:
                    self._usage, self._usage_of = result.usage, kept
            elif result is None:  # 304: what the store has is current
                FleetStore(kept).touch(_now())
            else:  # the answer itself (a network thread without a store)
                FleetStore(kept).save(result.data, result.etag, _now())
                self._usage, self._usage_of = FleetUsage.from_json(result.data), kept
            self._failure = None
            self.fetches += 1
            self._rebuild()
            self.fetchEnded.emit(True)

        def failed(failure: Failure) -> None:
            self._failure = failure
            self._rebuild()
            self.fetchEnded.emit(False)

        self.runner.run("fleet_usage", {"etag": etag}, done, failed)

    def failure_text(self) -> str:
        """Why the last fetch failed, in the user's words; "" when it did not."""
        return "" if self._failure is None else self.runner.failure_text(self._failure)

    def forget(self) -> None:
        """The session ends: answers on their way are dropped, nothing of its store is kept in memory."""
        self.runner.forget()
        self._usage = None
        self._usage_of = None
        self._failure = None
        self._current = None
        self._unshown = None

    # --- the section ---

    def attach(self, section: FleetSection) -> None:
        """The section shows the current snapshot; a label edited in its lines tab, or a view saved or deleted,
        is kept (locally only)."""
        if self.section is not section:
            self.section = section
            section.lines.labelEdited.connect(self.save_label)
            section.lines.viewSaved.connect(self.save_view)
            section.lines.viewDeleted.connect(self.delete_view)
        self._show_views()
        current = self._rebuild(emit=False)
        if current is not None:  # the section is being shown (first visit, or data came while hidden): at once,
            self._unshown = None  # even if it is not yet the stack's current page
            section.set_snapshot(current)
            self.snapshotChanged.emit(current)

    def _show_views(self) -> None:
        store, section = self._store(), self.section
        if store is not None and section is not None and shiboken6.isValid(section):
            section.lines.set_custom_views(FleetViews(store).all())

    def save_view(self, name: str, filters: dict) -> None:
        store = self._store()
        if store is not None and name.strip():
            FleetViews(store).save(name, filters)
            self._show_views()

    def delete_view(self, name: str) -> None:
        store = self._store()
        if store is not None:
            FleetViews(store).delete(name)
            self._show_views()

    def save_label(self, line_id: str, label: str, note: str) -> None:
        store = self._store()
        if store is None:
            return
        FleetLabels(store).set(line_id, label, note)
        self._rebuild()
