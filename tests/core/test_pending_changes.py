"""The kept Idempotency-Keys of unanswered changes (sync.pending_changes): the same change asked again gets the
kept key, also from a new Store on the same file (a restart); an answered change lets its key go; a key older
than the server's idempotency window is not reused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from windtre_desktop.store.database import Store
from windtre_desktop.sync.actions import IDEMPOTENCY_KEY
from windtre_desktop.sync.pending_changes import KEPT_FOR, PendingChanges

CHANGE = {"packageId": "GSS-C0001-0001", "giga": 5}


def test_an_unanswered_change_keeps_its_key_across_a_restart(tmp_path):
    with Store(tmp_path / "cache.sqlite3") as store:
        sent = PendingChanges(store).keyed("gss_extra", {**CHANGE, IDEMPOTENCY_KEY: "first"})
    assert sent[IDEMPOTENCY_KEY] == "first"
    with Store(tmp_path / "cache.sqlite3") as store:  # the app killed and started again
        pending = PendingChanges(store)
        again = pending.keyed("gss_extra", {**CHANGE, IDEMPOTENCY_KEY: "second"})
        assert again == {**CHANGE, IDEMPOTENCY_KEY: "first"}
        other = pending.keyed("gss_extra", {**CHANGE, "giga": 10, IDEMPOTENCY_KEY: "third"})
        assert other[IDEMPOTENCY_KEY] == "third"  # another change is another request
        pending.settled("gss_extra", again)
        assert pending.keyed("gss_extra", {**CHANGE, IDEMPOTENCY_KEY: "fourth"})[IDEMPOTENCY_KEY] == "fourth"


def test_a_key_past_the_servers_window_is_not_reused(tmp_path):
    now = [datetime(2026, 12, 7, 9, 0, tzinfo=UTC)]
    with Store(tmp_path / "cache.sqlite3") as store:
        pending = PendingChanges(store, now=lambda: now[0])
        pending.keyed("create_recharge", {"lineIds": ["L1"], IDEMPOTENCY_KEY: "old"})
        now[0] += KEPT_FOR + timedelta(seconds=1)
        assert pending.keyed("create_recharge", {"lineIds": ["L1"], IDEMPOTENCY_KEY: "new"})[IDEMPOTENCY_KEY] == "new"
        pending.settled("create_recharge", {"lineIds": ["L1"]})
        assert store.load_draft("pending_change_keys") is None  # nothing left behind once all are answered


def test_a_damaged_entry_is_dropped_not_an_error_for_every_change(tmp_path):
    with Store(tmp_path / "cache.sqlite3") as store:
        store.save_draft("pending_change_keys", {"a": "not an entry", "b": {"key": "k"}, "c": {"key": "k", "at": "?"},
                                                 "d": {"key": "k", "at": "2026-12-07T09:00:00"}})  # no time zone
        sent = PendingChanges(store).keyed("gss_extra", {**CHANGE, IDEMPOTENCY_KEY: "fresh"})
        assert sent[IDEMPOTENCY_KEY] == "fresh"
        assert len(store.load_draft("pending_change_keys")) == 1  # only the new change's entry is kept


def test_only_the_sections_changes_are_kept_never_an_account_wizards_secrets():
    from windtre_desktop.sync.actions import ACTIONS
    from windtre_desktop.sync.pending_changes import KEPT_ACTIONS

    assert KEPT_ACTIONS <= set(ACTIONS)
    for wizard_action in ("register_admin", "activate_admin", "register_employee", "verify_employee",
                          "create_telco_manager"):
        assert wizard_action in ACTIONS and wizard_action not in KEPT_ACTIONS
    assert not any("password" in action or "recovery" in action for action in KEPT_ACTIONS)
