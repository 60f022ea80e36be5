"""Fai da te → Ricarica Automatica (R-67): the company's rules (table), a prepaid line picked from a search over
the synced lines (or from the table), the form (under a threshold from the offered steps, or every month from
the activation day; the amount; the payment), save or change, and cancel after a confirmation. The chosen
line's rule shows its next top-up and the last one applied.

The view says what the user asked (`saveRequested(lineId, payload)`, `cancelRequested(lineId)`);
flows/recharge_orders.py talks to the server."""

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
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.recharge_orders import AutoRecharges, AutoRule, check_auto_rule, rechargeable
from windtre_desktop.domain.recharge_orders import search_rechargeable as search
from windtre_desktop.i18n import formatting
from windtre_desktop.views.recharge_lines_model import RechargeLinesModel
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy

SEARCH_SETTLE_MS = 200


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RulesModel(RowsModel):
    """Rows are AutoRules: Number, Kind, Threshold, Amount, Payment, Next top-up, Last applied, Times."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        rule: AutoRule = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                rule.msisdn,
                server_labels.shown(server_labels.AUTO_RECHARGE_MODES, rule.mode, rule.mode, _translate),
                "–" if rule.threshold_cents is None else formatting.euro(rule.threshold_cents),
                formatting.euro(rule.amount_cents),
                server_labels.shown(server_labels.RECHARGE_METHODS, rule.method, rule.method, _translate),
                formatting.timestamp(rule.next_at) if rule.next_at else "–",
                formatting.timestamp(rule.last_applied_at) if rule.last_applied_at else "–",
                formatting.count(rule.applied_count),
            )[column]
        if role == SORT_ROLE:
            return (rule.msisdn, rule.mode, rule.threshold_cents or 0, rule.amount_cents, rule.method,
                    rule.next_at or "", rule.last_applied_at or "", rule.applied_count)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AutoRechargeView(QWidget):
    saveRequested = Signal(str, dict)  # line id, {"mode", "thresholdCents", "amountCents", "method"}
    cancelRequested = Signal(str)  # line id, after the user confirmed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules: AutoRecharges | None = None
        self.all_lines: list[Line] = []
        self.by_id: dict[str, Line] = {}
        self.line_id = ""
        self._wanted: dict | None = None  # a rule typed before a session expired, set once the rules are back
        self.confirm_box: QMessageBox | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SEARCH_SETTLE_MS)
        self._settle.timeout.connect(self.apply_search)

        intro = QLabel(self.tr("An automatic recharge tops up a prepaid line when its credit drops under a "
                               "threshold, or with the same amount every month from the day it is activated."),
                       self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.rules_title = QLabel(self.tr("The company's automatic recharges"), self)
        self.rules_title.setObjectName("stepTitle")
        self.rules_model = RulesModel((self.tr("Number"), self.tr("Kind"), self.tr("Threshold"), self.tr("Amount"),
                                       self.tr("Payment"), self.tr("Next top-up"), self.tr("Last applied"),
                                       self.tr("Times")), self)
        self.rules_proxy = sorting_proxy(self.rules_model, self)
        self.rules_table = read_only_table(self, self.tr("Automatic recharges"))
        self.rules_table.setModel(self.rules_proxy)
        self.rules_table.selectionModel().currentRowChanged.connect(self._rule_row_changed)
        self.empty = QLabel(self.tr("No automatic recharge yet: choose a prepaid line below to set one."), self)
        self.empty.setObjectName("emptyState")

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Number"))
        self.search.setAccessibleName(self.tr("Search a prepaid line by number"))
        with_clear_button(self.search)
        self.search.textChanged.connect(lambda _t: self._settle.start())
        self.plan = QLineEdit(self)
        self.plan.setPlaceholderText(self.tr("Tariff plan"))
        self.plan.setAccessibleName(self.tr("Search by tariff plan"))
        with_clear_button(self.plan)
        self.plan.textChanged.connect(lambda _t: self._settle.start())
        self.lines_model = RechargeLinesModel((self.tr("Number"), self.tr("Tariff plan"), self.tr("Credit"),
                                               self.tr("Holder")), self)
        self.lines_proxy = sorting_proxy(self.lines_model, self)
        self.lines_table = read_only_table(self, self.tr("Prepaid lines"))
        self.lines_table.setModel(self.lines_proxy)
        self.lines_table.selectionModel().currentRowChanged.connect(self._line_row_changed)

        self.line_label = QLabel(self.tr("No line chosen"), self)
        self.line_label.setObjectName("stepTitle")
        self.threshold_mode = QRadioButton(self.tr("When the credit drops under a threshold"), self)
        self.monthly_mode = QRadioButton(self.tr("Every month, from the activation day"), self)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.threshold_mode)
        self.modes.addButton(self.monthly_mode)
        self.modes.buttonToggled.connect(lambda *_: self._mode_changed())
        self.modes.buttonClicked.connect(lambda _button: self._edited())
        self.threshold = QComboBox(self)
        self.threshold.setAccessibleName(self.tr("Threshold"))
        self.amount = QComboBox(self)
        self.amount.setAccessibleName(self.tr("Amount"))
        for combo in (self.threshold, self.amount):
            combo.activated.connect(lambda _index: self._edited())  # the user's pick; not a fill by the page
        self.card = QRadioButton(self.tr("Credit card"), self)
        self.invoice = QRadioButton(self.tr("Charge to the invoice"), self)
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.card)
        self.methods.addButton(self.invoice)
        self.methods.buttonToggled.connect(lambda *_: self.card_note.setVisible(self.card.isChecked()))
        self.methods.buttonClicked.connect(lambda _button: self._edited())
        self.card_note = QLabel(self.tr("A card rule uses the card registered on the operator's secure payment "
                                        "page."), self)
        self.card_note.setObjectName("hint")
        self.card_note.setWordWrap(True)
        self.card_note.hide()
        self.state = QLabel(self)
        self.state.setObjectName("hint")
        self.state.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.done_text = QLabel(self)
        self.done_text.setWordWrap(True)
        self.save = QPushButton(self.tr("Save"), self)
        self.save.setDefault(True)
        self.save.clicked.connect(self.submit)
        self.cancel_rule = QPushButton(self.tr("Cancel the automatic recharge"), self)
        self.cancel_rule.clicked.connect(self.ask_cancel)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.plan, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.lines_table, 1)
        right = QWidget(self)
        grid = QGridLayout(right)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.line_label, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Kind"), right), 1, 0, Qt.AlignmentFlag.AlignTop)
        modes = QVBoxLayout()
        modes.addWidget(self.threshold_mode)
        modes.addWidget(self.monthly_mode)
        grid.addLayout(modes, 1, 1)
        grid.addWidget(QLabel(self.tr("Threshold"), right), 2, 0)
        grid.addWidget(self.threshold, 2, 1)
        grid.addWidget(QLabel(self.tr("Amount"), right), 3, 0)
        grid.addWidget(self.amount, 3, 1)
        grid.addWidget(QLabel(self.tr("Payment"), right), 4, 0, Qt.AlignmentFlag.AlignTop)
        methods = QVBoxLayout()
        methods.addWidget(self.card)
        methods.addWidget(self.card_note)
        methods.addWidget(self.invoice)
        grid.addLayout(methods, 4, 1)
        grid.addWidget(self.state, 5, 0, 1, 2)
        grid.addWidget(self.error, 6, 0, 1, 2)
        grid.addWidget(self.done_text, 7, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_rule)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        grid.addLayout(buttons, 8, 0, 1, 2)
        grid.setRowStretch(9, 1)
        grid.setColumnStretch(1, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.rules_title)
        layout.addWidget(self.rules_table, 2)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 3)
        self._refresh_form()

    # --- data in ---

    def set_lines(self, lines: Sequence[Line], search_keys: Mapping | None = None) -> None:
        self.all_lines = [line for line in lines if rechargeable(line)]
        self.by_id = {line.id: line for line in lines}
        self.apply_search()
        self._refresh_form()

    def apply_search(self) -> None:
        found = search(self.all_lines, self.search.text(), self.plan.text())
        self.lines_model.set_rows([self.all_lines[i] for i in found])

    def set_rules(self, rules: AutoRecharges) -> None:
        """The company's rules; the form is filled again only when the chosen line's rule changed (a reload
        does not undo what the user is typing)."""
        before = self.current_rule()
        self.rules = rules
        for combo, values in ((self.threshold, rules.thresholds_cents), (self.amount, rules.amounts_cents)):
            chosen = combo.currentData()
            combo.clear()
            for cents in values:
                combo.addItem(formatting.euro(cents), cents)
            index = combo.findData(chosen) if chosen is not None else -1
            combo.setCurrentIndex(max(index, 0))
        self.rules_model.set_rows(list(rules.rules))
        self.empty.setVisible(not rules.rules)
        self._refresh_form(fill=self.current_rule() != before)
        self._apply_wanted()

    # --- a rule being typed, kept across an expired session ---

    def choice(self) -> dict | None:
        """The rule as typed so far (None when no line is chosen)."""
        if self._wanted is not None:  # given back after an expiry and still waiting for the rules: as it was
            return dict(self._wanted)
        if not self.line_id:
            return None
        return {"lineId": self.line_id, "mode": self.mode(), "thresholdCents": self.threshold.currentData(),
                "amountCents": self.amount.currentData(), "method": self.method()}

    def restore_choice(self, choice: dict) -> None:
        """The rule as it was typed, after the same user signed in anew: once the rules are back, unless the user
        chose a line or changed the form meanwhile."""
        self._wanted = choice
        self._apply_wanted()

    def _apply_wanted(self) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is None:
            return
        if self.rules is None:
            self._wanted = wanted
            return
        self._choose_line(wanted["lineId"])
        if wanted["mode"]:
            (self.threshold_mode if wanted["mode"] == "threshold" else self.monthly_mode).setChecked(True)
        for combo, key in ((self.threshold, "thresholdCents"), (self.amount, "amountCents")):
            index = combo.findData(wanted[key]) if wanted[key] is not None else -1
            if index >= 0:
                combo.setCurrentIndex(index)
        button = {"card": self.card, "invoice": self.invoice}.get(wanted["method"] or "")
        if button is not None:
            button.setChecked(True)
        self._mode_changed()

    # --- the choice ---

    def _edited(self) -> None:
        """The user changed the form: a rule given back and still waiting gives way to it."""
        self._wanted = None

    def choose_line(self, line_id: str) -> None:
        """The line the form is about, as the user chose it; its rule (if any) fills the form."""
        self._edited()
        self._choose_line(line_id)

    def _choose_line(self, line_id: str) -> None:
        self.line_id = line_id
        self.error.clear()
        self.done_text.clear()
        self._refresh_form(fill=True)

    def _rule_row_changed(self, current, _previous) -> None:
        if current.isValid():
            rule = self.rules_model.rows[self.rules_proxy.mapToSource(current).row()]
            self.choose_line(rule.line_id)

    def _line_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.choose_line(self.lines_model.lines[self.lines_proxy.mapToSource(current).row()].id)

    def current_rule(self) -> AutoRule | None:
        return self.rules.rule_for(self.line_id) if self.rules is not None and self.line_id else None

    def _mode_changed(self) -> None:
        self.threshold.setEnabled(self.threshold_mode.isChecked())

    def _refresh_form(self, fill: bool = False) -> None:
        line = self.by_id.get(self.line_id)
        rule = self.current_rule()
        if line is None and rule is None:
            self.line_label.setText(self.tr("No line chosen: pick a prepaid line in the list or in the table."))
        else:
            number = line.msisdn if line is not None else rule.msisdn
            credit = formatting.euro(line.credit_cents) if line is not None and line.credit_cents is not None else "–"
            self.line_label.setText(self.tr("Line %1 (credit %2)").replace("%1", number).replace("%2", credit))
        if fill and rule is not None:
            (self.threshold_mode if rule.mode == "threshold" else self.monthly_mode).setChecked(True)
            if rule.threshold_cents is not None:
                self.threshold.setCurrentIndex(max(self.threshold.findData(rule.threshold_cents), 0))
            self.amount.setCurrentIndex(max(self.amount.findData(rule.amount_cents), 0))
            (self.card if rule.method == "card" else self.invoice).setChecked(True)
        if rule is None:
            self.state.setText(self.tr("This line has no automatic recharge.") if self.line_id else "")
        else:
            mode = server_labels.shown(server_labels.AUTO_RECHARGE_MODES, rule.mode, rule.mode, _translate)
            parts = [self.tr("Active since %1 (%2).").replace("%1", formatting.timestamp(rule.activated_at))
                     .replace("%2", mode)]
            if rule.next_at:
                parts.append(self.tr("Next top-up: %1.").replace("%1", formatting.timestamp(rule.next_at)))
            if rule.last_applied_at:
                parts.append(self.tr("Last applied: %1 (%2 times in all).").replace(
                    "%1", formatting.timestamp(rule.last_applied_at)).replace("%2", formatting.count(rule.applied_count)))
            else:
                parts.append(self.tr("Not applied yet."))
            self.state.setText(" ".join(parts))
        self.save.setText(self.tr("Save the change") if rule is not None else self.tr("Activate"))
        self.save.setEnabled(self.rules is not None and bool(self.line_id))
        self.cancel_rule.setEnabled(rule is not None)
        self._mode_changed()

    def mode(self) -> str | None:
        if self.threshold_mode.isChecked():
            return "threshold"
        if self.monthly_mode.isChecked():
            return "monthly"
        return None

    def method(self) -> str | None:
        return "card" if self.card.isChecked() else "invoice" if self.invoice.isChecked() else None

    def submit(self) -> None:
        """Check the form (the rules named, before anything is sent), then ask to save the rule."""
        if self.rules is None:
            return
        mode = self.mode()
        threshold = self.threshold.currentData() if mode == "threshold" else None
        amount = self.amount.currentData()
        problems = check_auto_rule(self.by_id.get(self.line_id), mode, threshold, amount, self.method(), self.rules)
        if problems:
            self.error.setText("\n".join(p.message.render(_translate) for p in problems))
            return
        self.error.clear()
        self.save.setEnabled(False)
        self.saveRequested.emit(self.line_id, {"mode": mode, "thresholdCents": threshold, "amountCents": amount,
                                               "method": self.method()})

    def ask_cancel(self) -> None:
        """Cancel the line's rule after the user confirmed it (a window-modal question, not a blocking one)."""
        rule = self.current_rule()
        if rule is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the automatic recharge"),
                          self.tr("Cancel the automatic recharge of %1? No further top-up will be made.").replace(
                              "%1", rule.msisdn),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        line_id = rule.line_id

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.cancel_rule.setEnabled(False)
                self.cancelRequested.emit(line_id)

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    # --- answers ---

    def show_saved(self, text: str) -> None:
        self.error.clear()
        self.done_text.setText(text)
        self._refresh_form()

    def show_refusal(self, text: str) -> None:
        self.done_text.clear()
        self.error.setText(text)
        self._refresh_form()

    def reset(self) -> None:
        self.rules, self.all_lines, self.by_id, self.line_id = None, [], {}, ""
        self._wanted = None  # a rule given back to the user who left is never applied to the next one's data
        self.rules_model.set_rows([])
        self.lines_model.set_rows([])
        self.search.clear()
        self.plan.clear()
        self.threshold.clear()
        self.amount.clear()
        self.error.clear()
        self.done_text.clear()
        if self.confirm_box is not None:
            self.confirm_box.close()
        self._refresh_form()
