"""widgets.traffic_chart (issue 11): the date axis in both languages without overlapping labels, stacked bars
and the running total as given, humanised values, the hover read-out and the click, the empty state, the
colours on both palettes, and thousands of repaints without a crash (DESIGN.md on PySide6 6.12.0)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtTest import QTest

from windtre_desktop.domain.display import GIB, MIB
from windtre_desktop.domain.traffic_series import TRAFFIC_TYPES, Measure, TrafficPoints, TrafficSeries
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.traffic_chart import (
    DayAxis,
    TrafficChart,
    day_label_width,
    day_ticks,
    value_step,
    value_text,
)

NBSP = "\u00a0"
LABELS = {"calls": "Chiamate", "messages": "Messaggi", "internet": "Internet", "options": "Opzioni",
          "other": "Altro"}
FIRST = date(2026, 9, 7)


def make_series(days: int = 90, measure: Measure = Measure.DATA) -> TrafficSeries:
    rng = np.random.default_rng(11)
    dates = [FIRST + timedelta(i) for i in range(days)]
    values = {kind: tuple(int(v) for v in rng.integers(0, 300 * MIB, days)) for kind in TRAFFIC_TYPES}
    return TrafficSeries(measure, dates, values)


@pytest.fixture
def language():
    yield formatting.set_language
    formatting.set_language("it")


@pytest.fixture
def chart(qtbot):
    widget = TrafficChart()
    qtbot.addWidget(widget)
    widget.resize(700, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the date axis ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "expected"), [("it", ["7 set", "14 set", "5 ott"]),
                                                ("en", ["7 Sept", "14 Sept", "5 Oct"])])
def test_the_date_axis_writes_days_in_the_language(language, lang, expected):
    language(lang)
    axis = DayAxis()
    days = [FIRST, FIRST + timedelta(7), date(2026, 10, 5)]
    assert axis.tickStrings([float(d.toordinal()) for d in days], 1.0, 7.0) == expected


@pytest.mark.parametrize("lang", ["it", "en"])
@pytest.mark.parametrize("width", [90, 160, 330, 700, 2000])
def test_date_labels_never_overlap_whatever_the_width(qapp, language, lang, width):
    language(lang)
    metrics = QFontMetricsF(DayAxis().font())
    first, last = FIRST.toordinal() - 0.5, FIRST.toordinal() + 89.5
    step, days = day_ticks(first, last, width, day_label_width(metrics))
    assert days, "at least one day is labelled"
    positions = [(d - first) / (last - first) * width for d in days]
    widths = [metrics.horizontalAdvance(formatting.short_day(date.fromordinal(d))) for d in days]
    for (x1, w1), (x2, w2) in zip(zip(positions, widths, strict=True), zip(positions[1:], widths[1:], strict=True),
                                  strict=False):
        assert x2 - w2 / 2 > x1 + w1 / 2, (step, x1, x2)
    if step == 7:
        assert all(date.fromordinal(d).weekday() == 0 for d in days)  # weekly labels fall on Mondays


def test_the_chart_axis_labels_fit_a_narrow_chart(chart, qtbot):
    chart.set_series(make_series(), LABELS)
    chart.resize(240, 220)
    qtbot.wait(20)
    axis = chart.day_axis
    length = axis.geometry().width()
    low, high = axis.range
    levels = axis.tickValues(low, high, length)
    days = levels[0][1]
    assert 1 <= len(days) <= 5
    per_label = length / len(days)
    assert per_label > axis.label_width()


# -- the values ----------------------------------------------------------------------------------------------


def test_values_are_humanised_in_each_unit(language):
    assert value_text(Measure.DATA, 1536 * MIB) == f"1,5{NBSP}GB"
    assert value_text(Measure.DATA, 20 * MIB) == f"20{NBSP}MB"
    assert value_text(Measure.DURATION, 3723) == "1:02:03"
    assert value_text(Measure.SPEND, 940838) == f"9.408,38{NBSP}€"
    assert value_text(Measure.COUNT, 12345) == "12.345"
    language("en")
    assert value_text(Measure.SPEND, 150) == "€1.50" and value_text(Measure.DATA, 2 * GIB) == f"2.0{NBSP}GB"


def test_value_labels_sit_on_round_numbers_of_their_unit():
    assert value_step(Measure.DURATION, 4 * 3600, 5) == 3600  # whole hours, not 2880 s
    assert value_step(Measure.DURATION, 50 * 60, 5) == 600
    assert value_step(Measure.DATA, 3 * GIB, 6) == 0.5 * GIB
    assert value_step(Measure.DATA, 30 * MIB, 6) == 5 * MIB
    assert value_step(Measure.SPEND, 1000, 5) == 200  # two euro
    assert value_step(Measure.COUNT, 7, 10) == 1  # never a fraction of a call


def test_the_value_axis_reads_the_unit(chart, qtbot):
    chart.set_series(make_series(measure=Measure.DATA), LABELS)
    qtbot.wait(20)
    axis = chart.value_axis
    low, high = axis.range
    levels = axis.tickValues(low, high, axis.geometry().height())
    strings = axis.tickStrings(levels[0][1], 1.0, levels[0][0])
    assert strings[0] == f"0,0{NBSP}GB" and all(s.endswith("GB") for s in strings)


# -- bars, running total, read-out ---------------------------------------------------------------------------


def test_stacked_bars_are_the_values_and_the_line_the_running_total(chart):
    series = make_series(30)
    chart.set_series(series, LABELS)
    bars = chart.bar_items()
    assert list(bars) == list(TRAFFIC_TYPES)
    bottom = np.zeros(30)
    for kind in TRAFFIC_TYPES:
        opts = bars[kind].opts
        assert list(opts["height"]) == list(series.values[kind])
        assert np.array_equal(opts["y0"], bottom)
        assert list(opts["x"]) == [d.toordinal() for d in series.days]
        bottom = bottom + np.array(series.values[kind])
    running = list(np.cumsum(bottom).astype(int))
    assert chart.cumulative() == running == series.cumulative()
    xs, ys = chart.line.getData()
    assert np.allclose(ys / chart.line_scale(), running)
    assert ys[-1] == pytest.approx(bottom.max())  # the line ends level with the tallest bar
    assert chart.total_axis.scale == pytest.approx(1 / chart.line_scale())  # and the right axis reads it
    names = [name for name, _ in chart.legend_entries()]
    assert names[:5] == list(LABELS.values()) and "Chiamate" in chart.legend.text()


def test_hovering_a_day_reads_out_its_values_and_a_click_selects_it(chart, qtbot):
    series = TrafficSeries(Measure.DURATION, [FIRST, FIRST + timedelta(1), FIRST + timedelta(2)],
                           {"calls": (60, 3723, 5), "messages": (0, 10, 0)})
    chart.set_series(series, LABELS)
    qtbot.wait(20)
    target = FIRST + timedelta(1)
    scene = chart.view.mapViewToScene(QPointF(chart.day_position(target), 100))
    at = chart.plot_widget.mapFromScene(scene)
    with qtbot.waitSignal(chart.hovered, timeout=2000) as hovered:
        QTest.mouseMove(chart.plot_widget.viewport(), at)
    assert hovered.args == [target]
    assert chart.readout_text() == (  # 60 + 3723 + 10 s so far
        "08/09/2026: Chiamate 1:02:03 · Messaggi 0:10 · totale progressivo 1:03:13")
    assert chart.marker.isVisible()
    with qtbot.waitSignal(chart.daySelected, timeout=2000) as selected:
        QTest.mouseClick(chart.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert selected.args == [target]
    qtbot.wait(50)  # pyqtgraph's scene passes on at most one mouse move per few milliseconds
    with qtbot.assertNotEmitted(chart.hovered):
        QTest.mouseMove(chart.plot_widget.viewport(), QPoint(3, 3))  # off the plot
        qtbot.waitUntil(lambda: chart.readout_text() == "Punta un giorno per leggerne i valori.", timeout=2000)
    assert not chart.marker.isVisible()


def test_an_empty_series_shows_the_empty_state(chart, qtbot):
    chart.set_series(TrafficSeries.empty(Measure.SPEND), LABELS)
    assert chart.is_empty() and chart.empty_label.isVisible() and not chart.plot_widget.isVisible()
    assert chart.empty_label.text() == "Nessun traffico in questo periodo."
    assert chart.readout_text() == "" and not chart.legend.isVisible()
    chart.show_day(FIRST)  # nothing to read, no error
    chart.set_series(make_series(5), LABELS)
    assert chart.plot_widget.isVisible() and not chart.empty_label.isVisible()
    chart.set_points(TrafficPoints(Measure.COUNT, [], []))
    assert chart.empty_label.isVisible()
    chart.grab()


def test_raw_points_are_clipped_and_downsampled(chart, qtbot):
    n = 200_000
    days = FIRST.toordinal() + np.linspace(0, 90, n)
    chart.set_points(TrafficPoints(Measure.DATA, days, np.abs(np.sin(np.arange(n))) * MIB))
    qtbot.wait(20)
    assert chart.line.opts["clipToView"] and chart.line.opts["autoDownsample"]
    assert chart.line.opts["downsampleMethod"] == "peak"
    assert chart.line.opts["symbol"] is None  # no dot per point
    chart.view.setXRange(days[1000], days[5000], padding=0)
    chart.grab()
    shown, _ = chart.line.curve.getData()
    assert len(shown) < 5000  # far fewer than drawn: clipped and downsampled
    chart.show_day(FIRST + timedelta(3))
    assert chart.readout_text().startswith("10/09/2026: ")


# -- look ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_series_colours_read_on_both_palettes(qapp, scheme):
    theme.apply(qapp, scheme)
    try:
        palette = qapp.palette()
        base = palette.color(QPalette.ColorRole.Base)
        tones = [theme.series_tone(i, palette) for i in range(len(TRAFFIC_TYPES))]
        assert all(theme.contrast_ratio(tone, base) >= 3 for tone in tones)
        assert len({tone.name() for tone in tones}) == len(tones)
    finally:
        theme.apply(qapp, "light")


def test_the_chart_follows_a_change_of_palette(chart, qapp):
    chart.set_series(make_series(10), LABELS)
    light = chart.legend_entries()[0][1].name()
    theme.apply(qapp, "dark")
    try:
        assert chart.legend_entries()[0][1].name() != light
        assert chart.bar_items()["calls"].opts["brush"].color().name() == chart.legend_entries()[0][1].name()
    finally:
        theme.apply(qapp, "light")


def test_thousands_of_repaints_do_not_crash(qtbot):
    widget = TrafficChart()
    qtbot.addWidget(widget)
    widget.resize(220, 140)
    widget.set_series(make_series(30), LABELS)
    widget.show()
    for i in range(3000):
        if i % 500 == 0:
            widget.show_day(FIRST + timedelta(i % 30))
        widget.grab()
    assert widget.cumulative()[-1] > 0
