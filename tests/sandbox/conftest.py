"""Helpers for the sandbox tests: HTTP clients, logins, and private servers with other settings."""

from __future__ import annotations

import httpx
import pytest

from windtre_desktop.sandbox.runner import SandboxServer

WRAPPER_KEYS = {"status", "errorCodes", "messages", "data"}
# the FAILs whose data is not null (docs/api.md, Conventions)
FAIL_DATA = {
    "ERR-OTP-01": {"attemptsLeft"},
    "ERR-OTP-05": {"attemptsLeft"},
    "ERR-OTP-03": {"resendAfter"},
    "ERR-TKT-01": {"id", "number", "status"},
    "ERR-OPT-01": {"id", "optionCode", "operation", "lineIds", "status", "progress", "createdAt", "expectedAt",
                   "completedAt"},
}


def assert_wrapped(response: httpx.Response, status: str, http: int, code: str | None = None) -> dict:
    """The response has the contract's wrapper, the given status and HTTP code (and error code): its body."""
    assert response.status_code == http, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == WRAPPER_KEYS, body
    assert body["status"] == status
    assert isinstance(body["errorCodes"], list) and isinstance(body["messages"], list)
    for message in body["messages"]:
        assert message["type"] in ("ERROR", "WARNING", "INFO")
        assert isinstance(message["message"], str) and message["message"]
    if status == "OK":
        assert body["errorCodes"] == []
    else:
        if body["errorCodes"] and body["errorCodes"][0] in FAIL_DATA:
            assert set(body["data"]) == FAIL_DATA[body["errorCodes"][0]], body
        else:
            assert body["data"] is None
        assert body["messages"], "a FAIL must say why"
    if code is not None:
        assert body["errorCodes"] == [code]
    return body


def user_of(server: SandboxServer, role: str) -> dict:
    return next(u for u in server.users if u["role"] == role)


def login(client: httpx.Client, user: dict) -> str:
    """Log the client in; it sends the token from then on. Returns the token."""
    response = client.post(
        "/api/v1/login/credentials", json={"username": user["username"], "password": user["password"]}
    )
    assert_wrapped(response, "OK", 200)
    token = response.headers["X-W3-Token"]
    client.headers["X-W3-Token"] = token
    return token


@pytest.fixture
def client(sandbox):
    with httpx.Client(base_url=sandbox.url, timeout=10) as http:
        yield http


def _logged_in(sandbox, role):
    http = httpx.Client(base_url=sandbox.url, timeout=10)
    login(http, user_of(sandbox, role))
    return http


@pytest.fixture
def admin(sandbox):
    http = _logged_in(sandbox, "USER_ADMIN")
    yield http
    http.close()


@pytest.fixture
def employee(sandbox):
    http = _logged_in(sandbox, "DIPENDENTE")
    yield http
    http.close()


@pytest.fixture
def start_server():
    """Start private sandboxes with other settings; all are stopped after the test."""
    servers: list[SandboxServer] = []

    def start(**settings) -> SandboxServer:
        server = SandboxServer(**settings)
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="module")
def big_sandbox():
    """A 10,000-line company (seed 7) for the scale tests of a module."""
    server = SandboxServer(lines=10_000, seed=7)
    server.start()
    yield server
    server.stop()


def _accounts_sandbox(lines: int):
    from tests.sandbox.accounts_support import Sandbox

    server = SandboxServer(lines=lines, seed=1)
    server.start()
    helper = Sandbox(server)
    return server, helper


@pytest.fixture(scope="module")
def accounts():
    """A private 60-line sandbox for one module's account tests (they create accounts: never the shared one)."""
    server, helper = _accounts_sandbox(60)
    yield helper
    helper.close()
    server.stop()


@pytest.fixture
def fresh_accounts():
    """A private sandbox for one test, e.g. one that moves the clock by hours (every session expires)."""
    server, helper = _accounts_sandbox(30)
    yield helper
    helper.close()
    server.stop()
