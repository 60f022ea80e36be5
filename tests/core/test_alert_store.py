"""The local alerts in the store (issue 15): active and no longer active, dismissed until worse, told once,
the desktop switch per rule; all surviving a reopen."""

from __future__ import annotations

from windtre_desktop.domain.alerts import (
    COMEBACK_MARGIN,
    CREDIT_RUNNING_OUT,
    IDLE_BUT_BILLED,
    RULES,
    SPEND_SPIKE,
    Alert,
)
from windtre_desktop.store.alert_store import AlertStore
from windtre_desktop.store.database import Store


def test_upsert_keeps_the_computed_alerts_and_retires_the_others(tmp_path):
    store = Store(tmp_path / "cache.sqlite3")
    alerts = AlertStore(store)
    first = [Alert(SPEND_SPIKE, "L00001", 3.0, {"cents": 9000}), Alert(IDLE_BUT_BILLED, "L00002", 40.0)]
    assert sorted(alerts.upsert(first)) == sorted([(SPEND_SPIKE, "L00001"), (IDLE_BUT_BILLED, "L00002")])
    assert alerts.upsert([Alert(SPEND_SPIKE, "L00001", 3.2, {"cents": 9600})]) == []  # known: not new
    active = alerts.visible()
    assert [(a.rule, a.line_id, a.facts["cents"]) for a in active] == [(SPEND_SPIKE, "L00001", 9600)]
    # back after a sync without it (a pace crossing its threshold again): shown, but not new, not told again
    assert alerts.upsert([Alert(IDLE_BUT_BILLED, "L00002", 41.0)]) == []
    assert [a.line_id for a in alerts.visible()] == ["L00002"]
    store.close()


def test_a_dismissed_alert_that_went_away_comes_back_hidden_at_the_same_severity(tmp_path):
    """Review of issue 15: "comes back only if the condition worsens", even after a computation without it."""
    store = Store(tmp_path / "cache.sqlite3")
    alerts = AlertStore(store)
    alerts.upsert([Alert(CREDIT_RUNNING_OUT, "L00009", 10.0)])
    alerts.dismiss(CREDIT_RUNNING_OUT, "L00009")
    alerts.upsert([])  # gone for one sync
    assert alerts.upsert([Alert(CREDIT_RUNNING_OUT, "L00009", 8.0)]) == []
    assert alerts.visible() == [] and alerts.not_notified() == []
    store.close()


def test_a_dismissed_alert_stays_hidden_until_it_worsens_past_the_margin_and_across_a_reopen(tmp_path):
    db = tmp_path / "cache.sqlite3"
    store = Store(db)
    alerts = AlertStore(store)
    alerts.upsert([Alert(CREDIT_RUNNING_OUT, "L00007", 2.0)])
    alerts.dismiss(CREDIT_RUNNING_OUT, "L00007")
    assert alerts.visible() == [] and alerts.not_notified() == []
    store.close()

    store = Store(db)
    alerts = AlertStore(store)
    assert alerts.dismissed_severity(CREDIT_RUNNING_OUT, "L00007") == 2.0
    assert alerts.upsert([Alert(CREDIT_RUNNING_OUT, "L00007", 2.0 * (1 + COMEBACK_MARGIN))]) == []
    assert alerts.visible() == []
    assert alerts.upsert([Alert(CREDIT_RUNNING_OUT, "L00007", 3.0)]) == [(CREDIT_RUNNING_OUT, "L00007")]
    assert [a.severity for a in alerts.visible()] == [3.0]
    assert [a.line_id for a in alerts.not_notified()] == ["L00007"]  # worse: told again
    store.close()


def test_told_once_and_desktop_switches_per_rule(tmp_path):
    db = tmp_path / "cache.sqlite3"
    store = Store(db)
    alerts = AlertStore(store)
    alerts.upsert([Alert(SPEND_SPIKE, "L00001", 3.0), Alert(SPEND_SPIKE, "L00002", 4.0)])
    assert [a.line_id for a in alerts.not_notified()] == ["L00002", "L00001"]  # the worst first
    alerts.mark_notified([(SPEND_SPIKE, "L00002")])
    alerts.set_desktop(SPEND_SPIKE, False)
    store.close()
    store = Store(db)
    alerts = AlertStore(store)
    assert [a.line_id for a in alerts.not_notified()] == ["L00001"]
    switches = alerts.desktop_switches(RULES)
    assert switches[SPEND_SPIKE] is False and all(on for rule, on in switches.items() if rule != SPEND_SPIKE)
    store.close()


def test_all_active_includes_the_dismissed_but_not_the_retired(tmp_path):
    store = Store(tmp_path / "cache.sqlite3")
    alerts = AlertStore(store)
    alerts.upsert([Alert(SPEND_SPIKE, "L00001", 3.0, {"cents": 9000}), Alert(IDLE_BUT_BILLED, "L00002", 40.0),
                   Alert(CREDIT_RUNNING_OUT, "L00003", 10.0)])
    alerts.dismiss(IDLE_BUT_BILLED, "L00002")
    alerts.upsert([Alert(SPEND_SPIKE, "L00001", 3.0, {"cents": 9000}), Alert(IDLE_BUT_BILLED, "L00002", 40.0)])
    assert sorted(a.key for a in alerts.all_active()) == [(IDLE_BUT_BILLED, "L00002"), (SPEND_SPIKE, "L00001")]
    assert [a.key for a in alerts.visible()] == [(SPEND_SPIKE, "L00001")]
    store.close()
