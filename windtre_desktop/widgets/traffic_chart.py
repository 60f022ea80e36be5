"""The Traffico chart (issue 11): stacked bars per day by traffic type, the running total as a line, a date
axis in the interface's language, values humanised (GB/MB, h:mm:ss, €, counts), a hover read-out, and a
raw-points mode that stays smooth at a million points (clip to view, peak downsampling).

pyqtgraph is imported here and only here: the module is loaded when the Traffico section is first shown,
so nothing else pays for it at start-up.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from windtre_desktop.domain import display
from windtre_desktop.domain.traffic_series import TRAFFIC_TYPES, Measure, TrafficPoints, TrafficSeries
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme

DAY_STEPS = (1, 2, 3, 7, 14, 28, 56, 91, 182, 364)  # days between date labels, the first that fits is taken
LABEL_GAP_PX = 12  # at least this much room between two date labels
TICK_ROOM_PX = 36  # about one value label per this many pixels of a vertical axis
BAR_WIDTH = 0.8  # of a day
DOTTED_DAYS = 31  # up to this many days the running total marks each day with a dot
_DURATION_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400)


def day_of(value: float) -> date:
    """The calendar day a position on the date axis falls in (positions count days like date.toordinal)."""
    return date.fromordinal(max(1, int(math.floor(value + 0.5))))


def _nice(raw: float, smallest: float) -> float:
    """The smallest of 1, 2, 5 x 10^k not under `raw`, and not under `smallest`."""
    if raw <= smallest:
        return smallest
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def value_step(measure: Measure, span: float, ticks: float) -> float:
    """The distance between two value labels for a range of `span` (in the measure's unit) and room for
    `ticks` labels: round numbers of the unit they are written in (whole minutes, tenths of a GB, euro)."""
    raw = span / max(ticks, 1.0)
    if measure is Measure.DURATION:
        for step in _DURATION_STEPS:
            if step >= raw:
                return float(step)
        return 86400.0 * _nice(raw / 86400, 1)
    if measure is Measure.DATA:
        unit = display.data_unit(int(span))
        return unit.size * _nice(raw / unit.size, 10.0 ** -unit.places)
    if measure is Measure.SPEND:
        return 100 * _nice(raw / 100, 0.01)
    return _nice(raw, 1)


def value_text(measure: Measure, value: float, unit: display.DataUnit | None = None) -> str:
    """A value of `measure` as the interface writes it."""
    if measure is Measure.DATA:
        return formatting.data_amount(int(round(value)), unit)
    if measure is Measure.DURATION:
        return formatting.duration(int(round(value)))
    if measure is Measure.SPEND:
        return formatting.euro(int(round(value)))
    return formatting.count(int(round(value)))


def day_label_width(metrics: QFontMetricsF) -> float:
    """The widest short date of the language (the 28th of every month), in pixels."""
    return max(metrics.horizontalAdvance(formatting.short_day(date(2026, month, 28))) for month in range(1, 13))


def day_ticks(first: float, last: float, width_px: float, label_px: float) -> tuple[int, list[int]]:
    """Which days get a label between positions `first` and `last` on an axis `width_px` long, so that labels
    `label_px` wide never overlap: every day if there is room, else every 2nd, 3rd, Monday, second Monday…"""
    first, last = sorted((first, last))
    if width_px <= 0 or last - first <= 0:
        return 1, []
    per_day = width_px / (last - first)
    step = next((s for s in DAY_STEPS if s * per_day >= label_px + LABEL_GAP_PX), None)
    if step is None:
        step = DAY_STEPS[-1] * math.ceil((label_px + LABEL_GAP_PX) / (DAY_STEPS[-1] * per_day))
    start = math.ceil(first)
    start += (1 - start) % step  # counted from day 1 (a Monday): weekly labels fall on Mondays
    return step, list(range(start, math.floor(last) + 1, step))


class DayAxis(pg.AxisItem):
    """A date axis: one label per day that fits ("5 dic" / "5 Dec"), thinned by the pixels available."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self._label_px: float | None = None

    def label_width(self) -> float:
        if self._label_px is None:
            self._label_px = day_label_width(QFontMetricsF(self.font()))
        return self._label_px

    def forget_label_width(self) -> None:
        """After a change of language or font."""
        self._label_px = None
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph's name)
        step, days = day_ticks(minVal, maxVal, size, self.label_width())
        return [(float(step), [float(d) for d in days])] if days else []

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [formatting.short_day(day_of(v)) for v in values]


class ValueAxis(pg.AxisItem):
    """A value axis in the measure's unit, labels at round values of that unit; never below zero."""

    def __init__(self, orientation: str = "left", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.measure = Measure.COUNT
        self._unit: display.DataUnit | None = None

    def set_measure(self, measure: Measure) -> None:
        self.measure = measure
        self.picture = None
        self.update()

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802
        span = maxVal - minVal
        if span <= 0 or size <= 0:
            return []
        self._unit = display.data_unit(int(max(abs(minVal), abs(maxVal))))
        return [(value_step(self.measure, span, size / TICK_ROOM_PX), 0.0)]

    def tickValues(self, minVal, maxVal, size):  # noqa: N802
        levels = super().tickValues(minVal, maxVal, size)
        return [(spacing, [v for v in values if v * self.scale > -1e-9]) for spacing, values in levels]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [value_text(self.measure, v * self.scale, self._unit) for v in values]


class TrafficChart(QWidget):
    """Stacked bars per day by type and the running total, or a long line of raw points.

    `set_series(series, labels)` draws a TrafficSeries; `labels` maps each type ("calls", …) to its name,
    already translated by the caller. `set_points(points)` draws raw points as one line. The running total
    is drawn on the bars' axis, scaled so that it ends level with the tallest bar; the right-hand axis reads
    it. Hovering a day shows its values in the read-out line above the chart and emits `hovered(date)`;
    a click on a day emits `daySelected(date)`.
    """

    hovered = Signal(object)  # datetime.date
    daySelected = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series = TrafficSeries.empty(Measure.COUNT)
        self._labels: dict[str, str] = {}
        self._points: TrafficPoints | None = None
        self._point_days = np.empty(0)
        self._point_values = np.empty(0)
        self._cumulative: list[int] = []
        self._line_scale = 1.0
        self._hover_day: date | None = None
        self._bars: list[pg.BarGraphItem] = []

        self.readout = QLabel(self)
        self.readout.setObjectName("chartReadout")
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setObjectName("chartLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.text_style(self.empty_label, "emptyState")

        self.day_axis = DayAxis("bottom")
        self.value_axis = ValueAxis("left")
        self.total_axis = ValueAxis("right")
        self.plot_widget = pg.PlotWidget(
            axisItems={"bottom": self.day_axis, "left": self.value_axis, "right": self.total_axis})
        self.plot_widget.setMinimumSize(120, 90)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.showAxis("right")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.view = self.plot.getViewBox()
        self.view.setMouseEnabled(x=True, y=False)

        self.line = pg.PlotDataItem()
        self.line.setClipToView(True)
        self.line.setDownsampling(auto=True, method="peak")
        self.line.setZValue(10)
        self.plot.addItem(self.line)
        self.marker = pg.InfiniteLine(angle=90, movable=False)
        self.marker.setZValue(20)
        self.marker.hide()
        self.plot.addItem(self.marker, ignoreBounds=True)

        self.plot_widget.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot_widget.scene().sigMouseClicked.connect(self._mouse_clicked)

        self._stack = QStackedLayout()
        self._stack.addWidget(self.plot_widget)
        self._stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for label in (self.readout, self.legend):
            label.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.readout)
        layout.addWidget(self.legend)
        layout.addLayout(self._stack, 1)

        self._apply_palette()
        self.retranslate()
        self._redraw()

    # -- input ---------------------------------------------------------------------------------------------

    def set_series(self, series: TrafficSeries, labels: Mapping[str, str] | None = None) -> None:
        """Draws `series` as stacked bars and its running total; `labels` names the types (default: the
        type codes)."""
        self._series = series
        self._labels = dict(labels or {})
        self._points = None
        self._redraw()

    def set_points(self, points: TrafficPoints) -> None:
        """Draws raw points as one line (clipped to the view and peak-downsampled), without bars."""
        self._points = points
        self._series = TrafficSeries.empty(points.measure)
        self._redraw()

    def series(self) -> TrafficSeries:
        return self._series

    def measure(self) -> Measure:
        return self._points.measure if self._points is not None else self._series.measure

    def is_empty(self) -> bool:
        return self._points.is_empty() if self._points is not None else self._series.is_empty()

    # -- what is drawn ------------------------------------------------------------------------------------

    def bar_items(self) -> dict[str, pg.BarGraphItem]:
        return {item.traffic_type: item for item in self._bars}

    def cumulative(self) -> list[int]:
        return list(self._cumulative)

    def line_scale(self) -> float:
        """Line height per unit of the running total (the right-hand axis reads line heights / this)."""
        return self._line_scale

    def day_position(self, day: date) -> float:
        return float(day.toordinal())

    def readout_text(self) -> str:
        return self.readout.text()

    def _redraw(self) -> None:
        for item in self._bars:
            self.plot.removeItem(item)
        self._bars = []
        self.marker.hide()
        self._hover_day = None
        measure = self.measure()
        self.value_axis.set_measure(measure)
        self.total_axis.set_measure(measure)
        self._stack.setCurrentWidget(self.empty_label if self.is_empty() else self.plot_widget)
        if self._points is not None:
            self._draw_points(self._points)
        else:
            self._draw_series(self._series)
        self._show_readout(None)
        self._fill_legend()

    def legend_entries(self) -> list[tuple[str, QColor]]:
        """The legend's names and colours, in stacking order, then the running total's."""
        if self._points is not None or self._series.is_empty():
            return []
        palette = self.palette()
        entries = [(self._labels.get(kind, kind), theme.series_tone(TRAFFIC_TYPES.index(kind), palette))
                   for kind in self._series.types]
        return entries + [(self.tr("Running total (right-hand axis)"), self._line_colour())]

    def _fill_legend(self) -> None:
        entries = self.legend_entries()
        self.legend.setVisible(bool(entries))
        marks = (["&#9632;"] * (len(entries) - 1) + ["&#9473;"]) if entries else []  # a square per type, a dash
        # for the line
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{colour.name()}">{mark}</span>&nbsp;{html.escape(name)}'
            for mark, (name, colour) in zip(marks, entries, strict=True)))

    def _draw_points(self, points: TrafficPoints) -> None:
        self._cumulative = []
        self._point_days = np.asarray(points.days, dtype=float)
        self._point_values = np.asarray(points.values, dtype=float)
        self._line_scale = 1.0
        self.total_axis.setScale(1.0)
        self.plot.hideAxis("right")
        self.line.setSymbol(None)  # a dot per point would cost more than the line at a million points
        self.line.setData(self._point_days, self._point_values)
        self.line.setPen(pg.mkPen(theme.series_tone(0, self.palette()), width=1))
        if not points.is_empty():
            self.view.setLimits(xMin=None, xMax=None)
            self.view.autoRange(padding=0.02)

    def _draw_series(self, series: TrafficSeries) -> None:
        self._point_days = np.empty(0)
        self._point_values = np.empty(0)
        self.plot.showAxis("right")
        palette = self.palette()
        x = np.array([d.toordinal() for d in series.days], dtype=float)
        bottom = np.zeros(len(x))
        for kind in series.types:
            heights = np.array(series.values[kind], dtype=float)
            colour = theme.series_tone(TRAFFIC_TYPES.index(kind), palette)
            item = pg.BarGraphItem(x=x, y0=bottom.copy(), height=heights, width=BAR_WIDTH,
                                   brush=pg.mkBrush(colour), pen=pg.mkPen(None))
            item.traffic_type = kind
            self.plot.addItem(item)
            self._bars.append(item)
            bottom += heights
        self._cumulative = series.cumulative()
        tallest = float(bottom.max()) if len(bottom) else 0.0
        last = float(self._cumulative[-1]) if self._cumulative else 0.0
        self._line_scale = tallest / last if tallest > 0 and last > 0 else 1.0
        self.total_axis.setScale(1.0 / self._line_scale)
        self.line.setData(x, np.array(self._cumulative, dtype=float) * self._line_scale)
        self.line.setPen(self._line_pen())
        self.line.setSymbol("o" if len(x) <= DOTTED_DAYS else None)
        self.line.setSymbolSize(4)
        self.line.setSymbolBrush(self._line_colour())
        self.line.setSymbolPen(None)
        if self._cumulative:
            self.view.setLimits(xMin=x[0] - 3, xMax=x[-1] + 3)
            self.view.setRange(xRange=(x[0] - 0.6, x[-1] + 0.6), yRange=(0, tallest * 1.05 or 1), padding=0)
        else:
            self.line.setData([], [])

    def _line_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _line_pen(self):
        return pg.mkPen(self._line_colour(), width=2)

    # -- hover and click ----------------------------------------------------------------------------------

    def day_at(self, scene_pos: QPointF) -> date | None:
        """The day under a point of the plot's scene, if there is one with data."""
        if not self.view.sceneBoundingRect().contains(scene_pos) or self.is_empty():
            return None
        x = self.view.mapSceneToView(scene_pos).x()
        if self._points is not None:
            first, last = self._point_days[0], self._point_days[-1]
            return day_of(x) if first - 0.5 <= x <= last + 0.5 else None
        found = day_of(x)
        return found if self._series.index_of(found) is not None else None

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        found = self.day_at(scene_pos)
        if found == self._hover_day:
            return
        self._hover_day = found
        self._show_readout(found)
        if found is not None:
            self.marker.setPos(found.toordinal())
            self.marker.show()
            self.hovered.emit(found)
        else:
            self.marker.hide()

    def _mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        found = self.day_at(event.scenePos())
        if found is not None:
            self.daySelected.emit(found)

    def show_day(self, day: date | None) -> None:
        """Shows `day`'s values in the read-out and marks it (as a hover does); None: the hint, no mark."""
        self._hover_day = day
        self._show_readout(day)
        self.marker.setVisible(day is not None)
        if day is not None:
            self.marker.setPos(day.toordinal())

    def _show_readout(self, day: date | None) -> None:
        measure = self.measure()
        if day is None:
            self.readout.setText("" if self.is_empty() else self.tr("Point at a day to read its values."))
            return
        if self._points is not None:
            lo, hi = np.searchsorted(self._point_days, [day.toordinal() - 0.5, day.toordinal() + 0.5])
            total = float(self._point_values[lo:hi].sum()) if hi > lo else 0.0
            self.readout.setText(self.tr("{day}: {value}").format(
                day=formatting.day(day), value=value_text(measure, total)))
            return
        index = self._series.index_of(day)
        if index is None:
            self.readout.setText(self.tr("{day}: no traffic").format(day=formatting.day(day)))
            return
        parts = [self.tr("{name} {value}").format(name=self._labels.get(kind, kind),
                                                  value=value_text(measure, self._series.value(kind, index)))
                 for kind in self._series.types]
        parts.append(self.tr("running total {value}").format(value=value_text(measure, self._cumulative[index])))
        self.readout.setText(self.tr("{day}: {values}").format(day=formatting.day(day), values=" · ".join(parts)))

    # -- look and language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr("No traffic in this period."))
        self.day_axis.forget_label_width()
        if self._cumulative and self._points is None:
            self._redraw()
        else:
            self._show_readout(self._hover_day)

    def _apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self.plot_widget.setBackground(base)
        for axis in (self.day_axis, self.value_axis, self.total_axis):
            axis.setPen(pg.mkPen(muted))
            axis.setTextPen(pg.mkPen(text))
        self.marker.setPen(pg.mkPen(muted, width=1, style=Qt.PenStyle.DashLine))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self._redraw()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
