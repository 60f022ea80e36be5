"""The Account section by role: Telco Managers for the User Admin (R-03), Associa SIM with at most two
more SIMs and Elimina account for a Dipendente (R-04, R-11)."""

from __future__ import annotations

import httpx

from tests.ui.conftest import ADMIN, sign_in
from tests.ui.test_account_wizards import fill
from windtre_desktop.domain.roles import Section


def open_account(qtbot, controller):
    controller.window.show_section(Section.PROFILE)
    return controller.window.section_widget(Section.PROFILE)


def test_user_admin_creates_and_deletes_a_telco_manager(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, *ADMIN) is True
    account = open_account(qtbot, controller)
    panel = account.managers_panel
    assert panel is not None and account.sims_panel is None
    assert not account.delete_account.isVisibleTo(account)  # R-11 is for Dipendenti only
    qtbot.waitUntil(lambda: any(m["username"] == "telco.demo" for m in panel.managers), timeout=10000)

    panel.open_new_manager()
    view = panel.dialog.view
    fill(view, username="nuovo.telco", firstName="Luca", lastName="Neri", email="luca.neri@example.com",
         mobile="347 555 0101")
    view.next_button.click()
    qtbot.waitUntil(lambda: view.wizard.step_id == "done", timeout=10000)
    view.next_button.click()  # Close: the list reloads
    qtbot.waitUntil(lambda: any(m["username"] == "nuovo.telco" for m in panel.managers), timeout=10000)

    row = next(i for i, m in enumerate(panel.managers) if m["username"] == "nuovo.telco")
    panel.table.selectRow(row)
    assert panel.delete_button.isEnabled()  # created by this User Admin
    panel.delete_selected(confirmed=True)
    qtbot.waitUntil(lambda: all(m["username"] != "nuovo.telco" for m in panel.managers), timeout=10000)


def test_a_telco_manager_has_no_managers_panel(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, "telco.demo", "Telco2026!") is True
    account = open_account(qtbot, controller)
    assert account.managers_panel is None and account.sims_panel is None


def test_dipendente_associates_two_sims_and_the_third_is_refused_with_a_reason(qtbot, fresh_sandbox,
                                                                              make_controller):
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    with httpx.Client(base_url=fresh_sandbox.url) as http:
        free = http.get("/sandbox/lines", params={"kind": "mobile", "free": "true", "limit": 5,
                                                  "companyId": "C0001"}).json()["lines"]
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, employee["username"], employee["password"]) is True
    account = open_account(qtbot, controller)
    panel = account.sims_panel
    assert panel is not None and account.managers_panel is None
    qtbot.waitUntil(lambda: len(panel.sims) == 1, timeout=10000)
    for line in free[:2]:
        panel.number.setText(line["msisdn"])
        count = panel.associated_count()
        panel.associate.click()
        qtbot.waitUntil(lambda c=count: panel.associated_count() == c + 1, timeout=10000)
    assert not panel.associate.isEnabled()  # two more SIMs at most, said before any request
    assert "2" in panel.message.text()
    panel.dissociate(free[0]["msisdn"])
    qtbot.waitUntil(lambda: panel.associated_count() == 1, timeout=10000)
    assert panel.associate.isEnabled()


def test_dipendente_deletes_the_account_and_lines_stay(qtbot, fresh_sandbox, make_controller):
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, employee["username"], employee["password"]) is True
    with qtbot.waitSignal(controller.sessionEnded, timeout=10000) as blocker:
        controller.delete_account(confirmed=True)
    assert blocker.args == ["deleted"]
    assert controller.window.pages.currentWidget() is controller.window.login_view
    assert employee["username"] not in controller.saved_accounts()
    with httpx.Client(base_url=fresh_sandbox.url) as http:  # lines untouched, the account gone
        login = http.post("/api/v1/login/credentials", json={"username": employee["username"],
                          "password": employee["password"], "rememberMe": False}).json()
        lines = http.get("/sandbox/lines", params={"limit": 500}).json()["lines"]
    assert login["status"] == "FAIL"
    assert any(line["msisdn"].endswith(employee["username"]) for line in lines)
