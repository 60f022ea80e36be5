"""ApiClient against the real sandbox on loopback: login, session, typed errors, retries, faults, NDJSON sync."""

from __future__ import annotations

import dataclasses
import json
import socket
import time

import httpx
import pytest

from windtre_desktop.api import (
    ApiClient,
    ApiError,
    CursorExpired,
    Forbidden,
    NotFound,
    OldCredentials,
    RateLimited,
    RetryPolicy,
    ServerUnavailable,
    SessionExpired,
    ValidationFailed,
    WrongCredentials,
)
from windtre_desktop.api import client as client_module
from windtre_desktop.api.client import SYNC_ACCEPT, _ndjson_lines, _unwrap
from windtre_desktop.domain.models import Role
from windtre_desktop.sandbox.runner import SandboxServer

ADMIN, ADMIN_PASSWORD = "admin.demo", "Demo2026!"


class Recorder:
    """An injected `sleep`: records the waits instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def slept():
    return Recorder()


@pytest.fixture
def client(sandbox, slept):
    api = ApiClient(
        sandbox.url, timeout=5.0, retry=RetryPolicy(attempts=4, base_delay=0.001, max_delay=0.01, sleep=slept)
    )
    yield api
    api.close()


@pytest.fixture
def signed_in(client):
    client.login(ADMIN, ADMIN_PASSWORD, False)
    return client


def count(control, path: str) -> int:
    return control.stats()["requests"].get(path, 0)


# -- login, session ------------------------------------------------------------------


def test_login_ok_sets_the_token(client):
    token, user = client.login(ADMIN, ADMIN_PASSWORD, True)
    assert token and client.token == token
    assert user.username == ADMIN and user.role is Role.USER_ADMIN and user.company_id
    assert client.me() == user


def test_wrong_password_gives_the_servers_italian_message(client, sandbox_control):
    before = count(sandbox_control, "/api/v1/login/credentials")
    with pytest.raises(WrongCredentials) as caught:
        client.login(ADMIN, "demo2026!", False)  # case-sensitive
    assert not isinstance(caught.value, OldCredentials)
    assert caught.value.code == "ERR-AUTH-01"
    assert "password non corretti" in caught.value.message
    assert client.token is None
    assert count(sandbox_control, "/api/v1/login/credentials") == before + 1


def test_english_messages_on_request(sandbox):
    with ApiClient(sandbox.url, language="en") as api, pytest.raises(WrongCredentials) as caught:
        api.login(ADMIN, "nope", False)
    assert caught.value.message.startswith("Wrong username or password")


@pytest.mark.parametrize(("username", "password", "field"), [("", "x", "username"), (ADMIN, "", "password")])
def test_empty_field_is_a_validation_error_naming_it(client, username, password, field):
    with pytest.raises(ValidationFailed) as caught:
        client.login(username, password, False)
    assert caught.value.field == field
    assert caught.value.code == "ERR-VAL-01"
    assert caught.value.message


def test_roles_come_back_typed(sandbox, sandbox_control, client):
    for demo in sandbox_control.demo_users():
        _, user = client.login(demo["username"], demo["password"], False)
        assert user.role is Role(demo["role"])
        if user.role is Role.DIPENDENTE:
            assert user.line_id


def test_me_without_a_session_is_session_expired(client):
    with pytest.raises(SessionExpired) as caught:
        client.me()
    assert caught.value.status == 401 and caught.value.code == "ERR-AUTH-02"


def test_expired_session(signed_in, sandbox_control):
    signed_in.me()
    sandbox_control.expire_sessions()
    with pytest.raises(SessionExpired):
        signed_in.me()


def test_logout_ends_the_session(signed_in, sandbox_control):
    token = signed_in.token
    signed_in.logout()
    assert signed_in.token is None
    signed_in.token = token
    with pytest.raises(SessionExpired):
        signed_in.me()


def test_logout_is_best_effort_and_never_retried(signed_in, sandbox_control):
    before = count(sandbox_control, "/api/v1/logout")
    sandbox_control.fault("500", count=-1, path_prefix="/api/v1/logout")
    signed_in.logout()  # no exception
    assert signed_in.token is None
    assert count(sandbox_control, "/api/v1/logout") == before + 1


def test_unknown_line_is_not_found(signed_in):
    with pytest.raises(NotFound) as caught:
        signed_in._call("GET", "/lines/L99999", parse=lambda answer: answer.data)
    assert caught.value.status == 404


# -- faults and retries ----------------------------------------------------------------

RETRIED_FAULTS = ["500", "429", "drop", "truncate", "malformed"]


@pytest.mark.parametrize("mode", RETRIED_FAULTS)
def test_transient_fault_is_retried_then_succeeds(signed_in, sandbox_control, mode):
    extra = {"retryAfter": 0} if mode == "429" else {}
    sandbox_control.fault(mode, count=2, path_prefix="/api/v1/me", **extra)
    sent_before, server_before = signed_in.request_count, count(sandbox_control, "/api/v1/me")
    assert signed_in.me().username == ADMIN
    assert signed_in.request_count - sent_before == 3
    assert count(sandbox_control, "/api/v1/me") - server_before == 3


@pytest.mark.parametrize(
    ("mode", "error"),
    [
        ("500", ServerUnavailable),
        ("drop", ServerUnavailable),
        ("truncate", ServerUnavailable),
        ("malformed", ServerUnavailable),
        ("429", RateLimited),
    ],
)
def test_persistent_fault_gives_a_typed_error_after_all_attempts(
    signed_in, sandbox_control, slept, mode, error
):
    sandbox_control.fault(mode, count=-1, path_prefix="/api/v1/me", retryAfter=0)
    before = signed_in.request_count
    with pytest.raises(error) as caught:
        signed_in.me()
    assert type(caught.value) is error
    assert signed_in.request_count - before == 4
    assert len(slept.delays) == 3
    if mode == "429":
        assert caught.value.retry_after == 0 and caught.value.code == "ERR-RATE-01"
    if mode == "500":
        assert caught.value.code == "ERR-SRV-01" and caught.value.status == 500


def test_retry_after_is_honoured(signed_in, sandbox_control, slept):
    sandbox_control.fault("429", count=2, path_prefix="/api/v1/me", retryAfter=3)
    assert signed_in.me().username == ADMIN
    assert slept.delays == [3.0, 3.0]


def test_retry_after_beyond_the_cap_gives_up_at_once(sandbox, sandbox_control, slept):
    with ApiClient(sandbox.url, retry=RetryPolicy(max_retry_after=5, sleep=slept)) as api:
        api.login(ADMIN, ADMIN_PASSWORD, False)
        sandbox_control.fault("429", count=-1, path_prefix="/api/v1/me", retryAfter=120)
        before = api.request_count
        with pytest.raises(RateLimited) as caught:
            api.me()
    assert caught.value.retry_after == 120
    assert api.request_count - before == 1 and slept.delays == []


@pytest.mark.parametrize("mode", ["500", "drop", "429"])
def test_login_is_never_retried(client, sandbox_control, slept, mode):
    sandbox_control.reset_stats()
    sandbox_control.fault(mode, count=-1, path_prefix="/api/v1/login", retryAfter=0)
    with pytest.raises(ApiError):
        client.login(ADMIN, ADMIN_PASSWORD, False)
    assert sandbox_control.stats()["requests"].get("/api/v1/login/credentials") == 1
    assert client.request_count == 1 and slept.delays == []


def test_latency_below_the_timeout_is_just_slow(signed_in, sandbox_control):
    sandbox_control.fault("latency", count=1, path_prefix="/api/v1/me", latencyMs=200)
    started = time.perf_counter()
    assert signed_in.me().username == ADMIN
    assert time.perf_counter() - started >= 0.2


def test_timeout_then_retry_succeeds(sandbox, sandbox_control, slept):
    with ApiClient(sandbox.url, timeout=0.3, retry=RetryPolicy(base_delay=0.001, sleep=slept)) as api:
        api.login(ADMIN, ADMIN_PASSWORD, False)
        sandbox_control.fault("latency", count=1, path_prefix="/api/v1/me", latencyMs=1500)
        before = api.request_count
        assert api.me().username == ADMIN
        assert api.request_count - before == 2


def test_persistent_timeouts_are_server_unavailable(sandbox, sandbox_control, slept):
    with ApiClient(
        sandbox.url, timeout=0.25, retry=RetryPolicy(attempts=2, base_delay=0.001, sleep=slept)
    ) as api:
        api.login(ADMIN, ADMIN_PASSWORD, False)
        sandbox_control.fault("latency", count=-1, path_prefix="/api/v1/me", latencyMs=5000)
        with pytest.raises(ServerUnavailable) as failed:
            api.me()
    # the client's own 0.25 s timeout ended each attempt, not the server's 5 s answer (which would be OK)
    assert failed.value.message == "The server did not answer in time."
    assert api.request_count == 3  # login + 2 attempts


def test_connection_refused_is_server_unavailable(slept):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with ApiClient(f"http://127.0.0.1:{port}", retry=RetryPolicy(base_delay=0.001, sleep=slept)) as api:
        with pytest.raises(ServerUnavailable):
            api.me()
        assert api.request_count == 4


# -- sync feed -------------------------------------------------------------------------


def test_sync_full_then_not_modified_then_bad_cursor(signed_in, sandbox_control):
    page = signed_in.sync(None, None)
    assert page.full and page.cursor and page.etag
    assert len(page.lines) == 250 and page.company is not None and page.user is not None
    assert page.company.line_count == 250
    assert signed_in.sync(page.cursor, page.etag) is None
    with pytest.raises(CursorExpired) as caught:
        signed_in.sync("no-such-cursor", None)
    assert caught.value.status == 410 and caught.value.code == "ERR-SYNC-01"


def test_sync_pages_retry_on_truncated_bodies(signed_in, sandbox_control):
    sandbox_control.fault("truncate", count=2, path_prefix="/api/v1/sync")
    page = signed_in.sync(None, None)
    assert page is not None and len(page.lines) == 250


def watch(api: ApiClient) -> tuple[list[httpx.Request], list[httpx.Response]]:
    requests: list[httpx.Request] = []
    responses: list[httpx.Response] = []
    api._http.event_hooks["request"].append(requests.append)
    api._http.event_hooks["response"].append(responses.append)
    return requests, responses


def test_sync_asks_for_ndjson_and_parses_it(signed_in):
    requests, responses = watch(signed_in)
    page = signed_in.sync(None, None)
    assert requests[-1].headers["Accept"] == SYNC_ACCEPT == "application/x-ndjson, application/json;q=0.5"
    assert responses[-1].headers["Content-Type"] == "application/x-ndjson"
    assert page.full and len(page.lines) == 250 and len({line.id for line in page.lines}) == 250
    assert page.company is not None and page.company.line_count == 250 and page.user is not None
    assert page.etag == responses[-1].headers["ETag"]
    assert signed_in.sync(page.cursor, page.etag) is None
    assert requests[-1].headers["Accept"] == SYNC_ACCEPT
    signed_in.me()
    assert requests[-1].headers["Accept"] == "application/json"


def test_sync_accepts_a_plain_json_answer(signed_in):
    ndjson_page = signed_in.sync(None, None)
    requests, responses = watch(signed_in)

    def ignore_accept(request: httpx.Request) -> None:
        # what a server that ignores the Accept header sees
        request.headers["Accept"] = "application/json"

    signed_in._http.event_hooks["request"].insert(0, ignore_accept)
    page = signed_in.sync(None, None)
    assert responses[-1].headers["Content-Type"] == "application/json"
    assert dataclasses.replace(page, server_time="") == dataclasses.replace(ndjson_page, server_time="")
    assert signed_in.sync(page.cursor, page.etag) is None


def test_ndjson_incremental_sync(signed_in, sandbox):
    page = signed_in.sync(None, None)
    changed = httpx.post(f"{sandbox.url}/sandbox/usage", json={"lines": 3}).json()["changedLineIds"]
    later = signed_in.sync(page.cursor, page.etag)
    assert not later.full and sorted(line.id for line in later.lines) == sorted(changed)
    assert later.company is None and later.user is None and later.deleted_line_ids == []
    assert signed_in.sync(later.cursor, later.etag) is None


@pytest.mark.parametrize("mode", ["truncate", "malformed"])
def test_broken_ndjson_is_retried_then_succeeds(signed_in, sandbox_control, mode):
    sandbox_control.fault(mode, count=2, path_prefix="/api/v1/sync")
    before = signed_in.request_count
    page = signed_in.sync(None, None)
    assert page is not None and len(page.lines) == 250
    assert signed_in.request_count - before == 3


@pytest.mark.parametrize("mode", ["truncate", "malformed"])
def test_persistently_broken_ndjson_is_server_unavailable(signed_in, sandbox_control, slept, mode):
    sandbox_control.fault(mode, count=-1, path_prefix="/api/v1/sync")
    _, responses = watch(signed_in)
    before = signed_in.request_count
    with pytest.raises(ServerUnavailable) as caught:
        signed_in.sync(None, None)
    assert caught.value.retryable
    assert signed_in.request_count - before == 4 and len(slept.delays) == 3
    if mode == "malformed":  # answered in full, as NDJSON, with a line that is not JSON
        assert responses[-1].headers["Content-Type"] == "application/x-ndjson"


@pytest.mark.parametrize("announced", [249, 251, 0])
def test_ndjson_with_another_line_count_than_announced_is_server_unavailable(signed_in, slept, announced):
    # The one answer the sandbox cannot give: a real NDJSON body whose first line announces a wrong count.
    real = signed_in._http.get("/api/v1/sync", headers={"Accept": SYNC_ACCEPT, "X-W3-Token": signed_in.token})
    first, _, rest = real.content.partition(b"\n")
    head = json.loads(first)
    assert head["data"]["lineCount"] == 250
    head["data"]["lineCount"] = announced
    body = json.dumps(head).encode() + b"\n" + rest
    served: list[int] = []

    def miscounting_server(request: httpx.Request) -> httpx.Response:
        served.append(1)
        return httpx.Response(200, content=body, headers={"Content-Type": "application/x-ndjson"})

    transport = httpx.MockTransport(miscounting_server)
    retry = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.01, sleep=slept)
    with ApiClient("http://127.0.0.1:9", transport=transport, retry=retry) as api:
        with pytest.raises(ServerUnavailable) as caught:
            api.sync(None, None)
    assert caught.value.retryable and len(served) == 3
    assert "lines" in caught.value.message


def test_ndjson_rules_that_need_no_server():
    line = _ndjson_line()
    head = b'{"status":"OK"}\n'
    assert [x.id for x in _ndjson_lines(head + line + b"\n" + line + b"\n", 2)] == ["L00001", "L00001"]
    assert _ndjson_lines(head, 0) == []
    with pytest.raises(ServerUnavailable, match="cut short"):
        _ndjson_lines(head + line + b"\n" + line[:40], 2)  # the last line lost its end
    with pytest.raises(ServerUnavailable, match="more than"):
        _ndjson_lines(head + line + b"\n" + line + b"\n", 1)
    with pytest.raises(ValueError):  # _call maps it to ServerUnavailable
        _ndjson_lines(head + b"\n", 1)
    for count in (None, "1", -1, True, 1.0):
        with pytest.raises(ServerUnavailable, match="line count"):
            _ndjson_lines(head + line + b"\n", count)
    with pytest.raises(ServerUnavailable, match="not valid JSON"):
        _unwrap(
            _answer(
                200, b'{"status":"OK","data":{"lineCount":0}}', **{"Content-Type": "application/x-ndjson"}
            )
        )
    fail = b'{"status":"FAIL","errorCodes":["ERR-SYNC-01"],"messages":[],"data":null}\n'
    with pytest.raises(CursorExpired):
        _unwrap(_answer(410, fail, **{"Content-Type": "application/x-ndjson"}))


def _ndjson_line() -> bytes:
    return json.dumps(
        {
            "id": "L00001",
            "msisdn": "+393471234567",
            "kind": "mobile",
            "holder": "Mario Rossi",
            "alias": "",
            "status": "active",
            "paymentType": "postpaid",
            "billingAccountId": "BA001",
            "offer": {"code": "BIZ", "name": "Business"},
            "creditCents": 100,
            "counters": {"data": None, "voice": {"used": 1, "total": None, "unit": "seconds"}, "sms": None},
            "updatedAt": "2026-11-23T10:15:00+01:00",
            "version": 1,
        }
    ).encode()


@pytest.fixture(scope="module")
def big_server():
    server = SandboxServer(lines=10_000, seed=7)
    server.start()
    yield server
    server.stop()


def test_ten_thousand_line_sync_is_parsed_one_small_line_at_a_time(big_server, monkeypatch):
    """The point of NDJSON: each json.loads call is one small line, so the GUI thread gets the GIL between
    them. Sizes, not times, are asserted here (times flake on a busy machine); the GUI stall itself is
    measured by benchmarks/gui_sync_probe.py."""
    real_loads = json.loads
    sizes: list[int] = []

    def counted_loads(raw, *args, **kwargs):
        sizes.append(len(raw))
        return real_loads(raw, *args, **kwargs)

    with ApiClient(big_server.url, timeout=30) as api:
        api.login(ADMIN, ADMIN_PASSWORD, False)
        monkeypatch.setattr(client_module.json, "loads", counted_loads)
        page = api.sync(None, None)
        monkeypatch.undo()
    assert len(page.lines) == 10_000
    assert len(sizes) == 10_001  # the first line, then one per line
    assert max(sizes) < 64 * 1024


# -- the rules that need no server -----------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://example.com", "http://10.0.0.1:8080", "ftp://127.0.0.1", "127.0.0.1:8080", "https://"]
)
def test_non_loopback_http_and_odd_urls_are_refused(url):
    with pytest.raises(ValueError):
        ApiClient(url)


@pytest.mark.parametrize(
    "url",
    ["https://selfcare.example.com", "http://localhost:8080", "http://127.0.0.2:1", "http://[::1]:8080/"],
)
def test_https_and_loopback_http_are_accepted(url):
    ApiClient(url).close()


def test_headers_sent(sandbox):
    seen: list[httpx.Request] = []
    with ApiClient(sandbox.url, language="en") as api:
        api._http.event_hooks["request"].append(seen.append)
        token, _ = api.login(ADMIN, ADMIN_PASSWORD, False)
        api.me()
    assert seen[0].headers["Accept-Language"] == "en"
    assert seen[0].headers["Accept-Encoding"] == "gzip"
    assert "X-W3-Token" not in seen[0].headers
    assert seen[1].headers["X-W3-Token"] == token


def _answer(status: int, body: bytes, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=body, headers=headers)


def test_status_mapping_of_answers_the_endpoints_here_cannot_provoke():
    fail = b'{"status":"FAIL","errorCodes":["%s"],"messages":[{"type":"ERROR","message":"m"}],"data":null}'
    with pytest.raises(Forbidden):
        _unwrap(_answer(403, fail % b"ERR-AUTH-03"))
    with pytest.raises(OldCredentials):
        _unwrap(_answer(200, fail % b"ERR-AUTH-04"))
    with pytest.raises(ServerUnavailable) as caught:
        _unwrap(_answer(501, b"not json"))
    assert not caught.value.retryable
    with pytest.raises(ServerUnavailable) as caught:
        _unwrap(_answer(503, b"<html>busy</html>"))
    assert caught.value.retryable
    with pytest.raises(ServerUnavailable):
        _unwrap(_answer(200, b'{"just": "json"}'))
    with pytest.raises(ApiError) as caught:
        _unwrap(_answer(409, b""))
    assert caught.value.status == 409
    assert _unwrap(_answer(200, b'{"status":"OK","errorCodes":[],"messages":[],"data":{"a":1}}')) == {"a": 1}
