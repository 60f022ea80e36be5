"""Login, logout, /me, the wrapper on every answer, messages in Italian and English, session expiry."""

from __future__ import annotations

import httpx
import pytest

from tests.sandbox.conftest import assert_wrapped, login, user_of
from windtre_desktop.domain.models import Role, User

LOGIN = "/api/v1/login/credentials"


@pytest.mark.parametrize("role", ["USER_ADMIN", "TELCO_MANAGER", "DIPENDENTE"])
def test_login_ok_returns_the_user_and_a_token_in_the_header(sandbox, client, role):
    user = user_of(sandbox, role)
    response = client.post(
        LOGIN, json={"username": user["username"], "password": user["password"], "rememberMe": True}
    )
    body = assert_wrapped(response, "OK", 200)
    assert len(response.headers["X-W3-Token"]) >= 20
    data = body["data"]
    assert data["username"] == user["username"] and data["role"] == role
    assert data["companyId"] == "C0001" and data["firstName"] and data["lastName"] and "@" in data["email"]
    assert (data["lineId"] is not None) == (role == "DIPENDENTE")
    assert data["mustChangePassword"] is False
    # the app's model reads it losslessly (mustChangePassword is read by the client, api.client._user)
    assert User.from_json(data).to_json() == {k: v for k, v in data.items() if k != "mustChangePassword"}
    assert User.from_json(data).role is Role(role)


def test_each_login_gets_its_own_token(sandbox, client):
    admin = user_of(sandbox, "USER_ADMIN")
    first = client.post(LOGIN, json={"username": admin["username"], "password": admin["password"]})
    second = client.post(LOGIN, json={"username": admin["username"], "password": admin["password"]})
    assert first.headers["X-W3-Token"] != second.headers["X-W3-Token"]


def test_wrong_password_is_a_fail_with_http_200_in_italian_by_default(client):
    response = client.post(LOGIN, json={"username": "admin.demo", "password": "wrong"})
    body = assert_wrapped(response, "FAIL", 200, "ERR-AUTH-01")
    assert "X-W3-Token" not in response.headers
    assert body["messages"] == [
        {
            "type": "ERROR",
            "message": "Username o password non corretti. Attenzione: username e password distinguono "
            "maiuscole e minuscole.",
        }
    ]


def test_messages_in_english_with_accept_language(client):
    response = client.post(
        LOGIN,
        json={"username": "admin.demo", "password": "wrong"},
        headers={"Accept-Language": "en-GB,en;q=0.9"},
    )
    body = assert_wrapped(response, "FAIL", 200, "ERR-AUTH-01")
    assert body["messages"][0]["message"].startswith("Wrong username or password")
    italian = client.post(
        LOGIN,
        json={"username": "admin.demo", "password": "wrong"},
        headers={"Accept-Language": "it-IT,en;q=0.5"},
    )
    assert italian.json()["messages"][0]["message"].startswith("Username o password")


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("Admin.demo", "Demo2026!"),
        ("ADMIN.DEMO", "Demo2026!"),
        ("admin.demo", "demo2026!"),
        ("admin.demo", "DEMO2026!"),
    ],
)
def test_username_and_password_are_case_sensitive_r06(client, username, password):
    assert_wrapped(
        client.post(LOGIN, json={"username": username, "password": password}), "FAIL", 200, "ERR-AUTH-01"
    )


def test_old_wind_tre_credentials_need_a_new_registration_r07(client):
    response = client.post(LOGIN, json={"username": "wind.demo", "password": "Wind2019!"})
    body = assert_wrapped(response, "FAIL", 200, "ERR-AUTH-04")
    assert "registrazione" in body["messages"][0]["message"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"password": "Demo2026!"}, "username"),
        ({"username": "", "password": "Demo2026!"}, "username"),
        ({"username": "admin.demo"}, "password"),
        ({"username": "admin.demo", "password": ""}, "password"),
        ({"username": "admin.demo", "password": "x", "rememberMe": "maybe"}, "rememberMe"),
    ],
)
def test_missing_or_empty_field_is_a_400_naming_the_field(client, payload, field):
    body = assert_wrapped(client.post(LOGIN, json=payload), "FAIL", 400, "ERR-VAL-01")
    assert [m["field"] for m in body["messages"]] == [field]
    assert field in body["messages"][0]["message"]


def test_a_body_that_is_not_json_is_a_400(client):
    response = client.post(LOGIN, content=b"{not json", headers={"Content-Type": "application/json"})
    body = assert_wrapped(response, "FAIL", 400, "ERR-VAL-01")
    assert body["messages"][0]["field"] == "body"


def test_me_returns_the_session_user(admin):
    body = assert_wrapped(admin.get("/api/v1/me"), "OK", 200)
    assert body["data"]["username"] == "admin.demo"


@pytest.mark.parametrize("token", [None, "", "not-a-token"])
def test_missing_or_unknown_token_is_401(client, token):
    headers = {} if token is None else {"X-W3-Token": token}
    for path in ("/api/v1/me", "/api/v1/company", "/api/v1/lines", "/api/v1/sync"):
        body = assert_wrapped(client.get(path, headers=headers), "FAIL", 401, "ERR-AUTH-02")
        assert "field" not in body["messages"][0]


def test_logout_ends_the_session(sandbox, client):
    login(client, user_of(sandbox, "TELCO_MANAGER"))
    body = assert_wrapped(client.post("/api/v1/logout"), "OK", 200)
    assert body["data"] is None
    assert_wrapped(client.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")
    assert_wrapped(client.post("/api/v1/logout"), "FAIL", 401, "ERR-AUTH-02")


def test_logout_ends_only_its_own_session(sandbox, client):
    user = user_of(sandbox, "USER_ADMIN")
    other = httpx.Client(base_url=sandbox.url, timeout=10)
    try:
        login(other, user)
        login(client, user)
        assert_wrapped(client.post("/api/v1/logout"), "OK", 200)
        assert_wrapped(other.get("/api/v1/me"), "OK", 200)
    finally:
        other.close()


def test_unknown_api_path_and_method_are_wrapped(admin):
    body = assert_wrapped(admin.get("/api/v1/nothing-here"), "FAIL", 404, "ERR-VAL-01")
    assert "/api/v1/nothing-here" in body["messages"][0]["message"]
    assert_wrapped(admin.delete("/api/v1/company"), "FAIL", 405, "ERR-VAL-01")


def test_token_expires_after_the_ttl_of_inactivity_on_the_sandbox_clock(start_server):
    server = start_server(lines=20, token_ttl_seconds=60)
    control = httpx.Client(base_url=server.url, timeout=10)
    with httpx.Client(base_url=server.url, timeout=10) as http, control:
        login(http, user_of(server, "USER_ADMIN"))
        before = control.get("/sandbox/clock").json()["now"]
        control.post("/sandbox/clock", json={"advanceSeconds": 50}).raise_for_status()
        assert control.get("/sandbox/clock").json()["now"] > before
        assert_wrapped(http.get("/api/v1/me"), "OK", 200)  # used: the inactivity timer restarts
        control.post("/sandbox/clock", json={"advanceSeconds": 50}).raise_for_status()
        assert_wrapped(http.get("/api/v1/me"), "OK", 200)  # 100 s since login, but 50 since last use
        control.post("/sandbox/clock", json={"advanceSeconds": 61}).raise_for_status()
        assert_wrapped(http.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")
        assert_wrapped(http.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")  # stays expired
        login(http, user_of(server, "USER_ADMIN"))
        assert_wrapped(http.get("/api/v1/me"), "OK", 200)


def test_default_ttl_is_thirty_minutes(start_server):
    server = start_server(lines=20)
    with httpx.Client(base_url=server.url, timeout=10) as http:
        login(http, user_of(server, "USER_ADMIN"))
        http.post("/sandbox/clock", json={"advanceSeconds": 29 * 60}).raise_for_status()
        assert_wrapped(http.get("/api/v1/me"), "OK", 200)
        http.post("/sandbox/clock", json={"advanceSeconds": 30 * 60 + 1}).raise_for_status()
        assert_wrapped(http.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")


def test_sandbox_can_expire_every_session_at_once(start_server):
    server = start_server(lines=20)
    clients = [httpx.Client(base_url=server.url, timeout=10) for _ in server.users]
    try:
        for http, user in zip(clients, server.users, strict=True):
            login(http, user)
        answer = clients[0].post("/sandbox/sessions/expire")
        assert answer.status_code == 200 and answer.json() == {"expired": 3}
        for http in clients:
            assert_wrapped(http.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")
    finally:
        for http in clients:
            http.close()


def test_the_clock_cannot_go_backwards(client):
    response = client.post("/sandbox/clock", json={"advanceSeconds": -5})
    assert response.status_code == 400
    assert response.json()["detail"][0]["field"] == "advanceSeconds"


@pytest.mark.parametrize("value", ["yes", 0, 1, "true", None])
def test_remember_me_must_be_a_boolean(sandbox, client, value):
    """Issue 16, found by an outside schemathesis run: the contract declares rememberMe a boolean."""
    admin = user_of(sandbox, "USER_ADMIN")
    response = client.post(LOGIN, json={"username": admin["username"], "password": admin["password"],
                                        "rememberMe": value})
    body = assert_wrapped(response, "FAIL", 400, "ERR-VAL-01")
    assert "rememberMe" in str(body)
    assert "X-W3-Token" not in response.headers
