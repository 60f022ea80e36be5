"""The change feed: full snapshot, cursor, incremental changes, ETag/304, stale cursors, scale and gzip."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.sandbox.conftest import assert_wrapped, login, user_of

SYNC = "/api/v1/sync"


@pytest.fixture
def private(start_server):
    """A private 250-line sandbox (its data is changed by the test) and an admin client on it."""
    server = start_server(lines=250, seed=4)
    with httpx.Client(base_url=server.url, timeout=10) as http:
        login(http, user_of(server, "USER_ADMIN"))
        yield server, http


def usage(server, lines: int) -> list[str]:
    answer = httpx.post(f"{server.url}/sandbox/usage", json={"lines": lines}, timeout=10)
    answer.raise_for_status()
    return answer.json()["changedLineIds"]


def test_full_snapshot_shape(admin):
    response = admin.get(SYNC)
    data = assert_wrapped(response, "OK", 200)["data"]
    assert set(data) == {"cursor", "full", "company", "user", "lines", "deletedLineIds", "serverTime"}
    assert data["full"] is True
    assert data["company"]["id"] == "C0001" and data["user"]["username"] == "admin.demo"
    assert len(data["lines"]) == 250 and data["deletedLineIds"] == []
    assert isinstance(data["cursor"], str) and data["cursor"]
    assert data["serverTime"][10] == "T" and data["serverTime"][-6] in "+-"
    assert response.headers["ETag"]
    assert data["lines"] == admin.get("/api/v1/lines").json()["data"]


def test_unchanged_company_sync_is_one_304(admin, sandbox_control):
    first = admin.get(SYNC)
    cursor, etag = first.json()["data"]["cursor"], first.headers["ETag"]
    sandbox_control.reset_stats()
    again = admin.get(SYNC, params={"cursor": cursor}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == etag
    assert sandbox_control.stats()["requests"] == {SYNC: 1}


def test_without_if_none_match_an_unchanged_feed_is_empty(admin):
    cursor = admin.get(SYNC).json()["data"]["cursor"]
    data = assert_wrapped(admin.get(SYNC, params={"cursor": cursor}), "OK", 200)["data"]
    assert data["full"] is False
    assert data["lines"] == [] and data["deletedLineIds"] == []
    assert data["company"] is None and data["user"] is None
    assert data["cursor"] == cursor


def test_incremental_sync_returns_exactly_the_changed_lines(private):
    server, http = private
    full = http.get(SYNC)
    before = {line["id"]: line for line in full.json()["data"]["lines"]}
    cursor, etag = full.json()["data"]["cursor"], full.headers["ETag"]

    changed = usage(server, 7)
    assert len(set(changed)) == 7

    response = http.get(SYNC, params={"cursor": cursor}, headers={"If-None-Match": etag})
    data = assert_wrapped(response, "OK", 200)["data"]
    assert data["full"] is False
    assert sorted(line["id"] for line in data["lines"]) == sorted(changed)
    assert data["company"] is None and data["user"] is None
    assert data["cursor"] != cursor and response.headers["ETag"] != etag
    for line in data["lines"]:
        old = before[line["id"]]
        assert line["version"] == old["version"] + 1
        assert line["updatedAt"] != old["updatedAt"]
        for name, counter in line["counters"].items():
            if counter is None:
                assert old["counters"][name] is None
                continue
            assert counter["used"] >= old["counters"][name]["used"]
            assert counter["total"] == old["counters"][name]["total"]
            assert counter["total"] is None or counter["used"] <= counter["total"]
        if line["creditCents"] is not None:
            assert 0 <= line["creditCents"] <= old["creditCents"]
    unchanged = set(before) - set(changed)
    lines_now = {line["id"]: line for line in http.get("/api/v1/lines").json()["data"]}
    assert all(lines_now[i] == before[i] for i in unchanged)

    # the new cursor and ETag: nothing more changed
    again = http.get(
        SYNC, params={"cursor": data["cursor"]}, headers={"If-None-Match": response.headers["ETag"]}
    )
    assert again.status_code == 304
    # the old cursor still gives the same changes
    replay = http.get(SYNC, params={"cursor": cursor}).json()["data"]
    assert sorted(line["id"] for line in replay["lines"]) == sorted(changed)


def test_usage_changes_are_deterministic(start_server):
    one, two = start_server(lines=100, seed=9), start_server(lines=100, seed=9)
    assert usage(one, 5) == usage(two, 5)
    assert usage(one, 3) == usage(two, 3)
    assert usage(one, 0) == []
    assert len(usage(one, 1000)) == 100


def test_changes_accumulate_between_two_syncs(private):
    server, http = private
    cursor = http.get(SYNC).json()["data"]["cursor"]
    changed = set(usage(server, 3)) | set(usage(server, 4))
    data = http.get(SYNC, params={"cursor": cursor}).json()["data"]
    assert {line["id"] for line in data["lines"]} == changed


def test_dipendente_incremental_sees_only_own_line(private):
    server, _ = private
    with httpx.Client(base_url=server.url, timeout=10) as http:
        login(http, user_of(server, "DIPENDENTE"))
        full = http.get(SYNC).json()["data"]
        own = full["user"]["lineId"]
        assert [line["id"] for line in full["lines"]] == [own]
        usage(server, 250)  # every line changes
        data = http.get(SYNC, params={"cursor": full["cursor"]}).json()["data"]
        assert [line["id"] for line in data["lines"]] == [own]


@pytest.mark.parametrize("cursor", ["garbage", "", "v0", "v999999", "v1.other-server"])
def test_unknown_cursor_is_410(admin, cursor):
    body = assert_wrapped(admin.get(SYNC, params={"cursor": cursor}), "FAIL", 410, "ERR-SYNC-01")
    assert "completa" in body["messages"][0]["message"]


def test_cursor_of_another_server_is_410(private, admin):
    server, http = private
    foreign = http.get(SYNC).json()["data"]["cursor"]
    assert_wrapped(admin.get(SYNC, params={"cursor": foreign}), "FAIL", 410, "ERR-SYNC-01")


def test_cursor_ahead_of_the_server_is_410(private):
    server, http = private
    cursor = http.get(SYNC).json()["data"]["cursor"]
    version, _, instance = cursor.partition(".")
    ahead = f"v{int(version[1:]) + 1}.{instance}"
    assert_wrapped(http.get(SYNC, params={"cursor": ahead}), "FAIL", 410, "ERR-SYNC-01")


def test_gzip_when_asked(admin):
    zipped = admin.get(SYNC, headers={"Accept-Encoding": "gzip"})
    plain = admin.get(SYNC, headers={"Accept-Encoding": "identity"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in plain.headers
    assert int(zipped.headers["Content-Length"]) < int(plain.headers["Content-Length"]) / 4
    strip = {"serverTime"}
    z, p = zipped.json()["data"], plain.json()["data"]
    assert {k: v for k, v in z.items() if k not in strip} == {k: v for k, v in p.items() if k not in strip}
    lines = admin.get("/api/v1/lines", headers={"Accept-Encoding": "gzip"})
    assert lines.headers["Content-Encoding"] == "gzip" and len(lines.json()["data"]) == 250


def test_ten_thousand_lines_in_one_request(big_sandbox):
    with httpx.Client(base_url=big_sandbox.url, timeout=30) as http:
        login(http, user_of(big_sandbox, "TELCO_MANAGER"))
        http.delete("/sandbox/stats")
        timings = []
        for _ in range(2):
            start = time.perf_counter()
            response = http.get(SYNC)
            data = response.json()["data"]
            timings.append(time.perf_counter() - start)
        assert len(data["lines"]) == 10_000 and data["company"]["lineCount"] == 10_000
        assert len({line["id"] for line in data["lines"]}) == 10_000
        assert http.get("/sandbox/stats").json()["requests"] == {SYNC: 2}
        assert min(timings) < 1.0, timings
        again = http.get(
            SYNC, params={"cursor": data["cursor"]}, headers={"If-None-Match": response.headers["ETag"]}
        )
        assert again.status_code == 304
        assert len(http.get("/api/v1/lines").json()["data"]) == 10_000


def test_ten_thousand_lines_incremental(big_sandbox):
    with httpx.Client(base_url=big_sandbox.url, timeout=30) as http:
        login(http, user_of(big_sandbox, "USER_ADMIN"))
        cursor = http.get(SYNC).json()["data"]["cursor"]
        changed = usage(big_sandbox, 25)
        data = http.get(SYNC, params={"cursor": cursor}).json()["data"]
        assert sorted(line["id"] for line in data["lines"]) == sorted(changed)
        full = http.get(SYNC).json()["data"]
        updated = {line["id"]: line for line in full["lines"] if line["id"] in set(changed)}
        assert updated == {line["id"]: line for line in data["lines"]}
