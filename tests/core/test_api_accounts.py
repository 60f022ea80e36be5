"""ApiClient's account methods against a private sandbox on loopback: answers, typed errors, idempotent
creation with retries, autologin, forced password change (R-01…R-12)."""

from __future__ import annotations

import pytest

from tests.sandbox.accounts_support import (
    ACTIVATION,
    CONTROL,
    OTP,
    PASSWORD,
    REGISTRATION_FIELDS,
    TEMPORARY,
    Sandbox,
)
from windtre_desktop.api import (
    ApiClient,
    Forbidden,
    LimitReached,
    LineWithoutAccount,
    NotFound,
    NotIdentified,
    OtpError,
    PasswordChangeRequired,
    RecoveryRefused,
    RegistrationRefused,
    ResendTooSoon,
    RetryPolicy,
    SimRefused,
    ValidationFailed,
    WrongCredentials,
)
from windtre_desktop.domain.models import Role
from windtre_desktop.sandbox.runner import SandboxServer


@pytest.fixture(scope="module")
def box():
    server = SandboxServer(lines=60, seed=1)
    server.start()
    sandbox = Sandbox(server)
    yield sandbox
    sandbox.close()
    server.stop()


class NoSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def api(box):
    clients: list[ApiClient] = []

    def make(language: str = "it") -> ApiClient:
        client = ApiClient(
            box.url,
            timeout=5.0,
            language=language,
            retry=RetryPolicy(attempts=3, base_delay=0.001, sleep=NoSleep()),
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def test_user_admin_registration_and_activation(box, api):
    client = api()
    record = box.contracts()[1]
    payload = {field: record[field] for field in REGISTRATION_FIELDS}
    with pytest.raises(RegistrationRefused) as refused:
        client.register_admin({**payload, "lastName": "Altro"})
    assert refused.value.code == "ERR-REG-01" and refused.value.status == 200
    with pytest.raises(ValidationFailed) as invalid:
        client.register_admin({**payload, "vatNumber": "123", "email": "x"})
    assert set(invalid.value.fields) == {"vatNumber", "email"} and invalid.value.field == "vatNumber"
    assert "Partita IVA" in invalid.value.fields["vatNumber"]
    registration = client.register_admin(payload)
    assert registration["registrationId"] and "***" in registration["emailMasked"]
    code = box.code(ACTIVATION, record["email"])
    with pytest.raises(RegistrationRefused) as wrong:
        client.activate_admin(
            {
                "registrationId": registration["registrationId"],
                "activationCode": "AAAAAA" if code != "AAAAAA" else "BBBBBB",
                "username": "cli.boss",
                "password": PASSWORD,
            }
        )
    assert wrong.value.code == "ERR-REG-03"
    user = client.activate_admin(
        {
            "registrationId": registration["registrationId"],
            "activationCode": code,
            "username": "cli.boss",
            "password": PASSWORD,
        }
    )
    assert (user["username"], user["role"], user["companyId"]) == (
        "cli.boss",
        "USER_ADMIN",
        record["companyId"],
    )
    with pytest.raises(RegistrationRefused) as second:
        client.register_admin(payload)
    assert second.value.code == "ERR-REG-02"
    _, me = client.login("cli.boss", PASSWORD, False)
    assert me.role is Role.USER_ADMIN and me.must_change_password is False


def test_employee_registration_with_puk_resend_and_wrong_code(box, api):
    client = api()
    line = box.free_line(data_only=True)
    challenge = client.register_employee({"msisdn": line["msisdn"], "email": "cli@example.it"})
    assert challenge["needsPuk"] is True
    with pytest.raises(OtpError) as needs_puk:
        client.resend_otp(challenge["challengeId"])
    assert needs_puk.value.code == "ERR-OTP-06" and needs_puk.value.attempts_left is None
    puk = box.puk(line["id"])
    with pytest.raises(OtpError) as wrong_puk:
        client.verify_puk(
            {"challengeId": challenge["challengeId"], "puk": "00000000" if puk != "00000000" else "1" * 8}
        )
    assert (wrong_puk.value.code, wrong_puk.value.attempts_left) == ("ERR-OTP-05", 2)
    answer = client.verify_puk({"challengeId": challenge["challengeId"], "puk": puk})
    assert answer["channel"] == "email" and answer["resendAfter"] == 30
    before = client.request_count
    with pytest.raises(ResendTooSoon) as too_soon:
        client.resend_otp({"challengeId": challenge["challengeId"]})
    assert too_soon.value.resend_after == 30 and too_soon.value.status == 429 and not too_soon.value.retryable
    assert client.request_count == before + 1  # a cooldown is not retried behind the user's back
    otp = box.code(OTP, "cli@example.it")
    with pytest.raises(OtpError) as wrong:
        client.verify_employee(
            {
                "challengeId": challenge["challengeId"],
                "otp": f"{(int(otp) + 1) % 10**6:06d}",
                "password": PASSWORD,
            }
        )
    assert (wrong.value.code, wrong.value.attempts_left) == ("ERR-OTP-01", 4)
    user = client.verify_employee({"challengeId": challenge["challengeId"], "otp": otp, "password": PASSWORD})
    assert user["username"] == line["msisdn"][3:]
    with pytest.raises(RegistrationRefused) as taken:
        client.register_employee({"msisdn": line["msisdn"], "email": "cli@example.it"})
    assert taken.value.code == "ERR-REG-06"


def test_recovery_variants_and_forced_password_change(box, api):
    client = api()
    with pytest.raises(RecoveryRefused) as manager:
        client.recover_password("telco.demo")
    assert manager.value.code == "ERR-REC-02" and "User Admin" in manager.value.message
    record = box.contracts()[2]
    box.register_admin(record, "cli.recover")
    assert client.recover_password({"username": "cli.recover"})["variant"] == "temporaryPassword"
    temporary = box.code(TEMPORARY, record["email"])
    _, user = client.login("cli.recover", temporary, False)
    assert user.must_change_password is True and client.me().must_change_password is True
    with pytest.raises(PasswordChangeRequired) as forced:
        client.telco_managers()
    assert isinstance(forced.value, Forbidden) and forced.value.code == "ERR-AUTH-05"
    with pytest.raises(ValidationFailed) as old_wrong:
        client.change_password({"oldPassword": "00000000", "newPassword": PASSWORD})
    assert old_wrong.value.field == "oldPassword"
    changed = client.change_password({"oldPassword": temporary, "newPassword": "Demo2027!"})
    assert changed["mustChangePassword"] is False
    assert client.telco_managers() == []
    # a Dipendente's control code
    line = box.free_line()
    employee = box.register_employee(line)
    recovery = client.recover_password(employee["username"])
    assert (recovery["variant"], recovery["channel"]) == ("code", "sms")
    with pytest.raises(ResendTooSoon):
        client.resend_recovery_code(recovery["challengeId"])
    done = client.confirm_recovery(
        {
            "challengeId": recovery["challengeId"],
            "code": box.code(CONTROL, line["msisdn"]),
            "newPassword": "Altra-2026",
        }
    )
    assert done == {"username": employee["username"]}
    api().login(employee["username"], "Altra-2026", False)


def test_autologin(box, api):
    client = api("en")
    box.network(None)
    with pytest.raises(NotIdentified) as none:
        client.login_network()
    assert none.value.code == "ERR-AUTH-06" and "WINDTRE mobile network" in none.value.message
    line = box.free_line()
    box.network(line["msisdn"])
    try:
        with pytest.raises(LineWithoutAccount):
            client.login_network()
        box.network(box.contracts()[0]["mobile"])
        token, user = client.login_network()
        assert client.token == token
        assert (user.username, user.role) == ("admin.demo", Role.DIPENDENTE) and user.line_id
        page = client.sync(None, None)
        assert [item.id for item in page.lines] == [user.line_id] and page.user.role is Role.DIPENDENTE
        with pytest.raises(Forbidden):
            client.telco_managers()
    finally:
        box.network(None)


def test_telco_manager_creation_is_idempotent_across_a_retry(box, api):
    client = api()
    client.login("telco.demo", "Telco2026!", False)
    with pytest.raises(Forbidden):
        client.telco_managers()
    admin = api()
    admin.login("admin.demo", "Demo2026!", False)
    body = {
        "username": "tm.retry",
        "firstName": "Ada",
        "lastName": "Neri",
        "email": "retry@example.it",
        "mobile": "+393471230000",
    }
    sent = box.outbox_size()
    # the answer is cut short after the sandbox created the Telco Manager: the client retries with the
    # same Idempotency-Key and gets the first answer, not "username taken"
    box.http.post(
        "/sandbox/faults", json={"mode": "truncate", "count": 1, "pathPrefix": "/api/v1/telco-managers"}
    )
    before = admin.request_count
    created = admin.create_telco_manager(body)
    assert admin.request_count == before + 2
    assert created["username"] == "tm.retry" and created["createdBy"] == "admin.demo"
    assert box.outbox_size() == sent + 1
    with pytest.raises(ValidationFailed) as taken:  # a new logical request gets a new key
        admin.create_telco_manager(body)
    assert taken.value.field == "username"
    admin.delete_telco_manager("tm.retry")
    with pytest.raises(NotFound):
        admin.delete_telco_manager("tm.retry")


def test_associa_sim_and_delete_account(box, api):
    line = box.free_line()
    employee = box.register_employee(line)
    client = api()
    client.login(employee["username"], PASSWORD, False)
    assert client.my_sims()["sims"][0]["own"] is True
    first, second, third = box.free_line(), box.free_line(), box.free_line()
    key = "same-logical-request"
    assert len(client.associate_sim(first["msisdn"], idempotency_key=key)["sims"]) == 2
    assert len(client.associate_sim(first["msisdn"], idempotency_key=key)["sims"]) == 2
    client.associate_sim(second["msisdn"])
    with pytest.raises(LimitReached) as limit:
        client.associate_sim(third["msisdn"])
    assert (
        isinstance(limit.value, SimRefused) and limit.value.status == 409 and limit.value.code == "ERR-SIM-01"
    )
    assert [sim["lineId"] for sim in client.dissociate_sim(first["msisdn"])["sims"]] == [
        line["id"],
        second["id"],
    ]
    with pytest.raises(SimRefused) as foreign:
        client.associate_sim(box.free_line("C0005")["msisdn"])
    assert foreign.value.code == "ERR-SIM-02" and not isinstance(foreign.value, LimitReached)
    page = client.sync(None, None)
    assert {item.id for item in page.lines} == {line["id"], second["id"]}
    client.delete_account()
    assert client.token is None
    with pytest.raises(WrongCredentials):
        api().login(employee["username"], PASSWORD, False)


def test_a_change_list_of_deletions_only_removes_the_lines_from_the_store(box, api, tmp_path):
    """Issue 16 (an outside audit's surviving mutant): an incremental sync page that only removes lines (a SIM
    dissociated) is a change, not "not modified": the line leaves the local store."""
    from windtre_desktop.store import Store
    from windtre_desktop.sync.engine import SyncEngine

    line, other = box.free_line(), box.free_line()
    employee = box.register_employee(line)
    client = api()
    client.login(employee["username"], PASSWORD, False)
    client.associate_sim(other["msisdn"])
    store = Store(tmp_path / "cache.sqlite3")
    try:
        engine = SyncEngine(client, store, now=lambda: "2026-11-23T10:15:00+01:00")
        engine.run()
        assert {item.id for item in store.lines()} == {line["id"], other["id"]}
        client.dissociate_sim(other["msisdn"])
        report = engine.run()
        assert not report.not_modified
        assert {item.id for item in store.lines()} == {line["id"]}
    finally:
        store.close()
