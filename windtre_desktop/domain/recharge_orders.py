"""Ricarica Online and Ricarica Automatica (R-64, R-67) without Qt: the server's orders and rules parsed into
value types, the form's rules (1–10 numbers, prepaid mobile lines only, an amount from the cuts, a payment
method chosen) with messages naming the field and the rule, and the search of the recharge page over the
synced lines "by number and/or tariff plan"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from windtre_desktop.domain.line_search import normalise_query
from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from windtre_desktop.domain.models import Line

_CONTEXT = "RechargeRules"
MAX_LINES = 10  # one order tops up at most ten numbers
SETTLED = ("completed", "failed")


def _t(text: str, *args: str | Message) -> Message:
    return Message(_CONTEXT, text, args)


@dataclass(frozen=True)
class RechargeOptions:
    amounts_cents: tuple[int, ...]
    methods: tuple[str, ...]
    max_lines: int

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> RechargeOptions:
        return cls(tuple(int(v) for v in raw["amountsCents"]), tuple(str(m) for m in raw["methods"]),
                   int(raw.get("maxLines") or MAX_LINES))


@dataclass(frozen=True)
class OrderLine:
    line_id: str
    msisdn: str
    transaction_id: str
    credit_cents: int | None  # the credit after the order; None until completed


@dataclass(frozen=True)
class RechargeOrder:
    id: str
    line_ids: tuple[str, ...]
    amount_cents: int
    method: str
    status: str  # awaiting_payment | completed | failed
    outcome_code: str | None
    payment_url: str | None
    created_at: str
    completed_at: str | None
    recharges: tuple[OrderLine, ...]

    @property
    def settled(self) -> bool:
        return self.status in SETTLED

    @property
    def completed(self) -> bool:
        return self.status == "completed"

    @property
    def total_cents(self) -> int:
        return self.amount_cents * len(self.recharges)

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> RechargeOrder:
        lines = tuple(
            OrderLine(str(r["lineId"]), str(r["msisdn"]), str(r.get("transactionId") or ""),
                      None if r.get("creditCents") is None else int(r["creditCents"]))
            for r in raw.get("recharges") or ()
        )
        return cls(str(raw["id"]), tuple(str(i) for i in raw.get("lineIds") or ()), int(raw["amountCents"]),
                   str(raw["method"]), str(raw["status"]), raw.get("outcomeCode"), raw.get("paymentUrl"),
                   str(raw.get("createdAt") or ""), raw.get("completedAt"), lines)


@dataclass(frozen=True)
class AutoRule:
    line_id: str
    msisdn: str
    mode: str  # threshold | monthly
    threshold_cents: int | None
    amount_cents: int
    method: str
    activated_at: str
    next_at: str | None
    last_applied_at: str | None
    applied_count: int

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> AutoRule:
        threshold = raw.get("thresholdCents")
        return cls(str(raw["lineId"]), str(raw.get("msisdn") or ""), str(raw["mode"]),
                   None if threshold is None else int(threshold), int(raw["amountCents"]), str(raw["method"]),
                   str(raw.get("activatedAt") or ""), raw.get("nextAt"), raw.get("lastAppliedAt"),
                   int(raw.get("appliedCount") or 0))


@dataclass(frozen=True)
class AutoRecharges:
    rules: tuple[AutoRule, ...]
    amounts_cents: tuple[int, ...]
    thresholds_cents: tuple[int, ...]

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> AutoRecharges:
        return cls(tuple(AutoRule.from_json(r) for r in raw.get("rules") or ()),
                   tuple(int(v) for v in raw["amountsCents"]), tuple(int(v) for v in raw["thresholdsCents"]))

    def rule_for(self, line_id: str) -> AutoRule | None:
        return next((rule for rule in self.rules if rule.line_id == line_id), None)


@dataclass(frozen=True)
class Problem:
    """A form field that breaks a rule, and the words for it."""

    field: str  # the contract's field name: lineIds, amountCents, method, mode, thresholdCents, lineId
    message: Message


def rechargeable(line: Line) -> bool:
    """Only prepaid mobile lines are topped up (R-64, R-67)."""
    return line.kind == "mobile" and line.payment_type == "prepaid"


def too_many(count: int, max_lines: int = MAX_LINES) -> Problem | None:
    """The refusal of one more number than an order may hold (R-64), or None."""
    if count <= max_lines:
        return None
    return Problem("lineIds", _t(QT_TRANSLATE_NOOP(
        "RechargeRules", "Numbers: at most %1 numbers in one online recharge (R-64)."), str(max_lines)))


def check_recharge(line_ids: Sequence[str], lines: Mapping[str, Line], amount_cents: int | None,
                   method: str | None, options: RechargeOptions) -> list[Problem]:
    """The rules of the online recharge form, in the server's order: 1 to max numbers, each a prepaid mobile
    line, an amount from the cuts, a payment method. Empty when the order may be sent."""
    problems: list[Problem] = []
    if not line_ids:
        problems.append(Problem("lineIds", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Numbers: choose at least one number to top up."))))
    elif (excess := too_many(len(line_ids), options.max_lines)) is not None:
        problems.append(excess)
    elif len(set(line_ids)) != len(line_ids):
        problems.append(Problem("lineIds", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Numbers: each number may be chosen only once."))))
    else:
        for line_id in line_ids:
            line = lines.get(line_id)
            if line is None or not rechargeable(line):
                number = line.msisdn if line is not None else line_id
                problems.append(Problem("lineIds", _t(QT_TRANSLATE_NOOP(
                    "RechargeRules", "Numbers: %1 is not a prepaid mobile line; only prepaid SIMs can be topped "
                                     "up."), number)))
                break
    if amount_cents is None or amount_cents not in options.amounts_cents:
        problems.append(Problem("amountCents", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Amount: choose one of the amounts offered."))))
    if method is None or method not in options.methods:
        problems.append(Problem("method", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Payment: choose credit card or charge to the invoice."))))
    return problems


def check_auto_rule(line: Line | None, mode: str | None, threshold_cents: int | None, amount_cents: int | None,
                    method: str | None, rules: AutoRecharges, methods: Iterable[str] = ("card", "invoice"),
                    ) -> list[Problem]:
    """The rules of the automatic recharge form (R-67), in the server's order."""
    problems: list[Problem] = []
    if line is None:
        problems.append(Problem("lineId", _t(QT_TRANSLATE_NOOP("RechargeRules", "Line: choose a prepaid line."))))
    elif not rechargeable(line):
        problems.append(Problem("lineId", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Line: %1 is not a prepaid mobile line; only prepaid SIMs have an automatic "
                             "recharge."), line.msisdn)))
    if mode not in ("threshold", "monthly"):
        problems.append(Problem("mode", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Kind: choose under a threshold or every month."))))
    elif mode == "threshold" and threshold_cents not in rules.thresholds_cents:
        problems.append(Problem("thresholdCents", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Threshold: choose one of the thresholds offered."))))
    if amount_cents is None or amount_cents not in rules.amounts_cents:
        problems.append(Problem("amountCents", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Amount: choose one of the amounts offered."))))
    if method is None or method not in tuple(methods):
        problems.append(Problem("method", _t(QT_TRANSLATE_NOOP(
            "RechargeRules", "Payment: choose credit card or charge to the invoice."))))
    return problems


def search_rechargeable(lines: Sequence[Line], number: str = "", plan: str = "") -> list[int]:
    """Indexes of the prepaid mobile lines matching "by number and/or tariff plan" (R-64): `number` against the
    number (with or without +39, separators ignored), `plan` against the offer's name; either may be empty."""
    number_terms = normalise_query(number)
    plan_terms = plan.strip().casefold().split()
    found: list[int] = []
    for index, line in enumerate(lines):
        if not rechargeable(line):
            continue
        if number_terms:
            digits = "".join(ch for ch in line.msisdn if ch.isdigit())
            if not all(term in digits or term in line.msisdn.casefold() for term in number_terms):
                continue
        if plan_terms:
            offer = line.offer_name.casefold()
            if not all(term in offer for term in plan_terms):
                continue
        found.append(index)
    return found
