"""The options and services rules the app explains before sending (R-65, R-66) and the labels of their codes,
without Qt."""

from __future__ import annotations

import re
from pathlib import Path

from windtre_desktop.domain import options as o
from windtre_desktop.domain import server_labels as sl
from windtre_desktop.sandbox import options as sandbox

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"
RUNNING = o.OptionRequest.from_json({"id": "OPR-000001", "optionCode": "OPT-GIGA-50", "operation": "activate",
                                     "lineIds": ["L00001"], "status": "running", "progress": 40,
                                     "createdAt": "", "expectedAt": "", "completedAt": None})


def verdict(line_id: str, ok: bool) -> o.Verdict:
    return o.Verdict(line_id, "+39" + line_id, ok, None if ok else "DATA_ONLY", "" if ok else "solo dati")


def test_r65_an_eleventh_number_is_refused_naming_the_rule():
    chosen = [f"L{i:05d}" for i in range(10)]
    assert o.refuse_addition(chosen[:9], "L00099") is None
    assert "at most ten numbers (R-65)" in o.refuse_addition(chosen, "L00099").render()
    assert "already chosen" in o.refuse_addition(chosen[:3], "L00001").render()
    assert o.check_selection(chosen) is None
    assert "(R-65)" in o.check_selection([]).render()
    assert "at most ten numbers (R-65)" in o.check_selection([*chosen, "L00099"]).render()
    assert "twice" in o.check_selection(["L00001", "L00001"]).render()


def test_r65_send_only_when_this_choice_was_checked_all_compatible_and_nothing_runs():
    lines = ["L00001", "L00002"]
    good = o.Check("OPT-GIGA-50", "activate", tuple(lines), (verdict("L00001", True), verdict("L00002", True)))
    bad = o.Check("OPT-GIGA-50", "activate", tuple(lines), (verdict("L00001", True), verdict("L00002", False)))
    assert o.send_refusal(good, "OPT-GIGA-50", "activate", lines, None) is None
    assert o.send_refusal(bad, "OPT-GIGA-50", "activate", lines, None).render().startswith("1 of the chosen numbers")
    assert o.send_refusal(good, "", "activate", lines, None).render() == "Option: choose an option from the catalogue."
    assert "Check the compatibility" in o.send_refusal(None, "OPT-GIGA-50", "activate", lines, None).render()
    for option, operation, chosen in (("OPT-GIGA-100", "activate", lines), ("OPT-GIGA-50", "deactivate", lines),
                                      ("OPT-GIGA-50", "activate", lines[:1])):
        assert "Check the compatibility" in o.send_refusal(good, option, operation, chosen, None).render()
    refusal = o.send_refusal(good, "OPT-GIGA-50", "activate", lines, RUNNING).render()
    assert "OPR-000001" in refusal and "40 %" in refusal and "(R-65)" in refusal
    done = o.OptionRequest.from_json({"id": "OPR-000001", "status": "completed", "progress": 100})
    assert o.send_refusal(good, "OPT-GIGA-50", "activate", lines, done) is None
    assert "(R-65)" in o.send_refusal(good, "OPT-GIGA-50", "activate", [], None).render()


def test_r66_a_service_change_needs_its_check():
    service = o.Service("SRV-NEWS", "Notizie", "", "mobile", "content", False, None)
    assert o.operation_for(service) == "activate"
    assert o.service_refusal(None, "activate", None) is not None
    assert o.service_refusal(service, "activate", None) is not None
    assert o.service_refusal(service, "activate", o.ServiceCheck("SRV-NEWS", False, "ALREADY_ACTIVE", "")) is not None
    assert o.service_refusal(service, "activate", o.ServiceCheck("SRV-NEWS", True, None, "")) is None


def test_every_option_and_service_code_the_sandbox_sends_has_a_label_and_is_in_the_contract():
    assert {opt.kind for opt in sandbox.OPTIONS} == sl.OPTION_KINDS.keys()
    assert set(sandbox.OPERATIONS) == sl.OPTION_OPERATIONS.keys()
    assert {s.category for s in sandbox.SERVICES} == sl.SERVICE_CATEGORIES.keys()
    assert {s.kind for s in sandbox.SERVICES} == sl.SERVICE_KINDS.keys()
    words = {key.removeprefix("reason_") for key in sandbox_messages() if key.startswith("reason_")}
    assert words == sl.COMPATIBILITY_REASONS.keys()
    text = API_MD.read_text(encoding="utf-8")
    section = text.split("### Codes and labels", 1)[1].split("\n### ", 1)[0]
    listed = set(re.findall(r"`([A-Za-z0-9_]+)`", section))
    for table in (sl.OPTION_KINDS, sl.OPTION_OPERATIONS, sl.COMPATIBILITY_REASONS, sl.OPTION_REQUEST_STATUSES,
                  sl.SERVICE_CATEGORIES, sl.SERVICE_KINDS):
        assert table.keys() <= listed


def sandbox_messages() -> dict:
    from windtre_desktop.sandbox.messages import MESSAGES

    return MESSAGES


def test_a_service_change_is_refused_until_chosen_checked_and_compatible():
    service = o.Service("SRV1", "Segreteria", "", "mobile", "technical", False, None)
    assert o.service_refusal(None, "activate", None).render() == "Service: choose a service."
    assert o.service_refusal(service, "activate", None).render() == "Check the service first."
    other = o.ServiceCheck("SRV2", True, None, "")
    assert o.service_refusal(service, "activate", other).render() == "Check the service first."
    refused = o.ServiceCheck("SRV1", False, "SRV-X", "no")
    assert o.service_refusal(service, "activate", refused).render() == "This change is not possible on this line."
    assert o.service_refusal(service, "activate", o.ServiceCheck("SRV1", True, None, "")) is None


def test_a_service_that_is_on_can_be_turned_off_and_one_that_is_off_on():
    off = o.Service("SRV1", "Segreteria", "", "mobile", "technical", False, None)
    on = o.Service("SRV1", "Segreteria", "", "mobile", "technical", True, None)
    assert (o.operation_for(off), o.operation_for(on)) == ("activate", "deactivate")
