"""The Traffico screen on its own (issue 11, R-30…R-32): what it asks for when the user picks a line, a
period or a range, and what it shows for an answer, including a late one for a line no longer selected,
an offline one, the company's top lines and 100,000 records. The whole path against the sandbox is in
test_traffic_section.py."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from windtre_desktop.domain.models import Line
from windtre_desktop.domain.traffic_data import COMPANY, TYPE, TrafficQuery, TrafficResult
from windtre_desktop.domain.traffic_periods import Period
from windtre_desktop.i18n import formatting
from windtre_desktop.views.traffic_view import TrafficView
from windtre_desktop.widgets.traffic_records_model import COL_AMOUNT, COL_COST, COL_WHEN

TODAY = date(2026, 12, 6)
TYPES = ("calls", "messages", "internet", "options", "other")


def _line(i: int, kind: str = "mobile") -> Line:
    return Line(f"L{i:05d}", f"+39347{i:07d}", kind, f"Holder {i}", "", "active", "postpaid", "BA001", "OF",
                "Offer", 1000, None, None, None)


LINES = [_line(i, "fixed" if i % 4 == 0 else "mobile") for i in range(1, 41)]


def _days(first: date, last: date, seed: int = 1) -> list[dict]:
    rnd = random.Random(seed)
    days = []
    while first <= last:
        days.append({"date": first.isoformat(), "types": {t: {
            "records": rnd.randint(0, 30), "seconds": rnd.randint(0, 900) if t == "calls" else 0,
            "bytes": rnd.randint(0, 10**9) if t == "internet" else 0, "costCents": rnd.randint(0, 200)} for t in TYPES}})
        first += timedelta(days=1)
    return days


def _totals(days: list[dict]) -> dict:
    return {t: {f: sum(d["types"][t][f] for d in days) for f in ("records", "seconds", "bytes", "costCents")}
            for t in TYPES}


def _records(count: int, first: date) -> list[tuple]:
    rnd = random.Random(count)
    rows = []
    for i in range(count):
        day = first + timedelta(days=i * 30 // max(count, 1))
        kind = TYPES[i % 5]
        rows.append((f"{day.isoformat()}T{i % 24:02d}:{i % 60:02d}:00+01:00", kind,
                     {"calls": "voice_national", "messages": "sms", "internet": "data", "options": "option",
                      "other": "other"}[kind],
                     "+393331234567" if kind in ("calls", "messages") else None,
                     "FR" if i % 7 == 0 and kind == "calls" else ("IT" if kind in ("calls", "messages") else None),
                     None, rnd.randint(1, 3600) if kind == "calls" else None,
                     rnd.randint(1, 10**8) if kind == "internet" else None, rnd.randint(0, 500),
                     "Giga Extra" if kind == "options" else None, f"R{i}"))
    return rows


def _result(scope: str, period: Period = Period.MONTH, records: list[tuple] | None = None, **extra) -> TrafficResult:
    first = TODAY.replace(day=1) if period is Period.MONTH else TODAY - timedelta(days=90)
    days = _days(first, TODAY)
    return TrafficResult(scope, period, first, TODAY, TODAY, days, _totals(days), records=records,
                         records_days=len(days) if records is not None else 0,
                         saved_at="2026-12-06T09:00:00+00:00", complete=True, **extra)


@pytest.fixture
def view(qtbot):
    view = TrafficView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.set_lines(LINES, None, company_allowed=True)
    view.show()
    return view


def _asked(qtbot, view, action) -> TrafficQuery:
    with qtbot.waitSignal(view.loadRequested, timeout=5000) as signal:
        action()
    return signal.args[0]


def test_the_first_visit_asks_for_the_whole_company_this_month_r30(qtbot, view):
    query = _asked(qtbot, view, view.start)
    assert (query.scope, query.period, query.force) == (COMPANY, Period.MONTH, False)
    assert not view.export_button.isVisible()  # R-32 is one line's download


def test_picking_a_line_and_a_period_asks_for_them_and_the_tabs_split_mobile_and_fixed(qtbot, view):
    mobiles = {line.id for line in LINES if line.kind == "mobile"}
    assert {view.picker.model.line_at(r).id for r in range(view.picker.model.rowCount())} == mobiles
    query = _asked(qtbot, view, lambda: view.picker.select_line("L00002"))
    assert (query.scope, query.period) == ("L00002", Period.MONTH)
    query = _asked(qtbot, view, lambda: view.period_button[Period.THREE_MONTHS].click())
    assert (query.scope, query.period) == ("L00002", Period.THREE_MONTHS)
    view.kind_tabs.setCurrentIndex(1)
    fixed = {line.id for line in LINES if line.kind == "fixed"}
    assert {view.picker.model.line_at(r).id for r in range(view.picker.model.rowCount())} == fixed
    query = _asked(qtbot, view, view.request)  # F5 in the window: the same selection again
    assert query.scope == "L00002"


def test_a_custom_range_is_checked_before_anything_is_asked_and_the_message_names_the_field(qtbot, view):
    view.picker.select_line("L00002")
    view.today = TODAY
    asked = []
    view.loadRequested.connect(asked.append)
    assert not view.set_period(Period.CUSTOM, TODAY - timedelta(days=120), TODAY)
    assert view.range_error.isVisible() and view.range_error.text().startswith("Dal:")
    assert "tre mesi" in view.range_error.text()
    assert not view.set_period(Period.CUSTOM, TODAY, TODAY - timedelta(days=2))
    assert view.range_error.text().startswith("Dal:")
    assert not asked
    assert view.set_period(Period.CUSTOM, TODAY - timedelta(days=10), TODAY - timedelta(days=3))
    assert not view.range_error.isVisible()
    assert (asked[-1].period, asked[-1].first, asked[-1].last) == (
        Period.CUSTOM, TODAY - timedelta(days=10), TODAY - timedelta(days=3))


def test_a_line_result_shows_totals_chart_and_records_and_a_late_answer_for_another_line_is_dropped(qtbot, view):
    view.picker.select_line("L00002")
    records = _records(500, TODAY.replace(day=1))
    result = _result("L00002", records=records)
    view.show_result(result)
    assert view.records.model.rowCount() == 500
    calls = result.totals["calls"]
    value, detail = view.totals.text_of("calls")
    assert ":" in value and str(calls["records"]) in detail.replace(".", "")
    assert view.chart.series().days[0] == TODAY.replace(day=1)
    assert view.status.text().startswith("01/12/2026 – 06/12/2026")
    view.picker.select_line("L00003")  # the user moved on before the answer of L00002 came
    view.show_result(_result("L00002", records=_records(3, TODAY)))
    assert view.result is result and view.records.model.rowCount() == 500


def test_the_records_filter_by_type_and_text_and_sort_by_any_column_at_100000_rows(qtbot, view):
    view.picker.select_line("L00002")
    rows = _records(100_000, TODAY - timedelta(days=29))
    view.show_result(_result("L00002", records=rows))
    panel = view.records
    assert panel.count_label.text() == "100.000 record"
    panel.set_filter_now("calls", "")
    assert panel.model.rowCount() == 20_000
    assert all(panel.model.row(r)[TYPE] == "calls" for r in range(0, 20_000, 997))
    panel.set_filter_now("calls", "fr")
    expected = sum(1 for r in rows if r[TYPE] == "calls" and r[4] == "FR")
    assert panel.model.rowCount() == expected > 0
    assert panel.count_label.text() == f"{expected:,} di 100.000 record".replace(",", ".")
    panel.set_filter_now("", "")
    panel.table.sortByColumn(COL_COST, Qt.SortOrder.DescendingOrder)
    costs = [panel.model.row(r)[8] for r in range(0, 100_000, 1000)]
    assert costs == sorted(costs, reverse=True)
    panel.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    first = panel.model.row(0)
    assert first[6] is not None and first[6] == min(r[6] for r in rows if r[6] is not None)
    panel.table.sortByColumn(COL_WHEN, Qt.SortOrder.DescendingOrder)
    assert panel.model.row(0) is rows[-1]
    assert panel.model.index(0, COL_COST).data() .endswith("€")


def test_the_company_shows_its_top_lines_and_a_click_opens_the_line_in_its_tab(qtbot, view):
    view.start()
    top = {"data": [{"lineId": "L00004", "msisdn": LINES[3].msisdn, "value": 5 * 10**9}],
           "voice": [{"lineId": "L00002", "msisdn": LINES[1].msisdn, "value": 3700}],
           "spend": [{"lineId": "L00003", "msisdn": LINES[2].msisdn, "value": 1234}]}
    view.show_result(_result(COMPANY, top=top, line_count=len(LINES)))
    assert view.lower.currentWidget() is view.top_lines
    assert view.top_lines.tables["spend"].item(0, 1).text() == "12,34\u00a0€"
    assert view.top_lines.tables["voice"].item(0, 1).text() == "1:01:40"
    query = _asked(qtbot, view, lambda: view.top_lines.tables["data"].cellClicked.emit(0, 0))
    assert query.scope == "L00004"
    assert view.kind_tabs.currentIndex() == 1  # L00004 is a fixed line: its tab is shown
    assert view.picker.current_line_id() == "L00004"
    assert view.export_button.isVisible() and view.export_button.isEnabled()


def test_offline_the_saved_traffic_says_which_period_it_covers(qtbot, view):
    view.picker.select_line("L00002")
    first = TODAY.replace(day=1)
    days = _days(first, TODAY)[:4]
    saved = TrafficResult("L00002", Period.MONTH, first, TODAY, TODAY, days, _totals(days), records=[],
                          records_days=4, saved_at="2026-12-04T16:30:00+00:00", from_store=True, complete=False)
    view.show_result(saved, offline_reason="Il server non è raggiungibile: il traffico mostrato è quello salvato.")
    assert "4 dei 6 giorni" in view.status.text()
    assert formatting.timestamp("2026-12-04T16:30:00+00:00") in view.status.text()  # the machine's local time
    assert view.error.isVisible() and "non è raggiungibile" in view.error.text()
    nothing = TrafficResult("L00002", Period.MONTH, first, TODAY, TODAY, [], {}, records=[], from_store=True)
    view.show_result(nothing, offline_reason="x")
    assert "nessun traffico salvato" in view.status.text()


def test_while_another_line_loads_the_previous_line_s_numbers_are_not_shown(qtbot, view):
    view.picker.select_line("L00002")
    view.show_result(_result("L00002", records=_records(50, TODAY.replace(day=1))))
    assert view.records.model.total == 50
    query = _asked(qtbot, view, lambda: view.open_line("L00003"))
    view.show_loading(query)
    assert view.result is None and view.records.model.total == 0 and view.chart.is_empty()
    assert view.totals.text_of("messages")[0] == "0" and view.is_loading()
