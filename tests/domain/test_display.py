"""Numbers, money, data amounts and times as Italian and English readers expect them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from windtre_desktop.domain.display import GIB, MIB, TIB, Display

IT, EN = Display("it"), Display("en")


def test_integers_and_money():
    assert IT.integer(10_000) == "10.000" and EN.integer(10_000) == "10,000"
    assert IT.integer(-1234567) == "-1.234.567"
    assert IT.euro(940838) == "€ 9.408,38" and EN.euro(940838) == "€ 9,408.38"
    assert IT.euro(5) == "€ 0,05" and IT.euro(-150) == "-€ 1,50"


def test_data_amounts_minutes_and_decimals():
    assert IT.data_amount(int(46.6 * GIB)) == "46,6 GB"
    assert EN.data_amount(512 * MIB) == "512 MB"
    assert IT.data_amount(int(322.1 * TIB)) == "322,1 TB"
    assert IT.data_amount(9 * TIB) == "9.216,0 GB"  # below 10 TB stays in GB
    assert IT.minutes(3599) == "59 min" and EN.minutes(1_373_568 * 60) == "1,373,568 min"
    assert IT.decimal(-0.04, 1) == "0,0"  # no "-0,0"
    assert EN.decimal(1234.4, 0) == "1,234" and IT.decimal(1234.56, 1) == "1.234,6"


def test_timestamps_are_local_and_unreadable_ones_are_none():
    instant = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
    local = instant.astimezone()
    assert IT.timestamp(instant.isoformat()) == local.strftime("%d/%m/%y %H:%M")
    assert EN.timestamp(instant.isoformat()) == local.strftime("%d/%m/%Y %H:%M")
    assert IT.timestamp(None) is None and IT.timestamp("yesterday") is None


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unsupported language"):
        Display("fr")


@given(st.integers(-10**15, 10**15))
def test_integer_round_trips_through_the_separators(value):
    for display, separator in ((IT, "."), (EN, ",")):
        assert int(display.integer(value).replace(separator, "")) == value


@given(st.integers(-10**12, 10**12))
def test_euro_keeps_every_cent(cents):
    text = IT.euro(cents)
    digits = text.replace("€", "").replace(" ", "").replace(".", "").replace(",", "")
    assert int(digits) == cents


def test_calendar_days_read_day_first_and_odd_text_is_kept():
    assert Display("it").day("2026-11-05") == "05/11/2026"
    assert Display("en").day("2026-11-05T10:00:00Z") == "05/11/2026"
    assert Display("it").day("not a date") == "not a date"
    assert Display("it").day(None) == ""


def test_an_instant_at_the_edge_of_the_calendar_is_shown_not_a_crash():
    assert Display("it").timestamp("0001-01-01T00:00:00+14:00") is not None
    assert Display("en").timestamp("9999-12-31T23:59:59-12:00") is not None
