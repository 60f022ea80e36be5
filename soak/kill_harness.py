"""The kill -9 proofs' harness (issue 16, "Crashes"), shared by `soak/kills.py` and the fast subset: run a
scenario of `soak.kill_driver` as a real app process, SIGKILL it at a chosen moment of its work, then check
what a crash may never leave behind, restart the app on the same data dir, and check again.

After each kill: every SQLite file passes `PRAGMA integrity_check`; every archived invoice file verifies
against its sha256 and nothing else but `.part-` temp files lies in the archive; an export is either complete
(openpyxl opens it) or absent; the ticket outbox and draft survive; the server holds at most one of each
change (exactly one of a ticket the outbox held, once the restart has sent it)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
ADMIN = ("admin.demo", "Demo2026!")
PROFILE_KEY = "kill-test"
STARTUP_LIMIT_S = 180.0  # sign-in and first sync on a loaded 2-core machine (10,000 lines)
SQLITE_HEADER = b"SQLite format 3\x00"


# --- the app process ------------------------------------------------------------------------------------


class AppRun:
    """One `soak.kill_driver` process; its stdout lines are collected with their arrival time."""

    def __init__(self, scenario: str, url: str, home: Path, argument: dict | None = None) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")  # no token kept: the restart signs in
        self.process = subprocess.Popen(
            [sys.executable, "-m", "soak.kill_driver", scenario, url, str(home), json.dumps(argument or {})],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
        self.lines: list[tuple[float, str]] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append((time.monotonic(), line.strip()))
                self._changed.notify_all()
        with self._changed:
            self.lines.append((time.monotonic(), "<EOF>"))
            self._changed.notify_all()

    def seen(self, prefix: str) -> float | None:
        """When a line starting with `prefix` arrived, or None."""
        with self._changed:
            return next((at for at, line in self.lines if line.startswith(prefix)), None)

    def line(self, prefix: str) -> str | None:
        with self._changed:
            return next((line for _, line in self.lines if line.startswith(prefix)), None)

    def wait_for(self, prefix: str, timeout: float) -> float:
        """The arrival time of `prefix`; AssertionError when the app ends or times out first."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                at = next((at for at, line in self.lines if line.startswith(prefix)), None)
                if at is not None:
                    return at
                if any(line in ("<EOF>", "TIMEOUT") for _, line in self.lines):
                    raise AssertionError(f"the app ended before {prefix}: {[x for _, x in self.lines][-5:]}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {prefix} within {timeout:.0f} s: {[x for _, x in self.lines][-5:]}")
                self._changed.wait(min(left, 1.0))

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as in a crash."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)
        self._reader.join(10)

    def end(self, timeout: float) -> None:
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        self._reader.join(10)


# --- what a crash may never leave -------------------------------------------------------------------------


def sqlite_files(home: Path) -> list[Path]:
    found = []
    for path in home.rglob("*"):
        if path.is_file() and not path.name.endswith(("-wal", "-shm", "-journal")):
            with path.open("rb") as handle:
                if handle.read(16) == SQLITE_HEADER:
                    found.append(path)
    return found


def integrity_problems(home: Path) -> list[str]:
    problems = []
    for path in sqlite_files(home):
        try:
            with sqlite3.connect(path) as conn:  # as the restart opens it: the WAL is replayed
                verdict = conn.execute("PRAGMA integrity_check").fetchall()
            conn.close()
        except sqlite3.DatabaseError as error:
            problems.append(f"{path.name}: {error}")
            continue
        if verdict != [("ok",)]:
            problems.append(f"{path.name}: integrity_check {verdict[:3]}")
    return problems


def profile_db(home: Path) -> Path:
    from windtre_desktop.paths import AppPaths

    return AppPaths.default(home).profile_db(PROFILE_KEY, ADMIN[0])


@dataclass
class StoreState:
    """What the killed app left in its store: the tickets waiting in the outbox, the ticket draft, and the
    archived invoice files that verify."""

    pending_keys: list[str] = field(default_factory=list)
    outbox: dict[str, str] = field(default_factory=dict)  # key -> state
    draft: dict | None = None
    verified: set[tuple[str, str]] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def store_state(home: Path) -> StoreState:
    from windtre_desktop.store.database import TICKET_DRAFT, Store
    from windtre_desktop.store.invoice_archive import InvoiceArchive

    state = StoreState()
    db = profile_db(home)
    if not db.exists():
        return state  # killed before the sign-in made the profile
    with Store(db) as store:
        state.pending_keys = [entry.idempotency_key for entry in store.pending_tickets()]
        state.outbox = {key: store.outbox_entry(key).state for key in state.pending_keys}
        state.outbox.update({key: entry.state for key in _all_outbox_keys(db)
                             if (entry := store.outbox_entry(key)) is not None})
        state.draft = store.load_draft(TICKET_DRAFT)
        archive = InvoiceArchive(store, db.parent)
        recorded = {(i, k) for i, kinds in archive.present().items() for k in kinds}
        for invoice_id, kind in sorted(recorded):
            verdict = archive.verify(invoice_id, kind)
            if verdict == "ok":
                state.verified.add((invoice_id, kind))
            else:
                state.problems.append(f"archived {invoice_id} {kind} does not verify: {verdict}")
        if archive.root.exists():
            named = {archive.path(i, k) for i, k in recorded}
            strays = [p.name for p in archive.root.rglob("*")
                      if p.is_file() and p not in named and not p.name.startswith(".part-")]
            if strays:
                state.problems.append(f"unrecorded files in the archive: {strays[:5]}")
    return state


def _all_outbox_keys(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        keys = [row[0] for row in conn.execute("SELECT idempotency_key FROM outbox")]
    conn.close()
    return keys


def export_problems(path: Path, done: bool) -> list[str]:
    """An export is complete or absent; after DONE ok it must be there."""
    if not path.exists():
        return ["the export said DONE but no file is there"] if done else []
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True)
        rows = sum(1 for sheet in workbook.worksheets for _ in sheet.iter_rows(max_col=1))
        workbook.close()
    except Exception as error:  # noqa: BLE001 - any failure to open is the finding
        return [f"a partial export at the destination: {type(error).__name__}: {error}"]
    return [] if rows > 1 else ["the export at the destination has no rows"]


def temp_files_left(folder: Path) -> int:
    return sum(1 for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


# --- the server ---------------------------------------------------------------------------------------------


class ServerLedger:
    """The keyed changes the sandbox has applied (its idempotency table: one row per change applied, whatever
    the retries), read from the SandboxServer object of this process."""

    def __init__(self, sandbox) -> None:
        self.state = sandbox.state

    def rows(self) -> set[tuple[str, str]]:
        with self.state.lock:
            return set(self.state.db.execute("SELECT scope, key FROM idempotency").fetchall())


def admin_client(url: str):
    from windtre_desktop.api.client import ApiClient

    client = ApiClient(url, timeout=30)
    client.login(*ADMIN, remember=False)
    return client


def post_faults(url: str, faults: list[dict]) -> None:
    httpx.delete(f"{url}/sandbox/faults", timeout=10).raise_for_status()
    for fault in faults:
        httpx.post(f"{url}/sandbox/faults", json=fault, timeout=10).raise_for_status()


# --- one kill point -----------------------------------------------------------------------------------------


@dataclass
class Point:
    scenario: str
    index: int
    delay_s: float  # after STARTED
    window_s: float  # STARTED → DONE of the calibration run
    phase: str = ""  # before | during | after (of the work, at the kill)
    committed: int = 0  # keyed changes the server applied for this point, the restart's included
    problems: list[str] = field(default_factory=list)
    notes: dict = field(default_factory=dict)  # what a scenario's checks pass from the kill to the restart

    def describe(self, seed: int) -> str:
        return (f"seed {seed} point {self.index} {self.scenario} delay {self.delay_s:.3f} s of "
                f"{self.window_s:.3f} s ({self.phase})")


@dataclass
class Scenario:
    """A piece of work to kill: the driver's scenario, its argument for a point, the faults that stretch its
    requests, and its own checks after the kill and after the restart."""

    name: str
    driver: str
    argument: Callable[[int, Path], dict] = lambda index, home: {}
    faults: Callable[[dict], list[dict]] = lambda argument: []
    prepare: Callable[[Path], None] = lambda home: None  # the data dir before the run (e.g. a primed copy)
    after_kill: Callable[[Point, dict, Path, AppRun], None] | None = None
    after_restart: Callable[[Point, dict, Path, dict], None] | None = None
    max_committed: int = 1
    redo: bool = False  # after the restart, the same change is confirmed again: then exactly one is applied


def calibrate(scenario: Scenario, url: str, home: Path) -> float:
    """The scenario's active window, STARTED → DONE, from one run left to finish."""
    scenario.prepare(home)
    argument = scenario.argument(-1, home)
    post_faults(url, scenario.faults(argument))
    run = AppRun(scenario.driver, url, home, argument)
    try:
        started = run.wait_for("STARTED", STARTUP_LIMIT_S)
        done = run.wait_for("DONE", STARTUP_LIMIT_S)
    finally:
        run.kill()
        post_faults(url, [])
    ended = run.line("DONE")
    if ended not in ("DONE", "DONE ok"):  # the work fails by itself: no kill point could prove anything about it
        raise AssertionError(f"{scenario.name}, left to finish, ended {ended!r}")
    return done - started


def kill_point(scenario: Scenario, point: Point, url: str, home: Path, ledger: ServerLedger | None,
               when: Callable[[], bool] | None = None) -> Point:
    """Run, kill at STARTED + delay (or once `when()` holds), check, restart, check. Problems are collected,
    never raised."""
    scenario.prepare(home)
    argument = scenario.argument(point.index, home)
    before = ledger.rows() if ledger is not None else set()
    post_faults(url, scenario.faults(argument))
    run = AppRun(scenario.driver, url, home, argument)
    try:
        started = run.wait_for("STARTED", STARTUP_LIMIT_S)
        if when is not None:
            _wait_until(when, STARTUP_LIMIT_S)
        else:
            time.sleep(max(0.0, started + point.delay_s - time.monotonic()))
    except AssertionError as error:
        point.problems.append(f"the run never started its work: {error}")
        run.kill()
        return point
    finally:
        run.kill()
        post_faults(url, [])
    done = run.seen("DONE")
    point.phase = "after" if done is not None else "during"
    point.notes["answer"] = run.line("DONE")
    if ledger is not None and scenario.max_committed:
        point.notes["applied_at_kill"] = len(ledger.rows() - before)
    point.problems += integrity_problems(home)
    if scenario.after_kill is not None:
        scenario.after_kill(point, argument, home, run)
    # only a change whose answer never came is confirmed again: after "done" a new one would be a new change
    redo = scenario.redo and done is None
    restart = AppRun("restart", url, home, {"redo": argument} if redo else None)
    try:
        restart.wait_for("STATE", STARTUP_LIMIT_S)
        state = json.loads(restart.line("STATE").removeprefix("STATE "))
    except AssertionError as error:
        point.problems.append(f"the restart failed: {error}")
        restart.kill()
        return point
    restart.end(30)
    point.problems += integrity_problems(home)
    if ledger is not None:
        point.committed = len(ledger.rows() - before)
        if point.committed > scenario.max_committed:
            point.problems.append(f"{point.committed} changes applied on the server (at most "
                                  f"{scenario.max_committed}): a duplicate")
        redone = restart.line("REDONE")
        point.notes["redo"] = redone
        if redone == "REDONE ok" and point.committed != 1:
            point.problems.append(f"the change confirmed again after the restart: {point.committed} applied, not 1")
    if scenario.after_restart is not None:
        scenario.after_restart(point, argument, home, state)
    return point


def _wait_until(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"the state awaited never came within {timeout:.0f} s")
        time.sleep(0.02)
