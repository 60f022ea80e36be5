"""The smoke tour's visit of Fai da te → Options and services (R-65, R-66): a compatibility check on a few
numbers (one of them a data-only SIM, so one verdict is a refusal), the request sent and running, a line's
mobile services, and a premium service at its confirmation (declined afterwards: the tour changes nothing
it need not). The request runs 5 minutes of sandbox clock: a second one in the same sandbox waits."""

from __future__ import annotations

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import TourPart


def _data_only(line) -> bool:  # noqa: ANN001 - a domain Line
    return line.kind == "mobile" and line.voice is None and line.sms is None


class OptionsTour(TourPart):
    name = "Opzioni e servizi"

    def steps(self):
        return [self._verdicts, self._running, self._mobile_services, self._premium_services, self._declined]

    def _verdicts(self) -> None:
        self.window.show_section(Section.SELF_SERVICE)
        self.section = self.window.section_widget(Section.SELF_SERVICE)
        self.flows = self.controller.self_service_flows.options
        self.section.show_page("options")
        view = self.section.options

        def check() -> None:
            lines = [line for line in self.controller.snapshot.lines if line.kind == "mobile"]
            voice = [line for line in lines if not _data_only(line) and line.offer_code != "BIZ-UNL-100"]
            chosen = [*[line for line in lines if _data_only(line)][:1], *voice[:3]]
            for line in chosen:
                view.add_number(line.id)
            view.option_box.setCurrentIndex(max(0, view.option_box.findData("OPT-SMS-500")))
            self._once(self.flows.verdictsShown, lambda _check: (
                self.shoot(self.window, "fai_da_te_opzioni_verifica"), self._next()))
            view.check_button.click()

        self._wait_until(lambda: view.option_box.count() > 0 and view.picker.model.rowCount() > 0, check)

    def _running(self) -> None:
        view = self.section.options
        if view.running() is not None:  # one already runs: it is what the page shows
            self.shoot(self.window, "fai_da_te_opzioni_in_corso")
            self._next()
            return
        view.drop_incompatible()
        if not view.send_button.isEnabled():
            self._end(f"{self.name}: the request cannot be sent: {view.send_note.text()}")
            return
        self._once(self.flows.requestShown, lambda _request: (
            self.shoot(self.window, "fai_da_te_opzioni_in_corso"), self._next()))
        view.send_button.click()

    def _mobile_services(self) -> None:
        self.section.show_page("mobile_services")
        view = self.section.mobile_services
        line = next(line for line in self.controller.snapshot.lines if line.kind == "mobile")

        def shown(_category: str, _line_id: str) -> None:
            view.select_service(view.services()[0].code)
            self.shoot(self.window, "fai_da_te_servizi_mobile")
            self._next()

        self._once(self.flows.servicesShown, shown)
        view.select_line(line.id)

    def _premium_services(self) -> None:
        self.section.show_page("premium_services")
        view = self.section.premium_services
        lines = [line for line in self.controller.snapshot.lines if line.kind == "mobile" and not _data_only(line)]
        tries = iter(lines[:10])  # the first line without the premium barring shows the confirmation

        def checked(_category: str, check) -> None:  # noqa: ANN001
            if check.compatible:
                view.change_button.click()  # a premium activation: the confirmation with its cost
            elif next_line():
                return
            self.shoot(self.window, "fai_da_te_servizi_sovrapprezzo")
            self._next()

        def shown(_category: str, _line_id: str) -> None:
            inactive = [s for s in view.services() if not s.active] or view.services()
            view.select_service(inactive[-1].code)
            self._once(self.flows.serviceChecked, checked)
            view.check_button.click()

        def next_line() -> bool:
            line = next(tries, None)
            if line is None:
                return False
            self._once(self.flows.servicesShown, shown)
            view.select_line(line.id)
            return True

        if not next_line():
            self._end(f"{self.name}: no voice line for the premium services")

    def _declined(self) -> None:
        view = self.section.premium_services
        if view.confirm_box.isVisible():
            view.decline()
        self._next()
