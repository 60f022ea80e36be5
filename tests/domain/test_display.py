"""The value logic behind what the interface shows (no Qt): data units, decimals as written, local moments."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from windtre_desktop.domain.display import (
    GB,
    GIB,
    MB,
    MIB,
    TB,
    TIB,
    DecimalParts,
    calendar_day,
    cents_decimal,
    data_unit,
    local_moment,
    parse_decimal,
)


def test_one_data_unit_is_chosen_from_the_total():
    assert data_unit(int(13.6 * TIB)) is TB  # the gauge of "6.687,3 GB of 13,6 TB" writes both in TB
    assert data_unit(9 * TIB) is GB  # below 10 TB stays in GB
    assert data_unit(GIB) is GB and data_unit(GIB - 1) is MB and data_unit(0) is MB
    assert data_unit(10 * TIB) is TB and data_unit(10 * TIB - 1) is GB and data_unit(-10 * TIB) is TB
    assert data_unit(-20 * GIB) is GB
    assert (MB.size, GB.size, TB.size) == (MIB, GIB, TIB) and (MB.places, GB.places) == (0, 1)


def test_decimals_keep_every_digit_written():
    assert parse_decimal("1541.23") == DecimalParts(False, "1541", "23")
    assert parse_decimal("12.90000000") == DecimalParts(False, "12", "90000000")  # a FatturaPA quantity
    assert parse_decimal("-0.50") == DecimalParts(True, "0", "50")
    assert parse_decimal("-0.00") == DecimalParts(False, "0", "00")  # never "-0,00"
    assert parse_decimal(" 007 ") == DecimalParts(False, "7", "")
    for odd in ("", None, "1e5", "Infinity", "NaN", "1,50", ".5", "dodici", "1.2.3"):
        assert parse_decimal(odd) is None, odd


@given(st.integers(-10**15, 10**15))
def test_cents_are_split_without_a_float(cents):
    parts = cents_decimal(cents)
    assert (-1 if parts.negative else 1) * int(parts.whole + parts.fraction) == cents
    assert len(parts.fraction) == 2


def test_local_moments_and_calendar_days():
    instant = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
    assert local_moment(instant.isoformat()) == instant.astimezone().replace(tzinfo=None)
    assert local_moment("2026-12-05T00:00:00") == datetime(2026, 12, 5)  # no zone: as written
    assert local_moment(None) is None and local_moment("yesterday") is None
    assert local_moment("0001-01-01T00:00:00+14:00") is not None  # the edge of the calendar: not a crash
    assert local_moment("9999-12-31T23:59:59-12:00") is not None
    assert calendar_day("2026-11-05") == date(2026, 11, 5) == calendar_day("2026-11-05T10:00:00Z")
    assert calendar_day(date(2026, 1, 1)) == date(2026, 1, 1)
    assert calendar_day(None) is None and calendar_day("") is None
    # two offsets: whatever this computer's zone, at least one instant must move
    for offset, utc_hour in (("+05:00", 5), ("-07:00", 17)):
        expected = datetime(2026, 12, 5, utc_hour, tzinfo=UTC).astimezone().replace(tzinfo=None)
        assert local_moment(f"2026-12-05T10:00:00{offset}") == expected
    assert calendar_day("not a date") is None and calendar_day(None) is None


def test_file_sizes_in_messages_are_written_by_the_registered_writer():
    from windtre_desktop.domain import display

    previous = display._file_size_writer
    try:
        display.write_file_sizes_with(lambda size: f"{size} bytes")
        assert str(display.FileSize(1234)) == "1234 bytes"
    finally:
        display.write_file_sizes_with(previous)
