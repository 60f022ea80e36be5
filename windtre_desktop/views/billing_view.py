"""Conto → Fatture (R-40, R-42): the last 24 months of invoices, device invoices included, filtered by
billing account, kind and period; due and overdue marked; the electronic invoice of any of them opened
in the FatturaPA viewer. Says where the fiscal invoice goes (PEC or Codice Destinatario, R-42)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.widgets import formatting

Runner = Callable[..., int]
PERIODS = (3, 6, 12, 24)  # months


class InvoicesModel(QAbstractTableModel):
    COLUMNS = ("number", "account", "kind", "issueDate", "dueDate", "amount", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.invoices: list[dict] = []
        self._headers = (self.tr("Number"), self.tr("Billing account"), self.tr("Kind"), self.tr("Issued"),
                         self.tr("Due"), self.tr("Amount"), self.tr("Status"))

    def set_invoices(self, invoices: list[dict]) -> None:
        self.beginResetModel()
        self.invoices = list(invoices)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.invoices)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        invoice = self.invoices[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return invoice.get("number", "")
            if column == "account":
                return invoice.get("billingAccountId", "")
            if column == "kind":
                return self.tr("device") if invoice.get("kind") == "device" else self.tr("service")
            if column in ("issueDate", "dueDate"):
                return invoice.get(column, "")
            if column == "amount":
                return formatting.euro(int(invoice.get("amountCents") or 0))
            return {"paid": self.tr("paid"), "due": self.tr("due"), "overdue": self.tr("OVERDUE")}.get(
                invoice.get("status"), invoice.get("status", ""))
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            if invoice.get("status") == "overdue":
                return QColor("#c62828")
            if invoice.get("status") == "due":
                return QColor("#e65100")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return invoice
        return None


class InvoiceFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.account = ""
        self.kind = ""
        self.since = ""

    def set_filters(self, account: str, kind: str, months: int, today: date | None = None) -> None:
        self.beginFilterChange()
        self.account, self.kind = account, kind
        self.since = ((today or date.today()) - timedelta(days=31 * months)).isoformat()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, _parent) -> bool:  # noqa: N802
        invoice = self.sourceModel().invoices[row]
        return ((not self.account or invoice.get("billingAccountId") == self.account)
                and (not self.kind or invoice.get("kind") == self.kind)
                and str(invoice.get("issueDate", "")) >= self.since)


class BillingView(QWidget):
    fatturapaReady = Signal(bytes, str)  # the electronic invoice to show, its file name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run: Runner | None = None
        heading = QLabel(self.tr("Billing · Invoices"), self)
        heading.setObjectName("viewTitle")
        self.fiscal_notice = QLabel(self)
        self.fiscal_notice.setWordWrap(True)
        self.fiscal_notice.setObjectName("hint")
        self.account = QComboBox(self)
        self.account.setAccessibleName(self.tr("Billing account"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All invoices"), "")
        self.kind.addItem(self.tr("Services"), "service")
        self.kind.addItem(self.tr("Devices"), "device")
        self.period = QComboBox(self)
        for months in PERIODS:
            self.period.addItem(self.tr("Last %1 months").replace("%1", str(months)), months)
        self.period.setCurrentIndex(len(PERIODS) - 1)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.open_button = QPushButton(self.tr("Open the electronic invoice"), self)
        self.status = QLabel(self)
        self.model = InvoicesModel(self)
        self.proxy = InvoiceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        filters = QHBoxLayout()
        for widget in (self.account, self.kind, self.period, self.refresh_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(heading)
        layout.addWidget(self.fiscal_notice)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        for combo in (self.account, self.kind, self.period):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.refresh_button.clicked.connect(self.reload)
        self.open_button.clicked.connect(self.open_selected)
        self.set_company(None)

    def set_runner(self, run: Runner) -> None:
        self._run = run

    def set_company(self, company) -> None:
        """R-42: PDFs have no fiscal value; the fiscal invoice goes through SDI to the PEC or the CID."""
        pec = getattr(company, "pec", "") or "–"
        sdi = getattr(company, "sdi_code", "") or "–"
        self.fiscal_notice.setText(self.tr(
            "The PDF invoices have no fiscal value: the fiscal invoice is the electronic one (FatturaPA) "
            "delivered through the Sistema di Interscambio to the company's PEC (%1) or Codice Destinatario (%2).")
            .replace("%1", pec).replace("%2", sdi))
        chosen = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("All billing accounts"), "")
        for account in getattr(company, "billing_accounts", ()) or ():
            self.account.addItem(f"{account.id} · {account.name}", account.id)
        self.account.setCurrentIndex(max(self.account.findData(chosen), 0))  # a sync keeps the user's choice
        self.account.blockSignals(False)

    def reload(self) -> None:
        if self._run is not None:
            self.status.setText(self.tr("Loading the invoices…"))
            self._run("invoices", {}, self.set_invoices, self._failed)

    def set_invoices(self, invoices) -> None:
        self.model.set_invoices(invoices or [])
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.account.currentData() or "", self.kind.currentData() or "",
                               int(self.period.currentData() or 24))
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for invoice in self.model.invoices if invoice.get("status") == "overdue")
        text = self.tr("%1 of %2 invoices").replace("%1", str(shown)).replace("%2", str(total))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.status.setText(text)

    def selected(self) -> dict | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def open_selected(self) -> None:
        invoice = self.selected()
        if invoice is None or self._run is None:
            return
        self._run("invoice_fatturapa", {"id": invoice["id"]},
                  lambda result: self.fatturapaReady.emit(result["data"], result["filename"]), self._failed)

    def _failed(self, failure) -> None:
        self.status.setText(failure.message or self.tr("The invoices cannot be loaded now. Try again later."))
