"""Prodotti → Dispositivi (R-51): the devices tied to the company's P.IVA (model, device ID, account, line,
instalments, maintenance and the interventions left), sortable by any column and filtered by text and by
maintenance type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from windtre_desktop.domain import server_labels
from windtre_desktop.domain.products import Device
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy

_Index = QModelIndex | QPersistentModelIndex
MAINTENANCE_COLUMN = 5


class DevicesModel(RowsModel):
    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(headers, parent)
        translate = QCoreApplication.translate
        self.instalments = server_labels.rendered(server_labels.INSTALMENTS, translate)
        self.maintenance = server_labels.rendered(server_labels.MAINTENANCE, translate)

    @property
    def devices(self) -> list[Device]:
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        device = self.devices[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(device, column)
        if role == SORT_ROLE:
            if column == 6:
                return device.interventions_left
            return self.text(device, column).casefold()
        if role == Qt.ItemDataRole.UserRole and column == MAINTENANCE_COLUMN:
            return device.maintenance
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, device: Device, column: int) -> str:
        if column == 0:
            return device.model
        if column == 1:
            return device.id
        if column == 2:
            return device.account_name
        if column == 3:
            return device.msisdn or "–"
        if column == 4:
            return self.instalments.get(device.instalment, device.instalment)
        if column == 5:
            return self.maintenance.get(device.maintenance, device.maintenance)
        return formatting.count(device.interventions_left)


class DevicesFilter(QSortFilterProxyModel):
    """Maintenance type and text, in one pass over plain values (a few thousand devices at most)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.code = ""
        self.wanted = ""

    def set_filter(self, code: str, text: str) -> None:
        self.beginFilterChange()
        self.code, self.wanted = code, text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, _parent) -> bool:  # noqa: N802 - Qt naming
        model = self.sourceModel()
        device = model.devices[row]
        if self.code and device.maintenance != self.code:
            return False
        return not self.wanted or any(self.wanted in model.text(device, c).casefold() for c in range(4))


class DevicesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DevicesModel([self.tr("Model"), self.tr("Device ID"), self.tr("Account"), self.tr("Line"),
                                   self.tr("Instalments"), self.tr("Maintenance"), self.tr("Interventions left")],
                                  self)
        self.proxy = sorting_proxy(self.model, self, DevicesFilter(self))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search model, device ID, account or line"))
        self.search.setAccessibleName(self.tr("Search devices"))
        with_clear_button(self.search)
        self.search.textChanged.connect(self._filter)
        self.maintenance = QComboBox(self)
        self.maintenance.setAccessibleName(self.tr("Maintenance"))
        self.maintenance.addItem(self.tr("Any maintenance"), "")
        for code, label in self.model.maintenance.items():
            self.maintenance.addItem(label, code)
        self.maintenance.currentIndexChanged.connect(lambda _i: self._filter(self.search.text()))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.table = read_only_table(self, self.tr("Devices"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.maintenance)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._update_count()

    def set_devices(self, devices: Sequence[Device]) -> None:
        self.model.set_rows(devices)
        self._update_count()

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def reset(self) -> None:
        """Another session: none of the last one's devices left in the widgets."""
        self.model.set_rows([])
        self.search.clear()
        self.status.clear()
        self._update_count()

    def shown_devices(self) -> list[Device]:
        return [self.model.devices[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                for r in range(self.proxy.rowCount())]

    def _filter(self, text: str) -> None:
        self.proxy.set_filter(self.maintenance.currentData() or "", text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 devices").replace("%1", formatting.count(total)) if shown == total else \
            self.tr("%1 of %2 devices").replace("%1", formatting.count(shown)).replace("%2", formatting.count(total))
        self.count_label.setText(text)
