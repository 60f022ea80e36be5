"""Conto → Fatture (R-40…R-42): the last 24 months of invoices, device invoices included, filtered by
billing account, kind, period and amount; due and overdue marked; downloaded / not downloaded shown. One,
several or all invoices are downloaded into the archive with progress, cancel and resume; an invoice's PDF,
electronic invoice and call detail are opened, and the PDF shared by e-mail. Says where the fiscal invoice
goes (PEC or Codice Destinatario, R-42). The work itself is done by whoever listens to the signals."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme

PERIODS = (3, 6, 12, 24)  # months
DOWNLOAD_KINDS = ("pdf", "fatturapa")  # what makes an invoice "downloaded"


class InvoicesModel(QAbstractTableModel):
    COLUMNS = ("number", "account", "kind", "issueDate", "dueDate", "amount", "status", "archive")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.invoices: list[dict] = []
        self.downloaded: dict[str, set[str]] = {}
        self._headers = (self.tr("Number"), self.tr("Billing account"), self.tr("Kind"), self.tr("Issued"),
                         self.tr("Due"), self.tr("Amount"), self.tr("Status"), self.tr("Archive"))

    def set_invoices(self, invoices: list[dict]) -> None:
        self.beginResetModel()
        self.invoices = list(invoices)
        self.endResetModel()

    def set_downloaded(self, downloaded: dict[str, set[str]]) -> None:
        self.downloaded = {key: set(kinds) for key, kinds in downloaded.items()}
        self._archive_changed()

    def mark(self, invoice_id: str, kind: str, present: bool = True) -> None:
        kinds = self.downloaded.setdefault(invoice_id, set())
        (kinds.add if present else kinds.discard)(kind)
        for row, invoice in enumerate(self.invoices):
            if invoice.get("id") == invoice_id:
                cell = self.index(row, self.COLUMNS.index("archive"))
                self.dataChanged.emit(cell, cell)
                return

    def _archive_changed(self) -> None:
        if self.invoices:
            column = self.COLUMNS.index("archive")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.invoices) - 1, column))

    def is_downloaded(self, invoice: dict) -> bool:
        return set(DOWNLOAD_KINDS) <= self.downloaded.get(invoice.get("id", ""), set())

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.invoices)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def _text(self, invoice: dict, column: str) -> str:
        if column == "number":
            return invoice.get("number", "")
        if column == "account":
            return invoice.get("billingAccountId", "")
        if column == "kind":
            return server_labels.shown(server_labels.INVOICE_KINDS, invoice.get("kind"), "",
                                       QCoreApplication.translate)
        if column in ("issueDate", "dueDate"):
            return formatting.day(invoice.get(column, ""))
        if column == "amount":
            return formatting.euro(int(invoice.get("amountCents") or 0))
        if column == "archive":
            if self.is_downloaded(invoice):
                return self.tr("Downloaded")
            if self.downloaded.get(invoice.get("id", "")):
                return self.tr("Partly downloaded")
            return self.tr("Not downloaded")
        return server_labels.shown(server_labels.INVOICE_STATUSES, invoice.get("status"), "",
                                   QCoreApplication.translate)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        invoice = self.invoices[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(invoice, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "status" and invoice.get("status") == "overdue":
                return theme.tone("error")
            if column == "status" and invoice.get("status") == "due":
                return theme.tone("warning")
            if column == "archive" and self.is_downloaded(invoice):
                return theme.tone("ok")
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
        self.min_cents = 0
        self.max_cents = 0  # 0: no upper limit
        self.only_downloaded = False

    def set_filters(self, account: str, kind: str, months: int, today: date | None = None, *,
                    min_cents: int = 0, max_cents: int = 0, only_downloaded: bool = False) -> None:
        self.beginFilterChange()
        self.account, self.kind = account, kind
        self.since = ((today or date.today()) - timedelta(days=31 * months)).isoformat()
        self.min_cents, self.max_cents, self.only_downloaded = min_cents, max_cents, only_downloaded
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, _parent) -> bool:  # noqa: N802
        model = self.sourceModel()
        invoice = model.invoices[row]
        amount = int(invoice.get("amountCents") or 0)
        return ((not self.account or invoice.get("billingAccountId") == self.account)
                and (not self.kind or invoice.get("kind") == self.kind)
                and str(invoice.get("issueDate", "")) >= self.since
                and amount >= self.min_cents and (not self.max_cents or amount <= self.max_cents)
                and (not self.only_downloaded or model.is_downloaded(invoice)))


class BillingView(QWidget):
    reloadRequested = Signal()
    downloadRequested = Signal(list)  # invoices (dicts) to download
    resumeRequested = Signal()
    cancelRequested = Signal()
    openPdfRequested = Signal(dict)
    openFatturapaRequested = Signal(dict)
    callDetailRequested = Signal(dict)
    shareRequested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Billing · Invoices"), self)
        heading.setObjectName("viewTitle")
        self.fiscal_notice = QLabel(self)
        self.fiscal_notice.setWordWrap(True)
        self.fiscal_notice.setObjectName("hint")
        self.offline_notice = QLabel(self)
        self.offline_notice.setWordWrap(True)
        self.offline_notice.hide()
        self.account = QComboBox(self)
        self.account.setAccessibleName(self.tr("Billing account"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("All invoices"), "")
        for code in ("service", "device"):
            self.kind.addItem(server_labels.shown(server_labels.INVOICE_KINDS, code, "", QCoreApplication.translate),
                              code)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for months in PERIODS:
            self.period.addItem(self.tr("Last %1 months").replace("%1", str(months)), months)
        self.period.setCurrentIndex(len(PERIODS) - 1)
        self.min_amount = self._amount_box(self.tr("Amount from"))
        self.max_amount = self._amount_box(self.tr("Amount up to"))
        self.max_amount.setSpecialValueText(self.tr("any"))
        self.only_downloaded = QCheckBox(self.tr("Downloaded only"), self)

        self.download_button = QPushButton(self.tr("Download selected"), self)
        self.download_all_button = QPushButton(self.tr("Download all"), self)
        self.resume_button = QPushButton(self)
        self.resume_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel download"), self)
        self.cancel_button.hide()
        self.busy = False  # a download is running
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()
        self.open_pdf_button = QPushButton(self.tr("Open PDF"), self)
        self.open_button = QPushButton(self.tr("Open the electronic invoice"), self)
        self.more_button = QPushButton(self.tr("More"), self)
        more = QMenu(self.more_button)
        self.call_detail_action = more.addAction(self.tr("Call detail"))
        self.share_action = more.addAction(self.tr("Share by e-mail…"))
        self.more_button.setMenu(more)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")

        self.model = InvoicesModel(self)
        self.proxy = InvoiceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Invoices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        # sized to the contents once per listing, not live: live sizing re-measures every cell at each change
        # of one (each downloaded file), which made "Scarica tutto" stall the GUI thread
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._ask(self.openPdfRequested))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        for combo in (self.account, self.kind, self.period):  # the accounts arrive after the first show
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        amount_label = QLabel(self.tr("Amount"), self)
        amount_label.setBuddy(self.min_amount)
        filters = QHBoxLayout()
        for widget in (self.account, self.kind, self.period, amount_label, self.min_amount, QLabel("–", self),
                       self.max_amount, self.only_downloaded):
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.download_button, self.download_all_button, self.resume_button, self.cancel_button):
            actions.addWidget(widget)
        actions.addWidget(self.progress, 1)
        actions.addStretch(0)
        for widget in (self.open_pdf_button, self.open_button, self.more_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(heading)
        layout.addWidget(self.fiscal_notice)
        layout.addWidget(self.offline_notice)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.summary)
        layout.addLayout(footer)

        for combo in (self.account, self.kind, self.period):
            combo.currentIndexChanged.connect(self._apply_filters)
        for box in (self.min_amount, self.max_amount):
            box.valueChanged.connect(self._apply_filters)
        self.only_downloaded.toggled.connect(self._apply_filters)
        self.download_button.clicked.connect(self.download_selected)
        self.download_all_button.clicked.connect(self.download_all)
        self.resume_button.clicked.connect(self.resumeRequested)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.open_pdf_button.clicked.connect(lambda: self._ask(self.openPdfRequested))
        self.open_button.clicked.connect(lambda: self._ask(self.openFatturapaRequested))
        self.call_detail_action.triggered.connect(lambda: self._ask(self.callDetailRequested))
        self.share_action.triggered.connect(lambda: self._ask(self.shareRequested))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.set_company(None)
        self._update_actions()

    def _amount_box(self, label: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setAccessibleName(label)
        box.setToolTip(label)
        # the words are in the "Amount" label before the pair, so the filter row fits; the euro sits where
        # the language writes it
        before, after = formatting.money_affixes()
        box.setPrefix(before)
        box.setSuffix(after)
        box.setRange(0, 1_000_000)
        box.setDecimals(0)
        box.setSingleStep(10)
        return box

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

    # --- what the listener tells the view ---

    def reload(self) -> None:
        self.status.setText(self.tr("Loading the invoices…"))
        self.reloadRequested.emit()

    def set_invoices(self, invoices, downloaded: dict[str, set[str]] | None = None) -> None:
        self.model.set_invoices(invoices or [])
        if self.status.text() == self.tr("Loading the invoices…"):
            self.status.clear()
        if downloaded is not None:
            self.model.set_downloaded(downloaded)
        self._apply_filters()
        self.table.resizeColumnsToContents()

    def set_offline(self, saved_at: str | None) -> None:
        """The list shown is the one kept from `saved_at`, the server being out of reach (None: online)."""
        if saved_at is None:
            self.offline_notice.hide()
            return
        self.offline_notice.setText(self.tr(
            "Offline: the list is the one saved on %1. Downloaded invoices open as usual; the others need "
            "the connection.").replace("%1", formatting.timestamp(saved_at)))
        self.offline_notice.show()

    def mark_downloaded(self, invoice_id: str, kind: str, present: bool = True) -> None:
        self.model.mark(invoice_id, kind, present)
        if self.only_downloaded.isChecked():
            self._apply_filters()
        else:
            self._update_summary()

    def set_resumable(self, files: int) -> None:
        self.resume_button.setText(self.tr("Resume download (%1 files)").replace("%1", str(files)))
        self.resume_button.setVisible(files > 0 and not self.busy)

    def download_started(self, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m files"))
        self.busy = True
        self.progress.show()
        self.cancel_button.show()
        self.resume_button.hide()
        self._update_actions()

    def download_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def download_finished(self, message: str, remaining: int) -> None:
        self.busy = False
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(message)
        self.set_resumable(remaining)
        self._update_actions()

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    # --- selection ---

    def selected(self) -> dict | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def selected_invoices(self) -> list[dict]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]

    def shown_invoices(self) -> list[dict]:
        return [self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(self.proxy.rowCount())]

    def download_selected(self) -> None:
        chosen = self.selected_invoices()
        if chosen:
            self.downloadRequested.emit(chosen)

    def download_all(self) -> None:
        """Every invoice the filters show (all 24 months with the default filters)."""
        shown = self.shown_invoices()
        if shown:
            self.downloadRequested.emit(shown)

    def _ask(self, signal) -> None:
        invoice = self.selected()
        if invoice is not None:
            signal.emit(invoice)

    def _context_menu(self, position) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open PDF"), lambda: self._ask(self.openPdfRequested))
        menu.addAction(self.tr("Open the electronic invoice"), lambda: self._ask(self.openFatturapaRequested))
        detail = menu.addAction(self.tr("Call detail"), lambda: self._ask(self.callDetailRequested))
        detail.setEnabled(bool(self.selected().get("hasCallDetail")))
        menu.addAction(self.tr("Download selected"), self.download_selected)
        menu.addAction(self.tr("Share by e-mail…"), lambda: self._ask(self.shareRequested))
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _update_actions(self) -> None:
        invoice = self.selected()
        chosen = invoice is not None
        busy = self.busy
        for widget in (self.open_pdf_button, self.open_button, self.more_button):
            widget.setEnabled(chosen)
        self.download_button.setEnabled(chosen and not busy)
        self.download_all_button.setEnabled(not busy and self.proxy.rowCount() > 0)
        self.call_detail_action.setEnabled(chosen and bool(invoice.get("hasCallDetail")))

    def _apply_filters(self) -> None:
        max_cents = int(self.max_amount.value() * 100)
        self.proxy.set_filters(self.account.currentData() or "", self.kind.currentData() or "",
                               int(self.period.currentData() or 24), min_cents=int(self.min_amount.value() * 100),
                               max_cents=max_cents, only_downloaded=self.only_downloaded.isChecked())
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for invoice in self.model.invoices if invoice.get("status") == "overdue")
        downloaded = sum(1 for invoice in self.model.invoices if self.model.is_downloaded(invoice))
        count = formatting.count
        text = self.tr("%1 of %2 invoices").replace("%1", count(shown)).replace("%2", count(total))
        # invoices, not files: the download messages count files (a PDF and an electronic invoice each)
        text += " · " + self.tr("%1 invoices downloaded", "", downloaded).replace("%1", count(downloaded))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", count(overdue))
        self.summary.setText(text)
