"""Fai da te → Ricarica Online and Ricarica Automatica (R-64, R-67), driven from the GUI thread: the options and
the rules asked of the server; a confirmed recharge sent once (runner.send_change: a retry after a lost answer
reuses its Idempotency-Key, so the server tops up once); a card order's hosted payment page opened in the
browser and the order followed every 1.5 s until it settles (or the user stops waiting); the result per line,
and a sync asked for so the dashboard's credit moves; rules saved and cancelled the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from windtre_desktop.domain.recharge_orders import AutoRecharges, AutoRule, RechargeOptions, RechargeOrder
from windtre_desktop.flows.section_runner import SectionRunner
from windtre_desktop.i18n import formatting
from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from windtre_desktop.views.self_service_section import SelfServiceSection

POLL_MS = 1500  # how often a card order awaiting its payment is asked again


# failures worth asking the order again for: the server may answer later
RETRY_POLL = ("unavailable", "rate_limited")


class RechargeFlows(QObject):
    optionsShown = Signal(object)  # RechargeOptions
    rulesShown = Signal(object)  # AutoRecharges, after the page shows them
    orderSent = Signal(object)  # RechargeOrder, as first answered (awaiting payment for a card)
    orderSettled = Signal(object)  # RechargeOrder completed or failed, after the page shows it
    orderFailed = Signal(str)  # the words shown when the server refused or could not be reached
    ruleChanged = Signal(bool)  # a rule saved or cancelled (True), or refused (False), after the page shows it
    syncWanted = Signal()  # a recharge moved a line's credit: the hub has the controller sync now
    historyRequested = Signal(str)  # a line id whose "Storico Ricariche" (Conto › Ricariche) the user wants

    def __init__(self, runner: SectionRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.section: SelfServiceSection | None = None
        self.options: RechargeOptions | None = None
        self.rules: AutoRecharges | None = None
        self.order: RechargeOrder | None = None  # the card order being followed
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl  # a test replaces the browser
        self.poll = QTimer(self)
        self.poll.setSingleShot(True)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._ask_order)

    def attach(self, section: SelfServiceSection) -> None:
        """Connect to the pages this object drives (called once per section)."""
        self.section = section
        online = section.online_recharge
        online.rechargeRequested.connect(self.recharge)
        online.stopWaitingRequested.connect(self.stop_waiting)
        online.paymentPageRequested.connect(lambda url: self.open_url(QUrl(url)))
        online.historyRequested.connect(self.historyRequested)
        auto = section.auto_recharge
        auto.saveRequested.connect(self.save_rule)
        auto.cancelRequested.connect(self.cancel_rule)

    def reload(self) -> None:
        """Ask the server again for the options and the rules (first visit in a session, F5)."""
        if self.section is None:
            return
        self.runner.run("recharge_options", {}, self._on_options,
                        lambda f: self.section.online_recharge.show_refusal(self.runner.failure_text(f)),
                        self.section.online_recharge)
        self._load_rules()

    def forget(self) -> None:
        """The session ends: drop what is on its way (the runner already moved its generation on)."""
        self.poll.stop()
        self.order = None
        self.options = None
        self.rules = None

    # --- a form held across an expired session (flows/held_forms.py) ---

    def take_forms(self) -> list[tuple[str, dict]]:
        """What is being typed in either page: the recharge (numbers, amount, method) unless one is on its way,
        and the automatic recharge's rule."""
        if self.section is None:
            return []
        forms = []
        online = self.section.online_recharge.choice() if self.order is None else None
        if online:
            forms.append(("online", online))
        auto = self.section.auto_recharge.choice()
        if auto:
            forms.append(("auto", auto))
        return forms

    def restore_form(self, form: tuple[str, dict]) -> None:
        if self.section is not None:
            page, choice = form
            view = self.section.online_recharge if page == "online" else self.section.auto_recharge
            view.restore_choice(choice)

    def drop_form(self, form: tuple[str, dict]) -> None:
        pass  # only values: the pages were reset with the session

    # --- Ricarica Online (R-64) ---

    def _on_options(self, options: RechargeOptions) -> None:
        self.options = options
        self.section.online_recharge.set_options(options)
        self.optionsShown.emit(options)

    def recharge(self, payload: dict) -> None:
        view = self.section.online_recharge

        def sent(order: RechargeOrder) -> None:
            self.orderSent.emit(order)
            if order.settled:
                self._settled(order)
                return
            self.order = order
            view.show_waiting(order)
            if order.payment_url:
                self.open_url(QUrl(order.payment_url))
            self.poll.start()

        def failed(failure: Failure) -> None:
            text = self.runner.failure_text(failure)
            view.show_refusal(text)
            self.orderFailed.emit(text)

        self.runner.send_change("create_recharge", payload, sent, failed, view)

    def _ask_order(self) -> None:
        order = self.order
        if order is None or self.section is None:
            return
        view = self.section.online_recharge

        def answered(current: RechargeOrder) -> None:
            if self.order is None or self.order.id != current.id:
                return  # the user stopped waiting meanwhile
            if current.settled:
                self._settled(current)
            else:
                self.poll.start()

        def failed(failure: Failure) -> None:
            if self.order is None or self.order.id != order.id:
                return
            if failure.kind in RETRY_POLL:
                self.poll.start()  # not reachable now: ask again, the order is on the server
                return
            # an answer that will not change by asking again (the order unknown, the session over…): stop,
            # say why, and where the outcome will be found
            self.poll.stop()
            self.order = None
            view.show_stopped(order)
            view.error.setText(f"{self.runner.failure_text(failure)}\n{view.error.text()}")
            self.orderFailed.emit(self.runner.failure_text(failure))

        self.runner.run("recharge_order", {"orderId": order.id}, answered, failed, view)

    def _settled(self, order: RechargeOrder) -> None:
        self.poll.stop()
        self.order = None
        self.section.online_recharge.show_order(order)
        if order.completed:
            self.syncWanted.emit()
            self._load_rules()  # a top-up may re-arm a threshold rule
        self.orderSettled.emit(order)

    def stop_waiting(self) -> None:
        order = self.order
        self.poll.stop()
        self.order = None
        if order is not None and self.section is not None:
            self.section.online_recharge.show_stopped(order)

    # --- Ricarica Automatica (R-67) ---

    def _load_rules(self) -> None:
        view = self.section.auto_recharge

        def shown(rules: AutoRecharges) -> None:
            self.rules = rules
            view.set_rules(rules)
            self.rulesShown.emit(rules)

        self.runner.run("auto_recharges", {}, shown, lambda f: view.show_refusal(self.runner.failure_text(f)), view)

    def save_rule(self, line_id: str, body: dict) -> None:
        view = self.section.auto_recharge

        def saved(rule: AutoRule) -> None:
            view.show_saved(self.tr("Saved: the automatic recharge of %1 is active.").replace("%1", rule.msisdn)
                            + (" " + self.tr("Next top-up: %1.").replace("%1", formatting.timestamp(rule.next_at))
                               if rule.next_at else ""))
            self._after_rule_change(rule.applied_count > 0)

        self.runner.send_change("set_auto_recharge", {"lineId": line_id, **body}, saved,
                                lambda f: self._rule_refused(f), view)

    def cancel_rule(self, line_id: str) -> None:
        view = self.section.auto_recharge

        def cancelled(_result: object) -> None:
            view.show_saved(self.tr("The automatic recharge was cancelled."))
            self._after_rule_change(False)

        self.runner.send_change("delete_auto_recharge", {"lineId": line_id}, cancelled,
                                lambda f: self._rule_refused(f), view)

    def _after_rule_change(self, credit_moved: bool) -> None:
        if credit_moved:
            self.syncWanted.emit()  # a rule made under its threshold topped up at once
        view = self.section.auto_recharge

        def shown(rules: AutoRecharges) -> None:
            self.rules = rules
            view.set_rules(rules)
            self.rulesShown.emit(rules)
            self.ruleChanged.emit(True)

        self.runner.run("auto_recharges", {}, shown, lambda f: self._rule_refused(f), view)

    def _rule_refused(self, failure: Failure) -> None:
        self.section.auto_recharge.show_refusal(self.runner.failure_text(failure))
        self.ruleChanged.emit(False)
