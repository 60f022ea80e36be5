"""Ricarica Automatica over HTTP against a private sandbox (R-67): the rules listed, made, changed and cancelled;
every refusal naming its field; a threshold rule topping up once per drop under its threshold after simulated
usage; a monthly rule applying every anniversary the clock passes, each once, even after one big jump; the
automatic entries in "Storico Ricariche" (R-43); a Dipendente's 403."""

from __future__ import annotations

import calendar
import uuid
from datetime import datetime

import httpx
import pytest

from tests.sandbox.accounts_support import Sandbox
from tests.sandbox.conftest import assert_wrapped, user_of
from windtre_desktop.sandbox.runner import SandboxServer

API = "/api/v1"


class Box(Sandbox):
    def __init__(self) -> None:
        server = SandboxServer(lines=250, seed=9)
        server.start()
        super().__init__(server)
        self.sign_in()
        self.used: set[str] = set()

    def sign_in(self) -> None:
        """(Again: a big move of the clock expires the sessions.)"""
        self.admin = self.login("admin.demo", "Demo2026!")
        employee = user_of(self.server, "DIPENDENTE")
        self.employee = self.login(employee["username"], employee["password"])

    def stop(self) -> None:
        self.close()
        self.server.stop()

    def lines(self) -> list[dict]:
        return assert_wrapped(self.admin.get(f"{API}/lines"), "OK", 200)["data"]

    def line(self, line_id: str) -> dict:  # type: ignore[override]
        return assert_wrapped(self.admin.get(f"{API}/lines/{line_id}"), "OK", 200)["data"]

    def prepaid(self, accept=lambda line: True) -> dict:
        for line in self.lines():
            if (line["kind"] == "mobile" and line["paymentType"] == "prepaid" and line["id"] not in self.used
                    and accept(line)):  # fmt: skip
                self.used.add(line["id"])
                return line
        raise AssertionError("no such prepaid line left")

    def put(self, line_id: str, body: dict, client: httpx.Client | None = None) -> httpx.Response:
        return (client or self.admin).put(
            f"{API}/lines/{line_id}/auto-recharge", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
        )

    def delete(self, line_id: str) -> httpx.Response:
        return self.admin.delete(f"{API}/lines/{line_id}/auto-recharge", headers={"Idempotency-Key": str(uuid.uuid4())})

    def rules(self) -> dict:
        return assert_wrapped(self.admin.get(f"{API}/auto-recharges"), "OK", 200)["data"]

    def rule(self, line_id: str) -> dict | None:
        return next((r for r in self.rules()["rules"] if r["lineId"] == line_id), None)

    def automatic(self, line_id: str) -> list[dict]:
        """The automatic top-ups the rules made (their attempts carry an `RA…` transaction)."""
        history = assert_wrapped(self.admin.get(f"{API}/lines/{line_id}/recharges"), "OK", 200)["data"]
        made = [a for a in history["attempts"] if a["transactionId"].startswith("RA")]
        dates = {a["date"] for a in made}
        done = [d for d in history["done"] if d["type"] == "automatic" and d["date"] in dates]
        assert len(done) == len(made)
        return made


@pytest.fixture(scope="module")
def box():
    made = Box()
    yield made
    made.stop()


def refusal(response: httpx.Response, field: str, status: int = 400) -> str:
    body = assert_wrapped(response, "FAIL", status, "ERR-VAL-01")
    assert body["messages"][0]["field"] == field
    return body["messages"][0]["message"]


def test_the_list_gives_the_cuts_and_the_thresholds(box):
    data = box.rules()
    assert data["amountsCents"] == [500, 1000, 1500, 2000, 2500, 5000]
    assert data["thresholdsCents"] == [300, 500, 1000, 2000]


def test_every_rule_of_the_form_is_refused_naming_its_field(box):
    line = box.prepaid()
    everyone = box.lines()
    postpaid = next(x for x in everyone if x["kind"] == "mobile" and x["paymentType"] == "postpaid")
    fixed = next(x for x in everyone if x["kind"] == "fixed")
    good = {"mode": "threshold", "thresholdCents": 500, "amountCents": 1000, "method": "invoice"}
    for other in (postpaid, fixed):
        assert other["msisdn"] in refusal(box.put(other["id"], good), "lineId")
    refusal(box.put("L99999", good), "lineId", 404)
    refusal(box.put(line["id"], {**good, "mode": "weekly"}), "mode")
    assert "3" in refusal(box.put(line["id"], {**good, "thresholdCents": 400}), "thresholdCents")
    refusal(box.put(line["id"], {**good, "thresholdCents": None}), "thresholdCents")
    refusal(box.put(line["id"], {**good, "mode": "monthly"}), "thresholdCents")
    refusal(box.put(line["id"], {**good, "amountCents": 300}), "amountCents")
    refusal(box.put(line["id"], {**good, "method": "cash"}), "method")
    no_key = box.admin.put(f"{API}/lines/{line['id']}/auto-recharge", json=good)
    refusal(no_key, "Idempotency-Key")
    assert box.rule(line["id"]) is None
    refusal(box.delete(line["id"]), "lineId", 404)


def test_a_dipendente_may_not_see_or_set_rules(box):
    line = box.prepaid()
    body = {"mode": "monthly", "thresholdCents": None, "amountCents": 1000, "method": "invoice"}
    assert_wrapped(box.employee.get(f"{API}/auto-recharges"), "FAIL", 403, "ERR-AUTH-03")
    assert_wrapped(box.put(line["id"], body, client=box.employee), "FAIL", 403, "ERR-AUTH-03")
    answer = box.employee.delete(f"{API}/lines/{line['id']}/auto-recharge", headers={"Idempotency-Key": "k1"})
    assert_wrapped(answer, "FAIL", 403, "ERR-AUTH-03")
    assert box.rule(line["id"]) is None


def test_a_rule_is_made_changed_and_cancelled(box):
    line = box.prepaid(lambda x: x["creditCents"] >= 2500)
    body = {"mode": "threshold", "thresholdCents": 500, "amountCents": 1000, "method": "card"}
    rule = assert_wrapped(box.put(line["id"], body), "OK", 200)["data"]["rule"]
    assert rule["lineId"] == line["id"] and rule["msisdn"] == line["msisdn"]
    assert (rule["mode"], rule["thresholdCents"], rule["amountCents"], rule["method"]) == ("threshold", 500, 1000,
                                                                                            "card")  # fmt: skip
    assert rule["nextAt"] is None and rule["lastAppliedAt"] is None and rule["appliedCount"] == 0
    assert box.rule(line["id"]) == rule
    changed = assert_wrapped(box.put(line["id"], {**body, "thresholdCents": 300, "amountCents": 2000}), "OK", 200)
    changed = changed["data"]["rule"]
    assert changed["thresholdCents"] == 300 and changed["amountCents"] == 2000
    assert changed["activatedAt"] == rule["activatedAt"]  # same mode: same activation
    box.advance(5)
    monthly = assert_wrapped(box.put(line["id"], {**body, "mode": "monthly", "thresholdCents": None}), "OK", 200)
    monthly = monthly["data"]["rule"]
    assert monthly["mode"] == "monthly" and monthly["thresholdCents"] is None and monthly["nextAt"]
    assert monthly["activatedAt"] != rule["activatedAt"]  # a change of mode starts a new activation
    assert assert_wrapped(box.delete(line["id"]), "OK", 200)["data"] == {"rule": None}
    assert box.rule(line["id"]) is None
    refusal(box.delete(line["id"]), "lineId", 404)
    assert box.line(line["id"])["creditCents"] == line["creditCents"]  # never under the threshold: no top-up


def test_a_threshold_rule_tops_up_once_per_drop_after_usage(box):
    # the prepaid line closest above 3 euro: usage (0-3 euro a round) takes it under the threshold soon
    candidates = [x for x in box.lines() if x["kind"] == "mobile" and x["paymentType"] == "prepaid"
                  and x["id"] not in box.used and x["creditCents"] >= 300]  # fmt: skip
    line = min(candidates, key=lambda x: x["creditCents"])
    box.used.add(line["id"])
    body = {"mode": "threshold", "thresholdCents": 300, "amountCents": 5000, "method": "invoice"}
    assert_wrapped(box.put(line["id"], body), "OK", 200)
    assert box.rule(line["id"])["appliedCount"] == 0
    rounds = 0
    while box.rule(line["id"])["appliedCount"] == 0:
        rounds += 1
        assert rounds < 500, "usage never took the credit under the threshold"
        answer = box.http.post("/sandbox/usage", json={"lines": 250})
        answer.raise_for_status()
    rule = box.rule(line["id"])
    assert rule["appliedCount"] == 1 and rule["lastAppliedAt"]
    credit = box.line(line["id"])["creditCents"]
    assert 5000 <= credit < 5300  # under 3 euro, plus the top-up
    (made,) = box.automatic(line["id"])
    assert (made["amountCents"], made["status"], made["outcomeCode"]) == (5000, "completed", "RECHARGED")
    for _ in range(5):  # more usage and time, the credit stays above the threshold: no second top-up
        box.http.post("/sandbox/usage", json={"lines": 250}).raise_for_status()
    box.advance(60)
    assert box.rule(line["id"])["appliedCount"] == 1
    assert len(box.automatic(line["id"])) == 1


def test_a_threshold_rule_made_under_its_threshold_tops_up_once_and_waits(box):
    line = box.prepaid(lambda x: x["creditCents"] < 1000)
    body = {"mode": "threshold", "thresholdCents": 2000, "amountCents": 500, "method": "card"}
    rule = assert_wrapped(box.put(line["id"], body), "OK", 200)["data"]["rule"]
    assert rule["appliedCount"] == 1
    assert box.line(line["id"])["creditCents"] == line["creditCents"] + 500
    box.advance(60)  # still under the threshold after the top-up: no further one until it is above again
    assert box.rule(line["id"])["appliedCount"] == 1
    assert box.line(line["id"])["creditCents"] == line["creditCents"] + 500


def _anniversary(activated: datetime, months: int) -> tuple[int, int, int, int, int, int]:
    index = activated.month - 1 + months
    year, month = activated.year + index // 12, index % 12 + 1
    day = min(activated.day, calendar.monthrange(year, month)[1])
    return (year, month, day, activated.hour, activated.minute, activated.second)


def test_a_monthly_rule_applies_every_anniversary_once_even_after_one_big_jump(box):
    line = box.prepaid()
    body = {"mode": "monthly", "thresholdCents": None, "amountCents": 1000, "method": "invoice"}
    rule = assert_wrapped(box.put(line["id"], body), "OK", 200)["data"]["rule"]
    activated = datetime.fromisoformat(rule["activatedAt"])
    first = datetime.fromisoformat(rule["nextAt"])
    assert first.timetuple()[:6] == _anniversary(activated, 1)
    credit = box.line(line["id"])["creditCents"]
    box.advance(100 * 86400)  # three months pass in 100 days whatever the months' lengths, four do not
    box.sign_in()
    rule = box.rule(line["id"])
    assert rule["appliedCount"] == 3
    assert box.line(line["id"])["creditCents"] == credit + 3000
    made = box.automatic(line["id"])
    stamps = sorted(datetime.fromisoformat(a["date"]).timetuple()[:6] for a in made)
    assert stamps == [_anniversary(activated, k) for k in (1, 2, 3)]  # each stamped at its due time
    assert rule["lastAppliedAt"] == max(a["date"] for a in made)
    assert datetime.fromisoformat(rule["nextAt"]).timetuple()[:6] == _anniversary(activated, 4)
    box.advance(60)
    box.sign_in()
    assert box.rule(line["id"])["appliedCount"] == 3
    assert box.line(line["id"])["creditCents"] == credit + 3000
