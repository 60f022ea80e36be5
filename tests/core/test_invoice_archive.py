"""The invoice archive (R-40): migration v2 → v3, atomic files with sha256 verified on open, a crash
mid-write never reported as downloaded, a damaged or missing file always flagged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.factories import full_page, make_line
from windtre_desktop.store import ArchiveError, InvoiceArchive, Store, migrations


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_invoice(n: int, *, signed: bool = True, **extra) -> dict:
    inv = {
        "id": f"INV-BA001-2026{n:02d}-S", "number": f"W3B-2026-{n:07d}", "billingAccountId": "BA001",
        "kind": "service", "issueDate": f"2026-{n:02d}-05", "dueDate": f"2026-{n:02d}-28",
        "amountCents": 1000 + n, "status": "paid", "period": {"from": "2026-01-01", "to": "2026-01-31"},
        "hasCallDetail": n % 2 == 0, "pdf": {"size": 3, "sha256": "ab" * 32},
        "fatturapa": {"filename": f"IT01234567897_{n:05d}.xml" + (".p7m" if signed else ""), "signed": signed,
                      "size": 10, "sha256": "cd" * 32},
    }  # fmt: skip
    inv.update(extra)
    return inv


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "profiles" / "abc" / "cache.sqlite3"


@pytest.fixture
def archive(tmp_path, db_path):
    store = Store(db_path)
    yield InvoiceArchive(store, tmp_path / "data")
    store.close()


def files_under(root) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) if root.exists() else []


# --- migration ---------------------------------------------------------------------------------------

def test_a_v2_database_with_data_migrates_to_v3_and_keeps_it(db_path, tmp_path, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        with Store(db_path) as old:
            old.apply_sync(full_page([make_line(1), make_line(2)]), synced_at="t1")
            old.save_draft("ticket", {"step": "reason"}, at="t1")
            old.enqueue_ticket("key-1", {"subject": "x"}, at="t1")
            assert old.schema_version == 2
    with Store(db_path) as store:
        assert store.schema_version == len(migrations.MIGRATIONS) >= 3
        assert store.line_count() == 2 and store.company() is not None
        assert store.sync_state().last_success_at == "t1"
        assert store.load_draft("ticket") == {"step": "reason"}
        assert [e.idempotency_key for e in store.pending_tickets()] == ["key-1"]
        archive = InvoiceArchive(store, tmp_path / "data")
        assert archive.listing() == [] and archive.listing_etag() is None
        assert archive.verify("INV-1", "pdf") == "missing"


# --- listing -----------------------------------------------------------------------------------------

def test_listing_round_trip_keeps_order_fields_and_etag(archive, db_path, tmp_path):
    invoices = [make_invoice(n) for n in (11, 3, 7)]
    assert archive.save_listing(invoices, '"etag-1"') == 3
    assert archive.listing() == invoices
    assert archive.listing_etag() == '"etag-1"'
    assert archive.invoice(invoices[1]["id"]) == invoices[1]
    # A new listing replaces the old one entirely, and survives a reopen.
    archive.save_listing(invoices[:1], '"etag-2"')
    with Store(db_path) as other:
        again = InvoiceArchive(other, tmp_path / "data")
        assert again.listing() == invoices[:1] and again.listing_etag() == '"etag-2"'


def test_a_listing_that_fails_halfway_leaves_the_old_one(archive):
    archive.save_listing([make_invoice(1)], "e1")
    with pytest.raises(KeyError):
        archive.save_listing([make_invoice(2), {"number": "no id"}], "e2")
    assert archive.listing() == [make_invoice(1)] and archive.listing_etag() == "e1"


def test_the_listing_says_when_it_was_received(archive):
    assert archive.listing_saved_at() is None
    archive.save_listing([make_invoice(1)], "e1")
    first = archive.listing_saved_at()
    assert first and datetime.fromisoformat(first).tzinfo is not None
    archive.save_listing([make_invoice(1)], "e2")
    assert archive.listing_saved_at() >= first


# --- files -------------------------------------------------------------------------------------------

def test_write_then_verify_ok_and_recorded(archive):
    archive.save_listing([make_invoice(1)], "e")
    inv_id = make_invoice(1)["id"]
    data = b"%PDF-1.7 invoice"
    path = archive.write_file(inv_id, "pdf", data, sha(data))
    assert path == archive.root / inv_id / "pdf.pdf" and path.read_bytes() == data
    assert archive.path(inv_id, "pdf") == path
    assert archive.verify(inv_id, "pdf") == "ok" and archive.is_downloaded(inv_id, "pdf")
    assert archive.read_verified(inv_id, "pdf") == data
    # The FatturaPA takes its extension from the listing's filename; call detail defaults to CSV.
    assert archive.write_file(inv_id, "fatturapa", b"p7m", None).name == "fatturapa.xml.p7m"
    assert archive.write_file(inv_id, "call_detail", b"date;time", None).name == "call_detail.csv"
    assert archive.downloaded() == {inv_id: {"pdf", "fatturapa", "call_detail"}}
    assert files_under(archive.root) == sorted(
        f"{inv_id}/{n}" for n in ("pdf.pdf", "fatturapa.xml.p7m", "call_detail.csv"))


def test_present_lists_only_files_on_disk_at_their_size(archive):
    assert archive.present() == {}
    for n in (1, 2):
        archive.write_file(make_invoice(n)["id"], "pdf", b"%PDF-1.7", None)
    first, second = make_invoice(1)["id"], make_invoice(2)["id"]
    archive.write_file(first, "call_detail", b"a;b", None)
    assert archive.present() == {first: {"pdf", "call_detail"}, second: {"pdf"}}
    archive.path(first, "pdf").write_bytes(b"cut")
    archive.path(second, "pdf").unlink()
    assert archive.present() == {first: {"call_detail"}}
    assert archive.downloaded() == {first: {"pdf", "call_detail"}, second: {"pdf"}}  # recorded, not present


def test_sha256_mismatch_is_refused_and_nothing_is_left_behind(archive):
    with pytest.raises(ArchiveError):
        archive.write_file("INV-1", "pdf", b"truncated", sha(b"truncated and more"))
    assert files_under(archive.root) == []
    assert archive.verify("INV-1", "pdf") == "missing" and not archive.is_downloaded("INV-1", "pdf")
    assert archive.path("INV-1", "pdf") is None


def test_a_refused_redownload_keeps_nothing_wrong(archive):
    good = b"good bytes"
    archive.write_file("INV-1", "pdf", good, sha(good))
    with pytest.raises(ArchiveError):
        archive.write_file("INV-1", "pdf", b"bad", sha(b"other"))
    assert archive.verify("INV-1", "pdf") == "ok" and archive.read_verified("INV-1", "pdf") == good


def test_a_truncated_file_is_damaged_and_a_deleted_one_missing(archive):
    data = b"x" * 5000
    path = archive.write_file("INV-1", "pdf", data, sha(data))
    with open(path, "r+b") as f:
        f.truncate(1234)
    assert archive.verify("INV-1", "pdf") == "damaged" and not archive.is_downloaded("INV-1", "pdf")
    with pytest.raises(ArchiveError, match="^pdf of INV-1 is damaged$"):
        archive.read_verified("INV-1", "pdf")
    path.unlink()
    assert archive.verify("INV-1", "pdf") == "missing" and archive.path("INV-1", "pdf") is None
    with pytest.raises(ArchiveError, match="^pdf of INV-1 is missing: "):
        archive.read_verified("INV-1", "pdf")
    with pytest.raises(ArchiveError, match="^call_detail of INV-1 is not in the archive$"):
        archive.read_verified("INV-1", "call_detail")


def test_same_size_corruption_is_damaged(archive):
    data = b"abcdef" * 100
    path = archive.write_file("INV-1", "pdf", data, sha(data))
    path.write_bytes(b"ABCDEF" * 100)
    assert archive.is_downloaded("INV-1", "pdf")  # the cheap check cannot tell…
    assert archive.verify("INV-1", "pdf") == "damaged"  # …the re-hash on open does
    with pytest.raises(ArchiveError):  # and reading checks the sha256 too, not only the size (issue 16's mutant)
        archive.read_verified("INV-1", "pdf")


def test_a_partial_temp_file_from_a_crash_is_never_reported(archive):
    archive.save_listing([make_invoice(1)], "e")
    inv_id = make_invoice(1)["id"]
    folder = archive.root / inv_id
    folder.mkdir(parents=True)
    (folder / ".part-abc123").write_bytes(b"%PDF-1.7 half of it")
    assert archive.verify(inv_id, "pdf") == "missing"
    assert not archive.is_downloaded(inv_id, "pdf") and archive.path(inv_id, "pdf") is None
    assert archive.downloaded() == {}
    assert archive.listing() == [make_invoice(1)]
    assert archive.remove_partials() == 1 and files_under(archive.root) == []


def test_a_crash_before_the_rename_leaves_no_file_and_no_record(archive, monkeypatch):
    def crash(src, dst):
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        archive.write_file("INV-1", "pdf", b"data", sha(b"data"))
    monkeypatch.undo()
    assert archive.verify("INV-1", "pdf") == "missing" and files_under(archive.root) == []


def test_a_crash_while_replacing_forgets_the_old_record(archive, monkeypatch):
    archive.write_file("INV-1", "pdf", b"old", None)
    monkeypatch.setattr(os, "replace", lambda s, d: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        archive.write_file("INV-1", "pdf", b"new", None)
    monkeypatch.undo()
    # Never "ok" for something that may not be what was asked for: it is downloaded again.
    assert archive.verify("INV-1", "pdf") == "missing"


def test_forget_drops_record_and_file(archive):
    path = archive.write_file("INV-1", "pdf", b"data", None)
    assert archive.forget("INV-1", "pdf") and not path.exists() and not path.parent.exists()
    assert archive.verify("INV-1", "pdf") == "missing" and not archive.forget("INV-1", "pdf")


def test_forgetting_a_file_already_deleted_by_hand_drops_its_record_and_keeps_the_others(archive):
    path = archive.write_file("INV-1", "pdf", b"data", None)
    archive.write_file("INV-1", "call_detail", b"a;b", None)
    path.unlink()
    assert archive.forget("INV-1", "pdf")
    assert archive.recorded("INV-1", "pdf") is None and archive.downloaded() == {"INV-1": {"call_detail"}}
    assert archive.verify("INV-1", "call_detail") == "ok"


def test_every_partial_file_is_counted_as_removed(archive):
    for name in ("INV-1", "INV-2"):
        (archive.root / name).mkdir(parents=True)
        (archive.root / name / ".part-x1").write_bytes(b"half")
    (archive.root / "INV-2" / ".part-x2").write_bytes(b"half")
    assert archive.remove_partials() == 3 and files_under(archive.root) == []


def test_unsafe_ids_and_kinds_stay_inside_the_archive(archive):
    path = archive.write_file("../../evil", "pdf", b"data", None)
    assert archive.root in path.parents
    with pytest.raises(ValueError):
        archive.write_file("INV-1", "exe", b"data", None)
    with pytest.raises(ValueError):
        archive.write_file("INV-1", "pdf", b"data", None, ext="../x")


# --- properties --------------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=1, max_size=4096), where=st.integers(min_value=0), flip=st.integers(1, 255))
def test_any_bytes_verify_ok_and_any_flipped_byte_is_damaged(archive, data, where, flip):
    path = archive.write_file("INV-P", "pdf", data, sha(data))
    assert archive.verify("INV-P", "pdf") == "ok"
    damaged = bytearray(data)
    damaged[where % len(data)] ^= flip
    path.write_bytes(bytes(damaged))
    assert archive.verify("INV-P", "pdf") == "damaged"


def test_an_unknown_invoice_is_none_and_a_recorded_file_gives_its_size_and_sha256(archive):
    assert archive.invoice("INV-9") is None
    archive.write_file("INV-1", "pdf", b"data", None)
    assert archive.recorded("INV-1", "pdf") == (4, sha(b"data"))
    assert not archive.is_downloaded("INV-9", "pdf")


def test_files_live_in_the_archive_folder_under_their_extension_without_its_dot(archive, tmp_path):
    path = archive.write_file("INV-1", "pdf", b"%PDF-1.4", sha(b"%PDF-1.4"), ext=".PDF")
    assert path.is_relative_to(tmp_path / "data" / "archive")
    assert path.name.endswith(".pdf") and not path.name.endswith("..pdf")


def test_store_timestamps_are_utc():
    from windtre_desktop.store.database import _now

    assert _now().endswith("+00:00")


# --- issue 16: what the mutation run found unpinned ---------------------------------------------------

def test_the_listing_is_also_kept_as_columns_to_filter_on(archive, db_path):
    """Migration v3 keeps each invoice's facts as columns beside its JSON; each column holds the server's value."""
    archive.save_listing([make_invoice(4), make_invoice(5, period=None, status=None, amountCents=None)], None)
    columns = ("id, position, number, billing_account_id, kind, issue_date, due_date, amount_cents, status,"
               " period_from, period_to, has_call_detail")
    with Store(db_path) as other:
        rows = other._conn.execute(f"SELECT {columns} FROM invoices ORDER BY position").fetchall()
    assert rows == [
        ("INV-BA001-202604-S", 0, "W3B-2026-0000004", "BA001", "service", "2026-04-05", "2026-04-28", 1004, "paid",
         "2026-01-01", "2026-01-31", 1),
        ("INV-BA001-202605-S", 1, "W3B-2026-0000005", "BA001", "service", "2026-05-05", "2026-05-28", 0, "", "", "",
         0),
    ]


def test_an_unusable_invoice_id_is_refused_by_name(archive):
    with pytest.raises(ValueError, match="unusable invoice id"):
        archive.write_file("..", "pdf", b"data", None)


def test_a_file_downloaded_again_under_another_extension_replaces_the_old_one(archive):
    old = archive.write_file("INV-1", "fatturapa", b"<xml/>", None, ext="xml")
    new = archive.write_file("INV-1", "fatturapa", b"signed", None, ext="xml.p7m")
    assert not old.exists() and new.read_bytes() == b"signed"
    assert files_under(archive.root) == ["INV-1/fatturapa.xml.p7m"]
    new.unlink()  # deleted by hand: downloading again under the first extension still works
    archive.write_file("INV-1", "fatturapa", b"<xml/>", None, ext="xml")
    assert archive.verify("INV-1", "fatturapa") == "ok" and files_under(archive.root) == ["INV-1/fatturapa.xml"]


def test_unusable_kinds_and_extensions_are_refused_by_name(archive):
    with pytest.raises(ValueError, match="^unknown archive kind: 'exe'$"):
        archive.write_file("INV-1", "exe", b"data", None)
    for ext in ("xml..p7m", "x/y", ""):
        with pytest.raises(ValueError, match="^unusable extension: "):
            archive.write_file("INV-1", "pdf", b"data", None, ext=ext or ".")
    assert archive.write_file("INV-1", "fatturapa", b"<xml/>", None, ext="XML").name == "fatturapa.xml"


def test_a_refused_download_says_which_file_and_both_digests(archive):
    with pytest.raises(ArchiveError, match=f"^pdf of INV-1: sha256 {sha(b'data')} differs from the expected x$"):
        archive.write_file("INV-1", "pdf", b"data", "x")


def test_the_temporary_file_is_a_part_file_beside_the_target(archive, monkeypatch):
    """remove_partials() finds what a killed download left only there, under that prefix."""
    moved = []
    real_replace = os.replace
    monkeypatch.setattr(os, "replace", lambda src, dst: (moved.append((src, dst)), real_replace(src, dst)))
    target = archive.write_file("INV-1", "pdf", b"data", None)
    [(source, destination)] = moved
    assert Path(source).parent == target.parent and Path(source).name.startswith(".part-")
    assert Path(destination) == target


def test_a_deleted_or_unreadable_file_is_not_shown_as_downloaded(archive, monkeypatch):
    from windtre_desktop.store import invoice_archive

    path = archive.write_file("INV-1", "pdf", b"data", None)

    def unreadable(path):
        raise PermissionError(path)

    monkeypatch.setattr(invoice_archive, "_sha256_file", unreadable)
    assert archive.verify("INV-1", "pdf") == "damaged"
    path.unlink()
    assert not archive.is_downloaded("INV-1", "pdf")


def test_a_listing_refused_by_the_database_leaves_the_old_one_and_the_store_usable(archive):
    archive.save_listing([make_invoice(1)], "e1")
    with pytest.raises(sqlite3.IntegrityError):
        archive.save_listing([make_invoice(2), make_invoice(2)], "e2")  # the same id twice
    assert archive.listing() == [make_invoice(1)] and archive.listing_etag() == "e1"
    assert archive.save_listing([make_invoice(3)], "e3") == 1
