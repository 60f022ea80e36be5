"""Traffic (R-30…R-32) over HTTP against the real sandbox: coverage, determinism, heavy lines, records that add
up to the daily aggregates, company aggregates and top lines, paging, the 90-day export rule, ETags, roles."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest

from tests.sandbox.conftest import assert_wrapped, login, user_of

API = "/api/v1"
TYPES = ("calls", "messages", "internet", "options", "other")
KINDS = {
    "voice_national": "calls",
    "voice_international": "calls",
    "voice_roaming": "calls",
    "sms": "messages",
    "mms": "messages",
    "data": "internet",
    "data_roaming": "internet",
    "option": "options",
    "other": "other",
}


def _data(response: httpx.Response) -> dict:
    return assert_wrapped(response, "OK", 200)["data"]


def _company(client: httpx.Client, **params) -> dict:
    return _data(client.get(f"{API}/traffic/daily", params=params))


def _daily(client: httpx.Client, line_id: str, **params) -> dict:
    return _data(client.get(f"{API}/lines/{line_id}/traffic/daily", params=params))


def _all_records(client: httpx.Client, line_id: str, path: str = "records", **params) -> list[dict]:
    records: list[dict] = []
    cursor = None
    while True:
        page = _data(
            client.get(
                f"{API}/lines/{line_id}/traffic/{path}",
                params={**params, **({"cursor": cursor} if cursor else {})},
            )
        )
        records += page["records"]
        cursor = page["nextCursor"]
        if cursor is None:
            return records


@pytest.fixture(scope="module")
def small():
    """A private 12-line company (seed 3): small enough to sum every line."""
    from windtre_desktop.sandbox.runner import SandboxServer

    server = SandboxServer(lines=12, seed=3)
    server.start()
    http = httpx.Client(base_url=server.url, timeout=30)
    login(http, user_of(server, "USER_ADMIN"))
    yield server, http
    http.close()
    server.stop()


def test_every_line_has_three_months_and_today_of_every_type(admin):
    company = _company(admin)
    days = [row["date"] for row in company["days"]]
    today = date.fromisoformat(company["to"])
    assert days[0] == (today - timedelta(days=90)).isoformat() and days[-1] == today.isoformat()
    assert len(days) == 91
    for type_code in TYPES:
        assert company["totals"][type_code]["records"] > 0, type_code
    line = _daily(admin, "L00002")
    assert [row["date"] for row in line["days"]] == days
    assert set(line["days"][0]["types"]) == set(TYPES)
    assert set(line["days"][0]["types"]["calls"]) == {"records", "seconds", "bytes", "costCents"}


def test_fixed_lines_have_traffic(admin, sandbox):
    fixed = httpx.get(
        f"{sandbox.url}/sandbox/lines", params={"companyId": "C0001", "kind": "fixed", "limit": 5}
    )
    for line in fixed.json()["lines"]:
        totals = _daily(admin, line["id"])["totals"]
        assert totals["calls"]["records"] > 0 and totals["calls"]["seconds"] > 0, line["id"]
        assert totals["messages"]["records"] == 0


def test_same_seed_same_traffic(admin, start_server):
    other = start_server(lines=250, seed=1)
    with httpx.Client(base_url=other.url, timeout=30) as http:
        login(http, user_of(other, "USER_ADMIN"))
        assert _daily(http, "L00005")["days"][:-1] == _daily(admin, "L00005")["days"][:-1]
        a = _data(http.get(f"{API}/lines/L00005/traffic/records", params={"limit": 50}))
        b = _data(admin.get(f"{API}/lines/L00005/traffic/records", params={"limit": 50}))
        assert a["records"] == b["records"]
    different = start_server(lines=250, seed=2)
    with httpx.Client(base_url=different.url, timeout=30) as http:
        login(http, user_of(different, "USER_ADMIN"))
        assert _daily(http, "L00005")["days"] != _daily(admin, "L00005")["days"]


def test_records_of_a_day_add_up_to_its_aggregates(admin):
    for line_id in ("L00001", "L00002", "L00003"):
        daily = _daily(admin, line_id)
        for row in (daily["days"][3], daily["days"][40], daily["days"][-2]):
            day = row["date"]
            records = _all_records(admin, line_id, **{"from": day, "to": day, "limit": 5000})
            for type_code in TYPES:
                mine = [r for r in records if r["type"] == type_code]
                expected = row["types"][type_code]
                assert len(mine) == expected["records"], (line_id, day, type_code)
                assert sum(r["costCents"] for r in mine) == expected["costCents"]
                assert sum(r["seconds"] or 0 for r in mine) == expected["seconds"]
                assert sum(r["bytes"] or 0 for r in mine) == expected["bytes"]
            for record in records:
                assert KINDS[record["kind"]] == record["type"]
                assert record["at"].startswith(day) and record["at"][19] in "+-"
                assert isinstance(record["costCents"], int) and record["costCents"] >= 0
                if record["type"] == "calls":
                    assert (
                        record["number"].startswith("+") and record["destination"] and record["seconds"] >= 1
                    )
                if record["kind"] == "voice_international":
                    assert record["destination"] != "IT"


def test_every_kind_shows_up(admin, sandbox):
    mobiles = httpx.get(
        f"{sandbox.url}/sandbox/lines",
        params={"companyId": "C0001", "kind": "mobile", "dataOnly": "false", "limit": 20},
    )
    first = _company(admin)["from"]
    kinds: set[str] = set()
    for line in mobiles.json()["lines"]:
        kinds |= {r["kind"] for r in _all_records(admin, line["id"], **{"from": first, "limit": 5000})}
        if kinds == set(KINDS):
            break
    assert kinds == set(KINDS)


def test_company_aggregates_are_the_sum_of_its_lines_and_the_top_lines_are_right(small):
    server, http = small
    company = _company(http, top=100)
    lines = [_daily(http, line["id"]) for line in http.get(f"{API}/lines").json()["data"]]
    assert company["lineCount"] == len(lines) == 12
    for i, row in enumerate(company["days"]):
        for type_code in TYPES:
            for measure in ("records", "seconds", "bytes", "costCents"):
                total = sum(line["days"][i]["types"][type_code][measure] for line in lines)
                assert row["types"][type_code][measure] == total, (row["date"], type_code, measure)
    by_data = sorted((-ln["totals"]["internet"]["bytes"], ln["lineId"]) for ln in lines)
    by_voice = sorted((-ln["totals"]["calls"]["seconds"], ln["lineId"]) for ln in lines)
    by_spend = sorted((-sum(t["costCents"] for t in ln["totals"].values()), ln["lineId"]) for ln in lines)
    assert [(-r["value"], r["lineId"]) for r in company["top"]["data"]] == by_data
    assert [(-r["value"], r["lineId"]) for r in company["top"]["voice"]] == by_voice
    assert [(-r["value"], r["lineId"]) for r in company["top"]["spend"]] == by_spend
    assert len(_company(http, top=3)["top"]["spend"]) == 3


def test_a_period_and_a_type_filter_the_aggregates(admin):
    whole = _daily(admin, "L00002")
    part = _daily(
        admin,
        "L00002",
        **{"from": whole["days"][10]["date"], "to": whole["days"][19]["date"], "type": "calls"},
    )
    assert len(part["days"]) == 10 and set(part["totals"]) == {"calls"}
    assert [d["types"]["calls"] for d in part["days"]] == [d["types"]["calls"] for d in whole["days"][10:20]]


def test_heavy_lines_have_100k_records_in_90_days(admin, sandbox):
    data_sim = httpx.get(
        f"{sandbox.url}/sandbox/lines", params={"companyId": "C0001", "dataOnly": "true", "limit": 1}
    )
    line_id = data_sim.json()["lines"][0]["id"]
    company = _company(admin)
    call_centre = company["top"]["voice"][0]["lineId"]
    for heavy in (line_id, call_centre):
        totals = _daily(admin, heavy, **{"from": company["days"][1]["date"]})["totals"]
        assert sum(t["records"] for t in totals.values()) >= 100_000, heavy
    first = company["days"][1]["date"]
    records = _all_records(admin, line_id, "export", **{"from": first, "limit": 10_000})
    assert len(records) >= 100_000
    assert len({r["id"] for r in records}) == len(records)  # no duplicates
    assert [r["at"][:10] for r in records] == sorted(r["at"][:10] for r in records)


def test_paging_has_no_duplicates_and_no_gaps(admin):
    whole = _all_records(admin, "L00003", limit=5000)
    paged = _all_records(admin, "L00003", limit=37)
    assert paged == whole
    assert len({r["id"] for r in whole}) == len(whole)
    totals = _daily(admin, "L00003")["totals"]
    assert len(whole) == sum(t["records"] for t in totals.values())
    calls = _all_records(admin, "L00003", type="calls", limit=100)
    assert calls == [r for r in whole if r["type"] == "calls"]


def test_the_last_page_has_no_cursor_and_a_foreign_cursor_is_refused(admin):
    page = _data(admin.get(f"{API}/lines/L00003/traffic/records", params={"limit": 10}))
    assert page["nextCursor"] and len(page["records"]) == 10 and page["totalRecords"] > 10
    refused = admin.get(
        f"{API}/lines/L00003/traffic/records", params={"type": "calls", "cursor": page["nextCursor"]}
    )
    assert assert_wrapped(refused, "FAIL", 400, "ERR-VAL-01")["messages"][0]["field"] == "cursor"
    bad = admin.get(f"{API}/lines/L00003/traffic/records", params={"cursor": "not-a-cursor"})
    assert_wrapped(bad, "FAIL", 400, "ERR-VAL-01")


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("lines/L00001/traffic/daily", {"from": "2026-13-01"}, "from"),
        ("lines/L00001/traffic/records", {"to": "yesterday"}, "to"),
        ("traffic/daily", {"from": "1999-01-01"}, "from"),
        ("lines/L00001/traffic/daily", {"to": "2999-01-01"}, "to"),
        ("lines/L00001/traffic/records", {"type": "fax"}, "type"),
        ("lines/L00001/traffic/records", {"limit": 0}, "limit"),
        ("traffic/daily", {"top": 1000}, "top"),
    ],
)
def test_invalid_filters_name_the_field(admin, path, params, field):
    body = assert_wrapped(admin.get(f"{API}/{path}", params=params), "FAIL", 400, "ERR-VAL-01")
    assert body["messages"][0]["field"] == field


def test_reversed_period_is_refused(admin):
    days = _company(admin)["days"]
    answer = admin.get(
        f"{API}/lines/L00001/traffic/daily", params={"from": days[5]["date"], "to": days[4]["date"]}
    )
    assert assert_wrapped(answer, "FAIL", 400, "ERR-VAL-01")["messages"][0]["field"] == "to"


def test_export_allows_90_days_and_refuses_91_naming_the_field_and_rule(admin):
    days = _company(admin)["days"]  # 91 days: the window
    ok = _data(admin.get(f"{API}/lines/L00001/traffic/export", params={"from": days[1]["date"], "limit": 10}))
    assert ok["from"] == days[1]["date"] and ok["to"] == days[-1]["date"]
    assert ok["line"]["id"] == "L00001" and ok["line"]["msisdn"].startswith("+39")
    default = _data(admin.get(f"{API}/lines/L00001/traffic/export", params={"limit": 1}))
    assert default["from"] == days[1]["date"]  # the last 90 days
    refused = admin.get(f"{API}/lines/L00001/traffic/export", params={"from": days[0]["date"]})
    message = assert_wrapped(refused, "FAIL", 400, "ERR-VAL-01")["messages"][0]
    assert message["field"] == "from" and "90" in message["message"] and "91" in message["message"]
    english = admin.get(
        f"{API}/lines/L00001/traffic/export",
        params={"from": days[0]["date"]},
        headers={"Accept-Language": "en"},
    )
    assert "at most 90 days" in english.json()["messages"][0]["message"]


@pytest.mark.parametrize(
    "path",
    [
        "lines/L00002/traffic/daily",
        "traffic/daily",
        "lines/L00002/traffic/records?limit=20",
        "lines/L00002/traffic/export?limit=20",
    ],
)
def test_etag_and_304_on_every_traffic_endpoint(admin, path):
    first = admin.get(f"{API}/{path}")
    assert first.status_code == 200 and first.headers["ETag"]
    again = admin.get(f"{API}/{path}", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert admin.get(f"{API}/{path}", headers={"If-None-Match": '"other"'}).status_code == 200


def test_a_dipendente_sees_only_its_own_lines_traffic(employee, sandbox):
    own = user_of(sandbox, "DIPENDENTE")
    me = employee.get(f"{API}/me").json()["data"]
    assert _daily(employee, me["lineId"])["lineId"] == me["lineId"]
    assert _data(employee.get(f"{API}/lines/{me['lineId']}/traffic/records", params={"limit": 5}))["records"]
    other = "L00002" if me["lineId"] != "L00002" else "L00003"
    for path in ("daily", "records", "export"):
        assert_wrapped(employee.get(f"{API}/lines/{other}/traffic/{path}"), "FAIL", 403, "ERR-AUTH-03")
    assert_wrapped(employee.get(f"{API}/traffic/daily"), "FAIL", 403, "ERR-AUTH-03")
    assert own["role"] == "DIPENDENTE"


def test_unknown_line_and_another_companys_line(admin):
    assert_wrapped(admin.get(f"{API}/lines/L99999/traffic/daily"), "FAIL", 404, "ERR-VAL-01")
    assert_wrapped(admin.get(f"{API}/lines/L90201/traffic/records"), "FAIL", 403, "ERR-AUTH-03")


def test_company_aggregates_are_one_request_at_10000_lines(big_sandbox):
    with httpx.Client(base_url=big_sandbox.url, timeout=60) as http:
        login(http, user_of(big_sandbox, "USER_ADMIN"))
        httpx.delete(f"{big_sandbox.url}/sandbox/stats")
        company = _company(http)
        assert company["lineCount"] == 10_000 and len(company["days"]) == 91
        assert len(company["top"]["data"]) == 10
        stats = httpx.get(f"{big_sandbox.url}/sandbox/stats").json()
        assert stats["total"] == 1
