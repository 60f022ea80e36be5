"""Traffico in the store (R-30, R-31): migration v4, daily aggregates replaced by day, records paged in with
per-day coverage (a day is kept only once all its records are in), ETags, today, pruning, and a 100,000-row
read in one query."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from windtre_desktop.domain.traffic_data import COMPANY, RECORD_COLUMNS
from windtre_desktop.store import Store, migrations
from windtre_desktop.store.traffic_store import DAILY, RECORDS, WINDOW_QUERY, TrafficStore

TODAY = date(2026, 12, 6)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "cache.sqlite3") as opened:
        yield opened


def day(name: str, calls: int = 1, cents: int = 0) -> dict:
    zero = {"records": 0, "seconds": 0, "bytes": 0, "costCents": 0}
    return {"date": name, "types": {"calls": {"records": calls, "seconds": 60 * calls, "bytes": 0,
                                              "costCents": cents},
                                    "messages": dict(zero), "internet": dict(zero), "options": dict(zero),
                                    "other": dict(zero)}}


def record(line: str, at: str, index: int, cents: int = 5) -> dict:
    return {"id": f"{line}-{at[:10].replace('-', '')}-{index:06d}", "at": at, "type": "calls",
            "kind": "voice_national", "number": "+390612345678", "destination": "IT", "roamingCountry": None,
            "seconds": 30, "bytes": None, "costCents": cents, "description": None}


def test_migration_v4_creates_the_traffic_tables(tmp_path):
    path = tmp_path / "cache.sqlite3"
    Store(path).close()
    raw = sqlite3.connect(path)
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    raw.close()
    assert len(migrations.MIGRATIONS) >= 4
    assert {"traffic_days", "traffic_records", "traffic_coverage", "traffic_etags", "traffic_company",
            "traffic_state"} <= tables


def test_daily_days_are_replaced_by_day_with_etag_and_today(store):
    """R-31: a day's aggregates by type; a second answer replaces the same days, others stay."""
    traffic = TrafficStore(store)
    assert traffic.server_today() is None
    traffic.save_daily("L1", [day("2026-12-04"), day("2026-12-05"), day("2026-12-06")], today=TODAY,
                       query=WINDOW_QUERY, etag='"e1"', learned_today=True)
    traffic.save_daily("L1", [day("2026-12-06", calls=7)], today=TODAY, query="2026-12-06..2026-12-06",
                       etag='"e2"')
    days = traffic.days("L1", date(2026, 12, 5), TODAY)
    assert [d["date"] for d in days] == ["2026-12-05", "2026-12-06"]
    assert days[1]["types"]["calls"]["records"] == 7 and list(days[1]["types"]) == [
        "calls", "messages", "internet", "options", "other"]
    assert traffic.server_today() == TODAY
    assert traffic.etag("L1", WINDOW_QUERY) == '"e1"' and traffic.etag("L1", "2026-12-06..2026-12-06") == '"e2"'
    coverage = traffic.coverage("L1", DAILY, date(2026, 12, 4), TODAY)
    assert {d: final for d, (_at, final) in coverage.items()} == {
        date(2026, 12, 4): True, date(2026, 12, 5): True, TODAY: False}  # today is never final
    assert traffic.days(COMPANY, date(2026, 12, 4), TODAY) == []


def test_company_top_is_kept_per_period(store):
    traffic = TrafficStore(store)
    top = {"data": [{"lineId": "L1", "msisdn": "+39320", "value": 9}], "voice": [], "spend": []}
    traffic.save_daily(COMPANY, [day("2026-12-06")], today=TODAY, query="2026-12-06..2026-12-06", etag=None,
                       top=top, line_count=250, period=("2026-12-06", "2026-12-06"))
    saved = traffic.company_top(TODAY, TODAY)
    assert saved is not None and saved[0] == top and saved[1] == 250
    assert traffic.company_top(TODAY - timedelta(days=1), TODAY) is None


def test_a_day_is_covered_only_once_all_its_records_are_in(store):
    """Records come oldest first: after a page ending on the 5th, the 4th is complete, the 5th is not."""
    traffic = TrafficStore(store)
    first, last = date(2026, 12, 3), date(2026, 12, 6)
    page1 = [record("L1", "2026-12-03T10:00:00+01:00", 1), record("L1", "2026-12-05T08:00:00+01:00", 1)]
    traffic.save_records_page("L1", page1, first, last, today=TODAY, last_page=False, clear=True)
    assert set(traffic.coverage("L1", RECORDS, first, last)) == {date(2026, 12, 3), date(2026, 12, 4)}
    page2 = [record("L1", "2026-12-05T09:00:00+01:00", 2), record("L1", "2026-12-06T07:00:00+01:00", 1)]
    traffic.save_records_page("L1", page2, first, last, today=TODAY, last_page=True)
    coverage = traffic.coverage("L1", RECORDS, first, last)
    assert set(coverage) == {first + timedelta(days=n) for n in range(4)}
    assert coverage[TODAY][1] is False and coverage[first][1] is True
    rows = traffic.records("L1", first, last)
    assert [r[RECORD_COLUMNS.index("at")] for r in rows] == [r["at"] for r in page1 + page2]
    assert rows[0][RECORD_COLUMNS.index("id")] == "L1-20261203-000001" and len(rows[0]) == len(RECORD_COLUMNS)
    assert [r[0] for r in traffic.records("L1", TODAY, TODAY)] == ["2026-12-06T07:00:00+01:00"]
    # clearing the run forgets its records and its coverage, and no other line's
    traffic.save_records_page("L2", page1, first, last, today=TODAY, last_page=True)
    traffic.clear_records("L1", date(2026, 12, 5), TODAY)
    assert len(traffic.records("L1", first, last)) == 1
    assert set(traffic.coverage("L1", RECORDS, first, last)) == {date(2026, 12, 3), date(2026, 12, 4)}
    assert len(traffic.records("L2", first, last)) == 2


def test_a_failed_page_write_rolls_back(store):
    traffic = TrafficStore(store)
    bad = [record("L1", "2026-12-03T10:00:00+01:00", 1), {"at": "2026-12-03T11:00:00+01:00"}]  # no id: KeyError
    with pytest.raises(KeyError):
        traffic.save_records_page("L1", bad, date(2026, 12, 3), TODAY, today=TODAY, last_page=True)
    traffic.save_records_page("L1", [record("L1", "2026-12-03T10:00:00+01:00", 1)], date(2026, 12, 3), TODAY,
                              today=TODAY, last_page=True)
    with pytest.raises(sqlite3.IntegrityError):  # a NULL in a NOT NULL column, after the clear
        traffic.save_records_page("L1", [dict(record("L1", "2026-12-04T10:00:00+01:00", 1), type=None)],
                                  date(2026, 12, 3), TODAY, today=TODAY, last_page=True, clear=True)
    assert len(traffic.records("L1", date(2026, 12, 3), TODAY)) == 1  # the clear was rolled back too
    assert store._conn.in_transaction is False


def test_prune_forgets_everything_before_the_window(store):
    """R-30: the server keeps 90 days before today; what is older goes."""
    traffic = TrafficStore(store)
    old, kept = "2026-09-06", "2026-09-07"
    traffic.save_daily("L1", [day(old), day(kept)], today=TODAY, query=WINDOW_QUERY, etag='"w"')
    traffic.save_daily(COMPANY, [day(old)], today=TODAY, query=f"{old}..{old}", etag='"c"', top={}, period=(old, old))
    traffic.save_records_page("L1", [record("L1", old + "T10:00:00+02:00", 1),
                                     record("L1", kept + "T10:00:00+02:00", 1)],
                              date(2026, 9, 6), date(2026, 9, 7), today=TODAY, last_page=True)
    traffic.prune(date.fromisoformat(kept))
    span = (date(2026, 9, 1), TODAY)
    assert [d["date"] for d in traffic.days("L1", *span)] == [kept]
    assert [r[0][:10] for r in traffic.records("L1", *span)] == [kept]
    assert set(traffic.coverage("L1", RECORDS, *span)) == {date.fromisoformat(kept)}
    assert traffic.company_top(date.fromisoformat(old), date.fromisoformat(old)) is None
    assert traffic.etag(COMPANY, f"{old}..{old}") is None and traffic.etag("L1", WINDOW_QUERY) == '"w"'


def test_100000_records_round_trip_in_one_read(store):
    """A heavy line's three months (the sandbox's call-centre lines pass 100,000 records)."""
    traffic = TrafficStore(store)
    first = date(2026, 9, 7)
    rows = []
    for n in range(100_000):
        moment = first + timedelta(days=n // 1100)
        seconds = n % 1100 * 60
        at = f"{moment.isoformat()}T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:00+01:00"
        rows.append(record("L9", at, n % 1100 + 1, cents=n % 7))
    for start in range(0, len(rows), 5000):
        page = rows[start:start + 5000]
        traffic.save_records_page("L9", page, first, TODAY, today=TODAY, last_page=start + 5000 >= len(rows),
                                  clear=start == 0)
    read = traffic.records("L9", first, TODAY)  # its speed is benchmarks/traffic_view_probe.py's
    assert len(read) == 100_000 == traffic.record_count("L9", first, TODAY)
    assert [r[0] for r in read[:3]] == [r["at"] for r in rows[:3]] and read[-1][10] == rows[-1]["id"]
    assert sum(r[RECORD_COLUMNS.index("cost_cents")] for r in read) == sum(r["costCents"] for r in rows)
    chunks = list(traffic.record_chunks("L9", first, TODAY, size=5000))
    assert len(chunks) == 20 and chunks[0][0] == {k: rows[0][k] for k in chunks[0][0]}


def test_today_s_aggregates_become_the_sums_of_its_records_r31(store):
    """Today grows between the request of the aggregates and the records': the records, asked later, win."""
    traffic = TrafficStore(store)
    traffic.save_daily("L1", [day(TODAY.isoformat(), calls=2, cents=10)], today=TODAY, query=WINDOW_QUERY,
                       etag=None)
    rows = [record("L1", f"{TODAY.isoformat()}T0{n}:00:00+01:00", n + 1, cents=7) for n in range(3)]
    rows.append({**record("L1", f"{TODAY.isoformat()}T09:30:00+01:00", 4, cents=0), "type": "internet",
                 "kind": "data", "seconds": None, "bytes": 5000})
    traffic.save_records_page("L1", rows, TODAY, TODAY, today=TODAY, last_page=True, clear=True)
    traffic.day_from_records("L1", TODAY)
    (kept,) = traffic.days("L1", TODAY, TODAY)
    assert kept["types"]["calls"] == {"records": 3, "seconds": 90, "bytes": 0, "costCents": 21}
    assert kept["types"]["internet"] == {"records": 1, "seconds": 0, "bytes": 5000, "costCents": 0}
    assert kept["types"]["messages"] == {"records": 0, "seconds": 0, "bytes": 0, "costCents": 0}
    assert list(kept["types"]) == ["calls", "messages", "internet", "options", "other"]


def test_a_page_that_is_not_the_last_and_holds_no_record_completes_no_day(store):
    traffic = TrafficStore(store)
    first, last = date(2026, 12, 3), date(2026, 12, 6)
    traffic.save_records_page("L1", [], first, last, today=TODAY, last_page=False, clear=True)
    assert traffic.coverage("L1", RECORDS, first, last) == {}


def test_a_type_the_app_does_not_know_is_kept_after_the_known_ones(store):
    traffic = TrafficStore(store)
    extra = day("2026-12-05")
    extra["types"] = {"satellite": dict(extra["types"]["calls"]), **extra["types"]}
    traffic.save_daily("L1", [extra], today=TODAY, query=WINDOW_QUERY, etag=None)
    [saved] = traffic.days("L1", date(2026, 12, 5), date(2026, 12, 5))
    assert list(saved["types"]) == ["calls", "messages", "internet", "options", "other", "satellite"]


def test_every_field_of_a_record_comes_back_as_it_was_given(store):
    """Issue 16: a roaming record with every field set, through records() and record_chunks()."""
    traffic = TrafficStore(store)
    given = {"id": "L1-20261206-000001", "at": "2026-12-06T09:30:00+01:00", "type": "internet",
             "kind": "data_roaming", "number": None, "destination": "FR", "roamingCountry": "FR",
             "seconds": 120, "bytes": 2048, "costCents": 150, "description": "Roaming UE"}
    traffic.save_records_page("L1", [given], TODAY, TODAY, today=TODAY, last_page=True)
    (row,) = traffic.records("L1", TODAY, TODAY)
    assert row[RECORD_COLUMNS.index("roaming_country")] == "FR"
    assert list(traffic.record_chunks("L1", TODAY, TODAY, size=10)) == [[given]]


def test_the_company_top_is_kept_only_with_both_the_top_and_its_period(store):
    traffic = TrafficStore(store)
    top = {"data": [], "voice": [], "spend": []}
    period = ("2026-12-06", "2026-12-06")
    traffic.save_daily(COMPANY, [day("2026-12-06")], today=TODAY, query="q1", etag=None, top=top, line_count=3)
    traffic.save_daily(COMPANY, [day("2026-12-06")], today=TODAY, query="q2", etag=None, line_count=3, period=period)
    assert traffic.company_top(TODAY, TODAY) is None
    assert traffic.days(COMPANY, TODAY, TODAY) == [day("2026-12-06")]


def test_the_servers_today_changes_only_when_the_answer_taught_it(store):
    traffic = TrafficStore(store)
    traffic.save_daily("L1", [day("2026-12-05")], today=TODAY, query="q", etag=None, learned_today=True)
    traffic.save_daily("L1", [day("2026-12-06")], today=TODAY + timedelta(days=1), query="q", etag=None)
    assert traffic.server_today() == TODAY
