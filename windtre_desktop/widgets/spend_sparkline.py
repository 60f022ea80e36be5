"""A compact spend trend for the dashboard (issue 15): small bars of the last months, the newest in the brand
tone, painted with QPainter (no pyqtgraph on the dashboard's first frame). Its accessible name says the
newest month's amount."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from windtre_desktop.widgets import theme

BAR_GAP_SHARE = 0.25  # of each month's slot


class SpendSparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[int] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, 44)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(60, 44)

    def set_values(self, values: list[int]) -> None:
        self.values = [max(int(v), 0) for v in values]
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.values:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        older, newest = theme.series_tone(0, palette), theme.tone("brand", palette)
        tallest = max(self.values) or 1
        slot = self.width() / len(self.values)
        gap = slot * BAR_GAP_SHARE
        height = self.height() - 2
        for i, value in enumerate(self.values):
            bar = max(height * value / tallest, 1.0)
            painter.fillRect(QRectF(i * slot + gap / 2, self.height() - 1 - bar, slot - gap, bar),
                             newest if i == len(self.values) - 1 else older)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()
