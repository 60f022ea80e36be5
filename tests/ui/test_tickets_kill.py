"""kill -9 while typing and while sending a ticket (R-70…R-73), then a restart on the same data dir:
the draft is back, and exactly one ticket exists on the server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.ui.conftest import sign_in
from tests.ui.test_tickets import server_tickets
from windtre_desktop.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX; Windows runs the other tests")


def run_until(url: str, home: Path, mode: str, marker: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "tests.support.ticket_typist", url, str(home), mode],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(90, process.kill)  # a hung app must not hang the test run
    watchdog.start()
    try:
        for line in process.stdout:
            if line.strip() == marker:
                break
        else:
            raise AssertionError(f"the app ended before {marker}")
    finally:
        watchdog.cancel()
        process.send_signal(signal.SIGKILL)  # no clean-up of any kind, as in a crash
        process.wait(10)


def test_killed_while_typing_the_draft_comes_back(qtbot, fresh_sandbox, make_controller, data_home):
    run_until(fresh_sandbox.url, data_home, "typing", "TYPED")
    assert server_tickets(fresh_sandbox.url) == []  # nothing was sent

    controller = make_controller(fresh_sandbox.url)  # the restart, on the same data dir
    controller.profile_key = "kill-test"
    controller.start()
    assert sign_in(qtbot, controller, timeout=40000) is True  # generous: a loaded 2-core machine
    dialog = controller.ticket_flows.open_wizard(controller.window)
    view = dialog.view
    assert view.wizard.step_id == "sim_replacement"
    assert view.editor("referentName").text() == "Anna Verdi"
    assert view.editor("deliverySite").text() == "Via Roma 1, Milano"


def test_killed_while_sending_exactly_one_ticket_after_the_restart(qtbot, fresh_sandbox, make_controller, data_home):
    home = data_home  # the make_controller fixture works on this data dir
    httpx.post(f"{fresh_sandbox.url}/sandbox/faults", json={"mode": "latency", "latencyMs": 1500, "count": 1,
                                                            "pathPrefix": "/api/v1/tickets"}).raise_for_status()
    run_until(fresh_sandbox.url, home, "sending", "SENDING")
    from windtre_desktop.store.database import Store

    db = AppPaths.default(home).profile_db("kill-test", "admin.demo")
    with Store(db) as store:
        pending = store.pending_tickets()
    assert len(pending) == 1  # written before the request: the crash could not lose it
    key = pending[0].idempotency_key

    # restart on the same data: signing in syncs, and the sync sends the queued ticket with its key
    controller = make_controller(fresh_sandbox.url)
    controller.profile_key = "kill-test"
    controller.start()
    with qtbot.waitSignal(controller.service.worker.ticketsSent, timeout=40000, raising=False):
        assert sign_in(qtbot, controller, timeout=40000) is True
    qtbot.waitUntil(lambda: len(server_tickets(fresh_sandbox.url)) == 1, timeout=30000)
    qtbot.waitUntil(lambda: controller._store.outbox_entry(key).state == "sent", timeout=30000)
    qtbot.wait(500)
    assert len(server_tickets(fresh_sandbox.url)) == 1  # never twice, whatever the killed process had sent
    with Store(db) as store:
        assert store.outbox_entry(key).state == "sent"
