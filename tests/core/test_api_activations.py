"""ApiClient's line activations, SIM association history and promotions methods against the real sandbox
(docs/api.md "Self-service", R-61, R-62, R-63): typed errors naming their field, the idempotent keep-updated
through the action names of sync.actions, the history's filters, promotions with their ETag."""

from __future__ import annotations

import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.api import Forbidden, NotFound, ValidationFailed
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.sync.actions import IDEMPOTENCY_KEY, perform


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=250, seed=5)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def api(server):
    with signed_in_clients(server, timeout=20.0) as make:
        yield make


def test_r61_activations_and_keep_updated_through_the_actions(api):
    client = api("USER_ADMIN")
    activations = perform(client, "activations", {})
    assert len(activations) == 2 and all(a["keepUpdated"] is None for a in activations)
    target = activations[0]["id"]
    payload = {"activationId": target, "channel": "email", "to": "it@example.it", IDEMPOTENCY_KEY: "key-1"}
    first = perform(client, "keep_updated", payload)
    assert first["keepUpdated"] == {"channel": "email", "to": "it@example.it"}
    again = perform(client, "keep_updated", {**payload, "channel": "none"})  # same key: the first answer
    assert again == first
    assert perform(client, "activations", {})[0]["keepUpdated"] == {"channel": "email", "to": "it@example.it"}
    stopped = perform(client, "keep_updated", {"activationId": target, "channel": "none", IDEMPOTENCY_KEY: "key-2"})
    assert stopped["keepUpdated"] is None
    with pytest.raises(ValidationFailed) as bad:
        client.keep_updated(target, "sms", "02 1234 5678", "key-3")
    assert bad.value.field == "to"
    with pytest.raises(NotFound) as unknown:
        client.keep_updated("ACT-NOPE", "none", None, "key-4")
    assert "ACT-NOPE" in str(unknown.value)  # the server's message names the activation
    with pytest.raises(ValueError):
        client.keep_updated(target, "none", None, "")


def test_r62_history_filters_and_refusals(api):
    client = api("TELCO_MANAGER")
    events = perform(client, "sim_associations", {})
    assert events and [e["at"] for e in events] == sorted((e["at"] for e in events), reverse=True)
    line_id = events[0]["lineId"]
    assert client.sim_associations(line_id=line_id) == [e for e in events if e["lineId"] == line_id]
    day = events[0]["at"][:10]
    assert client.sim_associations(first=day, last=day) == [e for e in events if e["at"][:10] == day]
    with pytest.raises(ValidationFailed) as reversed_period:
        client.sim_associations(first="2026-06-02", last="2026-06-01")
    assert reversed_period.value.field == "to"
    with pytest.raises(ValidationFailed) as bad_day:
        client.sim_associations(first="2026-02-30")
    assert bad_day.value.field == "from"


def test_r63_promotions_with_etag_and_managers_only(api):
    client = api("USER_ADMIN")
    listing = perform(client, "promotions", {})
    assert 4 <= len(listing.promotions) <= 6 and listing.activation_number == "1928"
    assert listing.etag and client.promotions(etag=listing.etag) is None
    employee = api("DIPENDENTE")
    for call in (employee.activations, employee.promotions, employee.sim_associations):
        with pytest.raises(Forbidden):
            call()
