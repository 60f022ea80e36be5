"""Avvisi driven from the GUI thread (issue 15): each new FleetSnapshot (FleetFlows.snapshotChanged →
`on_snapshot`) has its alerts computed, and kept in the profile's store (AlertStore), in a thread of their own
("windtre-alerts"), never on the GUI thread; a newer snapshot supersedes a computation still queued or
running (its answer is dropped). The visible alerts go out as `alertsChanged`, and each new alert of
a rule whose desktop switch is on is told on the desktop once — once across restarts too (the store
remembers). Dismissing from the view hides an alert until it worsens."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from windtre_desktop.domain.alerts import RULES, Alert, AlertEntry, compute_alerts, entries
from windtre_desktop.domain.spend import SpendSeries, company_series
from windtre_desktop.i18n import formatting
from windtre_desktop.store.alert_store import AlertStore
from windtre_desktop.store.database import Store, StoreError
from windtre_desktop.sync.threads import new_thread
from windtre_desktop.widgets.alert_texts import AlertTexts

if TYPE_CHECKING:
    from windtre_desktop.domain.fleet_usage import FleetSnapshot
    from windtre_desktop.views.alerts_view import AlertsView
    from windtre_desktop.widgets.tray import Tray

log = logging.getLogger(__name__)

SUMMARY_OVER = 3  # more new alerts than this at once: one desktop message that counts them


class AlertWorker(QObject):
    """Lives in the alerts thread: computes, then keeps the answer in the store through a connection of its own
    (the same file as the GUI's), so neither the rules nor the write of thousands of rows hold the GUI up.
    `latest` is written by the GUI thread and read here: a request that is no longer the latest is skipped
    before it starts and before it writes."""

    computed = Signal(int, object, str)  # request id, the visible list[Alert], the name of the thread it ran in

    def __init__(self) -> None:
        super().__init__()
        self.latest = 0

    @Slot(int, object, str)
    def compute(self, request_id: int, snapshot: FleetSnapshot, db_path: str) -> None:
        if request_id != self.latest:
            return
        found = compute_alerts(snapshot)
        if request_id != self.latest:
            return
        try:
            with Store(Path(db_path)) as store:
                alerts = AlertStore(store)
                alerts.upsert(found)
                visible = alerts.visible()
        except (StoreError, sqlite3.Error) as error:  # damaged, newer, locked, full: said, never raised
            log.warning("alerts not stored: %s", type(error).__name__)
            return
        self.computed.emit(request_id, visible, QThread.currentThread().objectName())


class AlertFlows(QObject):
    alertsChanged = Signal(list)  # list[AlertEntry]: the visible alerts, the most urgent first
    _request = Signal(int, object, str)

    def __init__(self, store: Callable[[], Store | None], tray: Callable[[], Tray],
                 parent_widget: Callable[[], object] = lambda: None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tray = tray
        self._parent_widget = parent_widget
        self.texts = AlertTexts(self)
        self.view: AlertsView | None = None
        self.desktop_enabled = True  # Settings' global switch: off, nothing goes to the desktop (still marked told)
        self.snapshot: FleetSnapshot | None = None
        self.computed_in = ""  # the thread the last computation ran in (for the tests)
        self.computations = 0  # answers taken in (stored and shown)
        self._ids = 0
        self.thread: QThread | None = None
        self.worker: AlertWorker | None = None

    def _alerts(self) -> AlertStore | None:
        store = self._store()
        return None if store is None else AlertStore(store)

    # --- computing ---

    def on_snapshot(self, snapshot: FleetSnapshot) -> None:
        """A new snapshot: its alerts are computed in the alerts thread; an older request is superseded."""
        store = self._store()
        if snapshot is None or snapshot.usage is None or store is None or not snapshot.lines:
            return  # without lines every alert would be retired, then all told again at the next sync
        if self._same_data(snapshot):
            self.snapshot = snapshot  # a label changed: the alerts are the same, their texts take the new one
            self._show(self._alerts())
            return
        self.snapshot = snapshot
        if self.thread is None:
            self.thread = new_thread("windtre-alerts")
            self.worker = AlertWorker()
            self.worker.moveToThread(self.thread)
            self._request.connect(self.worker.compute)
            self.worker.computed.connect(self._on_computed)
            self.thread.start()
        assert self.worker is not None
        self._ids += 1
        self.worker.latest = self._ids
        self._request.emit(self._ids, snapshot, str(store.path))

    def _same_data(self, snapshot: FleetSnapshot) -> bool:
        """The usage and the lines the last computation had: nothing for the rules to do again."""
        last = self.snapshot
        return (last is not None and self.computations > 0 and last.usage is snapshot.usage
                and last.lines == snapshot.lines)

    def _on_computed(self, request_id: int, visible: list[Alert], thread_name: str) -> None:
        if request_id != self._ids:
            return
        alerts = self._alerts()
        if alerts is None:
            return
        self.computed_in = thread_name
        self.computations += 1
        self._tell_desktop(alerts)
        # read again here, not `visible`: an alert dismissed while the thread computed stays dismissed
        self._show(alerts)

    # --- the list ---

    def current(self) -> list[AlertEntry]:
        alerts = self._alerts()
        return [] if alerts is None else entries(alerts.visible(), self.snapshot)

    def _show(self, alerts: AlertStore, visible: list[Alert] | None = None) -> None:
        shown = entries(alerts.visible() if visible is None else visible, self.snapshot)
        if self.view is not None:
            self.view.set_alerts(shown)
        self.alertsChanged.emit(shown)

    def summary(self) -> tuple[SpendSeries | None, list[AlertEntry]]:
        """What the dashboard's company mode shows (DashboardView.set_fleet_summary): the company's spend series
        of the latest snapshot and the visible alerts, the most urgent first."""
        usage = self.snapshot.usage if self.snapshot is not None else None
        return (company_series(usage) if usage is not None else None), self.current()

    def attach(self, view: AlertsView) -> None:
        """Avvisi shows what the store holds at once, then every new answer; its actions come back here."""
        self.view = view
        view.dismissRequested.connect(self.dismiss)
        view.desktopSwitchChanged.connect(self.set_desktop)
        alerts = self._alerts()
        if alerts is not None:
            view.set_desktop_switches(alerts.desktop_switches(RULES))
            view.set_alerts(entries(alerts.visible(), self.snapshot))

    def dismiss(self, rule: str, line_id: str) -> None:
        alerts = self._alerts()
        if alerts is None:
            return
        alerts.dismiss(rule, line_id)
        self._show(alerts)

    def set_desktop(self, rule: str, on: bool) -> None:
        alerts = self._alerts()
        if alerts is not None:
            alerts.set_desktop(rule, on)

    def _tell_desktop(self, alerts: AlertStore) -> None:
        """Each alert not told yet: shown if its rule's switch is on; marked told either way. Where the system
        has no tray, the window's banner says it instead (as notifications do)."""
        pending = alerts.not_notified()
        if not pending:
            return
        switches = alerts.desktop_switches(RULES)
        wanted = [a for a in pending if switches.get(a.rule, True)] if self.desktop_enabled else []
        tray = self._tray()
        if len(wanted) > SUMMARY_OVER:
            messages = [(self.tr("Fleet alerts"),
                         self.tr("%1 new alerts on the company's lines").replace("%1", formatting.count(len(wanted))))]
        else:
            messages = [(self.tr("%1: %2").replace("%1", self.texts.rule_name(e.alert.rule)).replace(
                "%2", self.texts.line_text(e)), self.texts.sentence(e))
                        for e in entries(wanted, self.snapshot)]
        tray.tell(messages, getattr(self._parent_widget(), "notice_banner", None))
        alerts.mark_notified(a.key for a in pending)

    # --- end ---

    def forget(self) -> None:
        """The session ends: a computation on its way is dropped, the list empties."""
        self._ids += 1
        if self.worker is not None:
            self.worker.latest = 0
        self.snapshot = None
        if self.view is not None:
            self.view.set_alerts([])
        self.alertsChanged.emit([])

    def shutdown(self, wait_ms: int = 10000) -> bool:
        """Stop the alerts thread (after the computation running, if any)."""
        if self.worker is not None:
            self.worker.latest = 0
        if self.thread is None:
            return True
        self.thread.quit()
        stopped = self.thread.wait(wait_ms)
        self.thread = None
        return stopped
