"""Attivazione / Disattivazione Opzioni over HTTP against a private sandbox (R-65): the catalogue, every list
rule and every compatibility reason, one running request per company (409 ERR-OPT-01 with the running one),
completion from the sandbox clock (applied once), idempotency (a lost answer retried is one request) and the
permission rows."""

from __future__ import annotations

import uuid

import pytest

from tests.sandbox.conftest import assert_wrapped
from tests.sandbox.options_support import API, Box, refused

REQUEST_KEYS = {"id", "optionCode", "operation", "lineIds", "status", "progress", "createdAt", "expectedAt",
                "completedAt"}


@pytest.fixture(scope="module")
def box():
    sandbox = Box()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def idle(box):
    """No request of the company is running when the test starts."""
    box.finish_running()
    return box


def body(option: str, lines: list[dict], operation: str = "activate") -> dict:
    return {"optionCode": option, "operation": operation, "lineIds": [line["id"] for line in lines]}


def test_r65_catalogue_has_options_of_every_kind_priced_a_month(box):
    for client in (box.admin, box.telco):
        data = assert_wrapped(client.get(f"{API}/options"), "OK", 200)["data"]
        assert data["maxLines"] == 10
        assert {o["kind"] for o in data["options"]} == {"data", "voice", "sms", "roaming"}
        assert len(data["options"]) >= 8
        for option in data["options"]:
            assert option["code"].startswith("OPT-") and option["name"] and option["description"]
            assert isinstance(option["priceCents"], int) and option["priceCents"] > 0
    english = assert_wrapped(box.english.get(f"{API}/options"), "OK", 200)["data"]["options"]
    assert [o["code"] for o in english] == [o["code"] for o in data["options"]]
    assert {o["code"]: o["name"] for o in english}["OPT-VOICE-EU"] == "EU Calls"


def test_r65_line_options_of_a_mobile_line_fixed_refused_unknown_404(box):
    mobile = box.pick()[0]
    data = assert_wrapped(box.admin.get(f"{API}/lines/{mobile['id']}/options"), "OK", 200)["data"]
    assert data["lineId"] == mobile["id"] and isinstance(data["active"], list)
    assert data == assert_wrapped(box.admin.get(f"{API}/lines/{mobile['id']}/options"), "OK", 200)["data"]
    fixed = box.pick(kind="fixed")[0]
    assert fixed["msisdn"] in refused(box.admin.get(f"{API}/lines/{fixed['id']}/options"), "lineId")[0]
    refused(box.admin.get(f"{API}/lines/L99999/options"), "lineId", 404)


@pytest.mark.parametrize("path", ["/options/compatibility", "/options/requests"])
def test_r65_list_rules_in_order(box, path):
    lines = box.pick(11)
    assert len(lines) == 11
    messages = refused(box.post(path, body("OPT-GIGA-50", lines)), "lineIds")
    assert "(R-65)" in messages[0] and "10" in messages[0]
    refused(box.post(path, body("OPT-GIGA-50", [])), "lineIds")
    refused(box.post(path, body("OPT-GIGA-50", [lines[0], lines[0]])), "lineIds")
    refused(box.post(path, {**body("OPT-GIGA-50", lines[:1]), "lineIds": ["L99999"]}), "lineIds", 404)
    assert "OPT-NOPE" in refused(box.post(path, body("OPT-NOPE", lines[:2])), "optionCode")[0]
    refused(box.post(path, body("OPT-GIGA-50", lines[:2], "toggle")), "operation")
    # the count rule comes first: eleven numbers with an unknown option still name lineIds
    refused(box.post(path, body("OPT-NOPE", lines)), "lineIds")
    english = refused(box.post(path, body("OPT-GIGA-50", lines), client=box.english), "lineIds")
    assert "at most ten numbers (R-65)" in english[0]


def test_r65_verdict_per_line_in_the_order_sent_with_every_reason(box):
    fixed = box.pick(kind="fixed")[0]
    data_only = box.pick(data_only=True)[0]
    unlimited = box.pick(offers=("BIZ-UNL-100",))[0]
    voice = box.pick(offers=("BIZ-FLEX", "BIZ-START-10"))
    free = next(line for line in voice if "OPT-VOICE-1000" not in box.active_options(line["id"]))
    sent = [free, fixed, data_only, unlimited]
    answer = box.post("/options/compatibility", body("OPT-VOICE-1000", sent), keyed=False)
    verdicts = assert_wrapped(answer, "OK", 200)["data"]["verdicts"]
    assert [v["lineId"] for v in verdicts] == [line["id"] for line in sent]
    assert [v["msisdn"] for v in verdicts] == [line["msisdn"] for line in sent]
    assert [v["reasonCode"] for v in verdicts] == [None, "FIXED_LINE", "DATA_ONLY", "OFFER_EXCLUDED"]
    assert [v["compatible"] for v in verdicts] == [True, False, False, False]
    assert verdicts[0]["reason"] is None and all(v["reason"] for v in verdicts[1:])
    assert "Business Unlimited 100" in verdicts[3]["reason"]
    english = assert_wrapped(
        box.post("/options/compatibility", body("OPT-VOICE-1000", sent), client=box.english), "OK", 200
    )["data"]["verdicts"]
    assert english[2]["reason"] == "it is a data-only SIM, without voice or SMS"
    assert english[2]["reason"] != verdicts[2]["reason"]
    # data options are fine on a data-only SIM and on an unlimited offer
    data = assert_wrapped(box.post("/options/compatibility", body("OPT-GIGA-NIGHT", [data_only, unlimited])),
                          "OK", 200)["data"]["verdicts"]
    assert [v["compatible"] for v in data] == [
        "OPT-GIGA-NIGHT" not in box.active_options(data_only["id"]),
        "OPT-GIGA-NIGHT" not in box.active_options(unlimited["id"]),
    ]


def test_r65_already_active_and_not_active(box):
    mobiles = box.pick(40)
    with_option = next((line, code) for line in mobiles for code in box.active_options(line["id"]))
    line, code = with_option
    again = assert_wrapped(box.post("/options/compatibility", body(code, [line])), "OK", 200)["data"]
    assert again["verdicts"][0]["reasonCode"] == "ALREADY_ACTIVE"
    off = assert_wrapped(box.post("/options/compatibility", body(code, [line], "deactivate")), "OK", 200)["data"]
    assert off["verdicts"][0]["compatible"] is True
    without = next(m for m in mobiles if "OPT-ROAM-WORLD" not in box.active_options(m["id"]))
    off = assert_wrapped(box.post("/options/compatibility", body("OPT-ROAM-WORLD", [without], "deactivate")),
                         "OK", 200)["data"]
    assert off["verdicts"][0]["reasonCode"] == "NOT_ACTIVE"
    fixed = box.pick(kind="fixed")[0]
    off = assert_wrapped(box.post("/options/compatibility", body("OPT-ROAM-WORLD", [fixed], "deactivate")),
                         "OK", 200)["data"]
    assert off["verdicts"][0]["reasonCode"] == "FIXED_LINE"


def test_r65_a_request_with_an_incompatible_line_names_each_number_and_changes_nothing(idle):
    box = idle
    fixed = box.pick(kind="fixed")[0]
    data_only = box.pick(data_only=True)[0]
    ok = box.pick(offers=("BIZ-FLEX", "BIZ-START-10"))[0]
    before = box.requests()["requests"]
    messages = refused(box.post("/options/requests", body("OPT-SMS-500", [ok, fixed, data_only])), "lineIds")
    assert len(messages) == 2
    assert fixed["msisdn"] in messages[0] and data_only["msisdn"] in messages[1]
    assert "linea fissa" in messages[0] and "solo dati" in messages[1]
    assert box.requests()["requests"] == before


def test_r65_one_running_request_per_company_until_the_clock_passes_five_minutes(idle):
    box = idle
    lines = [line for line in box.pick(30, offers=("BIZ-FLEX", "BIZ-START-10", "BIZ-DATA-200"))
             if "OPT-ROAM-EU" not in box.active_options(line["id"])][:3]
    key = str(uuid.uuid4())
    refused(box.post("/options/requests", body("OPT-ROAM-EU", lines), keyed=False), "Idempotency-Key")
    first = box.post("/options/requests", body("OPT-ROAM-EU", lines), key=key)
    request = assert_wrapped(first, "OK", 200)["data"]["request"]
    assert set(request) == REQUEST_KEYS
    assert request["id"].startswith("OPR-") and request["status"] == "running" and 0 <= request["progress"] < 100
    assert request["lineIds"] == [line["id"] for line in lines] and request["completedAt"] is None
    # the same key again: the first answer, no second request
    assert box.post("/options/requests", body("OPT-ROAM-EU", lines), key=key).content == first.content
    assert [r["id"] for r in box.requests()["requests"]].count(request["id"]) == 1
    # another request, even by another manager: 409 ERR-OPT-01 with the running one
    other = box.pick(skip={line["id"] for line in lines})[0]
    for client in (box.admin, box.telco):
        answer = box.post("/options/requests", body("OPT-GIGA-100", [other]), client=client)
        blocked = assert_wrapped(answer, "FAIL", 409, "ERR-OPT-01")
        assert blocked["data"]["id"] == request["id"] and blocked["data"]["status"] == "running"
        assert request["id"] in blocked["messages"][0]["message"]
    box.advance(150)
    running = box.requests()["running"]
    # 150 s or more of 300 have passed; on a machine so slow that real time took the rest, it is done already
    if running is not None:
        assert running["id"] == request["id"] and 50 <= running["progress"] < 100
        assert all("OPT-ROAM-EU" not in box.active_options(line["id"]) for line in lines)
    box.advance(151)
    state = box.requests()
    assert state["running"] is None
    done = state["requests"][0]
    assert done["id"] == request["id"] and done["status"] == "completed" and done["progress"] == 100
    assert done["completedAt"] == done["expectedAt"]
    assert all("OPT-ROAM-EU" in box.active_options(line["id"]) for line in lines)
    # accepted again; deactivating what the first request put on
    second = box.post("/options/requests", body("OPT-ROAM-EU", lines[:1], "deactivate"))
    assert assert_wrapped(second, "OK", 200)["data"]["request"]["status"] == "running"
    box.advance(301)
    assert "OPT-ROAM-EU" not in box.active_options(lines[0]["id"])
    assert all("OPT-ROAM-EU" in box.active_options(line["id"]) for line in lines[1:])


def test_r65_completion_is_applied_once_by_a_read_without_the_clock_hook(idle):
    box = idle
    line = next(line for line in box.pick(30) if "OPT-GIGA-NIGHT" not in box.active_options(line["id"]))
    request = assert_wrapped(box.post("/options/requests", body("OPT-GIGA-NIGHT", [line])), "OK", 200)
    request_id = request["data"]["request"]["id"]
    box.advance(400)  # the hook applies it once; later reads find it done and do nothing more
    for _ in range(2):
        assert box.active_options(line["id"]).count("OPT-GIGA-NIGHT") == 1
        assert box.requests()["requests"][0]["id"] == request_id


def test_r65_dropped_answer_after_commit_retried_with_the_same_key_is_one_request(idle):
    box = idle
    line = next(line for line in box.pick(30) if "OPT-GIGA-100" not in box.active_options(line["id"]))
    key = str(uuid.uuid4())
    before = len(box.requests()["requests"])
    box.http.post("/sandbox/faults", json={"mode": "drop", "count": 1, "pathPrefix": "/api/v1/options/requests",
                                          "after": True}).raise_for_status()
    with pytest.raises(Exception):  # noqa: B017 - the connection closes without an answer
        box.post("/options/requests", body("OPT-GIGA-100", [line]), key=key)
    retried = assert_wrapped(box.post("/options/requests", body("OPT-GIGA-100", [line]), key=key), "OK", 200)
    requests = box.requests()
    assert len(requests["requests"]) == before + 1
    assert requests["running"]["id"] == retried["data"]["request"]["id"]


def test_r65_dipendente_gets_403_on_every_options_endpoint(box):
    line_id = box.employee.user["lineId"]
    answers = [
        box.employee.get(f"{API}/options"),
        box.employee.get(f"{API}/lines/{line_id}/options"),
        box.employee.get(f"{API}/options/requests"),
        box.post("/options/compatibility", {"optionCode": "OPT-GIGA-50", "operation": "activate",
                                            "lineIds": [line_id]}, client=box.employee),
        box.post("/options/requests", {"optionCode": "OPT-GIGA-50", "operation": "activate",
                                       "lineIds": [line_id]}, client=box.employee),
    ]
    for answer in answers:
        assert_wrapped(answer, "FAIL", 403, "ERR-AUTH-03")


def test_r65_another_companys_line_is_unknown(box):
    other = box.http.get("/sandbox/lines", params={"companyId": "C0002", "kind": "mobile", "limit": 1}).json()
    line_id = other["lines"][0]["id"]
    refused(box.admin.get(f"{API}/lines/{line_id}/options"), "lineId", 404)
    refused(box.post("/options/compatibility", {"optionCode": "OPT-GIGA-50", "operation": "activate",
                                                "lineIds": [line_id]}), "lineIds", 404)
