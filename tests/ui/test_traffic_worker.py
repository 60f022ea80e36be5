"""The traffic worker in the network thread, through a real SyncService signed in to the sandbox (R-30…R-32):
the store's view first, then the fresh one; a newer load supersedes the running one (its answer never
arrives); cancel; DOWNLOAD TRAFFICO in its own thread with progress, finish, cancel (no partial file) and a
folder that cannot be written."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, Qt, Slot

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


class Recorder(QObject):
    """Takes the worker's answers on the GUI thread, queued as the flows take them (a receiver living here),
    and keeps them in order. Tests wait on what it holds, never on a signal of the network thread."""

    def __init__(self, traffic) -> None:
        super().__init__()
        self.events: list[tuple] = []
        traffic.saved.connect(self.saved)
        traffic.progress.connect(self.progress)
        traffic.loaded.connect(self.loaded)
        traffic.failed.connect(self.failed)
        traffic.cancelled.connect(self.cancelled)
        traffic.exportProgress.connect(self.export_progress)
        traffic.exportFinished.connect(self.export_finished)
        traffic.exportFailed.connect(self.export_failed)
        traffic.exportCancelled.connect(self.export_cancelled)

    @Slot(int, object)
    def saved(self, rid, result) -> None:
        self.events.append(("saved", rid, result))

    @Slot(int, int, int)
    def progress(self, rid, done, total) -> None:
        self.events.append(("progress", rid, done, total))

    @Slot(int, object)
    def loaded(self, rid, result) -> None:
        self.events.append(("loaded", rid, result))

    @Slot(int, object, object)
    def failed(self, rid, failure, result) -> None:
        self.events.append(("failed", rid, failure, result))

    @Slot(int)
    def cancelled(self, rid) -> None:
        self.events.append(("cancelled", rid))

    @Slot(int, int, int)
    def export_progress(self, eid, done, total) -> None:
        self.events.append(("exportProgress", eid, done, total))

    @Slot(int, object)
    def export_finished(self, eid, result) -> None:
        self.events.append(("exportFinished", eid, result))

    @Slot(int, object)
    def export_failed(self, eid, failure) -> None:
        self.events.append(("exportFailed", eid, failure))

    @Slot(int)
    def export_cancelled(self, eid) -> None:
        self.events.append(("exportCancelled", eid))

    def of(self, rid: int) -> list[tuple]:
        return [event for event in self.events if event[1] == rid]

    def wait(self, qtbot, kind: str, rid: int, timeout: int = 30000) -> tuple:
        qtbot.waitUntil(lambda: any(e[0] == kind for e in self.of(rid)), timeout=timeout)
        return next(e for e in self.of(rid) if e[0] == kind)


def test_the_saved_view_comes_first_then_the_fresh_one(qtbot, service):
    """R-30: the store's view at once (empty the first time), the server's after it."""
    recorder = Recorder(service.traffic)
    query = TrafficQuery("L00003", Period.MONTH)
    request = service.load_traffic(query)
    recorder.wait(qtbot, "loaded", request)
    events = recorder.events
    kinds = [event[0] for event in events]
    assert kinds[0] == "saved" and kinds[-1] == "loaded" and "progress" in kinds
    assert all(event[1] == request for event in events)
    saved, fresh = events[0][2], events[-1][2]
    assert saved.from_store and not saved.complete and saved.records == []
    assert not fresh.from_store and fresh.complete and len(fresh.records) == sum(
        t["records"] for t in fresh.totals.values())
    # the second time, the store's view is already the whole month
    again = service.load_traffic(query)
    recorder.wait(qtbot, "loaded", again)
    assert recorder.of(again)[0][0] == "saved" and recorder.of(again)[0][2].complete


def test_a_newer_load_supersedes_the_running_one(qtbot, service, sandbox_control):
    recorder = Recorder(service.traffic)
    sandbox_control.fault("latency", count=1, path_prefix="/api/v1/lines/L00005/traffic", latencyMs=1500)
    first = service.load_traffic(TrafficQuery("L00005", Period.THREE_MONTHS))
    recorder.wait(qtbot, "saved", first)
    # the first load is inside its (slow) first request; the user picks another line meanwhile
    second = service.load_traffic(TrafficQuery(COMPANY, Period.WEEK))
    assert recorder.wait(qtbot, "loaded", second)[2].scope == COMPANY
    # one thread runs both loads in turn: whatever the first could still say was queued before this answer
    assert [e[0] for e in recorder.of(first)] == ["saved"]  # no progress, no loaded, no cancelled


def test_two_requests_in_a_row_answer_only_the_last(qtbot, service):
    recorder = Recorder(service.traffic)
    first = service.load_traffic(TrafficQuery("L00006", Period.WEEK))
    second = service.load_traffic(TrafficQuery("L00007", Period.WEEK))
    assert recorder.wait(qtbot, "loaded", second)[2].scope == "L00007"
    # the first may have shown what the store keeps before the second was asked (the network thread can be
    # that quick), never more: nothing from the server, no progress
    assert [e[0] for e in recorder.of(first)] in ([], ["saved"])


def test_cancel_stops_the_running_load(qtbot, service, sandbox_control):
    recorder = Recorder(service.traffic)
    sandbox_control.fault("latency", count=1, path_prefix="/api/v1/lines/L00008/traffic", latencyMs=1000)
    request = service.load_traffic(TrafficQuery("L00008", Period.THREE_MONTHS))
    recorder.wait(qtbot, "saved", request)
    service.cancel_traffic()
    recorder.wait(qtbot, "cancelled", request)
    assert [e[0] for e in recorder.events] == ["saved", "cancelled"]


def test_a_failure_comes_with_the_saved_view(qtbot, service, sandbox_control):
    recorder = Recorder(service.traffic)
    query = TrafficQuery("L00009", Period.TODAY)
    recorder.wait(qtbot, "loaded", service.load_traffic(query))
    sandbox_control.fault("500", count=10, path_prefix="/api/v1/lines/L00009/traffic")
    request = service.load_traffic(query)
    _kind, _rid, failure, saved = recorder.wait(qtbot, "failed", request)
    assert failure.kind == "unavailable" and saved.from_store and saved.records_days == 1



def _server_job(qtbot, service, tmp_path, line: str, days: int) -> ExportJob:
    """A job ending yesterday on the server's calendar (its today, learned by a load), into tmp_path/out."""
    (tmp_path / "out").mkdir(exist_ok=True)
    recorder = Recorder(service.traffic)
    today = recorder.wait(qtbot, "loaded", service.load_traffic(TrafficQuery(line, Period.TODAY)))[2].today
    return ExportJob(line, today - timedelta(days=days), today - timedelta(days=1), str(tmp_path / "out" / "traffico.xlsx"),
                     SHEETS)


def test_an_export_runs_in_its_own_thread_with_progress(qtbot, service, tmp_path):
    """R-32: the records of the period in the file, progress on the way."""
    job = _server_job(qtbot, service, tmp_path, "L00010", 30)
    recorder = Recorder(service.traffic)
    export = service.export_traffic(job)
    result = recorder.wait(qtbot, "exportFinished", export)[2]
    progress = [(e[2], e[3]) for e in recorder.of(export) if e[0] == "exportProgress"]
    assert service.export_thread.isRunning()
    assert result.path.exists() and result.records > 0 and progress[-1] == (result.records, result.records)


def test_a_cancelled_export_leaves_no_file(qtbot, service, tmp_path):
    job = _server_job(qtbot, service, tmp_path, "L00011", 89)
    # the user's click lands while the rows stream: the flag is set in the export thread as the first page is in
    recorder = Recorder(service.traffic)
    service.traffic.exportProgress.connect(service.cancel_export, Qt.ConnectionType.DirectConnection)
    recorder.wait(qtbot, "exportCancelled", service.export_traffic(job))
    assert list((tmp_path / "out").iterdir()) == []


def test_a_newer_export_stops_the_older_one_and_only_its_answers_carry_its_id(qtbot, service, tmp_path):
    """Closing the dialog mid-export and saving again: the first stops (no file), the second is written."""
    job = _server_job(qtbot, service, tmp_path, "L00014", 89)
    recorder = Recorder(service.traffic)
    first = service.export_traffic(job)
    second_job = ExportJob(job.line_id, job.last - timedelta(days=2), job.last, str(tmp_path / "out" / "b.xlsx"),
                           SHEETS)
    second = service.export_traffic(second_job)  # supersedes the first before or while it runs
    assert recorder.wait(qtbot, "exportFinished", second)[2].path.name == "b.xlsx"
    recorder.wait(qtbot, "exportCancelled", first)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["b.xlsx"]


def test_an_export_to_a_missing_folder_fails_with_the_systems_words(qtbot, service, tmp_path):
    job = _server_job(qtbot, service, tmp_path, "L00012", 5)
    missing = ExportJob(job.line_id, job.first, job.last, str(tmp_path / "gone" / "traffico.xlsx"), SHEETS)
    recorder = Recorder(service.traffic)
    failure = recorder.wait(qtbot, "exportFailed", service.export_traffic(missing))[2]
    assert failure.kind == "error" and failure.message
