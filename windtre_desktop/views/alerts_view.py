"""Placeholder of the fleet section's tab, replaced by its real screen in issue 15's work (do not ship)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class AlertsView(QWidget):
    def set_alerts(self, alerts) -> None:  # noqa: ANN001
        pass

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Loading…"), self))

    def set_snapshot(self, snapshot) -> None:  # noqa: ANN001
        pass
