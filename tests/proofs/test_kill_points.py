"""The fast subset of issue 16's kill -9 proofs (the full run is `python3 dev.py soak --only kills`): the real app
killed with SIGKILL at a seeded random moment of a ticket send and of a traffic export, and once the server has
applied an extra-Giga change and a recharge whose answers are held back; each time restarted on its data dir,
with every check of soak.kill_harness. And the checks themselves shown to catch what they look for (a damaged
SQLite file, a partial workbook, a stray file in the archive)."""

from __future__ import annotations

import os
import random
import sqlite3

import pytest

from soak import kill_scenarios
from soak.kill_harness import (
    Point,
    ServerLedger,
    calibrate,
    export_problems,
    integrity_problems,
    kill_point,
    store_state,
    temp_files_left,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX; Windows runs the other tests")

SEED = 16


@pytest.fixture(scope="module")
def company():
    from windtre_desktop.sandbox.runner import SandboxServer

    server = SandboxServer(lines=250, seed=5)
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("make", [kill_scenarios.ticket, kill_scenarios.traffic_export],
                         ids=lambda make: make.__name__)
def test_killed_at_a_random_moment_of_the_work_nothing_is_lost_damaged_or_doubled(company, make, tmp_path):
    scenario = make(company.url)
    window = calibrate(scenario, company.url, tmp_path / "calibration")
    point = Point(scenario.name, 0, random.Random(f"{SEED}-{scenario.name}").uniform(0, window), window)
    kill_point(scenario, point, company.url, tmp_path / "point", ServerLedger(company))
    assert point.phase in ("during", "after")
    assert point.problems == [], point.describe(SEED)
    assert point.committed <= scenario.max_committed


@pytest.mark.parametrize("make", [kill_scenarios.gss_extra, kill_scenarios.recharge],
                         ids=lambda make: make.__name__)
def test_killed_after_the_server_applied_a_change_confirming_it_again_applies_it_once(company, make, tmp_path):
    """The answer is held back, the app killed once the server has applied the change; after the restart the
    user, who saw no confirmation, confirms the same change: its kept Idempotency-Key makes it the same one."""
    scenario = make(company.url)
    ledger = ServerLedger(company)
    scenario.faults = lambda arg: [{"mode": "latency", "latencyMs": 60_000, "count": 1, "after": True,
                                    "pathPrefix": stalled_path(arg)}]
    applied_before = len(ledger.rows())
    point = Point(scenario.name, 0, 0.0, 0.0)
    kill_point(scenario, point, company.url, tmp_path / "point", ledger,
               when=lambda: len(ledger.rows()) > applied_before)  # applied, its answer still held back
    assert point.phase == "during" and point.notes["redo"] == "REDONE ok"
    assert point.committed == 1 and point.problems == [], point.describe(SEED)


def test_killed_while_its_temporary_is_in_the_users_folder_an_export_leaves_nothing_after_the_restart(tmp_path):
    """Killed while the traffic export is being written (its temporary beside the target): the next start
    removes that temporary (windtre_desktop/unfinished_files.py), and the user's folder holds nothing else.
    A sandbox of its own: the export's 90 days must lie in the server's window, which moves with its clock, and the
    other kill points may have moved the module's one on."""
    from windtre_desktop.sandbox.runner import SandboxServer

    company = SandboxServer(lines=60, seed=5)
    company.start()
    try:
        _export_killed_with_its_temporary(company, tmp_path)
    finally:
        company.stop()


def _export_killed_with_its_temporary(company, tmp_path) -> None:
    scenario = kill_scenarios.traffic_export(company.url)
    argument = scenario.argument
    # held once its temporary is written whole (a small export is over before any poll could see it)
    scenario.argument = lambda index, home: {**argument(index, home), "holdBeforeRename": True}
    folder = tmp_path / "point" / "Documenti"
    point = Point(scenario.name, 0, 0.0, 0.0)
    kill_point(scenario, point, company.url, tmp_path / "point", ServerLedger(company),
               when=lambda: folder.is_dir() and temp_files_left(folder) > 0)
    assert point.phase == "during" and point.notes["temp_at_kill"] == 1
    assert point.notes["temp_left"] == 0 and point.problems == [], point.describe(SEED)
    assert list(folder.iterdir()) == []


def stalled_path(argument: dict) -> str:
    return "/api/v1/gss/" if argument["flows"] == "products" else "/api/v1/recharges"


def test_the_checks_catch_a_damaged_database(tmp_path):
    database = tmp_path / "cache.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(str(i) * 200,) for i in range(400)])
    conn.close()
    assert integrity_problems(tmp_path) == []
    data = bytearray(database.read_bytes())
    page = 4096 * 2  # the third page: a leaf of the table
    data[page + 3: page + 8] = b"\xff" * 5  # its cell count and content offset, torn
    database.write_bytes(bytes(data))
    assert integrity_problems(tmp_path) != []


def test_the_checks_catch_a_partial_workbook(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "Linee.xlsx"
    assert export_problems(path, done=False) == []  # absent: fine, unless the app said it was written
    assert export_problems(path, done=True) != []
    workbook = Workbook()
    workbook.active.append(["Linea"])
    workbook.active.append(["+39 347 000 0000"])
    workbook.save(path)
    assert export_problems(path, done=True) == []
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert export_problems(path, done=False) != []


def test_the_checks_catch_a_stray_or_damaged_archive_file(company, tmp_path):
    from soak.kill_harness import profile_db
    from windtre_desktop.store.database import Store
    from windtre_desktop.store.invoice_archive import InvoiceArchive

    db = profile_db(tmp_path)
    db.parent.mkdir(parents=True)
    with Store(db) as store:
        root = InvoiceArchive(store, db.parent).root
    root.mkdir(parents=True, exist_ok=True)
    (root / ".part-123").write_bytes(b"half")
    assert store_state(tmp_path).problems == []  # a temp file is what a kill may leave
    (root / "FT-0001.pdf").write_bytes(b"%PDF-1.4 half")
    assert store_state(tmp_path).problems != []  # a file no record vouches for
