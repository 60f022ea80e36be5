"""A message bar across the top of a window: offline notice, keyring notice, session notices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLES = {
    "warning": "background:#fff4d6;color:#5c4300;border:1px solid #e8c15a;border-radius:4px;",
    "info": "background:#e6f0ff;color:#15325c;border:1px solid #9bbcf0;border-radius:4px;",
    "error": "background:#fde7e7;color:#6b1010;border:1px solid #e89a9a;border-radius:4px;",
}


class Banner(QFrame):
    actionClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.action = QPushButton(self)
        self.action.clicked.connect(self.actionClicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        self.setAccessibleName("banner")
        self.hide()

    def show_message(self, text: str, level: str = "warning", action: str | None = None) -> None:
        self.setStyleSheet(f"Banner {{{STYLES[level]}}} QLabel {{border:none;background:transparent;}}")
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.action.setVisible(bool(action))
        if action:
            self.action.setText(action)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
