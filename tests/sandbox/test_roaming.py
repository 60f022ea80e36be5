"""Data abroad over HTTP (R-81): a line's threshold and its three windows, the six events and six SMS to each
of the referent and the line, the block at 100 %, every refusal of unlock, and who may see what."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import assert_wrapped
from tests.sandbox.notification_support import GIGA, NtfBox, refused


@pytest.fixture(scope="module")
def box():
    sandbox = NtfBox()
    yield sandbox
    sandbox.stop()


def roaming(box, line_id, client=None) -> dict:
    return assert_wrapped(box.roaming(line_id, client), "OK", 200)["data"]


def test_r81_a_line_starts_with_a_threshold_of_one_to_five_giga_nothing_used(box):
    line = box.mobiles()[3]
    data = roaming(box, line["id"])
    assert data == {
        "lineId": line["id"],
        "msisdn": line["msisdn"],
        "thresholdBytes": data["thresholdBytes"],
        "usedBytes": 0,
        "unlocksUsed": 0,
        "unlocksLeft": 2,
        "blocked": False,
        "referentPhone": box.referent,
    }
    assert data["thresholdBytes"] in [g * GIGA for g in range(1, 6)]
    thresholds = {roaming(box, m["id"])["thresholdBytes"] for m in box.mobiles(30)}
    assert len(thresholds) > 1  # from the seed, per line


def test_r81_three_windows_give_six_events_and_six_sms_to_each_and_a_third_unlock_is_refused(box):
    line = box.mobiles()[5]
    line_id, msisdn = line["id"], line["msisdn"]
    threshold = roaming(box, line_id)["thresholdBytes"]
    box.http.delete("/sandbox/outbox")
    before = {e["id"] for e in box.feed()}
    for window in range(3):
        data = box.use_abroad(line_id, threshold * 79 // 100)
        assert data["usedBytes"] == threshold * 79 // 100 and not data["blocked"]  # under 80 %: nothing
        data = box.use_abroad(line_id, threshold // 100 + 1)  # over 80 %
        assert not data["blocked"]
        data = box.use_abroad(line_id, threshold)  # to 100 %: blocked, used stops at the threshold
        assert data["blocked"] and data["usedBytes"] == threshold
        assert box.use_abroad(line_id, GIGA)["usedBytes"] == threshold  # nothing while blocked
        assert data["unlocksUsed"] == window and data["unlocksLeft"] == 2 - window
        if window < 2:
            answer = assert_wrapped(box.unlock(line_id), "OK", 200)["data"]
            assert answer["blocked"] is False and answer["usedBytes"] == 0
            assert answer["unlocksUsed"] == window + 1 and answer["unlocksLeft"] == 1 - window
    text = refused(box.unlock(line_id), "lineId")
    assert msisdn in text
    assert roaming(box, line_id)["blocked"] is True
    events = [e for e in box.feed() if e["id"] not in before]
    assert [(e["percent"], e["unlock"]) for e in reversed(events)] == [
        (80, 0), (100, 0), (80, 1), (100, 1), (80, 2), (100, 2),
    ]  # fmt: skip
    for event in events:
        assert event["kind"] == "data_abroad_threshold"
        assert (event["lineId"], event["msisdn"], event["thresholdBytes"]) == (line_id, msisdn, threshold)
    assert events[0]["usedBytes"] == threshold
    sms = box.outbox()
    assert all(m["channel"] == "sms" for m in sms)
    assert sorted(m["to"] for m in sms) == sorted([box.referent] * 6 + [msisdn] * 6)
    assert sum("bloccato" in m["body"] for m in sms) == 6  # the three 100 % messages, to both numbers


def test_r81_unlock_refused_when_not_blocked(box):
    line_id = box.mobiles()[7]["id"]
    refused(box.unlock(line_id), "lineId")
    box.use_abroad(line_id, GIGA // 10)
    refused(box.unlock(line_id), "lineId")
    assert roaming(box, line_id)["unlocksUsed"] == 0


def test_r81_unlock_needs_a_key_and_a_repeat_opens_no_second_window(box):
    line_id = box.mobiles()[8]["id"]
    box.use_abroad(line_id, 10 * GIGA)
    refused(box.unlock(line_id, key=None), "Idempotency-Key")
    first = assert_wrapped(box.unlock(line_id, key="unlock-once"), "OK", 200)["data"]
    again = assert_wrapped(box.unlock(line_id, key="unlock-once"), "OK", 200)["data"]
    assert first == again and again["unlocksUsed"] == 1
    assert roaming(box, line_id)["unlocksUsed"] == 1


def test_r81_a_fixed_line_has_no_roaming_and_an_unknown_line_is_404(box):
    fixed = box.fixed()["id"]
    refused(box.roaming(fixed), "lineId")
    refused(box.unlock(fixed), "lineId")
    assert_wrapped(box.roaming("L99999"), "FAIL", 404, "ERR-VAL-01")
    assert box.http.post("/sandbox/roaming/usage", json={"lineId": "L99999", "bytes": 1}).status_code == 404
    assert box.http.post("/sandbox/roaming/usage", json={"lineId": fixed, "bytes": 1}).status_code == 400


def test_r81_a_dipendente_sees_its_own_line_only_and_may_not_unlock(box):
    own = box.employee_line
    assert roaming(box, own, box.employee)["lineId"] == own
    other = next(m["id"] for m in box.mobiles() if m["id"] != own)
    assert_wrapped(box.roaming(other, box.employee), "FAIL", 403, "ERR-AUTH-03")
    box.use_abroad(own, 10 * GIGA)
    assert_wrapped(box.unlock(own, client=box.employee), "FAIL", 403, "ERR-AUTH-03")
    assert_wrapped(box.unlock(own, client=box.autologin), "FAIL", 403, "ERR-AUTH-03")
    assert roaming(box, own, box.telco)["blocked"] is True
    assert_wrapped(box.unlock(own, client=box.telco), "OK", 200)
