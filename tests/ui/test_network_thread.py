"""No network call ever runs on the GUI thread; periodic sync runs by itself; repaint endurance."""

from __future__ import annotations

import threading

import httpx
from PySide6.QtGui import QImage

from tests.ui.conftest import sign_in
from windtre_desktop.widgets.gauge import CounterGauge


def test_every_http_request_is_sent_off_the_gui_thread(qtbot, sandbox, make_controller, monkeypatch):
    threads: list[str] = []
    original_send = httpx.Client.send

    def observed_send(self, request, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return original_send(self, request, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "send", observed_send)
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    with qtbot.waitSignal(controller.syncSettled, timeout=10000):
        controller.window.refresh_button.click()
    assert len(threads) >= 3  # login, full sync, conditional sync
    assert threading.main_thread().name not in threads


def test_periodic_sync_runs_without_the_user(qtbot, sandbox, sandbox_control, make_controller):
    controller = make_controller(sandbox.url, interval_s=1)
    controller.start()
    assert sign_in(qtbot, controller) is True
    sandbox_control.reset_stats()
    with qtbot.waitSignal(controller.syncSettled, timeout=8000) as blocker:
        pass  # nobody clicks anything
    assert blocker.args == [True]
    assert sandbox_control.stats()["requests"].get("/api/v1/sync", 0) >= 1


def test_gauge_survives_thousands_of_repaints(qtbot):
    """DESIGN.md: PySide6 6.12.0 crashed on Python 3.11 after a few thousand repaints; we pin 6.11."""
    gauge = CounterGauge("Giga")
    qtbot.addWidget(gauge)
    gauge.resize(200, 220)
    image = QImage()
    for i in range(3000):
        gauge.set_values((i % 100) / 100, f"{i} GB", "left", f"used {i} of 3000")
        image = gauge.grab().toImage()
    assert not image.isNull() and image.width() == 200


def test_shutdown_says_when_a_hanging_request_keeps_the_network_thread_busy(qtbot, sandbox, sandbox_control,
                                                                            make_controller):
    """app.main leaves with os._exit in that case: Qt aborts the process when a QThread object is destroyed
    while its thread still runs (seen at exit with a request that hangs)."""
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    sandbox_control.fault("latency", count=1, path_prefix="/api/v1/sync", latencyMs=3000)
    service = controller.service
    with qtbot.waitSignal(service.worker.syncStarted, timeout=10000):  # the worker is inside its sync slot
        service.sync_now()
    # the request has reached the sandbox (its fault is taken): before that, a shutdown rightly cancels it
    qtbot.waitUntil(lambda: httpx.get(f"{sandbox.url}/sandbox/faults", timeout=5).json()["faults"] == [],
                    timeout=10000)
    assert service.shutdown(wait_ms=100) is False  # the request is held by the sandbox
    assert service.thread.wait(10_000)  # it answers, the thread ends
    assert service.shutdown(wait_ms=100) is True
