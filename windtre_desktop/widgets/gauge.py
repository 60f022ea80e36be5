"""A round gauge for one counter: used share as an arc, remaining in the middle, totals underneath."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from windtre_desktop.widgets import theme


class CounterGauge(QWidget):
    """Shows `fraction` used (None = unlimited or unknown) with a big centre text and a caption."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._fraction: float | None = None
        self._centre = "–"
        self._centre_caption = ""
        self._caption = ""
        self.setMinimumSize(150, 190)  # three side by side leave the dashboard's lines table its width
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)

    def set_values(self, fraction: float | None, centre: str, centre_caption: str, caption: str) -> None:
        self._fraction = fraction
        self._centre = centre
        self._centre_caption = centre_caption
        self._caption = caption
        self.setAccessibleDescription(f"{centre} {centre_caption}. {caption}")
        self.setToolTip(f"{self._title}: {centre} {centre_caption}\n{caption}")
        self.update()

    @property
    def texts(self) -> tuple[str, str, str]:
        return self._centre, self._centre_caption, self._caption

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(200, 210)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)

        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        title_h = painter.fontMetrics().height() + 4
        # as tall as the wrapped caption needs (a narrow gauge at 10,000 lines wraps it over four lines)
        wrapped = self.fontMetrics().boundingRect(0, 0, self.width() - 8, 10_000,
                                                  int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                                                  self._caption)
        caption_h = max(self.fontMetrics().height() * 3, wrapped.height()) + 6
        side = max(min(self.width() - 20, self.height() - title_h - caption_h - 10, 260), 40)
        painter.translate(0, max((self.height() - (title_h + 4 + side + caption_h)) / 2, 0))
        painter.drawText(QRectF(0, 0, self.width(), title_h), Qt.AlignmentFlag.AlignHCenter, self._title)
        rect = QRectF((self.width() - side) / 2, title_h + 4, side, side)
        thickness = max(side * 0.09, 6)
        inner = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)

        track = QPen(palette.color(QPalette.ColorRole.Midlight), thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(track)
        painter.drawArc(inner, 225 * 16, -270 * 16)
        if self._fraction is not None:
            colour = _colour_for(self._fraction, palette)
            painter.setPen(QPen(colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(inner, 225 * 16, int(-270 * 16 * max(0.0, min(self._fraction, 1.0))))

        big = QFont(self.font())
        big.setPointSizeF(max(self.font().pointSizeF() * 1.6, 10))
        big.setBold(True)
        # shrink the centre text until it fits inside the ring (10,000-line totals are long numbers)
        while big.pointSizeF() > 7 and QFontMetricsF(big).horizontalAdvance(self._centre) > inner.width() * 0.82:
            big.setPointSizeF(big.pointSizeF() - 0.5)
        painter.setFont(big)
        painter.setPen(text_color)
        centre_box = QRectF(inner.left(), inner.center().y() - inner.height() * 0.22, inner.width(), inner.height() * 0.3)
        painter.drawText(centre_box, Qt.AlignmentFlag.AlignCenter, self._centre)
        painter.setFont(self.font())
        painter.setPen(muted)
        painter.drawText(QRectF(inner.left(), centre_box.bottom(), inner.width(), inner.height() * 0.2),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._centre_caption)
        painter.setPen(text_color)
        painter.drawText(QRectF(4, rect.bottom() - side * 0.08, self.width() - 8, caption_h),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self._caption)
        painter.end()


def _colour_for(fraction: float, palette: QPalette) -> QColor:
    if fraction >= 0.9:
        return theme.tone("error", palette)  # the fixed reds were under 3:1 on the dark window
    if fraction >= 0.75:
        return theme.tone("warning", palette)
    return palette.color(QPalette.ColorRole.Highlight)
