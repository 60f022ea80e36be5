"""An unexpected exception in a Qt slot or on a worker thread opens the crash dialog with a redacted report
(also saved in the logs folder) and the app keeps working."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread, Signal

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.flows.crash_reports import CrashReporter
from windtre_desktop.logging_setup import register_secret, unregister_secret

pytestmark = pytest.mark.qt_no_exception_capture  # the reporter under test is the hook

SECRET = "sess-7c9e04a1b2d3f5e6"


class _Button(QObject):
    pressed = Signal()


class _FailingThread(QThread):
    def run(self) -> None:
        raise ValueError(f"worker lost its session {SECRET}")


@pytest.fixture
def reporter(qtbot, data_home):
    from windtre_desktop.paths import AppPaths

    window_holder = {}
    made = CrashReporter(AppPaths.default(data_home).log_dir, lambda: window_holder.get("window"))
    made.window_holder = window_holder
    made.install()
    register_secret(SECRET)
    yield made
    made.uninstall()
    unregister_secret(SECRET)
    if made.dialog is not None:
        made.dialog.close()


def test_an_exception_in_a_slot_shows_a_redacted_report_and_the_window_keeps_working(
        qtbot, reporter, make_controller, sandbox):
    controller = make_controller(sandbox.url)
    reporter.window_holder["window"] = controller.window
    controller.start()
    sign_in(qtbot, controller)
    window = controller.window

    def broken_slot() -> None:
        raise RuntimeError(f"lost the token {SECRET} while drawing")

    button = _Button()
    button.pressed.connect(broken_slot)
    button.pressed.emit()  # PySide6 hands the slot's exception to sys.excepthook
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    report = reporter.dialog.report.toPlainText()
    assert "Traceback (most recent call last)" in report
    assert "in broken_slot" in report and "RuntimeError: lost the token" in report
    assert SECRET not in report
    assert reporter.dialog.parent() is window
    saved = list(reporter.log_dir.glob("crash-*.txt"))
    assert len(saved) == 1 and SECRET not in saved[0].read_text(encoding="utf-8")
    assert "crash-" in reporter.dialog.saved.text()

    reporter.dialog.copy()
    from PySide6.QtGui import QGuiApplication

    assert "RuntimeError" in QGuiApplication.clipboard().text()
    # the app goes on: the Go menu still switches sections
    window.section_actions[Section.TRAFFIC].trigger()
    assert window.current_section() is Section.TRAFFIC
    assert window.stack.currentWidget() is window.section_widgets[Section.TRAFFIC]
    window.section_actions[Section.DASHBOARD].trigger()
    assert window.stack.currentWidget() is window.dashboard


def test_an_exception_on_a_python_thread_is_reported_on_the_gui_thread(qtbot, reporter):
    def work() -> None:
        raise KeyError(f"no answer for {SECRET}")

    thread = threading.Thread(target=work, name="exporter")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    report = reporter.dialog.report.toPlainText()
    assert "thread: exporter" in report and "KeyError" in report and "in work" in report
    assert SECRET not in report


def test_an_exception_in_a_qthread_is_reported_and_a_second_one_is_added_to_the_same_dialog(qtbot, reporter):
    for _ in range(2):
        thread = _FailingThread()
        thread.start()
        assert thread.wait(10_000)
    qtbot.waitUntil(lambda: reporter.dialog is not None
                    and reporter.dialog.report.toPlainText().count("ValueError: worker lost") == 2)
    assert SECRET not in reporter.dialog.report.toPlainText()
    assert len(list(reporter.log_dir.glob("crash-*.txt"))) == 2
