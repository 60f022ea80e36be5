"""The notification feed over HTTP (R-80…R-82): one event per overdue invoice, the invalid payment method,
ticket statuses as the sandbox clock moves them, each made once and stamped when it happened, newest first,
and what a Dipendente gets."""

from __future__ import annotations

import json

import pytest

from tests.sandbox.conftest import assert_wrapped
from tests.sandbox.notification_support import API, DAY, GIGA, NtfBox
from tests.sandbox.tickets_support import PERSON

HOUR = 3600


@pytest.fixture(scope="module")
def box():
    sandbox = NtfBox()
    yield sandbox
    sandbox.stop()


def of_kind(events: list[dict], kind: str) -> list[dict]:
    return [e for e in events if e["kind"] == kind]


def test_one_event_per_overdue_invoice_stamped_the_day_after_its_due_date(box):
    invoices = assert_wrapped(box.admin.get(f"{API}/invoices"), "OK", 200)["data"]
    overdue = {i["id"]: i for i in invoices if i["status"] == "overdue"}
    assert overdue  # the sandbox always has one
    events = of_kind(box.feed(), "invoice_overdue")
    assert sorted(e["invoiceId"] for e in events) == sorted(overdue)
    for event in events:
        invoice = overdue[event["invoiceId"]]
        assert {k: event[k] for k in ("number", "dueDate", "amountCents", "billingAccountId")} == {
            k: invoice[k] for k in ("number", "dueDate", "amountCents", "billingAccountId")
        }
        assert event["at"][:10] > invoice["dueDate"]


def test_events_are_made_once_and_listed_newest_first(box):
    first = box.feed()
    second = box.feed(box.telco)
    assert first == second
    assert len({e["id"] for e in first}) == len(first)
    stamps = [e["at"] for e in first]
    assert stamps == sorted(stamps, reverse=True)


def test_one_billing_account_has_an_invalid_payment_method(box):
    events = of_kind(box.feed(), "payment_method_invalid")
    assert len(events) == 1
    company = assert_wrapped(box.admin.get(f"{API}/company"), "OK", 200)["data"]
    accounts = {a["id"]: a for a in company["billingAccounts"]}
    assert events[0]["paymentMethod"] == accounts[events[0]["billingAccountId"]]["paymentMethod"]


def test_ticket_status_events_follow_the_clock(box):
    msisdn = box.mobiles()[0]["msisdn"]
    ticket = {
        "reason": "LOSS_THEFT", "topic": "SIM_REPLACEMENT", "service": "voice", "type": "theft",
        "msisdn": msisdn, "deliverySite": "Via Roma 1, 20100 Milano", "referent": dict(PERSON),
    }  # fmt: skip
    parts = [("ticket", (None, json.dumps(ticket).encode(), "application/json"))]
    answer = box.admin.post(f"{API}/tickets", files=parts, headers={"Idempotency-Key": "ntf-ticket"})
    filed = assert_wrapped(answer, "OK", 200)["data"]
    assert of_kind(box.feed(), "ticket_status") == []  # filing is no change of status
    box.advance(HOUR + 60)
    events = of_kind(box.feed(), "ticket_status")
    assert [(e["ticketId"], e["number"], e["status"]) for e in events] == [
        (filed["id"], filed["number"], "IN_PROGRESS")
    ]
    box.advance(DAY)
    events = of_kind(box.feed(), "ticket_status")
    assert [e["status"] for e in events] == ["CLOSED", "IN_PROGRESS"]
    history = assert_wrapped(box.admin.get(f"{API}/tickets/{filed['id']}"), "OK", 200)["data"]["history"]
    stamps = {h["status"]: h["at"] for h in history}
    assert {e["status"]: e["at"] for e in events} == {s: stamps[s] for s in ("IN_PROGRESS", "CLOSED")}
    box.advance(DAY)
    assert len(of_kind(box.feed(), "ticket_status")) == 2  # each status once


def test_a_dipendente_gets_the_data_abroad_events_of_its_own_lines_only(box):
    assert box.feed(box.employee) == []
    own = box.employee_line
    mobiles = box.mobiles()
    other = next(m["id"] for m in mobiles if m["id"] != own and m["msisdn"] != box.referent)
    responsabile = next(m["id"] for m in mobiles if m["msisdn"] == box.referent)
    box.use_abroad(own, 10 * GIGA)
    box.use_abroad(other, 10 * GIGA)
    mine = box.feed(box.employee)
    assert [(e["kind"], e["lineId"], e["percent"]) for e in mine] == [
        ("data_abroad_threshold", own, 100),
        ("data_abroad_threshold", own, 80),
    ]
    assert box.feed(box.autologin) == []  # the Responsabile's line used nothing abroad yet
    box.use_abroad(responsabile, 10 * GIGA)
    assert {e["lineId"] for e in box.feed(box.autologin)} == {responsabile}
    assert {e["lineId"] for e in box.feed(box.employee)} == {own}
    company = box.feed()
    assert {e["lineId"] for e in of_kind(company, "data_abroad_threshold")} == {own, other, responsabile}
    assert of_kind(company, "invoice_overdue")


def test_the_feed_asks_the_activations_part_for_its_promotions_first():
    """`ensure_promotions(company_id)`, when the State has it, runs before the feed is listed, so the
    promotion events it adds are in the same answer."""
    from windtre_desktop.sandbox.accounts import SessionUser
    from windtre_desktop.sandbox.state import SandboxConfig, State

    state = State(SandboxConfig(lines=20, seed=2))
    asked: list[str] = []

    def ensure_promotions(company_id: str) -> None:
        asked.append(company_id)
        if len(asked) == 1:
            state.add_notification(company_id, "promotion", {"promotionId": "PR-1", "name": "Giga extra"})

    state.ensure_promotions = ensure_promotions  # type: ignore[attr-defined]
    user = SessionUser(token="t", username="admin.demo", role="USER_ADMIN", line_id=None, json="{}",
                       company_id="C0001", account_role="USER_ADMIN")
    first = state.notification_feed(user)["notifications"]
    second = state.notification_feed(user)["notifications"]
    assert asked == ["C0001", "C0001"]
    assert [e["promotionId"] for e in first if e["kind"] == "promotion"] == ["PR-1"]
    assert first == second
