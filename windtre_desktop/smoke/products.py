"""The smoke tour's visit of Prodotti (issue 12): a line's details with PIN and PUK masked (never revealed in a
screenshot), the Giga Smart Share packages with one package's SIMs, a Gestione GSS action (extra Giga) at
its confirmation and after the server's verdict, and the devices; each waited for and saved as a PNG."""

from __future__ import annotations

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import TourPart


class ProductsTour(TourPart):
    name = "Prodotti"

    def steps(self):
        return [self._mobile, self._packages, self._confirm, self._applied, self._devices]

    def _mobile(self) -> None:
        self.window.show_section(Section.PRODUCTS)
        self.section = self.window.section_widget(Section.PRODUCTS)
        self.flows = self.controller.products_flows
        self.section.tabs.setCurrentWidget(self.section.mobile)
        self._wait_until(lambda: bool(self.section.mobile.line_id()),
                         lambda: (self.shoot(self.window, "prodotti_mobile"), self._next()))

    def _packages(self) -> None:
        gss = self.section.gss
        self.section.tabs.setCurrentWidget(gss)
        self._wait_until(lambda: gss.model.rowCount() > 0 and gss.sims_model.rowCount() > 0,
                         lambda: (self.shoot(self.window, "prodotti_gss"), self._next()))

    def _confirm(self) -> None:
        gss = self.section.gss
        package = min(gss.listing.packages, key=lambda p: p.extra_giga)  # room for 5 more extra Giga

        def shown(dialog) -> None:
            self.dialog = dialog
            dialog.extra.setCurrentIndex(0)
            dialog.next()
            self.shoot(dialog, "prodotti_gss_confirm")
            self._next()

        self._once(self.flows.dialogShown, shown)
        gss.select_package(package.id)
        gss.action_buttons["extra"].click()

    def _applied(self) -> None:
        def ended(_name: str, applied: bool) -> None:
            self.shoot(self.dialog, "prodotti_gss_done")
            text = self.dialog.verdict.text() or self.dialog.error.text()
            self.dialog.close()
            if not applied:
                self._end(f"Prodotti: the extra Giga were refused: {text}")
                return
            self._next()

        self._once(self.flows.actionEnded, ended)
        self.dialog.next()  # Conferma

    def _devices(self) -> None:
        devices = self.section.devices
        self.section.tabs.setCurrentWidget(devices)
        self._wait_until(lambda: devices.model.rowCount() > 0,
                         lambda: (self.shoot(self.window, "prodotti_devices"), self._next()))
