"""The notification centre in the local store (R-80…R-82): upsert keeps read and notified, newest first with
filters, the unread count, each event told to the desktop once even when the store is opened again, the
app's desktop switches, and a store of the previous schema migrated with nothing lost."""

from __future__ import annotations

import sqlite3

import pytest

from windtre_desktop.domain.notifications import Notification
from windtre_desktop.store import Store, migrations
from windtre_desktop.store.notification_store import NotificationStore


def event(ident: str, kind: str, at: str, **fields) -> Notification:
    found = Notification.from_json({"id": ident, "kind": kind, "at": at, **fields})
    assert found is not None
    return found


FEED = [
    event("N3", "gss_threshold", "2026-12-05T10:00:00+01:00", packageId="GSS-1", percent=80),
    event("N2", "invoice_overdue", "2026-11-20T00:00:00+01:00", invoiceId="INV-1"),
    event("N1", "some_new_kind", "2026-11-01T00:00:00+01:00"),
]


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "cache.sqlite3"


def test_upsert_tells_what_is_new_and_keeps_the_read_state(db_path):
    with Store(db_path) as store:
        notes = NotificationStore(store)
        assert notes.upsert(FEED) == ["N3", "N2", "N1"]
        notes.mark_read(["N2"])
        changed = event("N2", "invoice_overdue", "2026-11-20T00:00:00+01:00", invoiceId="INV-1", number="F1")
        feed = [event("N4", "ticket_status", "2026-12-06T08:00:00+01:00")] + [
            changed if n.id == "N2" else n for n in FEED]
        assert notes.upsert(feed) == ["N4"]
        listed = notes.all()
        assert [n.id for n in listed] == ["N4", "N3", "N2", "N1"]  # newest first
        assert [n.read for n in listed] == [False, False, True, False]
        assert listed[2].fields["number"] == "F1"  # the server's latest words
        assert notes.unread_count() == 3
        assert [n.id for n in notes.all(kind="gss_threshold")] == ["N3"]
        assert [n.id for n in notes.all(unread_only=True)] == ["N4", "N3", "N1"]
        assert notes.get("N1").kind == "some_new_kind"  # an unknown kind is kept
        notes.mark_all_read()
        assert notes.unread_count() == 0


def test_each_event_is_told_once_even_when_the_store_is_opened_again(db_path):
    with Store(db_path) as store:
        notes = NotificationStore(store)
        notes.upsert(FEED)
        pending = notes.not_notified()
        assert [n.id for n in pending] == ["N1", "N2", "N3"]  # oldest first
        notes.mark_notified(n.id for n in pending)
        assert notes.not_notified() == []
    with Store(db_path) as store:
        notes = NotificationStore(store)
        assert notes.upsert(FEED) == []
        assert notes.not_notified() == []


def test_desktop_switches_default_on_and_are_kept(db_path):
    with Store(db_path) as store:
        notes = NotificationStore(store)
        assert notes.desktop_switches(["promotion", "gss_threshold"]) == {"promotion": True, "gss_threshold": True}
        notes.set_desktop_switches({"promotion": False})
    with Store(db_path) as store:
        assert NotificationStore(store).desktop_switches(["promotion"]) == {"promotion": False}


def test_a_store_of_the_previous_schema_gets_the_table_and_keeps_its_data(db_path):
    raw = sqlite3.connect(db_path)
    for step in migrations.MIGRATIONS[:-1]:
        step(raw)
    raw.execute(f"PRAGMA user_version = {len(migrations.MIGRATIONS) - 1}")
    raw.execute("UPDATE sync_state SET cursor = 'c1' WHERE id = 1")
    raw.commit()
    raw.close()
    with Store(db_path) as store:
        assert store.schema_version == len(migrations.MIGRATIONS)
        assert store.sync_state().cursor == "c1"
        assert NotificationStore(store).upsert(FEED[:1]) == ["N3"]


def test_an_event_the_server_no_longer_lists_leaves_and_a_new_run_is_new(db_path):
    """The feed is the whole list: a sandbox started again (other ids) replaces the old run's events, and its
    events are new ones to tell, never taken for the old ones' read or told state."""
    with Store(db_path) as store:
        notes = NotificationStore(store)
        notes.upsert(FEED)
        notes.mark_read(["N1", "N2", "N3"])
        notes.mark_notified(["N1", "N2", "N3"])
        again = [event("R2-N1", "gss_threshold", "2026-12-07T09:00:00+01:00")]
        assert notes.upsert(again) == ["R2-N1"]
        assert [n.id for n in notes.all()] == ["R2-N1"]
        assert notes.unread_count() == 1 and [n.id for n in notes.not_notified()] == ["R2-N1"]


def test_one_notification_is_found_by_its_id_and_an_unknown_id_is_none(db_path):
    with Store(db_path) as store:
        notes = NotificationStore(store)
        notes.upsert(FEED)
        assert notes.get("N2").id == "N2" and notes.get("N9") is None


def test_the_feed_is_filtered_by_kind_and_read_state_together(db_path):
    with Store(db_path) as store:
        notes = NotificationStore(store)
        notes.upsert([*FEED, event("N4", "invoice_overdue", "2026-12-01T00:00:00+01:00", invoiceId="INV-2")])
        notes.mark_read(["N4"])
        assert [n.id for n in notes.all(kind="invoice_overdue")] == ["N4", "N2"]
        assert [n.id for n in notes.all(kind="invoice_overdue", unread_only=True)] == ["N2"]
        assert [n.id for n in notes.all(unread_only=True)] == ["N3", "N2", "N1"]
