"""The "Conto" section: invoices and the recharge history of the lines, as two tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from windtre_desktop.views.billing_view import BillingView
from windtre_desktop.widgets.accessibility import name_tabs


class BillingSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        name_tabs(self.tabs, self.tr("Billing pages"))
        self.invoices = BillingView(self.tabs)
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        self.recharges = None  # built on first visit of its tab
        self._recharges_page = QWidget(self.tabs)
        self.tabs.addTab(self._recharges_page, self.tr("Recharge history"))
        self.tabs.currentChanged.connect(self._on_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.on_recharges_created = None  # callback(RechargesView), set by the controller

    def show_recharges(self):
        self.tabs.setCurrentIndex(1)
        return self.recharges

    def _on_tab(self, index: int) -> None:
        if index != 1 or self.recharges is not None:
            return
        from windtre_desktop.views.recharges_view import RechargesView

        self.recharges = RechargesView(self._recharges_page)
        layout = QVBoxLayout(self._recharges_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.recharges)
        if self.on_recharges_created is not None:
            self.on_recharges_created(self.recharges)
