"""ApiClient's options and services methods against the real sandbox (docs/api.md "Attivazione / Disattivazione
Opzioni", "Servizi Mobile and Servizi a Sovrapprezzo", R-65, R-66): typed answers, typed refusals naming their
field, the running request carried by OptionRequestRunning, replays through the client applied once, and the
action names of sync.actions."""

from __future__ import annotations

import httpx
import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.api import Forbidden, OptionRequestRunning, ValidationFailed
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.sync.actions import IDEMPOTENCY_KEY, perform
from windtre_desktop.sync.outcomes import Failure


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


def _mobile(server, count: int) -> list[str]:
    params = {"companyId": "C0001", "kind": "mobile", "limit": count}
    return [line["id"] for line in httpx.get(f"{server.url}/sandbox/lines", params=params, timeout=10).json()["lines"]]


def test_r65_catalogue_verdicts_and_the_list_rule(api, server):
    client = api()
    catalogue = client.option_catalogue()
    assert catalogue["maxLines"] == 10 and len(catalogue["options"]) >= 8
    lines = _mobile(server, 11)
    verdicts = client.option_compatibility("OPT-GIGA-NIGHT", "activate", lines[:3])
    assert [v["lineId"] for v in verdicts] == lines[:3]
    with pytest.raises(ValidationFailed) as refused:
        client.option_compatibility("OPT-GIGA-NIGHT", "activate", lines)
    assert refused.value.field == "lineIds" and "(R-65)" in refused.value.message
    with pytest.raises(ValidationFailed) as refused:
        client.create_option_request("OPT-NOPE", "activate", lines[:1], "unknown-option")
    assert refused.value.field == "optionCode"
    with pytest.raises(Forbidden):
        api("DIPENDENTE").option_catalogue()


def test_r65_a_running_request_refuses_the_next_with_itself_and_a_replay_is_once(api, server):
    client = api()
    line = next(i for i in _mobile(server, 40) if "OPT-ROAM-WORLD" not in client.line_options(i))
    first = client.create_option_request("OPT-ROAM-WORLD", "activate", [line], "replay-option")
    assert client.create_option_request("OPT-ROAM-WORLD", "activate", [line], "replay-option") == first
    assert first["status"] == "running"
    other = next(i for i in _mobile(server, 40) if "OPT-GIGA-100" not in client.line_options(i))
    with pytest.raises(OptionRequestRunning) as running:
        client.create_option_request("OPT-GIGA-100", "activate", [other], "second-option")
    assert running.value.status == 409 and running.value.code == "ERR-OPT-01"
    assert running.value.running["id"] == first["id"]
    failure = Failure.from_error(running.value)
    assert failure.kind == "refused" and failure.data["id"] == first["id"] and first["id"] in failure.message
    assert client.option_requests()["running"]["id"] == first["id"]
    httpx.post(f"{server.url}/sandbox/clock", json={"advanceSeconds": 301}, timeout=10).raise_for_status()
    assert client.option_requests()["running"] is None
    assert "OPT-ROAM-WORLD" in client.line_options(line)


def test_r66_services_by_name_as_the_worker_runs_them(api, server):
    client = api()
    line = _mobile(server, 1)[0]
    services = {s["code"]: s for s in perform(client, "line_services", {"lineId": line})}
    news = services["SRV-NEWS"]
    operation = "deactivate" if news["active"] else "activate"
    check = perform(client, "check_service", {"lineId": line, "code": "SRV-NEWS", "operation": operation})
    assert check["compatible"] is True
    payload = {"lineId": line, "code": "SRV-NEWS", "operation": operation, IDEMPOTENCY_KEY: "by-name-service"}
    assert perform(client, "change_service", payload) == perform(client, "change_service", payload)  # once
    assert {s["code"]: s for s in client.line_services(line)}["SRV-NEWS"]["active"] is not news["active"]
    premium = next(s for s in client.line_services(line) if s["category"] == "premium" and not s["active"])
    with pytest.raises(ValidationFailed) as refused:
        client.change_service(line, premium["code"], "activate", False, "no-confirmation")
    assert refused.value.field in ("confirmPremium", "code")
