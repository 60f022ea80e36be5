"""A small card: a caption above a value, with an optional detail line (the dashboard's and Traffico's
totals)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from windtre_desktop.widgets import theme


class Tile(QFrame):
    """A small card: caption above, value below. Its frame and text styles are set here, not by the style
    sheet, like every widget of the first frame (theme.text_style)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.caption = QLabel(caption, self)
        theme.text_style(self.caption, "tileCaption")
        self.caption.setWordWrap(True)  # "CREDITO RESIDUO TOTALE" may take two lines rather than squeeze the lines table
        self.value = QLabel("–", self)
        theme.text_style(self.value, "tileValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setWordWrap(True)
        self.detail = QLabel(self)
        theme.text_style(self.detail, "tileDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()

    def set_value(self, text: str, detail: str = "") -> None:
        self.value.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption.text()}: {text} {detail}".strip())
