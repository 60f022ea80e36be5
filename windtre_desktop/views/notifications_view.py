"""Notifiche: the company's notifications, newest first. Today the Giga Smart Share thresholds (R-82): a
package that reached 80 % or 100 % of its pooled Giga, and the SMS its referent received. A kind the app
does not know yet is listed with its code, never dropped. `reloadRequested` asks for the list again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from windtre_desktop.i18n import formatting


class NotificationsView(QWidget):
    reloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Notifications"), self)
        title.setObjectName("viewTitle")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No notifications yet."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        self.set_notifications([])

    def set_notifications(self, notifications: Sequence[Mapping[str, Any]]) -> None:
        self.list.clear()
        for notification in notifications:
            item = QListWidgetItem(self.text(notification), self.list)
            item.setData(Qt.ItemDataRole.UserRole, notification.get("id"))
        self.list.setVisible(bool(notifications))
        self.empty.setVisible(not notifications)

    def reset(self) -> None:
        self.set_notifications([])
        self.status.clear()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def text(self, notification: Mapping[str, Any]) -> str:
        when = formatting.timestamp(notification.get("at"))
        if notification.get("kind") == "gss_threshold":
            pooled = int(notification.get("pooledBytes") or 0)
            unit = formatting.data_unit(pooled)
            body = (self.tr("Giga Smart Share package %1 reached %2% of its Giga (%3 of %4 used). An SMS went to "
                            "the referent %5.")
                    .replace("%1", str(notification.get("packageId") or ""))
                    .replace("%2", formatting.count(int(notification.get("percent") or 0)))
                    .replace("%3", formatting.data_amount(int(notification.get("usedBytes") or 0), unit))
                    .replace("%4", formatting.data_amount(pooled, unit))
                    .replace("%5", str(notification.get("referentPhone") or "–")))
        else:
            body = str(notification.get("kind") or "")
        return f"{when} · {body}"
