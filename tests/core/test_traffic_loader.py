"""Loading Traffico into the store against the real sandbox (R-30, R-31, R-21): a line's aggregates and
records kept so a second load asks only for today, Refresh (force) asking again, a failure leaving the saved
view, a day kept while it was today fetched again once past, the company in the same number of requests at
250 and 10,000 lines (and none per line), a Dipendente refused, a custom range."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import SandboxControl
from tests.core.api_support import signed_in_clients
from windtre_desktop.api.traffic import TRAFFIC_TYPES
from windtre_desktop.domain.traffic_data import COMPANY, RECORD_COLUMNS, TrafficQuery
from windtre_desktop.domain.traffic_periods import DayRange, Period, kept_range, period_range
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.store import Store
from windtre_desktop.sync.traffic_loader import (
    CompanyLoad,
    LineLoad,
    failed,
    italian_today,
    load_saved,
    missing_runs,
    run_load,
    start_load,
)

LINE = "L00002"
TYPE = RECORD_COLUMNS.index("type")
COST = RECORD_COLUMNS.index("cost_cents")
SECONDS = RECORD_COLUMNS.index("seconds")


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=30, seed=5)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def api(server):
    with signed_in_clients(server, timeout=30.0) as make:
        yield make


@pytest.fixture
def control(server):
    control = SandboxControl(server.url)
    control.clear_faults()
    yield control
    control.clear_faults()
    control.close()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "cache.sqlite3") as opened:
        yield opened


def test_missing_runs_skip_kept_past_days_and_always_take_today():
    today = date(2026, 12, 6)
    span = DayRange(date(2026, 12, 1), today)
    kept = {date(2026, 12, 1): True, date(2026, 12, 2): True, date(2026, 12, 4): True,
            date(2026, 12, 5): False,  # kept while it was today: only its quarter hours then past
            today: False}
    assert missing_runs(span, kept, today) == [DayRange(date(2026, 12, 3), date(2026, 12, 3)),
                                               DayRange(date(2026, 12, 5), today)]
    assert missing_runs(span, kept, today, force=True) == [span]
    assert missing_runs(DayRange(date(2026, 12, 1), date(2026, 12, 2)), kept, today) == []
    assert missing_runs(span, {}, today) == [span]


def test_a_line_load_keeps_days_and_records_and_a_second_asks_only_for_today(api, store):
    """R-30 (the window), R-31: the records of the period add up to the server's daily aggregates."""
    client = api()
    query = TrafficQuery(LINE, Period.THREE_MONTHS)
    progress: list[tuple[int, int]] = []
    load = start_load(client, store, query, italian_today())
    assert isinstance(load, LineLoad)
    result = run_load(load, lambda done, total: progress.append((done, total)))
    daily = client.line_traffic_daily(LINE)
    today = date.fromisoformat(daily.last)
    assert (result.first, result.last, result.today) == (kept_range(today).first, today, today)
    assert result.complete and not result.from_store and result.records_days == 91 == result.period_days
    assert [day["date"] for day in result.days] == [day["date"] for day in daily.days]
    assert len(result.records) == sum(t["records"] for t in daily.totals.values()) == progress[-1][0]
    assert progress[-1][0] == progress[-1][1] and all(done <= total for done, total in progress)
    for code in TRAFFIC_TYPES:
        mine = [r for r in result.records if r[TYPE] == code]
        assert len(mine) == daily.totals[code]["records"] == result.totals[code]["records"]
        assert sum(r[COST] for r in mine) == daily.totals[code]["costCents"]
        assert sum(r[SECONDS] or 0 for r in mine) == daily.totals[code]["seconds"]
    assert result.records == sorted(result.records, key=lambda r: (r[0], r[-1]))

    before = client.request_count
    again = start_load(client, store, query, italian_today())
    second = run_load(again)
    assert again.runs == [DayRange(today, today)]  # the past days are kept: only today again
    assert client.request_count - before == 2  # the window's aggregates (304 or 200) and today's page
    assert second.complete and len(second.records) >= len(result.records)
    saved = load_saved(store, query, date(2000, 1, 1))  # the server's today was kept: the fallback is unused
    assert saved.from_store and saved.complete and saved.today == today
    assert len(saved.records) == len(second.records) and saved.saved_at is not None


def test_refresh_forces_every_day_again(api, store):
    client = api()
    run_load(start_load(client, store, TrafficQuery(LINE, Period.WEEK), italian_today()))
    load = start_load(client, store, TrafficQuery(LINE, Period.WEEK, force=True), italian_today())
    result = run_load(load)
    span = period_range(Period.WEEK, result.today)
    assert load.runs == [span] and result.complete
    assert len(result.records) == sum(sum(t["records"] for t in d["types"].values()) for d in result.days)


def test_a_failure_gives_the_failure_and_what_the_store_has(api, store, control):
    client = api()
    week = run_load(start_load(client, store, TrafficQuery(LINE, Period.WEEK), italian_today()))
    query = TrafficQuery(LINE, Period.THREE_MONTHS)
    load = LineLoad(client, store, query, italian_today(), page_size=300)
    assert load.step()  # the window's aggregates and the plan
    assert load.step()  # one page of the first run in
    control.fault("500", count=10, path_prefix=f"/api/v1/lines/{LINE}/traffic")
    with pytest.raises(Exception) as error:
        while load.step():
            pass
    failure, saved = failed(error.value, store, query, italian_today())
    assert failure.kind == "unavailable"
    assert saved.from_store and not saved.complete and len(saved.days) == 91  # the aggregates are all in
    # the week kept before, and the days the first page completed
    assert week.period_days <= saved.records_days < 91
    assert len(saved.records) >= len(week.records)


def test_the_server_unreachable_leaves_the_saved_view(store, tmp_path):
    sandbox = SandboxServer(lines=5, seed=3)
    sandbox.start()
    try:
        with signed_in_clients(sandbox) as make:
            client = make()
            query = TrafficQuery("L00001", Period.TODAY)
            fresh = run_load(start_load(client, store, query, italian_today()))
            sandbox.stop()
            with pytest.raises(Exception) as error:
                run_load(start_load(client, store, query, italian_today()))
            failure, saved = failed(error.value, store, query, italian_today())
    finally:
        sandbox.stop()
    assert failure.kind == "unavailable"
    assert saved.complete and saved.records == fresh.records and saved.records_days == 1


def test_a_day_kept_while_it_was_today_is_fetched_again_once_past(store):
    """R-30: today grows during the day; kept while it was today, it is incomplete the next day. (The whole
    window first, so the test holds on any day of the week or month: a Monday's week is today alone.)"""
    sandbox = SandboxServer(lines=5, seed=3, token_ttl_seconds=3 * 86_400)
    sandbox.start()
    control = SandboxControl(sandbox.url)
    try:
        with signed_in_clients(sandbox) as make:
            client = make()
            first = run_load(start_load(client, store, TrafficQuery("L00001", Period.THREE_MONTHS), italian_today()))
            control.advance_clock(86_400)
            load = start_load(client, store, TrafficQuery("L00001", Period.THREE_MONTHS), italian_today())
            result = run_load(load)
    finally:
        control.close()
        sandbox.stop()
    yesterday = first.today
    assert result.today == yesterday + timedelta(days=1)
    # yesterday (kept while it was today) and today again; every earlier day was kept final and is not asked
    assert load.runs == [DayRange(yesterday, result.today)]
    assert result.complete and result.records_days == 91


def test_a_custom_range_keeps_its_days_only(api, store):
    client = api()
    today = date.fromisoformat(client.line_traffic_daily(LINE).last)
    first, last = today - timedelta(days=20), today - timedelta(days=14)
    query = TrafficQuery(LINE, Period.CUSTOM, first, last)
    load = start_load(client, store, query, italian_today())
    result = run_load(load)
    assert load.runs == [DayRange(first, last)]
    assert (result.first, result.last, result.period_days) == (first, last, 7) and result.complete
    assert {r[0][:10] for r in result.records} <= {(first + timedelta(days=n)).isoformat() for n in range(7)}
    assert len(result.records) == sum(t["records"] for t in result.totals.values())
    week = load_saved(store, TrafficQuery(LINE, Period.WEEK), today)
    assert week.records_days == len([d for d in range(week.period_days)
                                     if first <= week.first + timedelta(days=d) <= last])


def _company_requests(lines: int) -> tuple[dict, list[dict], list]:
    """Requests made by company loads of every named period into a fresh store, per period."""
    import tempfile
    from pathlib import Path

    sandbox = SandboxServer(lines=lines, seed=2)
    sandbox.start()
    control = SandboxControl(sandbox.url)
    counts, paths, results = {}, [], []
    try:
        with signed_in_clients(sandbox, timeout=60.0) as make, tempfile.TemporaryDirectory() as folder:
            client = make()
            for period in (Period.THREE_MONTHS, Period.WEEK, Period.TODAY, Period.MONTH):
                with Store(Path(folder) / f"{period}.sqlite3") as store:  # nothing known yet: the worst case
                    control.reset_stats()
                    before = client.request_count
                    load = start_load(client, store, TrafficQuery(COMPANY, period), italian_today())
                    assert isinstance(load, CompanyLoad)
                    results.append(run_load(load))
                    counts[period] = client.request_count - before
                    paths.append(control.stats()["requests"])
    finally:
        control.close()
        sandbox.stop()
    return counts, paths, results


def test_the_company_takes_the_same_requests_at_250_and_10000_lines():
    """R-30 for the company: one answer whatever the line count, never a line's traffic."""
    small, small_paths, small_results = _company_requests(250)
    large, large_paths, large_results = _company_requests(10_000)
    assert small == large == {Period.THREE_MONTHS: 1, Period.WEEK: 2, Period.TODAY: 2, Period.MONTH: 2}
    for stats in small_paths + large_paths:
        assert set(stats) == {"/api/v1/traffic/daily"}
    assert [r.line_count for r in large_results] == [10_000] * 4
    for result in small_results + large_results:
        assert result.complete and result.records is None and set(result.top) == {"data", "voice", "spend"}
        assert len(result.days) == result.period_days


def test_a_known_today_makes_the_company_one_request(api, store):
    client = api()
    run_load(start_load(client, store, TrafficQuery(COMPANY, Period.THREE_MONTHS), italian_today()))
    for period in (Period.WEEK, Period.TODAY):
        load = start_load(client, store, TrafficQuery(COMPANY, period), italian_today())
        result = run_load(load)
        assert load.requests == 1 and result.complete and result.line_count == 30


def test_a_dipendente_is_refused_another_line_and_the_company(api, store):
    """R-21: a Dipendente reads only its own lines; the company's aggregates are refused."""
    client = api("DIPENDENTE")
    own = client.me().line_id
    other = "L00001" if own != "L00001" else "L00003"
    for query in (TrafficQuery(other, Period.TODAY), TrafficQuery(COMPANY, Period.TODAY)):
        with pytest.raises(Exception) as error:
            run_load(start_load(client, store, query, italian_today()))
        failure, saved = failed(error.value, store, query, italian_today())
        assert failure.kind == "forbidden" and saved is not None and saved.days == []
    mine = run_load(start_load(client, store, TrafficQuery(own, Period.TODAY), italian_today()))
    assert mine.complete
