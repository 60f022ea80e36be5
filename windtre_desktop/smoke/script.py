"""A small script language for walking wizards in the smoke tour: open a wizard, fill fields, press
Next and expect a step, photograph the page, close it. Each op waits for the wizard to be idle first,
so every page is walked for real against the demo backend. The accounts and tickets parts use it."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import SETTLE_MS, TourPart

BUSY_LIMIT_MS = 20_000


class WizardScript(TourPart):
    """Subclasses give `script()`: a list of (op, argument) pairs; `flows()` is where the open dialog lives."""

    def script(self) -> list[tuple[str, object]]:
        raise NotImplementedError

    def flows(self):
        raise NotImplementedError

    def steps(self):
        self._ops = self.script()
        return [lambda: self._run(0)]

    def _run(self, waited_ms: int) -> None:
        dialog = self.flows().dialog
        if dialog is not None and dialog.view.wizard.busy:
            if waited_ms > BUSY_LIMIT_MS:
                self._end(f"{self.name}: a wizard stayed busy")
            else:
                QTimer.singleShot(100, lambda: self._run(waited_ms + 100))
            return
        if not self._ops:
            self._next()
            return
        op, arg = self._ops.pop(0)
        try:
            if self._do(op, arg, dialog, waited_ms):
                return  # the op waits and comes back by itself
        except Exception as error:  # noqa: BLE001 - any surprise fails the tour with its reason
            self._end(f"{self.name}: {error}")
            return
        QTimer.singleShot(SETTLE_MS, lambda: self._run(0))

    def _do(self, op: str, arg, dialog, waited_ms: int) -> bool:
        """Carry out one op; True when it has scheduled its own continuation."""
        if op == "shot":
            self.shoot(dialog, f"wizard_{arg}")
        elif op == "fill":
            for field, value in arg.items():
                dialog.view.editor(field).setText(value() if callable(value) else value)
        elif op == "choose":
            for field, value in arg.items():
                combo = dialog.view.editor(field)
                combo.setCurrentIndex(combo.findData(value))
        elif op in ("next", "refused"):
            dialog.view.next_button.click()
            self._ops.insert(0, ("expect", arg))
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
        elif op == "section":
            self.window.show_section(Section(arg))
        elif op == "shot_window":
            self.shoot(self.window, arg)
        elif op == "wait_dialog":
            if dialog is None or dialog.wizard.id != arg or not dialog.isVisible():
                if waited_ms > BUSY_LIMIT_MS:
                    raise RuntimeError(f"no {arg} wizard opened")
                self._ops.insert(0, (op, arg))
                QTimer.singleShot(100, lambda: self._run(waited_ms + 100))
                return True
        else:
            self.custom_op(op, arg)
        return False

    def custom_op(self, op: str, arg) -> None:
        raise RuntimeError(f"unknown smoke script op {op!r}")
