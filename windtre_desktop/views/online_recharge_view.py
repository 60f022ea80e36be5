"""Fai da te → Ricarica Online (R-64): search the company's prepaid mobile lines by number and/or tariff plan,
choose up to ten numbers, the amount from the cuts and the payment (credit card on the operator's secure page,
or "addebito in fattura"), read the summary and confirm. Then the order's progress (waiting for the payment,
with Stop waiting) and its result per line with the new credit, or why it failed with the form kept.

The view only says what the user asked (`rechargeRequested(payload)`, `stopWaitingRequested`,
`paymentPageRequested(url)`, `historyRequested(lineId)`); flows/recharge_orders.py talks to the server."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.recharge_orders import (
    RechargeOptions,
    RechargeOrder,
    check_recharge,
    rechargeable,
    search_rechargeable,
    too_many,
)
from windtre_desktop.i18n import formatting
from windtre_desktop.views.recharge_lines_model import RechargeLinesModel
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.tables import RowsModel, read_only_table, sorting_proxy

SEARCH_SETTLE_MS = 200


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ResultModel(RowsModel):
    """One row per line of a settled order: Number, Transaction, New credit."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        number, transaction, credit = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (number, transaction, credit)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OnlineRechargeView(QWidget):
    rechargeRequested = Signal(dict)  # {"lineIds", "amountCents", "method"}: checked, ready to send
    stopWaitingRequested = Signal()
    paymentPageRequested = Signal(str)  # the order's paymentUrl, to open again
    historyRequested = Signal(str)  # a line id: its "Storico Ricariche" (Conto › Ricariche, R-43)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: RechargeOptions | None = None
        self._wanted_amount: int | None = None  # a restored choice's amount, set when the options arrive
        self.all_lines: list[Line] = []
        self.by_id: dict[str, Line] = {}
        self.order: RechargeOrder | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SEARCH_SETTLE_MS)
        self._settle.timeout.connect(self.apply_search)

        intro = QLabel(self.tr("Top up the company's prepaid mobile lines: up to ten numbers at a time, the same "
                               "amount on each."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        # -- the search over the synced lines
        self.number_search = QLineEdit(self)
        self.number_search.setPlaceholderText(self.tr("Number"))
        self.number_search.setAccessibleName(self.tr("Search by number"))
        with_clear_button(self.number_search)
        self.plan_search = QLineEdit(self)
        self.plan_search.setPlaceholderText(self.tr("Tariff plan"))
        self.plan_search.setAccessibleName(self.tr("Search by tariff plan"))
        with_clear_button(self.plan_search)
        for edit in (self.number_search, self.plan_search):
            edit.textChanged.connect(lambda _text: self._settle.start())
        headers = (self.tr("Number"), self.tr("Tariff plan"), self.tr("Credit"), self.tr("Holder"))
        self.found_model = RechargeLinesModel(headers, self)
        self.found_proxy = sorting_proxy(self.found_model, self)
        self.found = read_only_table(self, self.tr("Prepaid lines found"))
        self.found.setModel(self.found_proxy)
        self.found.activated.connect(lambda _index: self.add_selected())  # Enter or double click
        self.found_count = QLabel(self)
        self.found_count.setObjectName("hint")
        self.add_button = QPushButton(self.tr("Add to the recharge"), self)
        self.add_button.clicked.connect(self.add_selected)

        # -- the chosen numbers
        self.chosen_model = RechargeLinesModel(headers, self)
        self.chosen = read_only_table(self, self.tr("Numbers to top up"))
        self.chosen.setSortingEnabled(False)
        self.chosen.setModel(self.chosen_model)
        self.chosen_title = QLabel(self)
        self.chosen_title.setObjectName("stepTitle")
        # the titles wrap rather than widen the chosen side: at 150 % the found lines' credit column would
        # otherwise go behind a horizontal scroll bar
        self.chosen_title.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)

        # -- amount, payment, summary
        self.amount = QComboBox(self)
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.currentIndexChanged.connect(lambda _i: self._update_summary())
        self.card = QRadioButton(self.tr("Credit card"), self)
        self.invoice = QRadioButton(self.tr("Charge to the invoice"), self)
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.card)
        self.methods.addButton(self.invoice)
        self.methods.buttonToggled.connect(lambda *_: self._update_summary())
        self.card_note = QLabel(self.tr("The card is typed on the operator's secure payment page, which opens in "
                                        "your browser: this app never sees or stores the card number."), self)
        self.card_note.setObjectName("hint")
        self.card_note.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("stepTitle")
        self.summary.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.confirm = QPushButton(self.tr("Confirm the recharge"), self)
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.submit)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.number_search, 1)
        search_row.addWidget(self.plan_search, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.found, 1)
        found_row = QHBoxLayout()
        found_row.addWidget(self.found_count, 1)
        found_row.addWidget(self.add_button)
        left_layout.addLayout(found_row)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chosen_title)
        right_layout.addWidget(self.chosen, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        right_layout.addLayout(remove_row)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Amount"), self), 0, 0)
        grid.addWidget(self.amount, 0, 1)
        grid.addWidget(QLabel(self.tr("Payment"), self), 1, 0, Qt.AlignmentFlag.AlignTop)
        methods = QVBoxLayout()
        methods.addWidget(self.card)
        methods.addWidget(self.card_note)
        methods.addWidget(self.invoice)
        grid.addLayout(methods, 1, 1)
        grid.setColumnStretch(1, 1)
        right_layout.addLayout(grid)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.error)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.confirm)
        right_layout.addLayout(confirm_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.form = QWidget(self)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(intro)
        form_layout.addWidget(splitter, 1)

        # -- waiting for the hosted payment page
        self.waiting = QWidget(self)
        self.waiting_text = QLabel(self.waiting)
        self.waiting_text.setObjectName("stepTitle")
        self.waiting_text.setWordWrap(True)
        waiting_hint = QLabel(self.tr("Complete the payment on the operator's secure page in your browser. This "
                                      "page follows the order and shows the result as soon as the payment "
                                      "ends."), self.waiting)
        waiting_hint.setObjectName("hint")
        waiting_hint.setWordWrap(True)
        self.reopen = QPushButton(self.tr("Open the payment page again"), self.waiting)
        self.reopen.clicked.connect(lambda: self.order and self.order.payment_url
                                    and self.paymentPageRequested.emit(self.order.payment_url))
        self.stop_waiting = QPushButton(self.tr("Stop waiting"), self.waiting)
        self.stop_waiting.clicked.connect(self.stopWaitingRequested)
        waiting_layout = QVBoxLayout(self.waiting)
        waiting_layout.addWidget(self.waiting_text)
        waiting_layout.addWidget(waiting_hint)
        waiting_buttons = QHBoxLayout()
        waiting_buttons.addWidget(self.reopen)
        waiting_buttons.addWidget(self.stop_waiting)
        waiting_buttons.addStretch(1)
        waiting_layout.addLayout(waiting_buttons)
        waiting_layout.addStretch(1)

        # -- the result of a settled order
        self.result = QWidget(self)
        self.verdict = QLabel(self.result)
        self.verdict.setObjectName("stepTitle")
        self.verdict.setWordWrap(True)
        self.result_model = ResultModel((self.tr("Number"), self.tr("Transaction"), self.tr("New credit")), self)
        self.result_table = read_only_table(self.result, self.tr("Recharge result"))
        self.result_table.setSortingEnabled(False)
        self.result_table.setModel(self.result_model)
        self.history_button = QPushButton(self.tr("Recharge history (Account › Recharges)"), self.result)
        self.history_button.setObjectName("linkButton")
        self.history_button.setFlat(True)
        self.history_button.clicked.connect(self._history_clicked)
        self.new_button = QPushButton(self.tr("New recharge"), self.result)
        self.new_button.clicked.connect(self.start_again)
        result_layout = QVBoxLayout(self.result)
        result_layout.addWidget(self.verdict)
        result_layout.addWidget(self.result_table, 1)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.history_button)
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.new_button)
        result_layout.addLayout(result_buttons)

        self.stack = QStackedWidget(self)
        for page in (self.form, self.waiting, self.result):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._update_summary()

    # --- data in ---

    def set_lines(self, lines: Sequence[Line], search_keys: Mapping | None = None) -> None:
        """The synced lines: the search runs over their prepaid mobile ones; chosen numbers stay chosen."""
        self.all_lines = [line for line in lines if rechargeable(line)]
        self.by_id = {line.id: line for line in lines}
        chosen = [self.by_id[line.id] for line in self.chosen_model.lines if line.id in self.by_id]
        self.chosen_model.set_rows(chosen)
        self.apply_search()
        self._update_summary()

    def choice(self) -> dict | None:
        """What the user chose so far (None when no number is chosen): kept across an expired session."""
        if not self.chosen_model.lines:
            return None
        amount = self.amount_cents() if self.amount_cents() is not None else self._wanted_amount  # still waiting
        return {"lines": list(self.chosen_model.lines), "amountCents": amount, "method": self.method()}

    def restore_choice(self, choice: dict) -> None:
        """The choice again, after the same user signed in anew; the amount once the options are back."""
        self.chosen_model.set_rows(list(choice["lines"]))
        self._wanted_amount = choice.get("amountCents")
        button = {"card": self.card, "invoice": self.invoice}.get(choice.get("method") or "")
        if button is not None:
            button.setChecked(True)
        self._update_summary()

    def set_options(self, options: RechargeOptions) -> None:
        chosen = self.amount_cents() if self.amount_cents() is not None else self._wanted_amount
        self._wanted_amount = None
        self.options = options
        self.amount.blockSignals(True)
        self.amount.clear()
        for cents in options.amounts_cents:
            self.amount.addItem(formatting.euro(cents), cents)
        index = self.amount.findData(chosen) if chosen is not None else -1
        self.amount.setCurrentIndex(index if index >= 0 else 0)
        self.amount.blockSignals(False)
        self.card.setEnabled("card" in options.methods)
        self.invoice.setEnabled("invoice" in options.methods)
        self._update_summary()

    def apply_search(self) -> None:
        found = search_rechargeable(self.all_lines, self.number_search.text(), self.plan_search.text())
        self.found_model.set_rows([self.all_lines[i] for i in found])
        text = self.tr("1 prepaid line") if len(found) == 1 else self.tr("%1 prepaid lines")
        self.found_count.setText(text.replace("%1", formatting.count(len(found))))

    # --- the choice ---

    def chosen_ids(self) -> list[str]:
        return [line.id for line in self.chosen_model.lines]

    def amount_cents(self) -> int | None:
        data = self.amount.currentData()
        return int(data) if data is not None else None

    def method(self) -> str | None:
        if self.card.isChecked():
            return "card"
        if self.invoice.isChecked():
            return "invoice"
        return None

    def add_lines(self, line_ids: Sequence[str]) -> bool:
        """Add numbers to the recharge up to the limit; those past it are refused with the rule named (R-64).
        True when every number was added."""
        current = self.chosen_ids()
        fresh = list(dict.fromkeys(i for i in line_ids if i not in current and i in self.by_id))
        limit = self.options.max_lines if self.options else 10
        fits = fresh[:max(0, limit - len(current))]
        self.chosen_model.set_rows(self.chosen_model.lines + [self.by_id[i] for i in fits])
        self._update_summary()
        problem = too_many(len(current) + len(fresh), limit)
        if problem is not None:
            self.error.setText(problem.message.render(_translate))
            return False
        self.error.clear()
        return True

    def add_selected(self) -> None:
        rows = sorted({self.found_proxy.mapToSource(i).row() for i in self.found.selectionModel().selectedRows()})
        self.add_lines([self.found_model.lines[r].id for r in rows])

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.chosen.selectionModel().selectedRows()}
        self.chosen_model.set_rows([line for r, line in enumerate(self.chosen_model.lines) if r not in rows])
        self.error.clear()
        self._update_summary()

    def _update_summary(self) -> None:
        count = len(self.chosen_model.lines)
        limit = self.options.max_lines if self.options else 10
        self.chosen_title.setText(self.tr("Numbers to top up: %1 of at most %2").replace(
            "%1", formatting.count(count)).replace("%2", formatting.count(limit)))
        amount = self.amount_cents()
        self.card_note.setVisible(self.method() == "card")
        if not count or amount is None:
            self.summary.setText(self.tr("Choose the numbers and the amount."))
        else:
            text = self.tr("1 line × %2 = %3") if count == 1 else self.tr("%1 lines × %2 = %3")
            self.summary.setText(text.replace("%1", formatting.count(count)).replace(
                "%2", formatting.euro(amount)).replace("%3", formatting.euro(count * amount)))
        self.confirm.setEnabled(self.options is not None)

    def submit(self) -> None:
        """Check the form (the rules named, before anything is sent), then ask for the recharge."""
        if self.options is None:
            return
        problems = check_recharge(self.chosen_ids(), self.by_id, self.amount_cents(), self.method(), self.options)
        if problems:
            self.error.setText("\n".join(p.message.render(_translate) for p in problems))
            return
        self.error.clear()
        self.confirm.setEnabled(False)
        self.rechargeRequested.emit({"lineIds": self.chosen_ids(), "amountCents": self.amount_cents(),
                                     "method": self.method()})

    # --- the order ---

    def show_refusal(self, text: str) -> None:
        """The server said no, or could not be reached: the form stays as typed."""
        self.stack.setCurrentWidget(self.form)
        self.error.setText(text)
        self.confirm.setEnabled(True)

    def show_waiting(self, order: RechargeOrder) -> None:
        self.order = order
        self.waiting_text.setText(self.tr("Waiting for the payment of order %1 (%2)…").replace(
            "%1", order.id).replace("%2", formatting.euro(order.total_cents)))
        self.stack.setCurrentWidget(self.waiting)

    def show_stopped(self, order: RechargeOrder) -> None:
        """The user stopped waiting: the form again, saying where the outcome will be found."""
        self.stack.setCurrentWidget(self.form)
        self.confirm.setEnabled(True)
        self.error.setText(self.tr("You stopped waiting for order %1. If you complete the payment, the recharge "
                                   "appears in the line's recharge history (Account › Recharges).").replace(
            "%1", order.id))

    def show_order(self, order: RechargeOrder) -> None:
        """A settled order: completed → the result per line with the new credit; failed → why, form kept."""
        self.order = order
        self.confirm.setEnabled(True)
        outcome = server_labels.shown(server_labels.ORDER_OUTCOMES, order.outcome_code or "", "", _translate)
        if not order.completed:
            if order.outcome_code == "PAYMENT_TIMEOUT":
                text = self.tr("The payment was not completed in time (10 minutes): nothing was charged and no "
                               "line was topped up. You can try again.")
            elif order.outcome_code == "PAYMENT_REFUSED":
                text = self.tr("The payment was refused: nothing was charged and no line was topped up. Try "
                               "another card or charge the recharge to the invoice.")
            else:
                text = self.tr("The recharge failed (%1): no line was topped up.").replace("%1", outcome)
            self.show_refusal(text)
            return
        method = server_labels.shown(server_labels.RECHARGE_METHODS, order.method, order.method, _translate)
        done = (self.tr("Done: %1 on the line, %3 in all (%4).") if len(order.recharges) == 1
                else self.tr("Done: %1 on each of %2 lines, %3 in all (%4)."))
        self.verdict.setText(done.replace(
            "%1", formatting.euro(order.amount_cents)).replace("%2", formatting.count(len(order.recharges)))
            .replace("%3", formatting.euro(order.total_cents)).replace("%4", method))
        self.result_model.set_rows([
            (entry.msisdn, entry.transaction_id,
             "–" if entry.credit_cents is None else formatting.euro(entry.credit_cents))
            for entry in order.recharges
        ])
        self.stack.setCurrentWidget(self.result)

    def _history_clicked(self) -> None:
        if self.order is not None and self.order.recharges:
            index = self.result_table.currentIndex()
            row = index.row() if index.isValid() else 0
            self.historyRequested.emit(self.order.recharges[row].line_id)

    def start_again(self) -> None:
        """After a result: an empty form for the next recharge."""
        self.chosen_model.set_rows([])
        self.order = None
        self.error.clear()
        self._update_summary()
        self.stack.setCurrentWidget(self.form)

    def showing(self) -> str:
        return {self.form: "form", self.waiting: "waiting", self.result: "result"}[self.stack.currentWidget()]

    def reset(self) -> None:
        """The session ended: nothing of it stays."""
        self.all_lines, self.by_id, self.options, self.order = [], {}, None, None
        self._wanted_amount = None  # an amount given back to the user who left is never the next one's choice
        self.found_model.set_rows([])
        self.chosen_model.set_rows([])
        self.result_model.set_rows([])
        self.number_search.clear()
        self.plan_search.clear()
        self.amount.clear()
        self.methods.setExclusive(False)
        self.card.setChecked(False)
        self.invoice.setChecked(False)
        self.methods.setExclusive(True)
        self.error.clear()
        self.stack.setCurrentWidget(self.form)
        self._update_summary()

