"""Registration against the sandbox: User Admin from the contract records (R-01, R-02, R-06, R-12) and
Dipendente with SMS code, or PUK then email code for a data-only SIM (R-04)."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from stdnum import luhn
from stdnum.it import codicefiscale, iva

from tests.sandbox.accounts_support import ACTIVATION, OTP, PASSWORD, REGISTRATION_FIELDS
from tests.sandbox.conftest import assert_wrapped
from windtre_desktop.domain import validators

ADMIN = "/api/v1/registration/admin"
ACTIVATE = "/api/v1/registration/admin/activate"
EMPLOYEE = "/api/v1/registration/employee"
PUK = "/api/v1/registration/employee/puk"
RESEND = "/api/v1/registration/employee/resend"
VERIFY = "/api/v1/registration/employee/verify"


def _body(record: dict, **changes: str) -> dict:
    return {**{field: record[field] for field in REGISTRATION_FIELDS}, **changes}


# -- contract records --------------------------------------------------------------------------------------


def test_contract_records_are_valid_and_consistent(sandbox, client):
    records = client.get("/sandbox/contracts").json()["contracts"]
    assert len(records) >= 4
    demo = records[0]
    assert (demo["companyId"], demo["userAdmin"]) == ("C0001", "admin.demo")
    assert (demo["firstName"], demo["lastName"]) == ("Giulia", "Conti")
    others = records[1:]
    assert len(others) >= 3 and all(r["userAdmin"] is None for r in others)
    assert len({r["vatNumber"] for r in records}) == len(records)
    assert len({r["companyName"] for r in records}) == len(records)
    for record in records:
        assert iva.is_valid(record["vatNumber"]), record
        assert codicefiscale.is_valid(record["fiscalCode"]), record
        # the app's own validators agree: codice fiscale valid and consistent with the birth date
        assert validators.check_fiscal_code(record["fiscalCode"]) is None, record
        assert (
            validators.check_birth_date_matches_fiscal_code(record["birthDate"], record["fiscalCode"]) is None
        )
        assert (
            validators.check_mobile(record["mobile"]) is None
            and validators.check_email(record["email"]) is None
        )
        # surname and name letters as the codice fiscale encodes them
        assert record["fiscalCode"][:3] == _surname_code(record["lastName"]), record
        born = date.fromisoformat(record["birthDate"])
        assert 18 <= (date.today() - born).days // 365 <= 80


def _surname_code(surname: str) -> str:
    letters = [c for c in surname.upper() if c.isalpha()]
    consonants = [c for c in letters if c not in "AEIOU"]
    return ("".join(consonants + [c for c in letters if c in "AEIOU"]) + "XXX")[:3]


def test_contract_records_are_the_same_on_every_run(start_server):
    first, again = start_server(lines=5, seed=9), start_server(lines=5, seed=9)
    with httpx.Client() as http:
        one = http.get(f"{first.url}/sandbox/contracts").json()
        two = http.get(f"{again.url}/sandbox/contracts").json()
    assert one == two


def test_other_companies_lines_are_listed_with_puk(client):
    lines = client.get("/sandbox/lines", params={"companyId": "C0002", "limit": 50}).json()["lines"]
    assert [line["kind"] for line in lines].count("mobile") == 5 and [
        line["dataOnly"] for line in lines
    ].count(True) == 1
    secrets = client.get(f"/sandbox/lines/{lines[0]['id']}/secrets").json()
    assert secrets["msisdn"] == lines[0]["msisdn"]
    assert len(secrets["puk"]) == 8 and secrets["puk"].isdigit() and len(secrets["pin"]) == 4
    assert client.get("/sandbox/lines/L99999/secrets").status_code == 404


# -- User Admin (R-01, R-02) -------------------------------------------------------------------------------


def test_user_admin_registration_end_to_end_r01(accounts):
    record = accounts.contracts()[1]
    answer = accounts.http.post(ADMIN, json=_body(record))
    data = assert_wrapped(answer, "OK", 200)["data"]
    local, _, domain = record["email"].partition("@")
    assert data["emailMasked"].endswith("@" + domain) and data["emailMasked"] != record["email"]
    mail = accounts.outbox()[-1]
    assert mail["channel"] == "email" and mail["to"] == record["email"]
    code = ACTIVATION.search(mail["body"]).group(1)
    activation = {
        "registrationId": data["registrationId"],
        "activationCode": f" {code[:3].lower()} {code[3:]} ",  # pasted with spaces, any case
        "username": "Boss.Two",
        "password": "Capo-2026",
    }
    user = assert_wrapped(accounts.http.post(ACTIVATE, json=activation), "OK", 200)["data"]
    assert user["role"] == "USER_ADMIN" and user["companyId"] == record["companyId"]
    assert (user["firstName"], user["lastName"], user["email"]) == (
        record["firstName"],
        record["lastName"],
        record["email"],
    )
    assert accounts.contracts()[1]["userAdmin"] == "Boss.Two"
    # the account logs in at once and sees its own company, not the demo one
    admin = accounts.login("Boss.Two", "Capo-2026")
    company = assert_wrapped(admin.get("/api/v1/company"), "OK", 200)["data"]
    assert (company["id"], company["vatNumber"]) == (record["companyId"], record["vatNumber"])
    lines = assert_wrapped(admin.get("/api/v1/lines"), "OK", 200)["data"]
    assert len(lines) == 6 and company["lineCount"] == 6
    # username and password are case-sensitive
    for username, password in (("boss.two", "Capo-2026"), ("Boss.Two", "capo-2026")):
        response = accounts.http.post(
            "/api/v1/login/credentials", json={"username": username, "password": password}
        )
        assert_wrapped(response, "FAIL", 200, "ERR-AUTH-01")
    # a second User Admin for the same P.IVA is refused, and the used registration is spent
    assert_wrapped(accounts.http.post(ADMIN, json=_body(record)), "FAIL", 200, "ERR-REG-02")
    activation["username"] = "Boss.Three"
    assert_wrapped(accounts.http.post(ACTIVATE, json=activation), "FAIL", 200, "ERR-REG-03")


def test_the_demo_company_already_has_its_user_admin_r02(accounts):
    demo = accounts.contracts()[0]
    before = accounts.outbox_size()
    body = assert_wrapped(accounts.http.post(ADMIN, json=_body(demo)), "FAIL", 200, "ERR-REG-02")
    assert "User Admin" in body["messages"][0]["message"]
    assert accounts.outbox_size() == before


@pytest.mark.parametrize(
    "change",
    [
        {"email": "someone.else@example.it"},
        {"mobile": "+393330000000"},
        {"firstName": "Giorgia"},
        {"lastName": "Bianchi"},
        {"birthDate": "1970-01-01"},
        {"fiscalCode": "RSSMRA80A01H501U"},
        {"vatNumber": "1234567001" + luhn.calc_check_digit("1234567001")},  # valid, but no contract record
    ],
    ids=lambda change: next(iter(change)),
)
def test_any_difference_from_the_contract_is_one_generic_refusal_r01(accounts, change):
    record = accounts.contracts()[2]
    before = accounts.outbox_size()
    body = assert_wrapped(accounts.http.post(ADMIN, json=_body(record, **change)), "FAIL", 200, "ERR-REG-01")
    message = body["messages"][0]
    assert "field" not in message  # never says which field differs
    assert message["message"].startswith("I dati inseriti non corrispondono")
    assert accounts.outbox_size() == before


def test_names_emails_phone_and_fiscal_code_are_compared_leniently(accounts):
    record = accounts.contracts()[2]
    national = record["mobile"][3:]
    lenient = _body(
        record,
        firstName=f"  {record['firstName'].upper()} ",
        lastName=record["lastName"].lower(),
        email=record["email"].upper(),
        mobile=f"0039 {national[:3]} {national[3:6]}-{national[6:]}",
        fiscalCode=record["fiscalCode"].lower(),
        vatNumber=f"IT {record['vatNumber']}",
    )
    assert_wrapped(accounts.http.post(ADMIN, json=lenient), "OK", 200)


def test_registration_field_errors_are_400_naming_each_field(accounts):
    record = accounts.contracts()[3]
    bad = _body(
        record,
        vatNumber="01234567890",
        fiscalCode="RSSMRA80A01H501X",
        birthDate="13/01/1973",
        email="not-an-email",
        mobile="+390212345678",
    )
    body = assert_wrapped(accounts.http.post(ADMIN, json=bad), "FAIL", 400, "ERR-VAL-01")
    assert {m["field"] for m in body["messages"]} == {
        "vatNumber",
        "fiscalCode",
        "birthDate",
        "email",
        "mobile",
    }
    missing = assert_wrapped(accounts.http.post(ADMIN, json={}), "FAIL", 400, "ERR-VAL-01")
    assert {m["field"] for m in missing["messages"]} == set(REGISTRATION_FIELDS)
    future = assert_wrapped(
        accounts.http.post(ADMIN, json=_body(record, birthDate="2999-01-01")), "FAIL", 400, "ERR-VAL-01"
    )
    assert [m["field"] for m in future["messages"]] == ["birthDate"]


def test_refusals_speak_english_with_accept_language(accounts):
    record = accounts.contracts()[3]
    english = accounts.client(**{"Accept-Language": "en"})
    body = assert_wrapped(english.post(ADMIN, json=_body(record, firstName="X")), "FAIL", 200, "ERR-REG-01")
    assert body["messages"][0]["message"].startswith("The data you entered do not match")


def _start_admin_registration(accounts, record) -> str:
    data = assert_wrapped(accounts.http.post(ADMIN, json=_body(record)), "OK", 200)["data"]
    return data["registrationId"]


@pytest.mark.parametrize(
    "password",
    ["Short1!", "nouppercase1!", "NOLOWERCASE1!", "NoDigitsHere!", "NoSymbols2026", "Spaces 2026"],
)
def test_activation_password_rules_r12(accounts, password):
    record = accounts.contracts()[3]
    registration = _start_admin_registration(accounts, record)
    body = {
        "registrationId": registration,
        "activationCode": accounts.code(ACTIVATION, record["email"]),
        "username": "rules.check",
        "password": password,
    }
    answer = assert_wrapped(accounts.http.post(ACTIVATE, json=body), "FAIL", 400, "ERR-VAL-01")
    assert [m["field"] for m in answer["messages"]] == ["password"]
    assert "8 caratteri" in answer["messages"][0]["message"]


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("3471234567", "almeno una lettera"),
        ("ab", "da 4 a 30"),
        ("has space", "da 4 a 30"),
        ("admin.demo", "già in uso"),
        ("wind.demo", "già in uso"),
    ],
)
def test_activation_username_rules_and_taken_usernames(accounts, username, message):
    record = accounts.contracts()[3]
    registration = _start_admin_registration(accounts, record)
    body = {
        "registrationId": registration,
        "activationCode": accounts.code(ACTIVATION, record["email"]),
        "username": username,
        "password": PASSWORD,
    }
    answer = assert_wrapped(accounts.http.post(ACTIVATE, json=body), "FAIL", 400, "ERR-VAL-01")
    assert [m["field"] for m in answer["messages"]] == ["username"]
    assert message in answer["messages"][0]["message"]


def test_wrong_unknown_or_replaced_activation_code_is_err_reg_03(accounts):
    record = accounts.contracts()[4]
    first = _start_admin_registration(accounts, record)
    first_code = accounts.code(ACTIVATION, record["email"])
    second = _start_admin_registration(accounts, record)  # replaces the pending one
    second_code = accounts.code(ACTIVATION, record["email"])
    base = {"username": "code.check", "password": PASSWORD}
    for registration, code in (
        (first, first_code),
        (second, "ZZZZZ9" if second_code != "ZZZZZ9" else "ZZZZZ8"),
        ("R0000000000000000", second_code),
    ):
        body = {**base, "registrationId": registration, "activationCode": code}
        assert_wrapped(accounts.http.post(ACTIVATE, json=body), "FAIL", 200, "ERR-REG-03")
    body = {**base, "registrationId": second, "activationCode": second_code}
    assert_wrapped(accounts.http.post(ACTIVATE, json=body), "OK", 200)


def test_activation_code_expires_after_24_hours(fresh_accounts):
    sandbox = fresh_accounts
    record = sandbox.contracts()[1]
    registration = _start_admin_registration(sandbox, record)
    body = {
        "registrationId": registration,
        "activationCode": sandbox.code(ACTIVATION, record["email"]),
        "username": "late.boss",
        "password": PASSWORD,
    }
    sandbox.advance(24 * 3600 + 1)
    answer = assert_wrapped(sandbox.http.post(ACTIVATE, json=body), "FAIL", 200, "ERR-REG-04")
    assert "24 ore" in answer["messages"][0]["message"]
    # registering again gives a fresh code that works
    body["registrationId"] = _start_admin_registration(sandbox, record)
    body["activationCode"] = sandbox.code(ACTIVATION, record["email"])
    assert_wrapped(sandbox.http.post(ACTIVATE, json=body), "OK", 200)


# -- Dipendente (R-04) ----------------------------------------------------------------------------------------


def test_employee_registration_with_a_voice_sim_r04(accounts):
    line = accounts.free_line()
    national = line["msisdn"][3:]
    spaced = f"+39 {national[:3]} {national[3:]}"
    start = accounts.http.post(EMPLOYEE, json={"msisdn": spaced, "email": "mario@example.it"})
    challenge = assert_wrapped(start, "OK", 200)["data"]
    assert challenge["channel"] == "sms" and challenge["needsPuk"] is False and challenge["resendAfter"] == 30
    sms = accounts.outbox()[-1]
    assert (sms["channel"], sms["to"]) == ("sms", line["msisdn"])
    otp = OTP.search(sms["body"]).group(1)
    body = {"challengeId": challenge["challengeId"], "otp": otp, "password": PASSWORD}
    user = assert_wrapped(accounts.http.post(VERIFY, json=body), "OK", 200)["data"]
    # the username is always the line's national number
    assert user["username"] == national and user["username"].isdigit()
    assert (user["role"], user["lineId"], user["email"]) == ("DIPENDENTE", line["id"], "mario@example.it")
    employee = accounts.login(national, PASSWORD)
    lines = assert_wrapped(employee.get("/api/v1/lines"), "OK", 200)["data"]
    assert [item["id"] for item in lines] == [line["id"]]
    # the challenge is spent, and the line now has its account
    assert_wrapped(accounts.http.post(VERIFY, json=body), "FAIL", 200, "ERR-OTP-04")
    again = accounts.http.post(EMPLOYEE, json={"msisdn": line["msisdn"], "email": "mario@example.it"})
    assert_wrapped(again, "FAIL", 200, "ERR-REG-06")


def test_data_only_sim_needs_the_puk_then_the_code_goes_by_email_r04(accounts):
    line = accounts.free_line(data_only=True)
    before = accounts.outbox_size()
    start = accounts.http.post(EMPLOYEE, json={"msisdn": line["msisdn"], "email": "router@example.it"})
    challenge = assert_wrapped(start, "OK", 200)["data"]
    assert (
        challenge["needsPuk"] is True and challenge["channel"] == "email" and challenge["resendAfter"] is None
    )
    assert accounts.outbox_size() == before  # no code before the PUK
    cid = challenge["challengeId"]
    verify = {"challengeId": cid, "otp": "123456", "password": PASSWORD}
    assert_wrapped(accounts.http.post(VERIFY, json=verify), "FAIL", 200, "ERR-OTP-06")
    assert_wrapped(accounts.http.post(RESEND, json={"challengeId": cid}), "FAIL", 200, "ERR-OTP-06")
    puk = accounts.puk(line["id"])
    wrong = "00000000" if puk != "00000000" else "11111111"
    body = assert_wrapped(
        accounts.http.post(PUK, json={"challengeId": cid, "puk": wrong}), "FAIL", 200, "ERR-OTP-05"
    )
    assert body["data"] == {"attemptsLeft": 2}
    bad_format = assert_wrapped(
        accounts.http.post(PUK, json={"challengeId": cid, "puk": "1234"}), "FAIL", 400
    )
    assert bad_format["messages"][0]["field"] == "puk"
    answer = assert_wrapped(accounts.http.post(PUK, json={"challengeId": cid, "puk": puk}), "OK", 200)["data"]
    assert answer == {"challengeId": cid, "channel": "email", "needsPuk": False, "resendAfter": 30}
    mail = accounts.outbox()[-1]
    assert (mail["channel"], mail["to"]) == ("email", "router@example.it")
    # the PUK is not asked twice
    again = assert_wrapped(accounts.http.post(PUK, json={"challengeId": cid, "puk": puk}), "FAIL", 400)
    assert again["messages"][0]["field"] == "challengeId"
    verify["otp"] = OTP.search(mail["body"]).group(1)
    user = assert_wrapped(accounts.http.post(VERIFY, json=verify), "OK", 200)["data"]
    assert user["username"] == line["msisdn"][3:]


def test_three_wrong_puks_end_the_challenge(accounts):
    line = accounts.free_line(data_only=True)
    start = accounts.http.post(EMPLOYEE, json={"msisdn": line["msisdn"], "email": "x@example.it"})
    cid = assert_wrapped(start, "OK", 200)["data"]["challengeId"]
    puk = accounts.puk(line["id"])
    wrong = "00000000" if puk != "00000000" else "11111111"
    left = [accounts.http.post(PUK, json={"challengeId": cid, "puk": wrong}).json() for _ in range(2)]
    assert [answer["data"]["attemptsLeft"] for answer in left] == [2, 1]
    assert_wrapped(
        accounts.http.post(PUK, json={"challengeId": cid, "puk": wrong}), "FAIL", 200, "ERR-OTP-04"
    )
    assert_wrapped(accounts.http.post(PUK, json={"challengeId": cid, "puk": puk}), "FAIL", 200, "ERR-OTP-04")


def test_five_wrong_codes_end_the_challenge(accounts):
    line = accounts.free_line()
    start = accounts.http.post(EMPLOYEE, json={"msisdn": line["msisdn"], "email": "x@example.it"})
    cid = assert_wrapped(start, "OK", 200)["data"]["challengeId"]
    otp = accounts.code(OTP, line["msisdn"])
    wrong = f"{(int(otp) + 1) % 10**6:06d}"
    body = {"challengeId": cid, "otp": wrong, "password": PASSWORD}
    left = []
    for _ in range(4):
        answer = assert_wrapped(accounts.http.post(VERIFY, json=body), "FAIL", 200, "ERR-OTP-01")
        left.append(answer["data"]["attemptsLeft"])
        assert f"Tentativi rimasti: {left[-1]}" in answer["messages"][0]["message"]
    assert left == [4, 3, 2, 1]
    assert_wrapped(accounts.http.post(VERIFY, json=body), "FAIL", 200, "ERR-OTP-04")
    body["otp"] = otp  # even the right code is too late now
    assert_wrapped(accounts.http.post(VERIFY, json=body), "FAIL", 200, "ERR-OTP-04")
    assert_wrapped(accounts.http.post(RESEND, json={"challengeId": cid}), "FAIL", 200, "ERR-OTP-04")


def test_resend_cooldown_and_expiry_on_the_sandbox_clock(fresh_accounts):
    sandbox = fresh_accounts
    line = sandbox.free_line()
    start = sandbox.http.post(EMPLOYEE, json={"msisdn": line["msisdn"], "email": "x@example.it"})
    cid = assert_wrapped(start, "OK", 200)["data"]["challengeId"]
    first = sandbox.code(OTP, line["msisdn"])
    early = sandbox.http.post(RESEND, json={"challengeId": cid})
    body = assert_wrapped(early, "FAIL", 429, "ERR-OTP-03")
    assert early.headers["Retry-After"] == "30" and body["data"] == {"resendAfter": 30}
    sandbox.advance(20)
    later = sandbox.http.post(RESEND, json={"challengeId": cid})
    assert_wrapped(later, "FAIL", 429, "ERR-OTP-03")
    assert (
        later.json()["data"]["resendAfter"] == 10 and "10 secondi" in later.json()["messages"][0]["message"]
    )
    sandbox.advance(10)
    sent = sandbox.outbox_size()
    answer = assert_wrapped(sandbox.http.post(RESEND, json={"challengeId": cid}), "OK", 200)["data"]
    assert answer["resendAfter"] == 30 and sandbox.outbox_size() == sent + 1
    second = sandbox.code(OTP, line["msisdn"])
    # a code lasts 10 minutes from when it was sent
    sandbox.advance(10 * 60 + 1)
    body = {"challengeId": cid, "otp": second, "password": PASSWORD}
    expired = assert_wrapped(sandbox.http.post(VERIFY, json=body), "FAIL", 200, "ERR-OTP-02")
    assert "scaduto" in expired["messages"][0]["message"]
    assert_wrapped(sandbox.http.post(RESEND, json={"challengeId": cid}), "OK", 200)
    third = sandbox.code(OTP, line["msisdn"])
    if first != third:  # the replaced code no longer works (unless chance made them equal)
        body["otp"] = first
        assert_wrapped(sandbox.http.post(VERIFY, json=body), "FAIL", 200, "ERR-OTP-01")
    body["otp"] = third
    assert_wrapped(sandbox.http.post(VERIFY, json=body), "OK", 200)


def test_only_company_mobile_lines_may_register(accounts, sandbox):
    fixed = accounts.http.get("/sandbox/lines", params={"kind": "fixed", "limit": 1}).json()["lines"][0]
    for msisdn, code in (
        (fixed["msisdn"], "ERR-VAL-01"),  # a landline is no mobile number at all
        ("+393330000001", "ERR-REG-05"),  # a mobile number of no business customer
    ):
        answer = accounts.http.post(EMPLOYEE, json={"msisdn": msisdn, "email": "x@example.it"})
        assert answer.json()["errorCodes"] == [code], answer.text
    demo_employee = next(u for u in accounts.server.users if u["role"] == "DIPENDENTE")
    taken = accounts.http.post(EMPLOYEE, json={"msisdn": demo_employee["username"], "email": "x@example.it"})
    body = assert_wrapped(taken, "FAIL", 200, "ERR-REG-06")
    assert "ha già un account" in body["messages"][0]["message"]
    invalid = accounts.http.post(EMPLOYEE, json={"msisdn": "12345", "email": "nope"})
    body = assert_wrapped(invalid, "FAIL", 400, "ERR-VAL-01")
    assert {m["field"] for m in body["messages"]} == {"msisdn", "email"}


def test_employee_password_rules_r12(accounts):
    line = accounts.free_line()
    start = accounts.http.post(EMPLOYEE, json={"msisdn": line["msisdn"], "email": "x@example.it"})
    cid = assert_wrapped(start, "OK", 200)["data"]["challengeId"]
    body = {"challengeId": cid, "otp": accounts.code(OTP, line["msisdn"]), "password": "password"}
    answer = assert_wrapped(accounts.http.post(VERIFY, json=body), "FAIL", 400, "ERR-VAL-01")
    assert [m["field"] for m in answer["messages"]] == ["password"]
    body["password"] = PASSWORD  # the format error cost no attempt
    assert_wrapped(accounts.http.post(VERIFY, json=body), "OK", 200)


def test_a_line_gets_one_registration_code_each_30_seconds_whatever_the_key(accounts):
    """Issue 16, found by an outside schemathesis run: POST /registration/employee with a new Idempotency-Key
    each time sent a new SMS each time (four to one line in a few seconds). The resend limit holds per line."""
    import uuid

    line = accounts.free_line()
    before = accounts.outbox_size()
    first = accounts.http.post(EMPLOYEE, json={"msisdn": line["msisdn"], "email": "mario@example.it"},
                               headers={"Idempotency-Key": str(uuid.uuid4())})
    assert_wrapped(first, "OK", 200)
    for _ in range(3):
        again = accounts.http.post(EMPLOYEE, json={"msisdn": line["msisdn"], "email": "mario@example.it"},
                                   headers={"Idempotency-Key": str(uuid.uuid4())})
        body = assert_wrapped(again, "FAIL", 429, "ERR-OTP-03")
        assert 1 <= int(again.headers["Retry-After"]) <= 30 and body["data"]["resendAfter"] >= 1
    assert accounts.outbox_size() == before + 1  # one SMS
