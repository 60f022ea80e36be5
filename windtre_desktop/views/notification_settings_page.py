"""Gestione Notifiche (R-80): the six types, each on/off with its channels as checkboxes (only the available
ones can be ticked), and the app's own desktop-notification switch per kind. Save checks the rule first (an
enabled type needs a channel) and names the type; nothing is sent while a problem is shown, nothing typed is
lost on a refusal. `saveRequested(settings, desktop)` carries the domain Settings and the desktop switches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.notifications import (
    AVAILABLE_CHANNELS,
    KINDS,
    SETTING_TYPES,
    Setting,
    settings_problems,
)

CHANNELS = ("sms", "email")


class NotificationSettingsPage(QWidget):
    saveRequested = Signal(object, object)  # list[Setting], dict[str, bool]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        headers = (self.tr("Notification"), self.tr("On"), self.tr("SMS"), self.tr("Email"), self.tr("Desktop"))
        self.server_rows: list[QWidget] = []  # the company's settings: hidden for a Dipendente
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(label, 0, column)
            if column in (1, 2, 3):
                self.server_rows.append(label)
        self.enabled: dict[str, QCheckBox] = {}
        self.channels: dict[tuple[str, str], QCheckBox] = {}
        self.desktop: dict[str, QCheckBox] = {}
        for row, kind in enumerate(KINDS, start=1):
            name = QLabel(sl.NOTIFICATION_KINDS[kind].render(QCoreApplication.translate), self)
            grid.addWidget(name, row, 0)
            if kind in SETTING_TYPES:
                on = QCheckBox(self)
                on.setAccessibleName(self.tr("%1: on").replace("%1", name.text()))
                on.toggled.connect(lambda _=False, k=kind: self._update_row(k))
                self.enabled[kind] = on
                grid.addWidget(on, row, 1)
                for column, channel in enumerate(CHANNELS, start=2):
                    box = QCheckBox(self)
                    box.setAccessibleName(f"{name.text()}: {sl.NOTIFICATION_CHANNELS[channel].render(QCoreApplication.translate)}")
                    self.channels[(kind, channel)] = box
                    grid.addWidget(box, row, column)
                self.server_rows += [on, *(self.channels[(kind, c)] for c in CHANNELS)]
            else:
                always = QLabel(self.tr("always on"), self)
                grid.addWidget(always, row, 1, 1, 3)
                self.server_rows.append(always)
            desktop = QCheckBox(self)
            desktop.setAccessibleName(self.tr("%1: desktop").replace("%1", name.text()))
            desktop.setChecked(True)
            self.desktop[kind] = desktop
            grid.addWidget(desktop, row, 4)
        grid.setColumnStretch(5, 1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.reset()
        self.set_company_settings(True)

    def reset(self) -> None:
        """The company's settings as a new page shows them (every kind on every channel), not to be changed until
        the server's are read: the session that ended takes its own with it."""
        self._available: dict[str, tuple[str, ...]] = dict(AVAILABLE_CHANNELS)
        self.set_settings([Setting(k, True, AVAILABLE_CHANNELS[k], AVAILABLE_CHANNELS[k]) for k in SETTING_TYPES])
        self.set_server_enabled(False)

    def set_company_settings(self, shown: bool) -> None:
        """A User Admin or Telco Manager sets what the company receives (R-80) and this app's pop-ups; a
        Dipendente only the pop-ups, which are this computer's own."""
        self._company = shown
        for widget in self.server_rows:
            widget.setVisible(shown)
        self.intro.setText(self.tr("Choose which notifications the company receives and how. Ticket statuses "
                                   "are always sent. The desktop column is this app's own pop-up, on this "
                                   "computer.") if shown else
                           self.tr("Choose which notifications this app shows as a pop-up on this computer."))

    def set_server_enabled(self, enabled: bool) -> None:
        """The server's settings can be changed once they were read (a User Admin or Telco Manager)."""
        self._server_ready = enabled
        for widget in self.server_rows:
            widget.setEnabled(enabled)
        for kind in SETTING_TYPES:
            self._update_row(kind)

    def set_settings(self, settings: Sequence[Setting]) -> None:
        for setting in settings:
            if setting.type not in self.enabled:
                continue
            self._available[setting.type] = setting.available
            self.enabled[setting.type].setChecked(setting.enabled)
            for channel in CHANNELS:
                self.channels[(setting.type, channel)].setChecked(channel in setting.channels)
            self._update_row(setting.type)

    def set_desktop(self, switches: dict[str, bool]) -> None:
        for kind, on in switches.items():
            if kind in self.desktop:
                self.desktop[kind].setChecked(on)

    def _update_row(self, kind: str) -> None:
        ready = getattr(self, "_server_ready", False)
        available = getattr(self, "_available", AVAILABLE_CHANNELS).get(kind, ())
        for channel in CHANNELS:
            box = self.channels.get((kind, channel))
            if box is not None:
                box.setEnabled(ready and channel in available)
                if channel not in available:
                    box.setChecked(False)
                    box.setToolTip(self.tr("Not available for this notification"))

    def settings(self) -> list[Setting]:
        return [
            Setting(kind, self.enabled[kind].isChecked(),
                    tuple(c for c in CHANNELS if self.channels[(kind, c)].isChecked()), self._available[kind])
            for kind in SETTING_TYPES
        ]

    def desktop_switches(self) -> dict[str, bool]:
        return {kind: box.isChecked() for kind, box in self.desktop.items()}

    def save(self) -> None:
        settings = self.settings()
        if self._server_ready:
            problems = settings_problems(settings)
            if problems:
                self.show_message("\n".join(p.render(QCoreApplication.translate) for p in problems), error=True)
                return
        self.show_message(self.tr("Saving…"))
        self.saveRequested.emit(settings if self._server_ready else [], self.desktop_switches())

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def show_message(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft)
