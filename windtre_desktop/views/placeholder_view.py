"""A section that is not built yet says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        heading.setObjectName("viewTitle")
        body = QLabel(
            self.tr(
                "This section is not available in this version of the app yet.\n"
                "Until it arrives, use the WINDTRE Business customer area on the web."
            ),
            self,
        )
        body.setWordWrap(True)
        body.setObjectName("emptyState")
        self.message = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft)
