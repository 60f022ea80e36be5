"""A message bar across the top of a window: offline notice, keyring notice, session notices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

# background, text, border: fixed colours that read well under both the light and the dark palette
STYLES = {
    "warning": ("#fff4d6", "#4a3600", "#e8c15a"),
    "info": ("#e6f0ff", "#15325c", "#9bbcf0"),
    "error": ("#fde7e7", "#6b1010", "#e89a9a"),
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
        background, text_colour, border = STYLES[level]
        self.setStyleSheet(
            f"Banner {{background:{background};border:1px solid {border};border-radius:4px;}}"
            f"QLabel {{border:none;background:transparent;color:{text_colour};}}"
        )
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.action.setVisible(bool(action))
        if action:
            self.action.setText(action)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
