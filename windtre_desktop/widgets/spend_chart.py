"""The Spesa chart (issue 15, R-21): one bar per billed month (24), and beside them the current month to date
drawn apart (hatched, in a lighter tone: charges so far, not a bill); a month axis in the interface's
language, thinned to what fits; euro on the value axis; a hover read-out. Follows the palette (light/dark).

pyqtgraph is imported here: the module is loaded when Spesa is first shown."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from windtre_desktop.domain.spend import SpendSeries
from windtre_desktop.domain.traffic_series import Measure
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.traffic_chart import LABEL_GAP_PX, ValueAxis, value_text

BAR_WIDTH = 0.75
MONTH_STEPS = (1, 2, 3, 4, 6, 12)
AXIS_ROOM_PX = 14  # tick marks and the gap before a value label


def month_label_width(metrics: QFontMetricsF) -> float:
    return max(metrics.horizontalAdvance(formatting.short_month(f"2026-{m:02d}")) for m in range(1, 13))


class MonthAxis(pg.AxisItem):
    """Positions 0…n-1 are the series' months (n the month to date): one label per month that fits."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.months: list[str] = []

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph's name)
        if not self.months or size <= 0 or maxVal <= minVal:
            return []
        per_month = size / (maxVal - minVal)
        needed = month_label_width(QFontMetricsF(self.font())) + LABEL_GAP_PX
        step = next((s for s in MONTH_STEPS if s * per_month >= needed), MONTH_STEPS[-1])
        last = len(self.months) - 1
        # counted back from the newest month, so the newest always has its label
        shown = [i for i in range(last, -1, -step) if minVal - 0.5 <= i <= maxVal + 0.5]
        return [(float(step), [float(i) for i in sorted(shown)])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        out = []
        for value in values:
            index = int(round(value))
            out.append(formatting.short_month(self.months[index]) if 0 <= index < len(self.months) else "")
        return out


class SpendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: SpendSeries | None = None
        self.readout = QLabel(self)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.month_axis = MonthAxis("bottom")
        self.value_axis = ValueAxis("left")
        self.value_axis.set_measure(Measure.SPEND)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": self.month_axis, "left": self.value_axis})
        self.plot_widget.setMinimumSize(160, 160)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.view = self.plot.getViewBox()
        self.view.setMouseEnabled(x=False, y=False)
        self.billed = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.to_date = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.plot.addItem(self.billed)
        self.plot.addItem(self.to_date)
        self.plot_widget.scene().sigMouseMoved.connect(self._mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.readout)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)
        self._apply_palette()
        self._redraw()

    def set_series(self, series: SpendSeries | None) -> None:
        self.series = series
        self._redraw()

    def heights(self) -> tuple[list[float], float]:
        """What is drawn, in cents: the billed months' bars and the month-to-date bar."""
        return [float(v) for v in self.billed.opts.get("height", [])], float(
            (list(self.to_date.opts.get("height", [])) or [0.0])[0])

    def _colours(self) -> tuple[QColor, QColor]:
        palette = self.palette()
        billed = theme.series_tone(0, palette)
        return billed, theme.series_tone(2, palette)

    def _redraw(self) -> None:
        series = self.series
        billed_colour, to_date_colour = self._colours()
        if series is None or not series.months:
            self.month_axis.months = []
            self.billed.setOpts(x=[], height=[])
            self.to_date.setOpts(x=[], height=[])
            self.legend.setText("")
            self.readout.setText("")
            return
        count = len(series.months)
        self.month_axis.months = [*series.months, series.current_month]
        self.billed.setOpts(x=np.arange(count, dtype=float), height=np.array(series.cents, dtype=float),
                            width=BAR_WIDTH, brush=pg.mkBrush(billed_colour), pen=pg.mkPen(None))
        hatch = QBrush(to_date_colour, Qt.BrushStyle.BDiagPattern)
        self.to_date.setOpts(x=[float(count)], height=[float(series.month_to_date_cents)], width=BAR_WIDTH,
                             brush=hatch, pen=pg.mkPen(to_date_colour, width=1.5))
        tallest = max([*series.cents, series.month_to_date_cents, 0])
        # the value axis as wide as its widest label from the start: grown only after a first paint, the
        # labels of that paint would be left out
        widest = QFontMetricsF(self.value_axis.font()).horizontalAdvance(value_text(Measure.SPEND, tallest * 1.08))
        self.value_axis.setWidth(int(math.ceil(widest)) + AXIS_ROOM_PX)
        self.view.setRange(xRange=(-0.6, count + 0.6), yRange=(0, tallest * 1.08 or 100), padding=0)
        self.month_axis.picture = None
        self.month_axis.update()
        self._fill_legend(billed_colour, to_date_colour)
        self._show_readout(None)

    def _fill_legend(self, billed: QColor, to_date: QColor) -> None:
        entries = [("&#9632;", billed, self.tr("Billed (net of VAT)")),
                   ("&#9636;", to_date, self.tr("Charges this month so far (the fee is billed later)"))]
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{colour.name()}">{mark}</span>&nbsp;{html.escape(name)}'
            for mark, colour, name in entries))

    def index_at(self, scene_pos: QPointF) -> int | None:
        if self.series is None or not self.view.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.view.mapSceneToView(scene_pos).x()
        index = int(math.floor(x + 0.5))
        return index if 0 <= index <= len(self.series.months) else None

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        self._show_readout(self.index_at(scene_pos))

    def _show_readout(self, index: int | None) -> None:
        series = self.series
        if series is None:
            self.readout.setText("")
            return
        if index is None:
            self.readout.setText(self.tr("Point at a month to read its spend."))
        elif index == len(series.months):
            self.readout.setText(self.tr("%1 so far: %2").replace("%1", formatting.month(series.current_month))
                                 .replace("%2", formatting.euro(series.month_to_date_cents)))
        else:
            self.readout.setText(self.tr("%1: %2").replace("%1", formatting.month(series.months[index]))
                                 .replace("%2", formatting.euro(series.cents[index])))

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self.plot_widget.setBackground(palette.color(QPalette.ColorRole.Base))
        for axis in (self.month_axis, self.value_axis):
            axis.setPen(pg.mkPen(muted))
            axis.setTextPen(pg.mkPen(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self._redraw()
        elif event.type() == QEvent.Type.LanguageChange:
            self._redraw()
