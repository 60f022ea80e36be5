"""ApiClient's Ricarica Online and Ricarica Automatica methods against the real sandbox (R-64, R-67): typed
answers, typed errors naming their field, a dropped answer after commit retried by the client with the same
key (one order, one credit change), a keyed PUT retried after a 500, and the action names of sync.actions."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.api import Forbidden, NotFound, ValidationFailed
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.sync.actions import IDEMPOTENCY_KEY, perform


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=120, seed=6)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def api(server):
    with signed_in_clients(server, timeout=20.0) as make:
        yield make


def _prepaid(client, skip: int = 0):
    lines = [line for line in client.sync(None, None).lines if line.kind == "mobile" and line.payment_type == "prepaid"]
    return lines[skip]


def _credit(client, line_id: str) -> int:
    return next(line.credit_cents for line in client.sync(None, None).lines if line.id == line_id)


def _fault(server, **body) -> None:
    httpx.post(f"{server.url}/sandbox/faults", json=body, timeout=10).raise_for_status()


def test_options_a_card_order_followed_until_paid_and_refusals(api, server):
    client = api("USER_ADMIN")
    options = client.recharge_options()
    assert options.amounts_cents == (500, 1000, 1500, 2000, 2500, 5000) and options.max_lines == 10
    line = _prepaid(client)
    order = client.create_recharge([line.id], 500, "card", str(uuid.uuid4()))
    assert order.status == "awaiting_payment" and order.payment_url == f"{server.url}/sandbox/pay/{order.id}"
    settled = client.recharge_order(order.id)
    assert settled.completed and settled.recharges[0].credit_cents == line.credit_cents + 500
    with pytest.raises(ValidationFailed) as bad:
        client.create_recharge([line.id], 700, "card", str(uuid.uuid4()))
    assert bad.value.field == "amountCents"
    with pytest.raises(NotFound) as unknown:
        client.recharge_order("RO-999999")
    assert "RO-999999" in str(unknown.value)  # the server's message names the order
    with pytest.raises(Forbidden):
        api("DIPENDENTE").recharge_options()


def test_a_dropped_answer_is_retried_with_the_same_key_and_tops_up_once(api, server):
    client = api("TELCO_MANAGER")
    line = _prepaid(client, 1)
    _fault(server, mode="drop", after=True, count=1, pathPrefix="/api/v1/recharges")
    order = perform(client, "create_recharge",
                    {"lineIds": [line.id], "amountCents": 1000, "method": "invoice", IDEMPOTENCY_KEY: "k-drop"})
    assert order.completed
    assert _credit(client, line.id) == line.credit_cents + 1000


def test_rules_are_set_changed_after_a_500_and_cancelled(api, server):
    client = api("USER_ADMIN")
    line = _prepaid(client, 2)
    _fault(server, mode="500", count=1, pathPrefix=f"/api/v1/lines/{line.id}/auto-recharge")
    rule = perform(client, "set_auto_recharge", {"lineId": line.id, "mode": "monthly", "thresholdCents": None,
                                                  "amountCents": 1500, "method": "invoice",
                                                  IDEMPOTENCY_KEY: "k-put"})  # fmt: skip
    assert (rule.mode, rule.amount_cents, rule.next_at is not None) == ("monthly", 1500, True)
    assert [r.line_id for r in client.auto_recharges().rules] == [line.id]
    with pytest.raises(ValidationFailed) as bad:
        client.set_auto_recharge(line.id, "threshold", 400, 1000, "card", str(uuid.uuid4()))
    assert bad.value.field == "thresholdCents"
    assert perform(client, "delete_auto_recharge", {"lineId": line.id, IDEMPOTENCY_KEY: "k-del"}) is None
    assert client.auto_recharges().rules == ()
    with pytest.raises(NotFound):
        client.delete_auto_recharge(line.id, str(uuid.uuid4()))
