"""The "Panoramica flotta" section (R-21, beyond the portal): tabs Linee (every line in one table, with saved
views, labels and export), Spesa (24 months of spend for the company, each billing account and each line) and
Avvisi (the alerts computed locally after each sync). For the roles that see the whole company."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from windtre_desktop.views.alerts_view import AlertsView
from windtre_desktop.views.fleet_lines_view import FleetLinesView
from windtre_desktop.views.spend_view import SpendView
from windtre_desktop.widgets.accessibility import name_tabs


class FleetSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        name_tabs(self.tabs, self.tr("Fleet overview pages"))
        self.lines = FleetLinesView(self.tabs)
        self.spend = SpendView(self.tabs)
        self.alerts = AlertsView(self.tabs)
        self.tabs.addTab(self.lines, self.tr("Lines"))
        self.tabs.addTab(self.spend, self.tr("Spend"))
        self.tabs.addTab(self.alerts, self.tr("Alerts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.tabs)

    def set_snapshot(self, snapshot) -> None:  # noqa: ANN001 - domain.fleet_usage.FleetSnapshot
        """Every tab shows the same snapshot (the alerts tab gets its alerts from the alerts flow)."""
        self.lines.set_snapshot(snapshot)
        self.spend.set_snapshot(snapshot)
