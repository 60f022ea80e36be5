"""The traffic worker in the network thread, through a real SyncService signed in to the sandbox (R-30…R-32):
the store's view first, then the fresh one; a newer load supersedes the running one (its answer never
arrives); cancel; DOWNLOAD TRAFFICO in its own thread with progress, finish, cancel (no partial file) and a
folder that cannot be written."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.core.test_traffic_export_job import SHEETS
from tests.ui.conftest import sign_in
from windtre_desktop.domain.traffic_data import COMPANY, ExportJob, TrafficQuery
from windtre_desktop.domain.traffic_periods import Period


@pytest.fixture
def service(qtbot, sandbox, sandbox_control, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    return controller.service


def record_signals(traffic) -> list[tuple]:
    events: list[tuple] = []
    traffic.saved.connect(lambda rid, result: events.append(("saved", rid, result)))
    traffic.progress.connect(lambda rid, done, total: events.append(("progress", rid, done, total)))
    traffic.loaded.connect(lambda rid, result: events.append(("loaded", rid, result)))
    traffic.failed.connect(lambda rid, failure, result: events.append(("failed", rid, failure, result)))
    traffic.cancelled.connect(lambda rid: events.append(("cancelled", rid)))
    return events


def test_the_saved_view_comes_first_then_the_fresh_one(qtbot, service):
    """R-30: the store's view at once (empty the first time), the server's after it."""
    events = record_signals(service.traffic)
    query = TrafficQuery("L00003", Period.MONTH)
    with qtbot.waitSignal(service.traffic.loaded, timeout=20000):
        request = service.load_traffic(query)
    kinds = [event[0] for event in events]
    assert kinds[0] == "saved" and kinds[-1] == "loaded" and "progress" in kinds
    assert all(event[1] == request for event in events)
    saved, fresh = events[0][2], events[-1][2]
    assert saved.from_store and not saved.complete and saved.records == []
    assert not fresh.from_store and fresh.complete and len(fresh.records) == sum(
        t["records"] for t in fresh.totals.values())
    # the second time, the store's view is already the whole month
    with qtbot.waitSignal(service.traffic.loaded, timeout=20000):
        again = service.load_traffic(query)
    assert next(e for e in events if e[0] == "saved" and e[1] == again)[2].complete


def test_a_newer_load_supersedes_the_running_one(qtbot, service, sandbox_control):
    events = record_signals(service.traffic)
    sandbox_control.fault("latency", count=1, path_prefix="/api/v1/lines/L00005/traffic", latencyMs=1500)
    with qtbot.waitSignal(service.traffic.saved, timeout=10000):
        first = service.load_traffic(TrafficQuery("L00005", Period.THREE_MONTHS))
    # the first load is inside its (slow) first request; the user picks another line meanwhile
    with qtbot.waitSignal(service.traffic.loaded, timeout=20000,
                          check_params_cb=lambda rid, _result: rid != first) as blocker:
        second = service.load_traffic(TrafficQuery(COMPANY, Period.WEEK))
    assert blocker.args[0] == second and blocker.args[1].scope == COMPANY
    qtbot.wait(300)  # time enough for a late answer of the first to arrive, were it sent
    assert [e[0] for e in events if e[1] == first] == ["saved"]  # no progress, no loaded, no cancelled


def test_two_requests_in_a_row_answer_only_the_last(qtbot, service):
    events = record_signals(service.traffic)
    first = service.load_traffic(TrafficQuery("L00006", Period.WEEK))
    with qtbot.waitSignal(service.traffic.loaded, timeout=20000) as blocker:
        second = service.load_traffic(TrafficQuery("L00007", Period.WEEK))
    assert blocker.args[0] == second and blocker.args[1].scope == "L00007"
    assert not [e for e in events if e[1] == first]


def test_cancel_stops_the_running_load(qtbot, service, sandbox_control):
    events = record_signals(service.traffic)
    sandbox_control.fault("latency", count=1, path_prefix="/api/v1/lines/L00008/traffic", latencyMs=1000)
    with qtbot.waitSignal(service.traffic.saved, timeout=10000):
        request = service.load_traffic(TrafficQuery("L00008", Period.THREE_MONTHS))
    with qtbot.waitSignal(service.traffic.cancelled, timeout=10000) as blocker:
        service.cancel_traffic()
    assert blocker.args == [request]
    qtbot.wait(200)
    assert [e[0] for e in events] == ["saved", "cancelled"]


def test_a_failure_comes_with_the_saved_view(qtbot, service, sandbox_control):
    query = TrafficQuery("L00009", Period.TODAY)
    with qtbot.waitSignal(service.traffic.loaded, timeout=20000):
        service.load_traffic(query)
    sandbox_control.fault("500", count=10, path_prefix="/api/v1/lines/L00009/traffic")
    with qtbot.waitSignal(service.traffic.failed, timeout=20000) as blocker:
        request = service.load_traffic(query)
    rid, failure, saved = blocker.args
    assert rid == request and failure.kind == "unavailable" and saved.from_store and saved.records_days == 1



def _server_job(qtbot, service, tmp_path, line: str, days: int) -> ExportJob:
    """A job ending yesterday on the server's calendar (its today, learned by a load), into tmp_path/out."""
    (tmp_path / "out").mkdir(exist_ok=True)
    with qtbot.waitSignal(service.traffic.loaded, timeout=20000) as blocker:
        service.load_traffic(TrafficQuery(line, Period.TODAY))
    today = blocker.args[1].today
    return ExportJob(line, today - timedelta(days=days), today - timedelta(days=1), str(tmp_path / "out" / "traffico.xlsx"),
                     SHEETS)


def test_an_export_runs_in_its_own_thread_with_progress(qtbot, service, tmp_path):
    """R-32: the records of the period in the file, progress on the way."""
    job = _server_job(qtbot, service, tmp_path, "L00010", 30)
    progress: list[tuple[int, int]] = []
    service.traffic.exportProgress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(service.traffic.exportFinished, timeout=30000) as blocker:
        service.export_traffic(job)
    result = blocker.args[0]
    assert service.export_thread.isRunning()
    assert result.path.exists() and result.records > 0 and progress[-1] == (result.records, result.records)


def test_a_cancelled_export_leaves_no_file(qtbot, service, tmp_path):
    job = _server_job(qtbot, service, tmp_path, "L00011", 89)
    # the user's click lands while the rows stream: the flag is set in the export thread as the first page is in
    service.traffic.exportProgress.connect(service.cancel_export, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(service.traffic.exportCancelled, timeout=30000):
        service.export_traffic(job)
    assert list((tmp_path / "out").iterdir()) == []


def test_an_export_to_a_missing_folder_fails_with_the_systems_words(qtbot, service, tmp_path):
    job = _server_job(qtbot, service, tmp_path, "L00012", 5)
    missing = ExportJob(job.line_id, job.first, job.last, str(tmp_path / "gone" / "traffico.xlsx"), SHEETS)
    with qtbot.waitSignal(service.traffic.exportFailed, timeout=30000) as blocker:
        service.export_traffic(missing)
    failure = blocker.args[0]
    assert failure.kind == "error" and failure.message
