"""Notifiche driven from the GUI thread (R-80…R-82): after every sync the feed is fetched, kept in the
profile's store, shown in the centre with the unread count (tray tooltip, navigation), and each new event of
a kind whose desktop switch is on is shown once on the desktop — once, even across restarts and syncs (the
store remembers). Gestione Notifiche is read and saved (one Idempotency-Key per confirmed change); a blocked
line's data abroad is unlocked after a confirmation naming the unlocks left (R-81)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from windtre_desktop.domain.notifications import (
    KINDS,
    Notification,
    Setting,
    parse_feed,
    parse_settings,
    unlock_question,
)
from windtre_desktop.flows.section_runner import SectionRunner
from windtre_desktop.i18n import formatting
from windtre_desktop.store.notification_store import NotificationStore
from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from windtre_desktop.store.database import Store
    from windtre_desktop.sync.qt_worker import SyncService
    from windtre_desktop.views.notifications_view import NotificationsView
    from windtre_desktop.widgets.tray import Tray

SUMMARY_OVER = 5  # more new events than this at once: one desktop message that counts them


class NotificationFlows(QObject):
    refreshed = Signal(int)  # unread count, after the store and the centre (if built) were updated
    settingsShown = Signal()
    settingsSaved = Signal(bool)  # True = the server took them
    unlockEnded = Signal(bool)
    unreadChanged = Signal(int)

    def __init__(self, service: SyncService, server_url: str, parent_widget: Callable[[], QWidget],
                 store: Callable[[], Store | None], tray: Callable[[], Tray], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = SectionRunner(service, server_url, parent_widget, self)
        self._store = store
        self._tray = tray
        self.view: NotificationsView | None = None
        self.manager = False
        self.confirm_box: QMessageBox | None = None
        self.refreshes = 0  # feeds taken in (stored and shown) since this flows was made
        self.desktop_enabled = True  # Settings' global switch: off, nothing goes to the desktop (still marked told)
        self._server_settings: list[Setting] = []  # as the server last said: the page differs when edited
        self._held_settings: list[Setting] | None = None  # edits held across an expired session

    def _notes(self) -> NotificationStore | None:
        store = self._store()
        return None if store is None else NotificationStore(store)

    # --- the centre ---

    def attach(self, view: NotificationsView) -> None:
        self.view = view
        view.readRequested.connect(self.mark_read)
        view.allReadRequested.connect(self.mark_all_read)
        view.unlockRequested.connect(self.ask_unlock)
        view.settings_page.saveRequested.connect(self.save_settings)
        view.reloadRequested.connect(self.refresh)

    def show_stored(self, manager: bool) -> None:
        """The centre shows what the store holds (also offline), the settings page its switches."""
        self.manager = manager
        notes = self._notes()
        if self.view is None:
            return
        self.view.set_manager(manager)
        if notes is not None:
            self.view.set_notifications(notes.all())
            self.view.settings_page.set_desktop(notes.desktop_switches(KINDS))
            self._unread(notes)

    def refresh(self) -> None:
        """GET /notifications → store → centre, unread count, desktop messages for the new ones."""

        def done(result: Any) -> None:
            notes = self._notes()
            if notes is None:
                return
            notes.upsert(parse_feed(result or []))
            self._tell_desktop(notes)
            if self.view is not None:
                self.view.set_notifications(notes.all())
                self.view.show_message("")
            self.refreshes += 1
            self.refreshed.emit(self._unread(notes))

        def failed(failure: Failure) -> None:
            if self.view is not None:
                self.view.show_message(self.runner.failure_text(failure))

        self.runner.run("notifications", {}, done, failed)

    def _unread(self, notes: NotificationStore) -> int:
        count = notes.unread_count()
        self._tray().set_unread(count)
        self.unreadChanged.emit(count)
        return count

    def _tell_desktop(self, notes: NotificationStore) -> None:
        """Each event not told yet: shown if its kind's desktop switch is on; marked told either way. Where the
        system has no tray, the window's banner says it instead, so nothing is marked told unseen."""
        pending = notes.not_notified()
        if not pending:
            return
        switches = notes.desktop_switches(sorted({n.kind for n in pending} | set(KINDS)))
        wanted = [n for n in pending if switches.get(n.kind, True)] if self.desktop_enabled else []
        tray = self._tray()
        translate = QCoreApplication.translate
        if len(wanted) > SUMMARY_OVER:
            messages = [(self.tr("Notifications"),
                         self.tr("%1 new notifications").replace("%1", formatting.count(len(wanted))))]
        else:
            messages = [(n.title().render(translate), n.body(formatting).render(translate)) for n in wanted]
        # without a tray, the banner says the newest one; the centre lists them all
        tray.tell(messages, getattr(self.runner.parent_widget(), "notice_banner", None))
        notes.mark_notified(n.id for n in pending)

    def mark_read(self, notification_id: str) -> None:
        notes = self._notes()
        if notes is None:
            return
        notes.mark_read([notification_id])
        self._after_read(notes)

    def mark_all_read(self) -> None:
        notes = self._notes()
        if notes is None:
            return
        notes.mark_all_read()
        self._after_read(notes)

    def _after_read(self, notes: NotificationStore) -> None:
        if self.view is not None:
            self.view.set_notifications(notes.all())
        self.refreshed.emit(self._unread(notes))

    # --- Gestione Notifiche (R-80) ---

    def load_settings(self) -> None:
        if self.view is None or not self.manager:
            return
        page = self.view.settings_page

        def done(result: Any) -> None:
            self._server_settings = parse_settings(result or [])
            page.set_settings(self._server_settings)
            if self._held_settings is not None:  # the user's unsaved edits, over what the server holds
                page.set_settings(self._held_settings)
                self._held_settings = None
            page.set_server_enabled(True)
            page.show_message("")
            self.settingsShown.emit()

        def failed(failure: Failure) -> None:
            page.show_message(self.runner.failure_text(failure), error=True)

        self.runner.run("notification_settings", {}, done, failed, view=page)

    def save_settings(self, settings: list[Setting], desktop: dict[str, bool]) -> None:
        """The desktop switches are the app's own (kept at once); the server's settings go with a key."""
        notes = self._notes()
        if notes is not None:
            notes.set_desktop_switches(desktop)
        if self.view is None:
            return
        page = self.view.settings_page
        if not settings or not self.manager:
            page.show_message(self.tr("Desktop notifications saved."))
            self.settingsSaved.emit(True)
            return
        page.set_busy(True)

        def done(result: Any) -> None:
            page.set_busy(False)
            self._server_settings = parse_settings(result or [])
            page.set_settings(self._server_settings)
            page.show_message(self.tr("Notification settings saved."))
            self.settingsSaved.emit(True)

        def failed(failure: Failure) -> None:
            page.set_busy(False)  # what was ticked stays as it was
            page.show_message(self.runner.failure_text(failure), error=True)
            self.settingsSaved.emit(False)

        self.runner.send_change("save_notification_settings", {"settings": [s.to_json() for s in settings]},
                                done, failed, view=page)

    # --- data abroad (R-81) ---

    def ask_unlock(self, notification: Notification) -> None:
        """Read the line's roaming first (how many unlocks are left), then ask before sending."""
        line_id = str(notification.fields.get("lineId") or "")
        if self.view is None or not line_id:
            return
        view = self.view

        def shown(result: Any) -> None:
            roaming = dict(result or {})
            if not roaming.get("blocked"):
                view.show_message(self.tr("Data abroad on this line is not blocked now."))
                self.unlockEnded.emit(False)
                return
            left = int(roaming.get("unlocksLeft") or 0)
            if left <= 0:
                view.show_message(self.tr("This line has already used both unlocks of data abroad."))
                self.unlockEnded.emit(False)
                return
            self._confirm_unlock(notification, line_id, left)

        def failed(failure: Failure) -> None:
            view.show_message(self.runner.failure_text(failure))
            self.unlockEnded.emit(False)

        self.runner.run("roaming", {"lineId": line_id}, shown, failed, view=view)

    def _confirm_unlock(self, notification: Notification, line_id: str, left: int) -> None:
        assert self.view is not None
        view = self.view
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unlock data abroad"),
                          unlock_question(notification, left).render(QCoreApplication.translate),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, view)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Unlock"))
        self.confirm_box = box

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is not yes:
                self.unlockEnded.emit(False)
                return

            def done(result: Any) -> None:
                roaming = dict(result or {})
                view.show_message(self.tr("Data abroad unlocked on %1. Unlocks left: %2.")
                                  .replace("%1", str(roaming.get("msisdn") or ""))
                                  .replace("%2", formatting.count(int(roaming.get("unlocksLeft") or 0))))
                self.unlockEnded.emit(True)

            def failed(failure: Failure) -> None:
                view.show_message(self.runner.failure_text(failure))
                self.unlockEnded.emit(False)

            self.runner.send_change("unlock_roaming", {"lineId": line_id}, done, failed, view=view)

        box.finished.connect(answered)
        box.open()

    # --- edits held across an expired session (flows/held_forms.py) ---

    def take_forms(self) -> list[list[Setting]]:
        """The settings as ticked, when they differ from the server's (edited, not saved)."""
        if self._held_settings is not None:  # given back after an expiry, the server's not read since: as they were
            return [self._held_settings]
        if self.view is None or not self.manager or not self._server_settings:
            return []
        ticked = self.view.settings_page.settings()
        return [ticked] if ticked != self._server_settings else []

    def restore_form(self, form: list[Setting]) -> None:
        self._held_settings = form  # ticked again once the server's settings are read

    def drop_form(self, form: list[Setting]) -> None:
        pass  # only values: the page shows the next user's settings

    def forget(self) -> None:
        """The session ends: answers on their way are dropped, the centre empties, and edits given back to the
        user who left are never ticked over the next one's settings."""
        self.runner.forget()
        self._held_settings = None
        self._server_settings = []
        if self.confirm_box is not None:
            self.confirm_box.close()
            self.confirm_box = None
        if self.view is not None:
            self.view.reset()
        self._tray().set_unread(0)
        self.unreadChanged.emit(0)
