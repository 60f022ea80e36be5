"""Roles against the sandbox: autologin (R-10), Telco Managers (R-03), Associa SIM (R-04), deleting the own
account (R-11), and idempotent creation."""

from __future__ import annotations

import uuid

import pytest

from tests.sandbox.accounts_support import PASSWORD, TEMPORARY
from tests.sandbox.conftest import assert_wrapped

NETWORK = "/api/v1/login/network"
MANAGERS = "/api/v1/telco-managers"
SIMS = "/api/v1/me/sims"


@pytest.fixture
def network(accounts):
    """The simulated mobile network, back to 'nothing identified' after the test."""
    yield accounts.network
    accounts.network(None)


def _network_login(accounts) -> tuple[dict, str]:
    answer = accounts.http.post(NETWORK)
    return assert_wrapped(answer, "OK", 200)["data"], answer.headers["X-W3-Token"]


def _demo(accounts, role: str) -> dict:
    return next(u for u in accounts.server.users if u["role"] == role)


# -- autologin (R-10) -------------------------------------------------------------------------------------------


def test_autologin_without_an_identified_line_r10(accounts, network):
    assert accounts.http.get("/sandbox/network").json() == {"msisdn": None}
    answer = accounts.http.post(NETWORK)
    body = assert_wrapped(answer, "FAIL", 200, "ERR-AUTH-06")
    assert "X-W3-Token" not in answer.headers
    message = body["messages"][0]["message"]
    assert "rete mobile WINDTRE" in message and "username e password" in message


def test_autologin_of_an_identified_dipendente_r10(accounts, network):
    employee = _demo(accounts, "DIPENDENTE")
    network("+39" + employee["username"])
    assert accounts.http.get("/sandbox/network").json() == {"msisdn": "+39" + employee["username"]}
    user, token = _network_login(accounts)
    assert (user["username"], user["role"]) == (employee["username"], "DIPENDENTE")
    client = accounts.client(**{"X-W3-Token": token})
    assert assert_wrapped(client.get("/api/v1/me"), "OK", 200)["data"] == user


@pytest.mark.parametrize("role", ["USER_ADMIN", "TELCO_MANAGER"])
def test_a_responsabile_by_autologin_is_only_a_dipendente_r10(accounts, network, role):
    responsabile = _demo(accounts, role)
    mobile = (
        accounts.contracts()[0]["mobile"]
        if role == "USER_ADMIN"
        else next(m["mobile"] for m in _managers(accounts) if m["username"] == responsabile["username"])
    )
    line = accounts.http.get("/sandbox/lines", params={"limit": 100}).json()["lines"]
    line_id = next(item["id"] for item in line if item["msisdn"] == mobile)
    network(mobile)
    user, token = _network_login(accounts)
    assert (user["username"], user["role"], user["lineId"]) == (
        responsabile["username"],
        "DIPENDENTE",
        line_id,
    )
    session = accounts.client(**{"X-W3-Token": token})
    lines = assert_wrapped(session.get("/api/v1/lines"), "OK", 200)["data"]
    assert [item["id"] for item in lines] == [line_id]
    sync = assert_wrapped(session.get("/api/v1/sync"), "OK", 200)["data"]
    assert sync["user"]["role"] == "DIPENDENTE" and [item["id"] for item in sync["lines"]] == [line_id]
    assert_wrapped(
        session.get("/api/v1/lines/L00001" if line_id != "L00001" else "/api/v1/lines/L00002"), "FAIL", 403
    )
    for method, path in (("GET", MANAGERS), ("DELETE", "/api/v1/me"), ("POST", "/api/v1/password/change")):
        assert_wrapped(session.request(method, path, json={}), "FAIL", 403, "ERR-AUTH-03")
    sims = assert_wrapped(session.get(SIMS), "OK", 200)["data"]["sims"]
    assert [sim["lineId"] for sim in sims] == [line_id]
    # the same person signing in with the password is a Responsabile again
    password_login = accounts.login(responsabile["username"], responsabile["password"])
    assert password_login.user["role"] == role


def test_autologin_of_a_line_without_account_r10(accounts, network):
    for line in (accounts.free_line(), accounts.free_line("C0003")):
        network(line["msisdn"])
        body = assert_wrapped(accounts.http.post(NETWORK), "FAIL", 200, "ERR-AUTH-07")
        assert line["msisdn"] in body["messages"][0]["message"]


def test_network_control_validates_the_number(accounts, network):
    assert accounts.http.post("/sandbox/network", json={"msisdn": "hello"}).status_code == 400
    assert accounts.http.post("/sandbox/network", json={"msisdn": "347 123 4567"}).json() == {
        "msisdn": "+393471234567"
    }


# -- Telco Managers (R-03) ---------------------------------------------------------------------------------------


def _managers(accounts) -> list[dict]:
    admin = accounts.login("admin.demo", "Demo2026!")
    return assert_wrapped(admin.get(MANAGERS), "OK", 200)["data"]


def test_user_admin_lists_creates_and_deletes_telco_managers_r03(accounts):
    admin = accounts.login("admin.demo", "Demo2026!")
    listed = assert_wrapped(admin.get(MANAGERS), "OK", 200)["data"]
    demo = next(m for m in listed if m["username"] == "telco.demo")
    assert set(demo) == {"username", "firstName", "lastName", "email", "mobile", "createdBy", "createdAt"}
    assert demo["createdBy"] == "admin.demo" and demo["mobile"].startswith("+393")
    body = {
        "username": "tm.nuovo",
        "firstName": "Ada",
        "lastName": "Neri",
        "email": "ada@example.it",
        "mobile": "347 555 1234",
    }
    created = assert_wrapped(admin.post(MANAGERS, json=body), "OK", 200)["data"]
    assert created["mobile"] == "+393475551234" and created["createdBy"] == "admin.demo"
    mail = accounts.outbox()[-1]
    assert mail["to"] == "ada@example.it"
    temporary = TEMPORARY.search(mail["body"]).group(1)
    assert [m["username"] for m in assert_wrapped(admin.get(MANAGERS), "OK", 200)["data"]] == [
        "telco.demo",
        "tm.nuovo",
    ]
    # its first access must change the temporary password
    manager = accounts.login("tm.nuovo", temporary)
    assert manager.user["role"] == "TELCO_MANAGER" and manager.user["mustChangePassword"] is True
    assert_wrapped(manager.get("/api/v1/lines"), "FAIL", 403, "ERR-AUTH-05")
    assert_wrapped(
        manager.post("/api/v1/password/change", json={"oldPassword": temporary, "newPassword": PASSWORD}),
        "OK",
        200,
    )
    assert_wrapped(manager.get("/api/v1/lines"), "OK", 200)
    # a Telco Manager may not manage Telco Managers, even itself
    assert_wrapped(manager.delete(f"{MANAGERS}/tm.nuovo"), "FAIL", 403, "ERR-AUTH-03")
    assert_wrapped(admin.delete(f"{MANAGERS}/tm.nuovo"), "OK", 200)
    assert_wrapped(manager.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")
    login = accounts.http.post(
        "/api/v1/login/credentials", json={"username": "tm.nuovo", "password": PASSWORD}
    )
    assert_wrapped(login, "FAIL", 200, "ERR-AUTH-01")
    missing = assert_wrapped(admin.delete(f"{MANAGERS}/tm.nuovo"), "FAIL", 404, "ERR-VAL-01")
    assert missing["messages"][0]["field"] == "username"


def test_only_the_creating_user_admin_may_delete_r03(accounts):
    other = accounts.contracts()[2]
    accounts.register_admin(other, "boss.altra")
    stranger = accounts.login("boss.altra", PASSWORD)
    # another company's User Admin sees none of the demo company's Telco Managers and cannot delete them
    assert assert_wrapped(stranger.get(MANAGERS), "OK", 200)["data"] == []
    body = assert_wrapped(stranger.delete(f"{MANAGERS}/telco.demo"), "FAIL", 403, "ERR-AUTH-03")
    assert "Solo lo User Admin che ha creato" in body["messages"][0]["message"]
    accounts.create_telco_manager(stranger, "tm.altra")
    admin = accounts.login("admin.demo", "Demo2026!")
    assert_wrapped(admin.delete(f"{MANAGERS}/tm.altra"), "FAIL", 403, "ERR-AUTH-03")
    assert_wrapped(stranger.delete(f"{MANAGERS}/tm.altra"), "OK", 200)
    assert any(m["username"] == "telco.demo" for m in assert_wrapped(admin.get(MANAGERS), "OK", 200)["data"])


def test_telco_manager_fields_are_validated(accounts):
    admin = accounts.login("admin.demo", "Demo2026!")
    body = {
        "username": "telco.demo",
        "firstName": " ",
        "lastName": "Neri",
        "email": "x",
        "mobile": "+390612345678",
    }
    answer = assert_wrapped(admin.post(MANAGERS, json=body), "FAIL", 400, "ERR-VAL-01")
    assert {m["field"] for m in answer["messages"]} == {"firstName", "email", "mobile"}
    body.update(firstName="Ada", email="ada2@example.it", mobile="+393471234000")
    taken = assert_wrapped(admin.post(MANAGERS, json=body), "FAIL", 400, "ERR-VAL-01")
    assert taken["messages"][0]["field"] == "username" and "già in uso" in taken["messages"][0]["message"]


@pytest.mark.parametrize("first, last", [("\x00Ada", "Neri"), ("Ada\x07", "Neri"), ("\u200bAda", "Neri"),
                                         ("Ada", "Neri\u200b"), ("Ada", "\u202eNeri"), ("123", "Neri")])
def test_a_name_with_control_or_invisible_characters_is_refused(accounts, first, last):
    """Issue 16, found by an outside schemathesis run: NUL, BEL or a zero-width space around a name created the
    account and emailed a password. "Not blank" also refuses what cannot be seen, and a name needs letters."""
    from windtre_desktop.domain.validators import check_first_name, check_last_name

    admin = accounts.login("admin.demo", "Demo2026!")
    body = {"username": "telco.invisible", "firstName": first, "lastName": last, "email": "ada9@example.it",
            "mobile": "+393471234009"}
    answer = assert_wrapped(admin.post(MANAGERS, json=body), "FAIL", 400, "ERR-VAL-01")
    refused = {m["field"] for m in answer["messages"]}
    assert refused == ({"firstName"} if first != "Ada" else {"lastName"})
    assert (check_first_name(first) is not None) or (check_last_name(last) is not None)  # the app refuses too
    listed = assert_wrapped(admin.get(MANAGERS), "OK", 200)["data"]
    assert "telco.invisible" not in {m["username"] for m in listed}  # no account, no password emailed


def test_creating_a_telco_manager_is_idempotent(accounts):
    admin = accounts.login("admin.demo", "Demo2026!")
    key = str(uuid.uuid4())
    body = {
        "username": "tm.once",
        "firstName": "Ada",
        "lastName": "Neri",
        "email": "once@example.it",
        "mobile": "+393471234001",
    }
    first = admin.post(MANAGERS, json=body, headers={"Idempotency-Key": key})
    sent = accounts.outbox_size()
    again = admin.post(MANAGERS, json=body, headers={"Idempotency-Key": key})
    assert assert_wrapped(again, "OK", 200) == assert_wrapped(first, "OK", 200)
    assert accounts.outbox_size() == sent  # not created twice, no second email
    # without the key (or with another) the repeat is a new request: the username is taken now
    assert_wrapped(
        admin.post(MANAGERS, json=body, headers={"Idempotency-Key": str(uuid.uuid4())}), "FAIL", 400
    )
    # the same key from a Dipendente is another user's request: no replay of the User Admin's answer
    employee = accounts.login(_demo(accounts, "DIPENDENTE")["username"], "Dipendente2026!")
    assert_wrapped(employee.post(MANAGERS, json=body, headers={"Idempotency-Key": key}), "FAIL", 403, "ERR-AUTH-03")
    assert_wrapped(admin.delete(f"{MANAGERS}/tm.once"), "OK", 200)


# -- Associa SIM (R-04) ---------------------------------------------------------------------------------------------


def test_associa_sim_up_to_two_more_sims_r04(accounts):
    line = accounts.free_line()
    user = accounts.register_employee(line)
    employee = accounts.login(user["username"], PASSWORD)
    sims = assert_wrapped(employee.get(SIMS), "OK", 200)["data"]
    assert sims == {
        "sims": [{"lineId": line["id"], "msisdn": line["msisdn"], "own": True, "associatedAt": None}],
        "maxAssociated": 2,
    }
    full = assert_wrapped(employee.get("/api/v1/sync"), "OK", 200)["data"]
    first, second, third = accounts.free_line(), accounts.free_line(data_only=True), accounts.free_line()
    key = str(uuid.uuid4())
    added = employee.post(SIMS, json={"msisdn": first["msisdn"][3:]}, headers={"Idempotency-Key": key})
    repeat = employee.post(SIMS, json={"msisdn": first["msisdn"][3:]}, headers={"Idempotency-Key": key})
    assert assert_wrapped(repeat, "OK", 200) == assert_wrapped(added, "OK", 200)
    assert_wrapped(employee.post(SIMS, json={"msisdn": second["msisdn"]}), "OK", 200)
    refused = assert_wrapped(employee.post(SIMS, json={"msisdn": third["msisdn"]}), "FAIL", 409, "ERR-SIM-01")
    assert "due SIM" in refused["messages"][0]["message"]
    sims = assert_wrapped(employee.get(SIMS), "OK", 200)["data"]["sims"]
    assert [(s["lineId"], s["own"]) for s in sims] == [
        (line["id"], True),
        (first["id"], False),
        (second["id"], False),
    ]
    assert all(s["associatedAt"] for s in sims[1:])
    # the associated SIMs' lines are the Dipendente's to see, in /lines, /lines/{id} and /sync
    lines = assert_wrapped(employee.get("/api/v1/lines"), "OK", 200)["data"]
    assert [item["id"] for item in lines] == [line["id"], first["id"], second["id"]]
    assert_wrapped(employee.get(f"/api/v1/lines/{second['id']}"), "OK", 200)
    assert_wrapped(employee.get(f"/api/v1/lines/{third['id']}"), "FAIL", 403, "ERR-AUTH-03")
    changes = assert_wrapped(employee.get("/api/v1/sync", params={"cursor": full["cursor"]}), "OK", 200)[
        "data"
    ]
    assert {item["id"] for item in changes["lines"]} == {first["id"], second["id"]}
    # dissociating frees a place and shows up as a deleted line in the next incremental sync
    after = assert_wrapped(employee.delete(f"{SIMS}/{first['msisdn']}"), "OK", 200)["data"]["sims"]
    assert [s["lineId"] for s in after] == [line["id"], second["id"]]
    again = assert_wrapped(employee.get("/api/v1/sync", params={"cursor": changes["cursor"]}), "OK", 200)[
        "data"
    ]
    assert again["deletedLineIds"] == [first["id"]] and again["lines"] == []
    assert_wrapped(employee.get(f"/api/v1/lines/{first['id']}"), "FAIL", 403)
    assert_wrapped(employee.post(SIMS, json={"msisdn": third["msisdn"]}), "OK", 200)
    missing = assert_wrapped(employee.delete(f"{SIMS}/{first['msisdn']}"), "FAIL", 404, "ERR-VAL-01")
    assert missing["messages"][0]["field"] == "msisdn"


def test_associa_sim_refuses_other_companies_fixed_and_taken_lines(accounts):
    owner = accounts.register_employee(accounts.free_line())
    employee = accounts.login(owner["username"], PASSWORD)
    other_company = accounts.free_line("C0004")
    fixed = accounts.http.get(
        "/sandbox/lines", params={"companyId": "C0001", "kind": "fixed", "limit": 1}
    ).json()
    demo_employee = _demo(accounts, "DIPENDENTE")
    for msisdn, code in (
        (other_company["msisdn"], "ERR-SIM-02"),
        ("+393330000003", "ERR-SIM-02"),
        (demo_employee["username"], "ERR-SIM-03"),  # another Dipendente's own line
        ("+39" + owner["username"], "ERR-SIM-03"),  # the own line
    ):
        assert_wrapped(employee.post(SIMS, json={"msisdn": msisdn}), "FAIL", 409, code)
    assert fixed["lines"][0]["kind"] == "fixed"
    assert_wrapped(
        employee.post(SIMS, json={"msisdn": fixed["lines"][0]["msisdn"]}), "FAIL", 400, "ERR-VAL-01"
    )
    shared = accounts.free_line()
    assert_wrapped(employee.post(SIMS, json={"msisdn": shared["msisdn"]}), "OK", 200)
    rival = accounts.login(accounts.register_employee(accounts.free_line())["username"], PASSWORD)
    body = assert_wrapped(rival.post(SIMS, json={"msisdn": shared["msisdn"]}), "FAIL", 409, "ERR-SIM-03")
    assert shared["msisdn"] in body["messages"][0]["message"]


# -- deleting the own account (R-11) ---------------------------------------------------------------------------------


def test_a_dipendente_deletes_the_own_account_and_the_lines_stay_r11(accounts):
    line = accounts.free_line()
    user = accounts.register_employee(line)
    employee = accounts.login(user["username"], PASSWORD)
    other = accounts.login(user["username"], PASSWORD)
    associated = accounts.free_line()
    assert_wrapped(employee.post(SIMS, json={"msisdn": associated["msisdn"]}), "OK", 200)
    admin = accounts.login("admin.demo", "Demo2026!")
    before = assert_wrapped(admin.get(f"/api/v1/lines/{line['id']}"), "OK", 200)["data"]
    assert_wrapped(employee.delete("/api/v1/me"), "OK", 200)
    # every session ends, the credentials no longer work, the line and its contract are untouched
    for session in (employee, other):
        assert_wrapped(session.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")
    login = accounts.http.post(
        "/api/v1/login/credentials", json={"username": user["username"], "password": PASSWORD}
    )
    assert_wrapped(login, "FAIL", 200, "ERR-AUTH-01")
    assert assert_wrapped(admin.get(f"/api/v1/lines/{line['id']}"), "OK", 200)["data"] == before
    assert accounts.line(line["id"])["account"] is None
    assert accounts.line(associated["id"])["associatedTo"] is None
    # a new registration is needed to come back (a line gets one code each 30 s: its first one was just sent)
    accounts.advance(30)
    assert accounts.register_employee(line)["username"] == user["username"]


def test_a_responsabile_cannot_delete_its_account(accounts):
    admin = accounts.login("admin.demo", "Demo2026!")
    assert_wrapped(admin.delete("/api/v1/me"), "FAIL", 403, "ERR-AUTH-03")
    assert_wrapped(admin.get("/api/v1/me"), "OK", 200)
