"""Opens the accounts wizards and forms and runs their server actions through the network thread:
registration (R-01, R-04), password recovery (R-08, R-09), the forced password change after a
temporary password, and the runner the Account section's panels use (R-03, R-04, R-11)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from windtre_desktop.sync.outcomes import NO_ANSWER, REFUSALS, Failure
from windtre_desktop.sync.qt_worker import SyncService

if TYPE_CHECKING:
    from windtre_desktop.domain.wizard import ActionRequest, Wizard
    from windtre_desktop.views.wizard_dialog import WizardDialog

# The wizards, their validators (python-stdnum, phonenumbers) and the dialog are imported when a
# wizard opens, not at start-up: phonenumbers alone costs tens of milliseconds to load.

IDEMPOTENCY_KEY = "_idempotencyKey"  # the same name as sync.actions.IDEMPOTENCY_KEY (checked by a test)
_RUN = os.urandom(6).hex()  # keys of two app runs never collide
_KEY_SECRET = os.urandom(32)  # this run's, in memory only
KEYED_ACTIONS = frozenset({"create_telco_manager", "associate_sim"})  # the panels' changes that create
WIZARDS = {
    "register_admin": "admin_registration",
    "register_employee": "employee_registration",
    "recover_password": "password_recovery",
}


class AccountFlows(QObject):
    """One per controller. `usernameReady(username)` after a registration or recovery: the login
    page offers it, so the user signs in straight away."""

    usernameReady = Signal(str)

    def __init__(self, service: SyncService, server_url: str, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.service = service
        self.server_url = server_url
        self.clock = clock  # the code-resend countdowns run on it (tests move it)
        self.dialog: WizardDialog | None = None
        self._keys: dict[str, str] = {}  # (action, payload) -> the key of its unanswered change
        self._unanswered: set[str] = set()  # keys of wizard requests that got no answer (they may have been applied)

    def run(self, action: str, payload: dict, on_done, on_failed) -> int:
        """The runner handed to forms and panels (views never import the network layer). A change that
        creates something carries one Idempotency-Key per (action, payload), kept until the server answered
        or refused it: sent again after a lost answer, it is the same request and is applied once."""
        if action not in KEYED_ACTIONS or IDEMPOTENCY_KEY in payload:
            return self.service.run_action(self.server_url, action, payload, on_done, on_failed)
        request = json.dumps([action, payload], sort_keys=True, default=str)
        key = self._keys.setdefault(request, f"{_RUN}-{uuid.uuid4().hex}")

        def done(result) -> None:
            self._keys.pop(request, None)
            on_done(result)

        def failed(failure: Failure) -> None:
            if failure.kind in REFUSALS:  # the server applied nothing
                self._keys.pop(request, None)
            on_failed(failure)

        return self.service.run_action(self.server_url, action, {**payload, IDEMPOTENCY_KEY: key}, done, failed)

    def open_wizard(self, name: str, parent: QWidget) -> WizardDialog:
        from windtre_desktop.domain import account_wizards

        dialog = self._dialog(getattr(account_wizards, WIZARDS[name])(clock=self.clock), parent)
        dialog.accepted.connect(lambda: self._after(name, dialog.wizard))
        dialog.open()
        return dialog

    def change_password(self, temporary_password: str | None, parent: QWidget,
                        on_done: Callable[[], None], on_cancel: Callable[[], None]) -> WizardDialog:
        from windtre_desktop.domain import account_wizards

        dialog = self._dialog(account_wizards.password_change(temporary_password, clock=self.clock), parent)
        dialog.accepted.connect(on_done)
        dialog.rejected.connect(on_cancel)
        dialog.open()
        return dialog

    def _dialog(self, wizard: Wizard, parent: QWidget) -> WizardDialog:
        from windtre_desktop.views.wizard_dialog import WizardDialog

        dialog = WizardDialog(wizard, parent)
        dialog.actionRequested.connect(lambda request: self._perform(dialog, request))
        self.dialog = dialog
        return dialog

    def _perform(self, dialog: WizardDialog, request: ActionRequest) -> None:
        # one key per dialog, action and payload: Next pressed again after a lost answer repeats the
        # same request (the server answers with the first result); a corrected payload is a new one
        key = _idempotency_key(id(dialog), request.action, request.payload)
        def done(result) -> None:
            self._unanswered.discard(key)
            dialog.view.action_succeeded(request.request_id, result if isinstance(result, dict) else {})

        def failed(failure: Failure) -> None:
            message, field = failure.message or _fallback(failure), failure.field
            if failure.kind in NO_ANSWER:
                self._unanswered.add(key)
            elif _changed_before(request.action, field) and key in self._unanswered:
                # a password change is not idempotent on the server: if its first try, unanswered, changed the
                # password, the same change sent again finds the old one wrong. Say so, not only "wrong password".
                message, field = maybe_changed_words(), None
            dialog.view.action_failed(request.request_id, message, field, failure.retry_after)

        self.run(request.action, {**request.payload, IDEMPOTENCY_KEY: key}, done, failed)

    def _after(self, name: str, wizard: Wizard) -> None:
        from windtre_desktop.domain import account_wizards

        values, results = wizard.values, wizard.results
        if name == "register_employee":
            self.usernameReady.emit(account_wizards.employee_username(values, results))
        elif name == "register_admin":
            self.usernameReady.emit(str(values.get("username") or ""))
        elif name == "recover_password":
            self.usernameReady.emit(str(results.get("username") or values.get("username") or ""))


def _idempotency_key(dialog: int, action: str, payload: dict) -> str:
    """The same key for the same request of the same dialog (sent again after a lost answer), keyed with this
    run's secret: the payload holds passwords and codes, and the key travels as a header that proxies may log,
    so a plain digest of it could be guessed back from a list of common passwords."""
    text = json.dumps([dialog, action, payload], sort_keys=True, default=str).encode()
    return f"{_RUN}-{hmac.new(_KEY_SECRET, text, hashlib.sha256).hexdigest()[:32]}"


def _changed_before(action: str, field: str | None) -> bool:
    """A refusal that means "already done" when an earlier try of the same request got no answer."""
    return action == "change_password" and field == "oldPassword"


def maybe_changed_words() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "AccountFlows", "The previous request got no answer and may have changed the password already. Sign in "
                        "with the new password; if it is refused, check the current password and try again.")


def _fallback(failure: Failure) -> str:
    from PySide6.QtCore import QCoreApplication

    if failure.kind == "unavailable":
        return QCoreApplication.translate("AccountFlows", "The server cannot be reached. What you typed is kept: try again.")
    return QCoreApplication.translate("AccountFlows", "The request failed. Try again.")
