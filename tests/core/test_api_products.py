"""ApiClient's products and Giga Smart Share methods against the real sandbox (docs/api.md "Products and Giga
Smart Share", R-22, R-50, R-51, R-60, R-82, R-21): lists with ETag, typed errors naming their field, idempotent
replays through the client and the action names of sync.actions, and PIN/PUK kept out of the logs."""

from __future__ import annotations

import logging

import httpx
import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.api import Forbidden, NotFound, ValidationFailed
from windtre_desktop.api.products import GIGA, SimCodes
from windtre_desktop.logging_setup import LOG_FILE_NAME, setup_logging, unregister_secret
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.sync.actions import IDEMPOTENCY_KEY, perform


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=250, seed=4)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def api(server):
    with signed_in_clients(server, timeout=20.0) as make:
        yield make


def _secrets(server, line_id: str) -> dict:
    return httpx.get(f"{server.url}/sandbox/lines/{line_id}/secrets", timeout=10).json()


def test_r50_packages_and_sims_with_etag(api):
    client = api("TELCO_MANAGER")
    listing = client.gss_packages()
    assert len(listing.packages) == 13 and listing.plan_steps == [50, 100, 200, 300, 500, 1000]
    assert listing.extra_steps == [5, 10, 20, 50]
    assert listing.etag and client.gss_packages(etag=listing.etag) is None  # 304
    first = listing.packages[0]
    sims = client.gss_sims(first["id"])
    assert len(sims) == first["simCount"] and sum(s["usedBytes"] for s in sims) == first["usedBytes"]
    with pytest.raises(NotFound) as unknown:
        client.gss_sims("GSS-NOPE")
    assert (unknown.value.status, unknown.value.code) == (404, "ERR-VAL-01")
    assert "GSS-NOPE" in str(unknown.value)  # the server's message names the package


def test_r51_devices_with_etag(api):
    client = api()
    devices = client.devices()
    assert devices.devices and all(d["id"].startswith("DEV-") for d in devices.devices)
    assert devices.etag and client.devices(etag=devices.etag) is None


def test_r21_a_dipendente_may_not_read_packages_or_devices(api):
    employee = api("DIPENDENTE")
    for call in (employee.gss_packages, employee.devices, lambda: employee.gss_sims("GSS-C0001-0001")):
        with pytest.raises(Forbidden):
            call()
    with pytest.raises(Forbidden):
        employee.gss_add_extra("GSS-C0001-0001", 5, "dip-extra")
    assert employee.notifications() == []


def test_r60_actions_return_the_package_and_refusals_name_their_field(api):
    client = api()
    package = client.gss_packages().packages[3]
    up = client.gss_change_plan(package["id"], 1000, "plan-1")
    assert up["gigaPlan"] == 1000 and up["version"] == package["version"] + 1
    with pytest.raises(ValidationFailed) as same:
        client.gss_change_plan(package["id"], 1000, "plan-2")
    assert same.value.field == "gigaPlan" and "gigaPlan" in same.value.fields
    referent = client.gss_change_referent(package["id"], "347 765 4321", "ref-1")
    assert referent["referentPhone"] == "+393477654321"
    with pytest.raises(ValidationFailed) as phone:
        client.gss_change_referent(package["id"], "06 1234 5678", "ref-2")
    assert phone.value.field == "phone"
    with pytest.raises(ValidationFailed) as giga:
        client.gss_add_extra(package["id"], 3, "extra-1")
    assert giga.value.field == "giga"
    with pytest.raises(NotFound):
        client.gss_add_extra("GSS-NOPE", 5, "extra-2")


def test_r60_move_and_its_refusals(api):
    client = api()
    packages = client.gss_packages().packages
    source, target, full = packages[4], packages[5], packages[1]
    assert full["simCount"] == full["maxSims"]
    line_id = client.gss_sims(source["id"])[0]["lineId"]
    moved = client.gss_move(source["id"], target["id"], [line_id], "move-1")
    assert moved.source["simCount"] == source["simCount"] - 1 and moved.target["simCount"] == target["simCount"] + 1
    with pytest.raises(ValidationFailed) as already:
        client.gss_move(source["id"], target["id"], [line_id], "move-2")
    assert already.value.field == "lineIds" and line_id in str(already.value)
    other = client.gss_sims(source["id"])[0]["lineId"]
    with pytest.raises(ValidationFailed) as no_room:
        client.gss_move(source["id"], full["id"], [other], "move-3")
    assert no_room.value.field == "to"


def test_r60_a_replay_through_the_client_changes_once(api):
    client = api()
    package = client.gss_packages().packages[6]
    first = client.gss_add_extra(package["id"], 5, "replay-extra")
    again = client.gss_add_extra(package["id"], 5, "replay-extra")
    assert first == again
    now = next(p for p in client.gss_packages().packages if p["id"] == package["id"])
    assert now["extraGiga"] == package["extraGiga"] + 5 and now["version"] == package["version"] + 1


def test_r60_the_actions_by_name_as_the_worker_runs_them(api, server):
    client = api()
    packages = perform(client, "gss_packages", {}).packages
    package = packages[7]
    assert [s["lineId"] for s in perform(client, "gss_sims", {"packageId": package["id"]})] == [
        s["lineId"] for s in client.gss_sims(package["id"])
    ]
    assert perform(client, "devices", {}).devices
    payload = {"packageId": package["id"], "giga": 10, IDEMPOTENCY_KEY: "by-name-extra"}
    assert perform(client, "gss_extra", payload) == perform(client, "gss_extra", payload)  # one key, once
    plan = perform(client, "gss_plan", {"packageId": package["id"], "gigaPlan": 1000})
    referent = perform(client, "gss_referent", {"packageId": package["id"], "phone": "+39 333 000 1122"})
    assert plan["gigaPlan"] == 1000 and referent["referentPhone"] == "+393330001122"
    assert referent["extraGiga"] == package["extraGiga"] + 10
    line_id = client.gss_sims(package["id"])[0]["lineId"]
    moved = perform(client, "gss_move", {"from": package["id"], "to": packages[8]["id"], "lineIds": [line_id]})
    assert line_id in {s["lineId"] for s in client.gss_sims(packages[8]["id"])} and moved.target["id"] == packages[8]["id"]
    codes = perform(client, "sim_codes", {"lineId": line_id})
    assert isinstance(codes, SimCodes) and codes.puk == _secrets(server, line_id)["puk"]
    assert isinstance(perform(client, "notifications", {}), list)


def test_r82_notifications_through_the_client(api, server):
    client = api()
    package = client.gss_packages().packages[9]
    httpx.post(f"{server.url}/sandbox/gss/usage", timeout=10,
               json={"packageId": package["id"], "bytes": package["pooledBytes"] - package["usedBytes"]})
    events = [e for e in client.notifications() if e.get("packageId") == package["id"]]
    assert [e["percent"] for e in events] == [100, 80]
    assert events[0]["pooledBytes"] == (package["gigaPlan"] + package["extraGiga"]) * GIGA


def test_r22_sim_codes_typed_errors(api, server):
    client = api()
    lines = httpx.get(f"{server.url}/sandbox/lines", params={"limit": 500}, timeout=10).json()["lines"]
    fixed = next(line for line in lines if line["companyId"] == "C0001" and line["kind"] == "fixed")
    other = next(line for line in lines if line["companyId"] == "C0002" and line["kind"] == "mobile")
    with pytest.raises(ValidationFailed) as wrong:
        client.sim_codes(fixed["id"])
    assert wrong.value.field == "lineId"
    with pytest.raises(Forbidden):
        client.sim_codes(other["id"])
    employee = api("DIPENDENTE")
    own = employee.me().line_id
    assert employee.sim_codes(own).pin == _secrets(server, own)["pin"]
    with pytest.raises(Forbidden):
        employee.sim_codes(next(line["id"] for line in lines if line["companyId"] == "C0001" and line["id"] != own))


@pytest.fixture
def log_file(tmp_path):
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    setup_logging(tmp_path / "logs", level=logging.DEBUG)
    for name in quiet:  # everything the HTTP stack would say, too
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield tmp_path / "logs" / LOG_FILE_NAME
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for name, old in quiet.items():
        logging.getLogger(name).setLevel(old)


def test_r22_pin_and_puk_never_reach_the_log(api, server, log_file):
    client = api()
    line_id = client.gss_sims("GSS-C0001-0001")[0]["lineId"]
    expected = _secrets(server, line_id)
    try:
        codes = client.sim_codes(line_id)
        assert (codes.pin, codes.puk) == (expected["pin"], expected["puk"])
        assert expected["pin"] not in repr(codes) and expected["puk"] not in repr(codes)
        # even a careless log line carrying them is masked: the client registered them as secrets
        logging.getLogger("windtre_desktop.test").warning("codes %s %s of %r", codes.pin, codes.puk, codes)
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        assert "sim-codes -> 200" in text  # the request was logged…
        assert expected["puk"] not in text and expected["pin"] not in text  # …its codes were not
        assert "codes *** ***" in text
    finally:
        unregister_secret(expected["pin"])
        unregister_secret(expected["puk"])
