"""Attivazione linee, Associazione SIM and Promozioni in the domain (R-61, R-62, R-63): parsing the contract's
answers (stages in their order, unknown codes kept), the "Tienimi aggiornato" rule naming the field, the
request it makes, and a label for every code the sandbox sends."""

from __future__ import annotations

import re
from pathlib import Path

from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.activations import (
    STAGE_ORDER,
    STAGES,
    Activation,
    Promotion,
    SimEvent,
    check_keep_updated,
    keep_updated_payload,
    stage_percent,
)
from windtre_desktop.domain.coverage import ABROAD_COVERAGE_URL, NATIONAL_COVERAGE_URL
from windtre_desktop.sandbox import activations as sandbox

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"
RAW = {
    "id": "ACT-C0001-0001", "msisdn": "+390212345678", "address": "Via Roma 1, 20121 Milano",
    "offer": {"code": "BIZ-FIB-1000", "name": "Business Fibra 1000"},
    "requestedAt": "2026-11-30T10:00:00+01:00", "expectedAt": "2026-12-20T18:00:00+01:00",
    "progress": 42, "stage": "scheduled",
    "stages": [{"code": c, "percent": p, "reachedAt": "2026-12-01T10:00:00+01:00" if p <= 40 else None}
               for c, p in reversed(STAGES)],
    "keepUpdated": {"channel": "sms", "to": "+393471234567"},
}


def test_an_activation_is_read_with_its_stages_in_order():
    activation = Activation.from_json(RAW)
    assert [s.code for s in activation.stages] == list(STAGE_ORDER)
    assert [s.reached for s in activation.stages] == [True, True, True, False, False, False]
    assert (activation.offer_name, activation.progress, activation.stage) == ("Business Fibra 1000", 42, "scheduled")
    assert activation.keep_updated.channel == "sms" and activation.keep_updated.to == "+393471234567"
    bare = Activation.from_json({"id": "ACT-X", "progress": 140, "keepUpdated": None})
    assert bare.progress == 100 and bare.keep_updated is None and bare.stages == ()
    odd = Activation.from_json({**RAW, "stages": [{"code": "new_stage", "percent": 50}, *RAW["stages"]]})
    assert odd.stages[-1].code == "new_stage"  # an unknown stage is kept, after the known ones
    assert stage_percent("testing") == 80 and stage_percent("nope") is None


def test_history_events_and_promotions_are_read():
    event = SimEvent.from_json({"at": "2026-05-01T10:00:00+02:00", "action": "associated", "lineId": "L00003",
                                "msisdn": "+393471111111", "employee": "3472222222", "employeeName": "Mario Rossi"})
    assert (event.action, event.employee, event.employee_name) == ("associated", "3472222222", "Mario Rossi")
    promotion = Promotion.from_json({"id": "PROMO-01", "name": "Giga", "kind": "data", "validUntil": "2027-01-31",
                                     "lineIds": ["L00001", "L00002"]})
    assert promotion.line_ids == ("L00001", "L00002") and promotion.description == ""


def test_keep_updated_rule_names_the_field_and_the_rule():
    for to in ("", "02 1234 5678", "abc", "+33 6 12 34 56 78"):
        assert str(check_keep_updated("sms", to)).startswith("Mobile number:")
    for to in ("", "mario", "mario@", "a b@example.it"):
        assert str(check_keep_updated("email", to)).startswith("Email:")
    assert str(check_keep_updated("fax", "x")).startswith("Channel:")
    assert check_keep_updated("sms", "347 123 4567") is None
    assert check_keep_updated("email", " Mario.Rossi@Example.IT ") is None
    assert check_keep_updated("none", "") is None


def test_keep_updated_request_is_normalised():
    assert keep_updated_payload("ACT-1", "sms", "347 123 4567") == {
        "activationId": "ACT-1", "channel": "sms", "to": "+393471234567"}
    assert keep_updated_payload("ACT-1", "email", " Mario@Example.IT ")["to"] == "Mario@example.it"
    assert keep_updated_payload("ACT-1", "none", "ignored") == {"activationId": "ACT-1", "channel": "none"}


def test_every_code_the_sandbox_sends_has_a_label_and_is_in_the_contract():
    assert STAGES == sandbox.STAGES
    assert set(STAGE_ORDER) == sl.ACTIVATION_STAGES.keys()
    assert sl.SIM_ACTIONS.keys() == {"associated", "dissociated"}
    assert {t[0] for t in sandbox.PROMOTION_TEMPLATES} <= sl.PROMOTION_KINDS.keys()
    text = API_MD.read_text(encoding="utf-8")
    section = text.split("### Codes and labels", 1)[1].split("\n### ", 1)[0]
    listed = set(re.findall(r"`([A-Za-z0-9_]+)`", section))
    for table in (sl.ACTIVATION_STAGES, sl.SIM_ACTIONS, sl.PROMOTION_KINDS):
        assert table.keys() <= listed


def test_the_coverage_links_are_the_operators_https_pages():
    for url in (NATIONAL_COVERAGE_URL, ABROAD_COVERAGE_URL):
        assert url.startswith("https://www.windtrebusiness.it/")
    assert NATIONAL_COVERAGE_URL != ABROAD_COVERAGE_URL
