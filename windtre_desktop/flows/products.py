"""Prodotti and Gestione GSS driven from the GUI thread (R-22, R-50, R-51, R-60): the package list and the
devices asked of the server through the network thread, a package's SIMs when it is chosen, PIN and PUK
only when "Mostra" is clicked (registered as secrets, so no log line can hold them; never stored), and the
four package actions: one Idempotency-Key per confirmed request, so a repeat after a lost answer changes
nothing twice; the verdict in plain words, the view refreshed after a change, the form kept on a refusal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from windtre_desktop.domain.products import Device, GssListing, GssPackage, GssSim
from windtre_desktop.flows.held_forms import take_dialog
from windtre_desktop.flows.section_runner import REFUSALS, SectionRunner
from windtre_desktop.i18n import formatting
from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from windtre_desktop.sync.qt_worker import SyncService
    from windtre_desktop.views.gss_action_dialog import GssActionDialog
    from windtre_desktop.views.products_section import ProductsSection

log = logging.getLogger(__name__)

Runner = Callable[..., int]


class ProductsFlows(QObject):
    listingShown = Signal(object)  # GssListing
    simsShown = Signal(str)  # package id
    devicesShown = Signal(int)  # how many
    codesShown = Signal(str)  # line id
    actionEnded = Signal(str, bool)  # action name, applied
    dialogShown = Signal(object)  # GssActionDialog

    def __init__(self, service: SyncService, server_url: str, parent_widget: Callable[[], QWidget],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the network thread, the session's generation (late answers of the last one are dropped) and one
        # Idempotency-Key per confirmed change: the same change confirmed again after a lost answer, even from
        # a new dialog, is the same request
        self.runner = SectionRunner(service, server_url, parent_widget, self)
        self._parent_widget = parent_widget
        self.section: ProductsSection | None = None
        self.dialog: GssActionDialog | None = None
        self._boxes: list[QWidget] = []  # open "Visualizza" boxes: account data, closed with the session
        self._codes: list[str] = []  # PIN and PUK registered as log secrets this session

    def run(self, action: str, payload: dict, on_done, on_failed) -> None:
        if self.section is not None:
            self.runner.run(action, payload, on_done, on_failed, view=self.section)

    def attach(self, section: ProductsSection) -> None:
        self.section = section
        section.mobile.simCodesRequested.connect(self.reveal_codes)
        section.gss.packageChosen.connect(self.load_sims)
        section.gss.actionRequested.connect(self.open_action)
        section.gss.simViewRequested.connect(self.view_sim)

    def forget(self) -> None:
        """The session ends: nothing of it stays on screen (codes, packages, SIMs, devices, open boxes and
        dialogs), answers on their way are ignored, its codes leave the log filter."""
        from windtre_desktop.logging_setup import unregister_secret

        self.runner.forget()
        if self.section is not None and shiboken6.isValid(self.section):
            self.section.mobile.forget_codes()
            self.section.gss.reset()
            self.section.devices.reset()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.abandon()
        self.dialog = None
        for box in self._boxes:
            if shiboken6.isValid(box):
                box.close()
        self._boxes.clear()
        for code in self._codes:
            unregister_secret(code)
        self._codes.clear()

    # --- listings ---

    def reload(self) -> None:
        if self.section is None or not self.section.company_tabs_shown():
            return
        self.run("gss_packages", {}, self._on_listing, lambda f: self._say_gss(self._failure_text(f)))
        self.run("devices", {}, self._on_devices, lambda f: self.section.devices.show_message(self._failure_text(f)))

    def _on_listing(self, result) -> None:
        if result is None:  # 304: what is shown is current
            return
        listing = GssListing(tuple(GssPackage.from_json(p) for p in result.packages), tuple(result.plan_steps),
                             tuple(result.extra_steps))
        self.section.gss.set_listing(listing)
        self._say_gss("")
        self.listingShown.emit(listing)

    def _on_devices(self, result) -> None:
        if result is None:
            return
        devices = [Device.from_json(d) for d in result.devices]
        self.section.devices.set_devices(devices)
        self.section.devices.show_message("")
        self.devicesShown.emit(len(devices))

    def load_sims(self, package: GssPackage) -> None:
        def shown(result) -> None:
            sims = [GssSim.from_json(s) for s in result or ()]
            self.section.gss.set_sims(package.id, sims)
            self.simsShown.emit(package.id)

        self.run("gss_sims", {"packageId": package.id}, shown, lambda f: self._say_gss(self._failure_text(f)))

    def _say_gss(self, text: str) -> None:
        if self.section is not None:
            self.section.gss.show_message(text)

    # --- PIN and PUK (R-22) ---

    def reveal_codes(self, line_id: str) -> None:
        def shown(result) -> None:
            pin, puk = result.pin, result.puk
            # the client registered them as log secrets on arrival; they leave that filter with the session
            self._codes.extend(code for code in (pin, puk) if code)
            self.section.mobile.show_codes(line_id, pin, puk)
            self.codesShown.emit(line_id)

        def failed(failure: Failure) -> None:
            self.section.mobile.show_codes_failed(line_id, self._failure_text(failure))

        self.run("sim_codes", {"lineId": line_id}, shown, failed)

    # --- Gestione GSS (R-60) ---

    def take_forms(self) -> list[QWidget]:
        """The package change being filled in, left out of forget (held across an expired session); not one
        whose request is on its way: its answer belongs to the session that ended."""
        forms = take_dialog(self.dialog)
        if forms:
            self.dialog = None
        return forms

    def restore_form(self, form: QWidget) -> None:
        if shiboken6.isValid(form):
            self.dialog = form
            form.show()

    def drop_form(self, form: QWidget) -> None:
        if shiboken6.isValid(form):
            form.abandon()

    def open_action(self, action: str, package: GssPackage) -> None:
        from windtre_desktop.views.gss_action_dialog import GssActionDialog

        if self.section is None:
            return
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        gss = self.section.gss
        sims = gss.current_sims() if gss.sims_of == package.id else []
        chosen = [sim.line_id for sim in gss.selected_sims()] if sims else []
        dialog = GssActionDialog(action, package, gss.listing, sims, chosen, self._parent_widget())
        dialog.submitted.connect(lambda name, payload: self._send(dialog, name, payload))
        self.dialog = dialog
        dialog.show()
        self.dialogShown.emit(dialog)

    def _send(self, dialog: GssActionDialog, name: str, payload: dict) -> None:
        def applied(result) -> None:
            if shiboken6.isValid(dialog):
                dialog.done_with(self._verdict(name, payload, result))
            self.actionEnded.emit(name, True)
            self.reload()  # every number shown after the change is the server's
            chosen = self.section.gss.current_package()
            if chosen is not None:
                self.load_sims(chosen)

        def refused(failure: Failure) -> None:
            if failure.kind not in REFUSALS:
                self.reload()  # no answer: it may have been applied; the lists say what the server holds now
            if shiboken6.isValid(dialog):
                dialog.refused(self._failure_text(failure))
            self.actionEnded.emit(name, False)

        if self.section is not None:
            self.runner.send_change(name, payload, applied, refused, view=self.section)

    def _verdict(self, name: str, payload: dict, result: Any) -> str:
        package = GssPackage.from_json(result) if isinstance(result, dict) and "id" in result else None
        if name == "gss_plan" and package is not None:
            return self.tr("Done: package %1 now has %2 Giga a month.").replace("%1", package.id).replace(
                "%2", formatting.count(package.giga_plan))
        if name == "gss_referent" and package is not None:
            return self.tr("Done: the referent of package %1 is now %2.").replace("%1", package.id).replace(
                "%2", package.referent_phone)
        if name == "gss_extra" and package is not None:
            return self.tr("Done: package %1 now has %2 extra Giga this month.").replace("%1", package.id).replace(
                "%2", formatting.count(package.extra_giga))
        moved = len(payload.get("lineIds") or ())
        return self.tr("Done: %1 SIM(s) moved from package %2 to package %3.").replace(
            "%1", formatting.count(moved)).replace("%2", str(payload.get("from"))).replace("%3", str(payload.get("to")))

    def view_sim(self, package: GssPackage, sim: GssSim) -> None:
        """"Visualizza": the SIM's consumed data and remaining credit."""
        credit = formatting.euro(sim.credit_cents) if sim.credit_cents is not None else self.tr(
            "none (a subscription line)")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("SIM %1").replace("%1", sim.msisdn),
                          self.tr("Package %1\nHolder: %2\nData used this month: %3\nRemaining credit: %4")
                          .replace("%1", package.id).replace("%2", sim.holder or "–")
                          .replace("%3", formatting.data_amount(sim.used_bytes)).replace("%4", credit),
                          QMessageBox.StandardButton.Close, self._parent_widget())
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._boxes = [b for b in self._boxes if shiboken6.isValid(b)] + [box]
        box.show()
        self.dialogShown.emit(box)

    def _failure_text(self, failure: Failure) -> str:
        return self.runner.failure_text(failure)
