"""Login → dashboard values equal the sandbox's; wrong password; validation before any request (R-06, R-20, R-21)."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt

from tests.ui.conftest import ADMIN, sign_in
from windtre_desktop.domain.models import CounterKind
from windtre_desktop.domain.roles import Section
from windtre_desktop.i18n import formatting


def raw_snapshot(url: str) -> dict:
    """The sandbox's own data, read with a plain HTTP client, independent of the app's code paths."""
    with httpx.Client(base_url=url, timeout=10) as http:
        login = http.post("/api/v1/login/credentials", json={"username": ADMIN[0], "password": ADMIN[1], "rememberMe": False})
        token = login.headers["X-W3-Token"]
        return http.get("/api/v1/sync", headers={"X-W3-Token": token}).json()["data"]


def test_login_shows_dashboard_with_the_sandbox_values(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    window = controller.window
    assert window.pages.currentWidget() is window.login_view

    assert sign_in(qtbot, controller) is True
    assert window.pages.currentWidget() is window.workspace
    assert window.current_section() is Section.DASHBOARD
    assert window.visible_sections() == list(Section)  # a User Admin sees every section

    raw = raw_snapshot(sandbox.url)
    dashboard = window.dashboard
    # whole company: credit is the sum of every line's credit, counted here independently
    credit = sum(line["creditCents"] or 0 for line in raw["lines"])
    assert dashboard.credit_tile.value.text() == formatting.euro(credit)
    assert dashboard.title.text() == raw["company"]["name"]
    assert dashboard.picker.model.rowCount() == len(raw["lines"])
    assert raw["company"]["vatNumber"] in dashboard.subtitle.text()

    # one line: credit, offer and the three counters of that very line
    line = next(item for item in raw["lines"] if item["kind"] == "mobile" and item["counters"]["data"]["total"])
    assert dashboard.picker.select_line(line["id"])
    assert dashboard.title.text() == line["msisdn"]
    assert dashboard.offer_tile.value.text() == line["offer"]["name"]
    assert dashboard.credit_tile.value.text() == formatting.euro(line["creditCents"])
    data = line["counters"]["data"]
    centre, _, caption = dashboard.gauges[CounterKind.DATA].texts
    assert centre == formatting.data_amount(max(data["total"] - data["used"], 0))
    assert formatting.data_amount(data["used"]) in caption and formatting.data_amount(data["total"]) in caption

    # back to the whole company
    dashboard.picker.select_company()
    assert dashboard.title.text() == raw["company"]["name"]


def test_wrong_password_shows_the_servers_message(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    with httpx.Client(base_url=sandbox.url) as http:
        expected = http.post(
            "/api/v1/login/credentials", json={"username": ADMIN[0], "password": "demo2026!", "rememberMe": False}
        ).json()["messages"][0]["message"]

    view = controller.window.login_view
    view.username.setText(ADMIN[0])
    view.password.setText("demo2026!")  # case matters
    with qtbot.waitSignal(controller.service.worker.loginFailed, timeout=10000):
        view.submit.click()
    qtbot.waitUntil(lambda: view.submit.isEnabled())
    assert view.error.text() == expected
    assert not view.error.isHidden()
    assert controller.window.pages.currentWidget() is view
    assert view.password.text() == "demo2026!"  # nothing the user typed is lost


def test_empty_fields_are_named_before_any_request(qtbot, sandbox, sandbox_control, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    sandbox_control.reset_stats()
    view = controller.window.login_view
    view.username.setText("")
    view.password.setText("x")
    view.submit.click()
    assert "Username" in view.error.text()
    view.username.setText("admin.demo")
    view.password.setText("")
    view.submit.click()
    assert "Password" in view.error.text()
    assert sandbox_control.stats()["total"] == 0


def test_dipendente_sees_only_own_line_and_allowed_sections(qtbot, sandbox, sandbox_control, make_controller):
    user = next(u for u in sandbox_control.demo_users() if u["role"] == "DIPENDENTE")
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, user["username"], user["password"]) is True
    window = controller.window
    assert Section.ACCOUNT_BILLING not in window.visible_sections()
    assert window.dashboard.picker.model.rowCount() == 1
    assert user["username"] in window.dashboard.title.text().replace(" ", "")


def test_sections_are_reachable_from_the_keyboard(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    window = controller.window
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.login_view
    qtbot.keyClicks(view.username, ADMIN[0])
    qtbot.keyClick(view.username, Qt.Key.Key_Return)  # Enter moves on to the password (focus is not observable offscreen)
    qtbot.keyClicks(view.password, ADMIN[1])
    with qtbot.waitSignal(controller.syncSettled, timeout=20000):
        qtbot.keyClick(view.password, Qt.Key.Key_Return)  # Enter signs in
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() is Section.TRAFFIC
    window.section_actions[Section.PROFILE].trigger()
    assert window.current_section() is Section.PROFILE
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() is Section.DASHBOARD


def test_old_wind_credentials_explain_that_a_new_registration_is_needed(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    view = controller.window.login_view
    view.username.setText("wind.demo")
    view.password.setText("Wind2019!")
    with qtbot.waitSignal(controller.service.worker.loginFailed, timeout=10000) as blocker:
        view.submit.click()
    assert blocker.args[0].kind == "old_credentials"
    qtbot.waitUntil(lambda: view.submit.isEnabled())
    assert "registrazione" in view.error.text().lower()
