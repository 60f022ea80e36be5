"""File › Settings: opens the dialog with the saved preferences and applies what is chosen — the
theme and the update interval at once, desktop notifications through the controller, the language at
the next start, the server at once when nobody is signed in (else at the next sign-in page) — and
clears the local data when asked (only while signed out: no store is open then)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from windtre_desktop import data_location
from windtre_desktop import preferences as prefs
from windtre_desktop.domain.server_address import DEMO
from windtre_desktop.store import local_data

if TYPE_CHECKING:
    from windtre_desktop.flows.controller import AppController
    from windtre_desktop.flows.servers import ServerSetup
    from windtre_desktop.views.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class SettingsFlow(QObject):
    cleared = Signal()

    def __init__(self, controller: AppController, servers: ServerSetup, default_interval_s: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.servers = servers
        self.default_interval_s = default_interval_s
        self.settings = prefs.settings_file(controller.paths.data_dir)
        self.dialog: SettingsDialog | None = None
        controller.window.settingsRequested.connect(self.open)

    def open(self) -> SettingsDialog:
        from windtre_desktop.views.settings_dialog import SettingsDialog

        paths = self.controller.paths
        server = self.controller.profile_key if self.controller.profile_key == DEMO else self.controller.server_url
        dialog = SettingsDialog(prefs.load(self.settings), server, str(paths.data_dir), str(paths.log_dir),
                                self.controller.window, movable=paths.pointer is not None)
        dialog.allow_clear(self.controller.session is None)
        dialog.accepted.connect(lambda: self.apply(dialog))
        dialog.clearRequested.connect(lambda: self.clear(dialog))
        dialog.moveRequested.connect(lambda folder: self.move_data(dialog, folder))
        if paths.pointer is not None:
            location = data_location.read(paths.pointer)
            dialog.show_pending_move(str(location.pending) if location.pending else "")
            if location.last_error:
                dialog.show_move_failed(location.last_error)
        self.dialog = dialog
        dialog.open()
        return dialog

    def move_data(self, dialog: SettingsDialog, folder: str) -> None:
        """Ask for the data folder to move at the next start (Settings › Data folder › Move…)."""
        pointer = self.controller.paths.pointer
        if pointer is None:
            return
        try:
            data_location.request_move(pointer, self.controller.paths.data_dir, Path(folder))
        except data_location.MoveRefused as refused:
            dialog.show_move_refused(refused.rule)
            return
        except OSError as error:
            log.warning("could not keep the data folder's new place: %s", error)
            dialog.show_move_refused("not_writable")
            return
        dialog.show_pending_move(folder)

    def apply(self, dialog: SettingsDialog) -> None:
        chosen = dialog.preferences()
        prefs.save(self.settings, chosen)
        from windtre_desktop.widgets import theme

        app = QApplication.instance()
        theme.apply(app, chosen.theme)
        self.controller.set_sync_interval(chosen.sync_interval_s or self.default_interval_s)
        self.controller.set_desktop_notifications(chosen.desktop_notifications)
        server = dialog.chosen_server()
        current = self.controller.profile_key if self.controller.profile_key == DEMO else self.controller.server_url
        if server != current:
            if self.controller.session is None:
                self.servers.choose(server)
            else:
                self.servers.remembered.save(server)
                self.controller.window.notice_banner.show_message(
                    self.tr("The new server is used after you sign out, or at the next start."), "info")

    def clear(self, dialog: SettingsDialog | None = None) -> list:
        """Removes the local data (see store/local_data.py) and the saved sign-ins from the keychain."""
        if self.controller.session is not None:
            return []
        from windtre_desktop.secrets import TokenVault

        vault = TokenVault()
        for profile in self.controller.profiles.all_profiles():
            vault.delete(vault.account_key(profile.server, profile.username))
        left = local_data.remove(self.controller.paths)
        from windtre_desktop.logging_setup import setup_logging

        if any(getattr(h, "_windtre_desktop_handler", False) for h in logging.getLogger().handlers):
            setup_logging(self.controller.paths.log_dir)  # a new log file: the old one was removed
        log.info("local data cleared; %d item(s) could not be removed", len(left))
        parent = dialog or self.controller.window
        text = self.tr("Local data cleared.") if not left else self.tr(
            "Local data cleared, except a few files still in use: remove them after closing the app.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Clear local data"), text,
                          QMessageBox.StandardButton.Ok, parent)
        self.result_box = box
        box.open()
        self.cleared.emit()
        return left
