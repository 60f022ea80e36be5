"""`GET /api/v1/fleet/usage` (docs/api.md "Fleet", R-21) against the real sandbox: the shape, roles, ETag, and
the demo's unusual lines that the app's alerts must find: present on a few lines, more at 10,000, never on
most; a dormant line is silent in the traffic endpoints too; the service invoices are the sum of the lines."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import httpx
import pytest

from tests.sandbox.conftest import assert_wrapped, login, user_of
from windtre_desktop.domain.fleet_usage import FleetUsage
from windtre_desktop.sandbox.fleet_schemas import FleetUsage as FleetUsageSchema

API = "/api/v1"
VAT_PERCENT = 22
CALL_DETAIL_FEE = 200  # the account's own fee (docs/api.md, Invoices): "Servizio dettaglio chiamate"


def _usage(http: httpx.Client) -> dict:
    return assert_wrapped(http.get(f"{API}/fleet/usage"), "OK", 200)["data"]


def _lines(http: httpx.Client) -> dict[str, dict]:
    return {line["id"]: line for line in assert_wrapped(http.get(f"{API}/lines"), "OK", 200)["data"]}


def _in_daytime(server) -> None:
    """Move the sandbox clock (same day) past 10:00 Italian time, so that today has roaming traffic."""
    clock = httpx.get(f"{server.url}/sandbox/clock").json()
    now = datetime.fromisoformat(clock["now"])
    if now.hour < 10:
        seconds = (10 - now.hour) * 3600 - now.minute * 60
        httpx.post(f"{server.url}/sandbox/clock", json={"advanceSeconds": seconds}).raise_for_status()


def _patterns(usage: dict, lines: dict[str, dict]) -> dict[str, list[str]]:
    """The line ids each demo pattern (the alerts' conditions, docs/api.md "Fleet") holds for."""
    offers = {offer["code"]: offer for offer in usage["offers"]}
    today = date.fromisoformat(usage["today"])
    found: dict[str, list[str]] = {k: [] for k in ("month", "week", "dormant", "full", "light", "credit", "roaming")}
    for entry in usage["lines"]:
        line = lines[entry["lineId"]]
        spend = entry["spendCents"]
        if spend[-1] >= 2 * sum(spend[-4:-1]) / 3:
            found["month"].append(line["id"])
        week, before = entry["lastWeek"], entry["previousWeeks"]
        if any(week[k] >= 3 * max(before[k] / 12, 1) for k in ("records", "costCents")):
            found["week"].append(line["id"])
        last = entry["lastActivity"]
        if last is None or date.fromisoformat(last) <= today - timedelta(days=35):
            found["dormant"].append(line["id"])
        allowance = offers[line["offer"]["code"]]["dataBytes"]
        if line["kind"] == "mobile" and allowance:
            if all(used >= allowance for used in entry["dataUsedMonths"]):
                found["full"].append(line["id"])
            if all(used < allowance / 2 for used in entry["dataUsedMonths"]):
                found["light"].append(line["id"])
        pace = week["costCents"] / 7
        if line["paymentType"] == "prepaid" and pace > 0 and line["creditCents"] <= 7 * pace:
            found["credit"].append(line["id"])
        if entry["roamingCountry"]:
            found["roaming"].append(line["id"])
    return found


@pytest.fixture(scope="module")
def company():
    """A private 250-line demo company (seed 1) at daytime, and a User Admin's client."""
    from windtre_desktop.sandbox.runner import SandboxServer

    server = SandboxServer(lines=250, seed=1)
    server.start()
    _in_daytime(server)
    http = httpx.Client(base_url=server.url, timeout=60)
    login(http, user_of(server, "USER_ADMIN"))
    yield server, http
    http.close()
    server.stop()


def test_the_answer_has_every_line_24_months_and_the_catalogue(company):
    server, http = company
    usage = _usage(http)
    FleetUsageSchema.model_validate(usage)
    lines = _lines(http)
    assert [entry["lineId"] for entry in usage["lines"]] == sorted(lines)
    today = date.fromisoformat(usage["today"])
    last_month = today.replace(day=1) - timedelta(days=1)
    assert len(usage["months"]) == 24 and usage["months"][-1] == f"{last_month:%Y-%m}"
    assert usage["months"] == sorted(set(usage["months"]))
    assert {offer["code"] for offer in usage["offers"]} >= {line["offer"]["code"] for line in lines.values()}
    for kind in ("mobile", "fixed"):
        prices = [o["monthlyCents"] for o in usage["offers"] if o["kind"] == kind]
        assert prices == sorted(prices) and prices
    fees = {offer["code"]: offer["monthlyCents"] for offer in usage["offers"]}
    for entry in usage["lines"]:
        line = lines[entry["lineId"]]
        assert len(entry["spendCents"]) == 24
        assert min(entry["spendCents"]) >= fees[line["offer"]["code"]]  # the fee, plus charges
        assert len(entry["dataUsedMonths"]) == 3
        assert (entry["dataUsedMonths"] == [None] * 3) == (line["counters"]["data"] is None)
    parsed = FleetUsage.from_json(usage)
    assert set(parsed.lines) == set(lines) and parsed.months == tuple(usage["months"])
    assert [parsed.lines[e["lineId"]].to_json() for e in usage["lines"]] == usage["lines"]


def test_the_windows_are_sums_of_the_lines_traffic_days(company):
    server, http = company
    usage = {entry["lineId"]: entry for entry in _usage(http)["lines"]}
    for line_id in ("L00001", "L00002", "L00007"):
        days = assert_wrapped(http.get(f"{API}/lines/{line_id}/traffic/daily"), "OK", 200)["data"]["days"]

        def total(rows: list[dict], measure: str, types: tuple[str, ...] = ()) -> int:
            return sum(t[measure] for row in rows for code, t in row["types"].items() if not types or code in types)

        for name, rows in (("lastWeek", days[-7:]), ("previousWeeks", days[:-7])):
            window = usage[line_id][name]
            assert window["records"] == total(rows, "records"), (line_id, name)
            assert window["costCents"] == total(rows, "costCents")
            assert window["seconds"] == total(rows, "seconds")
            assert window["bytes"] == total(rows, "bytes")
            assert window["messages"] == total(rows, "records", ("messages",))
        first = usage[line_id]["lastActivity"]
        active = [row["date"] for row in days if any(t["records"] for t in row["types"].values())]
        assert first == (active[-1] if active else None)
        month = days[-1]["date"][:7]
        assert usage[line_id]["monthToDateCents"] == total([r for r in days if r["date"].startswith(month)], "costCents")


def test_roles(company):
    server, _ = company
    with httpx.Client(base_url=server.url, timeout=30) as http:
        assert_wrapped(http.get(f"{API}/fleet/usage"), "FAIL", 401, "ERR-AUTH-02")
        login(http, user_of(server, "DIPENDENTE"))
        assert_wrapped(http.get(f"{API}/fleet/usage"), "FAIL", 403, "ERR-AUTH-03")
    with httpx.Client(base_url=server.url, timeout=60) as http:
        login(http, user_of(server, "TELCO_MANAGER"))
        assert len(_usage(http)["lines"]) == 250


def test_etag_304_and_the_same_answer_for_the_same_clock(start_server):
    server = start_server(lines=40, seed=5)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        login(http, user_of(server, "USER_ADMIN"))
        first = http.get(f"{API}/fleet/usage")
        etag = first.headers["ETag"]
        again = http.get(f"{API}/fleet/usage")
        assert again.headers["ETag"] == etag and again.content == first.content
        cached = http.get(f"{API}/fleet/usage", headers={"If-None-Match": etag})
        assert cached.status_code == 304 and cached.content == b""
        httpx.post(f"{server.url}/sandbox/usage", json={"lines": 3}).raise_for_status()
        changed = http.get(f"{API}/fleet/usage", headers={"If-None-Match": etag})
        assert changed.status_code == 200 and changed.headers["ETag"] != etag
        etag = changed.headers["ETag"]
        httpx.post(f"{server.url}/sandbox/clock", json={"advanceSeconds": 900}).raise_for_status()
        later = http.get(f"{API}/fleet/usage", headers={"If-None-Match": etag})
        assert later.status_code == 200 and later.headers["ETag"] != etag
        zipped = http.get(f"{API}/fleet/usage", headers={"Accept-Encoding": "gzip"})
        assert zipped.headers["Content-Encoding"] == "gzip" and zipped.json() == later.json()


def test_every_demo_pattern_is_on_a_few_lines_and_not_on_most(company):
    server, http = company
    found = _patterns(_usage(http), _lines(http))
    for name, ids in found.items():
        assert 1 <= len(ids) <= 25, (name, len(ids))  # a few of 250, never most (10% at most)


def test_there_are_more_of_each_at_10000_lines(big_sandbox, company):
    _in_daytime(big_sandbox)
    with httpx.Client(base_url=big_sandbox.url, timeout=120) as http:
        login(http, user_of(big_sandbox, "USER_ADMIN"))
        big = _patterns(_usage(http), _lines(http))
    server, small_http = company
    small = _patterns(_usage(small_http), _lines(small_http))
    for name in small:
        assert len(small[name]) < len(big[name]) <= 1000, (name, len(big[name]))


def test_a_dormant_line_is_silent_in_the_traffic_endpoints_and_still_pays_its_fee(company):
    server, http = company
    usage = _usage(http)
    lines = _lines(http)
    fees = {offer["code"]: offer["monthlyCents"] for offer in usage["offers"]}
    dormant = _patterns(usage, lines)["dormant"]
    assert dormant
    for line_id in dormant[:3]:
        daily = assert_wrapped(http.get(f"{API}/lines/{line_id}/traffic/daily"), "OK", 200)["data"]["days"]
        quiet = daily[-35:]
        assert all(t["records"] == 0 for row in quiet for t in row["types"].values()), line_id
        page = assert_wrapped(
            http.get(f"{API}/lines/{line_id}/traffic/records", params={"from": quiet[0]["date"]}), "OK", 200
        )["data"]
        assert page["records"] == [] and page["totalRecords"] == 0
        spend = next(e for e in usage["lines"] if e["lineId"] == line_id)["spendCents"]
        assert spend[-1] == fees[lines[line_id]["offer"]["code"]]  # no charges, the fee still billed


def test_a_roaming_line_has_roaming_records_today_in_that_country(company):
    server, http = company
    usage = _usage(http)
    roaming = [e for e in usage["lines"] if e["roamingCountry"]]
    assert roaming
    for entry in roaming[:3]:
        page = assert_wrapped(
            http.get(f"{API}/lines/{entry['lineId']}/traffic/records", params={"from": usage["today"]}), "OK", 200
        )["data"]
        countries = {r["roamingCountry"] for r in page["records"] if r["roamingCountry"]}
        assert countries == {entry["roamingCountry"]}


def test_every_service_invoice_is_the_sum_of_its_lines_spend_plus_the_account_fees(company):
    server, http = company
    usage = _usage(http)
    months = usage["months"]
    lines = _lines(http)
    spend = {entry["lineId"]: entry["spendCents"] for entry in usage["lines"]}
    invoices = assert_wrapped(http.get(f"{API}/invoices"), "OK", 200)["data"]
    services = [i for i in invoices if i["kind"] == "service"]
    assert len(services) >= 3 * 23
    for invoice in services:
        month = months.index(invoice["period"]["from"][:7])
        net = sum(spend[i][month] for i, line in lines.items() if line["billingAccountId"] == invoice["billingAccountId"])
        net += CALL_DETAIL_FEE if invoice["hasCallDetail"] else 0
        assert invoice["amountCents"] == net + (net * VAT_PERCENT + 50) // 100, invoice["id"]


def test_the_apps_alert_rules_each_fire_on_a_few_demo_lines(company):
    from collections import Counter

    from windtre_desktop.domain.alerts import RULES, compute_alerts
    from windtre_desktop.domain.fleet_usage import FleetSnapshot
    from windtre_desktop.domain.models import Line

    server, http = company
    usage = FleetUsage.from_json(_usage(http))
    lines = tuple(Line.from_json(raw) for raw in _lines(http).values())
    fired = Counter(alert.rule for alert in compute_alerts(FleetSnapshot(lines=lines, usage=usage)))
    for rule in RULES:
        assert 1 <= fired[rule] <= 25, (rule, fired[rule])
