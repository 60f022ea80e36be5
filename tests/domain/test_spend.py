"""Spend over 24 months (R-21), Qt-free: company, billing account and line series, the month to date kept
apart, the month-over-month change and the top spenders."""

from __future__ import annotations

from tests.domain.fleet_factories import MONTHS, company, fleet, line, usage_json
from windtre_desktop.domain.spend import (
    MonthChange,
    account_series,
    company_series,
    line_series,
    month_change,
    series_of,
    top_spenders,
)


def _three_lines():
    return fleet([
        (line(1, account="BA001"), usage_json(1, spend=list(range(100, 124)), mtd=10)),
        (line(2, account="BA001"), usage_json(2, spend=[1000] * 23 + [3000], mtd=20)),
        (line(3, account="BA002"), usage_json(3, spend=[500] * 22 + [0, 700], mtd=40)),
    ])


def test_the_company_series_sums_every_line_per_month_and_keeps_this_month_apart():
    snapshot = _three_lines()
    series = company_series(snapshot.usage)
    assert series.months == MONTHS and len(series.cents) == 24
    assert series.cents[0] == 100 + 1000 + 500
    assert series.cents[-1] == 123 + 3000 + 700
    assert series.cents[-2] == 122 + 1000 + 0
    assert series.month_to_date_cents == 70 and series.current_month == "2026-12" and series.lines == 3


def test_billing_account_and_line_series():
    snapshot = _three_lines()
    accounts = account_series(snapshot.usage, snapshot.lines)
    assert set(accounts) == {"BA001", "BA002"}
    assert accounts["BA001"].cents[-1] == 3123 and accounts["BA001"].month_to_date_cents == 30
    assert accounts["BA002"].cents == tuple([500] * 22 + [0, 700])
    assert line_series(snapshot.usage, "L00002").cents[-1] == 3000
    assert line_series(snapshot.usage, "L99999") is None
    assert sum(s.cents[5] for s in accounts.values()) == company_series(snapshot.usage).cents[5]


def test_month_over_month_change_absolute_and_percent_and_none_after_a_free_month():
    change = month_change(MONTHS, [0] * 22 + [2000, 2500])
    assert change == MonthChange("2026-11", "2026-10", 2500, 2000)
    assert change.delta_cents == 500 and change.percent == 25.0
    assert month_change(MONTHS, [0] * 22 + [0, 700]).percent is None
    assert month_change(MONTHS, [0] * 22 + [3000, 1500]).percent == -50.0
    assert month_change(MONTHS[:1], [5]) is None


def test_top_spenders_of_the_last_billed_month_dearest_first_within_a_scope():
    snapshot = _three_lines()
    top = top_spenders(snapshot.usage, count=2)
    assert [s.line_id for s in top] == ["L00002", "L00003"]
    assert top[0].change.cents == 3000 and top[0].change.previous_cents == 1000
    assert top[1].change.percent is None
    assert [s.line_id for s in top_spenders(snapshot.usage, ["L00001", "L00003"])] == ["L00003", "L00001"]


def test_a_large_company_sums_the_same_as_its_accounts():
    snapshot = company(2000)
    total = company_series(snapshot.usage)
    accounts = account_series(snapshot.usage, snapshot.lines)
    for month in range(24):
        assert sum(s.cents[month] for s in accounts.values()) == total.cents[month]
    assert total.lines == 2000
    assert series_of(snapshot.usage, []).cents == (0,) * 24
    assert total.tail(12).months == MONTHS[-12:]


def test_a_line_with_a_short_or_long_history_is_aligned_on_the_latest_months():
    snapshot = fleet([
        (line(1), usage_json(1, spend=[1000] * 24, mtd=0)),
        (line(2), usage_json(2, spend=[7, 8, 9], mtd=0)),  # a line activated three months ago
        (line(3), usage_json(3, spend=[5] * 30, mtd=0)),  # more months than the company's: the old ones drop
    ])
    series = company_series(snapshot.usage)
    assert len(series.cents) == 24
    assert series.cents[:21] == (1005,) * 21
    assert series.cents[-3:] == (1012, 1013, 1014)
    assert series.total_cents() == 24 * 1005 + 7 + 8 + 9
    assert series.change() == MonthChange(MONTHS[-1], MONTHS[-2], 1014, 1013)
    assert line_series(snapshot.usage, "L00002").cents == (0,) * 21 + (7, 8, 9)


def test_a_change_needs_two_months_of_both_names_and_amounts():
    assert month_change(MONTHS[-2:], [100, 150]) == MonthChange(MONTHS[-1], MONTHS[-2], 150, 100)
    assert month_change(MONTHS[-2:], [150]) is None
    assert month_change(MONTHS[-1:], [100, 150]) is None


def _usage(months: list[str], spends: dict[str, list[int]]):
    from windtre_desktop.domain.fleet_usage import FleetUsage

    return FleetUsage.from_json({"companyId": "C0001", "today": "2026-12-05", "months": months, "offers": [],
                                 "lines": [{"lineId": line_id, "spendCents": spend} for line_id, spend in
                                           spends.items()]})


def test_top_spenders_name_both_months_and_ties_go_by_line_id():
    usage = _usage(MONTHS[-2:], {"L3": [100, 400], "L1": [300, 400], "L2": [0, 900], "L4": [50, 10]})
    top = top_spenders(usage, count=3)
    assert [(s.line_id, s.change) for s in top] == [
        ("L2", MonthChange(MONTHS[-1], MONTHS[-2], 900, 0)), ("L1", MonthChange(MONTHS[-1], MONTHS[-2], 400, 300)),
        ("L3", MonthChange(MONTHS[-1], MONTHS[-2], 400, 100))]


def test_top_spenders_of_a_first_month_and_of_lines_without_history():
    usage = _usage(MONTHS[-1:], {"L1": [700], "L2": [], "L3": [900]})
    top = top_spenders(usage)
    assert [(s.line_id, s.change) for s in top] == [
        ("L3", MonthChange(MONTHS[-1], "", 900, 0)), ("L1", MonthChange(MONTHS[-1], "", 700, 0)),
        ("L2", MonthChange(MONTHS[-1], "", 0, 0))]
    assert top_spenders(_usage([], {"L1": []})) == []


def test_a_line_without_history_ranks_with_the_free_ones_by_line_id():
    usage = _usage(MONTHS[-2:], {"L2": [], "L1": [0, 0], "L3": [0, 5]})
    assert [s.line_id for s in top_spenders(usage)] == ["L3", "L1", "L2"]


def test_a_company_without_billed_months_has_an_empty_series_whatever_its_lines_say():
    assert company_series(_usage([], {"L1": [5, 6], "L2": []})).cents == ()


def test_a_tail_keeps_the_month_to_date_and_how_many_lines_are_summed():
    from windtre_desktop.domain.spend import SpendSeries

    series = SpendSeries(("2026-01", "2026-02", "2026-03"), (100, 200, 300), "2026-04", 50, 12)
    assert series.tail(2) == SpendSeries(("2026-02", "2026-03"), (200, 300), "2026-04", 50, 12)


def test_a_usage_without_a_date_has_no_current_month():
    usage = _usage(MONTHS[-2:], {"L1": [100, 200]})
    assert company_series(usage).current_month == "2026-12"
    undated = usage.__class__("", usage.months, usage.offers, usage.lines)
    assert company_series(undated).current_month == ""
