"""The app's tray icon (a QSystemTrayIcon wrapper): icon, a tooltip with the unread count, desktop messages;
clicking a message or the icon asks for the window (`openRequested`). Without a system tray it degrades
quietly: nothing is shown, nothing fails. `shown` keeps what it was asked to show (title, text), in order."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from windtre_desktop.i18n import formatting


class Tray(QObject):
    openRequested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: list[tuple[str, str]] = []
        self.unread = 0
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.messageClicked.connect(self.openRequested)
            self.icon.activated.connect(self._on_activated)
            self.icon.show()
        self.set_unread(0)

    @property
    def available(self) -> bool:
        return self.icon is not None

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()

    def set_unread(self, count: int) -> None:
        self.unread = count
        tip = "WINDTRE Business"
        if count:
            tip = self.tr("WINDTRE Business: %1 unread notification(s)", "", count).replace(
                "%1", formatting.count(count))
        if self.icon is not None:
            self.icon.setToolTip(tip)

    def tell(self, messages: list[tuple[str, str]], banner=None) -> None:  # noqa: ANN001 - widgets.banner.Banner
        """Each (title, text) as a desktop message; where the system has no tray, `banner` (the window's) says
        the first of them instead, so nothing meant for the desktop goes unseen."""
        for title, text in messages:
            self.show_message(title, text)
        if messages and not self.available and banner is not None:
            banner.show_message(f"{messages[0][0]}: {messages[0][1]}", "info")

    def show_message(self, title: str, text: str) -> None:
        self.shown.append((title, text))
        if self.icon is not None:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
