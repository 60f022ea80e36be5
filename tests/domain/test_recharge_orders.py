"""Ricarica Online and Ricarica Automatica without Qt (R-64, R-67): the form's rules with messages naming the
field and the rule, the search by number and/or tariff plan over prepaid mobile lines only, and the parse
of the server's orders and rules; the monthly anniversaries of the sandbox on every month length."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from windtre_desktop.domain.models import Counter, Line
from windtre_desktop.domain.recharge_orders import (
    AutoRecharges,
    RechargeOptions,
    RechargeOrder,
    check_auto_rule,
    check_recharge,
    search_rechargeable,
    too_many,
)
from windtre_desktop.sandbox.demo_data import iso_time
from windtre_desktop.sandbox.recharge_orders import monthly_due

OPTIONS = RechargeOptions((500, 1000, 1500, 2000, 2500, 5000), ("card", "invoice"), 10)
RULES = AutoRecharges((), OPTIONS.amounts_cents, (300, 500, 1000, 2000))


def line(i: int, *, kind: str = "mobile", payment: str = "prepaid", offer: str = "Business Flex") -> Line:
    return Line(id=f"L{i:05d}", msisdn=f"+39347{i:07d}", kind=kind, holder="Mario Rossi", alias="", status="active",
                payment_type=payment, billing_account_id="BA1", offer_code="X", offer_name=offer, credit_cents=100,
                data=Counter(1, 10), voice=None, sms=None)


LINES = {x.id: x for x in [line(i) for i in range(1, 13)] + [line(20, payment="postpaid"), line(21, kind="fixed")]}


def texts(problems) -> list[tuple[str, str]]:
    return [(p.field, p.message.render()) for p in problems]


def test_a_good_order_has_no_problem():
    assert check_recharge(["L00001", "L00002"], LINES, 1000, "invoice", OPTIONS) == []


def test_each_rule_is_named_with_its_field():
    assert texts(check_recharge([], LINES, 1000, "card", OPTIONS))[0][0] == "lineIds"
    eleven = [f"L{i:05d}" for i in range(1, 12)]
    field, message = texts(check_recharge(eleven, LINES, 1000, "card", OPTIONS))[0]
    assert field == "lineIds" and "10" in message and "R-64" in message
    assert texts(check_recharge(["L00001", "L00001"], LINES, 1000, "card", OPTIONS))[0][0] == "lineIds"
    for other in ("L00020", "L00021"):
        field, message = texts(check_recharge(["L00001", other], LINES, 1000, "card", OPTIONS))[0]
        assert field == "lineIds" and LINES[other].msisdn in message and "prepaid" in message
    assert texts(check_recharge(["L00001"], LINES, 700, "card", OPTIONS)) == [
        ("amountCents", "Amount: choose one of the amounts offered.")]
    assert [f for f, _ in texts(check_recharge(["L00001"], LINES, None, None, OPTIONS))] == ["amountCents", "method"]
    assert too_many(10) is None and too_many(11) is not None


def test_the_automatic_rule_form():
    assert check_auto_rule(LINES["L00001"], "threshold", 500, 1000, "card", RULES) == []
    assert check_auto_rule(LINES["L00001"], "monthly", None, 1000, "invoice", RULES) == []
    assert [p.field for p in check_auto_rule(None, None, None, None, None, RULES)] == [
        "lineId", "mode", "amountCents", "method"]
    assert [p.field for p in check_auto_rule(LINES["L00001"], "threshold", 400, 1000, "card", RULES)] == [
        "thresholdCents"]
    (problem,) = check_auto_rule(LINES["L00020"], "monthly", None, 1000, "card", RULES)
    assert problem.field == "lineId" and LINES["L00020"].msisdn in problem.message.render()


def test_the_number_search_reads_a_number_written_with_spaces_and_a_short_plus_prefix():
    from dataclasses import replace

    written = [replace(line(1), msisdn="+39 347 000 0001"), line(2)]
    assert search_rechargeable(written, number="3470000001") == [0]
    assert search_rechargeable(written, number="+3") == [0, 1]  # too short to be a number: matched as typed


def test_an_order_holds_as_many_numbers_as_the_server_allows_and_names_unknown_ones():
    few = RechargeOptions(OPTIONS.amounts_cents, OPTIONS.methods, 2)
    assert texts(check_recharge(["L00001", "L00002", "L00003"], LINES, 1000, "card", few)) == [
        ("lineIds", "Numbers: at most 2 numbers in one online recharge (R-64).")]
    assert texts(check_recharge(["L99999"], LINES, 1000, "card", OPTIONS)) == [
        ("lineIds", "Numbers: L99999 is not a prepaid mobile line; only prepaid SIMs can be topped up.")]


def test_each_automatic_recharge_problem_says_what_to_choose():
    problems = check_auto_rule(None, "weekly", None, 1000, "cash", RULES)
    assert [(p.field, p.message.render()) for p in problems] == [
        ("lineId", "Line: choose a prepaid line."),
        ("mode", "Kind: choose under a threshold or every month."),
        ("method", "Payment: choose credit card or charge to the invoice.")]
    problems = check_auto_rule(LINES["L00001"], "threshold", None, 999, "card", RULES)
    assert [(p.field, p.message.render()) for p in problems] == [
        ("thresholdCents", "Threshold: choose one of the thresholds offered."),
        ("amountCents", "Amount: choose one of the amounts offered.")]
    (problem,) = check_auto_rule(LINES["L00020"], "monthly", None, 1000, "card", RULES)
    assert problem.message.render().startswith(f"Line: {LINES['L00020'].msisdn} is not a prepaid mobile line")
    assert check_auto_rule(LINES["L00001"], "monthly", None, 1000, "card", RULES, methods=("invoice",))[0].field \
        == "method"
    assert {p.message.context for p in check_auto_rule(None, None, None, None, None, RULES)} == {"RechargeRules"}
    assert texts(check_recharge(["L00001"], LINES, 1000, "cash", OPTIONS)) == [
        ("method", "Payment: choose credit card or charge to the invoice.")]


def test_the_search_by_number_and_or_tariff_plan_keeps_prepaid_mobile_lines_only():
    lines = [line(1, offer="Business Flex"), line(2, offer="Business Giga 50"), line(3, payment="postpaid"),
             line(4, kind="fixed"), line(5, offer="Business Start 10")]
    assert search_rechargeable(lines) == [0, 1, 4]
    assert search_rechargeable(lines, number="347 000 0002") == [1]
    assert search_rechargeable(lines, number="+39 3470000005") == [4]
    assert search_rechargeable(lines, plan="giga") == [1]
    assert search_rechargeable(lines, number="3470000", plan="start") == [4]
    assert search_rechargeable(lines, number="0003") == []  # the postpaid line is not offered


def test_an_order_and_rules_are_parsed():
    order = RechargeOrder.from_json({
        "id": "RO-000001", "lineIds": ["L00001"], "amountCents": 1000, "method": "card",
        "status": "awaiting_payment", "outcomeCode": None, "paymentUrl": "http://127.0.0.1/sandbox/pay/RO-000001",
        "createdAt": "2026-12-07T10:00:00+01:00", "completedAt": None,
        "recharges": [{"lineId": "L00001", "msisdn": "+39347", "transactionId": "RC1", "creditCents": None}]})
    assert not order.settled and order.total_cents == 1000 and order.recharges[0].credit_cents is None
    rules = AutoRecharges.from_json({"rules": [{"lineId": "L00001", "msisdn": "+39347", "mode": "monthly",
                                                "thresholdCents": None, "amountCents": 500, "method": "invoice",
                                                "activatedAt": "x", "nextAt": "y", "lastAppliedAt": None,
                                                "appliedCount": 0}],
                                     "amountsCents": [500], "thresholdsCents": [300]})
    assert rules.rule_for("L00001").mode == "monthly" and rules.rule_for("L00002") is None
    assert (rules.amounts_cents, rules.thresholds_cents) == ((500,), (300,))  # what the rule form offers


@given(st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)), st.integers(1, 40))
def test_a_monthly_anniversary_is_the_same_day_or_the_months_last_day(start, months):
    activated = start.replace(tzinfo=UTC).timestamp()
    local = datetime.fromisoformat(iso_time(activated))
    due = datetime.fromisoformat(iso_time(monthly_due(activated, months)))
    index = local.month - 1 + months
    year, month = local.year + index // 12, index % 12 + 1
    expected_day = min(local.day, calendar.monthrange(year, month)[1])
    assert (due.year, due.month, due.day) == (year, month, expected_day)
    if (due.hour, due.minute) == (local.hour, local.minute):
        assert due.second == local.second
    else:  # only a local time that does not exist that day (the spring DST gap) may move, by the hour
        assert abs((due.hour - local.hour) * 60 + due.minute - local.minute) == 60
