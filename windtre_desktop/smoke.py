"""`--smoke-test DIR`: sign in with the demo account, wait for the first sync, visit every screen,
save one PNG per screen, and exit non-zero on any error. Driven by signals and timers only."""

from __future__ import annotations

import logging
import re
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
    def __init__(self, controller, out_dir: Path, users: list[dict], backend=None) -> None:
        """`backend`: the in-process demo backend, read directly for the codes it "sent"."""
        super().__init__(controller)
        self.backend = backend
        self._script: list = []
        self._tickets = False  # the script has moved on to the ticket wizard
        self.controller = controller
        self.window = controller.window
        self.out_dir = out_dir
        self.users = users
        self.user = users[0]

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
        QTimer.singleShot(SETTLE_MS, self._conto)

    def _conto(self) -> None:
        """Conto: invoices, archive, PDF, electronic invoice, call detail, sharing, recharges (issue 6)."""
        from windtre_desktop.smoke_conto import ContoTour

        self.shoot(f"{len(self.shots):02d}_dashboard_line")

        def done(error: str | None) -> None:
            if error:
                self.fail(error)
            else:
                QTimer.singleShot(SETTLE_MS, self._wizards)

        ContoTour(self.controller, lambda widget, name: self.shoot_widget(widget, f"{len(self.shots):02d}_{name}"),
                  done).start()

    # --- the accounts wizards, every page, walked for real against the demo backend (issue 4) ---

    def _wizards(self) -> None:
        self.controller.sign_out()
        if self.backend is None:
            self._finish()
            return
        state = self.backend.state
        contract = next(c for c in state.contracts() if c["userAdmin"] is None)
        data_only = state.sandbox_lines(None, "mobile", True, True, 1)[0]
        puk = state.secrets(data_only["id"])["puk"]
        employee = data_only["msisdn"].removeprefix("+39")

        def code(pattern: str):
            def newest() -> str:
                for message in reversed(state.outbox()):
                    match = re.search(pattern, message["body"])
                    if match:
                        return match.group(1)
                raise RuntimeError(f"no message matching {pattern!r}")
            return newest

        password = "Demo-Tour2026!"
        self._script = [
            ("open", "register_admin"), ("shot", "admin_1_company"),
            ("fill", {"vatNumber": contract["vatNumber"]}), ("next", "representative"),
            ("shot", "admin_2_representative"),
            ("fill", {k: contract[k] for k in ("firstName", "lastName", "fiscalCode", "email", "mobile")}),
            ("fill", {"birthDate": "/".join(reversed(contract["birthDate"].split("-")))}),
            ("next", "activation"), ("shot", "admin_3_activation"),
            ("fill", {"activationCode": code(r"Codice di attivazione: ([A-Z0-9]{6})")}), ("next", "credentials"),
            ("fill", {"username": "tour.admin", "password": password, "passwordConfirmation": password}),
            ("shot", "admin_4_credentials"), ("next", "done"), ("shot", "admin_5_done"), ("close", None),
            ("open", "register_employee"), ("shot", "employee_1_line"),
            ("fill", {"msisdn": data_only["msisdn"], "email": "tour@example.com"}), ("next", "puk"),
            ("shot", "employee_2_puk"), ("fill", {"puk": puk}), ("next", "otp"), ("shot", "employee_3_code"),
            ("fill", {"otp": code(r"Codice di verifica: (\d{6})"), "password": password,
                      "passwordConfirmation": password}),
            ("next", "done"), ("shot", "employee_4_done"), ("close", None),
            ("open", "recover_password"), ("shot", "recovery_1_username"),
            ("fill", {"username": employee}), ("next", "code"), ("shot", "recovery_2_code"),
            ("fill", {"code": code(r"Codice di controllo: (\d{6})"), "newPassword": password + "x",
                      "passwordConfirmation": password + "x"}),
            ("next", "done"), ("shot", "recovery_3_done"), ("close", None),
            ("open", "recover_password"), ("fill", {"username": "telco.demo"}), ("refused", None),
            ("shot", "recovery_refused_telco_manager_r09"), ("close", None),
            ("open", "recover_password"), ("fill", {"username": self.user["username"]}),
            ("next", "temporaryPassword"), ("shot", "recovery_4_temporary_password"), ("close", None),
            ("login", (self.user["username"], code(r"Password temporanea: (\d{8})"))),
            ("shot", "password_change_forced"),
            ("fill", {"newPassword": password, "passwordConfirmation": password}),
            ("next", "done"), ("shot", "password_change_done"), ("close", None),
            # "Inserisci nuovo ticket" by the loss/theft fast path (issue 5), filed for real
            ("ticket", None), ("shot", "ticket_1_loss_topic"), ("choose", {"lossTopic": "SIM_REPLACEMENT"}),
            ("next", "sim_replacement"), ("choose", {"service": "voice", "type": "loss"}),
            ("fill", {"msisdn": lambda: self.controller._company_mobiles()[0],
                      "deliverySite": "Via Roma 1, Milano", "referentName": "Giulia Conti",
                      "referentPhone": "+39 347 000 1111", "referentEmail": "giulia.conti@example.com"}),
            ("shot", "ticket_2_sim_replacement"), ("next", "notes"),
            ("fill", {"notes": "SIM smarrita durante una trasferta."}), ("shot", "ticket_3_notes"),
            ("next", "done"), ("shot", "ticket_4_done"), ("close", None),
            ("section", "tickets"), ("shot_window", "tickets_list"),
            # the other pages of the ticket wizard (not filed: one ticket is open now, R-73)
            ("ticket", True), ("choose", {"lossTopic": "IMEI_BLOCK"}), ("next", "imei_block"),
            ("choose", {"service": "data"}), ("fill", {"imei": "490154203237518"}), ("shot", "ticket_5_imei_block"),
            ("next", "attachments"), ("shot", "ticket_6_attachments"), ("close", None), ("forget_draft", None),
            ("ticket", False), ("shot", "ticket_7_reason"), ("choose", {"reason": "ADMINISTRATIVE"}),
            ("next", "administrative"), ("choose", {"adminTopic": "WRONG_TARIFF"}), ("shot", "ticket_8_administrative"),
            ("close", None), ("forget_draft", None),
        ]
        QTimer.singleShot(SETTLE_MS, self._run_script)

    def _run_script(self, waited_ms: int = 0) -> None:
        flows = self.controller.ticket_flows if self._tickets else self.controller.flows
        dialog = flows.dialog
        if dialog is not None and dialog.view.wizard.busy:
            if waited_ms > 20_000:
                self.fail("a wizard stayed busy")
            else:
                QTimer.singleShot(100, lambda: self._run_script(waited_ms + 100))
            return
        if not self._script:
            self._finish()
            return
        op, arg = self._script.pop(0)
        try:
            if op == "open":
                self.controller.flows.open_wizard(arg, self.window).resize(680, 620)
            elif op == "shot":
                self.shoot_widget(dialog, f"{len(self.shots):02d}_wizard_{arg}")
            elif op == "fill":
                for field, value in arg.items():
                    dialog.view.editor(field).setText(value() if callable(value) else value)
            elif op in ("next", "refused"):
                dialog.view.next_button.click()
                self._script.insert(0, ("expect", arg))
            elif op == "expect":
                wizard = dialog.view.wizard
                if arg is None and wizard.server_error is None:
                    raise RuntimeError(f"{wizard.id}: the server should have refused")
                if arg is not None and wizard.step_id != arg:
                    problem = wizard.server_error.message if wizard.server_error else wizard.errors()
                    raise RuntimeError(f"{wizard.id}: expected step {arg}, still on {wizard.step_id}: {problem}")
            elif op == "close":
                if dialog.view.wizard.is_final:
                    dialog.view.next_button.click()
                else:
                    dialog.reject()
            elif op == "ticket":
                self._tickets = True
                self.controller.ticket_flows.open_wizard(self.window, loss_theft=arg is not False).resize(700, 640)
            elif op == "forget_draft":
                self.controller._store.delete_draft("ticket")
            elif op == "choose":
                for field, value in arg.items():
                    combo = dialog.view.editor(field)
                    combo.setCurrentIndex(combo.findData(value))
            elif op == "section":
                self.window.show_section(Section(arg))
            elif op == "shot_window":
                self.shoot(f"{len(self.shots):02d}_{arg}")
            elif op == "login":
                username, password = arg
                login = self.window.login_view
                login.fill(username, password() if callable(password) else password)
                login.submit.click()
                self._script.insert(0, ("wait_dialog", "password_change"))
            elif op == "wait_dialog":
                if dialog is None or dialog.wizard.id != arg or not dialog.isVisible():
                    if waited_ms > 20_000:
                        raise RuntimeError(f"no {arg} wizard opened")
                    self._script.insert(0, (op, arg))
                    QTimer.singleShot(100, lambda: self._run_script(waited_ms + 100))
                    return
        except Exception as error:  # noqa: BLE001 - any surprise fails the tour with its reason
            self.fail(f"wizard tour: {error}")
            return
        QTimer.singleShot(SETTLE_MS, self._run_script)

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
