"""The server's JSON read into the domain's records, field by field: every field of a full answer lands where it
belongs, and every field an answer may leave out gets its stated default (issue 16: surviving mutants of a
sampled mutation run showed these readers were only checked in part)."""

from __future__ import annotations

from windtre_desktop.domain.activations import Activation, KeepUpdated, Stage
from windtre_desktop.domain.fleet_usage import FleetUsage, LineUsage, Offer
from windtre_desktop.domain.models import Company, Line
from windtre_desktop.domain.options import OptionRequest
from windtre_desktop.domain.products import GssPackage
from windtre_desktop.domain.recharge_orders import (
    MAX_LINES,
    AutoRule,
    OrderLine,
    RechargeOptions,
    RechargeOrder,
)


def test_an_activation_full_and_bare():
    raw = {"id": 7, "msisdn": "+393471112222", "address": "Via Roma 1", "offer": {"code": "F1", "name": "Fibra"},
           "requestedAt": "2026-01-02", "expectedAt": "2026-01-09", "progress": 40, "stage": "SHIPPED",
           "stages": [], "keepUpdated": {"channel": "sms", "to": "+393471112222"}}
    assert Activation.from_json(raw) == Activation(
        id="7", msisdn="+393471112222", address="Via Roma 1", offer_code="F1", offer_name="Fibra",
        requested_at="2026-01-02", expected_at="2026-01-09", progress=40, stage="SHIPPED", stages=(),
        keep_updated=KeepUpdated("sms", "+393471112222"))
    assert Activation.from_json({"id": "A1"}) == Activation(
        id="A1", msisdn="", address="", offer_code="", offer_name="", requested_at="", expected_at="", progress=0,
        stage="", stages=(), keep_updated=None)
    assert Activation.from_json({"id": "A2", "stages": [{"code": "X", "percent": 5, "reachedAt": "t"}]}).stages == (
        Stage("X", 5, "t"),)


def test_an_option_request_full_and_bare():
    raw = {"id": 3, "optionCode": "ROAM", "operation": "activate", "lineIds": [1, "L2"], "status": "running",
           "progress": 250, "createdAt": "c", "expectedAt": "e", "completedAt": "d"}
    assert OptionRequest.from_json(raw) == OptionRequest("3", "ROAM", "activate", ("1", "L2"), "running", 100,
                                                         "c", "e", "d")
    assert OptionRequest.from_json({"id": "R"}) == OptionRequest("R", "", "", (), "", 0, "", "", None)


def test_recharge_options_orders_and_rules_full_and_bare():
    assert RechargeOptions.from_json({"amountsCents": [500], "methods": ["card"], "maxLines": 3}) == (
        RechargeOptions((500,), ("card",), 3))
    assert RechargeOptions.from_json({"amountsCents": [], "methods": []}).max_lines == MAX_LINES
    raw = {"id": 9, "lineIds": ["L1", 2], "amountCents": 1000, "method": "card", "status": "completed",
           "outcomeCode": "OK", "paymentUrl": "https://pay", "createdAt": "c", "completedAt": "d",
           "recharges": [{"lineId": "L1", "msisdn": "+39347", "transactionId": "T1", "creditCents": 1500},
                         {"lineId": "L2", "msisdn": "+39348"}]}
    assert RechargeOrder.from_json(raw) == RechargeOrder(
        "9", ("L1", "2"), 1000, "card", "completed", "OK", "https://pay", "c", "d",
        (OrderLine("L1", "+39347", "T1", 1500), OrderLine("L2", "+39348", "", None)))
    bare = {"id": "O", "amountCents": 500, "method": "card", "status": "pending"}
    assert RechargeOrder.from_json(bare) == RechargeOrder("O", (), 500, "card", "pending", None, None, "", None, ())
    rule = {"lineId": "L1", "msisdn": "+39347", "mode": "threshold", "thresholdCents": 300, "amountCents": 1000,
            "method": "card", "activatedAt": "a", "nextAt": "n", "lastAppliedAt": "l", "appliedCount": 2}
    assert AutoRule.from_json(rule) == AutoRule("L1", "+39347", "threshold", 300, 1000, "card", "a", "n", "l", 2)
    assert AutoRule.from_json({"lineId": "L1", "mode": "monthly", "amountCents": 1000, "method": "card"}) == (
        AutoRule("L1", "", "monthly", None, 1000, "card", "", None, None, 0))


def test_an_offer_the_fleet_usage_a_company_and_a_gss_package_full_and_bare():
    offer = {"code": "M1", "name": "Mobile", "kind": "mobile", "monthlyCents": 999, "dataBytes": 10,
             "voiceSeconds": 60, "sms": 5}
    assert Offer.from_json(offer) == Offer("M1", "Mobile", "mobile", 999, 10, 60, 5)
    assert Offer.from_json({"code": "F"}) == Offer("F", "F", "mobile", 0, None, None, None)
    assert FleetUsage.from_json({"today": "2026-03-04", "months": ["2026-02"], "offers": [offer]}) == FleetUsage(
        "2026-03-04", ("2026-02",), (Offer("M1", "Mobile", "mobile", 999, 10, 60, 5),), {})
    assert FleetUsage.from_json({}) == FleetUsage("", (), (), {})
    assert Company.from_json({"id": "C1", "name": "ACME", "address": "Via Po 2"}).address == "Via Po 2"
    assert Company.from_json({"id": "C1", "name": "ACME"}).address == ""
    package = {"id": 1, "type": "GSS", "gigaPlan": 100, "extraGiga": 5, "pooledBytes": 10, "usedBytes": 4,
               "simCount": 3, "maxSims": 8, "deviceCount": 2, "referentPhone": "+39347", "thresholdsSent": [80],
               "version": 4}
    assert GssPackage.from_json(package) == GssPackage("1", "GSS", 100, 5, 10, 4, 3, 8, 2, "+39347", (80,), 4)
    assert GssPackage.from_json({"id": "G"}) == GssPackage("G", "", 0, 0, 0, 0, 0, 0, 0, "", (), 0)


def test_a_bare_line_gets_the_stated_defaults():
    assert Line.from_json({"id": "L1", "msisdn": "+393470000001"}) == Line(
        id="L1", msisdn="+393470000001", kind="mobile", holder="", alias="", status="active", payment_type="postpaid",
        billing_account_id="", offer_code="", offer_name="", credit_cents=None, data=None, voice=None, sms=None,
        updated_at="", version=0)
    assert Line.from_json({"id": "L2", "msisdn": "x", "offer": {"name": "Old plan"}}).offer_code == ""


def test_a_bare_company_a_keep_updated_without_address_and_a_package_without_name():
    assert Company.from_json({"id": "C1", "name": "Conti"}) == Company("C1", "Conti", "")
    bare = Activation.from_json({"id": "A3", "keepUpdated": {"channel": "none"}})
    assert bare.keep_updated == KeepUpdated("none", "")
    usage = LineUsage.from_json({"lineId": "L1", "gssPackage": {"id": "GSS-1"}})
    assert (usage.gss_package_id, usage.gss_package_name) == ("GSS-1", "")


def test_a_billing_account_without_its_payment_method_has_none():
    from windtre_desktop.domain.models import BillingAccount

    company = Company.from_json({"id": "C1", "name": "Conti", "billingAccounts": [{"id": "BA1"}]})
    assert company.billing_accounts == (BillingAccount("BA1", "", ""),)
