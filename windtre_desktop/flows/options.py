"""Fai da te, Options on up to ten numbers and the mobile and premium services (R-65, R-66), driven from the GUI
thread: the catalogue and the company's requests asked of the server, a compatibility check per choice, the
request sent once per confirmed change (runner.send_change), the running request followed with a QTimer while
the Options page is visible (stopping when it completes); a 409 ERR-OPT-01 shows the running one. The services
of the chosen line, their check and their change (a premium one only with the confirmation the view asked)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from windtre_desktop.domain.options import (
    CatalogueOption,
    Check,
    OptionRequest,
    Service,
    ServiceCheck,
    Verdict,
)
from windtre_desktop.flows.section_runner import SectionRunner
from windtre_desktop.sync.outcomes import MAYBE_APPLIED, Failure

if TYPE_CHECKING:
    from windtre_desktop.views.options_view import OptionsView
    from windtre_desktop.views.self_service_section import SelfServiceSection
    from windtre_desktop.views.services_view import ServicesView

POLL_MS = 3000  # how often a running request's progress is asked while the page is visible


class OptionsFlows(QObject):
    catalogueShown = Signal(int)  # how many options
    verdictsShown = Signal(object)  # Check, after the view shows it
    requestShown = Signal(object)  # OptionRequest | None, after the view shows it
    requestRefused = Signal(str)  # the words shown (a 409 with the running one, or a refusal)
    servicesShown = Signal(str, str)  # category, line id
    serviceChecked = Signal(str, object)  # category, ServiceCheck
    serviceChanged = Signal(str, bool)  # service code, applied

    def __init__(self, runner: SectionRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.section: SelfServiceSection | None = None
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self._polling = False  # an answer to a poll is on its way

    def attach(self, section: SelfServiceSection) -> None:
        """Connect to the pages this object drives (called once per section)."""
        self.section = section
        section.options.checkRequested.connect(self.check)
        section.options.sendRequested.connect(self.send_request)
        for view in (section.mobile_services, section.premium_services):
            view.lineChosen.connect(lambda line_id, v=view: self.load_services(v, line_id))
            view.checkRequested.connect(lambda line_id, code, op, v=view: self.check_service(v, line_id, code, op))
            view.changeRequested.connect(
                lambda line_id, code, op, confirmed, v=view: self.change_service(v, line_id, code, op, confirmed))
        section.pageShown.connect(self._page_shown)

    def reload(self) -> None:
        """Ask the server again for what the pages show (first visit in a session, F5)."""
        if self.section is None:
            return
        self.runner.run("option_catalogue", {}, self._on_catalogue, self._options_failed, self.section.options)
        self.load_requests()
        for view in (self.section.mobile_services, self.section.premium_services):
            if view.line_id():
                self.load_services(view, view.line_id())

    def forget(self) -> None:
        """The session ends: drop what is on its way (the runner already moved its generation on)."""
        self.poll.stop()
        self._polling = False

    # -- a choice held across an expired session (flows/held_forms.py) --------------------------------------------
    def take_forms(self) -> list[tuple[str, dict]]:
        """The options page's choice and each services page's line and service, by page."""
        if self.section is None:
            return []
        pages = {"options": self.view, "mobile_services": self.section.mobile_services,
                 "premium_services": self.section.premium_services}
        return [(page, choice) for page, view in pages.items() if (choice := view.choice())]

    def restore_form(self, form: tuple[str, dict]) -> None:
        if self.section is not None:
            page, choice = form
            getattr(self.section, page).restore_choice(choice)

    def drop_form(self, form: dict) -> None:
        pass  # only values: the page was reset with the session

    # -- options (R-65) ------------------------------------------------------------------------------------------
    @property
    def view(self) -> OptionsView:
        assert self.section is not None
        return self.section.options

    def _on_catalogue(self, data: Any) -> None:
        options = [CatalogueOption.from_json(o) for o in data.get("options") or ()]
        self.view.set_catalogue(options)
        self.catalogueShown.emit(len(options))

    def _options_failed(self, failure: Failure) -> None:
        self.view.show_message(self.runner.failure_text(failure))

    def load_requests(self) -> None:
        def shown(data: Any) -> None:
            self._polling = False
            running = data.get("running")
            requests = data.get("requests") or []
            latest = running or (requests[0] if requests else None)
            self._show_request(OptionRequest.from_json(latest) if latest else None)

        def failed(failure: Failure) -> None:
            self._polling = False
            self._options_failed(failure)

        self._polling = True
        self.runner.run("option_requests", {}, shown, failed, self.view)

    def _show_request(self, request: OptionRequest | None) -> None:
        self.view.set_running(request)
        if request is not None and request.running:
            if not self.poll.isActive():
                self.poll.start()
        else:
            self.poll.stop()
        self.requestShown.emit(request)

    def _poll(self) -> None:
        if self.section is None or not self.view.isVisible():
            return  # not on screen: asked again when the page is shown
        if not self._polling:
            self.load_requests()

    def _page_shown(self, key: str) -> None:
        if key == "options" and self.view.running() is not None:
            self.load_requests()

    def check(self, option_code: str, operation: str, line_ids: list[str]) -> None:
        def shown(verdicts: Any) -> None:
            check = Check(option_code, operation, tuple(line_ids), tuple(Verdict.from_json(v) for v in verdicts))
            self.view.show_verdicts(check)
            self.verdictsShown.emit(check)

        payload = {"optionCode": option_code, "operation": operation, "lineIds": list(line_ids)}
        self.runner.run("option_compatibility", payload, shown, self._options_failed, self.view)

    def send_request(self, option_code: str, operation: str, line_ids: list[str]) -> None:
        """Send the request (one Idempotency-Key per confirmed change). The server refuses it with the running
        one (409 ERR-OPT-01) while another runs; the view then shows that one."""

        def sent(request: Any) -> None:
            self.view.show_message("")
            self._show_request(OptionRequest.from_json(request))
            self.view.sending_ended()

        def refused(failure: Failure) -> None:
            text = self.runner.failure_text(failure)
            running = failure.data if isinstance(failure.data, dict) and "progress" in failure.data else None
            if running is not None:
                self._show_request(OptionRequest.from_json(running))
            self.view.show_message(text)
            self.view.sending_ended()
            self.requestRefused.emit(text)

        payload = {"optionCode": option_code, "operation": operation, "lineIds": list(line_ids)}
        self.runner.send_change("option_request", payload, sent, refused, self.view)

    # -- services (R-66) -----------------------------------------------------------------------------------------
    def load_services(self, view: ServicesView, line_id: str) -> None:
        def shown(services: Any) -> None:
            view.set_services(line_id, [Service.from_json(s) for s in services])
            self.servicesShown.emit(view.category, line_id)

        self.runner.run("line_services", {"lineId": line_id}, shown,
                        lambda f: view.show_message(self.runner.failure_text(f)), view)

    def check_service(self, view: ServicesView, line_id: str, code: str, operation: str) -> None:
        def shown(data: Any) -> None:
            check = ServiceCheck.from_json(data)
            view.show_check(line_id, check)
            self.serviceChecked.emit(view.category, check)

        self.runner.run("check_service", {"lineId": line_id, "code": code, "operation": operation}, shown,
                        lambda f: view.show_message(self.runner.failure_text(f)), view)

    def change_service(self, view: ServicesView, line_id: str, code: str, operation: str, confirmed: bool) -> None:
        def done(data: Any) -> None:
            service = Service.from_json(data)
            words = (self.tr("Done: “%1” is now active.") if service.active
                     else self.tr("Done: “%1” is now off."))
            view.show_message(words.replace("%1", service.name), error=False)
            view.change_ended()
            self.load_services(view, line_id)
            self.serviceChanged.emit(code, True)

        def failed(failure: Failure) -> None:
            view.show_message(self.runner.failure_text(failure))
            view.change_ended()
            if failure.kind in MAYBE_APPLIED:  # it may have been applied: the list shows what it is now
                self.load_services(view, line_id)
            self.serviceChanged.emit(code, False)

        payload = {"lineId": line_id, "code": code, "operation": operation, "confirmPremium": bool(confirmed)}
        self.runner.send_change("change_service", payload, done, failed, view)
