"""The API answers the Qt flows read into domain models (docs/api.md): products, options and services, the
fleet's offers and the notification settings. Each read in full, and with only the required keys (the defaults
the views rely on); what is sent back written in the contract's names."""

from __future__ import annotations

from windtre_desktop.domain.activations import Promotion, SimEvent
from windtre_desktop.domain.fleet_usage import Offer
from windtre_desktop.domain.notifications import Setting
from windtre_desktop.domain.options import CatalogueOption, Service, ServiceCheck, Verdict
from windtre_desktop.domain.products import EXTRA_STEPS, PLAN_STEPS, Device, GssListing, GssSim


def test_a_gss_sim_in_full_and_with_its_line_only():
    sim = GssSim.from_json({"lineId": 7, "msisdn": "+393470000007", "holder": "Anna Bianchi", "alias": "Furgone",
                            "usedBytes": "1048576", "creditCents": "250"})
    assert sim == GssSim("7", "+393470000007", "Anna Bianchi", "Furgone", 1048576, 250)
    assert GssSim.from_json({"lineId": "L1", "creditCents": 0}) == GssSim("L1", "", "", "", 0, 0)
    assert GssSim.from_json({"lineId": "L1", "msisdn": None, "usedBytes": None}).credit_cents is None


def test_a_device_in_full_and_with_its_id_only():
    device = Device.from_json({"id": 12, "model": "Galaxy A55", "accountName": "Conti Logistica", "lineId": "L3",
                               "msisdn": "+393470000003", "instalment": "12/24", "maintenance": "Kasko",
                               "interventionsLeft": "2", "packageId": "P1"})
    assert device == Device("12", "Galaxy A55", "Conti Logistica", "L3", "+393470000003", "12/24", "Kasko", 2, "P1")
    assert Device.from_json({"id": "D1"}) == Device("D1", "", "", None, None, "", "", 0, None)


def test_a_catalogue_option_falls_back_to_its_code_for_a_name():
    option = CatalogueOption.from_json({"code": "OPT1", "name": "Giga+", "description": "50 GB", "kind": "data",
                                        "priceCents": "499"})
    assert option == CatalogueOption("OPT1", "Giga+", "50 GB", "data", 499)
    assert CatalogueOption.from_json({"code": "OPT2"}) == CatalogueOption("OPT2", "OPT2", "", "", 0)


def test_a_compatibility_verdict_keeps_the_servers_reason():
    verdict = Verdict.from_json({"lineId": 4, "msisdn": "+393470000004", "compatible": False,
                                 "reasonCode": "OPT-INCOMPATIBLE", "reason": "Offerta non compatibile"})
    assert verdict == Verdict("4", "+393470000004", False, "OPT-INCOMPATIBLE", "Offerta non compatibile")
    assert Verdict.from_json({"lineId": "L1", "compatible": True, "reasonCode": ""}) == Verdict(
        "L1", "", True, None, "")
    assert Verdict.from_json({"lineId": "L1"}).compatible is False


def test_a_service_in_full_and_with_its_code_only():
    service = Service.from_json({"code": "SRV1", "name": "Segreteria", "description": "Voicemail",
                                 "category": "premium", "kind": "content", "active": True, "priceCents": "0"})
    assert service == Service("SRV1", "Segreteria", "Voicemail", "premium", "content", True, 0)
    assert service.premium
    bare = Service.from_json({"code": "SRV2"})
    assert bare == Service("SRV2", "SRV2", "", "", "", False, None) and not bare.premium


def test_a_service_check_keeps_the_servers_reason():
    check = ServiceCheck.from_json({"code": "SRV1", "compatible": False, "reasonCode": "SRV-BLOCKED",
                                    "reason": "Servizio bloccato"})
    assert check == ServiceCheck("SRV1", False, "SRV-BLOCKED", "Servizio bloccato")
    assert ServiceCheck.from_json({"code": "SRV2", "compatible": 1}) == ServiceCheck("SRV2", True, None, "")


def test_an_offer_round_trips_in_the_contracts_names():
    raw = {"code": "BIZ50", "name": "Business 50", "kind": "fixed", "monthlyCents": 2500, "dataBytes": 0,
           "voiceSeconds": None, "sms": 100}
    offer = Offer.from_json(raw)
    assert offer.to_json() == raw
    assert Offer.from_json(offer.to_json()) == offer
    assert Offer.from_json({"code": "X"}).to_json() == {"code": "X", "name": "X", "kind": "mobile", "monthlyCents": 0,
                                                          "dataBytes": None, "voiceSeconds": None, "sms": None}


def test_a_notification_setting_is_sent_back_without_what_is_available():
    setting = Setting.from_json({"type": "threshold", "enabled": True, "channels": ["email", "push"],
                                 "availableChannels": ["email", "push", "sms"]})
    assert setting.available == ("email", "push", "sms")
    assert setting.to_json() == {"type": "threshold", "enabled": True, "channels": ["email", "push"]}
    assert Setting.from_json({"type": "threshold"}).to_json() == {"type": "threshold", "enabled": False,
                                                                 "channels": []}


def test_a_sim_association_event_in_full_and_empty():
    raw = {"at": "2026-05-10T10:00:00+02:00", "action": "dissociated", "lineId": 3, "msisdn": "+393470000003",
           "employee": "3470000003", "employeeName": "Anna Bianchi"}
    assert SimEvent.from_json(raw) == SimEvent("2026-05-10T10:00:00+02:00", "dissociated", "3", "+393470000003",
                                               "3470000003", "Anna Bianchi")
    assert SimEvent.from_json({"msisdn": None}) == SimEvent("", "", "", "", "", "")


def test_a_promotion_in_full_and_with_its_id_only():
    raw = {"id": 9, "name": "Estate", "description": "Giga doppi", "kind": "data", "validUntil": "2026-09-30",
           "lineIds": ["L1", 2]}
    assert Promotion.from_json(raw) == Promotion("9", "Estate", "Giga doppi", "data", "2026-09-30", ("L1", "2"))
    assert Promotion.from_json({"id": "P1"}) == Promotion("P1", "", "", "", "", ())


def test_a_setting_offers_the_channels_of_its_kind_unless_the_server_says():
    assert Setting.from_json({"type": "data_abroad_threshold"}).available == ("sms",)
    assert Setting.from_json({"type": "invoice_overdue"}).available == ("sms", "email")
    assert Setting.from_json({"type": "unknown"}).available == ()
    told = Setting.from_json({"type": "invoice_overdue", "availableChannels": ["email"], "channels": ["email"]})
    assert told.available == ("email",) and told.channels == ("email",)


def test_a_gss_listing_takes_the_servers_steps_or_the_usual_ones():
    listing = GssListing.from_json({"packages": [{"id": "GSS-1", "gigaPlan": 100}], "planSteps": ["50", 100],
                                    "extraSteps": [5, "15"]})
    assert [p.id for p in listing.packages] == ["GSS-1"] and listing.packages[0].giga_plan == 100
    assert listing.plan_steps == (50, 100) and listing.extra_steps == (5, 15)
    bare = GssListing.from_json({})
    assert bare == GssListing((), PLAN_STEPS, EXTRA_STEPS)
