"""The endurance soak's harness, shared by `python -m soak.endurance` and the fast subset in tests/proofs:
a sandbox process with an N-line company, the app process of soak.endurance_app, the sandbox's data moved
after each sync (soak.sandbox_churn), and the app measured from outside (soak.process_probe) at its markers:
`launched` (before signing in), `first_sync` (after the first full sync, idle), `warm` (every screen visited
once, idle: the steady set of threads and descriptors) and `end` (the soak over, the last sync answered,
idle)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from benchmarks.support import SandboxProcess
from soak.process_probe import ProcessSample, sample
from soak.sandbox_churn import SandboxChurn

ROOT = Path(__file__).resolve().parents[1]
MARKERS = ("launched", "first_sync", "warm", "end")
# At the end, the app idles until its threads and descriptors are back to the steady set's count, for at
# most this long (a thread winding down is not one left running).
END_IDLE_S = 15.0
FIRST_SYNC_TIMEOUT_S = 900.0  # a 10,000-line first sync on a loaded 2-core machine, with room to spare


@dataclass
class EnduranceRun:
    samples: dict[str, ProcessSample] = field(default_factory=dict)
    markers: dict[str, dict] = field(default_factory=dict)  # what the app told at each marker
    syncs_seen: int = 0
    sync_failures: list[dict] = field(default_factory=list)
    app_errors: list[dict] = field(default_factory=list)
    churn_errors: list[str] = field(default_factory=list)
    churn_rounds: int = 0
    changed_lines: int = 0
    tracemalloc: list[dict] = field(default_factory=list)
    shut_down: dict | None = None
    rss_trace: list[tuple[float, float]] = field(default_factory=list)  # (s since the soak's start, MB)
    exit_code: int | None = None
    end_idle_s: float = 0.0
    stderr_tail: str = ""

    @property
    def complete(self) -> bool:
        return all(name in self.samples for name in MARKERS) and self.shut_down is not None

    def new_python_threads(self) -> list[str]:
        """Python threads alive at the end that the steady set did not have."""
        steady = set(self.markers["warm"]["python_threads"])
        return [name for name in self.markers["end"]["python_threads"] if name not in steady]

    def new_os_threads(self) -> list[str] | None:
        """The OS's names of the threads at the end beyond the steady set's (None where it names none)."""
        steady, end = self.samples["warm"].thread_names, self.samples["end"].thread_names
        if steady is None or end is None:
            return None
        return list((Counter(end) - Counter(steady)).elements())


def run_endurance(*, lines: int, soak_seconds: float, sync_every_ms: int = 3000, step_ms: int = 400,
                  churn_lines: int = 100, inject_stall_ms: int = 0, stall_at_sync: int = 2,
                  tracemalloc: bool = False, rss_every_s: float = 30.0,
                  echo: Callable[[str], None] | None = None) -> EnduranceRun:
    run = EnduranceRun()
    with SandboxProcess(lines) as sandbox, tempfile.TemporaryDirectory(prefix="windtre-endurance-") as tmp:
        data, control = Path(tmp, "data"), Path(tmp, "control")
        data.mkdir()
        control.mkdir()
        churn = SandboxChurn(sandbox.url, churn_lines)
        args = [sys.executable, "-m", "soak.endurance_app", sandbox.url, str(data), str(control),
                "--soak-seconds", str(soak_seconds), "--sync-every-ms", str(sync_every_ms),
                "--step-ms", str(step_ms), "--inject-stall-ms", str(inject_stall_ms),
                "--stall-at-sync", str(stall_at_sync), *(["--tracemalloc"] if tracemalloc else [])]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                   PYTHON_KEYRING_BACKEND="tests.support.memory_keyring.MemoryKeyring")
        stderr_path = Path(tmp, "app-stderr.txt")
        with open(stderr_path, "w", encoding="utf-8") as stderr:
            app = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env, cwd=ROOT)
            watchdog = threading.Timer(FIRST_SYNC_TIMEOUT_S + soak_seconds + 300, app.kill)
            watchdog.start()
            stop_tracing = threading.Event()
            tracer = threading.Thread(target=_trace_rss, args=(app.pid, run, rss_every_s, stop_tracing),
                                      name="endurance-rss-trace")
            tracer.start()
            try:
                _follow(app, run, churn, control, echo)
                run.exit_code = app.wait(60)
            finally:
                stop_tracing.set()
                tracer.join()
                watchdog.cancel()
                watchdog.join()
                if app.poll() is None:
                    app.kill()
                    app.wait()
                churn.close()
        run.churn_rounds = churn.rounds
        run.changed_lines = churn.changed_lines
        run.stderr_tail = stderr_path.read_text(encoding="utf-8", errors="replace")[-4000:]
    return run


def _follow(app: subprocess.Popen, run: EnduranceRun, churn: SandboxChurn, control: Path,
            echo: Callable[[str], None] | None) -> None:
    """Read the app's events until it closes its stdout; measure at its markers, move the data after syncs."""
    assert app.stdout is not None
    soaking = False
    for line in app.stdout:
        if not line.startswith("endurance "):
            continue
        event = json.loads(line[len("endurance "):])
        kind = event.pop("event")
        if echo is not None and kind not in ("synced",):
            echo(f"{kind} {json.dumps(event)[:400]}")
        if kind in MARKERS:
            run.markers[kind] = event
            run.samples[kind] = _settled_sample(app.pid, run) if kind == "end" else sample(app.pid)
            if echo is not None:
                echo(f"  measured {kind}: {run.samples[kind].as_dict()}")
            soaking = kind in ("first_sync", "warm")
            (control / f"ack-{kind}").touch()
        elif kind == "synced":
            run.syncs_seen = event["n"]
            if soaking:
                try:
                    churn.round()
                except Exception as error:  # noqa: BLE001 - the harness's own failure, told apart from the app's
                    run.churn_errors.append(repr(error))
        elif kind == "sync_failed":
            run.sync_failures.append(event)
        elif kind == "error":
            run.app_errors.append(event)
        elif kind == "tracemalloc":
            run.tracemalloc.append(event)
        elif kind == "shut_down":
            run.shut_down = event


def _trace_rss(pid: int, run: EnduranceRun, every_s: float, stop: threading.Event) -> None:
    """The app's RSS every `every_s` from the soak's start (the first_sync marker) on: a leak climbs to the
    end, a high-water mark levels off."""
    started = None
    while not stop.wait(every_s if started else 0.2):
        if started is None:
            if "first_sync" not in run.samples:
                continue
            started = time.monotonic()
        try:
            run.rss_trace.append((round(time.monotonic() - started, 1), round(sample(pid).rss_mb, 1)))
        except psutil.Error:  # the app has ended
            return


def _settled_sample(pid: int, run: EnduranceRun) -> ProcessSample:
    """The end sample: once threads and descriptors are back to the steady set's, or after END_IDLE_S."""
    steady = run.samples.get("warm") or run.samples["first_sync"]  # a soak too short to warm: the start
    started = time.monotonic()
    while True:
        now = sample(pid)
        back = now.threads <= steady.threads and (now.fds or 0) <= (steady.fds or 0) \
            and (now.handles or 0) <= (steady.handles or 0)
        if back or time.monotonic() - started >= END_IDLE_S:
            run.end_idle_s = time.monotonic() - started
            return now
        time.sleep(1)
