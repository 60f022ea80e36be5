"""The accounts wizards walked to the end in the app against a real sandbox, codes read from its outbox
(R-01, R-02, R-04, R-08, R-09, R-10, R-12), including a server failure in the middle."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.ui.conftest import sign_in
from windtre_desktop.domain.wizard import FieldKind
from windtre_desktop.views.wizard_view import iso_to_date


class Sandbox:
    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=10)

    def contracts(self) -> list[dict]:
        return self.http.get("/sandbox/contracts").json()["contracts"]

    def lines(self, **filters) -> list[dict]:
        return self.http.get("/sandbox/lines", params=filters).json()["lines"]

    def puk(self, line_id: str) -> str:
        return self.http.get(f"/sandbox/lines/{line_id}/secrets").json()["puk"]

    def count(self, pattern: str) -> int:
        return sum(1 for m in self.http.get("/sandbox/outbox").json()["messages"] if re.search(pattern, m["body"]))

    def last_code(self, pattern: str) -> str:
        for message in reversed(self.http.get("/sandbox/outbox").json()["messages"]):
            match = re.search(pattern, message["body"])
            if match:
                return match.group(1)
        raise AssertionError(f"no message matching {pattern!r} in the outbox")

    def fault(self, **body) -> None:
        self.http.post("/sandbox/faults", json=body).raise_for_status()

    def clear_faults(self) -> None:
        self.http.delete("/sandbox/faults").raise_for_status()

    def identify(self, msisdn: str | None) -> None:
        self.http.post("/sandbox/network", json={"msisdn": msisdn}).raise_for_status()


@pytest.fixture
def box(fresh_sandbox):
    control = Sandbox(fresh_sandbox.url)
    yield control
    control.http.close()


def fill(view, **values) -> None:
    """Types the values in the current page's editors, as a user would."""
    for name, value in values.items():
        editor = view.editor(name)
        field = view.wizard.step.field(name)
        if field.kind is FieldKind.DATE:
            editor.setText(iso_to_date(value))
        elif field.kind is FieldKind.CHECKBOX:
            editor.setChecked(bool(value))
        else:
            editor.setText(value)


def press_next(qtbot, view, expect_step: str, timeout: int = 10000) -> None:
    view.next_button.click()
    qtbot.waitUntil(lambda: view.wizard.step_id == expect_step and not view.wizard.busy, timeout=timeout)


def open_wizard(controller, name: str):
    controller.start()
    login = controller.window.login_view
    {"register_admin": login.register_admin, "register_employee": login.register_employee,
     "recover_password": login.forgot}[name].click()
    return controller.flows.dialog.view


def test_user_admin_registration_end_to_end_then_sign_in(qtbot, fresh_sandbox, box, make_controller):
    contract = next(c for c in box.contracts() if c["userAdmin"] is None)
    controller = make_controller(fresh_sandbox.url)
    view = open_wizard(controller, "register_admin")
    assert view.wizard.step_id == "company"
    fill(view, vatNumber=contract["vatNumber"])
    press_next(qtbot, view, "representative")
    fill(view, firstName=contract["firstName"], lastName=contract["lastName"], birthDate=contract["birthDate"],
         fiscalCode=contract["fiscalCode"], email=contract["email"], mobile=contract["mobile"])
    assert view.next_button.isEnabled(), view.wizard.errors()
    press_next(qtbot, view, "activation")
    fill(view, activationCode=box.last_code(r"Codice di attivazione: ([A-Z0-9]{6})"))
    press_next(qtbot, view, "credentials")
    fill(view, username="nuovo.admin", password="Nuova-Password1", passwordConfirmation="Nuova-Password1")
    press_next(qtbot, view, "done")
    view.next_button.click()  # Close
    login = controller.window.login_view
    assert login.username.text() == "nuovo.admin"
    assert sign_in(qtbot, controller, "nuovo.admin", "Nuova-Password1") is True


def test_a_second_user_admin_for_the_same_piva_is_refused(qtbot, fresh_sandbox, box, make_controller):
    contract = box.contracts()[0]  # the demo company: admin.demo exists
    controller = make_controller(fresh_sandbox.url)
    view = open_wizard(controller, "register_admin")
    fill(view, vatNumber=contract["vatNumber"])
    press_next(qtbot, view, "representative")
    fill(view, firstName=contract["firstName"], lastName=contract["lastName"], birthDate=contract["birthDate"],
         fiscalCode=contract["fiscalCode"], email=contract["email"], mobile=contract["mobile"])
    view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy and view.wizard.server_error is not None, timeout=10000)
    assert view.wizard.step_id == "representative"
    assert "User Admin" in view.general_error.text()
    assert view.editor("fiscalCode").text() == contract["fiscalCode"]  # nothing typed is lost


def test_employee_registration_with_sms_code_and_a_server_failure_midway(qtbot, fresh_sandbox, box, make_controller):
    line = box.lines(kind="mobile", dataOnly="false", free="true", limit=1)[0]
    controller = make_controller(fresh_sandbox.url)
    view = open_wizard(controller, "register_employee")
    fill(view, msisdn=line["msisdn"], email="dipendente@example.com")
    box.fault(mode="500", count=-1, pathPrefix="/api/v1/registration")
    view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy and view.wizard.server_error is not None, timeout=15000)
    assert view.general_error.isVisible() or view.general_error.text()
    assert view.editor("msisdn").text() == line["msisdn"]  # kept after the failure
    box.clear_faults()
    press_next(qtbot, view, "otp")
    fill(view, otp=box.last_code(r"Codice di verifica: (\d{6})"), password="Dipendente-1x",
         passwordConfirmation="Dipendente-1x")
    press_next(qtbot, view, "done")
    view.next_button.click()
    username = line["msisdn"].replace("+39", "")
    assert controller.window.login_view.username.text() == username  # the line number
    assert sign_in(qtbot, controller, username, "Dipendente-1x") is True


def test_data_only_sim_asks_the_puk_first_then_an_email_code(qtbot, fresh_sandbox, box, make_controller):
    line = box.lines(kind="mobile", dataOnly="true", free="true", limit=1)[0]
    controller = make_controller(fresh_sandbox.url)
    view = open_wizard(controller, "register_employee")
    fill(view, msisdn=line["msisdn"], email="dati@example.com")
    press_next(qtbot, view, "puk")
    fill(view, puk=box.puk(line["id"]))
    press_next(qtbot, view, "otp")
    fill(view, otp=box.last_code(r"Codice di verifica: (\d{6})"), password="SoloDati-2x",
         passwordConfirmation="SoloDati-2x")
    press_next(qtbot, view, "done")


def test_wrong_code_is_explained_and_the_code_can_be_sent_again_after_the_wait(qtbot, fresh_sandbox, box,
                                                                               make_controller):
    line = box.lines(kind="mobile", dataOnly="false", free="true", limit=1)[0]
    controller = make_controller(fresh_sandbox.url)
    view = open_wizard(controller, "register_employee")
    fill(view, msisdn=line["msisdn"], email="x@example.com")
    press_next(qtbot, view, "otp")
    assert not view.resend_button.isEnabled() and "s)" in view.resend_button.text()  # visible cooldown
    real = box.last_code(r"Codice di verifica: (\d{6})")
    wrong = "000000" if real != "000000" else "111111"
    fill(view, otp=wrong, password="Dipendente-1x", passwordConfirmation="Dipendente-1x")
    view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy and view.wizard.server_error is not None, timeout=10000)
    assert view.wizard.step_id == "otp"
    assert view.editor("password").text() == "Dipendente-1x"  # kept


def test_recovery_refused_for_a_telco_manager(qtbot, fresh_sandbox, box, make_controller):
    controller = make_controller(fresh_sandbox.url)
    view = open_wizard(controller, "recover_password")
    fill(view, username="telco.demo")
    view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy and view.wizard.server_error is not None, timeout=10000)
    text = (view.general_error.text() + " ".join(r.error.text() for r in view._rows.values())).lower()
    assert "user admin" in text  # the User Admin must recreate the profile


def test_temporary_password_forces_a_new_one_at_first_sign_in(qtbot, fresh_sandbox, box, make_controller):
    controller = make_controller(fresh_sandbox.url)
    view = open_wizard(controller, "recover_password")
    fill(view, username="admin.demo")
    view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy and view.wizard.step_id != "username", timeout=10000)
    temporary = box.last_code(r"Password temporanea: (\d{8})")
    while not view.wizard.is_final:
        view.next_button.click()
    view.next_button.click()
    login = controller.window.login_view
    login.username.setText("admin.demo")
    login.password.setText(temporary)
    login.submit.click()
    qtbot.waitUntil(lambda: controller.flows.dialog is not None and
                    controller.flows.dialog.wizard.id == "password_change", timeout=10000)
    change = controller.flows.dialog.view
    fields = [f.name for f in change.wizard.step.value_fields]
    values = {name: "Cambiata-Pass9" for name in fields if name != "oldPassword"}
    fill(change, **values)
    with qtbot.waitSignal(controller.syncSettled, timeout=20000) as blocker:
        while not change.wizard.is_final:
            change.next_button.click()
            qtbot.waitUntil(lambda: not change.wizard.busy, timeout=10000)
        change.next_button.click()
    assert blocker.args == [True]
    assert controller.window.pages.currentWidget() is controller.window.workspace


def test_direct_sign_in_only_when_the_network_identifies_the_line(qtbot, fresh_sandbox, box, make_controller):
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    login = controller.window.login_view
    box.identify(None)
    with qtbot.waitSignal(controller.service.worker.loginFailed, timeout=10000):
        login.network_login.click()
    qtbot.waitUntil(lambda: login.submit.isEnabled())
    assert "rete" in login.error.text().lower()  # connect through the WINDTRE mobile network
    box.identify("+39" + employee["username"])
    with qtbot.waitSignal(controller.syncSettled, timeout=20000):
        login.network_login.click()
    assert controller.snapshot.user.username == employee["username"]


def test_code_sent_again_after_the_countdown_and_an_expired_code_is_explained(qtbot, fresh_sandbox, box,
                                                                              make_controller):
    now = [1000.0]
    line = box.lines(kind="mobile", dataOnly="false", free="true", limit=1)[0]
    controller = make_controller(fresh_sandbox.url)
    controller.flows.clock = lambda: now[0]
    view = open_wizard(controller, "register_employee")
    fill(view, msisdn=line["msisdn"], email="x@example.com")
    press_next(qtbot, view, "otp")
    sent_before = box.count(r"Codice di verifica")
    assert not view.resend_button.isEnabled()
    now[0] += 31  # the countdown is over (and the sandbox's own 30 s)
    box.http.post("/sandbox/clock", json={"advanceSeconds": 31}).raise_for_status()
    view._update_resend()
    assert view.resend_button.isEnabled()
    view.resend_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy, timeout=10000)
    assert box.count(r"Codice di verifica") == sent_before + 1  # a new code went out
    second = box.last_code(r"Codice di verifica: (\d{6})")
    assert view.wizard.server_error is None
    assert not view.resend_button.isEnabled()  # a new countdown

    box.http.post("/sandbox/clock", json={"advanceSeconds": 11 * 60}).raise_for_status()  # codes live 10 min
    fill(view, otp=second, password="Dipendente-1x", passwordConfirmation="Dipendente-1x")
    view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy and view.wizard.server_error is not None, timeout=10000)
    assert view.wizard.step_id == "otp"
    shown = (view.general_error.text() + " ".join(r.error.text() for r in view._rows.values())).lower()
    assert "scadut" in shown  # "codice scaduto": the user knows to ask for a new one


def test_password_recovery_with_a_control_code_to_the_end_then_sign_in(qtbot, fresh_sandbox, box,
                                                                       make_controller):
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    controller = make_controller(fresh_sandbox.url)
    view = open_wizard(controller, "recover_password")
    fill(view, username=employee["username"])
    press_next(qtbot, view, "code")
    fill(view, code=box.last_code(r"Codice di controllo: (\d{6})"), newPassword="Ritrovata-Pass7",
         passwordConfirmation="Ritrovata-Pass7")
    press_next(qtbot, view, "done")
    view.next_button.click()
    assert controller.window.login_view.username.text() == employee["username"]  # sign in at once
    assert sign_in(qtbot, controller, employee["username"], "Ritrovata-Pass7") is True


def test_the_flows_and_the_actions_agree_on_the_idempotency_key_name():
    from windtre_desktop.flows import accounts as account_flows
    from windtre_desktop.sync import actions

    assert account_flows.IDEMPOTENCY_KEY == actions.IDEMPOTENCY_KEY


def test_a_wizards_idempotency_key_is_stable_for_its_request_but_no_plain_digest_of_the_passwords():
    """Sent again after a lost answer, a request keeps its key; the key (a header proxies may log) is keyed with
    the run's secret, so no one can test guessed passwords against it."""
    import hashlib
    import json

    from windtre_desktop.flows.accounts import _idempotency_key

    payload = {"oldPassword": "Vecchia-Pass1", "newPassword": "Nuova-Pass2"}
    key = _idempotency_key(7, "change_password", payload)
    assert key == _idempotency_key(7, "change_password", dict(payload))
    assert key != _idempotency_key(8, "change_password", payload)
    assert key != _idempotency_key(7, "change_password", {**payload, "newPassword": "Altra-Pass3"})
    plain = hashlib.sha256(json.dumps([7, "change_password", payload], sort_keys=True).encode()).hexdigest()
    assert plain[:32] not in key
