"""Offline start from the cache, sync faults (500, 429, dropped connection), session expiry."""

from __future__ import annotations

import pytest

from tests.ui.conftest import CLOSED_PORT_URL, sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.i18n import formatting
from windtre_desktop.sync.snapshot import HEAD_LINES
from windtre_desktop.widgets.lines_model import LINE_ROLE


def test_offline_start_shows_the_cache_before_any_answer(qtbot, sandbox, make_controller):
    first = make_controller(sandbox.url)
    first.start()
    assert sign_in(qtbot, first) is True
    cached = first.snapshot
    first.shutdown()

    # next start: the server is unreachable
    second = make_controller(CLOSED_PORT_URL)
    second.start()
    window = second.window
    # shown synchronously from the store, before the network has answered anything: the company's totals
    # and the head of the line list (HEAD_LINES), so the first frame costs the same at any size
    assert window.pages.currentWidget() is window.workspace
    assert window.dashboard.title.text() == cached.company.name
    assert second.snapshot.totals == cached.totals
    head = [window.dashboard.picker.model.index(row, 0).data(LINE_ROLE)
            for row in range(window.dashboard.picker.model.rowCount())]
    assert head == [line.id for line in cached.lines[:HEAD_LINES]]
    assert formatting.count(len(cached.lines)) in window.dashboard.picker.count_label.text()

    # then the whole list, read off the GUI thread, before the (failing) sync answers
    with qtbot.waitSignal(second.syncSettled, timeout=20000) as blocker:
        pass
    assert blocker.args == [False]
    assert second.snapshot.complete
    assert window.dashboard.picker.model.rowCount() == len(cached.lines)
    banner = window.offline_banner.text()
    assert banner, "an offline banner must be shown"
    assert formatting.timestamp(cached.last_success_at) in banner
    assert "non raggiungibile" in window.sync_label.text()


@pytest.mark.parametrize("mode", ["500", "429", "drop", "truncate", "malformed"])
def test_sync_fault_shows_banner_keeps_data_and_recovers(qtbot, sandbox, sandbox_control, make_controller, mode):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    window = controller.window
    lines_before = window.dashboard.picker.model.rowCount()

    sandbox_control.simulate_usage(3)  # the next sync has a body to break, not just a 304
    sandbox_control.fault(mode, count=-1, path_prefix="/api/v1/sync", retryAfter=0)
    with qtbot.waitSignal(controller.syncSettled, timeout=30000) as blocker:
        window.refresh_button.click()
    assert blocker.args == [False]
    assert window.offline_banner.text()
    assert window.dashboard.picker.model.rowCount() == lines_before  # nothing lost
    assert window.pages.currentWidget() is window.workspace

    sandbox_control.clear_faults()
    with qtbot.waitSignal(controller.syncSettled, timeout=20000) as blocker:
        window.offline_banner.action.click()  # "Riprova"
    assert blocker.args == [True]
    assert window.offline_banner.text() == ""


def test_transient_fault_is_retried_without_the_user_noticing(qtbot, sandbox, sandbox_control, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    sandbox_control.fault("500", count=1, path_prefix="/api/v1/sync")
    with qtbot.waitSignal(controller.syncSettled, timeout=20000) as blocker:
        controller.window.refresh_button.click()
    assert blocker.args == [True]
    assert controller.window.offline_banner.text() == ""


def test_token_expiry_returns_to_login_and_keeps_the_cache(qtbot, sandbox, sandbox_control, make_controller, data_home):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    window = controller.window
    db = controller.paths.profile_db("test", "admin.demo")
    assert db.exists()

    sandbox_control.expire_sessions()
    with qtbot.waitSignal(controller.sessionEnded, timeout=20000) as blocker:
        window.refresh_button.click()
    assert blocker.args == ["expired"]
    assert window.pages.currentWidget() is window.login_view
    assert "scadut" in window.login_view.error.text()
    assert window.login_view.username.text() == "admin.demo"
    assert db.exists(), "the cache must survive a session expiry"

    # signing in again shows the dashboard again
    assert sign_in(qtbot, controller) is True
    assert window.current_section() is Section.DASHBOARD


def test_saved_data_can_be_opened_offline_after_a_failed_sign_in(qtbot, sandbox, make_controller):
    first = make_controller(sandbox.url)
    first.start()
    assert sign_in(qtbot, first, remember=False) is True
    lines = first.window.dashboard.picker.model.rowCount()
    first.sign_out()
    first.shutdown()

    offline = make_controller(CLOSED_PORT_URL)
    offline.start()
    view = offline.window.login_view
    assert offline.window.pages.currentWidget() is view  # not remembered: no data before signing in
    assert view.username.text() == "admin.demo"
    assert view.offline_button.isHidden()
    view.password.setText("Demo2026!")
    with qtbot.waitSignal(offline.service.worker.loginFailed, timeout=20000):
        view.submit.click()
    qtbot.waitUntil(lambda: not view.offline_button.isHidden(), timeout=5000)
    assert "raggiungibile" in view.error.text()

    view.offline_button.click()
    window = offline.window
    assert window.pages.currentWidget() is window.workspace
    assert window.dashboard.picker.model.rowCount() == lines
    assert "Offline" in window.offline_banner.text()
    window.offline_banner.action.click()  # "Accedi" goes back to the login page
    assert window.pages.currentWidget() is window.login_view
