"""The smoke tour's visit of Ricarica Online and Ricarica Automatica (R-64, R-67): the recharge form filled
(three numbers, an amount, "addebito in fattura", the summary), the result after the invoice-paid order with
each line's new credit, and the automatic recharge page with a monthly rule just saved; each waited for and
saved as a PNG."""

from __future__ import annotations

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import TourPart


class RechargesTour(TourPart):
    name = "Ricariche"

    def steps(self):
        return [self._form, self._result, self._automatic]

    def _form(self) -> None:
        self.window.show_section(Section.SELF_SERVICE)
        self.section = self.window.section_widget(Section.SELF_SERVICE)
        self.flows = self.controller.self_service_flows.recharges
        self.section.show_page("online_recharge")
        view = self.section.online_recharge

        def fill() -> None:
            view.add_lines([line.id for line in view.all_lines[:3]])
            view.amount.setCurrentIndex(max(view.amount.findData(1000), 0))
            view.invoice.setChecked(True)
            self.shoot(self.window, "fai_da_te_ricarica_online")
            self._next()

        self._wait_until(lambda: view.options is not None and view.found_model.rowCount() > 0, fill)

    def _result(self) -> None:
        view = self.section.online_recharge

        def settled(order) -> None:
            self.shoot(self.window, "fai_da_te_ricarica_esito")
            if not order.completed:
                self._end(f"Ricarica Online: the order failed: {view.error.text()}")
                return
            self._next()

        self._once(self.flows.orderSettled, settled)
        view.confirm.click()

    def _automatic(self) -> None:
        self.section.show_page("auto_recharge")
        auto = self.section.auto_recharge

        def changed(saved: bool) -> None:
            self.shoot(self.window, "fai_da_te_ricarica_automatica")
            if not saved:
                self._end(f"Ricarica Automatica: the rule was refused: {auto.error.text()}")
                return
            self._next()

        def fill() -> None:
            auto.choose_line(auto.all_lines[-1].id)
            auto.monthly_mode.setChecked(True)
            auto.amount.setCurrentIndex(max(auto.amount.findData(1500), 0))
            auto.invoice.setChecked(True)
            self._once(self.flows.ruleChanged, changed)
            auto.save.click()

        self._wait_until(lambda: auto.rules is not None and auto.lines_model.rowCount() > 0, fill)
