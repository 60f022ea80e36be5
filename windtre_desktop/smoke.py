"""`--smoke-test DIR`: sign in with the demo account, wait for the first sync, visit every screen,
save one PNG per screen, and exit non-zero on any error. Driven by signals and timers only."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from windtre_desktop.domain.roles import Section

log = logging.getLogger(__name__)

SYNC_TIMEOUT_MS = 120_000
SETTLE_MS = 250


class SmokeTour(QObject):
    def __init__(self, controller, out_dir: Path, users: list[dict]) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.out_dir = out_dir
        self.users = users
        self.user = users[0]
        self._wizard_steps: list = []
        self.exit_code = 1
        self.shots: list[Path] = []
        self.errors: list[str] = []
        self._sections: list[Section] = []
        self._previous_hook = sys.excepthook
        sys.excepthook = self._on_exception
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self.fail("timed out waiting for the first sync"))

    def begin(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if self.window.pages.currentWidget() is not self.window.login_view:
            self.controller.sign_out()
        self.window.resize(1280, 800)
        self.window.login_view.fill(self.user["username"], self.user["password"])
        QTimer.singleShot(SETTLE_MS, self._after_login_shot)

    def _after_login_shot(self) -> None:
        self.shoot("00_login")
        self.controller.syncSettled.connect(self._on_first_sync)
        self.controller.service.worker.loginFailed.connect(lambda f: self.fail(f"login failed: {f.kind} {f.message}"))
        self._timeout.start(SYNC_TIMEOUT_MS)
        self.window.login_view.submit.click()

    def _on_first_sync(self, ok: bool) -> None:
        self.controller.syncSettled.disconnect(self._on_first_sync)
        self._timeout.stop()
        if not ok:
            self.fail("the first sync failed")
            return
        snap = self.controller.snapshot
        if snap is None or not snap.lines:
            self.fail("the first sync brought no lines")
            return
        self._sections = list(self.window.visible_sections())
        QTimer.singleShot(SETTLE_MS, self._next_section)

    def _next_section(self) -> None:
        if not self._sections:
            self._show_a_line()
            return
        section = self._sections.pop(0)
        self.window.show_section(section)
        index = len(self.shots)
        QTimer.singleShot(SETTLE_MS, lambda: (self.shoot(f"{index:02d}_{section.value}"), self._next_section()))

    def _show_a_line(self) -> None:
        self.window.show_section(Section.DASHBOARD)
        snap = self.controller.snapshot
        self.window.dashboard.picker.select_line(snap.lines[0].id)
        QTimer.singleShot(SETTLE_MS, self._wizards)

    # --- the accounts wizards, opened from the login page (issue 4) ---

    def _wizards(self) -> None:
        self.shoot(f"{len(self.shots):02d}_dashboard_line")
        vat = self.controller.snapshot.company.vat_number if self.controller.snapshot.company else ""
        employee = next((u for u in self.users if u["role"] == "DIPENDENTE"), None)
        self.controller.sign_out()
        steps = [
            ("recover_password", [("username", employee["username"] if employee else "")], True, "recovery_code"),
            ("recover_password", [("username", "telco.demo")], True, "recovery_refused_r09"),
            ("register_admin", [("vatNumber", vat)], True, "admin_representative"),
            ("register_employee", [("msisdn", "+39" + (employee["username"] if employee else "")),
                                   ("email", "demo@example.com")], True, "employee_already_registered"),
        ]
        self._wizard_steps = steps
        QTimer.singleShot(SETTLE_MS, self._next_wizard)

    def _next_wizard(self) -> None:
        if not self._wizard_steps:
            self._finish()
            return
        name, values, press_next, label = self._wizard_steps.pop(0)
        dialog = self.controller.flows.open_wizard(name, self.window)
        dialog.resize(680, 600)

        def first_page() -> None:
            self.shoot_widget(dialog, f"{len(self.shots):02d}_wizard_{name}_start")
            for field, value in values:
                dialog.view.editor(field).setText(value)
            if press_next:
                dialog.view.next_button.click()
            self._when_idle(dialog, lambda: self._after_next(dialog, label))

        QTimer.singleShot(SETTLE_MS, first_page)

    def _after_next(self, dialog, label: str) -> None:
        view = dialog.view
        if not view.wizard.busy and view.wizard.step_id != view.wizard.start:
            view.next_button.click()  # on the next page at once: show what it asks for
        QTimer.singleShot(SETTLE_MS, lambda: (self.shoot_widget(dialog, f"{len(self.shots):02d}_wizard_{label}"),
                                              dialog.reject(), self._next_wizard()))

    def _when_idle(self, dialog, then, waited_ms: int = 0) -> None:
        if not dialog.view.wizard.busy:
            QTimer.singleShot(SETTLE_MS, then)
        elif waited_ms > 20_000:
            self.fail(f"wizard {dialog.wizard.id} stayed busy")
        else:
            QTimer.singleShot(100, lambda: self._when_idle(dialog, then, waited_ms + 100))

    def _finish(self) -> None:
        if self.errors:
            self.fail("; ".join(self.errors))
            return
        self.exit_code = 0
        print(f"smoke test: {len(self.shots)} screens saved in {self.out_dir}", flush=True)
        self._quit()

    def shoot(self, name: str) -> None:
        self.shoot_widget(self.window, name)

    def shoot_widget(self, widget, name: str) -> None:
        path = self.out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            self.errors.append(f"could not save {path}")
        self.shots.append(path)

    def fail(self, reason: str) -> None:
        log.error("smoke test failed: %s", reason)
        print(f"smoke test FAILED: {reason}", file=sys.stderr, flush=True)
        self.exit_code = 1
        self._quit()

    def _on_exception(self, kind, value, tb) -> None:
        self.errors.append("".join(traceback.format_exception(kind, value, tb)))
        print(self.errors[-1], file=sys.stderr, flush=True)
        self.fail(f"unhandled {kind.__name__}")

    def _quit(self) -> None:
        sys.excepthook = self._previous_hook
        QTimer.singleShot(0, QApplication.quit)
