"""The app process of the endurance soak: the real AppController and window (offscreen), started as app.main
starts them (umask, GUI-thread garbage collector, log file), signed in as the demo User Admin (remembered, in an in-memory keyring the parent names), then for `--soak-seconds`: a sync
every `--sync-every-ms` the way F5 asks for one (controller.refresh), and the scripted user of screen_tour.

It talks to the parent (soak.endurance_harness) through stdout, one JSON object per line after "endurance ":
events (`synced`, `sync_failed`, `error`) and markers (`launched`; `first_sync`; `warm`, once every screen
has been visited once; `end`). At each marker it waits, idle, until the parent has measured the process from
outside and written `ack-<marker>` into the control folder. Before a marker it empties Qt's global thread
pool: Qt keeps an idle worker there for 30 s after converting or scaling an image, and a thread counted
should be one that stays. From inside it measures what only it can see: the GUI thread's heartbeat and the Python
threads."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from soak.gui_heartbeat import Heartbeat, StallHistogram  # noqa: E402
from soak.screen_tour import ScreenTour  # noqa: E402
from windtre_desktop.flows.controller import AppController  # noqa: E402
from windtre_desktop.i18n.translations import Translations  # noqa: E402
from windtre_desktop.logging_setup import setup_logging  # noqa: E402
from windtre_desktop.paths import AppPaths  # noqa: E402
from windtre_desktop.sync.threads import running_qthreads  # noqa: E402
from windtre_desktop.widgets import theme  # noqa: E402
from windtre_desktop.widgets.gui_collector import GuiThreadCollector  # noqa: E402

SETTLE_MS = 2000  # idle time before a marker's measurement: paints, deferred deletes and late answers land
ACK_POLL_MS = 50
ADMIN = ("admin.demo", "Demo2026!")


def tell(kind: str, **fields: object) -> None:
    print("endurance " + json.dumps({"event": kind, **fields}, default=str), flush=True)


def python_threads() -> list[str]:
    """The Python threads alive. A _DummyThread is only Python's stand-in for a Qt thread that once logged
    something (never removed, whether or not the thread still runs): the OS thread count covers those."""
    return sorted(thread.name for thread in threading.enumerate()
                  if not isinstance(thread, threading._DummyThread))


class ErrorCounter(logging.Handler):
    """Counts the app's ERROR log records and uncaught exceptions (in Qt slots too) as errors seen."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self._previous_hook = sys.excepthook
        sys.excepthook = self._uncaught

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        tell("error", source="log", logger=record.name, message=record.getMessage()[:300])

    def _uncaught(self, kind, value, tb) -> None:  # noqa: ANN001 - the sys.excepthook signature
        self.count += 1
        tell("error", source="exception", message=f"{kind.__name__}: {value}"[:300])
        self._previous_hook(kind, value, tb)


class EnduranceApp:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.control = Path(args.control_dir)
        if os.name == "posix":
            os.umask(0o077)  # as app.main
        self.app = QApplication(sys.argv[:1])
        GuiThreadCollector(self.app)  # as app.main: the cyclic collector runs on the GUI thread's timer
        Translations(self.app).install("it")
        theme.apply(self.app, "light")
        paths = AppPaths.default(Path(args.data_dir))
        setup_logging(paths.log_dir)  # as app.main: the log file is one of the files the app keeps open
        self.errors = ErrorCounter()
        logging.getLogger().addHandler(self.errors)
        self.controller = AppController(paths=paths, server_url=args.url, profile_key="endurance", language="it",
                                        timeout=60)
        self.window = self.controller.window
        self.window.resize(1280, 800)
        self.heartbeat = Heartbeat(args.heartbeat_ms)
        self.tour = ScreenTour(self.controller, args.step_ms, self._tour_error, self._round_done)
        self.tour_errors = 0
        self.sync_timer = QTimer()
        self.sync_timer.setInterval(args.sync_every_ms)
        self.sync_timer.timeout.connect(self._ask_sync)
        self.syncs_done = 0
        self.sync_errors = 0
        self.syncs_asked = 0
        self.stall_injected_ms = 0.0
        self.first_sync_s = 0.0
        self._login_at = 0.0
        self._stopping = False
        self._warm_at_sync = 0  # syncs done when the steady set was measured
        self._sync_answered_at = 0.0
        self.sync_gui = StallHistogram()  # ms from the network thread's answer to the sync shown
        self._tracemalloc_start = None

    # --- markers: wait idle until the parent has measured ---

    def marker(self, name: str, then, **fields: object) -> None:  # noqa: ANN001 - a callable
        QThreadPool.globalInstance().waitForDone(5000)  # idle pooled workers leave, running tasks end first
        tell(name, python_threads=python_threads(), qthreads=running_qthreads(), **fields)
        ack = self.control / f"ack-{name}"

        def poll() -> None:
            if ack.exists():
                then()
            else:
                QTimer.singleShot(ACK_POLL_MS, poll)

        poll()

    # --- the run ---

    def run(self) -> int:
        self.window.show()
        self.heartbeat.start()
        self.controller.start()
        QTimer.singleShot(SETTLE_MS, lambda: self.marker("launched", self.sign_in))
        return self.app.exec()

    def sign_in(self) -> None:
        self.heartbeat.phase("first_sync")
        self.controller.syncSettled.connect(self._on_sync_settled)
        self.controller.service.worker.syncFailed.connect(self._on_sync_failed)
        # noted in the network thread as it answers: from there to syncSettled is the sync's time on the GUI
        self.controller.service.worker.syncFinished.connect(self._note_sync_answered, Qt.ConnectionType.DirectConnection)
        login = self.window.login_view
        login.fill(*ADMIN)
        login.remember.setChecked(True)
        self._login_at = time.perf_counter()
        login.submit.click()

    def _note_sync_answered(self, *_answer: object) -> None:
        self._sync_answered_at = time.perf_counter()

    def _on_sync_settled(self, ok: bool) -> None:
        if not ok:
            return  # told by _on_sync_failed, with the failure's kind
        if self._sync_answered_at and self.syncs_done:  # the first (full) sync is measured apart
            self.sync_gui.add((time.perf_counter() - self._sync_answered_at) * 1000)
        self._sync_answered_at = 0.0
        self.syncs_done += 1
        tell("synced", n=self.syncs_done, lines=len(self.controller.snapshot.lines) if self.controller.snapshot else 0)
        if self.syncs_done == 1:
            self.first_sync_s = time.perf_counter() - self._login_at
            QTimer.singleShot(SETTLE_MS, self._after_first_sync)
        elif self._warm_at_sync and self.args.inject_stall_ms \
                and self.syncs_done == self._warm_at_sync + self.args.stall_at_sync:
            QTimer.singleShot(0, self._inject_stall)

    def _on_sync_failed(self, failure) -> None:  # noqa: ANN001 - sync.outcomes.Failure
        self.sync_errors += 1
        tell("sync_failed", kind=failure.kind, message=str(getattr(failure, "message", ""))[:300])

    def _after_first_sync(self) -> None:
        first = self.heartbeat.phases["first_sync"].summary()
        snapshot = self.controller.snapshot
        self.marker("first_sync", self._start_soak, first_sync_s=round(self.first_sync_s, 2), stall=first,
                    lines=len(snapshot.lines) if snapshot is not None else 0)

    def _start_soak(self) -> None:
        self.heartbeat.phase("first_round")
        self.tour.start()
        self.sync_timer.start()
        QTimer.singleShot(int(self.args.soak_seconds * 1000), self._stop_soak)

    def _ask_sync(self) -> None:
        if not self.controller.service.busy:  # the app coalesces a second ask; one per interval is the rhythm
            self.syncs_asked += 1
            self.controller.refresh()

    def _inject_stall(self) -> None:
        """The harness' own check: the GUI thread held on purpose must show as a stall."""
        started = time.perf_counter()
        time.sleep(self.args.inject_stall_ms / 1000)
        self.stall_injected_ms = (time.perf_counter() - started) * 1000
        tell("stall_injected", ms=round(self.stall_injected_ms, 1))

    def _round_done(self, rounds: int) -> None:
        """After the first round every screen has been built once: pause, and let the parent measure the
        steady set (the threads and descriptors a warm app keeps)."""
        if rounds != 1:
            return
        self.tour.pause()
        self.sync_timer.stop()
        first_round = self.heartbeat.phases["first_round"].summary()
        slowest, costliest = self.tour.slowest, self.tour.costliest
        self.tour.slowest, self.tour.costliest = [], []
        self._when_sync_idle(lambda: self.marker("warm", self._resume_soak, stall=first_round, syncs_done=self.syncs_done,
                                                 slowest_steps=slowest, costliest_steps=costliest))

    def _resume_soak(self) -> None:
        if self._stopping:
            return
        if self.args.tracemalloc:  # from the steady set on: what the soak adds, not what the screens cost
            tracemalloc.start(8)
            self._tracemalloc_start = tracemalloc.take_snapshot()
        self.heartbeat.phase("soak")
        self._warm_at_sync = self.syncs_done
        self.tour.start()
        self.sync_timer.start()

    def _tour_error(self, text: str) -> None:
        self.tour_errors += 1
        tell("error", source="tour", message=text[-600:])

    # --- the end ---

    def _stop_soak(self) -> None:
        self._stopping = True
        self.tour.stop()
        self.sync_timer.stop()
        self.window.show_section(self.window.visible_sections()[0])
        self._when_sync_idle(self._end)

    def _when_sync_idle(self, then) -> None:  # noqa: ANN001 - a callable
        """`then`, SETTLE_MS after the sync under way (if any) has answered."""
        if self.controller.service.busy:
            QTimer.singleShot(200, lambda: self._when_sync_idle(then))
            return
        QTimer.singleShot(SETTLE_MS, then)

    def _end(self) -> None:
        soak = self.heartbeat.phase("soak").summary()  # an empty phase when the soak ended in the first round
        self.heartbeat.stop()
        if self._tracemalloc_start is not None:
            self._tell_tracemalloc()
        self.marker("end", self._shut_down, stall=soak, syncs_done=self.syncs_done, syncs_asked=self.syncs_asked,
                    sync_errors=self.sync_errors, tour_errors=self.tour_errors, logged_errors=self.errors.count,
                    sync_gui={**self.sync_gui.summary(), "p50_ms": self.sync_gui.percentile(0.5)},
                    tour_rounds=self.tour.rounds, tour_steps=self.tour.steps_done, slowest_steps=self.tour.slowest,
                    costliest_steps=self.tour.costliest,
                    stall_injected_ms=round(self.stall_injected_ms, 1))

    def _tell_tracemalloc(self) -> None:
        now = tracemalloc.take_snapshot()
        stats = now.compare_to(self._tracemalloc_start, "traceback")
        for stat in stats[:12]:
            tell("tracemalloc", size_diff_kb=round(stat.size_diff / 1024, 1), count_diff=stat.count_diff,
                 where=[str(frame) for frame in stat.traceback if "/json/" not in frame.filename])
        tracemalloc.stop()

    def _shut_down(self) -> None:
        stopped = self.controller.shutdown()
        self.window.close()
        tell("shut_down", stopped=stopped, python_threads=python_threads(), qthreads=running_qthreads())
        self.app.quit()


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("data_dir")
    parser.add_argument("control_dir")
    parser.add_argument("--soak-seconds", type=float, required=True)
    parser.add_argument("--sync-every-ms", type=int, default=3000)
    parser.add_argument("--step-ms", type=int, default=400)
    parser.add_argument("--heartbeat-ms", type=int, default=20)
    parser.add_argument("--inject-stall-ms", type=int, default=0)
    parser.add_argument("--stall-at-sync", type=int, default=2, help="the stall is held after the Nth sync after warm")
    parser.add_argument("--tracemalloc", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    return EnduranceApp(parse(argv)).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
