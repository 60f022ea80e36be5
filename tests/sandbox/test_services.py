"""Servizi Mobile and Servizi a Sovrapprezzo over HTTP against a private sandbox (R-66): the list of a mobile
line, the check with every reason, activation and deactivation (Idempotency-Key required, a repeat is the
first answer), premium only with an explicit confirmation, and the premium-services barring."""

from __future__ import annotations

import uuid

import pytest

from tests.sandbox.conftest import assert_wrapped
from tests.sandbox.options_support import API, Box, refused

PREMIUM = ("SRV-PREM-HOROSCOPE", "SRV-PREM-MUSIC", "SRV-PREM-GAMES", "SRV-PREM-METEO")


@pytest.fixture(scope="module")
def box():
    sandbox = Box()
    yield sandbox
    sandbox.stop()


def check(box, line_id: str, code: str, operation: str = "activate", client=None) -> dict:
    answer = (client or box.admin).post(f"{API}/lines/{line_id}/services/check",
                                        json={"code": code, "operation": operation})
    return assert_wrapped(answer, "OK", 200)["data"]


def change(box, line_id: str, code: str, operation: str = "activate", confirm: bool = False, key=None):
    return box.post(f"/lines/{line_id}/services", {"code": code, "operation": operation, "confirmPremium": confirm},
                    key=key)


def test_r66_services_of_a_mobile_line_mobile_and_premium(box):
    line = box.pick()[0]
    for client in (box.admin, box.telco):
        data = assert_wrapped(client.get(f"{API}/lines/{line['id']}/services"), "OK", 200)["data"]
        assert data["lineId"] == line["id"]
        services = data["services"]
        assert {s["category"] for s in services} == {"mobile", "premium"}
        assert {s["kind"] for s in services if s["category"] == "mobile"} == {"technical", "content"}
        premium = [s for s in services if s["category"] == "premium"]
        assert 3 <= len(premium) <= 4 and all(s["kind"] == "premium" and s["priceCents"] > 0 for s in premium)
        assert all(isinstance(s["active"], bool) and s["name"] and s["description"] for s in services)
    # the server's words for its services follow Accept-Language, the codes do not
    english = assert_wrapped(box.english.get(f"{API}/lines/{line['id']}/services"), "OK", 200)["data"]["services"]
    italian = {s["code"]: s["name"] for s in services}
    assert {s["code"]: s["name"] for s in english}["SRV-VOICEMAIL"] == "Voicemail" != italian["SRV-VOICEMAIL"]
    fixed = box.pick(kind="fixed")[0]
    assert fixed["msisdn"] in refused(box.admin.get(f"{API}/lines/{fixed['id']}/services"), "lineId")[0]
    refused(box.admin.post(f"{API}/lines/{fixed['id']}/services/check",
                           json={"code": "SRV-NEWS", "operation": "activate"}), "lineId")
    refused(box.admin.get(f"{API}/lines/L99999/services"), "lineId", 404)


def test_r66_check_reasons(box):
    mobiles = box.pick(60)
    line = mobiles[0]
    services = box.services(line["id"])
    code = next(c for c, s in services.items() if s["active"])
    assert check(box, line["id"], code)["reasonCode"] == "ALREADY_ACTIVE"
    assert check(box, line["id"], code, "deactivate") == {"code": code, "compatible": True, "reasonCode": None,
                                                          "reason": None}
    off = next(c for c, s in services.items() if not s["active"])
    verdict = check(box, line["id"], off, "deactivate")
    assert verdict["compatible"] is False and verdict["reasonCode"] == "NOT_ACTIVE" and verdict["reason"]
    data_only = box.pick(data_only=True)[0]
    assert check(box, data_only["id"], "SRV-VOICEMAIL")["reasonCode"] == "DATA_ONLY"
    assert check(box, data_only["id"], "SRV-VOICEMAIL", client=box.english)["reason"] == (
        "it is a data-only SIM, without voice or SMS")
    start = next(m for m in box.pick(60, offers=("BIZ-START-10",)))
    verdict = check(box, start["id"], "SRV-CLOUD")
    assert verdict["reasonCode"] == "OFFER_EXCLUDED" and "Business Start 10" in verdict["reason"]
    refused(box.admin.post(f"{API}/lines/{line['id']}/services/check",
                           json={"code": "SRV-NOPE", "operation": "activate"}), "code")
    refused(box.admin.post(f"{API}/lines/{line['id']}/services/check",
                           json={"code": "SRV-NEWS", "operation": "on"}), "operation")


def test_r66_activate_and_deactivate_a_mobile_service_with_a_key(box):
    line = next(m for m in box.pick(60) if not box.services(m["id"])["SRV-NEWS"]["active"])
    body = {"code": "SRV-NEWS", "operation": "activate"}
    refused(box.post(f"/lines/{line['id']}/services", body, keyed=False), "Idempotency-Key")
    assert box.services(line["id"])["SRV-NEWS"]["active"] is False
    key = str(uuid.uuid4())
    first = change(box, line["id"], "SRV-NEWS", key=key)
    assert assert_wrapped(first, "OK", 200)["data"]["service"]["active"] is True
    assert box.services(line["id"])["SRV-NEWS"]["active"] is True
    assert change(box, line["id"], "SRV-NEWS", key=key).content == first.content  # the first answer again
    # a new key: already active is refused, naming code and the reason
    message = refused(change(box, line["id"], "SRV-NEWS"), "code")[0]
    assert "già attiva" in message
    off = change(box, line["id"], "SRV-NEWS", "deactivate")
    assert assert_wrapped(off, "OK", 200)["data"]["service"]["active"] is False
    assert box.services(line["id"])["SRV-NEWS"]["active"] is False
    assert "non è attiva" in refused(change(box, line["id"], "SRV-NEWS", "deactivate"), "code")[0]


def test_r66_premium_needs_an_explicit_confirmation(box):
    line = next(m for m in box.pick(60)
                if not (s := box.services(m["id"]))[box_premium := "SRV-PREM-MUSIC"]["active"]
                and not s["SRV-BAR-PREMIUM"]["active"])
    message = refused(change(box, line["id"], box_premium), "confirmPremium")[0]
    assert "sovrapprezzo" in message
    assert box.services(line["id"])[box_premium]["active"] is False
    english = box.post(f"/lines/{line['id']}/services", {"code": box_premium, "operation": "activate"},
                       client=box.english)
    assert "confirm it explicitly" in refused(english, "confirmPremium")[0]
    done = change(box, line["id"], box_premium, confirm=True)
    service = assert_wrapped(done, "OK", 200)["data"]["service"]
    assert service["active"] is True and service["priceCents"] == 299
    # deactivating needs no confirmation
    assert_wrapped(change(box, line["id"], box_premium, "deactivate"), "OK", 200)


def test_r66_premium_barring_refuses_premium_and_switches_it_off(box):
    line = next(m for m in box.pick(60)
                if not (s := box.services(m["id"]))["SRV-BAR-PREMIUM"]["active"] and not s["SRV-PREM-GAMES"]["active"])
    assert_wrapped(change(box, line["id"], "SRV-PREM-GAMES", confirm=True), "OK", 200)
    assert_wrapped(change(box, line["id"], "SRV-BAR-PREMIUM"), "OK", 200)
    services = box.services(line["id"])
    assert services["SRV-BAR-PREMIUM"]["active"] is True
    assert not any(services[code]["active"] for code in PREMIUM)
    verdict = check(box, line["id"], "SRV-PREM-GAMES")
    assert verdict["reasonCode"] == "PREMIUM_BARRED" and verdict["compatible"] is False
    message = refused(change(box, line["id"], "SRV-PREM-GAMES", confirm=True), "code")[0]
    assert "blocco dei servizi a sovrapprezzo" in message
    assert box.services(line["id"])["SRV-PREM-GAMES"]["active"] is False
    # the barring off: premium allowed again
    assert_wrapped(change(box, line["id"], "SRV-BAR-PREMIUM", "deactivate"), "OK", 200)
    assert check(box, line["id"], "SRV-PREM-GAMES")["compatible"] is True


def test_r66_seeded_services_follow_the_rules(box):
    for line in box.pick(80):
        services = box.services(line["id"])
        if services["SRV-BAR-PREMIUM"]["active"]:
            assert not any(services[code]["active"] for code in PREMIUM), line["id"]
    for line in box.pick(10, data_only=True):
        services = box.services(line["id"])
        assert not any(services[c]["active"] for c in ("SRV-VOICEMAIL", "SRV-TIHOCERCATO", "SRV-PREM-METEO"))


def test_r66_dipendente_gets_403(box):
    line_id = box.employee.user["lineId"]
    answers = [
        box.employee.get(f"{API}/lines/{line_id}/services"),
        box.employee.post(f"{API}/lines/{line_id}/services/check", json={"code": "SRV-NEWS", "operation": "activate"}),
        box.post(f"/lines/{line_id}/services", {"code": "SRV-NEWS", "operation": "activate"}, client=box.employee),
    ]
    for answer in answers:
        assert_wrapped(answer, "FAIL", 403, "ERR-AUTH-03")
