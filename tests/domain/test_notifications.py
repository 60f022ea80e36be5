"""Notifiche without Qt (R-80…R-82): every kind parsed with what it links to and its words, an unknown kind
kept with its code, the settings rule checked before a save, and the labels of every code the sandbox sends."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.domain.italian import italian
from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.notifications import (
    AVAILABLE_CHANNELS,
    KINDS,
    SETTING_TYPES,
    Notification,
    Setting,
    parse_feed,
    parse_settings,
    settings_problems,
    unlock_question,
)
from windtre_desktop.sandbox import notification_centre as sandbox_centre
from windtre_desktop.sandbox.demo_data import PAYMENT_METHODS

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"
GIGA = 1024**3


class Fmt:
    """A plain formatter: the words are checked here, the locale's forms in the UI tests."""

    def euro(self, cents: int) -> str:
        return f"EUR {cents / 100:.2f}"

    def day(self, value: str | None) -> str:
        return f"day {value}"

    def data_unit(self, total: int) -> None:
        return None

    def data_amount(self, value: int, unit=None) -> str:
        return f"{value / GIGA:.1f} GB"

    def count(self, value: int) -> str:
        return str(value)


def one(**raw) -> Notification:
    found = Notification.from_json({"id": "N1", "at": "2026-12-05T10:00:00+01:00", **raw})
    assert found is not None
    return found


def test_every_kind_links_to_what_it_is_about():
    cases = {
        "invoice_overdue": ({"invoiceId": "INV-1"}, ("invoice", "INV-1")),
        "payment_method_invalid": ({"billingAccountId": "BA002"}, ("billing_account", "BA002")),
        "promotion": ({"promotionId": "PR-1"}, ("promotion", "PR-1")),
        "data_abroad_threshold": ({"lineId": "L00003"}, ("line", "L00003")),
        "fixed_activation": ({"activationId": "ACT-1"}, ("activation", "ACT-1")),
        "gss_threshold": ({"packageId": "GSS-1"}, ("package", "GSS-1")),
        "ticket_status": ({"ticketId": "TK-1"}, ("ticket", "TK-1")),
    }
    assert set(cases) == set(KINDS)
    for kind, (fields, target) in cases.items():
        assert one(kind=kind, **fields).target == target
    assert one(kind="brand_new").target == ("", "")


def test_the_words_of_each_kind():
    fmt = Fmt()
    text = one(kind="invoice_overdue", number="F202611/000101", amountCents=245976, dueDate="2026-12-05",
               billingAccountId="BA001").body(fmt).render()
    assert text == "Invoice F202611/000101 of EUR 2459.76 was due on day 2026-12-05 and is not paid (billing account BA001)."
    text = one(kind="payment_method_invalid", billingAccountId="BA003", paymentMethod="SDD").body(fmt).render()
    assert "BA003" in text and "Direct debit (SDD)" in text
    eighty = one(kind="data_abroad_threshold", msisdn="+393471234567", percent=80, unlock=0,
                 usedBytes=int(1.6 * GIGA), thresholdBytes=2 * GIGA)
    assert eighty.body(fmt).render() == "The line +393471234567 used 80% of its data abroad (1.6 GB of 2.0 GB)."
    assert not eighty.roaming_blocked
    full = one(kind="data_abroad_threshold", msisdn="+393471234567", percent=100, unlock=1,
               usedBytes=2 * GIGA, thresholdBytes=2 * GIGA)
    assert full.roaming_blocked and "blocked" in full.body(fmt).render() and "1 of 2" in full.body(fmt).render()
    assert "now: Closed" in one(kind="ticket_status", number="TK-1", status="CLOSED").body(fmt).render()
    assert "now: ODD" in one(kind="ticket_status", number="TK-1", status="ODD").body(fmt).render()
    assert "Giga extra" in one(kind="promotion", promotionId="PR-X", name="Giga extra").body(fmt).render()
    assert "(40%)" in one(kind="fixed_activation", activationId="A", msisdn="0612345678", stage="scheduled",
                          progress=40).body(fmt).render()
    unknown = one(kind="brand_new")
    assert unknown.title().render() == "Notification brand_new"
    assert unknown.body(fmt).render().endswith("brand_new")
    assert one(kind="gss_threshold").title().render() == "Giga Share threshold"


def test_the_feed_keeps_unknown_kinds_and_drops_what_is_no_event():
    parsed = parse_feed([{"id": "A", "kind": "x"}, {"kind": "no id"}, "text", None, {"id": "B", "kind": "promotion"}])
    assert [n.id for n in parsed] == ["A", "B"]
    assert json.loads(parsed[0].to_json()) == {"id": "A", "kind": "x", "at": ""}  # as stored


def test_r80_an_enabled_type_needs_a_channel_and_only_available_ones():
    settings = parse_settings([
        {"type": "promotion", "enabled": True, "channels": [], "availableChannels": ["sms", "email"]},
        {"type": "gss_threshold", "enabled": True, "channels": ["email"], "availableChannels": ["sms"]},
        {"type": "invoice_overdue", "enabled": False, "channels": [], "availableChannels": ["sms", "email"]},
    ])
    problems = [p.render() for p in settings_problems(settings)]
    assert len(problems) == 2
    assert "Dedicated promotions" in problems[0] and "channel" in problems[0]
    assert "Giga Share threshold" in problems[1] and "email" in problems[1]
    wrong = settings_problems([Setting("gss_threshold", True, ("email", "push"), ("sms",))])
    assert wrong[0].render().endswith("cannot be sent by email, push.")
    assert settings_problems([Setting(k, True, AVAILABLE_CHANNELS[k], AVAILABLE_CHANNELS[k])
                              for k in SETTING_TYPES]) == []


def test_r81_the_unlock_question_names_the_unlocks_left_after_it():
    blocked = one(kind="data_abroad_threshold", msisdn="+393471234567", percent=100)
    assert "2 of 2" not in unlock_question(blocked, 2).render()
    assert "1 of 2" in unlock_question(blocked, 2).render()
    assert "on the line +393471234567 for one more window" in unlock_question(blocked, 2).render()
    assert "0 of 2" in unlock_question(blocked, 1).render()


def test_every_code_has_a_label_and_the_contract_lists_them():
    assert tuple(sandbox_centre.SETTING_TYPES) == SETTING_TYPES
    assert {k: v for k, v in sandbox_centre.SETTING_TYPES.items()} == AVAILABLE_CHANNELS
    assert set(KINDS) == sl.NOTIFICATION_KINDS.keys()
    assert set(PAYMENT_METHODS) == sl.PAYMENT_METHODS.keys()
    text = API_MD.read_text(encoding="utf-8")
    section = text.split("### Codes and labels", 1)[1].split("\n### ", 1)[0]
    listed = set(re.findall(r"`([A-Za-z0-9_]+)`", section))
    assert set(SETTING_TYPES) | set(sl.NOTIFICATION_CHANNELS) <= listed


class UnitFmt(Fmt):
    """A formatter that shows which unit each amount was written in: one unit per message, from the total."""

    def data_unit(self, total: int) -> str:
        return f"u{total}"

    def data_amount(self, value: int, unit=None) -> str:
        return f"{value}[{unit}]"


def test_every_part_of_the_abroad_activation_and_gss_texts():
    fmt = UnitFmt()
    full = one(kind="data_abroad_threshold", msisdn="+393471234567", percent=100, unlock=1, usedBytes=20,
               thresholdBytes=20)
    assert full.body(fmt).render() == ("The line +393471234567 used all its data abroad (20[u20] of 20[u20]): "
                                       "data abroad is blocked. Unlocks used: 1 of 2.")
    activation = one(kind="fixed_activation", activationId="ACT-9", msisdn="0612345678", stage="ODD", progress=40)
    assert activation.body(fmt).render() == "Activation ACT-9 of the fixed line 0612345678: ODD (40%)."
    gss = one(kind="gss_threshold", packageId="GSS-1", percent=80, usedBytes=8, pooledBytes=10,
              referentPhone="+393470000000")
    assert gss.body(fmt).render() == ("Giga Smart Share package GSS-1 reached 80% of its Giga (8[u10] of 10[u10] "
                                      "used). An SMS went to the referent +393470000000.")


def test_a_value_that_is_not_text_is_shown_as_written():
    assert "Giga 42" in one(kind="promotion", promotionId="PR-1", name="Giga 42").body(Fmt()).render()
    assert "42." in one(kind="promotion", promotionId="PR-1", name=42).body(Fmt()).render()


# --- issue 16: a third sample of the domain's mutants --------------------------------------------------------

def test_a_ticket_status_names_its_ticket_and_a_gss_threshold_is_in_the_users_language():
    assert one(kind="ticket_status", number="TK-1", status="CLOSED").body(Fmt()).render() == "Ticket TK-1 is now: Closed."
    gss = one(kind="gss_threshold", packageId="GSS-1", percent=80, usedBytes=8 * GIGA, pooledBytes=10 * GIGA,
              referentPhone="+393471234567").body(Fmt())
    assert gss.render(italian) != gss.render() and "GSS-1" in gss.render(italian)


def test_an_events_own_fields_leave_out_its_id_kind_and_time():
    assert one(kind="promotion", promotionId="PR-X").fields == {"promotionId": "PR-X"}


def test_the_words_of_an_unknown_method_stage_referent_and_kind():
    fmt = Fmt()
    unknown_method = one(kind="payment_method_invalid", billingAccountId="BA3", paymentMethod="XYZ")
    assert "BA3 (XYZ) is no longer valid" in unknown_method.body(fmt).render()  # a method with no label: its code
    stage = one(kind="fixed_activation", activationId="A", msisdn="0612345678", stage="scheduled", progress=40)
    assert "Work scheduled" in stage.body(fmt).render()
    assert one(kind="gss_threshold", packageId="GSS-1").body(fmt).render().endswith("went to the referent –.")
    assert one(kind="brand_new").body(fmt).render() == "An event of a kind this app does not know yet: brand_new"
    assert one(kind="").body(fmt).render() == "An event of a kind this app does not know yet: ?"
