"""Fault injection seen from a real HTTP client, and the real rate limit."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from tests.sandbox.conftest import assert_wrapped, login, user_of


def test_500_is_a_wrapped_server_error_then_answers_resume(admin, sandbox_control):
    sandbox_control.fault("500", count=2)
    for _ in range(2):
        assert_wrapped(admin.get("/api/v1/me"), "FAIL", 500, "ERR-SRV-01")
    assert_wrapped(admin.get("/api/v1/me"), "OK", 200)


def test_429_fault_carries_retry_after(admin, sandbox_control):
    sandbox_control.fault("429", retryAfter=7)
    response = admin.get("/api/v1/company", headers={"Accept-Language": "en"})
    body = assert_wrapped(response, "FAIL", 429, "ERR-RATE-01")
    assert response.headers["Retry-After"] == "7"
    assert "7" in body["messages"][0]["message"]
    assert_wrapped(admin.get("/api/v1/company"), "OK", 200)


def test_drop_closes_the_connection_without_an_answer(admin, sandbox_control):
    sandbox_control.fault("drop")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        admin.get("/api/v1/me")
    assert_wrapped(admin.get("/api/v1/me"), "OK", 200)


def test_truncate_announces_the_full_length_and_sends_half(admin, sandbox_control):
    sandbox_control.fault("truncate", path_prefix="/api/v1/lines")
    with admin.stream("GET", "/api/v1/lines", headers={"Accept-Encoding": "identity"}) as response:
        assert response.status_code == 200
        announced = int(response.headers["Content-Length"])
        received = bytearray()
        with pytest.raises(httpx.RemoteProtocolError, match="incomplete|complete message body"):
            for chunk in response.iter_raw():
                received += chunk
    assert announced > 1000
    assert len(received) == announced // 2
    assert len(admin.get("/api/v1/lines").json()["data"]) == 250


def test_truncate_seen_by_a_plain_get(admin, sandbox_control):
    sandbox_control.fault("truncate")
    with pytest.raises(httpx.RemoteProtocolError):
        admin.get("/api/v1/sync")


def test_malformed_is_a_200_that_is_not_json(admin, sandbox_control):
    sandbox_control.fault("malformed")
    response = admin.get("/api/v1/sync")
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert_wrapped(admin.get("/api/v1/me"), "OK", 200)


def test_malformed_to_an_ndjson_request_is_ndjson_with_a_broken_line(admin, sandbox_control):
    sandbox_control.fault("malformed", path_prefix="/api/v1/sync")
    response = admin.get("/api/v1/sync", headers={"Accept": "application/x-ndjson"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/x-ndjson"
    first, second = response.content.splitlines()
    assert json.loads(first)["data"]["lineCount"] == 1
    with pytest.raises(json.JSONDecodeError):
        json.loads(second)


def test_latency_delays_the_answer(admin, sandbox_control):
    sandbox_control.fault("latency", latencyMs=1000)
    start = time.perf_counter()
    assert_wrapped(admin.get("/api/v1/me"), "OK", 200)
    assert time.perf_counter() - start >= 0.99
    # the fault was used up by that request: none is left to delay the next one
    assert sandbox_control.http.get("/sandbox/faults").json()["faults"] == []
    assert_wrapped(admin.get("/api/v1/me"), "OK", 200)


def test_latency_stacks_with_an_answering_fault(admin, sandbox_control):
    sandbox_control.fault("latency", latencyMs=200)
    sandbox_control.fault("500")
    start = time.perf_counter()
    assert_wrapped(admin.get("/api/v1/me"), "FAIL", 500, "ERR-SRV-01")
    assert time.perf_counter() - start >= 0.19


def test_faults_apply_in_order_and_only_on_their_path(admin, sandbox_control):
    sandbox_control.fault("429", path_prefix="/api/v1/sync")
    sandbox_control.fault("500", path_prefix="/api/v1/sync")
    assert_wrapped(admin.get("/api/v1/me"), "OK", 200)  # other path: untouched
    assert admin.get("/api/v1/sync").status_code == 429
    assert admin.get("/api/v1/sync").status_code == 500
    assert admin.get("/api/v1/sync").status_code == 200


def test_until_cleared_and_listing(admin, sandbox_control):
    sandbox_control.fault("500", count=-1, path_prefix="/api/v1/company")
    for _ in range(4):
        assert admin.get("/api/v1/company").status_code == 500
    listed = sandbox_control.http.get("/sandbox/faults").json()["faults"]
    assert [(f["mode"], f["count"], f["pathPrefix"]) for f in listed] == [("500", -1, "/api/v1/company")]
    sandbox_control.clear_faults()
    assert sandbox_control.http.get("/sandbox/faults").json() == {"faults": []}
    assert admin.get("/api/v1/company").status_code == 200


def test_faults_never_hit_the_sandbox_controls(sandbox_control):
    sandbox_control.fault("drop", count=-1, path_prefix="/")
    assert sandbox_control.http.get("/sandbox/faults").status_code == 200
    sandbox_control.clear_faults()


def test_faulted_requests_are_counted(admin, sandbox_control):
    sandbox_control.reset_stats()
    sandbox_control.fault("drop")
    sandbox_control.fault("500")
    with pytest.raises(httpx.RemoteProtocolError):
        admin.get("/api/v1/sync")
    admin.get("/api/v1/sync")
    admin.get("/api/v1/sync")
    assert sandbox_control.stats() == {"requests": {"/api/v1/sync": 3}, "total": 3}


@pytest.mark.parametrize(
    "body",
    [{"mode": "explode"}, {"mode": "500", "count": 0}, {"mode": "latency", "latencyMs": -1}, {"count": 1}],
)
def test_bad_fault_is_refused(sandbox_control, body):
    response = sandbox_control.http.post("/sandbox/faults", json=body)
    assert response.status_code == 400
    assert sandbox_control.http.get("/sandbox/faults").json() == {"faults": []}


def test_real_rate_limit_answers_429_with_retry_after(start_server):
    server = start_server(lines=10, rate_per_second=2, burst=3)
    with httpx.Client(base_url=server.url, timeout=10) as http:
        login(http, user_of(server, "USER_ADMIN"))  # keyed by address: 1 of 3
        statuses = [http.get("/api/v1/me").status_code for _ in range(4)]  # keyed by token: 3 of 3, then 429
        assert statuses == [200, 200, 200, 429]
        limited = http.get("/api/v1/me")
        body = assert_wrapped(limited, "FAIL", 429, "ERR-RATE-01")
        assert int(limited.headers["Retry-After"]) >= 1
        assert "riprova" in body["messages"][0]["message"]
        # other clients have their own bucket; the sandbox controls are never limited
        with httpx.Client(base_url=server.url, timeout=10) as other:
            login(other, user_of(server, "TELCO_MANAGER"))
            assert other.get("/api/v1/me").status_code == 200
        assert all(http.get("/sandbox/stats").status_code == 200 for _ in range(10))
        time.sleep(float(limited.headers["Retry-After"]))
        assert_wrapped(http.get("/api/v1/me"), "OK", 200)
