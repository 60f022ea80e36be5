"""The "Prodotti" section (R-22, R-50, R-51, R-60): tabs Mobile (line details with PIN and PUK), Giga Smart
Share (packages, SIMs, Gestione GSS) and Dispositivi. A Dipendente gets the Mobile tab only, for its own
lines: the other two are for the roles that see the company (R-21)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from windtre_desktop.views.devices_view import DevicesView
from windtre_desktop.views.gss_view import GssView
from windtre_desktop.views.products_mobile_view import ProductsMobileView
from windtre_desktop.widgets.accessibility import name_tabs


class ProductsSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        name_tabs(self.tabs, self.tr("Products pages"))
        self.mobile = ProductsMobileView(self.tabs)
        self.gss = GssView(self.tabs)
        self.devices = DevicesView(self.tabs)
        self.tabs.addTab(self.mobile, self.tr("Mobile"))
        self.tabs.addTab(self.gss, self.tr("Giga Smart Share"))
        self.tabs.addTab(self.devices, self.tr("Devices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.tabs)

    def set_company_tabs(self, shown: bool) -> None:
        """Giga Smart Share and Dispositivi, for a User Admin or Telco Manager only."""
        for widget in (self.gss, self.devices):
            self.tabs.setTabVisible(self.tabs.indexOf(widget), shown)
        if not shown:
            self.tabs.setCurrentWidget(self.mobile)

    def company_tabs_shown(self) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(self.gss))
