"""Password recovery and change against the sandbox: control code (Dipendente), temporary numeric password
with a forced change (User Admin), refusal for a Telco Manager, no account enumeration (R-08, R-09, R-12)."""

from __future__ import annotations

from tests.sandbox.accounts_support import CONTROL, PASSWORD, TEMPORARY
from tests.sandbox.conftest import assert_wrapped

RECOVERY = "/api/v1/password/recovery"
RESEND = "/api/v1/password/recovery/resend"
CONFIRM = "/api/v1/password/recovery/confirm"
CHANGE = "/api/v1/password/change"
LOGIN = "/api/v1/login/credentials"


def _login_fails(sandbox, username: str, password: str) -> None:
    response = sandbox.http.post(LOGIN, json={"username": username, "password": password})
    assert_wrapped(response, "FAIL", 200, "ERR-AUTH-01")


def test_dipendente_recovers_with_a_control_code_by_sms_r08(accounts):
    line = accounts.free_line()
    user = accounts.register_employee(line, password="Vecchia2026!")
    old_session = accounts.login(user["username"], "Vecchia2026!")
    national = line["msisdn"][3:]
    # the line may be typed as +39 3xx… too
    answer = accounts.http.post(RECOVERY, json={"username": f"+39 {national}"})
    data = assert_wrapped(answer, "OK", 200)["data"]
    assert (data["variant"], data["channel"], data["resendAfter"]) == ("code", "sms", 30)
    sms = accounts.outbox()[-1]
    assert (sms["channel"], sms["to"]) == ("sms", line["msisdn"])
    code = CONTROL.search(sms["body"]).group(1)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    body = {"challengeId": data["challengeId"], "code": wrong, "newPassword": PASSWORD}
    assert assert_wrapped(accounts.http.post(CONFIRM, json=body), "FAIL", 200, "ERR-OTP-01")["data"] == {
        "attemptsLeft": 4
    }
    weak = {**body, "code": code, "newPassword": "weak"}
    assert (
        assert_wrapped(accounts.http.post(CONFIRM, json=weak), "FAIL", 400)["messages"][0]["field"]
        == "newPassword"
    )
    body["code"] = code
    assert assert_wrapped(accounts.http.post(CONFIRM, json=body), "OK", 200)["data"] == {"username": national}
    # the new password replaces the old one, and the old sessions end
    _login_fails(accounts, national, "Vecchia2026!")
    accounts.login(national, PASSWORD)
    assert_wrapped(old_session.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")
    assert_wrapped(accounts.http.post(CONFIRM, json=body), "FAIL", 200, "ERR-OTP-04")


def test_data_only_dipendente_gets_the_code_by_email(accounts):
    line = accounts.free_line(data_only=True)
    user = accounts.register_employee(line, email="tablet@example.it")
    data = assert_wrapped(accounts.http.post(RECOVERY, json={"username": user["username"]}), "OK", 200)[
        "data"
    ]
    assert data["channel"] == "email"
    mail = accounts.outbox()[-1]
    assert (mail["channel"], mail["to"]) == ("email", "tablet@example.it") and CONTROL.search(mail["body"])


def test_recovery_resend_has_the_same_cooldown(accounts):
    line = accounts.free_line()
    user = accounts.register_employee(line)
    cid = assert_wrapped(accounts.http.post(RECOVERY, json={"username": user["username"]}), "OK", 200)[
        "data"
    ]["challengeId"]
    early = accounts.http.post(RESEND, json={"challengeId": cid})
    assert_wrapped(early, "FAIL", 429, "ERR-OTP-03")
    assert int(early.headers["Retry-After"]) <= 30
    accounts.advance(30)
    answer = assert_wrapped(accounts.http.post(RESEND, json={"challengeId": cid}), "OK", 200)["data"]
    assert answer["challengeId"] == cid and answer["variant"] == "code"
    body = {"challengeId": cid, "code": accounts.code(CONTROL, line["msisdn"]), "newPassword": "Altra-2026"}
    assert_wrapped(accounts.http.post(CONFIRM, json=body), "OK", 200)


def test_user_admin_gets_a_temporary_numeric_password_and_must_change_it_r08(accounts):
    record = accounts.contracts()[1]
    accounts.register_admin(record, "boss.recover", password="Vecchia2026!")
    before = accounts.login("boss.recover", "Vecchia2026!")
    answer = accounts.http.post(RECOVERY, json={"username": "boss.recover"})
    data = assert_wrapped(answer, "OK", 200)["data"]
    assert data == {
        "challengeId": None,
        "variant": "temporaryPassword",
        "channel": "email",
        "resendAfter": None,
    }
    temporary = accounts.code(TEMPORARY, record["email"])
    assert temporary.isdigit() and len(temporary) == 8
    # the old password still works until the password is changed: a stranger's request locks nobody out
    accounts.login("boss.recover", "Vecchia2026!")
    forced = accounts.login("boss.recover", temporary)
    assert forced.user["mustChangePassword"] is True
    assert assert_wrapped(forced.get("/api/v1/me"), "OK", 200)["data"]["mustChangePassword"] is True
    for path in ("/api/v1/company", "/api/v1/lines", "/api/v1/sync", "/api/v1/telco-managers"):
        body = assert_wrapped(forced.get(path), "FAIL", 403, "ERR-AUTH-05")
        assert "password temporanea" in body["messages"][0]["message"]
    wrong_old = forced.post(CHANGE, json={"oldPassword": "12345678", "newPassword": PASSWORD})
    assert assert_wrapped(wrong_old, "FAIL", 400)["messages"][0]["field"] == "oldPassword"
    same = forced.post(CHANGE, json={"oldPassword": temporary, "newPassword": temporary})
    assert {m["field"] for m in assert_wrapped(same, "FAIL", 400)["messages"]} == {"newPassword"}
    changed = forced.post(CHANGE, json={"oldPassword": temporary, "newPassword": PASSWORD})
    assert assert_wrapped(changed, "OK", 200)["data"]["mustChangePassword"] is False
    assert_wrapped(forced.get("/api/v1/company"), "OK", 200)
    assert assert_wrapped(forced.get("/api/v1/me"), "OK", 200)["data"]["mustChangePassword"] is False
    # the temporary and the old password are gone; the other sessions ended
    _login_fails(accounts, "boss.recover", temporary)
    _login_fails(accounts, "boss.recover", "Vecchia2026!")
    assert_wrapped(before.get("/api/v1/me"), "FAIL", 401, "ERR-AUTH-02")
    accounts.login("boss.recover", PASSWORD)


def test_a_temporary_password_lasts_24_hours(fresh_accounts):
    sandbox = fresh_accounts
    record = sandbox.contracts()[1]
    sandbox.register_admin(record, "boss.late")
    assert_wrapped(sandbox.http.post(RECOVERY, json={"username": "boss.late"}), "OK", 200)
    temporary = sandbox.code(TEMPORARY, record["email"])
    sandbox.advance(24 * 3600 + 1)
    _login_fails(sandbox, "boss.late", temporary)
    sandbox.login("boss.late", PASSWORD)


def test_telco_manager_cannot_recover_its_password_r09(accounts):
    before = accounts.outbox_size()
    answer = accounts.http.post(RECOVERY, json={"username": "telco.demo"})
    body = assert_wrapped(answer, "FAIL", 200, "ERR-REC-02")
    message = body["messages"][0]["message"]
    assert "User Admin" in message and "eliminare" in message and "crearlo di nuovo" in message
    english = accounts.client(**{"Accept-Language": "en"}).post(RECOVERY, json={"username": "telco.demo"})
    assert "delete your profile and create it again" in english.json()["messages"][0]["message"]
    assert accounts.outbox_size() == before


def test_unknown_usernames_get_the_same_answer_and_nothing_is_sent(accounts):
    before = accounts.outbox_size()
    admin_shape = assert_wrapped(accounts.http.post(RECOVERY, json={"username": "admin.demo"}), "OK", 200)[
        "data"
    ]
    ghost = assert_wrapped(accounts.http.post(RECOVERY, json={"username": "ghost.user"}), "OK", 200)["data"]
    assert ghost == admin_shape
    employee = next(u for u in accounts.server.users if u["role"] == "DIPENDENTE")
    real = assert_wrapped(accounts.http.post(RECOVERY, json={"username": employee["username"]}), "OK", 200)[
        "data"
    ]
    fake = assert_wrapped(accounts.http.post(RECOVERY, json={"username": "3330000002"}), "OK", 200)["data"]
    assert set(fake) == set(real) and (fake["variant"], fake["channel"]) == (real["variant"], real["channel"])
    assert fake["challengeId"] != real["challengeId"]
    sent = accounts.outbox()[before:]
    assert [m["to"] for m in sent] == [
        next(r for r in accounts.contracts() if r["userAdmin"] == "admin.demo")["email"],
        "+39" + employee["username"],
    ]
    # a made-up challenge behaves like a real one: wrong codes, then over
    body = {"challengeId": fake["challengeId"], "code": "123456", "newPassword": PASSWORD}
    left = [accounts.http.post(CONFIRM, json=body).json()["data"]["attemptsLeft"] for _ in range(4)]
    assert left == [4, 3, 2, 1]
    assert_wrapped(accounts.http.post(CONFIRM, json=body), "FAIL", 200, "ERR-OTP-04")


def test_a_challenge_killed_by_wrong_codes_blocks_recovery_for_an_hour(fresh_accounts):
    sandbox = fresh_accounts
    line = sandbox.free_line()
    user = sandbox.register_employee(line)
    cid = assert_wrapped(sandbox.http.post(RECOVERY, json={"username": user["username"]}), "OK", 200)["data"][
        "challengeId"
    ]
    code = sandbox.code(CONTROL, line["msisdn"])
    body = {"challengeId": cid, "code": f"{(int(code) + 1) % 10**6:06d}", "newPassword": PASSWORD}
    for _ in range(5):
        sandbox.http.post(CONFIRM, json=body)
    assert_wrapped(
        sandbox.http.post(RECOVERY, json={"username": user["username"]}), "FAIL", 200, "ERR-REC-01"
    )
    sandbox.advance(3600 + 1)
    assert_wrapped(sandbox.http.post(RECOVERY, json={"username": user["username"]}), "OK", 200)


def test_password_change_rules_for_a_signed_in_user(accounts):
    line = accounts.free_line()
    user = accounts.register_employee(line)
    session = accounts.login(user["username"], PASSWORD)
    weak = session.post(CHANGE, json={"oldPassword": PASSWORD, "newPassword": "alllowercase1!"})
    assert [m["field"] for m in assert_wrapped(weak, "FAIL", 400, "ERR-VAL-01")["messages"]] == [
        "newPassword"
    ]
    ok = session.post(CHANGE, json={"oldPassword": PASSWORD, "newPassword": "Cambiata-2026"})
    assert assert_wrapped(ok, "OK", 200)["data"]["username"] == user["username"]
    assert_wrapped(session.get("/api/v1/lines"), "OK", 200)  # this session goes on
    _login_fails(accounts, user["username"], PASSWORD)
    accounts.login(user["username"], "Cambiata-2026")
