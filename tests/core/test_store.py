"""The local store: migrations, schema version, sync application, WAL, two connections, speed."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading

import pytest

from tests.core.factories import COMPANY, USER, delta_page, full_page, make_line
from windtre_desktop.domain.models import Counter
from windtre_desktop.domain.totals import company_totals
from windtre_desktop.store import Store, StoreCorrupt, StoreTooNew, migrations


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "profiles" / "abc" / "cache.sqlite3"


def test_new_store_is_migrated_to_the_latest_version(db_path):
    with Store(db_path) as store:
        assert db_path.exists()
        assert store.schema_version == len(migrations.MIGRATIONS) >= 1
        assert store.lines() == []
        assert store.company() is None and store.user() is None
        state = store.sync_state()
        assert state.cursor is None and state.etag is None and not state.has_data
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)
    raw.close()


def test_reopen_keeps_data_and_does_not_migrate_again(db_path, monkeypatch):
    with Store(db_path) as store:
        store.apply_sync(full_page([make_line(1), make_line(2)]), synced_at="t1")
    calls = []
    monkeypatch.setattr(migrations, "MIGRATIONS", [lambda conn: calls.append(1)] * len(migrations.MIGRATIONS))
    with Store(db_path) as store:
        assert calls == []
        assert store.line_count() == 2
        assert store.company() == COMPANY and store.user() == USER


def test_store_pragmas_wal_normal_foreign_keys(db_path):
    with Store(db_path) as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_later_migration_is_applied_on_reopen(db_path, monkeypatch):
    Store(db_path).close()

    def v2(conn):
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v2])
    with Store(db_path) as store:
        assert store.schema_version == len(migrations.MIGRATIONS)
        store._conn.execute("INSERT INTO notes (text) VALUES ('x')")


def test_a_failing_migration_is_rolled_back_whole(db_path, monkeypatch):
    Store(db_path).close()
    before = len(migrations.MIGRATIONS)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(RuntimeError):
        Store(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == before
    assert raw.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    raw.close()


def test_a_database_from_a_newer_app_is_refused(db_path):
    Store(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {len(migrations.MIGRATIONS) + 3}")
    raw.close()
    with pytest.raises(StoreTooNew) as caught:
        Store(db_path)
    assert caught.value.found == len(migrations.MIGRATIONS) + 3
    assert "newer" in str(caught.value)
    assert caught.value.supported == len(migrations.MIGRATIONS)
    assert str(caught.value).endswith("it was written by a newer windtre-desktop. Update the app.")


def test_the_store_package_names_what_it_does_not_have():
    import windtre_desktop.store as store_package

    with pytest.raises(AttributeError, match="has no attribute 'Nothing'"):
        store_package.Nothing  # noqa: B018 - the lookup is the test


def test_the_store_waits_ten_seconds_for_another_connections_lock(db_path):
    with Store(db_path) as store:
        assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000


def test_a_file_that_is_not_a_database_is_reported(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreCorrupt, match="is not a usable database") as caught:
        Store(db_path)
    assert str(db_path) in str(caught.value)  # the message names the file, for the log and the support


def test_full_then_incremental_sync(db_path):
    lines = [make_line(n) for n in range(1, 21)]
    with Store(db_path) as store:
        assert store.apply_sync(full_page(lines, cursor="v1", etag='"e1"'), synced_at="t1") == 20
        assert store.line_count() == 20
        assert store.lines() == sorted(lines, key=lambda line: (line.msisdn, line.id))
        assert store.line("L00005") == lines[4]
        assert store.line("nope") is None
        state = store.sync_state()
        assert (state.cursor, state.etag, state.last_success_at, state.has_data) == ("v1", '"e1"', "t1", True)

        changed = dataclasses.replace(lines[2], credit_cents=1, data=Counter(5, None), version=2)
        new = make_line(99)
        n = store.apply_sync(delta_page([changed, new], ["L00007", "L00404"], cursor="v2"), synced_at="t2")
        assert n == 3  # one updated, one added, one deleted (the unknown id is not counted)
        assert store.line_count() == 20
        assert store.line("L00003") == changed
        assert store.line("L00099") == new
        assert store.line("L00007") is None
        assert store.company() == COMPANY  # a delta without company keeps the stored one
        assert store.sync_state().cursor == "v2"

        # A full snapshot replaces everything: lines missing from it are gone.
        assert store.apply_sync(full_page(lines[:5], cursor="v3"), synced_at="t3") == 5 + 15
        assert {line.id for line in store.lines()} == {line.id for line in lines[:5]}


def test_counters_round_trip_absent_unlimited_and_limited(db_path):
    line = dataclasses.replace(
        make_line(3), data=None, voice=Counter(10, None), sms=Counter(0, 0), credit_cents=None
    )
    with Store(db_path) as store:
        store.apply_sync(full_page([line]), synced_at="t")
        stored = store.line(line.id)
    assert stored.data is None
    assert stored.voice == Counter(10, None) and stored.voice.unlimited
    assert stored.sms == Counter(0, 0)
    assert stored.credit_cents is None


def test_failed_apply_changes_nothing(db_path):
    with Store(db_path) as store:
        store.apply_sync(full_page([make_line(1)], cursor="v1"), synced_at="t1")
        bad = dataclasses.replace(make_line(2), msisdn=None)  # NOT NULL violated mid-transaction
        with pytest.raises(sqlite3.IntegrityError):
            store.apply_sync(delta_page([make_line(3), bad], [], cursor="v2"), synced_at="t2")
        assert [line.id for line in store.lines()] == ["L00001"]
        assert store.sync_state().cursor == "v1"


def test_failure_is_recorded_and_data_kept(db_path):
    with Store(db_path) as store:
        store.apply_sync(full_page([make_line(1)], cursor="v1"), synced_at="t1")
        store.record_sync_failure("t2", "ServerUnavailable")
        state = store.sync_state()
        assert state.last_error == "ServerUnavailable"
        assert state.last_attempt_at == "t2" and state.last_success_at == "t1"
        assert state.cursor == "v1" and state.has_data
        assert store.line_count() == 1
        store.reset_cursor()
        assert store.sync_state().cursor is None and store.sync_state().etag is None
        assert store.line_count() == 1
        store.record_not_modified("t3")
        state = store.sync_state()
        assert state.last_error is None and state.last_success_at == "t3"


def test_totals_equal_domain_totals(db_path):
    lines = [make_line(n) for n in range(300)]
    with Store(db_path) as store:
        assert store.totals() == company_totals([])
        store.apply_sync(full_page(lines), synced_at="t")
        expected = company_totals(store.lines())
        got = store.totals()
    assert got == expected
    assert list(got.offers) == list(expected.offers)  # same order too
    assert got.lines == 300 and got.fixed_lines == len([n for n in range(300) if n % 7 == 0])


def test_the_totals_saved_with_each_sync_match_the_lines(db_path):
    """A start reads the totals saved with the last sync instead of summing every line (issue 10)."""
    lines = [make_line(n) for n in range(300)]
    with Store(db_path) as store:
        store.apply_sync(full_page(lines), synced_at="t1")
        assert store.saved_totals() == company_totals(store.lines())
        changed = dataclasses.replace(lines[4], credit_cents=123_456, version=2)
        store.apply_sync(delta_page([changed, make_line(999)], ["L00007"], cursor="v2"), synced_at="t2")
        saved = store.saved_totals()
        assert saved == company_totals(store.lines()) == store.totals()
        assert list(saved.offers) == list(store.totals().offers)  # the ranking survives the JSON
        assert saved.lines == 300  # one added, one deleted


def test_a_cache_from_before_saved_totals_sums_them(db_path):
    with Store(db_path) as store:
        store.apply_sync(full_page([make_line(n) for n in range(50)]), synced_at="t")
        store._conn.execute("DELETE FROM documents WHERE key = 'totals'")
        assert store.saved_totals() == company_totals(store.lines())


def test_the_head_of_the_lines_is_their_first_rows_in_order(db_path):
    with Store(db_path) as store:
        store.apply_sync(full_page([make_line(n) for n in range(120)]), synced_at="t")
        assert store.lines_head(25) == store.lines()[:25]
        assert store.lines_head(500) == store.lines()


def test_the_head_snapshot_shows_the_whole_company_from_its_first_lines(db_path):
    from windtre_desktop.sync.snapshot import load_head_snapshot, load_snapshot

    with Store(db_path) as store:
        store.apply_sync(full_page([make_line(n) for n in range(120)]), synced_at="t")
        head, full = load_head_snapshot(store, limit=30), load_snapshot(store)
        assert not head.complete and full.complete
        assert head.totals == full.totals and head.company == full.company and head.user == full.user
        assert head.lines == full.lines[:30] and head.search_keys == full.search_keys[:30]
        assert load_head_snapshot(store, limit=120).complete


def test_a_new_snapshot_takes_over_the_previous_ones_unchanged_lines(db_path):
    """A hidden screen keeps the snapshot it showed last: the next one shares its unchanged lines (and their
    search keys) rather than holding 10,000 copies more; a changed, new or deleted line is not shared."""
    from windtre_desktop.domain.line_search import search_key
    from windtre_desktop.sync.snapshot import load_snapshot

    with Store(db_path) as store:
        store.apply_sync(full_page([make_line(n) for n in range(50)]), synced_at="t1")
        before = load_snapshot(store)
        changed = dataclasses.replace(make_line(7), holder="Nuovo Titolare", version=2)
        store.apply_sync(delta_page([changed, make_line(60)], ["L00003"], cursor="v2"), synced_at="t2")
        after = load_snapshot(store, before)
        fresh = load_snapshot(store)
    assert after == fresh  # the same data as a snapshot read from nothing
    old = {line.id: line for line in before.lines}
    shared = {line.id for line in after.lines if line is old.get(line.id)}
    assert shared == {line.id for line in after.lines} - {"L00007", "L00060"}
    assert "L00003" not in {line.id for line in after.lines}
    assert next(line for line in after.lines if line.id == "L00007").holder == "Nuovo Titolare"
    assert after.search_keys == [search_key(line) for line in after.lines]
    kept = dict(zip((line.id for line in before.lines), before.search_keys, strict=True))
    assert all(key is kept[line.id] for line, key in zip(after.lines, after.search_keys, strict=True)
               if line.id in shared)


def test_reader_reads_while_writer_writes(db_path):
    """Two connections, as the GUI and the sync worker have: the reader is never blocked
    and sees either the whole old state or the whole new one."""
    first = [make_line(n, version=1) for n in range(2000)]
    second = [dataclasses.replace(line, version=2) for line in first]
    writer = Store(db_path)
    reader = Store(db_path)
    writer.apply_sync(full_page(first, cursor="v1"), synced_at="t1")
    seen: list[set[int]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                seen.append({line.version for line in reader.lines()})
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=read, name="reader")
    thread.start()
    try:
        for _ in range(5):
            writer.apply_sync(full_page(second, cursor="v2"), synced_at="t2")
            writer.apply_sync(full_page(first, cursor="v1"), synced_at="t1")
    finally:
        stop.set()
        thread.join(10)
        writer.close()
        reader.close()
    assert not errors
    assert seen and all(versions in ({1}, {2}) for versions in seen)


def test_ten_thousand_lines_round_trip(db_path):
    lines = [make_line(n) for n in range(10_000)]
    with Store(db_path) as store:
        store.apply_sync(full_page(lines), synced_at="t")
    with Store(db_path) as store:
        loaded = store.lines()  # how fast: benchmarks/, not a timed test
    assert loaded == sorted(lines, key=lambda line: line.msisdn)


def test_the_saved_totals_are_read_without_summing_the_lines(db_path):
    """Issue 10's constant-time start: saved_totals reads the one document the last sync wrote."""
    with Store(db_path) as store:
        store.apply_sync(full_page([make_line(n) for n in range(50)]), synced_at="t")
        statements = []
        store._conn.set_trace_callback(statements.append)
        try:
            saved = store.saved_totals()
        finally:
            store._conn.set_trace_callback(None)
        assert saved == company_totals(store.lines())
        assert statements and not [s for s in statements if "FROM lines" in s]
