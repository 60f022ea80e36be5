"""Account → "Elimina account" when the answer is lost (issue 16, R-11): the server deleted the account (and its
sessions), the app heard nothing. Tried again, the request meets an ended session: the app does not ask the
user to sign in again (the account is gone) but says it was most likely deleted, on the login page."""

from __future__ import annotations

import httpx

from tests.ui.conftest import sign_in, started_as

LOAD_MS = 30_000


def test_a_deletion_tried_again_after_its_lost_answer_ends_on_the_login_page_saying_so(qtbot, fresh_sandbox,
                                                                                   make_controller):
    url = fresh_sandbox.url
    controller, username, password = started_as(qtbot, make_controller, fresh_sandbox, "DIPENDENTE")
    fault = {"mode": "drop", "count": -1, "after": True, "pathPrefix": "/api/v1/me"}
    httpx.post(f"{url}/sandbox/faults", json=fault, timeout=10).raise_for_status()
    controller.delete_account(confirmed=True)
    banner = controller.window.notice_banner
    qtbot.waitUntil(lambda: bool(banner.text()), timeout=LOAD_MS)
    httpx.delete(f"{url}/sandbox/faults", timeout=10).raise_for_status()
    with qtbot.waitSignal(controller.sessionEnded, timeout=LOAD_MS) as ended:
        controller.delete_account(confirmed=True)
    assert ended.args == ["deleted"]
    window = controller.window
    assert window.pages.currentWidget() is window.login_view
    assert username in window.login_view.error.text()
    login = httpx.post(f"{url}/api/v1/login/credentials", timeout=10, json={
        "username": username, "password": password, "rememberMe": False}).json()
    assert login["status"] == "FAIL"  # deleted once: the account is gone


def test_a_lost_answer_is_forgotten_with_its_session(qtbot, fresh_sandbox, make_controller):
    """The answer lost before the server acted (nothing deleted); the user signs out and in again, and a later
    deletion meets an expired session: that is the ordinary "sign in again", not "most likely deleted"."""
    url = fresh_sandbox.url
    controller, username, password = started_as(qtbot, make_controller, fresh_sandbox, "DIPENDENTE")
    fault = {"mode": "drop", "count": -1, "after": False, "pathPrefix": "/api/v1/me"}
    httpx.post(f"{url}/sandbox/faults", json=fault, timeout=10).raise_for_status()
    banner = controller.window.notice_banner
    controller.delete_account(confirmed=True)
    qtbot.waitUntil(lambda: bool(banner.text()), timeout=LOAD_MS)
    httpx.delete(f"{url}/sandbox/faults", timeout=10).raise_for_status()
    controller.sign_out()
    assert sign_in(qtbot, controller, username, password) is True
    httpx.post(f"{url}/sandbox/sessions/expire", timeout=10).raise_for_status()
    controller.delete_account(confirmed=True)
    qtbot.waitUntil(lambda: "accedi di nuovo" in banner.text(), timeout=LOAD_MS)  # the session expired, as such
    window = controller.window
    assert window.pages.currentWidget() is window.workspace
    assert "eliminato" not in banner.text() and username not in window.login_view.error.text()
    login = httpx.post(f"{url}/api/v1/login/credentials", timeout=10, json={
        "username": username, "password": password, "rememberMe": False}).json()
    assert login["status"] != "FAIL"  # nothing was deleted
