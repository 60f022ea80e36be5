"""Account → "Cambia password" when the answer is lost (issue 16): the server changed the password, but the app
heard nothing. The change is not idempotent on the server, so sending it again is refused as "the current
password is wrong": the app says instead that the earlier request may have changed it, and to sign in with the
new one, and the new password is the one that works."""

from __future__ import annotations

import httpx

from tests.ui.conftest import started_as
from windtre_desktop.domain.roles import Section
from windtre_desktop.flows.accounts import maybe_changed_words

LOAD_MS = 30_000
NEW = "Cambiata2026!x"


def signs_in(url: str, username: str, password: str) -> bool:
    answer = httpx.post(f"{url}/api/v1/login/credentials", timeout=10,
                        json={"username": username, "password": password, "rememberMe": False})
    return answer.json()["status"] == "OK"


def test_a_change_sent_again_after_its_lost_answer_is_not_called_a_wrong_password(qtbot, fresh_sandbox,
                                                                                 make_controller):
    url = fresh_sandbox.url
    controller, username, password = started_as(qtbot, make_controller, fresh_sandbox, "DIPENDENTE")
    controller.window.show_section(Section.PROFILE)
    controller.window.section_widget(Section.PROFILE).change_password.click()
    view = controller.flows.dialog.view
    for name, value in (("oldPassword", password), ("newPassword", NEW), ("passwordConfirmation", NEW)):
        view.editor(name).setText(value)
    fault = {"mode": "drop", "count": -1, "after": True, "pathPrefix": "/api/v1/password/change"}
    httpx.post(f"{url}/sandbox/faults", json=fault, timeout=10).raise_for_status()
    view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy, timeout=LOAD_MS)
    assert view.general_error.text() and view.wizard.step_id == "change"  # no answer: the form is kept
    httpx.delete(f"{url}/sandbox/faults", timeout=10).raise_for_status()
    view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy, timeout=LOAD_MS)
    assert view.general_error.text() == maybe_changed_words()
    assert "oldPassword" not in view.wizard.errors()
    assert signs_in(url, username, NEW) and not signs_in(url, username, password)
