"""Fai da te: Servizi Mobile and Servizi a Sovrapprezzo (R-66), one view per category. Placeholder until its
issue work lands."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ServicesView(QWidget):
    def __init__(self, category: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category  # "mobile" | "premium"
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("…", self))
        layout.addStretch(1)
