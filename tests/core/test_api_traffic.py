"""ApiClient's traffic methods against the real sandbox (docs/api.md "Traffic", R-30…R-32, R-21): the
daily aggregates of a line and of the company with ETag, the records paged by cursor, the export's 90-day
limit, and the client's period rules (domain/traffic_periods) agreeing with the server's window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.api import Forbidden, ValidationFailed
from windtre_desktop.api.traffic import TRAFFIC_TYPES
from windtre_desktop.domain.traffic_periods import EXPORT_MAX_DAYS, kept_range
from windtre_desktop.sandbox.runner import SandboxServer


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=30, seed=5)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def api(server):
    with signed_in_clients(server, timeout=20.0) as make:
        yield make


def test_the_daily_traffic_of_a_line_covers_the_window_the_client_expects(api):
    client = api()
    line_id = client.me().line_id or "L00001"
    daily = client.line_traffic_daily(line_id)
    first, last = date.fromisoformat(daily.first), date.fromisoformat(daily.last)
    kept = kept_range(last)
    assert (kept.first, kept.last) == (first, last)  # the server keeps what the client's periods expect
    assert [day["date"] for day in daily.days] == [(first + timedelta(days=n)).isoformat()
                                                     for n in range(kept.days)]
    assert set(daily.totals) == set(TRAFFIC_TYPES)
    for kind in TRAFFIC_TYPES:
        assert daily.totals[kind]["records"] == sum(day["types"][kind]["records"] for day in daily.days)
    assert daily.etag and client.line_traffic_daily(line_id, etag=daily.etag) is None  # 304


def test_the_records_of_a_day_add_up_to_its_aggregate_across_pages(api):
    client = api()
    daily = client.line_traffic_daily("L00002")
    busiest = max(daily.days, key=lambda day: sum(t["records"] for t in day["types"].values()))
    page = client.line_traffic_records("L00002", first=busiest["date"], last=busiest["date"], limit=7)
    records = list(page.records)
    while page.next_cursor:
        page = client.line_traffic_records("L00002", first=busiest["date"], last=busiest["date"], limit=7,
                                           cursor=page.next_cursor)
        records += page.records
    assert len({record["id"] for record in records}) == len(records) == page.total_records
    for kind in TRAFFIC_TYPES:
        mine = [r for r in records if r["type"] == kind]
        assert len(mine) == busiest["types"][kind]["records"]
        assert sum(r["costCents"] for r in mine) == busiest["types"][kind]["costCents"]


def test_the_company_traffic_is_one_answer_with_its_top_lines(api):
    client = api()
    company = client.company_traffic_daily(top=3)
    assert company.line_count == 30 and set(company.top) == {"data", "voice", "spend"}
    assert all(len(ranking) <= 3 for ranking in company.top.values())
    assert company.etag and client.company_traffic_daily(top=3, etag=company.etag) is None


def test_the_export_is_refused_beyond_90_days_as_the_client_checks_before_asking(api):
    client = api()
    today = date.fromisoformat(client.line_traffic_daily("L00001").last)
    ok = client.line_traffic_export("L00001", first=(today - timedelta(days=EXPORT_MAX_DAYS - 1)).isoformat(),
                                    last=today.isoformat(), limit=10)
    assert ok.line["id"] == "L00001" and ok.total_records >= len(ok.records)
    with pytest.raises(ValidationFailed) as refused:
        client.line_traffic_export("L00001", first=(today - timedelta(days=EXPORT_MAX_DAYS)).isoformat(),
                                   last=today.isoformat())
    assert refused.value.field == "from"


def test_a_dipendente_reads_only_its_own_line_r21(api):
    employee = api("DIPENDENTE")
    own = employee.me().line_id
    assert employee.line_traffic_daily(own).days
    other = "L00003" if own != "L00003" else "L00004"
    with pytest.raises(Forbidden):
        employee.line_traffic_daily(other)
    with pytest.raises(Forbidden):
        employee.company_traffic_daily()
