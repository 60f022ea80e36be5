"""Traffic chart at 1,000,000 points: the time to pan and repaint our TrafficChart, against a bare pyqtgraph
PlotWidget holding the same points with the same clip-to-view and peak downsampling, measured in turn in the
same process. Prints `key value` lines (milliseconds)."""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from windtre_desktop.domain.traffic_series import Measure, TrafficPoints  # noqa: E402
from windtre_desktop.widgets.traffic_chart import TrafficChart  # noqa: E402

POINTS = 1_000_000
DAYS = 90
SIZE = (900, 420)
WINDOW = 0.2  # the part of the series in view while panning
STEPS = 60


def points() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    x = date(2026, 9, 7).toordinal() + np.linspace(0, DAYS, POINTS)
    y = np.abs(rng.normal(50 * 2**20, 30 * 2**20, POINTS))  # bytes per record
    return x, y


def timings(app: QApplication, plot: pg.PlotItem, viewport, x: np.ndarray) -> tuple[list[float], list[float]]:
    """Milliseconds for each pan step (set the range, repaint) and for each full-view repaint."""
    span = x[-1] - x[0]
    width = span * WINDOW
    plot.setXRange(x[0], x[0] + width, padding=0)
    viewport.repaint()
    app.processEvents()
    pans = []
    for i in range(STEPS):
        left = x[0] + (span - width) * ((i * 7) % STEPS) / STEPS  # jumps about, no two steps alike
        start = time.perf_counter()
        plot.setXRange(left, left + width, padding=0)
        viewport.repaint()
        pans.append((time.perf_counter() - start) * 1000)
    plot.setXRange(x[0], x[-1], padding=0)
    viewport.repaint()
    full = []
    for _ in range(STEPS // 3):
        start = time.perf_counter()
        plot.getViewBox().update()
        viewport.repaint()
        full.append((time.perf_counter() - start) * 1000)
    return pans, full


def main() -> int:
    app = QApplication(sys.argv[:1])
    x, y = points()

    chart = TrafficChart()
    chart.resize(*SIZE)
    chart.show()
    chart.set_points(TrafficPoints(Measure.DATA, x, y))
    app.processEvents()

    bare = pg.PlotWidget()
    bare.resize(chart.plot_widget.size())  # the same plot area as ours (the chart's read-out line takes a row)
    bare.setClipToView(True)
    bare.setDownsampling(auto=True, mode="peak")
    bare.plot(x, y)
    bare.getPlotItem().getViewBox().autoRange(padding=0.02)  # fitted once, then fixed, as our chart does
    bare.show()
    app.processEvents()

    ours_pan, ours_full, bare_pan, bare_full = [], [], [], []
    for _ in range(3):  # in turn, so a busy moment of the machine hits both
        pans, full = timings(app, chart.plot, chart.plot_widget.viewport(), x)
        ours_pan += pans
        ours_full += full
        pans, full = timings(app, bare.getPlotItem(), bare.viewport(), x)
        bare_pan += pans
        bare_full += full
    print(f"chart_pan_ms_median {statistics.median(ours_pan)}")
    print(f"chart_pan_ms_max {max(ours_pan)}")
    print(f"chart_full_ms_median {statistics.median(ours_full)}")
    print(f"bare_pan_ms_median {statistics.median(bare_pan)}")
    print(f"bare_full_ms_median {statistics.median(bare_full)}")
    print(f"points {POINTS}")
    print(f"plot_size {chart.plot_widget.width()}x{chart.plot_widget.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
