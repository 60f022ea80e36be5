"""Panoramica flotta's data flow in the real app against the real sandbox (R-21): after sign-in the fleet's
usage is fetched and a snapshot covering every line is emitted; the next sync asks with If-None-Match; at an
offline start the stored usage is shown; a label edited in the section is kept locally and the sandbox never
sees a label or a note (every request it received is checked)."""

from __future__ import annotations

import json

import httpx

from tests.ui.conftest import CLOSED_PORT_URL, sign_in
from windtre_desktop.domain.fleet_usage import FleetSnapshot
from windtre_desktop.domain.roles import Section

LOAD_MS = 30_000
FLEET_PATH = "/api/v1/fleet/usage"


def fetched(qtbot, controller, at_least: int = 1):
    qtbot.waitUntil(lambda: controller._fleet_flows is not None and controller.fleet_flows.fetches >= at_least,
                    timeout=LOAD_MS)
    return controller.fleet_flows


def requests_of(url: str) -> list[dict]:
    return httpx.get(f"{url}/sandbox/request-log", timeout=10).json()["requests"]


def test_after_sign_in_a_snapshot_covers_every_line_and_the_next_sync_asks_with_the_etag(
        qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    flows = fetched(qtbot, controller)
    snap = flows.current()
    assert isinstance(snap, FleetSnapshot) and snap.usage is not None and snap.saved_at
    line_ids = {line.id for line in controller.snapshot.lines}
    assert len(line_ids) == 60 and {line.id for line in snap.lines} == line_ids
    assert set(snap.usage.lines) == line_ids
    assert snap.billing_accounts == {a.id: a.name for a in controller.snapshot.company.billing_accounts}
    assert flows.failure_text() == ""

    with qtbot.waitSignal(flows.snapshotChanged, timeout=LOAD_MS) as emitted:
        controller.refresh()
    assert set(emitted.args[0].usage.lines) == line_ids
    asked = [r for r in requests_of(fresh_sandbox.url) if r["path"] == FLEET_PATH]
    assert len(asked) == 2
    assert "if-none-match" not in asked[0]["headers"] and asked[1]["headers"]["if-none-match"]


def test_a_dipendente_does_not_fetch_the_fleet(qtbot, fresh_sandbox, make_controller):
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, employee["username"], employee["password"]) is True
    assert controller._fleet_flows is None
    assert not [r for r in requests_of(fresh_sandbox.url) if r["path"] == FLEET_PATH]


def test_an_offline_start_shows_the_stored_usage_and_labels(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, remember=True) is True
    flows = fetched(qtbot, controller)
    kept = flows.current().usage
    flows.save_label("L00003", "Magazzino Nord", "CdC 4410/02")  # the user's own words: kept across a restart
    controller.shutdown()

    offline = make_controller(CLOSED_PORT_URL)  # same profile key: the remembered profile and its cache
    with qtbot.waitSignal(offline.syncSettled, timeout=LOAD_MS) as settled:
        offline.start()
    assert settled.args[0] is False
    # the dashboard's fleet block comes from the stored usage, without a visit to the fleet and without a sync
    dashboard = offline.window.dashboard
    qtbot.waitUntil(lambda: dashboard.fleet_trend_value.text() != "", timeout=LOAD_MS)
    with qtbot.waitSignal(offline.fleet_flows.snapshotChanged, timeout=LOAD_MS) as shown:
        offline.window.show_section(Section.FLEET)
    snap = shown.args[0]
    assert snap.usage == kept
    assert (snap.labels["L00003"].label, snap.labels["L00003"].note) == ("Magazzino Nord", "CdC 4410/02")
    assert set(snap.usage.lines) == {line.id for line in offline.snapshot.lines}


def test_the_sandbox_never_sees_a_label_or_a_note(qtbot, fresh_sandbox, make_controller):
    texts = ("Zorblax Quintavalle", "centro di costo QX-7741", "Nota riservata Wibbleton", "Etichetta Frobnitz")
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    flows = fetched(qtbot, controller)
    flows.save_label("L00001", texts[0], texts[1])
    controller.window.show_section(Section.FLEET)
    section = controller.window.section_widget(Section.FLEET)
    with qtbot.waitSignal(flows.snapshotChanged, timeout=LOAD_MS):  # the fleet table's own signal
        section.lines.labelEdited.emit("L00002", texts[3], texts[2])
    labels = flows.current().labels
    assert (labels["L00001"].label, labels["L00001"].note) == texts[:2]
    assert (labels["L00002"].label, labels["L00002"].note) == (texts[3], texts[2])

    httpx.post(f"{fresh_sandbox.url}/sandbox/usage", json={"lines": 5}, timeout=10).raise_for_status()
    for _ in range(2):  # a sync with changes (a new usage answer), then one without
        before = flows.fetches
        with qtbot.waitSignal(controller.syncSettled, timeout=LOAD_MS):
            controller.refresh()
        qtbot.waitUntil(lambda before=before: flows.fetches > before, timeout=LOAD_MS)

    seen = requests_of(fresh_sandbox.url)
    paths = {r["path"] for r in seen}
    assert {FLEET_PATH, "/api/v1/sync", "/api/v1/login/credentials"} <= paths
    assert any("admin.demo" in r["body"] for r in seen)  # the log holds the bodies too
    everything = json.dumps(seen, ensure_ascii=False).lower()
    for text in texts:
        assert text.lower() not in everything, text
        for word in text.lower().split():
            if len(word) > 6:
                assert word not in everything, word


def test_a_failed_fetch_keeps_showing_what_the_store_has_and_says_why(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    flows = fetched(qtbot, controller)
    kept = flows.current().usage
    httpx.post(f"{fresh_sandbox.url}/sandbox/faults",
               json={"mode": "500", "count": 20, "pathPrefix": FLEET_PATH}, timeout=10).raise_for_status()
    try:
        with qtbot.waitSignal(flows.fetchEnded, timeout=LOAD_MS) as ended:
            controller.refresh()
        assert ended.args[0] is False
        assert flows.failure_text() != ""
        assert flows.current().usage == kept
    finally:
        httpx.delete(f"{fresh_sandbox.url}/sandbox/faults", timeout=10).raise_for_status()
    with qtbot.waitSignal(flows.fetchEnded, timeout=LOAD_MS) as ended:
        controller.refresh()
    assert ended.args[0] is True and flows.failure_text() == ""
