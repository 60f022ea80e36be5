"""Fai da te → Attivazione linee, Associazione SIM, Promozioni and Copertura (R-61, R-62, R-63, R-23), driven
from the GUI thread: the three lists asked of the server through the shared SectionRunner (on first visit and
F5), the SIM history asked again when its filters change, promotions with their ETag, and "Tienimi
aggiornato" sent through `runner.send_change` (one Idempotency-Key per confirmed change), its dialog kept open
with the server's words on a refusal. Coverage needs no server: its page opens the links itself."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from windtre_desktop.domain.activations import Activation, Promotion, Promotions, SimEvent
from windtre_desktop.flows.held_forms import take_dialog
from windtre_desktop.flows.section_runner import SectionRunner
from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from windtre_desktop.views.keep_updated_dialog import KeepUpdatedDialog
    from windtre_desktop.views.self_service_section import SelfServiceSection


class ActivationsFlows(QObject):
    activationsShown = Signal(int)  # how many activations the page shows now
    historyShown = Signal(int)  # how many SIM association events
    promotionsShown = Signal(int)  # how many promotions
    keepUpdatedEnded = Signal(str, bool)  # activation id, applied
    dialogShown = Signal(object)  # KeepUpdatedDialog

    def __init__(self, runner: SectionRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.section: SelfServiceSection | None = None
        self.dialog: KeepUpdatedDialog | None = None
        self._promotions_etag: str | None = None
        self._history_asked = 0  # the latest history request: older answers are dropped

    def attach(self, section: SelfServiceSection) -> None:
        """Connect to the pages this object drives (called once per section)."""
        self.section = section
        section.activations.keepUpdatedRequested.connect(self.open_keep_updated)
        section.sim_history.filtersChanged.connect(self.load_history)

    def reload(self) -> None:
        """Ask the server again for what the pages show (first visit in a session, F5)."""
        if self.section is None:
            return
        self.load_activations()
        self.load_history(*self.section.sim_history.filters())
        self.load_promotions()

    def forget(self) -> None:
        """The session ends: drop what is on its way (the runner already moved its generation on)."""
        self._promotions_etag = None
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        self.dialog = None

    # --- a form held across an expired session (flows/held_forms.py) ---

    def take_forms(self) -> list[KeepUpdatedDialog]:
        """The "Tienimi aggiornato" form being filled in, unless its request is on its way."""
        forms = take_dialog(self.dialog)
        if forms:
            self.dialog = None
        return forms

    def restore_form(self, form: KeepUpdatedDialog) -> None:
        if shiboken6.isValid(form):
            self.dialog = form
            form.show()

    def drop_form(self, form: KeepUpdatedDialog) -> None:
        if shiboken6.isValid(form):
            form.reject()

    # --- Attivazione linee (R-61) ---

    def load_activations(self) -> None:
        view = self.section.activations

        def shown(result: Any) -> None:
            activations = [Activation.from_json(a) for a in result or ()]
            view.set_activations(activations)
            view.show_message("")
            self.activationsShown.emit(len(activations))

        view.loading_again()
        self.runner.run("activations", {}, shown, lambda f: view.show_message(self.runner.failure_text(f)), view)

    def open_keep_updated(self, activation: Activation) -> None:
        from windtre_desktop.views.keep_updated_dialog import KeepUpdatedDialog

        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        # with no choice yet, the number or address chosen for another activation is offered
        others = (a.keep_updated for a in self.section.activations.activations() if a.id != activation.id)
        suggestion = next((keep for keep in others if keep is not None), None)
        dialog = KeepUpdatedDialog(activation, self.runner.parent_widget(), suggestion)
        dialog.submitted.connect(lambda payload: self._send_keep_updated(dialog, payload))
        self.dialog = dialog
        dialog.show()
        self.dialogShown.emit(dialog)

    def _send_keep_updated(self, dialog: KeepUpdatedDialog, payload: dict) -> None:
        view = self.section.activations
        activation_id = payload["activationId"]

        def applied(result: Any) -> None:
            if shiboken6.isValid(view):
                view.update_activation(Activation.from_json(result))
            if shiboken6.isValid(dialog):
                dialog.done_with()
            self.keepUpdatedEnded.emit(activation_id, True)

        def refused(failure: Failure) -> None:
            if shiboken6.isValid(dialog):
                dialog.refused(self.runner.failure_text(failure))
            if failure.kind == "refused":  # unknown or already active: the list says what is still in progress
                self.load_activations()
            self.keepUpdatedEnded.emit(activation_id, False)

        self.runner.send_change("keep_updated", payload, applied, refused)

    # --- Associazione SIM (R-62) ---

    def load_history(self, line_id: str, first: date, last: date) -> None:
        view = self.section.sim_history
        self._history_asked += 1
        asked = self._history_asked
        payload = {"from": first.isoformat(), "to": last.isoformat()}
        if line_id:
            payload["lineId"] = line_id

        def shown(result: Any) -> None:
            if asked != self._history_asked:
                return  # the filters changed since: a newer answer is on its way
            events = [SimEvent.from_json(e) for e in result or ()]
            view.set_events(events)
            self.historyShown.emit(len(events))

        def failed(failure: Failure) -> None:
            if asked == self._history_asked:
                view.show_message(self.runner.failure_text(failure))

        self.runner.run("sim_associations", payload, shown, failed, view)

    # --- Promozioni (R-63) ---

    def load_promotions(self) -> None:
        view = self.section.promotions
        if not view.loaded:
            self._promotions_etag = None  # nothing shown: a 304 would leave the page empty

        def shown(result: Any) -> None:
            if result is not None:  # None: 304, what is shown is current
                self._promotions_etag = result.etag
                view.set_promotions(Promotions(tuple(Promotion.from_json(p) for p in result.promotions),
                                               result.activation_number))
            view.show_message("")
            self.promotionsShown.emit(len(view.listing.promotions))

        self.runner.run("promotions", {"etag": self._promotions_etag}, shown,
                        lambda f: view.show_message(self.runner.failure_text(f)), view)
