"""domain.traffic_series: what the Traffico chart draws (issue 11), checked without Qt."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from windtre_desktop.domain.traffic_series import TRAFFIC_TYPES, Measure, TrafficPoints, TrafficSeries

DAYS = tuple(date(2026, 12, 1) + timedelta(i) for i in range(3))


def test_each_measure_has_the_contracts_unit():
    assert [m.unit for m in Measure] == ["bytes", "seconds", "count", "cents"]


def test_totals_and_running_total():
    series = TrafficSeries(Measure.DATA, DAYS, {"internet": (10, 0, 5), "calls": (1, 2, 3)})
    assert series.types == ("calls", "internet")  # the R-31 order, whatever order they came in
    assert series.totals() == [11, 2, 8] and series.cumulative() == [11, 13, 21]
    assert series.value("messages", 0) == 0 and series.index_of(DAYS[2]) == 2
    assert series.index_of(date(2026, 1, 1)) is None


def test_an_empty_series():
    series = TrafficSeries.empty(Measure.SPEND)
    assert series.measure is Measure.SPEND
    assert series.is_empty() and series.totals() == [] and series.cumulative() == [] and series.types == ()


@pytest.mark.parametrize(("days", "values", "message"), [
    (DAYS, {"roaming": (1, 2, 3)}, "unknown traffic type"),
    (DAYS, {"calls": (1, 2)}, "2 values for 3 days"),
    (DAYS, {"calls": (1, -2, 3)}, "negative"),
    ((DAYS[1], DAYS[0]), {}, "strictly increase"),
    ((DAYS[0], DAYS[0]), {}, "strictly increase"),
])
def test_a_malformed_series_is_refused(days, values, message):
    with pytest.raises(ValueError, match=message):
        TrafficSeries(Measure.COUNT, days, values)


def test_points_need_one_value_per_day():
    assert TrafficPoints(Measure.COUNT, [], []).is_empty()
    with pytest.raises(ValueError, match="1 values for 2 points"):
        TrafficPoints(Measure.COUNT, [1.0, 2.0], [3.0])


@given(st.lists(st.tuples(*[st.integers(0, 10**12)] * len(TRAFFIC_TYPES)), max_size=40))
def test_the_running_total_is_the_sum_of_all_days_so_far(rows):
    days = [date(2026, 1, 1) + timedelta(i) for i in range(len(rows))]
    values = {kind: tuple(row[k] for row in rows) for k, kind in enumerate(TRAFFIC_TYPES)}
    series = TrafficSeries(Measure.DATA, days, values)
    for i, running in enumerate(series.cumulative()):
        assert running == sum(sum(row) for row in rows[: i + 1])


def _day(text: str, **types: dict) -> dict:
    return {"date": text, "types": types}


def test_a_period_chart_reads_the_measure_of_each_type_and_leaves_out_types_without_any():
    from windtre_desktop.domain.traffic_series import series_from_days

    days = [_day("2026-12-01", calls={"records": 2, "seconds": 90, "bytes": 0, "costCents": 10},
                 internet={"records": 1, "seconds": 0, "bytes": 5000, "costCents": 0}),
            _day("2026-12-02", calls={"records": 1, "seconds": 30, "bytes": 0, "costCents": 0})]
    counts = series_from_days(days, Measure.COUNT)
    assert counts.measure is Measure.COUNT
    assert counts.days == (date(2026, 12, 1), date(2026, 12, 2))
    assert counts.values == {"calls": (2, 1), "internet": (1, 0)}
    assert series_from_days(days, Measure.DURATION).values == {"calls": (90, 30)}
    assert series_from_days(days, Measure.DATA).values == {"internet": (5000, 0)}
    assert series_from_days(days, Measure.SPEND).values == {"calls": (10, 0)}
    assert series_from_days([], Measure.COUNT).is_empty()
