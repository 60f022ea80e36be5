"""The change feed: full snapshot, cursor, incremental changes, ETag/304, stale cursors, scale, gzip, NDJSON."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.sandbox.conftest import WRAPPER_KEYS, assert_wrapped, login, user_of
from windtre_desktop.sandbox.messages import wants_ndjson

SYNC = "/api/v1/sync"
NDJSON = "application/x-ndjson"
ASK_NDJSON = {"Accept": "application/x-ndjson, application/json;q=0.5"}  # what the app sends
SYNC_KEYS = {"cursor", "full", "company", "user", "lines", "deletedLineIds", "serverTime"}


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
        for _ in range(2):  # the second answer comes from the per-version cache
            response = http.get(SYNC)
            data = response.json()["data"]
        assert len(data["lines"]) == 10_000 and data["company"]["lineCount"] == 10_000
        assert len({line["id"] for line in data["lines"]}) == 10_000
        assert http.get("/sandbox/stats").json()["requests"] == {SYNC: 2}
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


# -- the NDJSON form ------------------------------------------------------------------------------------


def read_ndjson(response: httpx.Response) -> tuple[dict, list[dict]]:
    """The first line's wrapper and the line objects of an NDJSON sync answer, checked for shape."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == NDJSON
    body = response.content
    assert body.endswith(b"\n")
    first, *rest = body[:-1].split(b"\n")
    head = json.loads(first)
    assert set(head) == WRAPPER_KEYS and head["status"] == "OK"
    assert head["errorCodes"] == [] and head["messages"] == []
    assert set(head["data"]) == SYNC_KEYS - {"lines"} | {"lineCount"}
    lines = [json.loads(raw) for raw in rest]
    assert head["data"]["lineCount"] == len(lines)
    return head, lines


def same_feed(ndjson_answer: httpx.Response, json_answer: httpx.Response) -> list[dict]:
    """Asserts both forms carry the same data (serverTime aside); returns the lines."""
    head, lines = read_ndjson(ndjson_answer)
    plain = assert_wrapped(json_answer, "OK", 200)["data"]
    assert set(plain) == SYNC_KEYS
    assert lines == plain["lines"]
    stripped = {k: v for k, v in head["data"].items() if k not in ("lineCount", "serverTime")}
    assert stripped == {k: v for k, v in plain.items() if k not in ("lines", "serverTime")}
    assert ndjson_answer.headers["ETag"] == json_answer.headers["ETag"]
    assert (
        "accept" in ndjson_answer.headers["Vary"].lower() and "accept" in json_answer.headers["Vary"].lower()
    )
    return lines


@pytest.mark.parametrize(
    ("accept", "wanted"),
    [
        (None, False),
        ("", False),
        ("*/*", False),
        ("application/json", False),
        ("application/x-ndjson", True),
        ("application/x-ndjson, application/json;q=0.5", True),
        ("Application/X-NDJSON ; q=0.8, */*;q=0.1", True),
        ("application/x-ndjson;q=0", False),
        ("application/json, application/x-ndjson;q=0.5", False),
        ("application/x-ndjson;q=0.5, application/json;q=0.5", True),
        ("application/x-ndjson;q=0.5, application/json;q=0.1, */*", True),  # the specific range wins
        ("application/x-ndjson;q=oops", False),
    ],
)
def test_accept_negotiation(accept, wanted):
    assert wants_ndjson(accept) is wanted


def test_ndjson_full_snapshot_equals_the_json_form(admin):
    lines = same_feed(
        admin.get(SYNC, headers={**ASK_NDJSON, "Accept-Encoding": "identity"}),
        admin.get(SYNC, headers={"Accept-Encoding": "identity"}),
    )
    assert len(lines) == 250


def test_ndjson_is_gzip_compressed_like_json(admin):
    zipped = admin.get(SYNC, headers={**ASK_NDJSON, "Accept-Encoding": "gzip"})
    plain = admin.get(SYNC, headers={**ASK_NDJSON, "Accept-Encoding": "identity"})
    assert zipped.headers["Content-Encoding"] == "gzip" and "Content-Encoding" not in plain.headers
    assert int(zipped.headers["Content-Length"]) < int(plain.headers["Content-Length"]) / 4
    assert read_ndjson(zipped)[1] == read_ndjson(plain)[1]
    # twice: the second answer is made from the cached deflate blocks; only the first line is made per
    # request, and its serverTime may have ticked to the next second in between
    again = admin.get(SYNC, headers={**ASK_NDJSON, "Accept-Encoding": "gzip"})
    first_head, first_lines = zipped.content.split(b"\n", 1)
    again_head, again_lines = again.content.split(b"\n", 1)
    assert again_lines == first_lines
    heads = [json.loads(head) for head in (first_head, again_head)]
    for head in heads:
        head["data"].pop("serverTime")
    assert heads[0] == heads[1]


def test_json_stays_the_default(admin):
    for accept in (None, "*/*", "application/json"):
        headers = {} if accept is None else {"Accept": accept}
        body = assert_wrapped(admin.get(SYNC, headers=headers), "OK", 200)
        assert len(body["data"]["lines"]) == 250


def test_one_etag_for_both_forms_and_304_in_either(admin):
    as_json, as_ndjson = admin.get(SYNC), admin.get(SYNC, headers=ASK_NDJSON)
    etag = as_json.headers["ETag"]
    assert as_ndjson.headers["ETag"] == etag
    cursor = read_ndjson(as_ndjson)[0]["data"]["cursor"]
    assert cursor == as_json.json()["data"]["cursor"]
    for headers in ({}, ASK_NDJSON):
        for params in (None, {"cursor": cursor}):
            again = admin.get(SYNC, params=params, headers={**headers, "If-None-Match": etag})
            assert again.status_code == 304 and again.content == b""
            assert again.headers["ETag"] == etag


def test_ndjson_errors_are_json_wrappers(client, admin, sandbox_control):
    assert_wrapped(client.get(SYNC, headers=ASK_NDJSON), "FAIL", 401, "ERR-AUTH-02")
    assert_wrapped(admin.get(SYNC, params={"cursor": "v0"}, headers=ASK_NDJSON), "FAIL", 410, "ERR-SYNC-01")
    sandbox_control.fault("500", path_prefix=SYNC)
    assert_wrapped(admin.get(SYNC, headers=ASK_NDJSON), "FAIL", 500, "ERR-SRV-01")
    sandbox_control.fault("429", path_prefix=SYNC, retryAfter=2)
    response = admin.get(SYNC, headers=ASK_NDJSON)
    assert_wrapped(response, "FAIL", 429, "ERR-RATE-01")
    assert response.headers["Retry-After"] == "2"


def test_ndjson_incremental_and_empty_feeds(private):
    server, http = private
    cursor = http.get(SYNC).json()["data"]["cursor"]
    empty = http.get(SYNC, params={"cursor": cursor}, headers=ASK_NDJSON)
    assert empty.content.count(b"\n") == 1
    head, lines = read_ndjson(empty)
    assert lines == [] and head["data"]["lineCount"] == 0 and head["data"]["full"] is False

    changed = usage(server, 7)
    lines = same_feed(
        http.get(SYNC, params={"cursor": cursor}, headers=ASK_NDJSON),
        http.get(SYNC, params={"cursor": cursor}),
    )
    assert sorted(line["id"] for line in lines) == sorted(changed)
    # the data moved on: the cached full snapshot was rebuilt
    updated = {line["id"]: line for line in read_ndjson(http.get(SYNC, headers=ASK_NDJSON))[1]}
    assert all(updated[line["id"]] == line for line in lines)


def test_ndjson_dipendente_sees_only_own_line(employee):
    head, lines = read_ndjson(employee.get(SYNC, headers=ASK_NDJSON))
    assert [line["id"] for line in lines] == [head["data"]["user"]["lineId"]]


def test_ndjson_ten_thousand_lines(big_sandbox):
    with httpx.Client(base_url=big_sandbox.url, timeout=30) as http:
        login(http, user_of(big_sandbox, "TELCO_MANAGER"))
        lines = same_feed(http.get(SYNC, headers=ASK_NDJSON), http.get(SYNC))
        assert len(lines) == 10_000 and len({line["id"] for line in lines}) == 10_000
        response = http.get(SYNC, headers=ASK_NDJSON)
        response.read()
        # what the client parses in one json.loads call: one line, never the whole body
        assert max(len(raw) for raw in response.content.split(b"\n")) < 64 * 1024
