"""File › Settings: server address, update interval, language, theme, desktop notifications, the data
folder, and "Clear local data" behind a confirmation that lists what goes and what stays.

The dialog only shows and checks values: `accepted_values()` gives them to the flow that applies them
(`flows/settings.py`), and `clearRequested` asks that flow to clear the local data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.server_address import DEMO, ServerAddressError, check_server_url
from windtre_desktop.preferences import SYNC_CHOICES_S, Preferences


class SettingsDialog(QDialog):
    clearRequested = Signal()
    moveRequested = Signal(str)  # the folder the data should move to at the next start

    def __init__(self, preferences: Preferences, server: str, data_folder: str, logs_folder: str,
                 parent: QWidget | None = None, *, movable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._data_folder, self._logs_folder = data_folder, logs_folder
        self.server = QLineEdit(self)
        self.server.setPlaceholderText("https://selfcare.example.com")
        self.demo = QCheckBox(self.tr("Use the demo (the embedded test server)"), self)
        self.demo.toggled.connect(lambda on: self.server.setEnabled(not on))
        self.demo.setChecked(server == DEMO)
        self.server.setText("" if server == DEMO else server)
        self.server_error = QLabel(self)
        self.server_error.setObjectName("errorText")
        self.server_error.setWordWrap(True)
        self.server_error.hide()
        self.interval = QComboBox(self)
        self.interval.addItem(self.tr("Default (as started)"), None)
        for seconds in SYNC_CHOICES_S:
            minutes = seconds // 60
            label = (self.tr("Every %1 minutes").replace("%1", str(minutes)) if minutes < 60
                     else self.tr("Every %1 hours").replace("%1", str(minutes // 60)) if minutes > 60
                     else self.tr("Every hour"))
            self.interval.addItem(label, seconds)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), None)
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        language_note = QLabel(self.tr("A new language applies at the next start."), self)
        language_note.setObjectName("hint")
        self.theme = QComboBox(self)
        for value, label in (("auto", self.tr("Follow the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.notifications = QCheckBox(self.tr("Show desktop notifications"), self)
        notifications_note = QLabel(self.tr("Which kinds are shown is chosen in Notifications › Manage notifications."), self)
        notifications_note.setObjectName("hint")
        folder = QLabel(data_folder, self)
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("&Open folder"), self)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(data_folder)))
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.move_button.setEnabled(movable)
        self.move_button.clicked.connect(self._choose_folder)
        self.folder_note = QLabel(
            self.tr("Move… copies the data to another folder when the app starts again, then removes it here.")
            if movable else self.tr("This start uses the folder given with --data-dir."), self)
        self.folder_note.setObjectName("hint")
        self.folder_note.setWordWrap(True)
        self.move_error = QLabel(self)
        self.move_error.setObjectName("errorText")
        self.move_error.setWordWrap(True)
        self.move_error.hide()
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)
        folder_row.addWidget(self.move_button)
        self.clear_button = QPushButton(self.tr("&Clear local data…"), self)
        self.clear_button.clicked.connect(self._confirm_clear)
        self.clear_note = QLabel(self.tr("Sign out first: the data of a signed-in account is in use."), self)
        self.clear_note.setObjectName("hint")
        self.clear_note.setWordWrap(True)
        self.clear_note.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Server address:"), self.server)
        form.addRow("", self.demo)
        form.addRow("", self.server_error)
        form.addRow(self.tr("&Update data:"), self.interval)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Notifications:"), self.notifications)
        form.addRow("", notifications_note)
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow("", self.folder_note)
        form.addRow("", self.move_error)
        form.addRow(self.tr("Local data:"), self.clear_button)
        form.addRow("", self.clear_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._select(self.interval, preferences.sync_interval_s)
        self._select(self.language, preferences.language)
        self._select(self.theme, preferences.theme)
        self.notifications.setChecked(preferences.desktop_notifications)

    def _choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, self.tr("Move the data to"), self._data_folder)
        if chosen:
            self.moveRequested.emit(chosen)

    def show_pending_move(self, folder: str) -> None:
        """The move is asked for: say where the data goes, and when."""
        self.move_error.hide()
        if folder:
            self.folder_note.setText(self.tr("At the next start the data moves to %1.").replace("%1", folder))

    def show_move_failed(self, reason: str) -> None:
        """The last move, or the folder chosen before, could not be used: the data stayed where it was."""
        self.move_error.setText(self.tr("Data folder: the data could not be moved or found, and stayed in the "
                                        "folder above (%1).").replace("%1", reason))
        self.move_error.show()

    def show_move_refused(self, rule: str) -> None:
        """A folder the data may not move to, the rule named (data_location's codes)."""
        reasons = {
            "same": self.tr("the data is already there."),
            "inside": self.tr("choose a folder outside the current data folder."),
            "holds": self.tr("choose a folder that does not contain the current data folder."),
            "not_empty": self.tr("choose an empty folder."),
            "not_writable": self.tr("this app cannot write there."),
        }
        self.move_error.setText(self.tr("Data folder: %1").replace("%1", reasons.get(rule, rule)))
        self.move_error.show()

    def allow_clear(self, allowed: bool) -> None:
        """Clearing waits until nobody is signed in; the note under the button says so."""
        self.clear_button.setEnabled(allowed)
        self.clear_note.setVisible(not allowed)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def preferences(self) -> Preferences:
        return Preferences(sync_interval_s=self.interval.currentData(), language=self.language.currentData(),
                           theme=self.theme.currentData(), desktop_notifications=self.notifications.isChecked())

    def chosen_server(self) -> str:
        """DEMO or the checked address; ServerAddressError when the address may not be used."""
        return DEMO if self.demo.isChecked() else check_server_url(self.server.text())

    def accept(self) -> None:
        try:
            self.chosen_server()
        except ServerAddressError as error:
            self.server_error.setText(self.tr("Server address: %1").replace("%1", error.message.render(QCoreApplication.translate)))
            self.server_error.show()
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # room for the wrapped text
            self.server.setFocus()
            return
        super().accept()

    def clear_confirmation_text(self) -> str:
        return self.tr(
            "Clear local data?\n\n"
            "Removed from this computer:\n"
            "• the cached data of every account used here (lines, invoices, traffic, notifications);\n"
            "• the downloaded invoices (PDF and XML);\n"
            "• ticket drafts and tickets not sent yet, with their attachments;\n"
            "• the list of accounts used here, the server chosen last, and the saved sign-ins in the "
            "system keychain;\n"
            "• the logs and the error reports.\n\n"
            "Kept: these settings. Nothing is removed from your WINDTRE account; the next sign-in "
            "downloads the data again.")

    def _confirm_clear(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Clear local data"), self.clear_confirmation_text(),
                          QMessageBox.StandardButton.Cancel, self)
        remove = box.addButton(self.tr("Clear the data"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation = box
        box.finished.connect(lambda _r: box.clickedButton() is remove and self.clearRequested.emit())
        box.open()
