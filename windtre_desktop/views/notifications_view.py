"""Notifiche: the notification centre (R-80…R-82) and, for a User Admin or Telco Manager, Gestione Notifiche.

"Centro notifiche" lists the events newest first (model/view: thousands cost one model), unread ones in bold
with a dot; a filter by kind and unread-only; "Mark all as read". Activating an entry marks it read and asks
to open what it is about (`openRequested(target kind, target id)`); a data-abroad 100 % entry offers "Unlock
data abroad" (R-81). A kind the app does not know yet is listed with its code, never dropped."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.notifications import KINDS, Notification
from windtre_desktop.i18n import formatting
from windtre_desktop.views.notification_settings_page import NotificationSettingsPage
from windtre_desktop.widgets.accessibility import name_tabs
from windtre_desktop.widgets.tables import RowsModel, read_only_table

UNREAD_DOT = "●"


class NotificationModel(RowsModel):
    """Rows: (Notification, when, type, text), computed once per reset."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        notification, *texts = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "" if notification.read else UNREAD_DOT
            return texts[column - 1]
        if role == Qt.ItemDataRole.FontRole and not notification.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return texts[2]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return QCoreApplication.translate("NotificationsView", "unread") if not notification.read else ""
        if role == Qt.ItemDataRole.UserRole:
            return notification
        return None


class NotificationsView(QWidget):
    reloadRequested = Signal()
    openRequested = Signal(str, str)  # target kind (line, invoice, package, ticket, activation…), its id
    readRequested = Signal(str)  # notification id
    allReadRequested = Signal()
    unlockRequested = Signal(object)  # Notification (a data-abroad 100 % event)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Notifications"), self)
        title.setObjectName("viewTitle")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        name_tabs(self.tabs, self.tr("Notification pages"))
        self.centre = QWidget(self.tabs)
        self.kind_filter = QComboBox(self.centre)
        self.kind_filter.setAccessibleName(self.tr("Kind"))
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind_filter.addItem(sl.NOTIFICATION_KINDS[kind].render(QCoreApplication.translate), kind)
        self.unread_only = QCheckBox(self.tr("Unread only"), self.centre)
        self.mark_all = QPushButton(self.tr("Mark all as read"), self.centre)
        self.unlock_button = QPushButton(self.tr("Unlock data abroad"), self.centre)
        self.unlock_button.setEnabled(False)
        self.model = NotificationModel(("", self.tr("When"), self.tr("Type"), self.tr("Details")), self)
        self.table = read_only_table(self.centre, self.tr("Notifications"))
        self.table.setSortingEnabled(False)  # newest first, as the server lists them
        self.table.setModel(self.model)
        self.empty = QLabel(self.tr("No notifications yet."), self.centre)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self.centre)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Kind"), self.centre))
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.unread_only)
        bar.addStretch(1)
        bar.addWidget(self.unlock_button)
        bar.addWidget(self.mark_all)
        centre = QVBoxLayout(self.centre)
        centre.setContentsMargins(0, 8, 0, 0)
        centre.addLayout(bar)
        centre.addWidget(self.table, 1)
        centre.addWidget(self.empty, 1)
        centre.addWidget(self.status)
        self.settings_page = NotificationSettingsPage(self.tabs)
        self.tabs.addTab(self.centre, self.tr("Notification centre"))
        self.tabs.addTab(self.settings_page, self.tr("Manage notifications"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self._all: list[Notification] = []
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.unread_only.toggled.connect(self._apply_filter)
        self.mark_all.clicked.connect(self.allReadRequested)
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.unlock_button.clicked.connect(self._unlock)
        self.set_manager(False)
        self.set_notifications([])

    # --- data ---

    def set_manager(self, manager: bool) -> None:
        """Managers set the company's notifications (R-80) and unlock data abroad (R-81); everyone chooses
        which kinds this app shows as desktop pop-ups."""
        self.settings_page.set_company_settings(manager)
        self.unlock_button.setVisible(manager)

    def set_notifications(self, notifications: Sequence[Notification | dict]) -> None:
        parsed: list[Notification] = []
        for item in notifications:
            found = item if isinstance(item, Notification) else Notification.from_json(item)
            if found is not None:
                parsed.append(found)
        self._all = parsed
        known = {self.kind_filter.itemData(i) for i in range(self.kind_filter.count())}
        for kind in sorted({n.kind for n in parsed} - known):  # an unknown kind: filterable by its code
            self.kind_filter.addItem(kind, kind)
        self._apply_filter()

    def _apply_filter(self) -> None:
        current = self.current()
        kind = self.kind_filter.currentData() or ""
        unread = self.unread_only.isChecked()
        rows = []
        for n in self._all:
            if (kind and n.kind != kind) or (unread and n.read):
                continue
            rows.append((n, formatting.timestamp(n.at), n.title().render(QCoreApplication.translate),
                         n.body(formatting).render(QCoreApplication.translate)))
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setText(self.tr("No notifications yet.") if not self._all
                           else self.tr("No notifications match the filter."))
        self.empty.setVisible(not rows)
        if current is not None:
            self.select(current.id)
        self._update_actions()

    def reset(self) -> None:
        self.set_notifications([])
        self.status.clear()
        self.settings_page.show_message("")
        self.settings_page.reset()

    # --- what is shown ---

    def texts(self) -> list[str]:
        return [f"{r[1]} · {r[3]}" for r in self.model.rows]

    def shown(self) -> list[Notification]:
        return [r[0] for r in self.model.rows]

    def current(self) -> Notification | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()][0] if index.isValid() and index.row() < len(self.model.rows) else None

    def select(self, notification_id: str) -> bool:
        for row, entry in enumerate(self.model.rows):
            if entry[0].id == notification_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    # --- actions ---

    def _update_actions(self) -> None:
        current = self.current()
        self.unlock_button.setEnabled(current is not None and current.roaming_blocked)
        self.mark_all.setEnabled(any(not n.read for n in self._all))

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        notification: Notification = self.model.rows[index.row()][0]
        if not notification.read:
            self.readRequested.emit(notification.id)
        what, target = notification.target
        if what:
            self.openRequested.emit(what, target)

    def _unlock(self) -> None:
        current = self.current()
        if current is not None and current.roaming_blocked:
            self.unlockRequested.emit(current)
