"""Drafts, the ticket outbox and attachment copies in the store (R-70…R-73): migration from v1,
nothing lost and nothing filed twice across a crash."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.core.factories import full_page, make_line
from windtre_desktop.domain import ticket_wizard as tw
from windtre_desktop.store import Store, migrations
from windtre_desktop.store.attachments import attachments_dir, copy_attachment, remove_attachments


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "profiles" / "abc" / "cache.sqlite3"


def test_a_v1_database_with_data_migrates_and_keeps_it(db_path, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        with Store(db_path) as old:
            old.apply_sync(full_page([make_line(1), make_line(2)]), synced_at="t1")
            assert old.schema_version == 1
    with Store(db_path) as store:
        assert store.schema_version == len(migrations.MIGRATIONS) >= 2
        assert store.line_count() == 2 and store.company() is not None
        assert store.sync_state().last_success_at == "t1"
        assert store.load_draft("ticket") is None and store.pending_tickets() == []


# --- drafts ----------------------------------------------------------------------------------------

def test_one_draft_per_kind_saved_loaded_deleted(db_path):
    with Store(db_path) as store:
        store.save_draft("ticket", {"step": "reason"}, at="t1")
        store.save_draft("ticket", {"step": "notes", "values": {"notes": "è"}}, at="t2")
        store.save_draft("other", [1, 2])
        assert store.load_draft("ticket") == {"step": "notes", "values": {"notes": "è"}}
        assert store.draft_updated_at("ticket") == "t2"
        assert store._conn.execute("SELECT COUNT(*) FROM drafts WHERE kind = 'ticket'").fetchone()[0] == 1
        assert store.delete_draft("ticket") and not store.delete_draft("ticket")
        assert store.load_draft("ticket") is None and store.load_draft("other") == [1, 2]


def test_a_wizard_draft_survives_closing_the_store(db_path):
    w = tw.new_ticket("key-d")
    w.set_value("reason", "LOSS_THEFT")
    w.next()
    w.set_value("lossTopic", "IMEI_BLOCK")
    with Store(db_path) as store:
        store.save_draft(tw.NEW_TICKET, tw.to_draft(w))
    with Store(db_path) as store:
        restored = tw.from_draft(store.load_draft(tw.NEW_TICKET))
    assert (restored.step_id, restored.values, restored.path) == (w.step_id, w.values, w.path)


def test_an_unreadable_draft_is_dropped_not_raised(db_path):
    with Store(db_path) as store:
        store._conn.execute("INSERT INTO drafts VALUES ('ticket', '{not json', 't')")
        assert store.load_draft("ticket") is None
        assert store.draft_updated_at("ticket") is None


# --- outbox ----------------------------------------------------------------------------------------

PAYLOAD = {"reason": "LOSS_THEFT", "topic": "IMEI_BLOCK", "service": "voice", "imei": "490154203237518"}


def test_enqueue_pending_then_sent(db_path):
    with Store(db_path) as store:
        assert store.enqueue_ticket("k1", json.dumps(PAYLOAD), ["/d/a.pdf", "/d/b.png"], at="t1")
        (entry,) = store.pending_tickets()
        assert entry.idempotency_key == "k1" and entry.payload == PAYLOAD
        assert entry.attachment_paths == ("/d/a.pdf", "/d/b.png") and entry.attempts == 0
        assert store.mark_sent("k1", {"number": "TK-2026-000001"})
        assert store.pending_tickets() == []
        sent = store.outbox_entry("k1")
        assert sent.state == "sent" and sent.result == {"number": "TK-2026-000001"} and sent.attempts == 1


def test_a_payload_given_as_an_object_is_kept_as_json_text_with_its_accents_as_written(db_path):
    with Store(db_path) as store:
        store.enqueue_ticket("k1", {**PAYLOAD, "note": "Perché è così"})
        entry = store.outbox_entry("k1")
    assert '"note": "Perché è così"' in entry.payload_json and entry.payload["note"] == "Perché è così"


def test_a_failed_send_stays_pending_for_a_retry(db_path):
    with Store(db_path) as store:
        store.enqueue_ticket("k1", PAYLOAD)
        assert store.mark_failed("k1", "timeout") and store.mark_failed("k1", "HTTP 500")
        (entry,) = store.pending_tickets()
        assert entry.last_error == "HTTP 500" and entry.attempts == 2
        assert store.mark_sent("k1", "{}")
        assert not store.mark_failed("k1", "late")  # a sent ticket is never pending again
        assert store.outbox_entry("k1").state == "sent"


def test_the_same_key_is_never_queued_twice(db_path):
    with Store(db_path) as store:
        assert store.enqueue_ticket("k1", PAYLOAD)
        assert not store.enqueue_ticket("k1", {**PAYLOAD, "imei": "other"})
        (entry,) = store.pending_tickets()
        assert entry.payload == PAYLOAD
        with pytest.raises(ValueError):
            store.enqueue_ticket("", PAYLOAD)


def test_after_a_crash_the_pending_ticket_is_still_there_with_its_key(db_path):
    store = Store(db_path)
    store.enqueue_ticket("k-crash", PAYLOAD, ["/d/a.pdf"])
    # "Crash": the connection is dropped without close(); another process opens the file.
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT idempotency_key, state FROM outbox").fetchall() == [("k-crash", "pending")]
    raw.close()
    with Store(db_path) as reopened:
        (entry,) = reopened.pending_tickets()
        assert entry.idempotency_key == "k-crash" and entry.payload == PAYLOAD
    store.close()


def test_pending_tickets_come_oldest_first_and_can_be_discarded(db_path):
    with Store(db_path) as store:
        store.enqueue_ticket("b", PAYLOAD, at="2026-01-02")
        store.enqueue_ticket("a", PAYLOAD, at="2026-01-01")
        assert [e.idempotency_key for e in store.pending_tickets()] == ["a", "b"]
        assert store.discard_ticket("a") and [e.idempotency_key for e in store.pending_tickets()] == ["b"]
        assert not store.discard_ticket("a")  # already gone: nothing dropped


# --- attachment copies -------------------------------------------------------------------------------

def test_copy_attachment_into_the_data_dir(tmp_path):
    source = tmp_path / "scan" / "modulo blocco.pdf"
    source.parent.mkdir()
    data = b"%PDF-1.7\n" + bytes(range(256)) * 5000
    source.write_bytes(data)
    stored = copy_attachment(source, tmp_path / "data", "key-1")
    assert stored.path == tmp_path / "data" / "attachments" / "key-1" / "modulo blocco.pdf"
    assert stored.path.read_bytes() == data and stored.size == len(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert [p.name for p in stored.path.parent.iterdir()] == ["modulo blocco.pdf"]  # no temporary left
    again = copy_attachment(source, tmp_path / "data", "key-1", name="ci.pdf")
    assert sorted(p.name for p in again.path.parent.iterdir()) == ["ci.pdf", "modulo blocco.pdf"]
    remove_attachments(tmp_path / "data", "key-1")
    assert not attachments_dir(tmp_path / "data", "key-1").exists()


def test_the_copy_is_written_beside_its_final_name_and_renamed(tmp_path, monkeypatch):
    """The temporary file is in the same folder, so the rename is atomic (same file system)."""
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF-1.7")
    renamed = []
    real_replace = os.replace

    def replace(src, dst):
        renamed.append((Path(src).parent, Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    stored = copy_attachment(source, tmp_path / "data", "key-1")
    assert renamed == [(stored.path.parent, stored.path)]
    with pytest.raises(ValueError, match="unusable file name"):
        copy_attachment(source, tmp_path / "data", "key-1", name="..")


def test_a_failed_copy_leaves_nothing_behind(tmp_path):
    with pytest.raises(FileNotFoundError):
        copy_attachment(tmp_path / "missing.pdf", tmp_path / "data", "k")
    assert list((tmp_path / "data" / "attachments" / "k").iterdir()) == []


@pytest.mark.parametrize("key", ["", "..", "."])
def test_unsafe_keys_are_refused(tmp_path, key):
    with pytest.raises(ValueError, match="unusable key"):  # the key, not a file name, was wrong
        attachments_dir(tmp_path, key)


def test_names_cannot_escape_the_folder(tmp_path):
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF-")
    stored = copy_attachment(source, tmp_path / "data", "../k", name="../../evil.pdf")
    assert stored.path.parent == tmp_path / "data" / "attachments" / ".._k"
    assert stored.path.name == ".._.._evil.pdf"
