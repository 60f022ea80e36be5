"""SyncEngine against the real sandbox: full, not modified, incremental, expired cursor, failures."""

from __future__ import annotations

import time

import pytest

from windtre_desktop.api import ApiClient, RetryPolicy, ServerUnavailable, SessionExpired, SyncPage
from windtre_desktop.store import Store
from windtre_desktop.sync.engine import SyncEngine, SyncReport, iso_now

ADMIN, ADMIN_PASSWORD = "admin.demo", "Demo2026!"


@pytest.fixture
def client(sandbox):
    api = ApiClient(sandbox.url, timeout=5.0, retry=RetryPolicy(base_delay=0.001, max_delay=0.01))
    api.login(ADMIN, ADMIN_PASSWORD, False)
    yield api
    api.close()


@pytest.fixture
def store(tmp_path):
    db = Store(tmp_path / "cache.sqlite3")
    yield db
    db.close()


@pytest.fixture
def engine(client, store):
    return SyncEngine(client, store, now=lambda: "2026-11-23T10:15:00+01:00")


def sync_requests(control) -> int:
    return control.stats()["requests"].get("/api/v1/sync", 0)


def test_first_sync_is_full(engine, store, sandbox_control):
    stages: list[tuple[str, int]] = []
    before = sync_requests(sandbox_control)
    report = engine.run(lambda stage, pct: stages.append((stage, pct)))
    assert isinstance(report, SyncReport)
    assert report.full and not report.not_modified
    assert report.changed_lines == 250 and report.requests == 1 and report.seconds > 0
    assert sync_requests(sandbox_control) - before == 1
    assert [s for s, _ in stages] == ["connecting", "downloading", "saving", "done"]
    assert [p for _, p in stages] == sorted(p for _, p in stages) and stages[-1][1] == 100
    assert store.line_count() == 250 and store.company().line_count == 250
    assert store.user().username == ADMIN
    state = store.sync_state()
    assert state.cursor and state.etag and state.has_data
    assert state.last_success_at == "2026-11-23T10:15:00+01:00" and state.last_error is None


def test_unchanged_company_is_one_request(engine, store, sandbox_control):
    engine.run()
    before = sync_requests(sandbox_control)
    stages: list[str] = []
    report = engine.run(lambda stage, pct: stages.append(stage))
    assert report.not_modified and not report.full
    assert report.requests == 1 and report.changed_lines == 0
    assert sync_requests(sandbox_control) - before == 1
    assert stages[0] == "connecting" and stages[-1] == "done"
    assert store.line_count() == 250


def test_usage_gives_an_incremental_sync_of_exactly_those_lines(
    engine, client, store, sandbox_control, tmp_path
):
    engine.run()
    old = {line.id: line for line in store.lines()}
    sandbox_control.simulate_usage(5)
    report = engine.run()
    assert not report.full and not report.not_modified
    assert report.changed_lines == 5 and report.requests == 1
    new = {line.id: line for line in store.lines()}
    assert len([i for i in new if new[i] != old[i]]) == 5
    # The incremental result equals what a fresh full sync stores.
    with Store(tmp_path / "fresh.sqlite3") as fresh:
        SyncEngine(client, fresh).run()
        assert fresh.lines() == store.lines()
        assert fresh.totals() == store.totals()


def test_expired_cursor_falls_back_to_a_full_sync(engine, store, sandbox_control):
    engine.run()
    # A cursor the server does not know, stored the way a sync would store it.
    store.apply_sync(
        SyncPage("v-unknown", False, None, None, [], [], "", None), synced_at="2026-11-23T10:00:00+01:00"
    )
    before = sync_requests(sandbox_control)
    report = engine.run()
    assert report.full and report.requests == 2 and report.changed_lines == 250
    assert sync_requests(sandbox_control) - before == 2
    assert store.sync_state().cursor != "v-unknown"
    assert engine.run().not_modified


def test_failure_is_recorded_and_the_data_kept(engine, store, sandbox_control):
    engine.run()
    cursor = store.sync_state().cursor
    sandbox_control.fault("500", count=-1, path_prefix="/api/v1/sync")
    with pytest.raises(ServerUnavailable):
        engine.run()
    state = store.sync_state()
    assert state.last_error == "ServerUnavailable"
    assert state.last_attempt_at and state.cursor == cursor and state.has_data
    assert store.line_count() == 250
    sandbox_control.clear_faults()
    report = engine.run()
    assert report.not_modified
    assert store.sync_state().last_error is None


def test_session_expiry_during_sync_is_recorded(engine, store, sandbox_control):
    sandbox_control.expire_sessions()
    with pytest.raises(SessionExpired):
        engine.run()
    state = store.sync_state()
    assert state.last_error == "SessionExpired" and not state.has_data


def test_iso_now_has_an_offset():
    stamp = iso_now()
    assert stamp[10] == "T" and (stamp[-6] in "+-")


def test_progress_and_the_report_of_a_full_then_an_unchanged_sync(client, store):
    moments = iter(["2026-11-23T10:15:00+01:00", "2026-11-23T10:20:00+01:00"])
    engine = SyncEngine(client, store, now=lambda: next(moments))
    stages: list[tuple[str, int]] = []
    started = time.perf_counter()
    full = engine.run(lambda stage, pct: stages.append((stage, pct)))
    assert 0 < full.seconds <= time.perf_counter() - started  # the run's own duration, within the call's
    assert stages == [("connecting", 0), ("downloading", 60), ("saving", 80), ("done", 100)]
    assert (full.full, full.not_modified, full.changed_lines, full.requests) == (True, False, 250, 1)
    stages.clear()
    unchanged = engine.run(lambda stage, pct: stages.append((stage, pct)))
    assert stages == [("connecting", 0), ("downloading", 60), ("done", 100)]
    assert (unchanged.full, unchanged.not_modified, unchanged.changed_lines, unchanged.requests) == (
        False, True, 0, 1)
    assert store.sync_state().last_success_at == "2026-11-23T10:20:00+01:00"  # an unchanged answer is a success
