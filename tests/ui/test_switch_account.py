"""Several accounts on one computer: switch without typing a password again; stale answers are ignored."""

from __future__ import annotations

from tests.ui.conftest import ADMIN, sign_in
from windtre_desktop.domain.roles import Section

TELCO = ("telco.demo", "Telco2026!")


def test_switch_between_remembered_accounts(qtbot, sandbox, make_controller, memory_keyring):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, *ADMIN) is True
    controller.add_account()
    window = controller.window
    assert window.pages.currentWidget() is window.login_view
    assert window.login_view.username.completer().model().stringList() == [ADMIN[0]]
    assert sign_in(qtbot, controller, *TELCO) is True
    assert controller.snapshot.user.username == TELCO[0]
    assert len(memory_keyring.entries) == 2  # one remembered session per account

    window.show_section(Section.PROFILE)
    account = window.section_widget(Section.PROFILE)
    assert list(account.switch_buttons) == [ADMIN[0]]
    with qtbot.waitSignal(controller.syncSettled, timeout=20000) as blocker:
        account.switch_buttons[ADMIN[0]].click()
    assert blocker.args == [True]  # the remembered token worked: no password typed
    assert controller.snapshot.user.username == ADMIN[0]
    assert window.pages.currentWidget() is window.workspace
    assert controller.saved_accounts() == [ADMIN[0], TELCO[0]]


def test_an_answer_for_the_account_just_left_is_ignored(qtbot, sandbox, sandbox_control, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, *ADMIN) is True
    controller.add_account()
    assert sign_in(qtbot, controller, *TELCO) is True

    shown: list[str] = []
    controller.dataShown.connect(lambda snap: shown.append(snap.user.username))
    sandbox_control.simulate_usage(2)  # the telco sync will carry data
    sandbox_control.fault("latency", count=1, path_prefix="/api/v1/sync", latencyMs=600)
    finished: list[str] = []
    controller.service.worker.syncFinished.connect(lambda _r, _s, session: finished.append(session.username))
    controller.window.refresh_button.click()  # telco's sync, slowed down
    controller.switch_account(ADMIN[0])  # the user moves on before it answers
    qtbot.waitUntil(lambda: finished == [TELCO[0], ADMIN[0]], timeout=20000)  # both answers came back
    qtbot.wait(50)  # and were delivered to the controller
    assert shown and set(shown) == {ADMIN[0]}
    assert controller.snapshot.user.username == ADMIN[0]


def test_traffico_follows_a_switch_to_an_account_that_sees_only_its_line(qtbot, fresh_sandbox, make_controller):
    """R-21 across a switch: Traffico, open on the admin's company, asks for the employee's own line once the
    network thread holds the employee's session, and shows it (no "sign in again", nothing of the admin)."""
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, employee["username"], employee["password"]) is True
    controller.add_account()
    assert sign_in(qtbot, controller, *ADMIN) is True
    window = controller.window
    window.show_section(Section.TRAFFIC)
    view = window.section_widget(Section.TRAFFIC)
    qtbot.waitUntil(lambda: view.result is not None and not view.result.from_store, timeout=30000)
    assert view.result.scope == "*company*"

    controller.switch_account(employee["username"])
    assert window.current_section() is Section.DASHBOARD  # a switch lands on the dashboard
    window.show_section(Section.TRAFFIC)  # at once: the network thread may still be switching sessions
    own = {line.id for line in controller.snapshot.lines}
    qtbot.waitUntil(lambda: view.result is not None and view.result.scope in own and not view.result.from_store
                    and not view.is_loading(), timeout=30000)
    assert view.error.isHidden() and view.picker.company_button.isHidden()
