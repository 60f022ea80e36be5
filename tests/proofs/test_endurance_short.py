"""Issue 16's soak in small: the endurance harness (soak.endurance_harness) on a 250-line company for about
15 s of syncs every second while the scripted user goes through the screens. No thread and no descriptor is
left beyond the steady set, every sync answers, and the harness's own measurements are real: a stall held on
the GUI thread on purpose is seen, and the process probe counts files and threads opened on purpose.
The 30-minute, 10,000-line run is `python3 dev.py soak --only endurance`."""

from __future__ import annotations

import os
import threading

import pytest

from soak.endurance_harness import EnduranceRun, run_endurance
from soak.gui_heartbeat import StallHistogram
from soak.process_probe import sample

INJECTED_STALL_MS = 300


@pytest.fixture(scope="module")
def run() -> EnduranceRun:
    return run_endurance(lines=250, soak_seconds=15, sync_every_ms=1000, step_ms=150, churn_lines=25,
                         inject_stall_ms=INJECTED_STALL_MS, stall_at_sync=2)


def test_the_run_completes_with_about_ten_syncs_and_no_error(run):
    assert run.complete, run.stderr_tail
    assert run.exit_code == 0, run.stderr_tail
    end = run.markers["end"]
    assert end["syncs_done"] >= 8
    assert run.churn_rounds >= 6 and run.changed_lines > 0
    assert end["sync_errors"] == 0 and run.sync_failures == []
    assert end["logged_errors"] == 0 and end["tour_errors"] == 0, run.app_errors
    assert run.churn_errors == []
    assert end["tour_rounds"] >= 1 and end["tour_steps"] >= 20


def test_no_thread_and_no_descriptor_growth_across_the_syncs(run):
    start, end = run.samples["warm"], run.samples["end"]
    assert end.threads <= start.threads, (run.new_os_threads(), run.new_python_threads())
    assert end.open_files <= start.open_files
    if start.fds is not None:
        assert end.fds <= start.fds
    if start.handles is not None:
        assert end.handles <= start.handles
    assert run.new_python_threads() == []


def test_the_app_shuts_down_with_no_thread_left(run):
    assert run.shut_down["stopped"] is True
    assert run.shut_down["qthreads"] == []
    assert run.shut_down["python_threads"] == ["MainThread"]


def test_a_stall_held_on_purpose_is_seen_by_the_heartbeat(run):
    stall = run.markers["end"]["stall"]
    assert run.markers["end"]["stall_injected_ms"] >= INJECTED_STALL_MS
    assert stall["max_ms"] >= INJECTED_STALL_MS - 40  # the beat due during the hold is late by about all of it
    assert stall["over_100ms"] >= 1
    assert stall["beats"] > 100


def test_the_first_full_sync_is_kept_apart_from_the_soak(run):
    first = run.markers["first_sync"]
    assert first["stall"]["beats"] > 0 and first["first_sync_s"] > 0


def test_the_process_probe_counts_files_and_threads_opened_on_purpose(tmp_path):
    before = sample(os.getpid())
    files = [open(tmp_path / f"held-{i}.txt", "w") for i in range(5)]  # noqa: SIM115 - held open on purpose
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name="held-on-purpose")
    thread.start()
    try:
        during = sample(os.getpid())
    finally:
        release.set()
        thread.join()
        for handle in files:
            handle.close()
    assert during.open_files == before.open_files + 5
    if before.fds is not None:
        assert during.fds == before.fds + 5
    assert during.threads == before.threads + 1
    assert during.rss_mb > 0


def test_the_stall_histogram_gives_max_p99_and_count_over_100ms():
    histogram = StallHistogram()
    for _ in range(990):
        histogram.add(2.4)
    for late in (150.0, 101.0, 100.0, 5.0, 7.0, 9.0, 11.0, 13.0, 40.0, 70.5):
        histogram.add(late)
    summary = histogram.summary()
    assert summary == {"beats": 1000, "max_ms": 150.0, "p99_ms": 2.0, "over_100ms": 2}
    assert histogram.percentile(0.999) == 101.0
