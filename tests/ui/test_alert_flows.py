"""Avvisi's flow (issue 15): alerts computed off the GUI thread after each snapshot, a newer snapshot
superseding an older one, kept in the store, dismissed until worse across a reopen, and told on the desktop
once per alert, across restarts too, per rule's switch."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QIcon

from tests.domain.fleet_factories import company, fleet, line, usage_json
from windtre_desktop.domain.alerts import CREDIT_RUNNING_OUT, SPEND_SPIKE, compute_alerts
from windtre_desktop.flows.alerts import AlertFlows
from windtre_desktop.store.alert_store import AlertStore
from windtre_desktop.store.database import Store
from windtre_desktop.views.alerts_view import AlertsView
from windtre_desktop.widgets.tray import Tray


@pytest.fixture
def make_flows(qtbot, tmp_path):
    made = []

    def make(store: Store, tray: Tray | None = None) -> AlertFlows:
        tray = tray or Tray(QIcon())
        flows = AlertFlows(lambda: store, lambda: tray)
        made.append(flows)
        return flows

    yield make
    for flows in made:
        assert flows.shutdown()


def _two_alerts():
    return fleet([
        (line(1), usage_json(1, spend=[1000] * 23 + [5000])),
        (line(2, prepaid=True, credit=200), usage_json(2, last_week={"records": 90, "costCents": 1400},
                                                            previous={"records": 1000, "costCents": 16000})),
        (line(3), usage_json(3)),
    ])


def test_alerts_are_computed_off_the_gui_thread_then_stored_and_emitted(qtbot, tmp_path, make_flows):
    store = Store(tmp_path / "cache.sqlite3")
    flows = make_flows(store)
    snapshot = company(310)
    with qtbot.waitSignal(flows.alertsChanged, timeout=20000) as blocker:
        flows.on_snapshot(snapshot)
    assert flows.computed_in == "windtre-alerts" != threading.current_thread().name
    expected = compute_alerts(snapshot)
    assert [(e.alert.rule, e.alert.line_id) for e in blocker.args[0]] == [a.key for a in expected]
    assert len(AlertStore(store).visible()) == len(expected)
    assert blocker.args[0][0].msisdn  # with the line's number
    series, listed = flows.summary()
    assert series.lines == 310 and listed == blocker.args[0]
    store.close()


def test_a_newer_snapshot_supersedes_the_computation_of_an_older_one(qtbot, tmp_path, make_flows):
    store = Store(tmp_path / "cache.sqlite3")
    flows = make_flows(store)
    flows.on_snapshot(company(3000))
    with qtbot.waitSignal(flows.alertsChanged, timeout=20000) as blocker:
        flows.on_snapshot(_two_alerts())
    assert {e.alert.line_id for e in blocker.args[0]} == {"L00001", "L00002"}
    qtbot.wait(200)  # the older computation, were it not dropped, would have landed by now or soon after
    assert flows.computations == 1
    assert {a.line_id for a in AlertStore(store).visible()} == {"L00001", "L00002"}
    store.close()


def test_dismissed_from_the_view_stays_dismissed_after_a_reopen(qtbot, tmp_path, make_flows):
    db = tmp_path / "cache.sqlite3"
    store = Store(db)
    flows = make_flows(store)
    view = AlertsView()
    qtbot.addWidget(view)
    flows.attach(view)
    with qtbot.waitSignal(flows.alertsChanged, timeout=20000):
        flows.on_snapshot(_two_alerts())
    assert view.model.rowCount() == 2
    assert view.select(SPEND_SPIKE, "L00001")
    with qtbot.waitSignal(flows.alertsChanged) as blocker:
        view.dismiss_button.click()
    assert [e.alert.rule for e in blocker.args[0]] == [CREDIT_RUNNING_OUT]
    assert [e.alert.rule for e in view.shown()] == [CREDIT_RUNNING_OUT]
    store.close()

    store = Store(db)
    again = make_flows(store)
    with qtbot.waitSignal(again.alertsChanged, timeout=20000) as blocker:
        again.on_snapshot(_two_alerts())
    assert [e.alert.line_id for e in blocker.args[0]] == ["L00002"]
    worse = fleet([(line(1), usage_json(1, spend=[1000] * 23 + [9000]))])  # 9× instead of 5×: back
    with qtbot.waitSignal(again.alertsChanged, timeout=20000) as blocker:
        again.on_snapshot(worse)
    assert [(e.alert.rule, e.alert.line_id) for e in blocker.args[0]] == [(SPEND_SPIKE, "L00001")]
    store.close()


def test_the_desktop_is_told_once_per_alert_across_a_restart_and_never_for_a_switched_off_rule(
        qtbot, tmp_path, make_flows):
    db = tmp_path / "cache.sqlite3"
    store = Store(db)
    AlertStore(store).set_desktop(CREDIT_RUNNING_OUT, False)
    tray = Tray(QIcon())
    flows = make_flows(store, tray)
    with qtbot.waitSignal(flows.alertsChanged, timeout=20000):
        flows.on_snapshot(_two_alerts())
    assert len(tray.shown) == 1 and "+393470000001" in tray.shown[0][0]  # the spend spike only
    with qtbot.waitSignal(flows.alertsChanged, timeout=20000):
        flows.on_snapshot(_two_alerts())
    assert len(tray.shown) == 1
    store.close()

    store = Store(db)
    restarted = make_flows(store, tray)
    with qtbot.waitSignal(restarted.alertsChanged, timeout=20000):
        restarted.on_snapshot(_two_alerts())
    assert len(tray.shown) == 1
    assert AlertStore(store).not_notified() == []
    # many new at once: one message that counts them
    with qtbot.waitSignal(restarted.alertsChanged, timeout=20000):
        restarted.on_snapshot(company(310))
    assert len(tray.shown) == 2
    store.close()
