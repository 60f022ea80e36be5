"""Fai da te → Servizi Mobile when the network or the session fails (issue 16, R-66): a change whose answer was
lost shows the line's services as the server now holds them (not the stale list, where checking again would be
refused as "already so"), and the line and service chosen come back when the same user signs in after an
expired session."""

from __future__ import annotations

import httpx
import pytest

from tests.ui.conftest import ADMIN, sign_in
from windtre_desktop.domain.roles import Section

LOAD_MS = 30_000
SERVICE = "SRV-NEWS"


@pytest.fixture
def services(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    section.show_page("mobile_services")
    flows = controller.self_service_flows.options
    view = section.mobile_services
    line = next(line for line in controller.snapshot.lines if line.kind == "mobile")
    with qtbot.waitSignal(flows.servicesShown, timeout=LOAD_MS):
        view.select_line(line.id)
    assert view.select_service(SERVICE)
    return controller, view, flows, fresh_sandbox, line


def test_a_change_whose_answer_was_lost_shows_what_the_server_now_holds(qtbot, services):
    _controller, view, flows, sandbox, line = services
    before = view.current_service().active
    with qtbot.waitSignal(flows.serviceChecked, timeout=LOAD_MS):
        view.check_button.click()
    # the change is made, then its connection drops, on every try of it (4 at most); the list read after it is
    # answered, at the latest on its own retry
    fault = {"mode": "drop", "count": 4, "after": True, "pathPrefix": f"/api/v1/lines/{line.id}/services"}
    httpx.post(f"{sandbox.url}/sandbox/faults", json=fault, timeout=10).raise_for_status()
    with qtbot.waitSignal(flows.serviceChanged, timeout=LOAD_MS) as changed:
        view.change_button.click()
    assert changed.args == [SERVICE, False]
    assert "server" in view.message.text() and "The" not in view.message.text()  # Italian words, not English
    qtbot.waitUntil(lambda: view.current_service() is not None and view.current_service().active is not before,
                    timeout=LOAD_MS)
    assert view.current_service().code == SERVICE  # still the one chosen: nothing to do again
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        token = client.post("/api/v1/login/credentials", json={"username": ADMIN[0], "password": ADMIN[1]})
        client.headers["X-W3-Token"] = token.headers["X-W3-Token"]
        held = client.get(f"/api/v1/lines/{line.id}/services").json()["data"]["services"]
    assert next(s for s in held if s["code"] == SERVICE)["active"] is not before


def test_the_line_and_service_chosen_come_back_after_an_expired_session(qtbot, services):
    controller, view, flows, sandbox, line = services
    httpx.post(f"{sandbox.url}/sandbox/sessions/expire", timeout=10).raise_for_status()
    with qtbot.waitSignal(controller.sessionEnded, timeout=LOAD_MS):
        controller.refresh()
    assert view.line_id() == ""  # the session's data left the screen with it
    assert sign_in(qtbot, controller) is True
    controller.window.show_section(Section.SELF_SERVICE)
    qtbot.waitUntil(lambda: view.current_service() is not None, timeout=LOAD_MS)
    assert view.line_id() == line.id and view.current_service().code == SERVICE


def test_a_change_refused_for_an_expired_session_does_not_read_the_list_again(qtbot, services):
    """Nothing was done under an expired session: the list is not asked for again (it would meet the same 401)."""
    controller, view, flows, sandbox, line = services
    with qtbot.waitSignal(flows.serviceChecked, timeout=LOAD_MS):
        view.check_button.click()
    httpx.delete(f"{sandbox.url}/sandbox/request-log", timeout=10).raise_for_status()
    httpx.post(f"{sandbox.url}/sandbox/sessions/expire", timeout=10).raise_for_status()
    with qtbot.waitSignal(flows.serviceChanged, timeout=LOAD_MS) as changed:
        view.change_button.click()
    assert changed.args == [SERVICE, False]
    qtbot.waitUntil(lambda: controller.session is None or "accedi" in view.message.text().lower(), timeout=LOAD_MS)
    asked = httpx.get(f"{sandbox.url}/sandbox/request-log", timeout=10).json()["requests"]
    on_services = [r["method"] for r in asked if r["path"] == f"/api/v1/lines/{line.id}/services"]
    assert "POST" in on_services and "GET" not in on_services  # the change was sent, the list not asked again
