"""ApiClient's Notifiche methods against the real sandbox (docs/api.md "Notifications", R-80, R-81): settings
read and saved with a key (a repeat changes nothing twice), typed refusals naming their field, data abroad and
its unlock, through the client and the action names of sync.actions."""

from __future__ import annotations

import httpx
import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.api import Forbidden, ValidationFailed
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.sync.actions import IDEMPOTENCY_KEY, perform

GIGA = 1024**3


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=60, seed=6)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def api(server):
    with signed_in_clients(server, timeout=20.0) as make:
        yield make


def _mobile(server, index: int) -> dict:
    params = {"companyId": "C0001", "kind": "mobile", "limit": 20}
    return httpx.get(f"{server.url}/sandbox/lines", params=params, timeout=10).json()["lines"][index]


def test_r80_settings_read_and_saved_with_one_key(api):
    client = api("TELCO_MANAGER")
    settings = client.notification_settings()
    assert [s["type"] for s in settings][:2] == ["invoice_overdue", "payment_method_invalid"]
    change = [{"type": "promotion", "enabled": False, "channels": []}]
    saved = client.save_notification_settings(change, "key-ntf-1")
    assert {s["type"]: s for s in saved}["promotion"]["enabled"] is False
    again = client.save_notification_settings([{"type": "promotion", "enabled": True, "channels": ["sms"]}],
                                              "key-ntf-1")
    assert again == saved  # the same key: the first answer, not applied twice
    assert perform(client, "notification_settings", {}) == saved
    with pytest.raises(ValueError):
        client.save_notification_settings(change, "")


def test_r80_a_refusal_names_settings_and_a_dipendente_is_forbidden(api):
    client = api()
    with pytest.raises(ValidationFailed) as refused:
        perform(client, "save_notification_settings",
                {"settings": [{"type": "gss_threshold", "enabled": True, "channels": []}], IDEMPOTENCY_KEY: "k-2"})
    assert refused.value.field == "settings"
    with pytest.raises(Forbidden):
        api("DIPENDENTE").notification_settings()


def test_r81_roaming_and_unlock_through_the_client(api, server):
    client = api()
    line = _mobile(server, 4)
    roaming = perform(client, "roaming", {"lineId": line["id"]})
    assert roaming["unlocksLeft"] == 2 and roaming["blocked"] is False
    with pytest.raises(ValidationFailed) as not_blocked:
        client.unlock_roaming(line["id"], "k-unlock-0")
    assert not_blocked.value.field == "lineId"
    httpx.post(f"{server.url}/sandbox/roaming/usage", json={"lineId": line["id"], "bytes": 10 * GIGA},
               timeout=10).raise_for_status()
    assert client.roaming(line["id"])["blocked"] is True
    unlocked = perform(client, "unlock_roaming", {"lineId": line["id"], IDEMPOTENCY_KEY: "k-unlock-1"})
    assert unlocked["unlocksUsed"] == 1 and unlocked["blocked"] is False
    events = [e for e in client.notifications() if e.get("lineId") == line["id"]]
    assert [e["percent"] for e in events] == [100, 80]
