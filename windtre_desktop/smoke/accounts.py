"""The smoke tour's accounts part (issue 4): every page of the registration and recovery wizards, and
the forced password change, walked for real against the demo backend with the codes it "sent"."""

from __future__ import annotations

import re

from windtre_desktop.smoke.script import WizardScript

TOUR_PASSWORD = "Demo-Tour2026!"


class AccountsTour(WizardScript):
    name = "accounts"
    needs_backend = True  # reads the codes the demo backend "sent"

    def flows(self):
        return self.controller.flows

    def script(self):
        self.controller.sign_out()
        state = self.tour.backend.state
        contract = next(c for c in state.contracts() if c["userAdmin"] is None)
        data_only = state.sandbox_lines(None, "mobile", True, True, 1)[0]
        puk = state.secrets(data_only["id"])["puk"]
        employee = data_only["msisdn"].removeprefix("+39")
        user = self.tour.user
        password = TOUR_PASSWORD

        def code(pattern: str):
            def newest() -> str:
                for message in reversed(state.outbox()):
                    match = re.search(pattern, message["body"])
                    if match:
                        return match.group(1)
                raise RuntimeError(f"no message matching {pattern!r}")
            return newest

        return [
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
            ("open", "recover_password"), ("fill", {"username": user["username"]}),
            ("next", "temporaryPassword"), ("shot", "recovery_4_temporary_password"), ("close", None),
            ("login", (user["username"], code(r"Password temporanea: (\d{8})"))),
            ("shot", "password_change_forced"),
            ("fill", {"newPassword": password, "passwordConfirmation": password}),
            ("next", "done"), ("shot", "password_change_done"), ("close", None),
        ]

    def custom_op(self, op: str, arg) -> None:
        if op == "open":
            self.controller.flows.open_wizard(arg, self.window).resize(680, 620)
        elif op == "login":
            username, password = arg
            login = self.window.login_view
            login.fill(username, password() if callable(password) else password)
            login.submit.click()
            self._ops.insert(0, ("wait_dialog", "password_change"))
        else:
            super().custom_op(op, arg)
