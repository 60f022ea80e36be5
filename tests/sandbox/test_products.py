"""Products and Giga Smart Share over HTTP against a private sandbox (R-22, R-50, R-51, R-60, R-82, R-21): every
kind of session, each package action's success and each refusal, idempotency, PIN/PUK on request with its
access log, the 80 % / 100 % thresholds, and the shape of a 10,000-line company."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.sandbox.accounts_support import Sandbox
from tests.sandbox.conftest import assert_wrapped, user_of
from windtre_desktop.sandbox.runner import SandboxServer

API = "/api/v1"
GIGA = 1024**3  # the contract's Giga (docs/api.md "Products"): what the app writes as GB
ACTIONS = (
    ("/gss/packages/{p}/plan", {"gigaPlan": 1000}),
    ("/gss/packages/{p}/referent", {"phone": "+393471234567"}),
    ("/gss/packages/{p}/extra-giga", {"giga": 5}),
    ("/gss/moves", {"from": "{p}", "to": "{q}", "lineIds": ["L00001"]}),
)


class Box(Sandbox):
    """One private sandbox with a session of every kind: User Admin, Telco Manager, Dipendente, autologin
    Responsabile, and a Telco Manager that must still change its temporary password."""

    def __init__(self) -> None:
        server = SandboxServer(lines=250, seed=3)
        server.start()
        super().__init__(server)
        self.admin = self.login("admin.demo", "Demo2026!")
        telco = user_of(self.server, "TELCO_MANAGER")
        self.telco = self.login(telco["username"], telco["password"])
        employee = user_of(self.server, "DIPENDENTE")
        self.employee = self.login(employee["username"], employee["password"])
        temporary = self.create_telco_manager(self.admin, "tm.products")
        self.must_change = self.login("tm.products", temporary)
        self.network(self.contracts()[0]["mobile"])
        answer = self.http.post(f"{API}/login/network")
        self.network(None)
        self.autologin = self.client(**{"X-W3-Token": answer.headers["X-W3-Token"]})
        self.autologin.user = answer.json()["data"]  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.close()
        self.server.stop()

    def packages(self, client=None) -> list[dict]:
        return assert_wrapped((client or self.admin).get(f"{API}/gss/packages"), "OK", 200)["data"]["packages"]

    def package(self, package_id: str) -> dict:
        return next(p for p in self.packages() if p["id"] == package_id)

    def sims(self, package_id: str) -> list[dict]:
        answer = self.admin.get(f"{API}/gss/packages/{package_id}/sims")
        return assert_wrapped(answer, "OK", 200)["data"]["sims"]

    def act(self, path: str, body: dict, key: str | None = None, client=None):
        headers = {"Idempotency-Key": key or str(uuid.uuid4())}
        return (client or self.admin).post(f"{API}{path}", json=body, headers=headers)

    def add_usage(self, package_id: str, amount: int) -> dict:
        answer = self.http.post("/sandbox/gss/usage", json={"packageId": package_id, "bytes": amount})
        answer.raise_for_status()
        return answer.json()["package"]


@pytest.fixture(scope="module")
def box():
    sandbox = Box()
    yield sandbox
    sandbox.stop()


def refused(response, field: str) -> str:
    """A 400 ERR-VAL-01 naming `field`, in Italian: its message."""
    body = assert_wrapped(response, "FAIL", 400, "ERR-VAL-01")
    assert body["messages"][0]["field"] == field
    message = body["messages"][0]["message"]
    assert f"«{field}»" in message or field == "Idempotency-Key", message
    return message


# -- reading (R-50, R-51) --------------------------------------------------------------------------------


def test_r50_packages_pool_their_sims_and_every_sim_is_in_at_most_one_package(box):
    for client in (box.admin, box.telco):
        answer = assert_wrapped(client.get(f"{API}/gss/packages"), "OK", 200)["data"]
        assert answer["planSteps"] == [50, 100, 200, 300, 500, 1000]
        assert answer["extraSteps"] == [5, 10, 20, 50]
    packages = box.packages()
    assert len(packages) == 13  # one per ~20 lines of a 250-line company
    assert [p["id"] for p in packages] == sorted(p["id"] for p in packages)
    lines = {line["id"]: line for line in assert_wrapped(box.admin.get(f"{API}/lines"), "OK", 200)["data"]}
    seen: set[str] = set()
    for package in packages:
        assert package["type"] in ("data_share", "voice_data_share")
        assert package["pooledBytes"] == (package["gigaPlan"] + package["extraGiga"]) * GIGA
        sims = box.sims(package["id"])
        assert len(sims) == package["simCount"] <= package["maxSims"]
        assert package["usedBytes"] == sum(s["usedBytes"] for s in sims)
        assert [s["msisdn"] for s in sims] == sorted(s["msisdn"] for s in sims)
        for sim in sims:
            line = lines[sim["lineId"]]
            assert line["kind"] == "mobile" and sim["msisdn"] == line["msisdn"]
            expected_credit = line["creditCents"] if line["paymentType"] == "prepaid" else None
            assert sim["creditCents"] == expected_credit
        ids = {s["lineId"] for s in sims}
        assert not ids & seen, "a SIM in two packages"
        seen |= ids


def test_r50_lists_answer_304_to_their_etag(box):
    for path in ("/gss/packages", "/gss/packages/GSS-C0001-0003/sims", "/devices"):
        first = box.admin.get(f"{API}{path}")
        assert_wrapped(first, "OK", 200)
        again = box.admin.get(f"{API}{path}", headers={"If-None-Match": first.headers["ETag"]})
        assert again.status_code == 304 and again.content == b""


def test_r50_unknown_package_is_404_naming_package_id(box):
    body = assert_wrapped(box.admin.get(f"{API}/gss/packages/GSS-C0009-0001/sims"), "FAIL", 404, "ERR-VAL-01")
    assert body["messages"][0]["field"] == "packageId"
    body = assert_wrapped(box.act("/gss/packages/GSS-NONE/plan", {"gigaPlan": 100}), "FAIL", 404, "ERR-VAL-01")
    assert body["messages"][0]["field"] == "packageId"


def test_r51_devices_have_model_account_line_instalment_and_maintenance(box):
    devices = assert_wrapped(box.telco.get(f"{API}/devices"), "OK", 200)["data"]["devices"]
    assert len(devices) == 250 // 8
    sim_package = {s["lineId"]: p["id"] for p in box.packages() for s in box.sims(p["id"])}
    for device in devices:
        assert device["id"].startswith("DEV-C0001-")
        assert device["instalment"] in ("none", "24_months", "30_months", "36_months")
        assert device["maintenance"] in ("none", "basic", "premium")
        if device["maintenance"] == "none":
            assert device["interventionsLeft"] == 0
        assert device["packageId"] == sim_package.get(device["lineId"])
        assert (device["lineId"] is None) == (device["msisdn"] is None)
    counted = {p["id"]: p["deviceCount"] for p in box.packages()}
    for package_id, count in counted.items():
        assert count == sum(d["packageId"] == package_id for d in devices)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/gss/packages"),
        ("GET", "/gss/packages/GSS-C0001-0001/sims"),
        ("GET", "/devices"),
        ("POST", "/gss/packages/GSS-C0001-0001/plan"),
        ("POST", "/gss/packages/GSS-C0001-0001/referent"),
        ("POST", "/gss/packages/GSS-C0001-0001/extra-giga"),
        ("POST", "/gss/moves"),
    ],
)
def test_r21_only_user_admin_and_telco_manager_read_and_manage_packages(box, method, path):
    version = box.package("GSS-C0001-0001")["version"]
    for client in (box.employee, box.autologin):
        response = client.request(method, f"{API}{path}", json={}, headers={"Idempotency-Key": "k1"})
        assert_wrapped(response, "FAIL", 403, "ERR-AUTH-03")
    response = box.must_change.request(method, f"{API}{path}", json={}, headers={"Idempotency-Key": "k1"})
    assert_wrapped(response, "FAIL", 403, "ERR-AUTH-05")
    assert box.package("GSS-C0001-0001")["version"] == version


# -- the package actions (R-60) ------------------------------------------------------------------------------


def test_r60_upgrade_then_downgrade_bump_the_version_and_the_list_etag(box):
    package = box.package("GSS-C0001-0004")
    etag = box.admin.get(f"{API}/gss/packages").headers["ETag"]
    up = assert_wrapped(box.act("/gss/packages/GSS-C0001-0004/plan", {"gigaPlan": 1000}), "OK", 200)
    assert up["data"]["package"]["gigaPlan"] == 1000
    assert up["data"]["package"]["version"] == package["version"] + 1
    assert box.admin.get(f"{API}/gss/packages", headers={"If-None-Match": etag}).status_code == 200
    down_to = next(s for s in (500, 300, 200, 100, 50) if s * GIGA >= package["usedBytes"])
    down = box.act("/gss/packages/GSS-C0001-0004/plan", {"gigaPlan": down_to}, client=box.telco)
    assert assert_wrapped(down, "OK", 200)["data"]["package"]["gigaPlan"] == down_to
    assert box.package("GSS-C0001-0004")["version"] == package["version"] + 2


def test_r60_plan_refusals_name_gigaplan_and_change_nothing(box):
    package = box.package("GSS-C0001-0005")
    assert "50, 100, 200, 300, 500, 1000" in refused(
        box.act("/gss/packages/GSS-C0001-0005/plan", {"gigaPlan": 150}), "gigaPlan"
    )
    refused(box.act("/gss/packages/GSS-C0001-0005/plan", {"gigaPlan": package["gigaPlan"]}), "gigaPlan")
    under = max(s for s in (50, 100, 200, 300, 500) if s < package["gigaPlan"])
    added = max(0, under * GIGA + GIGA - package["usedBytes"])
    box.add_usage("GSS-C0001-0005", added)
    message = refused(box.act("/gss/packages/GSS-C0001-0005/plan", {"gigaPlan": under}), "gigaPlan")
    assert "già usati" in message
    after = box.package("GSS-C0001-0005")
    assert after["gigaPlan"] == package["gigaPlan"]
    assert after["version"] == package["version"] + (1 if added else 0)  # only the usage the test added


def test_r60_referent_accepts_any_usual_spelling_and_refuses_what_is_not_a_mobile(box):
    answer = box.act("/gss/packages/GSS-C0001-0006/referent", {"phone": "0039 347 123 4567"})
    assert assert_wrapped(answer, "OK", 200)["data"]["package"]["referentPhone"] == "+393471234567"
    for wrong in ("12345", "02 1234 5678", "+33 6 12 34 56 78", ""):
        message = refused(box.act("/gss/packages/GSS-C0001-0006/referent", {"phone": wrong}), "phone")
        assert "cellulare italiano" in message
    assert box.package("GSS-C0001-0006")["referentPhone"] == "+393471234567"


def test_r60_extra_giga_steps_and_at_most_100_a_month(box):
    package = box.package("GSS-C0001-0007")
    refused(box.act("/gss/packages/GSS-C0001-0007/extra-giga", {"giga": 7}), "giga")
    extra = package["extraGiga"]
    while extra + 50 <= 100:
        answer = box.act("/gss/packages/GSS-C0001-0007/extra-giga", {"giga": 50})
        extra = assert_wrapped(answer, "OK", 200)["data"]["package"]["extraGiga"]
    while extra + 5 <= 100:
        extra = assert_wrapped(
            box.act("/gss/packages/GSS-C0001-0007/extra-giga", {"giga": 5}), "OK", 200
        )["data"]["package"]["extraGiga"]
    assert extra == 100
    message = refused(box.act("/gss/packages/GSS-C0001-0007/extra-giga", {"giga": 5}), "giga")
    assert "100" in message
    after = box.package("GSS-C0001-0007")
    assert after["extraGiga"] == 100 and after["pooledBytes"] == (after["gigaPlan"] + 100) * GIGA


def test_r60_move_sims_between_packages(box):
    source, target = box.package("GSS-C0001-0008"), box.package("GSS-C0001-0009")
    moving = [s["lineId"] for s in box.sims("GSS-C0001-0008")[:2]]
    used = sum(s["usedBytes"] for s in box.sims("GSS-C0001-0008")[:2])
    answer = box.act("/gss/moves", {"from": source["id"], "to": target["id"], "lineIds": moving}, client=box.telco)
    data = assert_wrapped(answer, "OK", 200)["data"]
    assert data["from"]["simCount"] == source["simCount"] - 2
    assert data["to"]["simCount"] == target["simCount"] + 2
    assert data["to"]["usedBytes"] == target["usedBytes"] + used  # a SIM's usage goes with it
    assert data["from"]["version"] == source["version"] + 1 and data["to"]["version"] == target["version"] + 1
    assert set(moving) <= {s["lineId"] for s in box.sims(target["id"])}
    assert not set(moving) & {s["lineId"] for s in box.sims(source["id"])}


def test_r60_move_refusals_name_their_field_and_change_nothing(box):
    before = {p["id"]: p for p in box.packages()}
    a, b = "GSS-C0001-0010", "GSS-C0001-0011"
    in_a = [s["lineId"] for s in box.sims(a)]
    in_b = [s["lineId"] for s in box.sims(b)]
    message = refused(box.act("/gss/moves", {"from": a, "to": b, "lineIds": [in_a[0], in_b[0]]}), "lineIds")
    assert in_b[0] in message and b in message  # a SIM already in the target is refused by name
    refused(box.act("/gss/moves", {"from": a, "to": b, "lineIds": [in_b[1]]}), "lineIds")
    refused(box.act("/gss/moves", {"from": a, "to": b, "lineIds": []}), "lineIds")
    refused(box.act("/gss/moves", {"from": a, "to": b, "lineIds": [f"L{n:05d}" for n in range(51)]}), "lineIds")
    refused(box.act("/gss/moves", {"from": a, "to": b, "lineIds": [in_a[0], in_a[0]]}), "lineIds")
    refused(box.act("/gss/moves", {"from": a, "to": a, "lineIds": [in_a[0]]}), "to")
    full = before["GSS-C0001-0002"]
    assert full["simCount"] == full["maxSims"]
    message = refused(box.act("/gss/moves", {"from": a, "to": full["id"], "lineIds": [in_a[0]]}), "to")
    assert "posto per 0 SIM" in message
    assert {p["id"]: p for p in box.packages()} == before


def test_r60_idempotency_key_is_required_by_every_action(box):
    version = box.package("GSS-C0001-0012")["version"]
    for path, body in ACTIONS:
        url = API + path.format(p="GSS-C0001-0012", q="GSS-C0001-0013")
        payload = json.loads(json.dumps(body).replace("{p}", "GSS-C0001-0012").replace("{q}", "GSS-C0001-0013"))
        refused(box.admin.post(url, json=payload), "Idempotency-Key")
    assert box.package("GSS-C0001-0012")["version"] == version


def test_r60_a_replay_with_the_same_key_returns_the_first_answer_and_adds_once(box):
    package = box.package("GSS-C0001-0013")
    key = str(uuid.uuid4())
    first = box.act("/gss/packages/GSS-C0001-0013/extra-giga", {"giga": 5}, key=key)
    again = box.act("/gss/packages/GSS-C0001-0013/extra-giga", {"giga": 5}, key=key)
    assert assert_wrapped(first, "OK", 200) == assert_wrapped(again, "OK", 200)
    after = box.package("GSS-C0001-0013")
    assert after["extraGiga"] == package["extraGiga"] + 5
    assert after["version"] == package["version"] + 1
    # a refusal is not remembered: the same key may be sent again after fixing the input
    other = str(uuid.uuid4())
    refused(box.act("/gss/packages/GSS-C0001-0013/extra-giga", {"giga": 3}, key=other), "giga")
    assert_wrapped(box.act("/gss/packages/GSS-C0001-0013/extra-giga", {"giga": 10}, key=other), "OK", 200)
    assert box.package("GSS-C0001-0013")["extraGiga"] == package["extraGiga"] + 15


# -- SIM codes (R-22) ------------------------------------------------------------------------------------------


def _sandbox_lines(box: Box, **params) -> list[dict]:
    return box.http.get("/sandbox/lines", params={"limit": 500, **params}).json()["lines"]


def test_r22_managers_get_pin_and_puk_of_a_company_sim_never_cached_and_logged(box):
    line = _sandbox_lines(box, companyId="C0001", kind="mobile")[5]
    before = len(box.http.get("/sandbox/sim-code-log").json()["entries"])
    for client, username in ((box.admin, "admin.demo"), (box.telco, user_of(box.server, "TELCO_MANAGER")["username"])):
        answer = client.get(f"{API}/lines/{line['id']}/sim-codes")
        data = assert_wrapped(answer, "OK", 200)["data"]
        secrets = box.http.get(f"/sandbox/lines/{line['id']}/secrets").json()
        assert data == {"lineId": line["id"], "msisdn": line["msisdn"], "pin": secrets["pin"], "puk": secrets["puk"]}
        assert answer.headers["Cache-Control"] == "no-store" and "ETag" not in answer.headers
        last = box.http.get("/sandbox/sim-code-log").json()["entries"][-1]
        assert (last["username"], last["lineId"]) == (username, line["id"]) and last["at"]
    assert len(box.http.get("/sandbox/sim-code-log").json()["entries"]) == before + 2


def test_r22_a_fixed_line_has_no_sim_codes_and_another_company_line_is_forbidden(box):
    fixed = _sandbox_lines(box, companyId="C0001", kind="fixed")[0]
    refused(box.admin.get(f"{API}/lines/{fixed['id']}/sim-codes"), "lineId")
    other = _sandbox_lines(box, companyId="C0002", kind="mobile")[0]
    before = len(box.http.get("/sandbox/sim-code-log").json()["entries"])
    assert_wrapped(box.admin.get(f"{API}/lines/{other['id']}/sim-codes"), "FAIL", 403, "ERR-AUTH-03")
    body = assert_wrapped(box.admin.get(f"{API}/lines/L99999/sim-codes"), "FAIL", 404, "ERR-VAL-01")
    assert body["messages"][0]["field"] == "lineId"
    assert len(box.http.get("/sandbox/sim-code-log").json()["entries"]) == before  # only codes given are logged


def test_r22_a_dipendente_gets_its_own_line_codes_only(box):
    own = box.employee.user["lineId"]  # type: ignore[attr-defined]
    data = assert_wrapped(box.employee.get(f"{API}/lines/{own}/sim-codes"), "OK", 200)["data"]
    assert data["puk"] == box.puk(own)
    other = next(line["id"] for line in _sandbox_lines(box, companyId="C0001", kind="mobile") if line["id"] != own)
    assert_wrapped(box.employee.get(f"{API}/lines/{other}/sim-codes"), "FAIL", 403, "ERR-AUTH-03")
    entry = box.http.get("/sandbox/sim-code-log").json()["entries"][-1]
    assert (entry["username"], entry["lineId"]) == (box.employee.user["username"], own)  # type: ignore[attr-defined]
    that_line = box.autologin.user["lineId"]  # type: ignore[attr-defined]
    assert_wrapped(box.autologin.get(f"{API}/lines/{that_line}/sim-codes"), "OK", 200)
    assert_wrapped(box.autologin.get(f"{API}/lines/{own}/sim-codes"), "FAIL", 403, "ERR-AUTH-03")
    assert_wrapped(box.must_change.get(f"{API}/lines/{own}/sim-codes"), "FAIL", 403, "ERR-AUTH-05")


def test_r22_sim_codes_never_appear_in_sync(box):
    for client in (box.admin, box.employee):
        line_id = client.user.get("lineId") or "L00002"  # type: ignore[attr-defined]
        puk = box.puk(line_id)
        body = client.get(f"{API}/sync", headers={"Accept": "application/json"}).text
        assert '"pin"' not in body and '"puk"' not in body
        assert f'"{puk}"' not in body


# -- thresholds (R-82) -----------------------------------------------------------------------------------------


def test_r82_crossing_80_and_100_percent_gives_one_event_and_one_sms_each(box):
    package = box.package("GSS-C0001-0003")
    referent = package["referentPhone"]
    box.http.delete("/sandbox/outbox")
    events_before = assert_wrapped(box.admin.get(f"{API}/notifications"), "OK", 200)["data"]["notifications"]
    assert all(e.get("packageId") != package["id"] for e in events_before)
    pooled, used = package["pooledBytes"], package["usedBytes"]
    box.add_usage(package["id"], pooled * 80 // 100 - used + 1)  # just over 80 %
    box.add_usage(package["id"], GIGA)  # still between 80 % and 100 %: nothing new
    events = [
        e
        for e in assert_wrapped(box.telco.get(f"{API}/notifications"), "OK", 200)["data"]["notifications"]
        if e.get("packageId") == package["id"]
    ]
    assert [e["percent"] for e in events] == [80]
    assert events[0]["kind"] == "gss_threshold" and events[0]["referentPhone"] == referent
    assert box.package(package["id"])["thresholdsSent"] == [80]
    after = box.add_usage(package["id"], pooled)  # past 100 %
    assert after["thresholdsSent"] == [80, 100]
    box.add_usage(package["id"], GIGA)
    events = [
        e
        for e in assert_wrapped(box.admin.get(f"{API}/notifications"), "OK", 200)["data"]["notifications"]
        if e.get("packageId") == package["id"]
    ]
    assert [e["percent"] for e in events] == [100, 80]  # newest first
    sms = [m for m in box.outbox() if package["id"] in m["body"]]
    assert [(m["channel"], m["to"]) for m in sms] == [("sms", referent)] * 2
    assert "hai usato l'80% dei Giga" in sms[0]["body"] and "hai usato il 100% dei Giga" in sms[1]["body"]


def test_r82_a_downgrade_that_reaches_80_percent_raises_the_event(box):
    package_id = "GSS-C0001-0001"
    assert_wrapped(box.act(f"/gss/packages/{package_id}/plan", {"gigaPlan": 1000}), "OK", 200)
    box.add_usage(package_id, 450 * GIGA - box.package(package_id)["usedBytes"])
    assert box.package(package_id)["thresholdsSent"] == []  # 450 of at least 1000 Giga
    data = assert_wrapped(box.act(f"/gss/packages/{package_id}/plan", {"gigaPlan": 500}), "OK", 200)["data"]
    assert data["package"]["thresholdsSent"] == [80]  # 450 of 500…520 Giga: over 80 %, under 100 %
    events = assert_wrapped(box.admin.get(f"{API}/notifications"), "OK", 200)["data"]["notifications"]
    assert [e["percent"] for e in events if e.get("packageId") == package_id] == [80]


def test_r82_line_traffic_from_sandbox_usage_moves_package_usage(box):
    before = {p["id"]: p["usedBytes"] for p in box.packages()}
    changed = box.http.post("/sandbox/usage", json={"lines": 120}).json()["changedLineIds"]
    in_packages = {s["lineId"] for p in before for s in box.sims(p)}
    assert set(changed) & in_packages
    after = {p["id"]: p["usedBytes"] for p in box.packages()}
    assert sum(after.values()) > sum(before.values())
    assert all(after[p] >= before[p] for p in before)


def test_r82_notifications_by_session_kind(box):
    assert assert_wrapped(box.employee.get(f"{API}/notifications"), "OK", 200)["data"] == {"notifications": []}
    assert assert_wrapped(box.autologin.get(f"{API}/notifications"), "OK", 200)["data"] == {"notifications": []}
    assert_wrapped(box.must_change.get(f"{API}/notifications"), "FAIL", 403, "ERR-AUTH-05")


# -- scale -----------------------------------------------------------------------------------------------------


def test_r50_a_10000_line_company_has_about_500_packages_each_sim_in_one(start_server):
    server = start_server(lines=10_000, seed=7, rate_per_second=10_000, burst=10_000)
    sandbox = Sandbox(server)
    try:
        admin = sandbox.login("admin.demo", "Demo2026!")
        packages = assert_wrapped(admin.get(f"{API}/gss/packages"), "OK", 200)["data"]["packages"]
        assert len(packages) == 500
        seen: set[str] = set()
        for package in packages:
            sims = assert_wrapped(admin.get(f"{API}/gss/packages/{package['id']}/sims"), "OK", 200)["data"]["sims"]
            ids = {s["lineId"] for s in sims}
            assert len(ids) == package["simCount"] <= package["maxSims"]
            assert not ids & seen
            seen |= ids
        assert 7_000 <= len(seen) <= 9_000
    finally:
        sandbox.close()
