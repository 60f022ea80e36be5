"""Traffico's periods (R-30) and the export range (R-32), without Qt."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.domain.italian import italian
from windtre_desktop.domain.traffic_periods import (
    EXPORT_MAX_DAYS,
    DayRange,
    Period,
    check_export_range,
    check_range,
    kept_range,
    period_range,
)

TODAY = date(2026, 12, 6)  # a Sunday
days = st.dates(min_value=date(2000, 3, 1), max_value=date(2099, 12, 31))


def test_the_named_periods_of_r30():
    assert period_range(Period.TODAY, TODAY) == DayRange(TODAY, TODAY)
    assert period_range(Period.WEEK, TODAY) == DayRange(date(2026, 11, 30), TODAY)  # from Monday
    assert period_range(Period.WEEK, date(2026, 11, 30)) == DayRange(date(2026, 11, 30), date(2026, 11, 30))
    assert period_range(Period.MONTH, TODAY) == DayRange(date(2026, 12, 1), TODAY)
    assert period_range(Period.THREE_MONTHS, TODAY) == DayRange(date(2026, 9, 7), TODAY)  # today + 90 days
    assert period_range(Period.THREE_MONTHS, TODAY).days == 91
    with pytest.raises(ValueError):
        period_range(Period.CUSTOM, TODAY)


@given(days, st.sampled_from([p for p in Period if p is not Period.CUSTOM]))
def test_every_named_period_ends_today_inside_what_the_server_keeps(today, period):
    shown = period_range(period, today)
    assert shown.last == today and shown.first <= today
    assert shown.first in kept_range(today)
    assert check_range(shown.first, shown.last, today) is None


def test_a_custom_range_names_the_field_and_the_rule():
    after = check_range(TODAY, TODAY - timedelta(days=1), TODAY)
    assert after is not None and after.render().startswith("From:") and "after the end" in after.render()
    future = check_range(TODAY, TODAY + timedelta(days=1), TODAY)
    assert future is not None and future.render().startswith("To:") and "later than today" in future.render()
    old = check_range(date(2026, 9, 6), TODAY, TODAY, write_day=lambda d: d.strftime("%d/%m/%Y"))
    assert old is not None and old.render() == (
        "From: traffic is kept for the last three months only, from 07/09/2026.")
    assert check_range(date(2026, 9, 7), TODAY, TODAY) is None


def test_the_export_covers_at_most_90_days_r32():
    assert check_export_range(TODAY - timedelta(days=EXPORT_MAX_DAYS - 1), TODAY, TODAY) is None
    too_long = check_export_range(TODAY - timedelta(days=EXPORT_MAX_DAYS), TODAY, TODAY)
    assert too_long is not None
    assert too_long.render() == "From: the traffic download covers at most 90 days; this range has 91."
    # the range rules come first: a range partly in the future says so, whatever its length
    assert check_export_range(TODAY, TODAY + timedelta(days=200), TODAY).render().startswith("To:")


@given(days, st.integers(0, 120), st.integers(0, 120))
def test_an_export_range_is_accepted_exactly_when_it_is_shown_and_short_enough(today, back, length):
    first = today - timedelta(days=back)
    last = first + timedelta(days=length)
    accepted = check_export_range(first, last, today) is None
    assert accepted == (last <= today and first in kept_range(today) and length + 1 <= EXPORT_MAX_DAYS)


def test_a_too_long_export_range_is_refused_in_the_users_language():
    too_long = check_export_range(TODAY - timedelta(days=EXPORT_MAX_DAYS), TODAY, TODAY)
    assert too_long.render(italian) == "Dal: il download del traffico copre al massimo 90 giorni; questo periodo ne ha 91."


def test_asking_a_custom_period_for_its_range_tells_the_caller_where_to_look():
    with pytest.raises(ValueError, match=r"^a custom period has no range of its own: see check_range$"):
        period_range(Period.CUSTOM, TODAY)
