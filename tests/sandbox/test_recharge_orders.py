"""Ricarica Online over HTTP against a private sandbox (R-64, R-43): the options, every refusal naming its field
and rule, an invoice order completing at once with the credit in /lines and /sync, card orders paid, refused,
timed out and settled by hand on the hosted step, the history entries, the Dipendente's 403, and a dropped
answer after commit followed by the client's retry giving exactly one order and one credit change."""

from __future__ import annotations

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
        server = SandboxServer(lines=250, seed=5)
        server.start()
        super().__init__(server)
        self.admin = self.login("admin.demo", "Demo2026!")
        telco = user_of(self.server, "TELCO_MANAGER")
        self.telco = self.login(telco["username"], telco["password"])
        employee = user_of(self.server, "DIPENDENTE")
        self.employee = self.login(employee["username"], employee["password"])
        self.used: set[str] = set()

    def stop(self) -> None:
        self.close()
        self.server.stop()

    def lines(self) -> list[dict]:
        return assert_wrapped(self.admin.get(f"{API}/lines"), "OK", 200)["data"]

    def line(self, line_id: str) -> dict:  # type: ignore[override]
        return assert_wrapped(self.admin.get(f"{API}/lines/{line_id}"), "OK", 200)["data"]

    def prepaid(self, count: int) -> list[dict]:
        """`count` prepaid mobile lines no earlier test used."""
        found = [
            line
            for line in self.lines()
            if line["kind"] == "mobile" and line["paymentType"] == "prepaid" and line["id"] not in self.used
        ][:count]
        assert len(found) == count
        self.used.update(line["id"] for line in found)
        return found

    def post(self, body: dict, client: httpx.Client | None = None, key: str | None = None) -> httpx.Response:
        headers = {"Idempotency-Key": key or str(uuid.uuid4())}
        return (client or self.admin).post(f"{API}/recharges", json=body, headers=headers)

    def order(self, order_id: str) -> dict:
        return assert_wrapped(self.admin.get(f"{API}/recharges/{order_id}"), "OK", 200)["data"]["order"]

    def history(self, line_id: str) -> dict:
        return assert_wrapped(self.admin.get(f"{API}/lines/{line_id}/recharges"), "OK", 200)["data"]

    def payments(self, outcome: str) -> None:
        self.http.post("/sandbox/payments", json={"outcome": outcome}).raise_for_status()


@pytest.fixture(scope="module")
def box():
    made = Box()
    yield made
    made.stop()


@pytest.fixture(autouse=True)
def paid_by_default(box):
    yield
    box.payments("paid")
    box.http.delete("/sandbox/faults")


def refusal(response: httpx.Response, field: str) -> str:
    body = assert_wrapped(response, "FAIL", 400, "ERR-VAL-01")
    assert body["messages"][0]["field"] == field
    return body["messages"][0]["message"]


def test_options_give_the_cuts_methods_and_ten_lines(box):
    data = assert_wrapped(box.admin.get(f"{API}/recharges/options"), "OK", 200)["data"]
    assert data == {"amountsCents": [500, 1000, 1500, 2000, 2500, 5000], "methods": ["card", "invoice"],
                    "maxLines": 10}  # fmt: skip
    assert assert_wrapped(box.telco.get(f"{API}/recharges/options"), "OK", 200)


def test_every_rule_is_refused_naming_its_field_and_nothing_changes(box):
    lines = box.prepaid(11)
    ids = [line["id"] for line in lines]
    eleven = refusal(box.post({"lineIds": ids, "amountCents": 1000, "method": "invoice"}), "lineIds")
    assert "10" in eleven and "R-64" in eleven
    assert refusal(box.post({"lineIds": [], "amountCents": 1000, "method": "invoice"}), "lineIds")
    twice = refusal(box.post({"lineIds": [ids[0], ids[0]], "amountCents": 1000, "method": "invoice"}), "lineIds")
    assert lines[0]["msisdn"] in twice
    everyone = box.lines()
    postpaid = next(line for line in everyone if line["kind"] == "mobile" and line["paymentType"] == "postpaid")
    fixed = next(line for line in everyone if line["kind"] == "fixed")
    for other in (postpaid, fixed):
        message = refusal(box.post({"lineIds": [ids[0], other["id"]], "amountCents": 1000, "method": "invoice"}),
                          "lineIds")  # fmt: skip
        assert other["msisdn"] in message
    assert refusal(box.post({"lineIds": ["L99999"], "amountCents": 1000, "method": "invoice"}), "lineIds")
    for amount in (700, 0, -500, 100000):
        message = refusal(box.post({"lineIds": ids[:1], "amountCents": amount, "method": "invoice"}), "amountCents")
        assert "50" in message
    assert refusal(box.post({"lineIds": ids[:1], "amountCents": 1000, "method": "cash"}), "method")
    no_key = box.admin.post(f"{API}/recharges", json={"lineIds": ids[:1], "amountCents": 1000, "method": "invoice"})
    assert refusal(no_key, "Idempotency-Key")
    for line in lines:
        assert box.line(line["id"])["creditCents"] == line["creditCents"]


def test_an_invoice_order_completes_at_once_and_the_credit_moves_in_lines_and_sync(box):
    lines = box.prepaid(3)
    sync = assert_wrapped(box.admin.get(f"{API}/sync"), "OK", 200)["data"]
    body = {"lineIds": [line["id"] for line in lines], "amountCents": 1500, "method": "invoice"}
    order = assert_wrapped(box.post(body), "OK", 200)["data"]["order"]
    assert order["status"] == "completed" and order["outcomeCode"] == "RECHARGED"
    assert order["method"] == "invoice" and order["paymentUrl"] is None and order["completedAt"]
    assert [r["lineId"] for r in order["recharges"]] == body["lineIds"]
    changed = assert_wrapped(box.admin.get(f"{API}/sync", params={"cursor": sync["cursor"]}), "OK", 200)["data"]
    synced = {line["id"]: line for line in changed["lines"]}
    for line, entry in zip(lines, order["recharges"], strict=True):
        assert entry["msisdn"] == line["msisdn"]
        assert entry["creditCents"] == line["creditCents"] + 1500
        now = box.line(line["id"])
        assert now["creditCents"] == line["creditCents"] + 1500 and now["version"] > line["version"]
        assert synced[line["id"]]["creditCents"] == line["creditCents"] + 1500
        history = box.history(line["id"])
        assert history["done"][0]["type"] == "online" and history["done"][0]["amountCents"] == 1500
        attempt = history["attempts"][0]
        assert attempt["transactionId"] == entry["transactionId"]
        assert (attempt["status"], attempt["outcomeCode"]) == ("completed", "RECHARGED")
    assert box.order(order["id"]) == order


def test_a_card_order_waits_for_the_hosted_page_then_is_paid_at_its_first_get(box):
    (line,) = box.prepaid(1)
    order = assert_wrapped(box.post({"lineIds": [line["id"]], "amountCents": 2000, "method": "card"}), "OK", 200)[
        "data"
    ]["order"]
    assert order["status"] == "awaiting_payment" and order["outcomeCode"] is None
    assert order["paymentUrl"] == f"{box.url}/sandbox/pay/{order['id']}"
    assert box.line(line["id"])["creditCents"] == line["creditCents"]
    page = box.http.get(order["paymentUrl"])
    assert page.status_code == 200 and order["id"] in page.text and "text/html" in page.headers["content-type"]
    settled = box.order(order["id"])
    assert (settled["status"], settled["outcomeCode"]) == ("completed", "RECHARGED")
    assert settled["recharges"][0]["creditCents"] == line["creditCents"] + 2000
    assert box.line(line["id"])["creditCents"] == line["creditCents"] + 2000
    assert box.order(order["id"]) == settled  # settled once
    assert box.history(line["id"])["done"][0]["type"] == "online"


@pytest.mark.parametrize("outcome, code", [("refused", "PAYMENT_REFUSED"), ("timeout", "PAYMENT_TIMEOUT")])
def test_a_refused_or_timed_out_card_payment_fails_the_order_and_adds_no_credit(box, outcome, code):
    (line,) = box.prepaid(1)
    box.payments(outcome)
    assert box.http.get("/sandbox/payments").json() == {"outcome": outcome}
    before_done = box.history(line["id"])["done"]
    order = assert_wrapped(box.post({"lineIds": [line["id"]], "amountCents": 500, "method": "card"}), "OK", 200)[
        "data"
    ]["order"]
    settled = box.order(order["id"])
    assert (settled["status"], settled["outcomeCode"]) == ("failed", code)
    assert settled["recharges"][0]["creditCents"] is None
    assert box.line(line["id"])["creditCents"] == line["creditCents"]
    history = box.history(line["id"])
    assert history["done"] == before_done
    attempt = history["attempts"][0]
    assert (attempt["status"], attempt["outcomeCode"], attempt["transactionId"]) == (
        "failed", code, settled["recharges"][0]["transactionId"])  # fmt: skip
    assert attempt["outcome"]


def test_a_manual_card_order_waits_until_the_hosted_step_answers(box):
    paid_line, refused_line = box.prepaid(2)
    box.payments("manual")
    orders = []
    for line in (paid_line, refused_line):
        answer = box.post({"lineIds": [line["id"]], "amountCents": 1000, "method": "card"})
        orders.append(assert_wrapped(answer, "OK", 200)["data"]["order"])
    assert box.order(orders[0]["id"])["status"] == "awaiting_payment"
    assert box.http.post(f"/sandbox/payments/{orders[0]['id']}", json={"outcome": "paid"}).status_code == 200
    assert box.http.post(f"/sandbox/payments/{orders[1]['id']}", json={"outcome": "refused"}).status_code == 200
    assert box.order(orders[0]["id"])["status"] == "completed"
    assert box.order(orders[1]["id"])["outcomeCode"] == "PAYMENT_REFUSED"
    assert box.line(paid_line["id"])["creditCents"] == paid_line["creditCents"] + 1000
    assert box.line(refused_line["id"])["creditCents"] == refused_line["creditCents"]
    assert box.http.post("/sandbox/payments/RO-999999", json={"outcome": "paid"}).status_code == 404
    assert box.http.post("/sandbox/payments", json={"outcome": "later"}).status_code == 400


def test_an_unknown_order_is_404_naming_the_order(box):
    body = assert_wrapped(box.admin.get(f"{API}/recharges/RO-999999"), "FAIL", 404, "ERR-VAL-01")
    assert body["messages"][0]["field"] == "orderId"


def test_a_dipendente_may_not_recharge(box):
    (line,) = box.prepaid(1)
    for answer in (
        box.employee.get(f"{API}/recharges/options"),
        box.post({"lineIds": [line["id"]], "amountCents": 500, "method": "invoice"}, client=box.employee),
        box.employee.get(f"{API}/recharges/RO-000001"),
    ):
        assert_wrapped(answer, "FAIL", 403, "ERR-AUTH-03")
    assert box.line(line["id"])["creditCents"] == line["creditCents"]


def test_a_dropped_answer_after_commit_then_the_retry_gives_one_order_and_one_credit_change(box):
    (line,) = box.prepaid(1)
    box.http.post("/sandbox/faults", json={"mode": "drop", "after": True, "count": 1,
                                            "pathPrefix": f"{API}/recharges"}).raise_for_status()  # fmt: skip
    key = str(uuid.uuid4())
    body = {"lineIds": [line["id"]], "amountCents": 2500, "method": "invoice"}
    with pytest.raises(httpx.TransportError):
        box.post(body, key=key)
    assert box.line(line["id"])["creditCents"] == line["creditCents"] + 2500  # committed
    first = assert_wrapped(box.post(body, key=key), "OK", 200)["data"]["order"]
    again = assert_wrapped(box.post(body, key=key), "OK", 200)["data"]["order"]
    assert first == again
    assert box.line(line["id"])["creditCents"] == line["creditCents"] + 2500
    online = [d for d in box.history(line["id"])["attempts"] if d["transactionId"].startswith("RC")
              and d["transactionId"] == first["recharges"][0]["transactionId"]]  # fmt: skip
    assert len(online) == 1
    # the next order has the next number: the dropped request made exactly one
    other = assert_wrapped(box.post(body), "OK", 200)["data"]["order"]
    assert int(other["id"][3:]) == int(first["id"][3:]) + 1


def test_a_manual_card_order_times_out_after_ten_minutes_of_sandbox_clock(box):
    (line,) = box.prepaid(1)
    box.payments("manual")
    order = assert_wrapped(box.post({"lineIds": [line["id"]], "amountCents": 500, "method": "card"}), "OK", 200)[
        "data"
    ]["order"]
    box.advance(9 * 60)
    assert box.order(order["id"])["status"] == "awaiting_payment"
    box.advance(61)  # the clock hook settles it, stamped at its deadline
    settled = box.order(order["id"])
    assert (settled["status"], settled["outcomeCode"]) == ("failed", "PAYMENT_TIMEOUT")
    created = datetime.fromisoformat(order["createdAt"])
    assert (datetime.fromisoformat(settled["completedAt"]) - created).total_seconds() == 600
    assert box.http.post(f"/sandbox/payments/{order['id']}", json={"outcome": "paid"}).json()["order"] == settled
    assert box.line(line["id"])["creditCents"] == line["creditCents"]
